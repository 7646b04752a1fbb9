"""``coachconn notes``: what you keep about a client between sessions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import typer

from coachconn.cli._client_text import read_client_text, text_file_option
from coachconn.cli._common import (
    fields_block,
    format_option,
    id_argument,
    id_option,
    output_format,
    practice,
    run_service,
    sub_app,
    table,
    whole_number,
    whose,
)
from coachconn.core.errors import InvalidInput

if TYPE_CHECKING:
    from coachconn.core.notes import NoteView

notes_app = sub_app("notes", "Notes you keep about a client between sessions.")
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {"text": "--text", "session_id": "--session"}
# How much of a note the refusal to delete it quotes, so the coach knows which.
_PREVIEW = 40


def _note_rows(views: Sequence[NoteView]) -> str:
    return table(
        [(n.id, n.created_at, n.session_id, n.text) for n in views],
        ("ID", "WRITTEN", "SESSION", "NOTE"),
        empty="no notes yet",
    )


def _note_detail(n: NoteView) -> str:
    return fields_block(
        [
            ("note", n.id),
            ("client", f"{n.client_name} (id {n.client_id})"),
            ("session", n.session_id),
            ("written", n.created_at),
            ("edited", n.edited_at),
            ("text", n.text),
        ]
    )


@notes_app.command("add")
def notes_add(
    client_id: int = id_argument("CLIENT_ID"),
    note: str | None = typer.Option(None, "--text", metavar="TEXT", help="The note."),
    note_file: str | None = text_file_option("--text"),
    session: int | None = id_option("session", "Tie it to this session."),
    fmt: str = format_option(),
) -> None:
    """Write a note about a client."""
    from coachconn.services.notes import add_note

    output_format(fmt)  # a bad --format is named before the text is read
    given = read_client_text("--text", note, note_file)
    words = given.required("--text")
    run_service(
        fmt,
        lambda n: f"added note {n.id} for {whose(n.client_name, n.client_id)}",
        lambda uow, coach_id: add_note(uow, coach_id, client_id, text=words, session_id=session),
        options=given.named(_OPTIONS),
    )


@notes_app.command("list")
def notes_list(
    client_id: int = id_argument("CLIENT_ID"),
    session: int | None = id_option(
        "session", "Only the notes tied to this session of the client's."
    ),
    fmt: str = format_option(),
) -> None:
    """A client's notes, oldest first."""
    from coachconn.services.notes import list_notes

    run_service(
        fmt,
        _note_rows,
        lambda uow, coach_id: list_notes(uow, coach_id, client_id, session_id=session),
        options=_OPTIONS,
    )


@notes_app.command("show")
def notes_show(note_id: int = id_argument("NOTE_ID"), fmt: str = format_option()) -> None:
    """One note."""
    from coachconn.services.notes import get_note

    run_service(
        fmt, _note_detail, lambda uow, coach_id: get_note(uow, coach_id, note_id), options=_OPTIONS
    )


@notes_app.command("edit")
def notes_edit(
    note_id: int = id_argument("NOTE_ID"),
    note: str | None = typer.Option(
        None, "--text", metavar="TEXT", help="The note's new text; replaces the old."
    ),
    note_file: str | None = text_file_option("--text"),
    expected_version: int | None = typer.Option(
        None,
        "--expected-version",
        metavar="VERSION",
        help="Refuse the change if the note is no longer at this version "
        "(see `notes show --format json`).",
        parser=whole_number,
    ),
    fmt: str = format_option(),
) -> None:
    """Change what a note says; its client, session and date stay."""
    from coachconn.services.notes import edit_note

    output_format(fmt)  # a bad --format is named before the text is read
    given = read_client_text("--text", note, note_file)
    words = given.required("--text")
    run_service(
        fmt,
        lambda n: f"edited note {n.id} for {whose(n.client_name, n.client_id)}",
        lambda uow, coach_id: edit_note(
            uow, coach_id, note_id, text=words, expected_version=expected_version
        ),
        options=given.named(_OPTIONS),
    )


@notes_app.command("delete")
def notes_delete(
    note_id: int = id_argument("NOTE_ID"),
    yes: bool = typer.Option(False, "--yes", help="Confirm: this cannot be undone."),
    expected_version: int | None = typer.Option(
        None,
        "--expected-version",
        metavar="VERSION",
        help="Refuse if the note is no longer at this version (it was edited meanwhile).",
        parser=whole_number,
    ),
    fmt: str = format_option(),
) -> None:
    """Delete a note for good."""
    from coachconn.services.notes import delete_note, get_note

    if not yes:
        output_format(fmt)
        with practice() as (store, coach):  # quotes the note, or says it is not found
            shown = get_note(store.unit_of_work(), coach.id, note_id)
        raise InvalidInput(
            "--yes",
            f"required to delete note {shown.id} of {whose(shown.client_name, shown.client_id)}, "
            f"{_preview(shown.text)}: it cannot be undone",
        )
    run_service(
        fmt,
        lambda n: f"deleted note {n.id} of {whose(n.client_name, n.client_id)}",
        lambda uow, coach_id: delete_note(
            uow, coach_id, note_id, expected_version=expected_version
        ),
        options=_OPTIONS,
    )


def _preview(note: str) -> str:
    """The note's first line, cut short: the refusal stays one line."""
    first = note.splitlines()[0]
    if first == note and len(note) <= _PREVIEW:
        return f'"{note}"'
    return f'"{first[:_PREVIEW].rstrip()}…"'
