"""An error names the option the user typed, never the service's field name."""

from __future__ import annotations

import importlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import typer
from tests.cli.conftest import Ran, RunCli, engage

from coachconn.cli.app import app

RECORD_MODULES = (
    "sessions",
    "clients",
    "engagements",
    "commitments",
    "goals",
    "agreements",
    "pins",
    "notes",
)


def _json(ran: Ran) -> Any:
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def _options_of(group: str) -> set[str]:
    command = typer.main.get_command(app)
    sub = command.commands[group]  # type: ignore[attr-defined]
    return {
        name
        for cmd in sub.commands.values()
        for param in cmd.params
        for name in param.opts
        if name.startswith("--")
    }


@pytest.mark.parametrize("module", RECORD_MODULES)
def test_each_mapped_option_exists(module: str) -> None:
    mapped = importlib.import_module(f"coachconn.cli.{module}")._OPTIONS
    assert set(mapped.values()) <= _options_of(module)


@pytest.fixture
def noor(initialised: RunCli) -> tuple[RunCli, int]:
    """Noor's id, in an engagement that started yesterday."""
    client, _ = engage(initialised, "--started", str(datetime.now(UTC).date() - timedelta(days=1)))
    return initialised, client


def _tomorrow() -> str:
    return (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%d %H:00+00:00")


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--duration", "2"], "--duration"),
        (["--via", "pigeon"], "--via"),
    ],
)
def test_a_bad_booking_names_the_option(
    noor: tuple[RunCli, int], args: list[str], option: str
) -> None:
    run, client_id = noor

    ran = run("sessions", "add", str(client_id), "--at", _tomorrow(), *args)

    assert ran.code == 2
    assert ran.err.startswith(f"error: {option}: ")


def test_a_booking_before_the_engagement_names_at(noor: tuple[RunCli, int]) -> None:
    run, client_id = noor

    ran = run("sessions", "add", str(client_id), "--at", "2020-01-06 09:00")

    assert ran.err.startswith("error: --at: is before the engagement started")


def test_a_future_rating_names_on(noor: tuple[RunCli, int]) -> None:
    run, client_id = noor
    goal = _json(run("goals", "add", str(client_id), "--title", "Rest", "--format", "json"))
    later = str(datetime.now(UTC).date() + timedelta(days=3))

    ran = run("goals", "rate", str(goal["id"]), "--rating", "5", "--on", later)

    assert ran.err == "error: --on: cannot be in the future\n"


def test_a_blank_client_name_names_name(initialised: RunCli) -> None:
    ran = initialised("clients", "add", "--name", "  ")

    assert ran.err == "error: --name: must not be empty\n"


@pytest.mark.parametrize(
    ("bad", "said"),
    [("nan", "expected a number, got 'nan'"), ("1e308", "must be at most 17544")],
)
def test_an_absurd_notice_names_notice_hours(noor: tuple[RunCli, int], bad: str, said: str) -> None:
    run, client_id = noor
    session = _json(run("sessions", "add", str(client_id), "--at", _tomorrow(), "--format", "json"))

    ran = run(
        "sessions",
        "record",
        str(session["id"]),
        "--status",
        "cancelled",
        "--changed-by",
        "client",
        "--notice-hours",
        bad,
    )

    assert ran.code == 2
    assert ran.err.startswith(f"error: --notice-hours: {said}")


def test_an_empty_theme_names_theme(noor: tuple[RunCli, int]) -> None:
    run, client_id = noor
    session = _json(run("sessions", "add", str(client_id), "--at", _tomorrow(), "--format", "json"))

    ran = run(
        "sessions",
        "record",
        str(session["id"]),
        "--status",
        "cancelled",
        "--changed-by",
        "coach",
        "--theme",
        "",
    )

    assert ran.err == "error: --theme: a theme cannot be empty\n"
