"""Engines for SQLite (the embedded default) and PostgreSQL."""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from coachconn.core.errors import Busy, ConfigError

SQLITE_BUSY_MS = 30_000
BUSY = "the database is busy with another change: nothing was changed; try again in a moment"

# Execution option: this transaction's commit must survive a power cut (see
# :func:`coachconn.storage.keys.make_commit_durable`). SQLite cannot change its
# ``synchronous`` setting inside a transaction, so it is set as the transaction begins.
DURABLE_COMMIT = "coachconn_durable_commit"
# Execution option: this transaction only reads (a read-only unit of work,
# :class:`coachconn.storage.uow.UnitOfWork`). SQLite begins it deferred, waiting for no
# writer, and refuses writes in it (``PRAGMA query_only``); PostgreSQL makes it a
# ``READ ONLY``, ``REPEATABLE READ`` transaction. Set as the transaction begins
# (:func:`_sqlite_begin`, :func:`_postgresql_begin`).
READ_ONLY = "coachconn_read_only"


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
    cannot = f"cannot create the database {path}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except FileExistsError:  # a file where its folder should be
        raise ConfigError(f"{cannot}: {path.parent} is not a folder") from None
    except OSError as err:  # no permission, a read-only disk, a file further up
        raise ConfigError(f"{cannot}: {err.strerror or err}") from None
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return
    except OSError as err:
        raise ConfigError(f"{cannot}: {err.strerror or err}") from None


def restrict_sqlite_files(path: Path) -> None:
    """Make the database file and its -wal and -shm companions owner-only (0600).

    A database created by an older version, or copied in, may be readable by
    everyone; its sealed columns are safe, but its metadata is not anyone's business.
    """
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = stat.S_IMODE(candidate.stat().st_mode)
            if mode & 0o077:
                os.chmod(candidate, 0o600)
        except FileNotFoundError:
            continue
        except OSError as err:  # another account's file, a read-only disk
            raise ConfigError(
                f"{candidate} can be opened by other accounts (mode {mode:04o}) and this "
                f"account cannot make it owner-only ({err.strerror or err}): run "
                f"`chmod 600 {candidate}` as its owner"
            ) from None


def redacted(url: str | URL) -> str:
    """The URL without its password, for messages. One with no password is given as it
    stands: rendering it again would quote its path, which fails on a folder named in
    bytes that are not UTF-8."""
    parsed = make_url(url)
    if parsed.password is None:
        return str(url) if isinstance(url, str) else parsed.render_as_string(hide_password=False)
    return parsed.render_as_string(hide_password=True)


def create_engine_for(url: str) -> Engine:
    """An engine for ``url``; on SQLite every connection gets WAL and foreign keys,
    and every transaction but a read-only one takes the write lock as it begins (see
    :func:`_sqlite_begin`)."""
    try:
        parsed = make_url(url)
    except Exception as err:  # the URL comes from the user's settings
        raise ConfigError(f"COACHCONN_DATABASE_URL is not a database URL: {err}") from None
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_MS / 1000})
        event.listen(engine, "connect", functools.partial(_sqlite_pragmas, parsed.database))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(parsed, pool_pre_ping=True)
    event.listen(engine, "begin", _postgresql_begin)
    return engine


# SQLITE_NOTADB: the file is there but holds no SQLite database.
_SQLITE_NOTADB = 26


