"""A session with a transcript took place: it is not recorded as cancelled or missed,
nor moved, unless its transcript is removed first; nothing changes when refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session
from tests.factories import (
    LONG,
    attach_text,
    make_engagement,
    make_session,
    missed_despite_its_transcript,
)

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict
from coachconn.core.sessions import ChangedBy, SessionStatus, SessionView
from coachconn.services import sessions, transcripts
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


@pytest.fixture
def attached(store: Store, coach: Coach, clock: FixedClock) -> SessionView:
    """Yesterday's session, still recorded as scheduled, with its transcript."""
    engagement = make_engagement(store, coach)
    past = make_session(store, coach, engagement, at=clock() - timedelta(days=1))
    attach_text(store, coach, past, LONG)
    return sessions.get_session(store.unit_of_work(), coach.id, past.id)


def _refusal(session_id: int) -> str:
    return (
        f"session {session_id} has a transcript, so it took place: remove the transcript "
        f"first with `coachconn transcripts remove {session_id} --yes` if it was attached "
        "by mistake"
    )


def _unchanged(store: Store, coach: Coach, session: SessionView) -> None:
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == [session]
    listed = transcripts.list_transcripts(store.unit_of_work(), coach.id)
    assert [t.session_id for t in listed] == [session.id]


@pytest.mark.parametrize(
    "outcome", [{"status": "cancelled", "changed_by": "client"}, {"status": "no_show"}]
)
def test_it_is_not_recorded_as_cancelled_or_missed(
    store: Store, coach: Coach, attached: SessionView, outcome: dict[str, str]
) -> None:
    assert attached.has_transcript
    with pytest.raises(Conflict) as caught:
        sessions.record_session(store.unit_of_work(), coach.id, attached.id, **outcome)
    assert str(caught.value) == _refusal(attached.id)
    _unchanged(store, coach, attached)


def test_it_is_not_moved(
    store: Store, coach: Coach, clock: FixedClock, attached: SessionView
) -> None:
    with pytest.raises(Conflict) as caught:
        sessions.reschedule_session(
            store.unit_of_work(), coach.id, attached.id,
            new_time=clock() + timedelta(days=2), changed_by="client",
        )  # fmt: skip
    assert str(caught.value) == _refusal(attached.id)
    _unchanged(store, coach, attached)


def test_it_is_recorded_as_held_and_written_up(
    store: Store, coach: Coach, attached: SessionView
) -> None:
    held = sessions.record_session(store.unit_of_work(), coach.id, attached.id, status="held")
    noted = sessions.record_session(
        store.unit_of_work(), coach.id, attached.id, notes="Talked through the move"
    )
    assert (held.status, noted.status) == (SessionStatus.HELD, SessionStatus.HELD)
    assert noted.has_transcript and noted.notes == "Talked through the move"


def test_once_the_transcript_is_removed_it_can_be_cancelled(
    store: Store, coach: Coach, attached: SessionView
) -> None:
    transcripts.remove_transcript(store.unit_of_work(), coach.id, attached.id)

    cancelled = sessions.record_session(
        store.unit_of_work(), coach.id, attached.id, status="cancelled", changed_by="client"
    )

    assert (cancelled.status, cancelled.changed_by) == (SessionStatus.CANCELLED, ChangedBy.CLIENT)
    assert not cancelled.has_transcript


def test_one_stored_as_missed_with_a_transcript_still_takes_notes(
    store: Store, coach: Coach, attached: SessionView
) -> None:
    missed_despite_its_transcript(store, attached)

    noted = sessions.record_session(
        store.unit_of_work(), coach.id, attached.id, notes="Wrote to say sorry"
    )

    assert (noted.status, noted.notes) == (SessionStatus.NO_SHOW, "Wrote to say sorry")


def test_whether_it_has_a_transcript_is_asked_only_when_it_did_not_take_place(
    store: Store, coach: Coach, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []
    real = sessions.session_has_transcript

    def counted(session: Session, coach_id: int, session_id: int) -> bool:
        asked.append(session_id)
        return real(session, coach_id, session_id)

    monkeypatch.setattr(sessions, "session_has_transcript", counted)
    engagement = make_engagement(store, coach)
    past = make_session(store, coach, engagement, at=clock() - timedelta(days=1))
    coming = make_session(store, coach, engagement, at=clock() + timedelta(days=2))

    sessions.record_session(store.unit_of_work(), coach.id, past.id, status="held")
    sessions.record_session(store.unit_of_work(), coach.id, past.id, notes="Went well")
    assert asked == []

    sessions.record_session(
        store.unit_of_work(), coach.id, coming.id, status="cancelled", changed_by="client"
    )
    assert asked == [coming.id]
