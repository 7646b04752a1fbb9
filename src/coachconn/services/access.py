"""The web app's access token: who knows it reads the practice through the web app.

It lives in ``<data dir>/access.token`` (mode 0600), made on first need and kept
across restarts, so a sign-in address once opened or bookmarked keeps working until
the coach asks for a new token. A server that is running follows the file: a token
replaced by ``coachconn serve --new-token`` stops working there too, within a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from coachconn.config import Settings
from coachconn.storage.access_token import (
    MIN_TOKEN_CHARS,
    TokenFile,
    create_token,
    read_or_create_token,
    read_token,
    replace_token,
)

__all__ = [
    "MIN_TOKEN_CHARS",
    "TokenFile",
    "access_token",
    "existing_access_token",
    "followed_access_token",
    "new_access_token",
]


def access_token(settings: Settings) -> str:
    """The practice's access token, created (mode 0600) when there is none yet."""
    return read_or_create_token(settings.access_token_file)


def followed_access_token(
    settings: Settings, *, clock: Callable[[], float] = time.monotonic
) -> TokenFile:
    """The practice's access token as its file holds it from moment to moment (created,
    mode 0600, when there is none yet), for a server: a token replaced meanwhile, by
    :func:`new_access_token` in another process, replaces it there too. The file is
    read once, by the :class:`TokenFile`."""
    path = settings.access_token_file
    try:
        return TokenFile(path, clock=clock)
    except FileNotFoundError:
        create_token(path)
    return TokenFile(path, clock=clock)


def new_access_token(settings: Settings) -> str:
    """Replace the access token: sign-in addresses and cookies made with the old one
    stop working, in a server already running too (within a second: it follows the
    file)."""
    return replace_token(settings.access_token_file)


def existing_access_token(settings: Settings) -> str | None:
    """The practice's access token if it has one already; None, and no file made, if not.
    A :class:`ConfigError` for a file others could read, or one holding no token."""
    try:
        return read_token(settings.access_token_file)
    except FileNotFoundError:
        return None
