"""`coachconn notes edit` and `notes delete`: correcting and removing a note."""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.cli.conftest import Ran, RunCli


def _json(ran: Ran) -> Any:
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


@pytest.fixture
def noted(initialised: RunCli) -> tuple[RunCli, dict[str, Any]]:
    """A client with one note."""
    client = _json(initialised("clients", "add", "--name", "Noor", "--format", "json"))
    note = _json(
        initialised(
            "notes",
            "add",
            str(client["id"]),
            "--text",
            "Sounded tired on the phone; mentioned the night shifts again.",
            "--format",
            "json",
        )
    )
    return initialised, note


def _notes(run: RunCli, client_id: int) -> list[dict[str, Any]]:
    return list(_json(run("notes", "list", str(client_id), "--format", "json")))


def test_editing_replaces_the_text_and_shows_when(noted: tuple[RunCli, dict[str, Any]]) -> None:
    run, note = noted

    ran = run("notes", "edit", str(note["id"]), "--text", "Sounded rested.")

    assert ran.code == 0, ran.err
    assert ran.out == f"edited note {note['id']} for Noor (client {note['client_id']})\n"
    shown = _json(run("notes", "show", str(note["id"]), "--format", "json"))
    assert shown["text"] == "Sounded rested."
    assert shown["created_at"] == note["created_at"]
    assert note["edited_at"] is None and shown["edited_at"] is not None
    assert shown["version"] == note["version"] + 1
    text = run("notes", "show", str(note["id"])).out
    assert "edited " in text and "Sounded rested." in text


def test_edit_answers_json_with_the_edited_note(noted: tuple[RunCli, dict[str, Any]]) -> None:
    run, note = noted

    edited = _json(run("notes", "edit", str(note["id"]), "--text", "Rested.", "--format", "json"))

    assert (edited["id"], edited["text"]) == (note["id"], "Rested.")
    assert _notes(run, note["client_id"]) == [edited]


@pytest.mark.parametrize(
    ("bad", "expected"),
    [
        ("", "error: --text: must not be empty\n"),
        ("   ", "error: --text: must not be empty\n"),
        ("Clear\x1b[2J", "error: --text: must not contain control characters (found '\\x1b')\n"),
    ],
)
def test_bad_text_is_one_line_naming_the_option_and_changes_nothing(
    noted: tuple[RunCli, dict[str, Any]], bad: str, expected: str
) -> None:
    run, note = noted
    before = _notes(run, note["client_id"])

    ran = run("notes", "edit", str(note["id"]), "--text", bad)

    assert (ran.code, ran.err, ran.out) == (2, expected, "")
    assert _notes(run, note["client_id"]) == before


def test_edit_without_text_is_a_usage_error(noted: tuple[RunCli, dict[str, Any]]) -> None:
    run, note = noted

    ran = run("notes", "edit", str(note["id"]))

    assert ran.code == 2
    assert ran.err.startswith("error: ") and "--text" in ran.err and ran.err.count("\n") == 1


def test_an_edit_from_a_stale_version_is_refused(noted: tuple[RunCli, dict[str, Any]]) -> None:
    run, note = noted
    run("notes", "edit", str(note["id"]), "--text", "First correction")
    before = _notes(run, note["client_id"])

    ran = run(
        "notes",
        "edit",
        str(note["id"]),
        "--text",
        "Second correction",
        "--expected-version",
        str(note["version"]),
    )

    assert ran.code == 5
    assert ran.err == (
        f"error: --expected-version: the record is at version {note['version'] + 1}, you "
        f"expected {note['version']}: it was changed since you read it; show it again and "
        "try again\n"
    )
    assert _notes(run, note["client_id"]) == before


def test_without_yes_delete_quotes_the_note_and_deletes_nothing(
    noted: tuple[RunCli, dict[str, Any]],
) -> None:
    run, note = noted

    ran = run("notes", "delete", str(note["id"]))

    assert ran.code == 2
    assert ran.err == (
        f"error: --yes: required to delete note {note['id']} of Noor (client {note['client_id']}), "
        '"Sounded tired on the phone; mentioned th…": it cannot be undone\n'
    )
    assert ran.out == ""
    assert len(_notes(run, note["client_id"])) == 1


def test_the_refusal_stays_one_line_for_a_note_of_several_lines(
    noted: tuple[RunCli, dict[str, Any]],
) -> None:
    run, note = noted
    run("notes", "edit", str(note["id"]), "--text", "Short.\nSecond line.")

    ran = run("notes", "delete", str(note["id"]))

    assert ran.err.endswith(', "Short.…": it cannot be undone\n')
    assert ran.err.count("\n") == 1


def test_a_delete_after_an_edit_it_did_not_see_is_refused(
    noted: tuple[RunCli, dict[str, Any]],
) -> None:
    run, note = noted
    run("notes", "edit", str(note["id"]), "--text", "A correction")
    before = _notes(run, note["client_id"])

    ran = run(
        "notes", "delete", str(note["id"]), "--yes", "--expected-version", str(note["version"])
    )

    assert ran.code == 5
    assert ran.err.startswith(
        f"error: --expected-version: the record is at version {note['version'] + 1}, you "
        f"expected {note['version']}: "
    )
    assert _notes(run, note["client_id"]) == before


