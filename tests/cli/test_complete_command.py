"""`coachconn engagements complete` says what completing did to the diary: the sessions
it cancelled as the coach's, and those left without an outcome, to record."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from tests.cli.conftest import RunCli, engage


def _made(ran_out: str) -> int:
    return int(json.loads(ran_out)["id"])


def _book(run: RunCli, client: int, at: datetime) -> int:
    when = f"{at:%Y-%m-%d %H:%M}"
    ran = run("sessions", "add", str(client), "--at", when, "--format", "json")
    assert ran.code == 0, ran.err
    return _made(ran.out)


def test_completing_on_a_past_day_names_what_it_cancelled_and_what_is_left_to_record(
    initialised: RunCli,
) -> None:
    run = initialised
    today = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    client, engagement = engage(run, "--started", f"{(today - timedelta(days=30)).date()}")
    before = _book(run, client, today - timedelta(days=6))
    after = _book(run, client, today - timedelta(days=3))
    ahead = _book(run, client, today + timedelta(days=2))
    ended = (today - timedelta(days=5)).date()

    ran = run("engagements", "complete", str(engagement), "--on", f"{ended}")

    def when(days: int) -> str:
        return f"{today + timedelta(days=days):%Y-%m-%d %H:%M} UTC"

    assert ran.code == 0, ran.err
    assert ran.out == (
        f"engagement {engagement} of Noor (client {client}): completed on {ended}\n"
        f"cancelled as yours, booked after it ended: session {after} ({when(-3)}), "
        f"session {ahead} ({when(2)})\n"
        f"no outcome recorded yet: session {before} ({when(-6)}); record each with "
        "`coachconn sessions record SESSION_ID --status held` (or no-show, cancelled)\n"
    )
    listed = json.loads(run("sessions", "list", "--format", "json").out)
    assert {s["id"]: s["status"] for s in listed} == {
        before: "scheduled",
        after: "cancelled",
        ahead: "cancelled",
    }
    shown = json.loads(run("engagements", "show", str(engagement), "--format", "json").out)
    assert (shown["status"], shown["ended_on"]) == ("completed", f"{ended}")


def test_completing_with_nothing_in_the_diary_says_only_that(initialised: RunCli) -> None:
    run = initialised
    client, engagement = engage(run)

    ran = run("engagements", "complete", str(engagement))

    assert ran.out == (
        f"engagement {engagement} of Noor (client {client}): completed on "
        f"{datetime.now(UTC).date()}\n"
    )


def test_completing_again_names_the_engagement_and_the_day_it_ended(initialised: RunCli) -> None:
    run = initialised
    today = datetime.now(UTC).date()
    _, engagement = engage(run, "--started", f"{today - timedelta(days=30)}")
    assert (
        run("engagements", "complete", str(engagement), "--on", f"{today - timedelta(days=2)}").code
        == 0
    )

    again = run("engagements", "complete", str(engagement))

    assert (again.code, again.out) == (5, "")
    assert again.err == (
        f"error: engagement {engagement} was already completed on {today - timedelta(days=2)}\n"
    )
    shown = json.loads(run("engagements", "show", str(engagement), "--format", "json").out)
    assert shown["ended_on"] == f"{today - timedelta(days=2)}"
