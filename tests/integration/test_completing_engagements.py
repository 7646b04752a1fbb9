"""Completing an engagement: once only, on a day between its last session that took
place and the coach's today, and nothing left in the diary after it: sessions booked
after the end date or still ahead are cancelled as the coach's, and those up to it
without an outcome are named for the coach to record."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tests.factories import SHORT, attach_text, make_client, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.engagements import EngagementStatus
from coachconn.core.errors import Conflict, InvalidInput
from coachconn.core.sessions import ChangedBy, SessionStatus
from coachconn.services import clients, coaches, engagements, goals, sessions
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


def _at(day: int, hour: int = 9) -> datetime:
    """A time in February 2026 (the clock reads Monday 2 March, 09:00 UTC)."""
    return datetime(2026, 2, day, hour, 0, tzinfo=UTC)


def test_completing_on_a_past_day_cancels_the_sessions_booked_after_it(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    make_session(store, coach, engagement, at=_at(10), status="held")
    before = make_session(store, coach, engagement, at=_at(17))  # never recorded
    on_the_day = make_session(store, coach, engagement, at=_at(20, 16))
    after = make_session(store, coach, engagement, at=_at(24))
    ahead = make_session(store, coach, engagement, at=clock() + timedelta(days=2))

    done = engagements.complete_engagement(
        store.unit_of_work(), coach.id, engagement.id, ended_on=date(2026, 2, 20)
    )

    assert (done.engagement.status, done.engagement.ended_on) == (
        EngagementStatus.COMPLETED,
        date(2026, 2, 20),
    )
    assert [(s.id, s.scheduled_at) for s in done.cancelled] == [
        (after.id, after.scheduled_at),
        (ahead.id, ahead.scheduled_at),
    ]
    assert [s.id for s in done.to_record] == [before.id, on_the_day.id]
    shown = {s.id: s for s in sessions.list_sessions(store.unit_of_work(), coach.id, engagement.id)}
    assert shown[before.id].status == shown[on_the_day.id].status == SessionStatus.SCHEDULED
    for cancelled in (shown[after.id], shown[ahead.id]):
        assert cancelled.status == SessionStatus.CANCELLED
        assert cancelled.changed_by == ChangedBy.COACH
    # Notice from the end of the end date, midnight into 21 February, when the engagement
    # was over: 3 days and 9 hours before the one after it, 11 days 9 hours before the next.
    assert shown[after.id].notice_hours == 81.0
    assert shown[ahead.id].notice_hours == 273.0


def test_the_end_date_is_a_day_where_the_coach_is(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    coaches.update_coach(store.unit_of_work(), coach.id, timezone="Asia/Tokyo")
    engagement = make_engagement(store, coach)
    # 08:00 on 25 February in Tokyo, still the 24th in UTC: after an end on the 24th.
    late = make_session(store, coach, engagement, at=_at(24, 23))
    # 08:00 on the 24th in Tokyo: on the end date.
    early = make_session(store, coach, engagement, at=_at(23, 23))

    done = engagements.complete_engagement(
        store.unit_of_work(), coach.id, engagement.id, ended_on=date(2026, 2, 24)
    )

    assert [s.id for s in done.cancelled] == [late.id]
    assert [s.id for s in done.to_record] == [early.id]
    assert sessions.get_session(store.unit_of_work(), coach.id, late.id).notice_hours == 8.0


def test_completing_today_cancels_what_is_left_of_today(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    this_afternoon = make_session(store, coach, engagement, at=clock() + timedelta(hours=6))

    done = engagements.complete_engagement(store.unit_of_work(), coach.id, engagement.id)

    assert [s.id for s in done.cancelled] == [this_afternoon.id]
    assert done.to_record == ()
    cancelled = sessions.get_session(store.unit_of_work(), coach.id, this_afternoon.id)
    assert (cancelled.status, cancelled.notice_hours) == (SessionStatus.CANCELLED, 6.0)


def test_an_end_date_before_a_session_with_a_transcript_is_refused(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    took_place = make_session(store, coach, engagement, at=_at(24))  # not recorded yet
    attach_text(store, coach, took_place, SHORT)

    refused = _refused_end(store, coach, engagement.id, date(2026, 2, 20))

    assert refused.field == "ended_on"
    assert refused.reason == (
        f"cannot be before session {took_place.id} on 2026-02-24, which has a transcript, so "
        "it took place: record it as held, or end the engagement on 2026-02-24 or later"
    )
    done = engagements.complete_engagement(
        store.unit_of_work(), coach.id, engagement.id, ended_on=date(2026, 2, 24)
    )
    assert [s.id for s in done.to_record] == [took_place.id]


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


def _rate(store: Store, coach: Coach, goal_id: int, day: date) -> None:
    goals.rate_goal(store.unit_of_work(), coach.id, goal_id, rating=6, rated_on=day)


def test_an_end_date_before_a_goals_last_rating_is_refused(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    make_session(
        store, coach, engagement, at=datetime(2026, 2, 10, 9, 0, tzinfo=UTC), status="held"
    )
    goal = goals.add_goal(store.unit_of_work(), coach.id, engagement.client_id, title="Delegate")
    _rate(store, coach, goal.id, date(2026, 2, 25))
    _rate(store, coach, goal.id, date(2026, 2, 12))

    refused = _refused_end(store, coach, engagement.id, date(2026, 2, 24))

    assert refused.field == "ended_on"
    assert refused.reason == (
        f"cannot be before the last rating of a goal, on 2026-02-25 (goal {goal.id})"
    )
    done = engagements.complete_engagement(
        store.unit_of_work(), coach.id, engagement.id, ended_on=date(2026, 2, 25)
    )
    assert done.engagement.ended_on == date(2026, 2, 25)


def test_a_session_held_after_the_last_rating_is_the_bound_named(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    goal = goals.add_goal(store.unit_of_work(), coach.id, engagement.client_id, title="Delegate")
    _rate(store, coach, goal.id, date(2026, 2, 12))
    make_session(
        store, coach, engagement, at=datetime(2026, 2, 24, 9, 0, tzinfo=UTC), status="held"
    )

    refused = _refused_end(store, coach, engagement.id, date(2026, 2, 11))

    assert refused.reason == "cannot be before the last session held, on 2026-02-24"


def test_only_the_engagements_own_goals_bound_its_end_date(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    other = make_engagement(store, coach)
    theirs = goals.add_goal(store.unit_of_work(), coach.id, other.client_id, title="Rest")
    _rate(store, coach, theirs.id, date(2026, 2, 25))

    done = engagements.complete_engagement(
        store.unit_of_work(), coach.id, engagement.id, ended_on=date(2026, 2, 10)
    )

    assert done.engagement.ended_on == date(2026, 2, 10)


def test_only_the_engagements_own_sessions_bound_its_end_date(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    # Another client's session held on the 24th: not a session of this engagement.
    other = make_engagement(store, coach)
    make_session(store, coach, other, at=datetime(2026, 2, 24, 9, 0, tzinfo=UTC), status="held")
    make_session(
        store, coach, engagement, at=datetime(2026, 2, 10, 9, 0, tzinfo=UTC), status="held"
    )

    done = engagements.complete_engagement(
        store.unit_of_work(), coach.id, engagement.id, ended_on=date(2026, 2, 10)
    )

    assert done.engagement.ended_on == date(2026, 2, 10)


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
