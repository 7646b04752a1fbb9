"""Scheduling sessions and recording what became of them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from tests.factories import make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict, InvalidInput, NotFound
from coachconn.core.markers import Marker
from coachconn.core.sessions import ChangedBy, SessionFormat, SessionStatus
from coachconn.services import sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_it_records_a_held_session_with_notes_markers_and_themes(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = sessions.schedule_session(
        store.unit_of_work(),
        coach.id,
        engagement.client_id,
        scheduled_at=clock() - timedelta(hours=2),
        duration_min=45,
        format="in_person",
    )
    held = sessions.record_session(
        store.unit_of_work(),
        coach.id,
        planned.id,
        status="held",
        notes="Named the fear of being seen as a fraud at the board.",
        markers=["increased_openness", "comfortable_silences"],
        themes=["Impostor feelings", "board"],
        expected_version=planned.version,
    )
    shown = sessions.get_session(store.unit_of_work(), coach.id, planned.id)
    assert shown == held
    assert shown.status == SessionStatus.HELD and shown.format == SessionFormat.IN_PERSON
    assert shown.markers == (Marker.INCREASED_OPENNESS, Marker.COMFORTABLE_SILENCES)
    assert shown.themes == ("impostor feelings", "board")
    assert shown.recorded_at == clock()


def test_a_late_cancellation_records_who_and_the_notice(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() + timedelta(hours=5))
    cancelled = sessions.record_session(
        store.unit_of_work(), coach.id, planned.id, status="cancelled", changed_by="client"
    )
    assert cancelled.changed_by == ChangedBy.CLIENT
    assert cancelled.notice_hours == 5.0


def test_it_moves_a_session_and_keeps_the_old_one_as_rescheduled(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() + timedelta(days=1))
    moved = sessions.reschedule_session(
        store.unit_of_work(),
        coach.id,
        planned.id,
        new_time=clock() + timedelta(days=8),
        changed_by="coach",
    )
    old = sessions.get_session(store.unit_of_work(), coach.id, planned.id)
    assert old.status == SessionStatus.RESCHEDULED and old.notice_hours == 24.0
    assert moved.status == SessionStatus.SCHEDULED
    assert moved.scheduled_at == clock() + timedelta(days=8)
    listed = sessions.list_sessions(store.unit_of_work(), coach.id, engagement.id)
    assert [s.id for s in listed] == [planned.id, moved.id]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"status": "postponed"}, "status"),
        ({"status": "cancelled"}, "changed_by"),
        ({"status": "held", "markers": ["felt_nice"]}, "markers"),
        ({"status": "no_show", "markers": ["decreased_engagement"]}, "markers"),
        ({"status": "cancelled", "changed_by": "client", "notice_hours": -3}, "notice_hours"),
    ],
)
def test_it_refuses_a_bad_outcome_and_changes_nothing(
    store: Store, coach: Coach, clock: FixedClock, changes: dict[str, object], field: str
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() - timedelta(hours=1))
    with pytest.raises(InvalidInput) as caught:
        sessions.record_session(store.unit_of_work(), coach.id, planned.id, **changes)
    assert caught.value.field == field
    assert sessions.get_session(store.unit_of_work(), coach.id, planned.id) == planned


def test_a_session_cannot_be_held_before_it_starts(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() + timedelta(days=1))
    with pytest.raises(InvalidInput, match="not started"):
        sessions.record_session(store.unit_of_work(), coach.id, planned.id, status="held")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"scheduled_at": datetime(2026, 3, 9, 10, 0)}, "scheduled_at"),
        ({"duration_min": 0}, "duration_min"),
        ({"format": "carrier_pigeon"}, "format"),
    ],
)
def test_it_refuses_a_bad_schedule(
    store: Store, coach: Coach, clock: FixedClock, changes: dict[str, object], field: str
) -> None:
    engagement = make_engagement(store, coach)
    values: dict[str, object] = {"scheduled_at": clock() + timedelta(days=7), **changes}
    with pytest.raises(InvalidInput) as caught:
        sessions.schedule_session(store.unit_of_work(), coach.id, engagement.client_id, **values)
    assert caught.value.field == field
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == []


def test_a_stale_record_is_a_conflict(store: Store, coach: Coach, clock: FixedClock) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() - timedelta(hours=1))
    uow = store.unit_of_work()
    sessions.record_session(uow, coach.id, planned.id, status="held", notes="first")
    with pytest.raises(Conflict):
        sessions.record_session(
            uow,
            coach.id,
            planned.id,
            status="held",
            notes="second",
            expected_version=planned.version,
        )
    assert sessions.get_session(uow, coach.id, planned.id).notes == "first"


def test_it_refuses_another_coachs_session(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() - timedelta(hours=1))
    uow = store.unit_of_work()
    with pytest.raises(NotFound):
        sessions.get_session(uow, other_coach.id, planned.id)
    with pytest.raises(NotFound):
        sessions.record_session(uow, other_coach.id, planned.id, status="held")
    with pytest.raises(NotFound):
        sessions.schedule_session(uow, other_coach.id, engagement.client_id, scheduled_at=clock())
    assert sessions.list_sessions(uow, other_coach.id) == []
