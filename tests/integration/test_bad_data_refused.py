"""Values that look plausible to a parser but not to a coach are refused, and
nothing changes: far-future bookings, double bookings, notice that contradicts
the calendar, ratings before the work began, and text with control characters."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest
from tests.factories import make_client, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict, InvalidInput
from coachconn.services import clients, goals, notes, sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_a_booking_more_than_two_years_ahead_is_refused(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    with pytest.raises(InvalidInput) as caught:
        sessions.schedule_session(
            store.unit_of_work(),
            coach.id,
            engagement.client_id,
            scheduled_at=datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
        )
    assert caught.value.field == "scheduled_at"
    # The last time taken, in the coach's timezone: two years and a day after now.
    assert caught.value.reason.startswith("is more than two years ahead (the latest is 2028-03-0")
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == []


def test_a_double_booking_is_a_conflict_naming_the_other_session(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    first = make_engagement(store, coach)
    second = make_engagement(store, coach, make_client(store, coach, preferred_name="Sam"))
    at = clock() + timedelta(days=2)
    booked = make_session(store, coach, first, at=at)

    with pytest.raises(Conflict) as caught:
        make_session(store, coach, second, at=at + timedelta(minutes=30))

    assert f"session {booked.id} is booked then" in str(caught.value)
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == [booked]
    back_to_back = make_session(store, coach, second, at=at + timedelta(minutes=60))
    assert back_to_back.scheduled_at == at + timedelta(hours=1)


def test_another_coachs_diary_does_not_count(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock
) -> None:
    at = clock() + timedelta(days=2)
    make_session(store, coach, make_engagement(store, coach), at=at)
    theirs = make_engagement(store, other_coach)
    assert make_session(store, other_coach, theirs, at=at).scheduled_at == at


def test_a_session_is_not_moved_to_its_own_time(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    planned = make_session(
        store, coach, make_engagement(store, coach), at=clock() + timedelta(days=2)
    )
    with pytest.raises(InvalidInput) as caught:
        sessions.reschedule_session(
            store.unit_of_work(),
            coach.id,
            planned.id,
            new_time=planned.scheduled_at,
            changed_by="client",
        )
    assert caught.value.field == "new_time"
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == [planned]


def test_notice_less_than_the_hours_still_left_is_refused(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    planned = make_session(
        store, coach, make_engagement(store, coach), at=clock() + timedelta(hours=265)
    )
    with pytest.raises(InvalidInput) as caught:
        sessions.record_session(
            store.unit_of_work(),
            coach.id,
            planned.id,
            status="cancelled",
            changed_by="client",
            notice_hours=30,
        )
    assert caught.value.field == "notice_hours"
    assert "265 hours still left" in caught.value.reason
    assert sessions.get_session(store.unit_of_work(), coach.id, planned.id) == planned


@pytest.mark.parametrize("bad", [math.nan, math.inf, 1e308, -1])
def test_notice_must_be_a_sensible_number(
    store: Store, coach: Coach, clock: FixedClock, bad: float
) -> None:
    planned = make_session(
        store, coach, make_engagement(store, coach), at=clock() - timedelta(hours=3)
    )
    with pytest.raises(InvalidInput) as caught:
        sessions.record_session(
            store.unit_of_work(),
            coach.id,
            planned.id,
            status="cancelled",
            changed_by="client",
            notice_hours=bad,
        )
    assert caught.value.field == "notice_hours"


def test_a_held_session_cannot_be_recorded_as_cancelled(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    held = make_session(
        store,
        coach,
        make_engagement(store, coach),
        at=clock() - timedelta(hours=3),
        status="held",
        notes="Good session.",
        markers=["deeper_insights"],
    )
    with pytest.raises(Conflict, match="recorded as held"):
        sessions.record_session(
            store.unit_of_work(), coach.id, held.id, status="cancelled", changed_by="client"
        )
    assert sessions.get_session(store.unit_of_work(), coach.id, held.id) == held


def test_a_rating_before_the_engagement_started_is_refused(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach, started_on=clock().date() - timedelta(days=10))
    goal = goals.add_goal(store.unit_of_work(), coach.id, engagement.client_id, title="Rest")
    with pytest.raises(InvalidInput) as caught:
        goals.rate_goal(
            store.unit_of_work(),
            coach.id,
            goal.id,
            rating=5,
            rated_on=clock().date() - timedelta(days=11),
        )
    assert caught.value.field == "rated_on"
    assert "before the engagement started" in caught.value.reason


@pytest.mark.parametrize("name", ["Ana\nRuiz", "Ana \x1b[31mRuiz", "Ana\tRuiz"])
def test_a_name_is_one_line_without_control_characters(
    store: Store, coach: Coach, name: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        clients.add_client(store.unit_of_work(), coach.id, preferred_name=name)
    assert caught.value.field == "preferred_name"
    assert clients.list_clients(store.unit_of_work(), coach.id) == []


def test_notes_keep_their_lines_but_not_escape_sequences(store: Store, coach: Coach) -> None:
    client = make_client(store, coach)
    kept = notes.add_note(
        store.unit_of_work(), coach.id, client.id, text="First line\r\nSecond line"
    )
    assert kept.text == "First line\nSecond line"
    with pytest.raises(InvalidInput) as caught:
        notes.add_note(store.unit_of_work(), coach.id, client.id, text="\x1b[2Jcleared")
    assert caught.value.field == "text"


def test_an_empty_theme_is_refused(store: Store, coach: Coach, clock: FixedClock) -> None:
    planned = make_session(
        store, coach, make_engagement(store, coach), at=clock() - timedelta(hours=3)
    )
    with pytest.raises(InvalidInput) as caught:
        sessions.record_session(
            store.unit_of_work(), coach.id, planned.id, status="held", themes=[""]
        )
    assert caught.value.field == "themes"
