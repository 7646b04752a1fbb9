"""What the session and goal commands say about their engagement's state: a session
booked in a paused engagement is booked, with a note that it is paused; a completed
engagement takes nothing dated after its end, and is not completed before its last
goal rating."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.cli.conftest import Ran, RunCli, engage, json_of


def _today() -> datetime:
    """Nine o'clock today in UTC, the test practice's timezone (the CLI uses the real clock)."""
    return datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)


def _at(days: int) -> str:
    return f"{_today() + timedelta(days=days):%Y-%m-%d %H:%M}"


def _day(days: int) -> str:
    return f"{(_today() + timedelta(days=days)).date()}"


def _sessions(run: RunCli) -> list[dict[str, Any]]:
    return list(json_of(run("sessions", "list", "--format", "json")))


def _paused(run: RunCli) -> tuple[int, int]:
    client, engagement = engage(run, "--started", _day(-30))
    assert run("engagements", "pause", str(engagement)).code == 0
    return client, engagement


def _note(engagement: int) -> str:
    return (
        f"note: engagement {engagement} is paused; the session is booked all the same "
        f"(`coachconn engagements resume {engagement}` when the work restarts)\n"
    )


def test_booking_in_a_paused_engagement_books_it_with_a_note(initialised: RunCli) -> None:
    run = initialised
    client, engagement = _paused(run)

    ran = run("sessions", "add", str(client), "--at", _at(3))

    assert ran.code == 0, ran.err
    [booked] = _sessions(run)
    assert ran.out.startswith(f"booked session {booked['id']} with Noor (client {client}, ")
    assert ran.err == _note(engagement)
    assert booked["engagement_status"] == "paused"


def test_the_note_leaves_json_output_whole_and_comes_on_a_move_too(initialised: RunCli) -> None:
    run = initialised
    client, engagement = _paused(run)

    booked = run("sessions", "add", str(client), "--at", _at(3), "--format", "json")
    moved = run(
        "sessions", "reschedule", str(json_of(booked)["id"]), "--to", _at(4), "--by", "client"
    )

    assert json.loads(booked.out)["engagement_status"] == "paused"
    assert (booked.err, moved.err) == (_note(engagement), _note(engagement))
    assert moved.code == 0 and moved.out.startswith("moved session ")


def test_booking_in_an_active_engagement_has_no_note(initialised: RunCli) -> None:
    run = initialised
    client, engagement = _paused(run)
    assert run("engagements", "resume", str(engagement)).code == 0

    ran = run("sessions", "add", str(client), "--at", _at(3))

    assert ran.code == 0 and ran.err == ""


def _completed(run: RunCli, ended: int) -> tuple[int, int]:
    client, engagement = engage(run, "--started", _day(-30))
    assert run("engagements", "complete", str(engagement), "--on", _day(ended)).code == 0
    return client, engagement


def _refused(run: RunCli, code: int, *args: str) -> Ran:
    before = _sessions(run)
    ran = run(*args)
    assert ran.code == code
    assert _sessions(run) == before
    return ran


def test_a_session_after_a_completed_engagements_end_is_refused_naming_at(
    initialised: RunCli,
) -> None:
    run = initialised
    client, engagement = _completed(run, -5)

    after = _refused(
        run, 2, "sessions", "add", str(client), "--at", _at(-2), "--engagement", str(engagement)
    )
    within = _refused(
        run, 5, "sessions", "add", str(client), "--at", _at(-9), "--engagement", str(engagement)
    )

    assert after.err == (
        f"error: --at: {_day(-2)} is after engagement {engagement} ended on {_day(-5)}: "
        "a completed engagement takes no new work\n"
    )
    assert within.err == f"error: engagement {engagement} is completed\n"


def test_a_rating_today_after_a_completed_engagements_end_is_refused_naming_today(
    initialised: RunCli,
) -> None:
    run = initialised
    client, engagement = engage(run, "--started", _day(-30))
    goal = json_of(run("goals", "add", str(client), "--title", "Rest", "--format", "json"))
    assert run("engagements", "complete", str(engagement), "--on", _day(-5)).code == 0

    ran = run("goals", "rate", str(goal["id"]), "--rating", "7")

    assert ran.code == 2
    assert ran.err == (
        # --on was not typed: the day refused is the one taken by default, today.
        f"error: today: {_day(0)} is after engagement {engagement} ended on {_day(-5)}: "
        "a completed engagement takes no new work\n"
    )
    assert json_of(run("goals", "show", str(goal["id"]), "--format", "json"))["ratings"] == []


def test_completing_before_the_last_goal_rating_is_refused_naming_its_day(
    initialised: RunCli,
) -> None:
    run = initialised
    client, engagement = engage(run, "--started", _day(-30))
    goal = json_of(run("goals", "add", str(client), "--title", "Rest", "--format", "json"))
    assert run("goals", "rate", str(goal["id"]), "--rating", "6", "--on", _day(-3)).code == 0

    ran = run("engagements", "complete", str(engagement), "--on", _day(-4))
    shown = json_of(run("engagements", "show", str(engagement), "--format", "json"))

    assert ran.code == 2
    assert ran.err == (
        f"error: --on: cannot be before the last rating of a goal, on {_day(-3)} "
        f"(goal {goal['id']})\n"
    )
    assert (shown["status"], shown["ended_on"]) == ("active", None)
