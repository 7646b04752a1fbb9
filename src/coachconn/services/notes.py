"""Notes: what the coach writes about a client, free or tied to a session.

(A session's own summary lives on the session, see ``record_session(notes=...)``.)
"""

from __future__ import annotations

from sqlalchemy import select

from coachconn.core import validation as v
from coachconn.core.errors import InvalidInput
from coachconn.core.notes import NoteView
from coachconn.services.engagements import check_version, client_name
from coachconn.storage.crypto import FieldCipher
from coachconn.storage.tables import ClientRow, NoteRow, SessionRow
from coachconn.storage.uow import UnitOfWork

TABLE = "notes"


def add_note(
    uow: UnitOfWork, coach_id: int, client_id: int, *, text: str, session_id: int | None = None
) -> NoteView:
    body = v.required_text("text", text)
    with uow:
        client = uow.owned(ClientRow, coach_id, client_id, "client")
        if session_id is not None:
            _check_clients_session(uow, coach_id, client_id, session_id)
        cipher = uow.keys.cipher(coach_id, client_id)
        row = NoteRow(
            coach_id=coach_id,
            client_id=client_id,
            session_id=session_id,
            text=cipher.seal(TABLE, "text", body),
            created_at=uow.now(),
        )
        uow.session.add(row)
        uow.flush()
        view = note_view(row, cipher, client_name(uow, client))
        uow.commit()
    return view


def list_notes(
    uow: UnitOfWork, coach_id: int, client_id: int, *, session_id: int | None = None
) -> list[NoteView]:
    """The client's notes, oldest first (one session's with ``session_id``, which must
    be one of the client's: a session id typed wrong is refused, not answered with no
    notes)."""
    with uow:
        client = uow.owned(ClientRow, coach_id, client_id, "client")
        query = select(NoteRow).where(NoteRow.coach_id == coach_id, NoteRow.client_id == client_id)
        if session_id is not None:
            _check_clients_session(uow, coach_id, client_id, session_id)
            query = query.where(NoteRow.session_id == session_id)
        rows = uow.session.scalars(query.order_by(NoteRow.created_at, NoteRow.id)).all()
        cipher = uow.keys.cipher(coach_id, client_id)
        name = client_name(uow, client)
        return [note_view(r, cipher, name) for r in rows]


def _check_clients_session(uow: UnitOfWork, coach_id: int, client_id: int, session_id: int) -> None:
    """:class:`NotFound` for a session not the coach's, :class:`InvalidInput` for one of
    another of their clients."""
    session = uow.owned(SessionRow, coach_id, session_id, "session")
    if session.client_id != client_id:
        raise InvalidInput("session_id", "is a session of another client")


def get_note(uow: UnitOfWork, coach_id: int, note_id: int) -> NoteView:
    """One of the coach's notes; :class:`NotFound` for any other id."""
    with uow:
        return _view(uow, uow.owned(NoteRow, coach_id, note_id, "note"))


def edit_note(
    uow: UnitOfWork,
    coach_id: int,
    note_id: int,
    *,
    text: str,
    expected_version: int | None = None,
) -> NoteView:
    """Replace a note's text, sealed again, and record when. Its client, session
    and time written stay; :class:`NotFound` for any id not the coach's."""
    body = v.required_text("text", text)
    with uow:
        row = uow.owned(NoteRow, coach_id, note_id, "note")
        check_version(row.version, expected_version)
        cipher = uow.keys.cipher(coach_id, row.client_id)
        row.text = cipher.seal(TABLE, "text", body)
        row.edited_at = uow.now()
        uow.flush()
        view = _view(uow, row)
        uow.commit()
    return view


def delete_note(
    uow: UnitOfWork, coach_id: int, note_id: int, *, expected_version: int | None = None
) -> NoteView:
    """Delete one of the coach's notes for good; returns it as it was."""
    with uow:
        row = uow.owned(NoteRow, coach_id, note_id, "note")
        check_version(row.version, expected_version)
        view = _view(uow, row)
        uow.session.delete(row)
        uow.commit()
    return view


def _view(uow: UnitOfWork, row: NoteRow) -> NoteView:
    """Inside an open unit of work: the note, its client named."""
    client = uow.owned(ClientRow, row.coach_id, row.client_id, "client")
    return note_view(row, uow.keys.cipher(row.coach_id, row.client_id), client_name(uow, client))


def note_view(row: NoteRow, cipher: FieldCipher, client_name: str) -> NoteView:
    return NoteView(
        id=row.id,
        coach_id=row.coach_id,
        client_id=row.client_id,
        client_name=client_name,
        session_id=row.session_id,
        text=cipher.open(TABLE, "text", row.text),
        version=row.version,
        created_at=row.created_at,
        edited_at=row.edited_at,
    )
