"""A client's engagements follow one another: a new one starts no earlier than the day
the previous one ended (that day itself is taken, for a renewal)."""

from __future__ import annotations

from datetime import date

import pytest

from coachconn.core.engagements import Previous, check_starts_after
from coachconn.core.errors import InvalidInput

PREVIOUS = Previous(id=7, started_on=date(2026, 1, 5), ended_on=date(2026, 6, 30))


def test_a_first_engagement_starts_on_any_day() -> None:
    check_starts_after(date(2020, 1, 1), None)


@pytest.mark.parametrize("day", [date(2026, 6, 30), date(2026, 7, 1), date(2027, 1, 4)])
def test_it_starts_on_the_day_the_previous_one_ended_or_later(day: date) -> None:
    check_starts_after(day, PREVIOUS)


@pytest.mark.parametrize(
    "day", [date(2026, 6, 29), date(2026, 3, 2), date(2026, 1, 5), date(2025, 12, 1)]
)
def test_a_start_before_the_previous_one_ended_is_refused(day: date) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_starts_after(day, PREVIOUS)

    assert caught.value.field == "started_on"


def test_the_refusal_names_the_previous_engagement_and_the_earliest_day() -> None:
    with pytest.raises(InvalidInput) as caught:
        check_starts_after(date(2026, 6, 29), PREVIOUS)

    assert caught.value.reason == (
        "is before the client's previous engagement 7 ended (it ran from 2026-01-05 to "
        "2026-06-30); the earliest is 2026-06-30, the day it ended"
    )


def test_an_engagement_of_one_day_is_followed_from_that_day() -> None:
    one_day = Previous(id=3, started_on=date(2026, 3, 2), ended_on=date(2026, 3, 2))

    check_starts_after(date(2026, 3, 2), one_day)
    with pytest.raises(InvalidInput):
        check_starts_after(date(2026, 3, 1), one_day)
