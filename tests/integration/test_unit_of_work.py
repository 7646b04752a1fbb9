"""The unit of work: all or nothing, and a lost race is a conflict."""

from __future__ import annotations

import threading

import pytest
from tests.concurrency import run_together
from tests.factories import make_client

from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict
from coachconn.services import clients
from coachconn.storage.store import Store
from coachconn.storage.tables import ClientRow, CoachRow

pytestmark = pytest.mark.db


def test_nothing_is_written_unless_committed(store: Store, coach: Coach) -> None:
    uow = store.unit_of_work()
    with pytest.raises(RuntimeError), uow:
        uow.session.add(CoachRow(name="Coach C", email=None, timezone="UTC", created_at=uow.now()))
        uow.flush()
        raise RuntimeError("fails half way")
    with uow:
        assert uow.session.query(CoachRow).count() == 1


def test_a_concurrent_update_loses_with_a_conflict_never_overwrites(
    store: Store, coach: Coach
) -> None:
    client = make_client(store, coach)
    read, saved = threading.Event(), threading.Event()

    def slow() -> str:
        uow = store.unit_of_work()
        with uow:
            row = uow.owned(ClientRow, coach.id, client.id, "client")
            read.set()
            # Meanwhile someone else saves a change to the same client. On SQLite
            # they wait for this unit of work, which holds the write lock, to end.
            saved.wait(timeout=1)
            row.timezone = "Africa/Nairobi"
            uow.commit()
        return "Africa/Nairobi"

    def meanwhile() -> str:
        read.wait(timeout=10)
        try:
            clients.update_client(
                store.unit_of_work(),
                coach.id,
                client.id,
                expected_version=client.version,
                timezone="Asia/Tokyo",
            )
        finally:
            saved.set()
        return "Asia/Tokyo"

    results = run_together(slow, meanwhile)

    saved_zones = [r for r in results if isinstance(r, str)]
    assert len(saved_zones) == 1, results
    assert sum(isinstance(r, Conflict) for r in results) == 1, results
    shown = clients.get_client(store.unit_of_work(), coach.id, client.id).client
    assert shown.profile.timezone == saved_zones[0]


def test_units_of_work_do_not_nest(store: Store) -> None:
    uow = store.unit_of_work()
    with uow, pytest.raises(RuntimeError, match="nest"), uow:
        pass
