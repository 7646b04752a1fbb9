"""The services refuse dates that cannot be true and change nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tests.factories import make_client, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.commitments import CommitmentStatus
from coachconn.core.errors import InvalidInput
from coachconn.services import agreements, coaches, commitments, engagements, sessions
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
        store.unit_of_work(), coach.id, engagement.id, kind="working", text="Say when stuck."
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
        store.unit_of_work(), coach.id, engagement.id, kind="working", text="Say when stuck."
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
        store.unit_of_work(), coach.id, engagement.id, owner="client", text="Book the skip-level."
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
        store.unit_of_work(), coach.id, engagement.id, owner="coach", text="Send the reading."
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
        sessions.schedule_session(store.unit_of_work(), coach.id, engagement.id, scheduled_at=at)
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

    booked = sessions.schedule_session(store.unit_of_work(), coach.id, started.id, scheduled_at=at)

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
        sessions.schedule_session(store.unit_of_work(), coach.id, engagement.id, scheduled_at=at)

    assert caught.value.field == "scheduled_at"
    assert caught.value.reason == "is before the engagement started on 2026-01-05"
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == []
