"""Query pieces that more than one service reads through, so that a rule written in
SQL has one home."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Exists, select

from coachconn.storage.tables import SessionRow, SessionTranscriptRow


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
