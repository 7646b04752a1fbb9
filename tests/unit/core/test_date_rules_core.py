"""Dates a user gives must fit the record: not ahead of now, not before it began."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coachconn.core.agreements import check_acknowledged_at
from coachconn.core.commitments import check_done_at, check_due_on
from coachconn.core.engagements import check_within
from coachconn.core.errors import InvalidInput
from coachconn.core.pins import check_bring_up_on
from coachconn.core.sessions import check_new_time, local_day

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
WRITTEN = NOW - timedelta(days=3)


def test_a_session_is_moved_to_a_time_still_ahead() -> None:
    check_new_time(NOW, WRITTEN, NOW)
    with pytest.raises(InvalidInput) as caught:
        check_new_time(NOW - timedelta(minutes=1), WRITTEN, NOW)
    assert caught.value.field == "new_time"


def test_a_session_is_not_moved_to_its_own_time() -> None:
    ahead = NOW + timedelta(days=2)
    with pytest.raises(InvalidInput) as caught:
        check_new_time(ahead, ahead, NOW)
    assert caught.value.reason == "is the session's own time: nothing would move"


@pytest.mark.parametrize("at", [NOW + timedelta(seconds=1), WRITTEN - timedelta(seconds=1)])
def test_an_acknowledgement_falls_between_writing_and_now(at: datetime) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_acknowledged_at(at, WRITTEN, NOW)
    assert caught.value.field == "at"


def test_an_acknowledgement_may_be_at_either_end() -> None:
    check_acknowledged_at(WRITTEN, WRITTEN, NOW)
    check_acknowledged_at(NOW, WRITTEN, NOW)


@pytest.mark.parametrize("done", [NOW + timedelta(hours=1), WRITTEN - timedelta(hours=1)])
def test_a_commitment_is_done_between_its_making_and_now(done: datetime) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_done_at(done, WRITTEN, NOW)
    assert caught.value.field == "done_at"
    check_done_at(WRITTEN + timedelta(days=1), WRITTEN, NOW)


def test_work_falls_within_the_engagement() -> None:
    start, end = date(2026, 1, 5), date(2026, 6, 30)
    check_within("scheduled_at", start, start, None)
    check_within("scheduled_at", end, start, end)
    for day in (start - timedelta(days=1), end + timedelta(days=1)):
        with pytest.raises(InvalidInput) as caught:
            check_within("scheduled_at", day, start, end)
        assert caught.value.field == "scheduled_at"


def test_the_day_is_counted_in_the_zone_given() -> None:
    late = datetime(2026, 1, 4, 19, 0, tzinfo=UTC)
    assert local_day(late, ZoneInfo("Pacific/Auckland")) == date(2026, 1, 5)
    assert local_day(late, UTC) == date(2026, 1, 4)


def test_a_commitment_falls_due_from_the_engagements_start_to_two_years_ahead() -> None:
    start, today = date(2026, 1, 5), date(2026, 3, 2)
    check_due_on(start, start, today)
    check_due_on(today + timedelta(days=731), start, today)
    with pytest.raises(InvalidInput) as caught:
        check_due_on(date(2020, 1, 1), start, today)
    assert str(caught.value) == "due_on: is before the engagement started on 2026-01-05"
    with pytest.raises(InvalidInput) as caught:
        check_due_on(today + timedelta(days=732), start, today)
    assert str(caught.value) == "due_on: is more than two years ahead (the latest is 2028-03-02)"


def test_a_pin_is_brought_up_from_today_to_two_years_ahead() -> None:
    today = date(2026, 3, 2)
    check_bring_up_on(today, today)
    check_bring_up_on(date(2028, 3, 2), today)
    with pytest.raises(InvalidInput) as caught:
        check_bring_up_on(date(2020, 1, 1), today)
    assert str(caught.value) == (
        "bring_up_on: is before today (2026-03-02): a pin is brought up today or later"
    )
    with pytest.raises(InvalidInput) as caught:
        check_bring_up_on(date(2028, 3, 3), today)
    assert caught.value.reason == "is more than two years ahead (the latest is 2028-03-02)"
