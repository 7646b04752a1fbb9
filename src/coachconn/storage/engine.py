"""Engines for SQLite (the embedded default) and PostgreSQL."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url

from coachconn.core.errors import ConfigError

SQLITE_BUSY_MS = 30_000


def backend_name(url: str | URL) -> str:
    return make_url(url).get_backend_name()


def sqlite_path(url: str | URL) -> Path | None:
    """The file of a SQLite URL; ``None`` for other backends and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def create_private_file(path: Path) -> None:
    """Create an empty ``path`` with mode 0600 if it does not exist, so SQLite
    never creates the database under a looser umask (its -wal and -shm files
    take the database file's mode)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def restrict_sqlite_files(path: Path) -> None:
    """Make the database file and its -wal and -shm companions owner-only (0600).

    A database created by an older version, or copied in, may be readable by
    everyone; its sealed columns are safe, but its metadata is not anyone's business.
    """
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if candidate.stat().st_mode & 0o077:
                os.chmod(candidate, 0o600)
        except FileNotFoundError:
            continue


def redacted(url: str | URL) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def create_engine_for(url: str) -> Engine:
    """An engine for ``url``; on SQLite every connection gets WAL and foreign keys."""
    try:
        parsed = make_url(url)
    except Exception as err:  # the URL comes from the user's settings
        raise ConfigError(f"COACHCONN_DATABASE_URL is not a database URL: {err}") from None
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets the web app read while the CLI writes; foreign keys are off by default.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Deleted rows (an erased client's ciphertext included) are overwritten,
        # not left in free pages; set explicitly, as builds differ in the default.
        cursor.execute("PRAGMA secure_delete=ON")
    finally:
        cursor.close()
