"""The web app's access token: who knows it reads the practice through the web app.

It lives in ``<data dir>/access.token`` (mode 0600), made on first need and kept
across restarts, so a sign-in address once opened or bookmarked keeps working until
the coach asks for a new token.
"""

from __future__ import annotations

from coachconn.config import Settings
from coachconn.storage.access_token import (
    MIN_TOKEN_CHARS,
    read_or_create_token,
    read_token,
    replace_token,
)

__all__ = ["MIN_TOKEN_CHARS", "access_token", "existing_access_token", "new_access_token"]


def access_token(settings: Settings) -> str:
    """The practice's access token, created (mode 0600) when there is none yet."""
    return read_or_create_token(settings.access_token_file)


def new_access_token(settings: Settings) -> str:
    """Replace the access token: sign-in addresses and cookies made with the old one
    stop working once the web app is restarted."""
    return replace_token(settings.access_token_file)


def existing_access_token(settings: Settings) -> str | None:
    """The practice's access token if it has one already; None, and no file made, if not.
    A :class:`ConfigError` for a file others could read, or one holding no token."""
    try:
        return read_token(settings.access_token_file)
    except FileNotFoundError:
        return None
