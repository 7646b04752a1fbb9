"""A paused engagement is still open: sessions are booked and moved in it as in an
active one, and every session's view says its engagement is paused, so that what
shows it can say so."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.factories import make_engagement, make_session, move_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.engagements import EngagementStatus
from coachconn.core.sessions import SessionStatus
from coachconn.services import engagements, sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def _set(store: Store, coach: Coach, engagement_id: int, status: str) -> None:
    engagements.set_engagement_status(store.unit_of_work(), coach.id, engagement_id, status=status)


def test_a_session_is_booked_and_moved_in_a_paused_engagement(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    _set(store, coach, engagement.id, "paused")

    booked = make_session(store, coach, engagement, at=clock() + timedelta(days=3))
    moved = move_session(store, coach, booked, to=clock() + timedelta(days=4))

    assert (booked.engagement_id, booked.status) == (engagement.id, SessionStatus.SCHEDULED)
    assert booked.engagement_status == moved.engagement_status == EngagementStatus.PAUSED
    listed = sessions.list_sessions(store.unit_of_work(), coach.id, engagement.id)
    assert [(s.id, s.engagement_status) for s in listed] == [
        (booked.id, EngagementStatus.PAUSED),
        (moved.id, EngagementStatus.PAUSED),
    ]


def test_a_sessions_view_follows_its_engagements_status(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    other = make_engagement(store, coach)
    booked = make_session(store, coach, engagement, at=clock() + timedelta(days=3))
    others = make_session(store, coach, other, at=clock() + timedelta(days=5))
    assert booked.engagement_status == EngagementStatus.ACTIVE

    _set(store, coach, engagement.id, "paused")
    paused = sessions.get_session(store.unit_of_work(), coach.id, booked.id)
    _set(store, coach, engagement.id, "active")
    resumed = sessions.get_session(store.unit_of_work(), coach.id, booked.id)
    _set(store, coach, other.id, "completed")
    listed = sessions.list_sessions(store.unit_of_work(), coach.id)

    assert (paused.engagement_status, resumed.engagement_status) == (
        EngagementStatus.PAUSED,
        EngagementStatus.ACTIVE,
    )
    assert {s.id: s.engagement_status for s in listed} == {
        booked.id: EngagementStatus.ACTIVE,
        others.id: EngagementStatus.COMPLETED,
    }
