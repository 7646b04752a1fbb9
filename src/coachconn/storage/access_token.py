"""The web app's access token, in a file only its owner can read.

Whoever knows the token reads the practice through the web app, so it is kept like the
master key file: mode 0600 in the data folder, never overwritten by accident, checked
for its mode on every read. Another account on the same machine can reach 127.0.0.1
but cannot read the file. A new token is renamed over the old file whole, and a server
running meanwhile follows the file (:class:`TokenFile`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path

from coachconn.core.errors import ConfigError
from coachconn.storage.crypto import check_private, fsync_dir

TOKEN_BYTES = 32
# secrets.token_urlsafe(32) gives 43 characters; fewer would be a guessable token. The
# one minimum for a token, in the file and handed to the web app alike.
MIN_TOKEN_CHARS = 43
_TOKEN = re.compile(rf"[A-Za-z0-9_-]{{{MIN_TOKEN_CHARS},}}")
# How often a running server looks at the token file for a new token, at most.
LOOK_EVERY_S = 1.0

log = logging.getLogger(__name__)


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def read_or_create_token(path: Path) -> str:
    """The token in ``path``; a new one, written there, when there is no file yet."""
    try:
        return read_token(path)
    except FileNotFoundError:
        pass
    create_token(path)
    return read_token(path)


def create_token(path: Path) -> None:
    """Write a new token to ``path``, where there is no file yet. Another process may
    have made one meanwhile: then that one is the token, and stays."""
    with contextlib.suppress(FileExistsError):
        _install(path, new_token(), replace=False)


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


class TokenFile:
    """The token as its file holds it now, for a server that runs while the token may be
    replaced (``coachconn serve --new-token`` in another process renames a new file over
    the old one).

    The file is looked at again (a ``stat``) when ``every_s`` has passed since the last
    look, or when :meth:`look_again` is called (the web app calls it when a token or
    cookie shown does not match, and at sign-in, so that a new token works at once), and
    read again only when it changed. A
    file that cannot be read as a token then (gone, made readable by others, holding
    something else) leaves the token as it was, and the log says why: never more than
    the server had at start. ``FileNotFoundError`` or :class:`ConfigError` from the
    first read, as :func:`read_token`.
    """

    def __init__(
        self,
        path: Path,
        *,
        every_s: float = LOOK_EVERY_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self._every_s = every_s
        self._clock = clock
        # Looked at before it is read: a file replaced in between is read again next time.
        self._seen = _identity(path)
        self._token = read_token(path)
        self._looked = clock()

    def __repr__(self) -> str:
        return f"TokenFile({str(self.path)!r})"

    @property
    def token(self) -> str:
        if self._clock() - self._looked >= self._every_s:
            self.look_again()
        return self._token

    def look_again(self) -> bool:
        """Read the file again if it changed since the last look; whether the token did."""
        self._looked = self._clock()
        seen = _identity(self.path)
        if seen == self._seen:
            return False
        self._seen = seen
        try:
            token = read_token(self.path)
        except (FileNotFoundError, ConfigError) as err:
            reason = f"{self.path} is gone" if isinstance(err, FileNotFoundError) else str(err)
            log.warning("access token kept as it was: %s", reason)
            return False
        changed, self._token = token != self._token, token
        return changed


def _identity(path: Path) -> tuple[int, ...] | None:
    """What changes when the file is replaced, written or given another mode; None for
    no file (or one that cannot be looked at)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns


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
