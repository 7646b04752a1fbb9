"""A note can be corrected or deleted by its coach only; the new text is sealed
like the first, and a bad change changes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from tests.factories import make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict, InvalidInput, NotFound
from coachconn.core.notes import NoteView
from coachconn.core.validation import TEXT_MAX
from coachconn.services import notes, sessions
from coachconn.storage.store import Store
from coachconn.storage.tables import NoteRow

pytestmark = pytest.mark.db


@pytest.fixture
def note(store: Store, coach: Coach, clock: FixedClock) -> NoteView:
    """A note tied to yesterday's held session."""
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    return notes.add_note(
        store.unit_of_work(),
        coach.id,
        engagement.client_id,
        text="Cried when talking about her father",
        session_id=held.id,
    )


def _raw_text(store: Store, note_id: int) -> bytes:
    with store.engine.connect() as connection:
        return bytes(
            connection.execute(select(NoteRow.text).where(NoteRow.id == note_id)).scalar_one()
        )


def test_an_edited_note_keeps_its_client_session_and_date_and_says_when(
    store: Store, coach: Coach, clock: FixedClock, note: NoteView
) -> None:
    assert note.edited_at is None
    clock.advance(days=2)

    edited = notes.edit_note(
        store.unit_of_work(), coach.id, note.id, text="  Spoke of her late father.  "
    )

    assert edited.text == "Spoke of her late father."
    assert (edited.client_id, edited.session_id) == (note.client_id, note.session_id)
    assert edited.created_at == note.created_at
    assert edited.edited_at == clock()
    assert edited.version == note.version + 1
    assert notes.get_note(store.unit_of_work(), coach.id, note.id) == edited
    assert notes.list_notes(store.unit_of_work(), coach.id, note.client_id) == [edited]


def test_the_new_text_is_sealed_in_the_database(store: Store, coach: Coach, note: NoteView) -> None:
    before = _raw_text(store, note.id)

    notes.edit_note(store.unit_of_work(), coach.id, note.id, text="NEWNOTESECRET")

    after = _raw_text(store, note.id)
    assert after != before
    assert b"NEWNOTESECRET" not in after and b"newnotesecret" not in after
    assert notes.get_note(store.unit_of_work(), coach.id, note.id).text == "NEWNOTESECRET"


def test_a_deleted_note_is_gone_and_the_others_stay(
    store: Store, coach: Coach, note: NoteView
) -> None:
    other = notes.add_note(store.unit_of_work(), coach.id, note.client_id, text="Prefers mornings")

    deleted = notes.delete_note(store.unit_of_work(), coach.id, note.id)

    assert deleted == note
    assert notes.list_notes(store.unit_of_work(), coach.id, note.client_id) == [other]
    with pytest.raises(NotFound):
        notes.get_note(store.unit_of_work(), coach.id, note.id)


def test_deleting_a_note_leaves_its_session(store: Store, coach: Coach, note: NoteView) -> None:
    assert note.session_id is not None

    notes.delete_note(store.unit_of_work(), coach.id, note.id)

    shown = sessions.get_session(store.unit_of_work(), coach.id, note.session_id)
    assert shown.status.value == "held"


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("", "must not be empty"),
        (" \n\t ", "must not be empty"),
        ("Clear\x1b[2Jscreen", "must not contain control characters"),
        ("nul\x00byte", "must not contain control characters"),
        ("x" * (TEXT_MAX + 1), f"must be at most {TEXT_MAX} characters"),
        (None, "must not be empty"),
        (42, "must be text"),
    ],
)
def test_bad_text_is_refused_by_name_and_changes_nothing(
    store: Store, coach: Coach, note: NoteView, bad: object, reason: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        notes.edit_note(store.unit_of_work(), coach.id, note.id, text=bad)  # type: ignore[arg-type]

    assert caught.value.field == "text"
    assert caught.value.reason.startswith(reason)
    assert notes.get_note(store.unit_of_work(), coach.id, note.id) == note


def test_another_coachs_note_cannot_be_edited_or_deleted(
    store: Store, coach: Coach, other_coach: Coach, note: NoteView
) -> None:
    with pytest.raises(NotFound) as edited:
        notes.edit_note(store.unit_of_work(), other_coach.id, note.id, text="mine now")
    with pytest.raises(NotFound) as deleted:
        notes.delete_note(store.unit_of_work(), other_coach.id, note.id)

    assert str(edited.value) == str(deleted.value) == f"note {note.id} not found"
    assert notes.get_note(store.unit_of_work(), coach.id, note.id) == note


@pytest.mark.parametrize("action", ["edit", "delete"])
def test_an_unknown_note_is_not_found(store: Store, coach: Coach, action: str) -> None:
    uow = store.unit_of_work()
    with pytest.raises(NotFound, match="note 404 not found"):
        if action == "edit":
            notes.edit_note(uow, coach.id, 404, text="x")
        else:
            notes.delete_note(uow, coach.id, 404)


def test_a_change_to_a_note_read_before_an_edit_is_a_conflict(
    store: Store, coach: Coach, note: NoteView
) -> None:
    edited = notes.edit_note(store.unit_of_work(), coach.id, note.id, text="First correction")

    with pytest.raises(Conflict):
        notes.edit_note(
            store.unit_of_work(),
            coach.id,
            note.id,
            text="Second correction",
            expected_version=note.version,
        )
    with pytest.raises(Conflict):
        notes.delete_note(store.unit_of_work(), coach.id, note.id, expected_version=note.version)

    assert notes.get_note(store.unit_of_work(), coach.id, note.id) == edited
    again = notes.edit_note(
        store.unit_of_work(),
        coach.id,
        note.id,
        text="Second correction",
        expected_version=edited.version,
    )
    assert again.text == "Second correction"
