"""A read-only unit of work, for what only reads: it waits for no change in progress
(on SQLite, whose other transactions all take the write lock as they begin), reads what
was committed, and nothing can be written in it, on either backend. The connection it
used writes again afterwards."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import delete, select, text, update
from tests.factories import make_client

from coachconn.config import Settings
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Busy
from coachconn.services import clients
from coachconn.services.coaches import get_default_coach
from coachconn.services.setup import open_store
from coachconn.storage import engine
from coachconn.storage.store import Store
from coachconn.storage.tables import ClientRow, CoachRow
from coachconn.storage.uow import ReadOnly, UnitOfWork

pytestmark = pytest.mark.db

UNCOMMITTED = "Someone Else"


@contextmanager
def sqlite_change_in_progress(settings: Settings) -> Iterator[None]:
    """Another connection to the database file, in the middle of a change: it holds the
    write lock (BEGIN IMMEDIATE, as every writing unit of work begins) and has renamed
    the coach, not yet committed."""
    path = engine.sqlite_path(settings.resolved_database_url)
    if path is None:
        pytest.skip("SQLite's write lock; PostgreSQL lets readers read whatever the mode")
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE coaches SET name = ?", (UNCOMMITTED,))
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_read_only_read_proceeds_while_another_connection_holds_a_write_transaction(
    settings: Settings,
    store: Store,
    coach: Coach,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_client(store, coach, preferred_name="Robin")
    monkeypatch.setattr(engine, "SQLITE_BUSY_MS", 100)  # a unit of work that waits, fails
    impatient = open_store(settings, clock=clock)
    try:
        with sqlite_change_in_progress(settings):
            start = time.monotonic()
            read = get_default_coach(impatient.unit_of_work(readonly=True))
            listed = clients.list_clients(impatient.unit_of_work(readonly=True), coach.id)
            took = time.monotonic() - start
            with pytest.raises(Busy):  # one that may write waits for the lock, in vain
                get_default_coach(impatient.unit_of_work())
    finally:
        impatient.close()

    assert read == coach  # as committed: the change in progress is not seen
    assert [c.preferred_name for c in listed] == ["Robin"]
    assert took < 0.1  # did not wait out even the shortened busy timeout


def _add(uow: UnitOfWork) -> None:
    uow.session.add(CoachRow(name="Coach C", email=None, timezone="UTC", created_at=uow.now()))


def _flushed(uow: UnitOfWork) -> None:
    _add(uow)
    uow.flush()


def _committed(uow: UnitOfWork) -> None:
    uow.session.execute(select(CoachRow.id))
    uow.commit()


def _flushed_by_a_query(uow: UnitOfWork) -> None:
    _add(uow)
    uow.session.execute(select(CoachRow.id))  # the session flushes the new row first


def _updated_directly(uow: UnitOfWork) -> None:
    uow.session.execute(update(CoachRow).values(name="Renamed"))


def _deleted_directly(uow: UnitOfWork) -> None:
    uow.session.execute(text("DELETE FROM client_keys"))


@pytest.mark.parametrize(
    "write",
    [_flushed, _committed, _flushed_by_a_query, _updated_directly, _deleted_directly],
    ids=lambda write: write.__name__.strip("_"),
)
def test_writing_in_a_read_only_unit_of_work_is_refused(
    store: Store, coach: Coach, write: Callable[[UnitOfWork], None]
) -> None:
    make_client(store, coach)
    uow = store.unit_of_work(readonly=True)

    with pytest.raises(ReadOnly), uow:
        write(uow)

    assert get_default_coach(store.unit_of_work()) == coach
    with store.unit_of_work() as after:
        assert after.session.scalar(select(CoachRow.name).where(CoachRow.id != coach.id)) is None
        assert after.session.execute(text("SELECT count(*) FROM client_keys")).scalar() == 1


def test_a_service_that_writes_refuses_a_read_only_unit_of_work(store: Store, coach: Coach) -> None:
    with pytest.raises(ReadOnly):
        clients.add_client(store.unit_of_work(readonly=True), coach.id, preferred_name="Robin")

    assert clients.list_clients(store.unit_of_work(), coach.id) == []


def _read_only_setting(uow: UnitOfWork) -> bool:
    """What the database says of the transaction: SQLite's query_only, PostgreSQL's
    transaction_read_only."""
    if uow.session.get_bind().dialect.name == "sqlite":
        return uow.session.execute(text("PRAGMA query_only")).scalar() == 1
    return uow.session.execute(text("SHOW transaction_read_only")).scalar() == "on"


def test_the_connection_a_read_only_unit_of_work_used_writes_again_after(
    store: Store, coach: Coach
) -> None:
    # One unit of work at a time: the pool hands the same connection back each time.
    with store.unit_of_work(readonly=True) as reading:
        assert _read_only_setting(reading)
    with store.unit_of_work() as writing:
        assert not _read_only_setting(writing)
        writing.session.execute(update(CoachRow).values(name="Coach A. Renamed"))
        writing.commit()
    added = make_client(store, coach)

    assert get_default_coach(store.unit_of_work(readonly=True)).name == "Coach A. Renamed"
    shown = clients.get_client(store.unit_of_work(readonly=True), coach.id, added.id)
    assert shown.client.id == added.id
    with store.unit_of_work() as writing:
        assert writing.session.scalar(select(ClientRow.id)) == added.id


def test_a_writing_unit_of_work_after_a_read_only_one_still_takes_the_lock(
    settings: Settings, store: Store, coach: Coach
) -> None:
    path = engine.sqlite_path(settings.resolved_database_url)
    if path is None:
        pytest.skip("SQLite's write lock")
    get_default_coach(store.unit_of_work(readonly=True))
    other = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    try:
        with store.unit_of_work() as writing:
            writing.session.execute(select(CoachRow.id))  # a read: the lock is taken already
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        with store.unit_of_work(readonly=True) as reading:
            reading.session.execute(select(CoachRow.id))
            other.execute("BEGIN IMMEDIATE")  # a read-only one leaves it free
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_read_only_listing_reads_one_moment_while_a_client_is_erased_meanwhile(
    store: Store, coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list of clients reads the clients, then their engagements, then their keys:
    a client erased (and committed) between those reads must not leave the list with a
    client and no key. SQLite's read transaction sees the database as at its first read;
    on PostgreSQL it must too."""
    kept = make_client(store, coach, preferred_name="Robin")
    erased = make_client(store, coach, preferred_name="Noor")
    read_engagements = clients.engagement_views

    def erase_in_between(*args: object, **kwargs: object) -> object:
        found = read_engagements(*args, **kwargs)  # type: ignore[arg-type]
        with store.unit_of_work() as other:  # another connection, as another request
            other.session.execute(delete(ClientRow).where(ClientRow.id == erased.id))
            other.commit()
        return found

    monkeypatch.setattr(clients, "engagement_views", erase_in_between)
    listed = clients.list_clients(store.unit_of_work(readonly=True), coach.id)

    assert [c.id for c in listed] == [erased.id, kept.id]  # Noor, Robin: by name
    monkeypatch.undo()
    assert [c.id for c in clients.list_clients(store.unit_of_work(), coach.id)] == [kept.id]
