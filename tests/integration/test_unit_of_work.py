"""The unit of work: all or nothing, and a lost race is a conflict."""

from __future__ import annotations

import pytest
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


def test_a_concurrent_update_loses_with_a_conflict(store: Store, coach: Coach) -> None:
    client = make_client(store, coach)
    slow = store.unit_of_work()
    with slow:
        row = slow.owned(ClientRow, coach.id, client.id, "client")
        # Meanwhile someone else saves a change to the same client.
        clients.update_client(
            store.unit_of_work(),
            coach.id,
            client.id,
            expected_version=client.version,
            timezone="Asia/Tokyo",
        )
        row.timezone = "Africa/Nairobi"
        with pytest.raises(Conflict):
            slow.commit()
    shown = clients.get_client(store.unit_of_work(), coach.id, client.id).client
    assert shown.profile.timezone == "Asia/Tokyo"


def test_units_of_work_do_not_nest(store: Store) -> None:
    uow = store.unit_of_work()
    with uow, pytest.raises(RuntimeError, match="nest"), uow:
        pass
