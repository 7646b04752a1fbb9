"""Alembic, configured in code so an installed copy can migrate its own database.

The scripts live in the package (``coachconn/migrations``); no ``alembic.ini``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

import coachconn.migrations
from coachconn.core.errors import ConfigError

if TYPE_CHECKING:
    import sqlite3

MIGRATIONS_DIR = Path(coachconn.migrations.__file__).parent


def alembic_config(connection: Connection | None = None) -> Config:
    """A config whose ``env.py`` runs on ``connection`` (the URL never goes through
    Alembic's ini interpolation, so passwords with ``%`` are safe)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def is_known(revision: str) -> bool:
    """Whether ``revision`` is one of this version's migrations: one that is not was
    made by a newer version of coachconn."""
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with migration_transaction(engine) as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with migration_transaction(engine) as connection:
        command.downgrade(alembic_config(connection), revision)


@contextmanager
def migration_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction for migrating, committed if the block ends well.

    On SQLite, foreign keys are off for the transaction and checked before it commits.
    SQLite changes most of a table only by building a copy and dropping the old one
    (Alembic's batch mode), and with foreign keys on, dropping a table first deletes its
    rows, so ``ON DELETE CASCADE`` would delete every child row of a table rebuilt that
    way. The setting cannot change inside a transaction (the ``PRAGMA`` is ignored), and
    every transaction begins as it is opened (:func:`coachconn.storage.engine._sqlite_begin`),
    so it is turned off on the driver's connection before. ``PRAGMA foreign_key_check``
    then finds any row a migration left referring to nothing: the migration fails with
    :class:`ConfigError` naming them, and nothing is changed.

    One migrates at a time: a second (two app servers started together) waits for the
    first to commit, then finds the database at its head and has nothing to do. SQLite's
    write lock makes it so, taken as the transaction begins; on PostgreSQL, which would
    let both create the same tables at once, and one fail, a lock held until the
    transaction ends (:data:`_MIGRATING`).
    """
    with engine.connect() as connection, _foreign_keys_off(connection), connection.begin():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATING})
        yield connection
        _check_foreign_keys(connection)


# The keys of PostgreSQL's advisory locks for migrating and for setting up: any
# numbers, the same in every copy of coachconn ("cc" in ASCII, then 1 or 2). Their
# scope is the database.
_MIGRATING = 0x636301
_SETTING_UP = 0x636302


@contextmanager
def one_setup_at_a_time(engine: Engine) -> Iterator[None]:
    """For the block, no other copy of coachconn sets up the same database (migrates,
    records the master key, creates the default coach): a second ``coachconn init``
    waits, then finds each step done. On PostgreSQL a lock held by a connection of its
    own until the block ends; on SQLite nothing, as each step's unit of work holds the
    database's write lock and reads what the one before it wrote."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _SETTING_UP})
        connection.commit()  # the lock stays, held by the connection, not a transaction
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _SETTING_UP})
            connection.commit()


@contextmanager
def _foreign_keys_off(connection: Connection) -> Iterator[None]:
    """On SQLite, foreign keys off on ``connection`` (no transaction open yet) for the
    block, and on again after it, when its transaction has ended."""
    if connection.dialect.name != "sqlite":
        yield
        return
    # The driver's own connection: a statement through SQLAlchemy would begin the
    # transaction first.
    driver = cast("sqlite3.Connection", connection.connection.driver_connection)
    driver.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys=ON")
        if driver.execute("PRAGMA foreign_keys").fetchone() != (1,):
            # Never back into the pool without them: the pool opens a fresh one.
            connection.invalidate()


# How many of the rows referring to nothing a refused migration names.
_NAMED = 5


def _check_foreign_keys(connection: Connection) -> None:
    """On SQLite, refuse (ConfigError) if any row refers to a row that is not there."""
    if connection.dialect.name != "sqlite":
        return  # PostgreSQL checks every reference as it is written
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if not broken:
        return
    named = "; ".join(
        f"{table} row {rowid} refers to a missing {parent} row"
        for table, rowid, parent, _ in broken[:_NAMED]
    )
    more = f" (and {len(broken) - _NAMED} more)" if len(broken) > _NAMED else ""
    raise ConfigError(
        f"cannot migrate the database: {len(broken)} row(s) would refer to rows that are "
        f"not there: {named}{more}. Nothing was changed"
    )


def is_empty(engine: Engine) -> bool:
    """True when the database has none of our tables (Alembic's own may be there)."""
    return not set(inspect(engine).get_table_names()) - {"alembic_version"}