def _sqlite_pragmas(database: str | None, dbapi_connection: Any, _record: Any) -> None:
    # Left to itself, Python's sqlite3 sends BEGIN only before the first INSERT,
    # UPDATE or DELETE, so a unit of work's reads (the check in check-then-insert)
    # ran outside its transaction. SQLAlchemy's documented recipe: the driver sends
    # no BEGIN at all, and _sqlite_begin sends it as the transaction starts.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # WAL keeps commits short (appended to the log), which matters as every
        # transaction but a read-only one holds the write lock (see _sqlite_begin),
        # and lets a read-only one read while another writes; foreign keys are off
        # by default.
        try:
            cursor.execute("PRAGMA journal_mode=WAL")  # the first read of the file
        except sqlite3.DatabaseError as err:
            if getattr(err, "sqlite_errorcode", None) != _SQLITE_NOTADB:
                raise
            raise ConfigError(
                f"{database} is not a SQLite database (damaged, or another program's "
                "file): restore it from your backup, or point COACHCONN_DATABASE_URL "
                "at coachconn's database"
            ) from None
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Deleted rows (an erased client's ciphertext included) are overwritten,
        # not left in free pages; set explicitly, as builds differ in the default.
        cursor.execute("PRAGMA secure_delete=ON")
    finally:
        cursor.close()


def empty_sqlite_log(engine: Engine) -> bool:
    """Copy SQLite's log (the -wal file) into the database file and empty it; False
    when another connection kept it from that past the busy timeout (reading an earlier
    state, or writing: SQLite then says busy, and raises nothing), and the log stays.
    Nothing to do, and True, on another backend.

    The log keeps every page a transaction wrote until later transactions write over
    it, and the file goes only when the last connection closes: while anything has the
    database open (``coachconn serve`` does, all day), a page that held a row since
    deleted (an erased client's data key) stays readable there. ``secure_delete`` has
    overwritten the row in the page written last, so once the log is copied in and
    emptied, no file holds it."""
    if engine.dialect.name != "sqlite":
        return True
    connection = engine.raw_connection()  # outside a transaction: the driver sends no BEGIN
    try:
        cursor = connection.cursor()
        try:
            busy, _, _ = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            cursor.close()
    finally:
        connection.close()
    return busy == 0


def _sqlite_begin(connection: Connection) -> None:
    """Begin every transaction with ``BEGIN IMMEDIATE``: it waits (up to the busy
    timeout) for the database's one write lock and holds it until the end. A read-only
    one (:data:`READ_ONLY`) begins with a plain, deferred ``BEGIN`` instead, and with
    ``PRAGMA query_only`` on: in WAL mode it reads the last committed state without
    waiting for a writer, and any write in it is refused.

    Why not a plain (deferred) BEGIN for every transaction: nearly every unit of work
    reads before it writes (whose record it is, what is there already), and a deferred
    transaction that reads, then finds that another writer has committed meanwhile,
    cannot wait for the lock: SQLite refuses its first write at once ("database is
    locked"), whatever the busy timeout. So two coaches' unrelated saves would fail each
    other. Taking the lock first makes writers queue instead, and each reads what the
    previous one committed, so the checks the services make before writing hold. A
    transaction that will never write has no such check to keep, so the interfaces'
    pages and listings that only read ask for a read-only one and do not queue; the
    others queue behind writes that last milliseconds (transcripts are coded and
    measured outside any transaction, when attached and when read back); only a wait
    past the busy timeout fails, and the unit of work reports it as
    :class:`~coachconn.core.errors.Busy`.
    """
    options = connection.get_execution_options()
    level = "FULL" if options.get(DURABLE_COMMIT) else "NORMAL"
    if connection.info.get("synchronous", "NORMAL") != level:
        connection.exec_driver_sql(f"PRAGMA synchronous={level}")
        connection.info["synchronous"] = level
    # The setting stays with the pooled connection: set for each transaction as it begins.
    reading = bool(options.get(READ_ONLY))
    if connection.info.get("query_only", False) != reading:
        connection.exec_driver_sql(f"PRAGMA query_only={'ON' if reading else 'OFF'}")
        connection.info["query_only"] = reading
    connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


def _postgresql_begin(connection: Connection) -> None:
    """A read-only transaction (:data:`READ_ONLY`) is ``READ ONLY``: PostgreSQL refuses
    any write in it. Its first statement, so it applies to the whole transaction.

    It is ``REPEATABLE READ`` too: every query in it sees the database as at its first,
    as SQLite's read transaction does. Left at ``READ COMMITTED``, a page's later query
    saw what another request committed after its first: a client listed, then erased,
    then looked for without a key. Readers are never refused for it; only a writer
    could be, and none writes here."""
    if connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


# SQLite: SQLITE_BUSY and SQLITE_LOCKED, whose extended codes keep these in their
# low byte. PostgreSQL: a serialization failure, a deadlock, a lock not available.
_BUSY_SQLITE_CODES = frozenset({5, 6})
_BUSY_STATES = frozenset({"40001", "40P01", "55P03"})


def is_busy(err: OperationalError) -> bool:
    """Whether ``err`` says another change held what this one needed."""
    code = getattr(err.orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _BUSY_SQLITE_CODES
    return getattr(err.orig, "sqlstate", None) in _BUSY_STATES


# SQLite: SQLITE_READONLY, whose extended codes keep it in their low byte. PostgreSQL:
# read_only_sql_transaction.
_READ_ONLY_SQLITE_CODE = 8
_READ_ONLY_STATE = "25006"


def is_read_only_refusal(err: DBAPIError) -> bool:
    """Whether ``err`` says a write was refused in a read-only transaction."""
    code = getattr(err.orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == _READ_ONLY_SQLITE_CODE
    return getattr(err.orig, "sqlstate", None) == _READ_ONLY_STATE


# SQLite: SQLITE_CORRUPT and SQLITE_NOTADB, the file damaged or not a database at all.
_DAMAGED_SQLITE_CODES = frozenset({11, 26})
# SQLite: SQLITE_FULL. PostgreSQL: disk_full.
_FULL_SQLITE_CODE = 13
_FULL_STATE = "53100"
DAMAGED_PUBLIC = (
    "The practice's database is damaged: restore it from your backup (see the log file)."
)
UNWRITABLE_PUBLIC = (
    "The practice's database cannot be written: nothing was changed (see the log file)."
)
FULL_PUBLIC = (
    "The practice's database cannot be written, as its disk is full: nothing was changed "
    "(see the log file)."
)
# PostgreSQL: insufficient_privilege, an account without the rights on a table.
_REFUSED_STATE = "42501"
REFUSED_PUBLIC = (
    "The practice's database refused this server's account: nothing was changed (see the log file)."
)


def unusable_database(err: DBAPIError, url: str | URL, *, writing: bool) -> ConfigError | None:
    """What to do, when ``err`` says the database cannot be used as it stands: its file
    is damaged, its disk is full, or (``writing``: in a transaction meant to write) it
    refuses writes, as a read-only file, folder or disk does (on PostgreSQL, a read-only
    server); or, on PostgreSQL, the account in the URL lacks the rights on a table, to
    change it or even to read it (SQLite has no accounts: its file's mode is the
    read-only file above). ``None`` for any other error, which stays a bug to report."""
    path = sqlite_path(url)
    where = str(path) if path is not None else "the database"
    reason = _first_line(err)
    if getattr(err.orig, "sqlstate", None) == _REFUSED_STATE:
        account = make_url(url).username or "this account"
        return ConfigError(
            f"the database refused the account {account} ({reason}): nothing was changed; "
            f"grant {account} the rights coachconn needs in that database, or point "
            "COACHCONN_DATABASE_URL at an account that has them",
            public=REFUSED_PUBLIC,
        )
    code = getattr(err.orig, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _DAMAGED_SQLITE_CODES:
        return ConfigError(
            f"{where} is damaged ({reason}): restore it from your backup", public=DAMAGED_PUBLIC
        )
    if is_disk_full(err):
        room = "its disk" if path is not None else "the database server's disk"
        return ConfigError(
            f"{where} cannot be written ({reason}): nothing was changed; free some space "
            f"on {room} and try again",
            public=FULL_PUBLIC,
        )
    if writing and is_read_only_refusal(err):
        fix = (
            "check that this account can write to the file, its folder and the disk"
            if path is not None
            else "point COACHCONN_DATABASE_URL at a server that takes changes"
        )
        return ConfigError(
            f"{where} cannot be written ({reason}): nothing was changed; {fix}",
            public=UNWRITABLE_PUBLIC,
        )
    return None


def is_disk_full(err: DBAPIError) -> bool:
    """Whether ``err`` says the disk (or SQLite's size limit) left no room for a write."""
    code = getattr(err.orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == _FULL_SQLITE_CODE
    return getattr(err.orig, "sqlstate", None) == _FULL_STATE


def _first_line(err: DBAPIError) -> str:
    said = str(err.orig if err.orig is not None else err).strip()
    return said.splitlines()[0] if said else type(err.orig).__name__


def raise_if_busy(err: OperationalError) -> None:
    """:class:`~coachconn.core.errors.Busy` when ``err`` says another change held the
    database past the wait: trying again will do."""
    if is_busy(err):
        raise Busy(BUSY) from None