def test_delete_with_yes_removes_the_note(noted: tuple[RunCli, dict[str, Any]]) -> None:
    run, note = noted

    ran = run("notes", "delete", str(note["id"]), "--yes")

    assert ran.code == 0, ran.err
    assert ran.out == f"deleted note {note['id']} of Noor (client {note['client_id']})\n"
    assert _notes(run, note["client_id"]) == []
    shown = run("notes", "show", str(note["id"]))
    assert (shown.code, shown.err) == (3, f"error: note {note['id']} not found\n")


def test_delete_answers_json_with_the_note_it_deleted(
    noted: tuple[RunCli, dict[str, Any]],
) -> None:
    run, note = noted

    assert _json(run("notes", "delete", str(note["id"]), "--yes", "--format", "json")) == note


@pytest.mark.parametrize(
    "args",
    [
        ("edit", "404", "--text", "x"),
        ("delete", "404"),
        ("delete", "404", "--yes"),
    ],
)
def test_an_unknown_note_is_not_found(
    noted: tuple[RunCli, dict[str, Any]], args: tuple[str]
) -> None:
    run, note = noted

    ran = run("notes", *args)

    assert (ran.code, ran.err, ran.out) == (3, "error: note 404 not found\n", "")
    assert len(_notes(run, note["client_id"])) == 1


def test_a_note_of_several_lines_stays_one_row_of_the_list(
    noted: tuple[RunCli, dict[str, Any]],
) -> None:
    run, note = noted
    run("notes", "add", str(note["client_id"]), "--text", "Met her manager.\n\n\tNext: talk to HR.")

    lines = run("notes", "list", str(note["client_id"])).out.splitlines()

    assert len(lines) == 3  # the header and one line per note
    assert lines[2].endswith("Met her manager. ⏎ Next: talk to HR.")


def test_a_note_of_several_lines_is_shown_whole_under_its_label(
    noted: tuple[RunCli, dict[str, Any]],
) -> None:
    run, note = noted
    added = _json(
        run(
            "notes",
            "add",
            str(note["client_id"]),
            "--text",
            "Line one\nLine two",
            "--format",
            "json",
        )
    )

    out = run("notes", "show", str(added["id"])).out

    first, second = out.splitlines()[-2:]
    assert first.endswith("  Line one")
    assert second == " " * first.index("Line one") + "Line two"
    assert _json(run("notes", "show", str(added["id"]), "--format", "json"))["text"] == (
        "Line one\nLine two"
    )


def test_every_table_shows_a_line_break_the_same_way() -> None:
    from coachconn.cli._common import table

    shown = table([(1, "a\nb", "last\r\nline")], ("ID", "TEXT", "MORE"))

    assert shown.splitlines() == ["ID  TEXT   MORE", "1   a ⏎ b  last ⏎ line"]


def test_a_tables_columns_line_up_whatever_script_a_name_is_in() -> None:
    from coachconn.cli._common import table

    names = ["王芳", "Jose\u0301", "Zo\u200be", "Ana"]  # wide; accent combined; zero-width space

    shown = table([(n, name, "x") for n, name in enumerate(names, 1)], ("ID", "CLIENT", "MORE"))

    assert shown.splitlines() == [
        "ID  CLIENT  MORE",
        "1   王芳    x",
        "2   Jose\u0301    x",
        "3   Zo\u200be     x",
        "4   Ana     x",
    ]


def test_listing_one_sessions_notes_refuses_a_session_not_the_clients(
    noted: tuple[RunCli, dict[str, Any]],
) -> None:
    run, note = noted
    other = _json(run("clients", "add", "--name", "Tom", "--format", "json"))
    _json(run("engagements", "add", str(other["id"]), "--started", "-1w", "--format", "json"))
    toms = _json(run("sessions", "add", str(other["id"]), "--at", "+1d 09:00", "--format", "json"))
    client = str(note["client_id"])

    missing = run("notes", "list", client, "--session", "999")
    another = run("notes", "list", client, "--session", str(toms["id"]))

    assert (missing.code, missing.out, missing.err) == (3, "", "error: session 999 not found\n")
    assert (another.code, another.out) == (2, "")
    assert another.err == "error: --session: is a session of another client\n"


def test_a_note_with_a_byte_that_is_not_utf8_is_refused_in_one_line(
    noted: tuple[RunCli, dict[str, Any]],
) -> None:
    run, note = noted
    before = _notes(run, note["client_id"])

    # As Python reads an argument holding the byte 0xff (surrogateescape).
    ran = run("notes", "add", str(note["client_id"]), "--text", "Tired \udcff")

    assert (ran.code, ran.out) == (2, "")
    assert ran.err == "error: --text: must be UTF-8 text (found the byte 0xff, which is not)\n"
    assert _notes(run, note["client_id"]) == before
