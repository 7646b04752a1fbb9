"""A database held by another change for longer than a change waits is reported
as busy (try again), not as a crash, and nothing is changed."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import sessionmaker
from tests.factories import make_client

from coachconn.config import Settings
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Busy
from coachconn.services import clients
from coachconn.services.setup import open_store
from coachconn.storage import engine
from coachconn.storage.engine import BUSY
from coachconn.storage.store import Store
from coachconn.storage.tables import ClientRow
from coachconn.storage.uow import UnitOfWork

pytestmark = pytest.mark.db


def test_a_sqlite_database_locked_past_the_busy_timeout_is_busy(
    settings: Settings,
    store: Store,
    coach: Coach,
    clock: FixedClock,
    database_url: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if database_url is not None:
        pytest.skip("SQLite's busy timeout; PostgreSQL's lock timeout is the next test")
    monkeypatch.setattr(engine, "SQLITE_BUSY_MS", 100)
    impatient = open_store(settings, clock=clock)
    path = engine.sqlite_path(settings.resolved_database_url)
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process, in the middle of a change
    try:
        with pytest.raises(Busy) as caught:
            clients.add_client(impatient.unit_of_work(), coach.id, preferred_name="Robin")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        impatient.close()
    assert str(caught.value) == BUSY
    assert clients.list_clients(store.unit_of_work(), coach.id) == []


def test_a_postgresql_lock_not_granted_in_time_is_busy(
    store: Store, coach: Coach, database_url: str | None
) -> None:
    if database_url is None:
        pytest.skip("PostgreSQL's lock timeout; SQLite's busy timeout is the test before")
    client = make_client(store, coach)
    holder = store.engine.connect()
    holder.execute(select(ClientRow).where(ClientRow.id == client.id).with_for_update())
    uow = store.unit_of_work()
    try:
        with pytest.raises(Busy), uow:
            uow.session.execute(text("SET LOCAL lock_timeout = '100ms'"))
            row = uow.owned(ClientRow, coach.id, client.id, "client")
            row.timezone = "Asia/Tokyo"
            uow.commit()
    finally:
        holder.rollback()
        holder.close()
    shown = clients.get_client(store.unit_of_work(), coach.id, client.id).client
    assert shown.profile.timezone == client.profile.timezone


@pytest.mark.parametrize("readonly", [False, True], ids=["writing", "read-only"])
def test_a_connection_pool_that_stays_full_past_its_wait_is_busy(
    store: Store, clock: FixedClock, database_url: str | None, settings: Settings, readonly: bool
) -> None:
    # Requests queued behind one change each hold a pooled connection: the next one
    # waits for the pool, and past its wait is told to try again, not a crash. A
    # read-only unit of work takes its connection as it is entered: the same.
    url = database_url or settings.resolved_database_url
    small = create_engine(url, pool_size=1, max_overflow=0, pool_timeout=0.1)
    held = small.connect()
    try:
        uow = UnitOfWork(sessionmaker(small), store.master_key, clock, readonly=readonly)
        with pytest.raises(Busy) as caught, uow:
            uow.session.execute(text("SELECT 1"))
    finally:
        held.close()
        small.dispose()
    assert str(caught.value) == BUSY
