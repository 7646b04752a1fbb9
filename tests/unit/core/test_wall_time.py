"""Reading a time as it stands on a clock somewhere, and finding this machine's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from coachconn.core import validation as v
from coachconn.core.clock import system_zone
from coachconn.core.errors import InvalidInput


def test_a_time_without_offset_is_read_on_the_zones_clock() -> None:
    winter = v.wall_time("--at", datetime(2026, 12, 20, 10, 0), "Europe/Berlin")
    summer = v.wall_time("--at", datetime(2026, 6, 20, 10, 0), "Europe/Berlin")
    assert winter == datetime(2026, 12, 20, 9, 0, tzinfo=UTC)
    assert summer == datetime(2026, 6, 20, 8, 0, tzinfo=UTC)


def test_a_time_with_an_offset_keeps_it() -> None:
    given = datetime(2026, 12, 20, 10, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert v.wall_time("--at", given, "Europe/Berlin") == datetime(2026, 12, 20, 15, 0, tzinfo=UTC)


def test_a_time_the_clocks_skip_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        v.wall_time("--at", datetime(2026, 3, 29, 2, 30), "Europe/Berlin")
    assert caught.value.field == "--at"
    assert "does not exist in Europe/Berlin" in caught.value.reason


def test_a_time_the_clocks_pass_twice_is_refused_naming_both_offsets() -> None:
    with pytest.raises(InvalidInput) as caught:
        v.wall_time("--at", datetime(2026, 10, 25, 2, 30), "Europe/Berlin")
    assert caught.value.field == "--at"
    assert caught.value.reason == (
        "2026-10-25 02:30 happens twice in Europe/Berlin (the clocks go back): say which "
        "with its offset, '2026-10-25 02:30+02:00' (CEST, the first) or "
        "'2026-10-25 02:30+01:00' (CET, the second)"
    )


def test_either_time_the_clocks_pass_twice_is_taken_with_its_offset() -> None:
    first = datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=2)))
    second = datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=1)))
    assert v.wall_time("--at", first, "Europe/Berlin") == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert v.wall_time("--at", second, "Europe/Berlin") == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_the_hours_either_side_of_the_change_back_are_plain() -> None:
    before = v.wall_time("--at", datetime(2026, 10, 25, 1, 59), "Europe/Berlin")
    after = v.wall_time("--at", datetime(2026, 10, 25, 3, 0), "Europe/Berlin")
    assert before == datetime(2026, 10, 24, 23, 59, tzinfo=UTC)
    assert after == datetime(2026, 10, 25, 2, 0, tzinfo=UTC)


def test_an_offset_with_no_abbreviation_is_given_alone() -> None:
    # Lord Howe Island goes back half an hour; its zone has no letters for it.
    with pytest.raises(InvalidInput) as caught:
        v.wall_time("--at", datetime(2026, 4, 5, 1, 45), "Australia/Lord_Howe")
    assert "'2026-04-05 01:45+11:00' (the first)" in caught.value.reason
    assert "'2026-04-05 01:45+10:30' (the second)" in caught.value.reason


@pytest.mark.parametrize(
    ("typed", "zone", "shown"),
    [
        # Midnight of year 1 in Berlin is an hour before year 1 began in UTC.
        (datetime(1, 1, 1, 0, 0), "Europe/Berlin", "0001-01-01 00:00"),
        # The last minute of year 9999 in New York is year 10000 in UTC.
        (datetime(9999, 12, 31, 23, 59), "America/New_York", "9999-12-31 23:59"),
        (
            datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-14))),
            "UTC",
            "9999-12-31 23:59-14:00",
        ),
        (
            datetime(1, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1))),
            "UTC",
            "0001-01-01 00:30+01:00",
        ),
    ],
)
def test_a_time_whose_moment_in_utc_is_off_the_calendar_is_refused(
    typed: datetime, zone: str, shown: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.wall_time("--at", typed, zone)
    assert caught.value.field == "--at"
    assert caught.value.reason == f"{shown} is outside the calendar (years 1 to 9999, in UTC)"


def test_the_first_and_last_moments_utc_can_hold_are_taken() -> None:
    plus_one, minus_five = timezone(timedelta(hours=1)), timezone(timedelta(hours=-5))
    first = datetime(1, 1, 1, 1, 0, tzinfo=plus_one)
    last = datetime(9999, 12, 31, 18, 59, tzinfo=minus_five)
    assert v.wall_time("--at", first, "UTC") == datetime(1, 1, 1, 0, 0, tzinfo=UTC)
    assert v.wall_time("--at", last, "UTC") == datetime(9999, 12, 31, 23, 59, tzinfo=UTC)


@pytest.mark.parametrize(
    ("year", "month", "day", "reason"),
    [
        (2026, 2, 30, "2026-02-30 is not a date: February 2026 has 28 days"),
        (2027, 2, 29, "2027-02-29 is not a date: February 2027 has 28 days"),
        (2026, 4, 31, "2026-04-31 is not a date: April 2026 has 30 days"),
        (2026, 13, 1, "2026-13-01 is not a date: there is no month 13"),
        (2026, 5, 0, "2026-05-00 is not a date: May 2026 has 31 days"),
    ],
)
def test_a_date_not_on_the_calendar_says_why(year: int, month: int, day: int, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.calendar_date("--on", year, month, day)
    assert (caught.value.field, caught.value.reason) == ("--on", reason)


def test_a_date_on_the_calendar_is_that_date() -> None:
    assert v.calendar_date("--on", 2028, 2, 29) == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("hour", "minute", "reason"),
    [
        (24, 0, "24:00 is not a time of day: hours go from 0 to 23"),
        (9, 60, "9:60 is not a time of day: minutes go from 00 to 59"),
    ],
)
def test_a_time_not_on_the_clock_says_why(hour: int, minute: int, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.time_of_day("--at", hour, minute)
    assert caught.value.reason == reason


def test_a_blank_timezone_is_refused_not_forgotten() -> None:
    assert v.timezone_name("timezone", None) is None
    with pytest.raises(InvalidInput) as caught:
        v.timezone_name("timezone", "  ")
    assert caught.value.field == "timezone"


def test_the_machines_zone_is_its_iana_name_or_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert system_zone() == "Asia/Tokyo"
    monkeypatch.setenv("TZ", "not a zone")
    monkeypatch.setattr("coachconn.core.clock._localtime_link", lambda: "")
    assert system_zone() == "UTC"
