"""Completing an engagement: once only, and nothing left in the diary after it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.factories import make_client, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict
from coachconn.core.sessions import ChangedBy, SessionStatus
from coachconn.services import clients, engagements, sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_completing_twice_is_a_conflict_and_keeps_the_end_date(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    engagements.set_engagement_status(
        store.unit_of_work(),
        coach.id,
        engagement.id,
        status="completed",
        ended_on=date(2026, 2, 27),
    )
    with pytest.raises(Conflict, match="already completed"):
        engagements.set_engagement_status(
            store.unit_of_work(),
            coach.id,
            engagement.id,
            status="completed",
            ended_on=date(2026, 3, 1),
        )
    shown = engagements.get_engagement(store.unit_of_work(), coach.id, engagement.id)
    assert shown.ended_on == date(2026, 2, 27)


def test_completing_cancels_the_sessions_still_ahead(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    client = make_client(store, coach)
    engagement = make_engagement(store, coach, client)
    unrecorded = make_session(store, coach, engagement, at=clock() - timedelta(days=1))
    ahead = make_session(store, coach, engagement, at=clock() + timedelta(days=2))

    engagements.set_engagement_status(
        store.unit_of_work(), coach.id, engagement.id, status="completed"
    )

    cancelled = sessions.get_session(store.unit_of_work(), coach.id, ahead.id)
    assert cancelled.status == SessionStatus.CANCELLED
    assert cancelled.changed_by == ChangedBy.COACH and cancelled.notice_hours == 48.0
    past = sessions.get_session(store.unit_of_work(), coach.id, unrecorded.id)
    assert past.status == SessionStatus.SCHEDULED
    detail = clients.get_client(store.unit_of_work(), coach.id, client.id)
    assert detail.next_session_at is None


def test_pausing_leaves_the_diary_alone(store: Store, coach: Coach, clock: FixedClock) -> None:
    engagement = make_engagement(store, coach)
    ahead = make_session(store, coach, engagement, at=clock() + timedelta(days=2))
    engagements.set_engagement_status(
        store.unit_of_work(), coach.id, engagement.id, status="paused"
    )
    assert sessions.get_session(store.unit_of_work(), coach.id, ahead.id).status == (
        SessionStatus.SCHEDULED
    )
