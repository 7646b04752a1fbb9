"""A client's words given from a file or standard input (`--text-file PATH`,
`--text-file -`), so they never appear on the command line, where every user of
the machine can read them (`ps`) and the shell's history keeps them."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer
from tests.cli.conftest import Ran, RunCli, json_of

from coachconn.cli._client_text import MAX_BYTES
from coachconn.cli.app import app

NOTE = "Spoke about the move abroad.\nWorried about her mother; wants to decide by March.\n"

Stdin = Callable[[bytes], None]


def _refused(ran: Ran, starts: str) -> None:
    """One line naming the option, and a usage exit code."""
    assert ran.code == 2, ran.out
    assert ran.err.startswith(f"error: {starts}"), ran.err
    assert ran.err.count("\n") == 1, ran.err
    assert "Traceback" not in ran.err


@pytest.fixture
def stdin(monkeypatch: pytest.MonkeyPatch) -> Stdin:
    """Give the command these bytes on standard input, as a shell redirect would."""

    def give(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    return give


def _notes(run: RunCli, client_id: int) -> list[dict[str, Any]]:
    return list(json_of(run("notes", "list", str(client_id), "--format", "json")))


def _profile(run: RunCli, client_id: int) -> dict[str, Any]:
    shown = json_of(run("clients", "show", str(client_id), "--format", "json"))
    return dict(shown["client"]["profile"])


def _note_refused(ran: Ran, run: RunCli, client_id: int, starts: str) -> None:
    """``ran``, a ``notes add`` for the client, was refused as :func:`_refused` checks,
    and no note was stored."""
    _refused(ran, starts)
    assert _notes(run, client_id) == []


def _text_file_refused(run: RunCli, client_id: int, source: str, starts: str) -> Ran:
    """``notes add --text-file SOURCE`` for the client, refused with no note stored."""
    ran = run("notes", "add", str(client_id), "--text-file", source)
    _note_refused(ran, run, client_id, starts)
    return ran


# ---------------------------------------------------------------- reading


def test_a_note_is_read_from_standard_input(engaged: tuple[RunCli, int, int], stdin: Stdin) -> None:
    run, client_id, _ = engaged
    stdin(NOTE.encode())

    added = json_of(run("notes", "add", str(client_id), "--text-file", "-", "--format", "json"))

    shown = json_of(run("notes", "show", str(added["id"]), "--format", "json"))
    assert shown["text"] == NOTE.strip()


def test_a_note_is_read_from_a_file(engaged: tuple[RunCli, int, int], tmp_path: Path) -> None:
    run, client_id, _ = engaged
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")

    ran = run("notes", "add", str(client_id), "--text-file", str(tmp_path / "note.txt"))

    assert ran.code == 0, ran.err
    assert [n["text"] for n in _notes(run, client_id)] == [NOTE.strip()]


def test_a_file_named_dash_is_read_as_dot_slash_dash_not_standard_input(
    engaged: tuple[RunCli, int, int],
    tmp_path: Path,
    stdin: Stdin,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run, client_id, _ = engaged
    (tmp_path / "-").write_text(NOTE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    stdin(b"Not this one.")

    ran = run("notes", "add", str(client_id), "--text-file", "./-")

    assert ran.code == 0, ran.err
    assert [n["text"] for n in _notes(run, client_id)] == [NOTE.strip()]


def test_a_missing_file_named_dash_is_named_as_typed(
    engaged: tuple[RunCli, int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run, client_id, _ = engaged
    monkeypatch.chdir(tmp_path)  # no file named "-" here

    ran = run("notes", "add", str(client_id), "--text-file", "./-")

    _note_refused(ran, run, client_id, "--text-file: no such file: ./-\n")


def test_a_note_is_edited_from_a_file(engaged: tuple[RunCli, int, int], tmp_path: Path) -> None:
    run, client_id, _ = engaged
    note = json_of(run("notes", "add", str(client_id), "--text", "First take.", "--format", "json"))
    (tmp_path / "note.txt").write_text("Second take, fuller.", encoding="utf-8")

    ran = run("notes", "edit", str(note["id"]), "--text-file", str(tmp_path / "note.txt"))

    assert ran.code == 0, ran.err
    assert [n["text"] for n in _notes(run, client_id)] == ["Second take, fuller."]


def test_literal_text_still_works(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged

    ran = run("notes", "add", str(client_id), "--text", "Sounded tired on the phone.")

    assert ran.code == 0, ran.err
    assert [n["text"] for n in _notes(run, client_id)] == ["Sounded tired on the phone."]


def test_a_byte_order_mark_is_not_part_of_the_text(
    engaged: tuple[RunCli, int, int], tmp_path: Path
) -> None:
    run, client_id, _ = engaged
    (tmp_path / "note.txt").write_bytes("\ufeffSaved by a Windows editor.\r\n".encode())

    assert run("notes", "add", str(client_id), "--text-file", str(tmp_path / "note.txt")).code == 0

    assert [n["text"] for n in _notes(run, client_id)] == ["Saved by a Windows editor."]


def test_profile_fields_are_read_from_files_and_standard_input_together(
    initialised: RunCli, tmp_path: Path, stdin: Stdin
) -> None:
    (tmp_path / "values.txt").write_text("Family first.\nHonesty.", encoding="utf-8")
    stdin(b"To lead the team without working weekends.")

    added = json_of(
        initialised(
            "clients",
            "add",
            "--name",
            "Avery",
            "--values-file",
            str(tmp_path / "values.txt"),
            "--goals-file",
            "-",
            "--feedback-style",
            "Direct",
            "--format",
            "json",
        )
    )

    profile = _profile(initialised, added["id"])
    assert profile["values"] == "Family first.\nHonesty."
    assert profile["goals"] == "To lead the team without working weekends."
    assert profile["feedback_style"] == "Direct"


def test_a_profile_update_reads_a_pattern_from_standard_input(
    engaged: tuple[RunCli, int, int], stdin: Stdin
) -> None:
    run, client_id, _ = engaged
    stdin(b"Defers to authority; opens up when asked about her team.")

    ran = run("clients", "update", str(client_id), "--relational-patterns-file", "-")

    assert ran.code == 0, ran.err
    profile = _profile(run, client_id)
    assert profile["relational_patterns"] == (
        "Defers to authority; opens up when asked about her team."
    )


def test_session_notes_are_read_from_standard_input(
    engaged: tuple[RunCli, int, int], stdin: Stdin
) -> None:
    run, client_id, _ = engaged
    at = "2026-01-12 09:00+00:00"
    booked = json_of(run("sessions", "add", str(client_id), "--at", at, "--format", "json"))
    stdin(NOTE.encode())

    ran = run("sessions", "record", str(booked["id"]), "--status", "held", "--notes-file", "-")

    assert ran.code == 0, ran.err
    shown = json_of(run("sessions", "show", str(booked["id"]), "--format", "json"))
    assert shown["notes"] == NOTE.strip()


@pytest.mark.parametrize(
    ("group", "extra", "option", "field"),
    [
        ("agreements", ["--kind", "working"], "--text-file", "text"),
        ("commitments", ["--owner", "client"], "--text-file", "text"),
        ("goals", ["--title", "Delegate more"], "--description-file", "description"),
    ],
)
def test_engagement_records_are_read_from_a_file(
    engaged: tuple[RunCli, int, int],
    tmp_path: Path,
    group: str,
    extra: list[str],
    option: str,
    field: str,
) -> None:
    run, client_id, _ = engaged
    (tmp_path / "words.txt").write_text("Weekly check-in on delegation.", encoding="utf-8")

    added = json_of(
        run(
            group,
            "add",
            str(client_id),
            *extra,
            option,
            str(tmp_path / "words.txt"),
            "--format",
            "json",
        )
    )

    assert added[field] == "Weekly check-in on delegation."


def test_a_pin_is_read_from_standard_input(engaged: tuple[RunCli, int, int], stdin: Stdin) -> None:
    run, client_id, _ = engaged
    stdin(b"Her sister's wedding in June.")

    added = json_of(run("pins", "add", str(client_id), "--text-file", "-", "--format", "json"))

    assert json_of(run("pins", "show", str(added["id"]), "--format", "json"))["text"] == (
        "Her sister's wedding in June."
    )


# ---------------------------------------------------------------- refusals


def test_a_missing_file_is_refused_and_nothing_is_stored(
    engaged: tuple[RunCli, int, int], tmp_path: Path
) -> None:
    run, client_id, _ = engaged

    _text_file_refused(run, client_id, str(tmp_path / "nowhere.txt"), "--text-file: no such file: ")


def test_a_folder_is_refused(engaged: tuple[RunCli, int, int], tmp_path: Path) -> None:
    run, client_id, _ = engaged

    _text_file_refused(
        run, client_id, str(tmp_path), f"--text-file: {tmp_path} is a folder, not a file"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_file_is_refused(engaged: tuple[RunCli, int, int], tmp_path: Path) -> None:
    run, client_id, _ = engaged
    secret = tmp_path / "note.txt"
    secret.write_text(NOTE, encoding="utf-8")
    secret.chmod(0)

    _text_file_refused(
        run, client_id, str(secret), f"--text-file: cannot read {secret}: Permission denied"
    )


def test_a_file_that_is_not_utf8_is_refused(
    engaged: tuple[RunCli, int, int], tmp_path: Path
) -> None:
    run, client_id, _ = engaged
    (tmp_path / "note.txt").write_bytes("Café au lait".encode("latin-1"))

    ran = _text_file_refused(run, client_id, str(tmp_path / "note.txt"), "--text-file: ")

    assert "is not UTF-8 text (byte 4)" in ran.err


def test_standard_input_that_is_not_utf8_is_refused(
    engaged: tuple[RunCli, int, int], stdin: Stdin
) -> None:
    run, client_id, _ = engaged
    stdin(b"\xff\xfeN\x00o\x00")

    _text_file_refused(
        run, client_id, "-", "--text-file: standard input is not UTF-8 text (byte 1)"
    )


@pytest.mark.parametrize("data", [b"", b"  \n\n\t"])
def test_empty_standard_input_is_refused(
    engaged: tuple[RunCli, int, int], stdin: Stdin, data: bytes
) -> None:
    run, client_id, _ = engaged
    stdin(data)

    _text_file_refused(run, client_id, "-", "--text-file: standard input is empty")


def test_an_empty_file_does_not_clear_a_profile_field(
    engaged: tuple[RunCli, int, int], tmp_path: Path
) -> None:
    run, client_id, _ = engaged
    assert run("clients", "update", str(client_id), "--values", "Honesty.").code == 0
    (tmp_path / "values.txt").write_text("\n", encoding="utf-8")

    ran = run("clients", "update", str(client_id), "--values-file", str(tmp_path / "values.txt"))

    _refused(ran, f"--values-file: {tmp_path / 'values.txt'} is empty")
    profile = _profile(run, client_id)
    assert profile["values"] == "Honesty."


def test_text_over_the_services_limit_is_refused_naming_the_file_option(
    engaged: tuple[RunCli, int, int], tmp_path: Path
) -> None:
    run, client_id, engagement_id = engaged
    too_long = tmp_path / "long.txt"
    too_long.write_text("a" * 2_001, encoding="utf-8")

    ran = run(
        "commitments", "add", str(client_id), "--owner", "client", "--text-file", str(too_long)
    )

    _refused(ran, "--text-file: must be at most 2000 characters")
    listed = json_of(
        run("commitments", "list", "--engagement", str(engagement_id), "--format", "json")
    )
    assert listed == []


def test_standard_input_past_any_limit_is_refused_unread(
    engaged: tuple[RunCli, int, int], stdin: Stdin
) -> None:
    run, client_id, _ = engaged
    stdin(b"a" * (MAX_BYTES + 1))

    _text_file_refused(run, client_id, "-", "--text-file: standard input is too long")


def test_control_characters_in_a_file_are_refused_naming_the_file_option(
    engaged: tuple[RunCli, int, int], tmp_path: Path
) -> None:
    run, client_id, _ = engaged
    (tmp_path / "note.txt").write_text("Fine\x1b[2Jnot fine", encoding="utf-8")

    _text_file_refused(
        run,
        client_id,
        str(tmp_path / "note.txt"),
        "--text-file: must not contain control characters",
    )


def test_two_options_cannot_both_read_standard_input(initialised: RunCli, stdin: Stdin) -> None:
    stdin(b"Family first.")

    ran = initialised(
        "clients", "add", "--name", "Avery", "--values-file", "-", "--goals-file", "-"
    )

    _refused(ran, "--goals-file: only one option can read standard input")
    assert json_of(initialised("clients", "list", "--format", "json")) == []


def test_text_and_its_file_together_are_refused(
    engaged: tuple[RunCli, int, int], tmp_path: Path
) -> None:
    run, client_id, _ = engaged
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")

    ran = run(
        "notes",
        "add",
        str(client_id),
        "--text",
        "Short.",
        "--text-file",
        str(tmp_path / "note.txt"),
    )

    _note_refused(ran, run, client_id, "--text: give the text or --text-file, not both")


def test_a_dash_as_the_text_points_to_the_file_option(
    engaged: tuple[RunCli, int, int], stdin: Stdin
) -> None:
    run, client_id, _ = engaged
    stdin(NOTE.encode())

    ran = run("notes", "add", str(client_id), "--text", "-")

    _note_refused(
        ran, run, client_id, "--text: to read the text from standard input, use --text-file -"
    )


def test_required_text_given_neither_way_is_refused(engaged: tuple[RunCli, int, int]) -> None:
    run, client_id, _ = engaged

    ran = run("notes", "add", str(client_id))

    _note_refused(
        ran, run, client_id, "--text: required (or --text-file PATH to read it from a file"
    )


# ---------------------------------------------------------------- every such option

# The profile's fields in the client's words, and the patterns the coach notes later.
PROFILE_OPTIONS = (
    "--values",
    "--goals",
    "--terms",
    "--communication-style",
    "--feedback-style",
    "--cultural-context",
)
PATTERN_OPTIONS = ("--communication-patterns", "--behavioural-patterns", "--relational-patterns")

# Every option that takes a client's words at length, by command.
CLIENT_TEXT_OPTIONS = [
    ("notes", "add", "--text"),
    ("notes", "edit", "--text"),
    ("sessions", "record", "--notes"),
    ("agreements", "add", "--text"),
    ("commitments", "add", "--text"),
    ("pins", "add", "--text"),
    ("goals", "add", "--description"),
    *(("clients", "add", option) for option in PROFILE_OPTIONS),
    *(("clients", "update", option) for option in (*PROFILE_OPTIONS, *PATTERN_OPTIONS)),
]


@pytest.mark.parametrize(("group", "command", "option"), CLIENT_TEXT_OPTIONS)
def test_each_option_for_a_clients_words_can_be_read_from_a_file(
    group: str, command: str, option: str
) -> None:
    cli = typer.main.get_command(app)
    params = cli.commands[group].commands[command].params  # type: ignore[attr-defined]
    names = {name for param in params for name in param.opts}

    assert {option, f"{option}-file"} <= names
