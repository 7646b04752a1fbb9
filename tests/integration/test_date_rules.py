"""The services refuse dates that cannot be true and change nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tests.factories import make_client, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.commitments import CommitmentStatus
from coachconn.core.errors import InvalidInput
from coachconn.services import agreements, coaches, commitments, engagements, pins, sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_a_session_cannot_be_moved_into_the_past(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() + timedelta(days=1))
    with pytest.raises(InvalidInput) as caught:
        sessions.reschedule_session(
            store.unit_of_work(),
            coach.id,
            planned.id,
            new_time=clock() - timedelta(days=1),
            changed_by="client",
        )
    assert caught.value.field == "new_time"
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == [planned]


@pytest.mark.parametrize("offset", [timedelta(days=1), timedelta(days=-1)])
def test_an_acknowledgement_cannot_be_ahead_of_now_or_before_the_version(
    store: Store, coach: Coach, clock: FixedClock, offset: timedelta
) -> None:
    engagement = make_engagement(store, coach)
    version = agreements.set_agreement(
        store.unit_of_work(), coach.id, engagement.client_id, kind="working", text="Say when stuck."
    )
    clock.advance(hours=2)
    with pytest.raises(InvalidInput) as caught:
        agreements.acknowledge_agreement(
            store.unit_of_work(), coach.id, version.id, at=version.created_at + offset
        )
    assert caught.value.field == "at"
    shown = agreements.get_agreement_version(store.unit_of_work(), coach.id, version.id)
    assert shown.acknowledged_at is None


def test_an_acknowledgement_can_be_dated_back_to_when_it_was_given(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    version = agreements.set_agreement(
        store.unit_of_work(), coach.id, engagement.client_id, kind="working", text="Say when stuck."
    )
    given = clock() + timedelta(hours=1)
    clock.advance(days=2)
    acked = agreements.acknowledge_agreement(store.unit_of_work(), coach.id, version.id, at=given)
    assert acked.acknowledged_at == given


@pytest.mark.parametrize("offset", [timedelta(days=1), timedelta(days=-1)])
def test_a_commitment_cannot_be_done_ahead_of_now_or_before_it_was_made(
    store: Store, coach: Coach, clock: FixedClock, offset: timedelta
) -> None:
    engagement = make_engagement(store, coach)
    made = commitments.add_commitment(
        store.unit_of_work(),
        coach.id,
        engagement.client_id,
        owner="client",
        text="Book the skip-level.",
    )
    clock.advance(hours=2)
    with pytest.raises(InvalidInput) as caught:
        commitments.complete_commitment(
            store.unit_of_work(), coach.id, made.id, done_at=made.created_at + offset
        )
    assert caught.value.field == "done_at"
    shown = commitments.get_commitment(store.unit_of_work(), coach.id, made.id)
    assert shown.status == CommitmentStatus.OPEN


def test_a_commitment_can_be_dated_back_to_when_it_was_done(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    made = commitments.add_commitment(
        store.unit_of_work(),
        coach.id,
        engagement.client_id,
        owner="coach",
        text="Send the reading.",
    )
    done = clock() + timedelta(hours=3)
    clock.advance(days=4)
    shown = commitments.complete_commitment(store.unit_of_work(), coach.id, made.id, done_at=done)
    assert shown.done_at == done and shown.closed_at == clock()


@pytest.mark.parametrize("days_before_start", [1, 30])
def test_a_session_cannot_be_booked_before_the_engagement_started(
    store: Store, coach: Coach, days_before_start: int
) -> None:
    engagement = make_engagement(store, coach, started_on=date(2026, 1, 5))
    at = datetime(2026, 1, 5, 10, 0, tzinfo=UTC) - timedelta(days=days_before_start)
    with pytest.raises(InvalidInput) as caught:
        sessions.schedule_session(
            store.unit_of_work(), coach.id, engagement.client_id, scheduled_at=at
        )
    assert caught.value.field == "scheduled_at"
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == []


@pytest.mark.parametrize("client_zone", [None, "Europe/Lisbon", "Asia/Tokyo"])
def test_a_session_on_the_morning_the_engagement_started_is_taken(
    store: Store, coach: Coach, clock: FixedClock, client_zone: str | None
) -> None:
    coaches.update_coach(store.unit_of_work(), coach.id, timezone="Asia/Tokyo")
    clock.set(datetime(2026, 3, 1, 23, 0, tzinfo=UTC))  # 08:00 on 2 March in Tokyo
    client = make_client(store, coach, timezone=client_zone)
    started = engagements.start_engagement(store.unit_of_work(), coach.id, client.id)
    at = datetime(2026, 3, 1, 23, 45, tzinfo=UTC)  # 08:45 in Tokyo; 1 March in UTC and Lisbon

    booked = sessions.schedule_session(store.unit_of_work(), coach.id, client.id, scheduled_at=at)

    assert started.started_on == date(2026, 3, 2)
    assert booked.scheduled_at == at


def test_the_first_day_counts_in_the_coachs_calendar_not_the_clients(
    store: Store, coach: Coach
) -> None:
    client = make_client(store, coach, timezone="Pacific/Auckland")
    engagement = make_engagement(store, coach, client, started_on=date(2026, 1, 5))
    # 08:00 on 5 January in Auckland, but the evening of the 4th for the coach, in UTC.
    at = datetime(2026, 1, 4, 19, 0, tzinfo=UTC)

    with pytest.raises(InvalidInput) as caught:
        sessions.schedule_session(
            store.unit_of_work(), coach.id, engagement.client_id, scheduled_at=at
        )

    assert caught.value.field == "scheduled_at"
    assert caught.value.reason == "is before the engagement started on 2026-01-05"
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == []


def test_a_commitment_cannot_fall_due_before_its_engagement_started(
    store: Store, coach: Coach
) -> None:
    engagement = make_engagement(store, coach, started_on=date(2025, 9, 1))
    with pytest.raises(InvalidInput) as caught:
        commitments.add_commitment(
            store.unit_of_work(), coach.id, engagement.client_id, owner="client", text="Call Sam",
            due_on=date(2020, 1, 1),
        )  # fmt: skip
    assert str(caught.value) == "due_on: is before the engagement started on 2025-09-01"
    assert commitments.list_commitments(store.unit_of_work(), coach.id) == []
    # Its first day is taken, and a day already past: it may be recorded late.
    made = commitments.add_commitment(
        store.unit_of_work(), coach.id, engagement.client_id, owner="client", text="Call Sam",
        due_on=date(2025, 9, 1),
    )  # fmt: skip
    assert made.due_on == date(2025, 9, 1) and made.overdue


@pytest.mark.parametrize("day", [date(2028, 3, 3), date(2031, 1, 1)])
def test_dates_ahead_stop_where_bookings_do_two_years_on(
    store: Store, coach: Coach, clock: FixedClock, day: date
) -> None:
    client = make_client(store, coach)
    # Today is 2 March 2026; a session is booked no later than 2 March 2028.
    with pytest.raises(InvalidInput) as caught:
        engagements.start_engagement(store.unit_of_work(), coach.id, client.id, started_on=day)
    assert (
        str(caught.value) == "started_on: is more than two years ahead (the latest is 2028-03-02)"
    )
    assert engagements.list_engagements(store.unit_of_work(), coach.id) == []

    engagement = make_engagement(store, coach, client)
    with pytest.raises(InvalidInput) as caught:
        commitments.add_commitment(
            store.unit_of_work(), coach.id, engagement.client_id, owner="coach",
            text="Send the notes", due_on=day,
        )  # fmt: skip
    assert str(caught.value) == "due_on: is more than two years ahead (the latest is 2028-03-02)"
    with pytest.raises(InvalidInput) as caught:
        pins.add_pin(store.unit_of_work(), coach.id, client.id, text="Ask", bring_up_on=day)
    assert caught.value.field == "bring_up_on"
    assert commitments.list_commitments(store.unit_of_work(), coach.id) == []
    assert pins.list_pins(store.unit_of_work(), coach.id, client.id) == []


def test_an_engagement_may_start_up_to_two_years_ahead(store: Store, coach: Coach) -> None:
    client = make_client(store, coach)
    started = engagements.start_engagement(
        store.unit_of_work(), coach.id, client.id, started_on=date(2028, 3, 2)
    )
    assert started.started_on == date(2028, 3, 2)


def test_a_pin_is_not_brought_up_on_a_day_already_gone(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    client = make_client(store, coach)
    make_engagement(store, coach, client, started_on=date(2025, 9, 1))
    for day in (date(2020, 1, 1), date(2026, 3, 1)):
        with pytest.raises(InvalidInput) as caught:
            pins.add_pin(store.unit_of_work(), coach.id, client.id, text="Ask", bring_up_on=day)
        assert str(caught.value) == (
            "bring_up_on: is before today (2026-03-02): a pin is brought up today or later"
        )
    assert pins.list_pins(store.unit_of_work(), coach.id, client.id, include_resolved=True) == []
    today = pins.add_pin(
        store.unit_of_work(), coach.id, client.id, text="Ask", bring_up_on=clock().date()
    )
    assert today.bring_up_on == date(2026, 3, 2)


def test_a_pins_today_is_the_coachs(store: Store, coach: Coach, clock: FixedClock) -> None:
    coaches.update_coach(store.unit_of_work(), coach.id, timezone="Asia/Tokyo")
    clock.set(datetime(2026, 3, 1, 23, 0, tzinfo=UTC))  # 08:00 on 2 March in Tokyo
    client = make_client(store, coach)
    with pytest.raises(InvalidInput, match=r"before today \(2026-03-02\)"):
        pins.add_pin(
            store.unit_of_work(), coach.id, client.id, text="Ask", bring_up_on=date(2026, 3, 1)
        )
