"""A day named from today, as the command line takes it: a word or a signed count of
days or weeks; anything else is left to be read as a date."""

from __future__ import annotations

import pytest

from coachconn.core.errors import InvalidInput
from coachconn.core.validation import DAYS_AWAY_MAX, days_from_today


@pytest.mark.parametrize(
    ("typed", "days"),
    [
        ("today", 0),
        ("tomorrow", 1),
        ("yesterday", -1),
        ("Tomorrow", 1),
        (" TODAY ", 0),
        ("+0d", 0),
        ("+1d", 1),
        ("+7d", 7),
        ("-3d", -3),
        ("+1w", 7),
        ("-2W", -14),
        ("+9999d", 9999),
        ("-9999w", -9999 * 7),
    ],
)
def test_a_day_from_today_is_a_count_of_days(typed: str, days: int) -> None:
    assert days_from_today("--due", typed) == days


@pytest.mark.parametrize(
    "typed",
    ["2026-12-07", "7d", "+7", "+7days", "+ 7d", "+7m", "+1.5w", "next monday", "+٧d", ""],
)
def test_anything_else_is_left_to_be_read_as_a_date(typed: str) -> None:
    assert days_from_today("--due", typed) is None


@pytest.mark.parametrize("typed", ["+10000d", "-10000w", "+99999999999999999999d"])
def test_a_count_past_the_most_is_refused_by_name(typed: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        days_from_today("--at", typed)

    assert caught.value.field == "--at"
    assert caught.value.reason == (
        f"{typed} is too far from today: at most {DAYS_AWAY_MAX} days or weeks"
    )
