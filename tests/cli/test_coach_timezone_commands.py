"""Times on the command line are read and shown in the coach's timezone."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from tests.cli.conftest import Ran, RunCli, engage

from coachconn.cli._common import TIME_FORMS


def _json(ran: Ran) -> Any:
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def _engaged(run: RunCli) -> tuple[int, int]:
    """Noor's id and their engagement's, which started yesterday."""
    return engage(run, "--started", str(datetime.now(UTC).date() - timedelta(days=1)))


def _client(run: RunCli) -> int:
    """Noor, in an engagement that started yesterday."""
    return _engaged(run)[0]


def _next_winter_day() -> str:
    """A day in December, ahead of now and under a year away."""
    today = datetime.now(UTC).date()
    year = today.year if today < today.replace(month=12, day=1) else today.year + 1
    return f"{year}-12-15"


def test_init_takes_a_timezone_and_coach_show_tells_it(run_cli: RunCli) -> None:
    assert run_cli("init", "--quiet", "--timezone", "Europe/Berlin").code == 0

    shown = _json(run_cli("coach", "show", "--format", "json"))

    assert shown["timezone"] == "Europe/Berlin"


def test_a_time_typed_is_read_and_shown_in_the_coachs_timezone(run_cli: RunCli) -> None:
    run_cli("init", "--quiet", "--timezone", "Europe/Berlin")
    client, engagement = _engaged(run_cli)
    day = _next_winter_day()

    booked = run_cli("sessions", "add", str(client), "--at", f"{day} 10:00")
    listed = _json(run_cli("sessions", "list", "--format", "json"))

    assert booked.out == (
        f"booked session {listed[0]['id']} with Noor (client {client}, engagement "
        f"{engagement}) at {day} 10:00 CET\n"
    )
    assert listed[0]["scheduled_at"] == f"{day}T09:00:00Z"


def test_changing_the_timezone_changes_how_times_are_shown(run_cli: RunCli) -> None:
    run_cli("init", "--quiet", "--timezone", "Europe/Berlin")
    client = _client(run_cli)
    day = _next_winter_day()
    booked = run_cli("sessions", "add", str(client), "--at", f"{day} 10:00", "--format", "json")

    changed = run_cli("coach", "set", "--timezone", "America/New_York")
    shown = run_cli("sessions", "show", str(_json(booked)["id"]))

    assert changed.out == "coach: Coach, times in America/New_York\n"
    assert f"{day} 04:00 EST" in shown.out


def test_a_date_without_a_time_is_refused(run_cli: RunCli) -> None:
    run_cli("init", "--quiet")
    client = _client(run_cli)

    ran = run_cli("sessions", "add", str(client), "--at", "2026-12-20")

    assert ran.code == 2
    assert ran.err == f"error: --at: expected {TIME_FORMS}, got '2026-12-20'\n"


def test_a_blank_or_unknown_timezone_is_refused_by_its_option(run_cli: RunCli) -> None:
    run_cli("init", "--quiet", "--timezone", "UTC")

    blank = run_cli("coach", "set", "--timezone", "  ")
    unknown = run_cli("coach", "set", "--timezone", "Mars/Olympus_Mons")

    assert blank.code == unknown.code == 2
    assert blank.err.startswith("error: --timezone: ")
    assert unknown.err == "error: --timezone: unknown timezone 'Mars/Olympus_Mons'\n"
    assert _json(run_cli("coach", "show", "--format", "json"))["timezone"] == "UTC"


def _next_change_back() -> str:
    """The day clocks go back in Europe/Berlin (the last Sunday of October), ahead of
    now and under two years away."""
    today = datetime.now(UTC).date()
    year = today.year + 1
    last = date(year, 10, 31)
    return str(last - timedelta(days=(last.weekday() + 1) % 7))


def test_an_hour_of_one_digit_is_read(run_cli: RunCli) -> None:
    run_cli("init", "--quiet", "--timezone", "Europe/Berlin")
    client = _client(run_cli)
    day = _next_winter_day()

    booked = run_cli("sessions", "add", str(client), "--at", f"{day} 9:00")

    assert booked.code == 0, booked.err
    assert booked.out.endswith(f"at {day} 09:00 CET\n")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2026-02-30 09:00", "2026-02-30 is not a date: February 2026 has 28 days"),
        ("2026-12-23 25:00", "25:00 is not a time of day: hours go from 0 to 23"),
        ("23/12/2026 09:00", f"expected {TIME_FORMS}, got '23/12/2026 09:00'"),
    ],
)
def test_a_day_or_time_that_does_not_exist_says_why(run_cli: RunCli, typed: str, said: str) -> None:
    run_cli("init", "--quiet")
    client = _client(run_cli)

    ran = run_cli("sessions", "add", str(client), "--at", typed)

    assert ran.code == 2
    assert ran.err == f"error: --at: {said}\n"
    assert _json(run_cli("sessions", "list", "--format", "json")) == []


def test_a_date_option_not_on_the_calendar_says_why(run_cli: RunCli) -> None:
    run_cli("init", "--quiet")
    client = _json(run_cli("clients", "add", "--name", "Noor", "--format", "json"))

    ran = run_cli("engagements", "add", str(client["id"]), "--started", "2026-04-31")

    assert ran.err == "error: --started: 2026-04-31 is not a date: April 2026 has 30 days\n"


def test_the_hour_the_clocks_pass_twice_is_refused_until_its_offset_is_given(
    run_cli: RunCli,
) -> None:
    run_cli("init", "--quiet", "--timezone", "Europe/Berlin")
    client = _client(run_cli)
    day = _next_change_back()

    refused = run_cli("sessions", "add", str(client), "--at", f"{day} 02:30")
    booked = run_cli(
        "sessions", "add", str(client), "--at", f"{day} 02:30+01:00", "--format", "json"
    )

    assert refused.code == 2
    assert refused.err == (
        f"error: --at: {day} 02:30 happens twice in Europe/Berlin (the clocks go back): "
        f"say which with its offset, '{day} 02:30+02:00' (CEST, the first) or "
        f"'{day} 02:30+01:00' (CET, the second)\n"
    )
    assert _json(booked)["scheduled_at"] == f"{day}T01:30:00Z"


def test_coach_set_with_nothing_to_change_says_so_and_changes_nothing(run_cli: RunCli) -> None:
    assert run_cli("init", "--quiet", "--name", "Mara Stein").code == 0

    ran = run_cli("coach", "set")

    assert (ran.code, ran.err) == (
        2,
        "error: coach set: nothing to change: give --name, --timezone or both\n",
    )
    assert _json(run_cli("coach", "show", "--format", "json"))["name"] == "Mara Stein"
