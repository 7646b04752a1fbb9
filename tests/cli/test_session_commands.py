"""Moving a session and recording its themes from the command line."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from tests.cli.conftest import Ran, RunCli, engage

from coachconn.cli._common import TIME_FORMS


def _json(ran: Ran) -> Any:
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def _ahead(days: int) -> str:
    """A time ``days`` from now, as the options take it (the CLI uses the real clock)."""
    moment = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=days)
    return moment.isoformat()


@pytest.fixture
def booked(initialised: RunCli) -> tuple[RunCli, dict[str, Any]]:
    """A session booked three days ahead in an engagement that started today."""
    client, _ = engage(initialised, "--started", str(datetime.now(UTC).date() - timedelta(days=1)))
    session = _json(
        initialised("sessions", "add", str(client), "--at", _ahead(3), "--format", "json")
    )
    return initialised, session


def _fields(ran: Ran) -> dict[str, str]:
    """The ``label  value`` lines of a ``show`` in text, by label."""
    assert ran.code == 0, ran.err
    return dict(re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in ran.out.splitlines())


def _sessions(run: RunCli) -> list[dict[str, Any]]:
    return list(_json(run("sessions", "list", "--format", "json")))


def _refused(run: RunCli, code: int, *args: str) -> Ran:
    """Run ``sessions ARGS``, which must exit with ``code`` and leave every session as
    it was."""
    before = _sessions(run)
    ran = run("sessions", *args)
    assert ran.code == code, ran.err
    assert _sessions(run) == before
    return ran


def test_rescheduling_keeps_the_old_session_and_books_the_new_time(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked
    to = _ahead(5)

    moved = _json(
        run(
            "sessions",
            "reschedule",
            str(session["id"]),
            "--to",
            to,
            "--by",
            "client",
            "--notice-hours",
            "80",
            "--format",
            "json",
        )
    )

    old, new = _sessions(run)
    assert (old["id"], old["status"]) == (session["id"], "rescheduled")
    assert (old["changed_by"], old["notice_hours"]) == ("client", 80)
    assert new == moved
    assert new["status"] == "scheduled"
    assert datetime.fromisoformat(new["scheduled_at"]) == datetime.fromisoformat(to)


def test_rescheduling_says_where_the_session_went(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked

    ran = run("sessions", "reschedule", str(session["id"]), "--to", _ahead(5), "--by", "coach")

    assert ran.code == 0, ran.err
    new_id = _sessions(run)[1]["id"]
    noor = f"Noor (client {session['client_id']}, engagement {session['engagement_id']})"
    assert ran.out.startswith(f"moved session {session['id']} with {noor} to ")
    assert ran.out.endswith(f": now session {new_id}\n")


def test_show_says_which_session_replaced_a_moved_one_and_which_it_replaces(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked
    old_id = session["id"]
    new_id = _json(
        run(
            "sessions",
            "reschedule",
            str(old_id),
            "--to",
            _ahead(5),
            "--by",
            "client",
            "--format",
            "json",
        )
    )["id"]

    old_text = _fields(run("sessions", "show", str(old_id)))
    new_text = _fields(run("sessions", "show", str(new_id)))
    old_json = _json(run("sessions", "show", str(old_id), "--format", "json"))
    new_json = _json(run("sessions", "show", str(new_id), "--format", "json"))

    assert old_text["replaced by"] == f"session {new_id}" and "replaces" not in old_text
    assert new_text["replaces"] == f"session {old_id}" and "replaced by" not in new_text
    assert (old_json["replaced_by_id"], old_json["replaces_id"]) == (new_id, None)
    assert (new_json["replaces_id"], new_json["replaced_by_id"]) == (old_id, None)


def test_show_of_a_session_never_moved_names_no_other(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked

    shown = run("sessions", "show", str(session["id"]))

    assert shown.code == 0, shown.err
    assert "replace" not in shown.out
    assert (
        _json(run("sessions", "show", str(session["id"]), "--format", "json"))["replaced_by_id"]
        is None
    )


def test_without_notice_hours_the_notice_is_the_time_left_before_it(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked

    run("sessions", "reschedule", str(session["id"]), "--to", _ahead(5), "--by", "coach")

    old = _sessions(run)[0]
    assert old["changed_by"] == "coach"
    assert 71 <= old["notice_hours"] <= 72


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (
            ["--to", "soon", "--by", "client"],
            f"error: --to: expected {TIME_FORMS}, got 'soon'",
        ),
        (["--to", "2020-01-06 09:00", "--by", "client"], "error: --to: cannot be in the past"),
        (["--to", "TOMORROW", "--by", "the weather"], "error: --by: "),
        (["--to", "TOMORROW", "--by", "client", "--notice-hours", "-1"], "error: --notice-hours: "),
        # Too many digits to hold: told the range, not "inf", which was never typed.
        (
            ["--to", "TOMORROW", "--by", "client", "--notice-hours", "9" * 10_000],
            "error: --notice-hours: must be a number between 0 and 17544\n",
        ),
        # Read as 10 and 1 by float() alone; "inf" is no number of hours anyone types.
        *(
            (
                ["--to", "TOMORROW", "--by", "client", "--notice-hours", typed],
                f"error: --notice-hours: expected a number, got '{typed}'\n",
            )
            for typed in ("1_0", "١", "inf")
        ),
    ],
)
def test_a_bad_reschedule_is_one_line_and_changes_nothing(
    booked: tuple[RunCli, dict[str, Any]], extra: list[str], expected: str
) -> None:
    run, session = booked

    args = [_ahead(1) if arg == "TOMORROW" else arg for arg in extra]
    ran = _refused(run, 2, "reschedule", str(session["id"]), *args)

    assert ran.err.startswith(expected) and ran.err.count("\n") == 1


def test_a_reschedule_without_who_moved_it_asks_as_record_does(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked

    ran = _refused(run, 2, "reschedule", str(session["id"]), "--to", _ahead(5))

    assert ran.err == "error: --by: say who moved the session: client or coach\n"


def test_a_session_that_does_not_exist_cannot_be_rescheduled(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, _ = booked

    ran = run("sessions", "reschedule", "999", "--to", _ahead(5), "--by", "client")

    assert ran.code == 3
    assert ran.err == "error: session 999 not found\n"


def test_a_moved_session_cannot_be_moved_again(booked: tuple[RunCli, dict[str, Any]]) -> None:
    run, session = booked
    run("sessions", "reschedule", str(session["id"]), "--to", _ahead(5), "--by", "client")

    ran = _refused(run, 5, "reschedule", str(session["id"]), "--to", _ahead(6), "--by", "client")

    assert ran.err == "error: only a scheduled session can be moved, not a rescheduled one\n"


def test_recording_a_session_as_rescheduled_points_to_rescheduling(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked

    ran = run(
        "sessions", "record", str(session["id"]), "--status", "rescheduled", "--changed-by", "coach"
    )

    assert ran.code == 2
    assert ran.err == (
        "error: --status: a session is moved by rescheduling it, which books its new time\n"
    )
    assert [s["status"] for s in _sessions(run)] == ["scheduled"]


def test_the_record_help_offers_every_outcome_but_rescheduled(initialised: RunCli) -> None:
    ran = initialised("sessions", "record", "--help")
    # The help is drawn in boxes and wrapped to the terminal: read it as prose.
    prose = " ".join(ran.out.replace("│", " ").split())

    assert ran.code == 0
    assert "held, cancelled or no_show" in prose
    assert "use `sessions reschedule`" in prose
    assert "rescheduled" not in prose


CANCELLED_BY_CLIENT = ("--status", "cancelled", "--changed-by", "client")


def _cancel(run: RunCli, session_id: int, *extra: str) -> dict[str, Any]:
    args = [*CANCELLED_BY_CLIENT, *extra, "--format", "json"]
    return dict(_json(run("sessions", "record", str(session_id), *args)))


def test_recording_again_without_themes_keeps_them(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked
    _cancel(run, session["id"], "--theme", "Boundaries", "--theme", "sleep")

    again = _cancel(run, session["id"], "--notes", "Illness in the family.")

    assert again["themes"] == ["boundaries", "sleep"]
    assert again["notes"] == "Illness in the family."


def test_new_themes_replace_the_old_ones(booked: tuple[RunCli, dict[str, Any]]) -> None:
    run, session = booked
    _cancel(run, session["id"], "--theme", "boundaries")

    assert _cancel(run, session["id"], "--theme", "career")["themes"] == ["career"]


def test_clear_themes_removes_them(booked: tuple[RunCli, dict[str, Any]]) -> None:
    run, session = booked
    _cancel(run, session["id"], "--theme", "boundaries")

    assert _cancel(run, session["id"], "--clear-themes")["themes"] == []


def test_clear_themes_with_a_theme_is_refused_and_changes_nothing(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked
    _cancel(run, session["id"], "--theme", "boundaries")

    both = ["--clear-themes", "--theme", "career"]

    ran = _refused(run, 2, "record", str(session["id"]), *CANCELLED_BY_CLIENT, *both)

    assert ran.err == "error: --clear-themes: cannot be combined with --theme\n"


def _held(run: RunCli) -> dict[str, Any]:
    """A session held yesterday, in an engagement that started the day before."""
    engagement = _json(run("engagements", "list", "--format", "json"))[0]
    session = _json(
        run("sessions", "add", str(engagement["client_id"]), "--at", _ahead(-1), "--format", "json")
    )
    return dict(
        _json(
            run(
                "sessions",
                "record",
                str(session["id"]),
                "--status",
                "held",
                "--marker",
                "increased_openness",
                "--format",
                "json",
            )
        )
    )


def _record_held(run: RunCli, session_id: int, *extra: str) -> dict[str, Any]:
    args = ["--status", "held", *extra, "--format", "json"]
    return dict(_json(run("sessions", "record", str(session_id), *args)))


def test_recording_again_without_markers_keeps_them(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, _ = booked
    held = _held(run)

    again = _record_held(run, held["id"], "--notes", "edited")

    assert again["markers"] == ["increased_openness"]
    assert again["notes"] == "edited"


def test_new_markers_replace_and_clear_markers_removes_them(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, _ = booked
    held = _held(run)

    assert _record_held(run, held["id"], "--marker", "takes_risks")["markers"] == ["takes_risks"]
    assert _record_held(run, held["id"], "--clear-markers")["markers"] == []
    both = ["--clear-markers", "--marker", "takes_risks"]
    ran = _refused(run, 2, "record", str(held["id"]), "--status", "held", *both)
    assert ran.err == "error: --clear-markers: cannot be combined with --marker\n"


def test_notes_are_added_to_a_cancellation_without_restating_it_and_keep_its_notice(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked
    _cancel(run, session["id"], "--notice-hours", "100")

    noted = _json(
        run(
            "sessions", "record", str(session["id"]), "--notes", "Moving house.", "--format", "json"
        )
    )

    assert (noted["status"], noted["changed_by"], noted["notice_hours"]) == (
        "cancelled",
        "client",
        100,
    )
    assert noted["notes"] == "Moving house."


def test_restating_a_cancellation_keeps_its_notice(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked
    _cancel(run, session["id"], "--notice-hours", "100")

    assert _cancel(run, session["id"], "--notes", "Moving house.")["notice_hours"] == 100


def test_clear_notes_removes_them(booked: tuple[RunCli, dict[str, Any]]) -> None:
    run, session = booked
    _cancel(run, session["id"], "--notes", "Moving house.")

    cleared = run("sessions", "record", str(session["id"]), "--clear-notes", "--format", "json")

    assert _json(cleared)["notes"] is None
    assert _sessions(run)[0]["status"] == "cancelled"


def test_clear_notes_with_notes_is_refused_and_changes_nothing(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked
    _cancel(run, session["id"], "--notes", "Moving house.")

    ran = _refused(run, 2, "record", str(session["id"]), "--clear-notes", "--notes", "Other.")

    assert ran.err == "error: --clear-notes: cannot be combined with --notes or --notes-file\n"


def test_recording_nothing_is_refused_in_one_line(booked: tuple[RunCli, dict[str, Any]]) -> None:
    run, session = booked

    ran = _refused(run, 2, "record", str(session["id"]))

    assert ran.err == (
        "error: --status: nothing to record: give a status, notes, themes or markers\n"
    )


def test_undoing_a_cancellation_into_a_time_booked_since_is_refused_in_one_line(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked
    _cancel(run, session["id"])
    at = session["scheduled_at"]
    other = _json(run("sessions", "add", str(session["client_id"]), "--at", at, "--format", "json"))

    ran = _refused(run, 5, "record", str(session["id"]), "--status", "scheduled")

    assert ran.err.startswith(f"error: session {other['id']} is booked then (")
    assert ran.err.endswith("move or cancel it first\n") and ran.err.count("\n") == 1


@pytest.mark.parametrize("by", ["--by", "--changed-by"])
def test_record_takes_by_as_reschedule_does_and_changed_by_still(
    booked: tuple[RunCli, dict[str, Any]], by: str
) -> None:
    run, session = booked
    args = ["--status", "cancelled", by, "client", "--format", "json"]

    ran = run("sessions", "record", str(session["id"]), *args)

    assert _json(ran)["changed_by"] == "client"


def test_reschedule_takes_changed_by_as_record_does(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked

    ran = run(
        "sessions", "reschedule", str(session["id"]), "--to", _ahead(5), "--changed-by", "coach"
    )

    assert ran.code == 0, ran.err
    assert [s["changed_by"] for s in _sessions(run)] == ["coach", None]


def test_a_bad_by_on_record_is_named_as_reschedule_names_it(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked

    ran = run("sessions", "record", str(session["id"]), "--status", "cancelled", "--by", "weather")

    assert ran.code == 2
    assert ran.err.startswith("error: --by: must be one of: client, coach")


@pytest.mark.parametrize("command", ["record", "reschedule"])
def test_both_commands_offer_both_names_in_their_help(initialised: RunCli, command: str) -> None:
    prose = " ".join(initialised("sessions", command, "--help").out.replace("│", " ").split())

    assert "--by, --changed-by" in prose


def test_the_reply_says_what_was_recorded_besides_the_status(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked
    sid = str(session["id"])

    noted = run(
        "sessions",
        "record",
        sid,
        "--notes",
        "Asked to move.",
        "--theme",
        "Sleep",
        "--theme",
        "work",
    )
    cleared = run("sessions", "record", sid, "--clear-notes", "--clear-themes")
    unmarked = run("sessions", "record", sid, "--status", "scheduled", "--clear-markers")

    said = f"session {sid} with Noor (client {session['client_id']}, engagement "
    said += f"{session['engagement_id']}): scheduled"
    assert noted.out == f"{said}; notes saved; themes: sleep, work\n"
    assert cleared.out == f"{said}; notes cleared; themes cleared\n"
    assert unmarked.out == f"{said}; markers cleared\n"


def test_a_theme_with_a_byte_that_is_not_utf8_is_refused_and_changes_nothing(
    booked: tuple[RunCli, dict[str, Any]],
) -> None:
    run, session = booked

    # As Python reads an argument holding the byte 0xff (surrogateescape).
    ran = _refused(run, 2, "record", str(session["id"]), "--theme", "sle\udcffep")

    assert ran.err == "error: --theme: must be UTF-8 text (found the byte 0xff, which is not)\n"
