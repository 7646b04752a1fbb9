"""Completing an engagement: once only, on a day between its last session held and
the coach's today, and nothing left in the diary after it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tests.factories import make_client, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.engagements import EngagementStatus
from coachconn.core.errors import Conflict, InvalidInput
from coachconn.core.sessions import ChangedBy, SessionStatus
from coachconn.services import clients, coaches, engagements, sessions
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


def _refused_end(store: Store, coach: Coach, engagement_id: int, ended_on: date) -> InvalidInput:
    """Completing on ``ended_on`` is refused and changes nothing: the refusal."""
    before = engagements.get_engagement(store.unit_of_work(), coach.id, engagement_id)
    diary = sessions.list_sessions(store.unit_of_work(), coach.id, engagement_id)
    with pytest.raises(InvalidInput) as caught:
        engagements.set_engagement_status(
            store.unit_of_work(), coach.id, engagement_id, status="completed", ended_on=ended_on
        )
    assert engagements.get_engagement(store.unit_of_work(), coach.id, engagement_id) == before
    assert sessions.list_sessions(store.unit_of_work(), coach.id, engagement_id) == diary
    return caught.value


def test_an_end_date_after_today_is_refused(store: Store, coach: Coach, clock: FixedClock) -> None:
    engagement = make_engagement(store, coach)
    make_session(store, coach, engagement, at=clock() + timedelta(days=2))

    refused = _refused_end(store, coach, engagement.id, date(2026, 3, 3))

    assert refused.field == "ended_on"
    assert refused.reason == (
        "cannot be after today (2026-03-02): sessions still ahead are cancelled "
        "when it is completed"
    )


def test_an_end_date_before_a_session_held_is_refused(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    make_session(
        store, coach, engagement, at=datetime(2026, 2, 10, 9, 0, tzinfo=UTC), status="held"
    )
    make_session(
        store, coach, engagement, at=datetime(2026, 2, 24, 9, 0, tzinfo=UTC), status="held"
    )

    refused = _refused_end(store, coach, engagement.id, date(2026, 2, 23))

    assert refused.field == "ended_on"
    assert refused.reason == "cannot be before the last session held, on 2026-02-24"
    done = engagements.set_engagement_status(
        store.unit_of_work(),
        coach.id,
        engagement.id,
        status="completed",
        ended_on=date(2026, 2, 24),
    )
    assert (done.status, done.ended_on) == (EngagementStatus.COMPLETED, date(2026, 2, 24))


def test_the_end_dates_bounds_are_days_where_the_coach_is(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    coaches.update_coach(store.unit_of_work(), coach.id, timezone="Asia/Tokyo")
    engagement = make_engagement(store, coach)
    # 08:00 on 20 February in Tokyo, still the 19th in UTC.
    held_at = datetime(2026, 2, 19, 23, 0, tzinfo=UTC)
    make_session(store, coach, engagement, at=held_at, status="held")
    clock.set(datetime(2026, 3, 1, 23, 0, tzinfo=UTC))  # 08:00 on 2 March in Tokyo

    early = _refused_end(store, coach, engagement.id, date(2026, 2, 19))
    late = _refused_end(store, coach, engagement.id, date(2026, 3, 3))
    done = engagements.set_engagement_status(
        store.unit_of_work(), coach.id, engagement.id, status="completed", ended_on=date(2026, 3, 2)
    )

    assert early.reason == "cannot be before the last session held, on 2026-02-20"
    assert late.reason.startswith("cannot be after today (2026-03-02)")
    assert done.ended_on == date(2026, 3, 2)
