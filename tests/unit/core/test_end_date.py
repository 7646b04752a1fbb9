"""An engagement's end date: a day from its last session that took place (held, or
with a transcript) or its start, up to the coach's today; a refusal names the bound."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from coachconn.core.engagements import Rated, TookPlace, end_date
from coachconn.core.errors import InvalidInput

STARTED = date(2026, 2, 1)
HELD = date(2026, 2, 20)
TODAY = date(2026, 3, 2)


def _end(
    ended_on: object,
    *,
    last_held: date | None = HELD,
    last_rated: Rated | None = None,
    took_place: TookPlace | None = None,
) -> date:
    return end_date(
        ended_on,
        started_on=STARTED,
        today=TODAY,
        last_held=last_held,
        last_rated=last_rated,
        took_place=took_place,
    )


def _refused(
    ended_on: object,
    *,
    last_held: date | None = HELD,
    last_rated: Rated | None = None,
    took_place: TookPlace | None = None,
) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        _end(ended_on, last_held=last_held, last_rated=last_rated, took_place=took_place)
    assert caught.value.field == "ended_on"
    return caught.value


def test_it_ends_today_unless_told_otherwise() -> None:
    assert _end(None) == TODAY


@pytest.mark.parametrize("day", [HELD, date(2026, 2, 25), TODAY])
def test_a_day_from_the_last_session_held_to_today_is_taken(day: date) -> None:
    assert _end(day) == day


def test_the_day_after_today_is_refused_naming_today() -> None:
    refused = _refused(date(2026, 3, 3))

    assert refused.reason == (
        "cannot be after today (2026-03-02): sessions still ahead are cancelled "
        "when it is completed"
    )


def test_the_day_before_the_last_session_held_is_refused_naming_its_day() -> None:
    refused = _refused(date(2026, 2, 19))

    assert refused.reason == "cannot be before the last session held, on 2026-02-20"


def test_with_no_session_held_it_may_end_on_the_day_it_started() -> None:
    assert _end(STARTED, last_held=None) == STARTED


def test_the_day_before_it_started_is_refused_naming_the_start() -> None:
    refused = _refused(date(2026, 1, 31), last_held=None)

    assert refused.reason == "cannot be before the engagement started on 2026-02-01"


def test_a_day_before_the_start_names_the_start_even_with_a_session_held() -> None:
    assert _refused(date(2026, 1, 31)).reason.startswith("cannot be before the engagement")


def test_a_session_that_took_place_unrecorded_is_a_bound_too() -> None:
    took_place = TookPlace(7, date(2026, 2, 24))

    assert _end(date(2026, 2, 24), took_place=took_place) == date(2026, 2, 24)
    refused = _refused(date(2026, 2, 23), took_place=took_place)
    assert refused.reason == (
        "cannot be before session 7 on 2026-02-24, which has a transcript, so it took "
        "place: record it as held, or end the engagement on 2026-02-24 or later"
    )


def test_the_last_session_held_is_named_before_one_that_took_place() -> None:
    refused = _refused(date(2026, 2, 10), took_place=TookPlace(7, date(2026, 2, 24)))

    assert refused.reason == "cannot be before the last session held, on 2026-02-20"


def test_the_day_before_the_last_rating_is_refused_naming_its_day_and_goal() -> None:
    rated = Rated(5, date(2026, 2, 25))

    assert _end(date(2026, 2, 25), last_rated=rated) == date(2026, 2, 25)
    refused = _refused(date(2026, 2, 24), last_rated=rated)
    assert refused.reason == "cannot be before the last rating of a goal, on 2026-02-25 (goal 5)"


def test_a_rating_is_a_bound_with_no_session_held() -> None:
    refused = _refused(date(2026, 2, 9), last_held=None, last_rated=Rated(5, date(2026, 2, 10)))

    assert refused.reason == "cannot be before the last rating of a goal, on 2026-02-10 (goal 5)"


@pytest.mark.parametrize(
    ("rated_on", "named"),
    [
        (date(2026, 2, 25), "the last rating of a goal, on 2026-02-25 (goal 5)"),
        (date(2026, 2, 12), "the last session held, on 2026-02-20"),
        (HELD, "the last session held, on 2026-02-20"),
    ],
)
def test_the_later_of_the_last_session_held_and_the_last_rating_is_named(
    rated_on: date, named: str
) -> None:
    refused = _refused(date(2026, 2, 10), last_rated=Rated(5, rated_on))

    assert refused.reason == f"cannot be before {named}"


@pytest.mark.parametrize("given", ["2026-02-25", datetime(2026, 2, 25, 9, 0), 20260225])
def test_an_end_date_that_is_not_a_date_is_refused(given: object) -> None:
    assert _refused(given).reason == "must be a date"
