"""What erasing a client reports: their name and every record that went."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.factories import make_engagement, make_session, move_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.services import clients, notes, sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_erasing_counts_the_records_that_went_with_the_client(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    notes.add_note(store.unit_of_work(), coach.id, engagement.client_id, text="Sounded tired")

    erased = clients.erase_client(store.unit_of_work(), coach.id, engagement.client_id)

    assert erased.preferred_name == "Robin"
    assert erased.records == {"engagements": 1, "sessions": 1, "notes": 1}


def test_a_client_with_no_records_is_erased_with_none_listed(store: Store, coach: Coach) -> None:
    client = clients.add_client(store.unit_of_work(), coach.id, preferred_name="Tove")

    erased = clients.erase_client(store.unit_of_work(), coach.id, client.id)

    assert (erased.id, erased.records) == (client.id, {})


def test_a_client_whose_sessions_were_moved_is_erased_with_them(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() + timedelta(days=1))
    move_session(store, coach, planned, to=clock() + timedelta(days=2))

    erased = clients.erase_client(store.unit_of_work(), coach.id, engagement.client_id)

    assert erased.records == {"engagements": 1, "sessions": 2}
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == []
