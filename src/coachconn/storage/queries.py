"""Query pieces that more than one service reads through, so that a rule written in
SQL has one home."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Exists, select

from coachconn.storage.tables import SessionRow, SessionTranscriptRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def coachs_transcripts(coach_id: int) -> tuple[ColumnElement[bool], ...]:
    """Where a stored row is one of the coach's transcripts: every query that asks
    whether a session has one reads it through this (a row without an analysis is none)."""
    return (
        SessionTranscriptRow.coach_id == coach_id,
        SessionTranscriptRow.analysis.is_not(None),
    )


def has_transcript(coach_id: int) -> Exists:
    """Whether the session row of the enclosing query has one of the coach's
    transcripts (one attached before its outcome was recorded stays with it,
    whatever that outcome)."""
    return (
        select(SessionTranscriptRow.id)
        .where(*coachs_transcripts(coach_id), SessionTranscriptRow.session_id == SessionRow.id)
        .exists()
    )


def session_has_transcript(session: Session, coach_id: int, session_id: int) -> bool:
    """Inside ``session``: whether the session ``session_id`` has one of the coach's
    transcripts."""
    found = session.scalar(select(has_transcript(coach_id)).where(SessionRow.id == session_id))
    return bool(found)
