"""Moving a session: only a scheduled one, and only to a time still ahead."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.factories import make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict
from coachconn.services import sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_a_session_that_was_held_cannot_be_moved(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(hours=2), status="held")
    with pytest.raises(Conflict, match="only a scheduled session can be moved"):
        sessions.reschedule_session(
            store.unit_of_work(),
            coach.id,
            held.id,
            new_time=clock() + timedelta(days=7),
            changed_by="client",
        )
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == [held]
