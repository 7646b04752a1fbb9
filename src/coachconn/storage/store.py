"""The store: an engine and the master key, ready to hand out units of work.

Built explicitly (``Store.open(settings)``), never at import.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from types import TracebackType

from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from coachconn.config import Settings
from coachconn.core.clock import Clock, system_clock
from coachconn.core.errors import ConfigError
from coachconn.storage import engine as engines
from coachconn.storage.crypto import MasterKey, settle_master_key
from coachconn.storage.keys import (
    NOT_INITIALISED_PUBLIC,
    load_master_key_for,
    not_initialised,
    recorded_key,
)
from coachconn.storage.tables import CryptoMetaRow
from coachconn.storage.uow import UnitOfWork


@dataclass
class Store:
    settings: Settings
    engine: Engine
    master_key: MasterKey
    clock: Clock = system_clock
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Rows are turned into dataclasses before the transaction ends, so nothing
        # needs to be reloaded after commit.
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        clock: Clock = system_clock,
        master_key: MasterKey | None = None,
        verify: bool = True,
    ) -> Store:
        """Load the master key, connect, and (unless ``verify`` is off) check that
        the database was initialised with this key.

        Raises :class:`ConfigError` for a missing key, a missing database or a wrong key.
        """
        url = settings.resolved_database_url
        path = engines.sqlite_path(url)
        if path is not None and not path.exists():
            raise ConfigError(
                f"no database at {path}: run `coachconn init`", public=NOT_INITIALISED_PUBLIC
            )
        engine = engines.create_engine_for(url)
        try:
            master = master_key or load_master_key_for(settings, engine)
        except BaseException:
            engine.dispose()
            raise
        store = cls(settings, engine, master, clock)
        try:
            if path is not None:
                engines.restrict_sqlite_files(path)
            if verify:
                store.verify()
        except BaseException:
            store.close()
            raise
        return store

    def verify(self) -> None:
        """Check the master key against the database's record of it, finishing a
        key rotation that stopped between its commit and its key-file swap."""
        if not inspect(self.engine).has_table(CryptoMetaRow.__tablename__):
            raise not_initialised()
        with self._sessions() as session:
            row = recorded_key(session)
        if row is None:
            raise not_initialised()
        self.master_key = settle_master_key(self.master_key, row.verifier)

    def unit_of_work(self, *, readonly: bool = False) -> UnitOfWork:
        """A fresh unit of work; ``readonly`` for one that only reads, which waits for
        no writer (see :mod:`coachconn.storage.uow`)."""
        return UnitOfWork(self._sessions, self.master_key, self.clock, readonly=readonly)

    @contextmanager
    def one_transaction(self, *, clock: Clock | None = None) -> Iterator[Store]:
        """A store whose units of work all run in one transaction, committed when the
        block ends and rolled back if it raises: all or nothing, even for a process
        killed halfway (which never commits it). Each unit of work's commit only ends its
        own savepoint. Its clock is ``clock`` where given.

        While the block runs, the transaction holds the database's write lock (on
        SQLite, see :func:`coachconn.storage.engine._sqlite_begin`): inside it, use
        only this store, as another connection's change would wait for the block.
        PostgreSQL's writers wait only for the rows they lock: a block that checks before
        it writes takes its lock first, kept to the block's end where the unit of work
        that took it commits (see :func:`coachconn.services.demo.load_demo_practice`)."""
        with self.engine.connect() as connection, connection.begin():
            inner = replace(self, clock=clock or self.clock)
            inner._sessions = sessionmaker(
                connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
            )
            yield inner

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
