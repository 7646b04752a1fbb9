"""Session transcripts as pages: every transcript, one client's across sessions, and
one session's coded transcript with its metrics and connection signals. The same
services and the same wording as ``coachconn transcripts``; read only (a transcript is
attached with ``coachconn transcripts attach``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from coachconn.analysis.report import (
    figure_text,
    from_json,
    metric_sections,
    reference_note,
    trend_reading,
)
from coachconn.analysis.signals import Reading, beside_ticked
from coachconn.core.markers import Marker, Polarity, marker_info
from coachconn.services.transcripts import (
    TranscriptAnalysisView,
    get_transcript_analysis,
    list_transcripts,
    transcript_trend,
)
from coachconn.web.deps import CoachDep, StoreDep, TemplatesDep

router = APIRouter(include_in_schema=False)

_READING = {Reading.SEEN: "seen", Reading.NOT_SEEN: "not seen", Reading.UNKNOWN: "can't tell"}


def _marker(marker: Marker | str) -> dict[str, str]:
    """A marker as a page shows it: its label, and whether it is a positive marker or a
    warning sign."""
    info = marker_info(Marker(marker))
    positive = info.polarity is Polarity.POSITIVE
    return {"code": info.marker.value, "label": info.label,
            "kind": "positive" if positive else "warning"}  # fmt: skip


def _signals(view: TranscriptAnalysisView) -> list[dict[str, Any]]:
    """The stored signals with their marker's label; evidence only for what is seen."""
    shown = []
    for signal in view.analysis["signals"]:
        reading = Reading(signal["reading"])
        evidence = signal["evidence"] if reading is Reading.SEEN else []
        shown.append(
            {**_marker(signal["marker"]), "reading": reading.value,
             "reading_text": _READING[reading], "summary": signal["summary"],
             "evidence": evidence[:1]}
        )  # fmt: skip
    return shown


def _ticked(view: TranscriptAnalysisView) -> list[dict[str, Any]]:
    """The markers the coach ticked for the session beside what the transcript shows of
    them, and those it shows that were not ticked."""
    readings = {Marker(s["marker"]): Reading(s["reading"]) for s in view.analysis["signals"]}
    rows = []
    for item in beside_ticked(view.session_markers, readings):
        if item.reading is not None:
            transcript = f"the transcript: {_READING[item.reading]}"
        elif item.over_time:
            transcript = "read across sessions (see the client's transcripts)"
        else:
            transcript = "a transcript cannot show this one"
        rows.append({**_marker(item.marker), "ticked": item.ticked, "transcript": transcript})
    return rows


def _transcript_rows(view: TranscriptAnalysisView, silences: dict[int, float]) -> list[Any]:
    rows = []
    for i, item in enumerate(view.utterances):
        label = item["code"]
        if item.get("question_category"):
            label += f" / {item['question_category'].replace('_', ' ')}"
        flags = [f for f in ("reflecting", "reporting", "disclosure") if item.get(f)]
        rows.append({**item, "label": label.replace("_", " "), "flags": flags,
                     "silence": silences.get(i)})  # fmt: skip
    return rows


@router.get("/sessions/{session_id}/transcript", response_class=HTMLResponse)
def transcript_page(
    request: Request, session_id: int, store: StoreDep, coach: CoachDep, templates: TemplatesDep
) -> HTMLResponse:
    view = get_transcript_analysis(store.unit_of_work(), coach.id, session_id)
    analysis = from_json(view.analysis)
    silences = {gap.after: gap.seconds for gap in analysis.metrics.silences or []}
    context = {
        "coach": coach,
        "view": view,
        "still_scheduled": view.session_status is not None
        and view.session_status.value == "scheduled",
        "signals": _signals(view),
        "ticked": _ticked(view),
        "sections": metric_sections(analysis.metrics),
        "reference": reference_note(analysis.metrics),
        "utterances": _transcript_rows(view, silences),
    }
    return templates.TemplateResponse(request, "transcripts/session.html", context)


@router.get("/transcripts", response_class=HTMLResponse)
def transcripts_page(
    request: Request,
    store: StoreDep,
    coach: CoachDep,
    templates: TemplatesDep,
    client_id: int | None = None,
) -> HTMLResponse:
    found = list_transcripts(store.unit_of_work(), coach.id, client_id)
    rows = [
        {"summary": s, "client_words": figure_text(s.figures.get("client_share_words"), "%"),
         "shown": [_marker(x["marker"]) for x in s.signals if x["reading"] == "seen"],
         "ticked": [_marker(m) for m in s.markers]}
        for s in found
    ]  # fmt: skip
    context = {"coach": coach, "rows": rows, "client_id": client_id}
    return templates.TemplateResponse(request, "transcripts/list.html", context)


@router.get("/clients/{client_id}/transcripts", response_class=HTMLResponse)
def trend_page(
    request: Request, client_id: int, store: StoreDep, coach: CoachDep, templates: TemplatesDep
) -> HTMLResponse:
    found = transcript_trend(store.unit_of_work(), coach.id, client_id)
    sessions = [
        {"summary": s, "ticked": [_marker(m) for m in s.markers],
         "figures": [figure_text(x.values[k], x.unit) for x in found.series]}
        for k, s in enumerate(found.sessions)
    ]  # fmt: skip
    over_time = [
        {**_marker(x.marker), "reading": trend_reading(x)}
        for x in found.series
        if x.marker is not None
    ]
    context = {
        "coach": coach,
        "trend": found,
        "sessions": sessions,
        "over_time": over_time,
    }
    return templates.TemplateResponse(request, "transcripts/trend.html", context)
