"""Recording an outcome changes what it names and keeps the rest: notice only
with a canceller and kept once recorded, notes and themes kept unless given, and
no way back to scheduled once the session's time has passed, nor into a diary
that would not take it as a booking."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

import pytest
from tests.factories import (
    make_cancelled_session,
    make_engagement,
    make_session,
    move_session,
)

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict, InvalidInput
from coachconn.core.markers import Marker
from coachconn.core.sessions import ChangedBy, SessionStatus, SessionView
from coachconn.services import coaches, engagements, sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db

E = TypeVar("E", bound=Exception)


def _refused(store: Store, coach: Coach, session: SessionView, error: type[E], **outcome: Any) -> E:
    """Recording ``outcome`` for ``session`` raises ``error`` (returned to look at) and
    leaves the session as ``session`` shows it."""
    with pytest.raises(error) as caught:
        sessions.record_session(store.unit_of_work(), coach.id, session.id, **outcome)
    assert sessions.get_session(store.unit_of_work(), coach.id, session.id) == session
    return caught.value


def test_notice_without_a_canceller_is_refused(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() - timedelta(hours=1))
    refusal = _refused(store, coach, planned, InvalidInput, status="held", notice_hours=4)
    assert refusal.field == "notice_hours"


def test_themes_are_kept_unless_given(store: Store, coach: Coach, clock: FixedClock) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(
        store,
        coach,
        engagement,
        at=clock() - timedelta(hours=2),
        status="held",
        themes=["delegation"],
    )
    renoted = sessions.record_session(
        store.unit_of_work(), coach.id, held.id, status="held", notes="Added after supervision."
    )
    assert renoted.themes == ("delegation",)
    assert renoted.notes == "Added after supervision."


def test_an_empty_list_clears_the_themes(store: Store, coach: Coach, clock: FixedClock) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(
        store, coach, engagement, at=clock() - timedelta(hours=2), status="held", themes=["sleep"]
    )
    cleared = sessions.record_session(
        store.unit_of_work(), coach.id, held.id, status="held", themes=[]
    )
    assert cleared.themes == ()
    assert sessions.get_session(store.unit_of_work(), coach.id, held.id).themes == ()


def test_a_held_session_cannot_go_back_to_scheduled(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(hours=2), status="held")
    refusal = _refused(store, coach, held, InvalidInput, status="scheduled")
    assert refusal.field == "status"
    assert held.status == SessionStatus.HELD


def test_a_cancellation_still_ahead_can_be_undone(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    cancelled = make_cancelled_session(
        store, coach, engagement, at=clock() + timedelta(days=2), changed_by="coach"
    )
    restored = sessions.record_session(
        store.unit_of_work(), coach.id, cancelled.id, status="scheduled"
    )
    assert restored.status == SessionStatus.SCHEDULED
    assert restored.changed_by is None and restored.notice_hours is None


def test_moving_is_refused_here_for_it_would_book_no_follow_up(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() + timedelta(days=1))
    with pytest.raises(InvalidInput) as caught:
        sessions.record_session(
            store.unit_of_work(), coach.id, planned.id, status="rescheduled", changed_by="client"
        )
    assert caught.value.field == "status"
    assert caught.value.reason == "a session is moved by rescheduling it, which books its new time"
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == [planned]


def test_markers_are_kept_unless_given(store: Store, coach: Coach, clock: FixedClock) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(
        store,
        coach,
        engagement,
        at=clock() - timedelta(hours=2),
        status="held",
        markers=["increased_openness"],
    )
    renoted = sessions.record_session(
        store.unit_of_work(), coach.id, held.id, status="held", notes="Edited."
    )
    assert renoted.markers == (Marker.INCREASED_OPENNESS,)
    replaced = sessions.record_session(
        store.unit_of_work(), coach.id, held.id, status="held", markers=["takes_risks"]
    )
    assert replaced.markers == (Marker.TAKES_RISKS,)
    cleared = sessions.record_session(
        store.unit_of_work(), coach.id, held.id, status="held", markers=[]
    )
    assert cleared.markers == ()


def test_a_session_cancelled_by_completing_its_engagement_cannot_be_put_back(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    ahead = make_session(store, coach, engagement, at=clock() + timedelta(days=3))
    engagements.set_engagement_status(
        store.unit_of_work(), coach.id, engagement.id, status="completed"
    )
    cancelled = sessions.get_session(store.unit_of_work(), coach.id, ahead.id)

    refusal = _refused(store, coach, cancelled, Conflict, status="scheduled")

    assert str(refusal) == (
        f"engagement {engagement.id} was completed on 2026-03-02: "
        "its sessions cannot be scheduled again"
    )


def test_a_cancellation_cannot_be_undone_into_a_time_booked_since(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    at = clock() + timedelta(days=3)
    first = make_cancelled_session(store, coach, engagement, at=at)
    other = make_session(store, coach, make_engagement(store, coach), at=at + timedelta(minutes=30))

    refusal = _refused(store, coach, first, Conflict, status="scheduled")

    assert str(refusal) == (
        f"session {other.id} is booked then (2026-03-05 09:30 UTC, 60 min); move or cancel it first"
    )


def test_a_cancellation_cannot_be_undone_onto_a_day_before_the_engagement(
    store: Store, coach: Coach
) -> None:
    engagement = make_engagement(store, coach, started_on=date(2026, 3, 3))
    at = datetime(2026, 3, 3, 0, 30, tzinfo=UTC)  # the first day, for a coach in UTC
    first = make_cancelled_session(store, coach, engagement, at=at, changed_by="coach")
    # The coach moves to New York, where that time is the evening before.
    coaches.update_coach(store.unit_of_work(), coach.id, timezone="America/New_York")

    refusal = _refused(store, coach, first, InvalidInput, status="scheduled")

    assert refusal.field == "status"
    assert refusal.reason == (
        "the session's day, 2026-03-02, is before the engagement started on 2026-03-03"
    )


def test_an_undone_cancellation_does_not_clash_with_itself(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    cancelled = make_cancelled_session(store, coach, engagement, at=clock() + timedelta(days=3))
    sessions.record_session(store.unit_of_work(), coach.id, cancelled.id, status="scheduled")
    sessions.record_session(
        store.unit_of_work(), coach.id, cancelled.id, status="cancelled", changed_by="client"
    )

    restored = sessions.record_session(
        store.unit_of_work(), coach.id, cancelled.id, status="scheduled"
    )

    assert restored.status == SessionStatus.SCHEDULED


@pytest.mark.parametrize("restated", [{}, {"status": "cancelled", "changed_by": "client"}])
def test_notes_added_to_a_cancellation_later_keep_its_notice(
    store: Store, coach: Coach, clock: FixedClock, restated: dict[str, str]
) -> None:
    engagement = make_engagement(store, coach)
    friday = clock() + timedelta(days=4)  # cancelled on Monday morning
    cancelled = make_cancelled_session(store, coach, engagement, at=friday)
    clock.set(friday - timedelta(hours=1))

    noted = sessions.record_session(
        store.unit_of_work(), coach.id, cancelled.id, notes="A family emergency.", **restated
    )

    assert noted.status == SessionStatus.CANCELLED
    assert (noted.changed_by, noted.notice_hours) == (ChangedBy.CLIENT, 96.0)
    assert noted.notes == "A family emergency."


def test_new_notice_or_canceller_given_for_a_cancellation_replaces_the_old(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    cancelled = make_cancelled_session(store, coach, engagement, at=clock() + timedelta(days=4))

    corrected = sessions.record_session(
        store.unit_of_work(), coach.id, cancelled.id, changed_by="coach", notice_hours=120
    )

    assert (corrected.changed_by, corrected.notice_hours) == (ChangedBy.COACH, 120.0)


def test_notes_can_be_added_to_a_moved_session_which_stays_moved(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() + timedelta(days=2))
    move_session(store, coach, planned, to=clock() + timedelta(days=3))

    noted = sessions.record_session(
        store.unit_of_work(), coach.id, planned.id, notes="Travelling that week."
    )

    assert noted.status == SessionStatus.RESCHEDULED
    assert (noted.changed_by, noted.notice_hours) == (ChangedBy.CLIENT, 48.0)
    assert noted.notes == "Travelling that week." and noted.replaced_by_id is not None


def test_blank_notes_clear_them_and_none_keeps_them(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(
        store, coach, engagement, at=clock() - timedelta(hours=2), status="held", notes="Draft."
    )
    kept = sessions.record_session(store.unit_of_work(), coach.id, held.id, themes=["sleep"])
    assert kept.notes == "Draft."

    cleared = sessions.record_session(store.unit_of_work(), coach.id, held.id, notes="  ")

    assert cleared.notes is None
    assert sessions.get_session(store.unit_of_work(), coach.id, held.id).notes is None


def test_recording_nothing_is_refused_and_changes_nothing(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(hours=2), status="held")
    clock.advance(hours=1)

    refusal = _refused(store, coach, held, InvalidInput)

    assert refusal.field == "status"
    assert refusal.reason == "nothing to record: give a status, notes, themes or markers"
