"""Session transcripts in the JSON API: one session's stored analysis, the list of
transcripts, and one client's trend across sessions. Read only; a transcript is
attached with ``coachconn transcripts attach``. The same services as the CLI, so both
give the same figures."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict

from coachconn.services.transcripts import (
    TranscriptAnalysisView,
    get_transcript_analysis,
    list_transcripts,
    transcript_trend,
)
from coachconn.web.deps import ApiTime, CoachDep, StoreDep, WholeNumber
from coachconn.web.errors import API_ERRORS

router = APIRouter(prefix="/api/v1", tags=["transcripts"], responses=API_ERRORS)


class TranscriptOut(BaseModel):
    session_id: int
    client_id: int
    client_name: str | None
    scheduled_at: ApiTime | None
    session_status: str | None
    session_markers: list[str]
    attached_at: ApiTime
    # As `coachconn analyze --format json` writes it: coach, warnings, utterances,
    # metrics and signals.
    analysis: dict[str, Any]

    @classmethod
    def of(cls, view: TranscriptAnalysisView) -> TranscriptOut:
        return cls(
            session_id=view.session_id,
            client_id=view.client_id,
            client_name=view.client_name,
            scheduled_at=view.scheduled_at,
            session_status=None if view.session_status is None else view.session_status.value,
            session_markers=[m.value for m in view.session_markers],
            attached_at=view.attached_at,
            analysis=view.analysis,
        )


class TranscriptSummaryOut(BaseModel):
    """A session that has a transcript: its figures, what it shows of the connection
    markers, and the markers the coach ticked."""

    model_config = ConfigDict(from_attributes=True)

    session_id: int
    client_id: int
    client_name: str
    scheduled_at: ApiTime
    attached_at: ApiTime
    utterances: int
    warnings: int
    figures: dict[str, float | None]
    unmeasured: dict[str, str]  # why a figure that is None could not be measured
    signals: list[dict[str, Any]]
    markers: list[str]


class SeriesOut(BaseModel):
    """One figure across a client's sessions, oldest first: how it moves, and what that
    says of the marker it speaks to."""

    model_config = ConfigDict(from_attributes=True)

    key: str
    label: str
    short: str
    unit: str
    marker: str | None
    values: list[float | None]
    unmeasured: list[str | None]  # why a value is None, session by session
    direction: str
    earlier: float | None
    later: float | None
    latest: str
    before: float | None
    reading: str | None


class TranscriptList(BaseModel):
    transcripts: list[TranscriptSummaryOut]


class TrendOut(BaseModel):
    client_id: int
    client_name: str
    sessions: list[TranscriptSummaryOut]
    series: list[SeriesOut]


@router.get(
    "/sessions/{session_id}/transcript",
    response_model=TranscriptOut,
    summary="A session's transcript analysis",
)
def transcript_api(session_id: WholeNumber, store: StoreDep, coach: CoachDep) -> TranscriptOut:
    """A session's stored transcript analysis: coded utterances, metrics and the
    connection signals; 404 when the session is not the coach's or has none."""
    return TranscriptOut.of(
        get_transcript_analysis(store.unit_of_work(readonly=True), coach.id, session_id)
    )


@router.get("/transcripts", response_model=TranscriptList, summary="Transcripts, in session order")
def transcripts_api(
    store: StoreDep, coach: CoachDep, client_id: WholeNumber | None = None
) -> TranscriptList:
    """The sessions that have a transcript, in session order (one client's with
    ``client_id``), with their figures, signals and the markers the coach ticked."""
    found = list_transcripts(store.unit_of_work(readonly=True), coach.id, client_id)
    return TranscriptList(transcripts=[TranscriptSummaryOut.model_validate(s) for s in found])


@router.get(
    "/clients/{client_id}/transcripts/trend",
    response_model=TrendOut,
    summary="A client's transcripts across sessions",
)
def trend_api(client_id: WholeNumber, store: StoreDep, coach: CoachDep) -> TrendOut:
    """How one client's transcripts move across sessions, figure by figure, and what
    that says of the markers that are about change."""
    found = transcript_trend(store.unit_of_work(readonly=True), coach.id, client_id)
    return TrendOut(
        client_id=found.client_id,
        client_name=found.client_name,
        sessions=[TranscriptSummaryOut.model_validate(s) for s in found.sessions],
        series=[SeriesOut.model_validate(s) for s in found.series],
    )
