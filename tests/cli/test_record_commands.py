"""Adding, listing and showing the rest of the record from the command line:
engagements, sessions, notes, pins, commitments, goals and agreements."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tests.cli.conftest import RunCli, json_of

from coachconn.cli._common import DATE_FORMS, TIME_FORMS


def _in_days(days: int) -> date:
    """The day ``days`` from today in UTC (the CLI uses the real clock)."""
    return datetime.now(UTC).date() + timedelta(days=days)


def test_an_engagement_is_listed_with_its_phase(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, engagement_id = engaged

    listed = json_of(run("engagements", "list", "--client", str(client_id), "--format", "json"))
    shown = json_of(run("engagements", "show", str(engagement_id), "--format", "json"))

    assert [e["id"] for e in listed] == [engagement_id]
    assert shown["phase"] == "initial"
    assert shown["cadence"] == "weekly"
    assert shown["started_on"] == "2026-01-05"


def test_a_held_session_counts_toward_the_phase(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, engagement_id = engaged
    booked = json_of(
        run(
            "sessions",
            "add",
            str(client_id),
            "--at",
            "2026-01-12 09:00+00:00",
            "--via",
            "in_person",
            "--format",
            "json",
        )
    )

    recorded = json_of(
        run(
            "sessions",
            "record",
            str(booked["id"]),
            "--status",
            "held",
            "--notes",
            "Discovery; explained confidentiality.",
            "--theme",
            "Values",
            "--marker",
            "increased_openness",
            "--format",
            "json",
        )
    )

    assert recorded["status"] == "held"
    assert recorded["themes"] == ["values"]
    assert recorded["markers"] == ["increased_openness"]
    assert (
        json_of(run("engagements", "show", str(engagement_id), "--format", "json"))["sessions_held"]
        == 1
    )
    listed = json_of(run("sessions", "list", "--client", str(client_id), "--format", "json"))
    assert [s["id"] for s in listed] == [booked["id"]]
    assert "explained confidentiality" in run("sessions", "show", str(booked["id"])).out


def test_a_session_time_must_be_a_date_and_time(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged

    ran = run("sessions", "add", str(client_id), "--at", "next tuesday")

    assert ran.code == 2
    assert ran.err == f"error: --at: expected {TIME_FORMS}, got 'next tuesday'\n"
    assert json_of(run("sessions", "list", "--format", "json")) == []


def test_a_bad_start_date_is_named_and_nothing_is_started(initialised: RunCli) -> None:
    client = json_of(initialised("clients", "add", "--name", "Noor", "--format", "json"))

    ran = initialised("engagements", "add", str(client["id"]), "--started", "31/12")

    assert ran.code == 2
    assert ran.err == f"error: --started: expected {DATE_FORMS}, got '31/12'\n"
    assert json_of(initialised("engagements", "list", "--format", "json")) == []


def test_commitments_on_both_sides_can_be_done_or_dropped(
    engaged: tuple[RunCli, int, int],
) -> None:
    run, client_id, _ = engaged
    mine = json_of(
        run(
            "commitments",
            "add",
            str(client_id),
            "--owner",
            "coach",
            "--text",
            "Send the agreements link",
            "--due",
            "2026-01-06",
            "--format",
            "json",
        )
    )
    theirs = json_of(
        run(
            "commitments",
            "add",
            str(client_id),
            "--owner",
            "client",
            "--text",
            "Keep an energy log",
            "--format",
            "json",
        )
    )

    done = run("commitments", "done", str(mine["id"]))
    dropped = run("commitments", "drop", str(theirs["id"]))

    noor = f"Noor (client {client_id}, engagement {mine['engagement_id']})"
    assert done.out == f"commitment {mine['id']} for {noor}: done\n"
    assert dropped.out == f"commitment {theirs['id']} for {noor}: dropped\n"

    listed = json_of(run("commitments", "list", "--client", str(client_id), "--format", "json"))
    assert {(c["owner"], c["status"]) for c in listed} == {("coach", "done"), ("client", "dropped")}
    assert json_of(run("commitments", "show", str(mine["id"]), "--format", "json"))["due_on"] == (
        "2026-01-06"
    )


def test_a_bad_due_date_is_named(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged

    ran = run(
        "commitments",
        "add",
        str(client_id),
        "--owner",
        "client",
        "--text",
        "Call Sam",
        "--due",
        "31/12",
    )

    assert ran.err == f"error: --due: expected {DATE_FORMS}, got '31/12'\n"
    assert json_of(run("commitments", "list", "--format", "json")) == []


def test_closing_a_commitment_twice_is_a_conflict(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged
    made = json_of(
        run(
            "commitments",
            "add",
            str(client_id),
            "--owner",
            "client",
            "--text",
            "Call Sam",
            "--format",
            "json",
        )
    )
    run("commitments", "done", str(made["id"]))

    ran = run("commitments", "drop", str(made["id"]))

    assert ran.code == 5
    assert ran.err == "error: the commitment is already done\n"


def test_goals_keep_their_ratings_over_time(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, engagement_id = engaged
    goal = json_of(
        run(
            "goals",
            "add",
            str(client_id),
            "--title",
            "Speak first in meetings",
            "--format",
            "json",
        )
    )

    run("goals", "rate", str(goal["id"]), "--rating", "6", "--on", "2026-02-09")
    earlier = run("goals", "rate", str(goal["id"]), "--rating", "3", "--on", "2026-01-12")

    shown = json_of(run("goals", "show", str(goal["id"]), "--format", "json"))
    assert [r["rating"] for r in shown["ratings"]] == [3, 6]
    assert "2026-02-09  6/10" in run("goals", "show", str(goal["id"])).out
    assert earlier.out == (
        f"goal {goal['id']} for Noor (client {client_id}, engagement {engagement_id}): "
        "rated 3/10 on 2026-01-12; the latest is 6/10 on 2026-02-09\n"
    )
    listed = json_of(run("goals", "list", str(client_id), "--format", "json"))
    assert [g["id"] for g in listed["goals"]] == [goal["id"]]
    assert listed["engagement"]["engagement_id"] == engagement_id


def test_a_rating_out_of_range_is_refused(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged
    goal = json_of(run("goals", "add", str(client_id), "--title", "Sleep", "--format", "json"))

    ran = run("goals", "rate", str(goal["id"]), "--rating", "11")

    assert ran.code == 2
    assert ran.err.startswith("error: --rating:")
    assert json_of(run("goals", "show", str(goal["id"]), "--format", "json"))["ratings"] == []


def test_agreements_are_versioned_and_acknowledged(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged
    first = json_of(
        run(
            "agreements",
            "add",
            str(client_id),
            "--kind",
            "logistics",
            "--text",
            "Weekly, 60 minutes, video.",
            "--format",
            "json",
        )
    )
    second = json_of(
        run(
            "agreements",
            "add",
            str(client_id),
            "--kind",
            "logistics",
            "--text",
            "Weekly, 45 minutes, video.",
            "--format",
            "json",
        )
    )

    assert run("agreements", "acknowledge", str(second["id"])).code == 0

    listed = json_of(run("agreements", "list", str(client_id), "--format", "json"))
    assert [v["number"] for v in listed["history"]] == [1, 2]
    assert listed["latest"]["logistics"]["acknowledged_at"] is not None
    assert run("agreements", "acknowledge", str(first["id"])).code == 5
    assert "45 minutes" in run("agreements", "show", str(second["id"])).out


def test_an_unknown_agreement_kind_is_refused(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged

    ran = run("agreements", "add", str(client_id), "--kind", "payment", "--text", "x")

    assert ran.err == "error: --kind: must be one of: logistics, relationship, working\n"


def test_pins_and_notes_are_kept_per_client(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged
    pin = json_of(
        run(
            "pins",
            "add",
            str(client_id),
            "--text",
            "Daughter's graduation in June",
            "--bring-up",
            str(_in_days(30)),
            "--format",
            "json",
        )
    )
    note = json_of(
        run(
            "notes",
            "add",
            str(client_id),
            "--text",
            "Sounded tired on the phone.",
            "--format",
            "json",
        )
    )

    assert json_of(run("pins", "show", str(pin["id"]), "--format", "json"))["bring_up_on"] == (
        str(_in_days(30))
    )
    assert "Sounded tired" in run("notes", "show", str(note["id"])).out
    assert [p["id"] for p in json_of(run("pins", "list", str(client_id), "--format", "json"))] == [
        pin["id"]
    ]
    assert len(json_of(run("notes", "list", str(client_id), "--format", "json"))) == 1


def test_a_bad_bring_up_date_is_named(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged

    ran = run("pins", "add", str(client_id), "--text", "x", "--bring-up", "June")

    assert ran.err == f"error: --bring-up: expected {DATE_FORMS}, got 'June'\n"


def test_a_pin_that_does_not_exist_is_not_found(engaged: tuple[RunCli, int, int]) -> None:
    run, _, _ = engaged

    ran = run("pins", "show", "77")

    assert (ran.code, ran.err) == (3, "error: pin 77 not found\n")


@pytest.mark.parametrize("kind", ["note", "commitment"])
def test_a_note_or_commitment_that_does_not_exist_is_not_found(
    engaged: tuple[RunCli, int, int], kind: str
) -> None:
    run, _, _ = engaged

    ran = run(f"{kind}s", "show", "77")

    assert (ran.code, ran.err) == (3, f"error: {kind} 77 not found\n")


def test_the_markers_checklist_lists_the_seeds_signs(initialised: RunCli) -> None:
    markers = json_of(initialised("sessions", "markers", "--format", "json"))

    assert {m["polarity"] for m in markers} == {"positive", "warning"}
    assert "missed_or_rescheduled" in {m["marker"] for m in markers}


def test_a_commitment_shows_the_session_it_was_made_in(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged
    session = json_of(
        run(
            "sessions",
            "add",
            str(client_id),
            "--at",
            "2026-01-12 09:00+00:00",
            "--format",
            "json",
        )
    )
    made = json_of(
        run(
            "commitments",
            "add",
            str(client_id),
            "--owner",
            "client",
            "--text",
            "Call Sam",
            "--session",
            str(session["id"]),
            "--format",
            "json",
        )
    )

    shown = run("commitments", "show", str(made["id"]))

    assert made["session_id"] == session["id"]
    assert f"made in session  {session['id']}" in shown.out


def test_a_completed_engagements_goals_take_no_more_ratings(
    engaged: tuple[RunCli, int, int],
) -> None:
    run, client_id, engagement_id = engaged
    goal = json_of(run("goals", "add", str(client_id), "--title", "Sleep", "--format", "json"))
    run("goals", "rate", str(goal["id"]), "--rating", "4", "--on", "2026-01-12")
    assert run("engagements", "complete", str(engagement_id), "--on", "2026-02-27").code == 0

    ran = run("goals", "rate", str(goal["id"]), "--rating", "7", "--on", "2026-02-20")
    assert (ran.code, ran.out) == (5, "")
    assert ran.err == f"error: engagement {engagement_id} is completed\n"
    ran = run("goals", "rate", str(goal["id"]), "--rating", "7")  # today, after the end
    assert (ran.code, ran.out) == (2, "")
    assert ran.err.startswith("error: today: ")  # --on was not typed
    assert ran.err.endswith(
        f" is after engagement {engagement_id} ended on 2026-02-27: "
        "a completed engagement takes no new work\n"
    )
    shown = json_of(run("goals", "show", str(goal["id"]), "--format", "json"))
    assert [r["rating"] for r in shown["ratings"]] == [4]


def test_a_due_date_before_the_engagement_is_named_with_its_start(
    engaged: tuple[RunCli, int, int],
) -> None:
    run, client_id, _ = engaged

    ran = run(
        "commitments", "add", str(client_id), "--owner", "client", "--text", "Call Sam",
        "--due", "2020-01-01",
    )  # fmt: skip

    assert ran.code == 2
    assert ran.err == "error: --due: is before the engagement started on 2026-01-05\n"
    assert json_of(run("commitments", "list", "--format", "json")) == []


def test_a_bring_up_day_already_gone_is_refused(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged
    assert run("coach", "set", "--timezone", "UTC").code == 0  # today as _in_days counts it

    ran = run("pins", "add", str(client_id), "--text", "Ask", "--bring-up", "2020-01-01")

    assert ran.code == 2
    assert ran.err == (
        f"error: --bring-up: is before today ({_in_days(0)}): a pin is brought up today or later\n"
    )
    assert json_of(run("pins", "list", str(client_id), "--all", "--format", "json")) == []


def test_an_engagement_starting_before_the_clients_previous_one_ended_is_refused(
    engaged: tuple[RunCli, int, int],
) -> None:
    run, client_id, engagement_id = engaged
    assert run("engagements", "complete", str(engagement_id), "--on", "2026-02-27").code == 0

    ran = run("engagements", "add", str(client_id), "--started", "2026-02-26")

    assert (ran.code, ran.out) == (2, "")
    assert ran.err == (
        f"error: --started: is before the client's previous engagement {engagement_id} ended "
        "(it ran from 2026-01-05 to 2026-02-27); the earliest is 2026-02-27, the day it ended\n"
    )
    listed = json_of(run("engagements", "list", "--client", str(client_id), "--format", "json"))
    assert [e["id"] for e in listed] == [engagement_id]
    renewed = run("engagements", "add", str(client_id), "--started", "2026-02-27")
    assert renewed.code == 0, renewed.err


def test_an_engagement_starting_beyond_the_booking_horizon_is_refused(
    initialised: RunCli,
) -> None:
    assert initialised("coach", "set", "--timezone", "UTC").code == 0
    client = json_of(initialised("clients", "add", "--name", "Noor", "--format", "json"))

    ran = initialised("engagements", "add", str(client["id"]), "--started", "2031-01-01")

    assert ran.code == 2
    assert ran.err == (
        f"error: --started: is more than two years ahead (the latest is {_in_days(2 * 365 + 1)})\n"
    )
    assert json_of(initialised("engagements", "list", "--format", "json")) == []
