"""A command that takes a day and defaults to today names, when it refuses that day,
what the user gave: the option where they typed it, ``today`` where they did not."""

from __future__ import annotations

import re

from tests.cli.conftest import RunCli, engage, json_of

# A day as the refusals print it; today's is not fixed, so its form is checked.
_DAY = r"\d{4}-\d{2}-\d{2}"


def _goal_in_completed_engagement(run: RunCli) -> int:
    """A goal of Tom's in an engagement that ran from 5 January to 1 February 2026."""
    client, engagement = engage(run, "--started", "2026-01-05", name="Tom")
    goal = json_of(run("goals", "add", str(client), "--title", "Run", "--format", "json"))
    assert run("engagements", "complete", str(engagement), "--on", "2026-02-01").code == 0
    return int(goal["id"])


def test_rating_today_after_the_end_says_today(initialised: RunCli) -> None:
    goal = _goal_in_completed_engagement(initialised)

    ran = initialised("goals", "rate", str(goal), "--rating", "5")

    assert ran.code == 2
    assert re.fullmatch(
        f"error: today: {_DAY} is after engagement \\d+ ended on 2026-02-01: "
        "a completed engagement takes no new work\n",
        ran.err,
    ), ran.err


def test_rating_a_typed_day_after_the_end_names_on(initialised: RunCli) -> None:
    goal = _goal_in_completed_engagement(initialised)

    ran = initialised("goals", "rate", str(goal), "--rating", "5", "--on", "2026-02-02")

    assert ran.err.startswith("error: --on: 2026-02-02 is after engagement ")


def test_completing_today_before_the_start_says_today(initialised: RunCli) -> None:
    _, engagement = engage(initialised, "--started", "+5d", name="Maya")

    ran = initialised("engagements", "complete", str(engagement))

    assert ran.code == 2
    assert re.fullmatch(
        f"error: today: cannot be before the engagement started on {_DAY}\n", ran.err
    ), ran.err
