"""``coachconn notes``: what you keep about a client between sessions."""

from __future__ import annotations

from collections.abc import Sequence

import typer

from coachconn.cli._common import (
    fields_block,
    format_option,
    run_service,
    sub_app,
    table,
)
from coachconn.core.notes import NoteView

notes_app = sub_app("notes", "Notes you keep about a client between sessions.")
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {"text": "--text", "session_id": "--session"}


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
            ("client", n.client_id),
            ("session", n.session_id),
            ("written", n.created_at),
            ("text", n.text),
        ]
    )


@notes_app.command("add")
def notes_add(
    client_id: int = typer.Argument(..., metavar="CLIENT_ID"),
    note: str = typer.Option(..., "--text", help="The note."),
    session: int | None = typer.Option(None, "--session", help="Tie it to this session."),
    fmt: str = format_option(),
) -> None:
    """Write a note about a client."""
    from coachconn.services.notes import add_note

    run_service(
        fmt,
        lambda n: f"added note {n.id} for client {n.client_id}",
        lambda uow, coach_id: add_note(uow, coach_id, client_id, text=note, session_id=session),
        options=_OPTIONS,
    )


@notes_app.command("list")
def notes_list(
    client_id: int = typer.Argument(..., metavar="CLIENT_ID"),
    session: int | None = typer.Option(None, "--session"),
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
def notes_show(
    note_id: int = typer.Argument(..., metavar="NOTE_ID"), fmt: str = format_option()
) -> None:
    """One note."""
    from coachconn.services.notes import get_note

    run_service(
        fmt, _note_detail, lambda uow, coach_id: get_note(uow, coach_id, note_id), options=_OPTIONS
    )
