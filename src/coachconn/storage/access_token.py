"""The web app's access token, in a file only its owner can read.

Whoever knows the token reads the practice through the web app, so it is kept like the
master key file: mode 0600 in the data folder, never overwritten by accident, checked
for its mode on every read. Another account on the same machine can reach 127.0.0.1
but cannot read the file.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

from coachconn.core.errors import ConfigError
from coachconn.storage.crypto import check_private, fsync_dir

TOKEN_BYTES = 32
# secrets.token_urlsafe(32) gives 43 characters; fewer would be a guessable token. The
# one minimum for a token, in the file and handed to the web app alike.
MIN_TOKEN_CHARS = 43
_TOKEN = re.compile(rf"[A-Za-z0-9_-]{{{MIN_TOKEN_CHARS},}}")


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def read_or_create_token(path: Path) -> str:
    """The token in ``path``; a new one, written there, when there is no file yet."""
    try:
        return read_token(path)
    except FileNotFoundError:
        pass
    # Another process may have made one meanwhile: then that one is the token.
    with contextlib.suppress(FileExistsError):
        _install(path, new_token(), replace=False)
    return read_token(path)


def replace_token(path: Path) -> str:
    """A new token in ``path``: the old one no longer signs anyone in."""
    token = new_token()
    _install(path, token, replace=True)
    return token


def read_token(path: Path) -> str:
    """The token in ``path``. ``FileNotFoundError`` when there is none; a
    :class:`ConfigError` for a file others could read, or one holding no token."""
    try:
        check_private(path)
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read {path}: {_reason(err)}") from None
    if not _TOKEN.fullmatch(text):
        raise ConfigError(
            f"{path} holds no access token ({MIN_TOKEN_CHARS} or more letters, digits, - and _): "
            "run `coachconn serve --new-token` for a new one"
        )
    return text


def _install(path: Path, token: str, *, replace: bool) -> None:
    """Write ``token`` to a private file beside ``path``, make it durable, then move it
    into place whole, so no reader ever sees half a token. ``FileExistsError`` when
    ``path`` exists and not ``replace``."""
    staged = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(token + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(staged, path)
        else:
            os.link(staged, path)  # unlike a rename, never replaces a file already there
        fsync_dir(path.parent)
    except FileExistsError:
        raise
    except OSError as err:
        raise ConfigError(f"cannot write {path}: {_reason(err)}") from None
    finally:
        staged.unlink(missing_ok=True)


def _reason(err: Exception) -> str:
    return (err.strerror if isinstance(err, OSError) else None) or str(err)
