"""Recording an outcome changes what it names and keeps the rest: notice only
with a canceller, themes kept unless given, and no way back to scheduled once
the session's time has passed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.factories import make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import InvalidInput
from coachconn.core.markers import Marker
from coachconn.core.sessions import SessionStatus
from coachconn.services import sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_notice_without_a_canceller_is_refused(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() - timedelta(hours=1))
    with pytest.raises(InvalidInput) as caught:
        sessions.record_session(
            store.unit_of_work(), coach.id, planned.id, status="held", notice_hours=4
        )
    assert caught.value.field == "notice_hours"
    assert sessions.get_session(store.unit_of_work(), coach.id, planned.id) == planned


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
    with pytest.raises(InvalidInput) as caught:
        sessions.record_session(store.unit_of_work(), coach.id, held.id, status="scheduled")
    assert caught.value.field == "status"
    shown = sessions.get_session(store.unit_of_work(), coach.id, held.id)
    assert shown.status == SessionStatus.HELD


def test_a_cancellation_still_ahead_can_be_undone(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    cancelled = make_session(
        store,
        coach,
        engagement,
        at=clock() + timedelta(days=2),
        status="cancelled",
        changed_by="coach",
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
