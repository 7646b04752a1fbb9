"""Commands a coach looks for: clients update, engagements pause|resume|complete,
pins resolve; and the answers that read the same across record kinds."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from tests.cli.conftest import Ran, RunCli


def _json(ran: Ran) -> Any:
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


@pytest.fixture
def client(initialised: RunCli) -> tuple[RunCli, int]:
    made = initialised(
        "clients",
        "add",
        "--name",
        "Noor",
        "--pronouns",
        "she/her",
        "--flag",
        "executive",
        "--format",
        "json",
    )
    return initialised, int(_json(made)["id"])


def _engagement(run: RunCli, client_id: int, started: str = "2026-01-05") -> int:
    made = run("engagements", "add", str(client_id), "--started", started, "--format", "json")
    return int(_json(made)["id"])


def test_clients_update_changes_what_is_given_and_keeps_the_rest(
    client: tuple[RunCli, int],
) -> None:
    run, client_id = client

    ran = run(
        "clients",
        "update",
        str(client_id),
        "--name",
        "Noor A.",
        "--relational-patterns",
        "Defers to authority",
        "--add-flag",
        "cross_cultural",
        "--remove-flag",
        "executive",
        "--clear",
        "pronouns",
    )
    shown = _json(run("clients", "show", str(client_id), "--format", "json"))["client"]

    assert ran.code == 0, ran.err
    assert ran.out.startswith(f"updated client {client_id}: Noor A.")
    assert shown["preferred_name"] == "Noor A."
    assert shown["profile"]["relational_patterns"] == "Defers to authority"
    assert shown["profile"]["flags"] == ["cross_cultural"]
    assert shown["profile"]["pronouns"] is None
    assert "cross_cultural" in run("clients", "list").out


def test_clients_update_refuses_a_stale_version(client: tuple[RunCli, int]) -> None:
    run, client_id = client
    version = _json(run("clients", "show", str(client_id), "--format", "json"))["client"]["version"]
    run("clients", "update", str(client_id), "--values", "Family first")

    ran = run(
        "clients", "update", str(client_id), "--goals", "x", "--expected-version", str(version)
    )

    assert ran.code == 5
    shown = _json(run("clients", "show", str(client_id), "--format", "json"))["client"]
    assert shown["profile"]["goals"] is None


def test_engagements_pause_resume_and_complete(client: tuple[RunCli, int]) -> None:
    run, client_id = client
    engagement = _engagement(run, client_id)

    which = f"engagement {engagement} of Noor (client {client_id})"
    assert run("engagements", "pause", str(engagement)).out == f"{which}: paused\n"
    assert run("engagements", "resume", str(engagement)).out == f"{which}: active\n"
    done = run("engagements", "complete", str(engagement), "--on", "2026-02-01")
    again = run("engagements", "complete", str(engagement))

    assert done.out == f"{which}: completed on 2026-02-01\n"
    assert again.code == 5


def test_completing_before_the_start_names_on(client: tuple[RunCli, int]) -> None:
    run, client_id = client
    engagement = _engagement(run, client_id)

    ran = run("engagements", "complete", str(engagement), "--on", "2025-12-01")

    assert ran.err == "error: --on: cannot be before the engagement started on 2026-01-05\n"


def test_pins_resolve_once(client: tuple[RunCli, int]) -> None:
    run, client_id = client
    pin = _json(run("pins", "add", str(client_id), "--text", "Dog is ill", "--format", "json"))

    first = run("pins", "resolve", str(pin["id"]))
    again = run("pins", "resolve", str(pin["id"]))

    assert first.out == f"pin {pin['id']} for Noor (client {client_id}): resolved\n"
    assert again.code == 5
    assert again.err.startswith(f"error: pin {pin['id']} was already resolved on ")
    assert _json(run("pins", "list", str(client_id), "--format", "json")) == []


def test_acknowledging_twice_is_a_conflict_like_closing_a_commitment_twice(
    client: tuple[RunCli, int],
) -> None:
    run, client_id = client
    _engagement(run, client_id)
    version = _json(
        run(
            "agreements",
            "add",
            str(client_id),
            "--kind",
            "working",
            "--text",
            "Direct.",
            "--format",
            "json",
        )
    )
    first = run("agreements", "acknowledge", str(version["id"]))

    again = run("agreements", "acknowledge", str(version["id"]))

    assert first.out == (
        f"acknowledged working agreement version 1 (id {version['id']}) for Noor "
        f"(client {client_id}, engagement {version['engagement_id']})\n"
    )

    today = datetime.now(UTC).date()
    assert again.code == 5
    assert again.err.startswith(
        "error: version 1 of the working agreement was already acknowledged on "
    )
    assert str(today) in again.err or str(today - timedelta(days=1)) in again.err


def test_agreements_json_carries_number_and_state(client: tuple[RunCli, int]) -> None:
    run, client_id = client
    _engagement(run, client_id)
    run("agreements", "add", str(client_id), "--kind", "working", "--text", "One.")
    run("agreements", "add", str(client_id), "--kind", "working", "--text", "Two.")

    history = _json(run("agreements", "list", str(client_id), "--format", "json"))["history"]
    first = _json(run("agreements", "show", str(history[0]["id"]), "--format", "json"))

    assert [(v["number"], v["state"]) for v in history] == [(1, "replaced"), (2, "current")]
    assert first["state"] == "replaced"


def test_sessions_list_names_the_client(client: tuple[RunCli, int]) -> None:
    run, client_id = client
    _engagement(run, client_id)
    run("sessions", "add", str(client_id), "--at", "2026-01-12 09:00+00:00")

    listed = run("sessions", "list")

    assert "Noor" in listed.out.splitlines()[1]
    assert _json(run("sessions", "list", "--format", "json"))[0]["client_name"] == "Noor"


def test_an_open_commitment_past_its_due_day_is_marked_overdue(
    client: tuple[RunCli, int],
) -> None:
    run, client_id = client
    _engagement(run, client_id)
    made = _json(
        run(
            "commitments",
            "add",
            str(client_id),
            "--owner",
            "client",
            "--text",
            "Call Sam",
            "--due",
            "2026-01-06",
            "--format",
            "json",
        )
    )

    listed = run("commitments", "list")
    shown = _json(run("commitments", "show", str(made["id"]), "--format", "json"))

    assert "open, overdue" in listed.out
    assert shown["overdue"] is True


def test_the_relationship_topics_read_naturally(initialised: RunCli) -> None:
    out = initialised("agreements", "topics", "--kind", "relationship").out

    assert "What the client can expect from the coaching process" in out
