"""A day on the command line may be counted from today (``tomorrow``, ``+7d``, ``-2w``),
in a date option and in a time (``+7d 09:00``); today is the coach's, in their
timezone."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from tests.cli.conftest import Ran, RunCli, engage

from coachconn.cli._common import (
    TIME_FORMS,
    TypedDay,
    TypedTime,
    parse_date,
    parse_datetime,
)
from coachconn.core.errors import InvalidInput

PLUS_ONE = timezone(timedelta(hours=1))
# Fourteen hours ahead of UTC and eleven behind: their days differ all day long.
EAST, WEST = "Pacific/Kiritimati", "Pacific/Pago_Pago"


def _json(ran: Ran) -> Any:
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def _today(zone: str) -> date:
    """Today where ``zone`` is (the CLI uses the real clock)."""
    return datetime.now(ZoneInfo(zone)).date()


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2026-12-07", TypedDay(date(2026, 12, 7))),
        ("today", TypedDay(None, 0)),
        ("tomorrow", TypedDay(None, 1)),
        ("+7d", TypedDay(None, 7)),
        ("-2w", TypedDay(None, -14)),
    ],
)
def test_a_date_option_takes_a_date_or_a_day_from_today(typed: str, day: TypedDay) -> None:
    assert parse_date("--due", typed) == day


@pytest.mark.parametrize(
    ("typed", "at"),
    [
        ("2026-12-07 09:00", TypedTime(TypedDay(date(2026, 12, 7)), time(9, 0))),
        ("2026-12-07T9:30", TypedTime(TypedDay(date(2026, 12, 7)), time(9, 30))),
        ("+7d 09:00", TypedTime(TypedDay(None, 7), time(9, 0))),
        ("Tomorrow  18:15:30", TypedTime(TypedDay(None, 1), time(18, 15, 30))),
        ("+1w 09:00+01:00", TypedTime(TypedDay(None, 7), time(9, tzinfo=PLUS_ONE))),
        ("yesterday 09:00Z", TypedTime(TypedDay(None, -1), time(9, tzinfo=UTC))),
    ],
)  # fmt: skip
def test_a_time_takes_a_date_or_a_day_from_today(typed: str, at: TypedTime) -> None:
    assert parse_datetime("--at", typed) == at


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("+7d", f"expected {TIME_FORMS}, got '+7d'"),
        ("tomorrow", f"expected {TIME_FORMS}, got 'tomorrow'"),
        ("next monday 09:00", f"expected {TIME_FORMS}, got 'next monday 09:00'"),
        ("+7 09:00", f"expected {TIME_FORMS}, got '+7 09:00'"),
        ("+7d 24:00", "24:00 is not a time of day: hours go from 0 to 23"),
        ("+7d 09:00:61", "09:00:61 is not a time of day: seconds go from 00 to 59"),
        ("+10000d 09:00", "+10000d is too far from today: at most 9999 days or weeks"),
        (
            "2026-12-01 09:00+25:00",
            "+25:00 is not an offset from UTC: offsets go from -23:59 to +23:59 "
            "(+02:00 is two hours ahead of UTC)",
        ),
        (
            "tomorrow 09:00-2460",
            "-2460 is not an offset from UTC: offsets go from -23:59 to "
            "+23:59 (+02:00 is two hours ahead of UTC)",
        ),
        ("x" * 5000 + " 09:00", f"expected {TIME_FORMS}, got '{'x' * 60}…'"),
    ],
)
def test_a_time_not_understood_says_why(typed: str, said: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_datetime("--at", typed)

    assert str(caught.value) == f"--at: {said}"


def test_a_time_not_understood_names_every_form_a_time_is_written_in() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_datetime("--at", "soon")

    assert str(caught.value) == (
        "--at: expected 'YYYY-MM-DD HH:MM', or with an offset 'YYYY-MM-DD HH:MM+02:00', "
        "or a day from today for the date ('+7d 09:00', 'tomorrow 9:00'), got 'soon'"
    )


def test_a_date_not_understood_names_the_days_from_today_too() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date("--due", "31/12")

    assert str(caught.value) == (
        "--due: expected YYYY-MM-DD or a day from today (today, tomorrow, yesterday, +3d, "
        "-2w), got '31/12'"
    )


def test_today_is_the_coachs_where_they_are(initialised: RunCli) -> None:
    run = initialised
    started = {}
    for zone in (EAST, WEST):
        assert run("coach", "set", "--timezone", zone).code == 0
        client = _json(run("clients", "add", "--name", f"Noor {zone}", "--format", "json"))
        made = run(
            "engagements", "add", str(client["id"]), "--started", "today", "--format", "json"
        )
        started[zone] = date.fromisoformat(_json(made)["started_on"])

    assert started == {EAST: _today(EAST), WEST: _today(WEST)}
    assert started[EAST] > started[WEST]


def test_a_session_is_booked_days_ahead_at_the_coachs_time(initialised: RunCli) -> None:
    run = initialised
    assert run("coach", "set", "--timezone", EAST).code == 0
    client, engagement_id = engage(run, "--started", "-1w")
    engagement = _json(run("engagements", "show", str(engagement_id), "--format", "json"))

    booked = run("sessions", "add", str(client), "--at", "+7d 09:00", "--format", "json")
    moved = run(
        "sessions", "reschedule", str(_json(booked)["id"]), "--to", "+2w 9:00", "--by", "client",
        "--format", "json",
    )  # fmt: skip

    week = _today(EAST) + timedelta(days=7)
    assert engagement["started_on"] == str(_today(EAST) - timedelta(days=7))
    assert datetime.fromisoformat(_json(booked)["scheduled_at"]) == datetime.combine(
        week, time(9), ZoneInfo(EAST)
    )
    assert datetime.fromisoformat(_json(moved)["scheduled_at"]) == datetime.combine(
        week + timedelta(days=7), time(9), ZoneInfo(EAST)
    )


def test_each_date_option_takes_a_day_from_today(initialised: RunCli) -> None:
    run = initialised
    assert run("coach", "set", "--timezone", WEST).code == 0
    client = _json(run("clients", "add", "--name", "Noor", "--format", "json"))
    engagement = _json(
        run("engagements", "add", str(client["id"]), "--started", "-3w", "--format", "json")
    )["id"]
    goal = _json(run("goals", "add", str(client["id"]), "--title", "Sleep", "--format", "json"))

    due = _json(
        run(
            "commitments", "add", str(client["id"]), "--owner", "client", "--text", "Call Sam",
            "--due", "+1w", "--format", "json",
        )
    )  # fmt: skip
    pin = _json(
        run("pins", "add", str(client["id"]), "--text", "Ask", "--bring-up", "tomorrow",
            "--format", "json")
    )  # fmt: skip
    rated = _json(
        run("goals", "rate", str(goal["id"]), "--rating", "4", "--on", "-2d", "--format", "json")
    )
    ended = _json(
        run("engagements", "complete", str(engagement), "--on", "yesterday", "--format", "json")
    )

    today = _today(WEST)
    assert due["due_on"] == str(today + timedelta(days=7))
    assert pin["bring_up_on"] == str(today + timedelta(days=1))
    assert rated["rating"]["rated_on"] == str(today - timedelta(days=2))
    assert ended["engagement"]["ended_on"] == str(today - timedelta(days=1))


def test_a_day_from_today_past_the_horizon_is_refused_naming_the_latest(
    initialised: RunCli,
) -> None:
    run = initialised
    assert run("coach", "set", "--timezone", EAST).code == 0
    client = _json(run("clients", "add", "--name", "Noor", "--format", "json"))

    ran = run("engagements", "add", str(client["id"]), "--started", "+800d")

    latest = _today(EAST) + timedelta(days=2 * 365 + 1)
    assert (ran.code, ran.out) == (2, "")
    assert ran.err == f"error: --started: is more than two years ahead (the latest is {latest})\n"
    assert _json(run("engagements", "list", "--format", "json")) == []


@pytest.mark.parametrize("typed", ["9999-12-31 23:59-14:00", "0001-01-01 00:30+01:00"])
def test_a_time_off_the_calendar_in_utc_is_refused_in_one_line(
    initialised: RunCli, typed: str
) -> None:
    run = initialised
    client, _ = engage(run, "--started", "-1w")
    booked = _json(run("sessions", "add", str(client), "--at", "+2d 09:00", "--format", "json"))
    before = _json(run("sessions", "list", "--format", "json"))
    said = f"{typed} is outside the calendar (years 1 to 9999, in UTC)"

    added = run("sessions", "add", str(client), "--at", typed)
    moved = run("sessions", "reschedule", str(booked["id"]), "--to", typed, "--by", "client")

    assert (added.code, added.out, added.err) == (2, "", f"error: --at: {said}\n")
    assert (moved.code, moved.out) == (2, "")
    assert moved.err.startswith("error: --to: ")
    assert said in moved.err
    assert _json(run("sessions", "list", "--format", "json")) == before
