"""What a completed engagement still takes: no new work (sessions, commitments,
agreements, goals, ratings), but what was left open in it can be closed, and what
became of its past sessions recorded, within its dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from tests.factories import make_client, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.commitments import CommitmentStatus
from coachconn.core.engagements import EngagementView
from coachconn.core.errors import Conflict, InvalidInput
from coachconn.core.sessions import SessionStatus
from coachconn.services import commitments, engagements, goals, pins, sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def _complete(store: Store, coach: Coach, engagement: EngagementView, on: date) -> None:
    engagements.set_engagement_status(
        store.unit_of_work(), coach.id, engagement.id, status="completed", ended_on=on
    )


def test_a_completed_engagements_goals_take_no_more_ratings(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    goal = goals.add_goal(store.unit_of_work(), coach.id, engagement.client_id, title="Speak first")
    goals.rate_goal(store.unit_of_work(), coach.id, goal.id, rating=4, rated_on=date(2026, 2, 1))
    _complete(store, coach, engagement, date(2026, 2, 27))
    clock.advance(days=3)

    # Today, after it ended, is refused by its day; a day within it, as the engagement's
    # work: rated before completing or not at all.
    for day in (None, date(2026, 2, 28)):
        with pytest.raises(InvalidInput) as after:
            goals.rate_goal(store.unit_of_work(), coach.id, goal.id, rating=7, rated_on=day)
        assert after.value.field == "rated_on"
        assert after.value.reason == (
            f"{day or date(2026, 3, 5)} is after engagement {engagement.id} ended on "
            "2026-02-27: a completed engagement takes no new work"
        )
    for day in (date(2026, 2, 27), date(2026, 2, 20)):
        with pytest.raises(Conflict) as within:
            goals.rate_goal(store.unit_of_work(), coach.id, goal.id, rating=7, rated_on=day)
        assert str(within.value) == f"engagement {engagement.id} is completed"
    shown = goals.get_goal(store.unit_of_work(), coach.id, goal.id)
    assert [(r.rated_on, r.rating) for r in shown.ratings] == [(date(2026, 2, 1), 4)]


def test_a_completed_engagement_takes_no_session_after_its_end(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    _complete(store, coach, engagement, date(2026, 2, 27))

    def book(at: datetime) -> None:
        sessions.schedule_session(
            store.unit_of_work(), coach.id, engagement.client_id, engagement_id=engagement.id,
            scheduled_at=at,
        )  # fmt: skip

    with pytest.raises(InvalidInput) as after:
        book(datetime(2026, 3, 4, 9, 0, tzinfo=UTC))
    with pytest.raises(Conflict) as within:
        book(datetime(2026, 2, 20, 9, 0, tzinfo=UTC))

    assert after.value.field == "scheduled_at"
    assert after.value.reason == (
        f"2026-03-04 is after engagement {engagement.id} ended on 2026-02-27: "
        "a completed engagement takes no new work"
    )
    assert str(within.value) == f"engagement {engagement.id} is completed"
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == []


def test_a_session_left_to_record_is_not_moved_past_the_end(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    left = make_session(store, coach, engagement, at=datetime(2026, 2, 24, 9, 0, tzinfo=UTC))
    _complete(store, coach, engagement, date(2026, 2, 27))
    diary = sessions.list_sessions(store.unit_of_work(), coach.id)

    with pytest.raises(InvalidInput) as caught:
        sessions.reschedule_session(
            store.unit_of_work(), coach.id, left.id, changed_by="client",
            new_time=datetime(2026, 3, 9, 9, 0, tzinfo=UTC),
        )  # fmt: skip

    assert caught.value.field == "new_time"
    assert caught.value.reason.startswith(
        f"2026-03-09 is after engagement {engagement.id} ended on 2026-02-27"
    )
    assert [s.id for s in diary] == [left.id]
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == diary


def test_a_completed_engagement_takes_no_new_goals_or_commitments(
    store: Store, coach: Coach
) -> None:
    engagement = make_engagement(store, coach)
    _complete(store, coach, engagement, date(2026, 2, 27))

    with pytest.raises(Conflict, match=f"engagement {engagement.id} is completed"):
        goals.add_goal(
            store.unit_of_work(), coach.id, engagement.client_id, engagement_id=engagement.id,
            title="Sleep",
        )  # fmt: skip
    with pytest.raises(Conflict, match=f"client {engagement.client_id} has no open engagement"):
        goals.add_goal(store.unit_of_work(), coach.id, engagement.client_id, title="Sleep")
    with pytest.raises(Conflict, match=f"engagement {engagement.id} is completed"):
        commitments.add_commitment(
            store.unit_of_work(), coach.id, engagement.client_id, engagement_id=engagement.id,
            owner="client", text="Call Sam",
        )  # fmt: skip
    with pytest.raises(Conflict, match=f"client {engagement.client_id} has no open engagement"):
        commitments.add_commitment(
            store.unit_of_work(), coach.id, engagement.client_id, owner="client", text="Call Sam"
        )
    assert goals.list_goals(store.unit_of_work(), coach.id, engagement.client_id).goals == ()
    assert commitments.list_commitments(store.unit_of_work(), coach.id) == []


def test_its_open_commitments_can_still_be_done_or_dropped(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    kept, let_go = (
        commitments.add_commitment(
            store.unit_of_work(), coach.id, engagement.client_id, owner=owner, text="Follow up"
        )
        for owner in ("client", "coach")
    )
    _complete(store, coach, engagement, date(2026, 3, 2))
    clock.advance(days=5)  # the client wrote to say it was done after the last session

    done = commitments.complete_commitment(store.unit_of_work(), coach.id, kept.id)
    dropped = commitments.drop_commitment(store.unit_of_work(), coach.id, let_go.id)

    assert (done.status, done.done_at) == (CommitmentStatus.DONE, clock())
    assert dropped.status == CommitmentStatus.DROPPED
    assert not any(c.overdue for c in commitments.list_commitments(store.unit_of_work(), coach.id))


def test_a_clients_pins_outlive_the_engagement(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    client = make_client(store, coach)
    engagement = make_engagement(store, coach, client)
    _complete(store, coach, engagement, date(2026, 3, 2))

    pin = pins.add_pin(
        store.unit_of_work(), coach.id, client.id, text="Ask about the new role",
        bring_up_on=date(2026, 9, 1),
    )  # fmt: skip
    resolved = pins.resolve_pin(store.unit_of_work(), coach.id, pin.id)

    assert resolved.resolved


def test_a_session_after_the_end_cannot_be_recorded_as_held(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    last = make_session(store, coach, engagement, at=datetime(2026, 2, 24, 9, 0, tzinfo=UTC))
    after = make_session(store, coach, engagement, at=datetime(2026, 2, 28, 9, 0, tzinfo=UTC))
    _complete(store, coach, engagement, date(2026, 2, 27))  # past: neither was cancelled
    before = sessions.get_session(store.unit_of_work(), coach.id, after.id)

    with pytest.raises(InvalidInput) as caught:
        sessions.record_session(store.unit_of_work(), coach.id, after.id, status="held")

    # An engagement ends no earlier than its last session held, whichever is recorded first.
    assert str(caught.value) == (
        "status: the session's day, 2026-02-28, is after the engagement ended on 2026-02-27"
    )
    assert sessions.get_session(store.unit_of_work(), coach.id, after.id) == before
    # What became of a session within its dates is still recorded, and one after them
    # may be recorded as not having taken place.
    held = sessions.record_session(store.unit_of_work(), coach.id, last.id, status="held")
    missed = sessions.record_session(store.unit_of_work(), coach.id, after.id, status="no_show")
    assert (held.status, missed.status) == (SessionStatus.HELD, SessionStatus.NO_SHOW)
    shown = engagements.get_engagement(store.unit_of_work(), coach.id, engagement.id)
    assert shown.sessions_held == 1
