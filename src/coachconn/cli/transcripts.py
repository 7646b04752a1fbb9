"""``coachconn transcripts``: attach a session's transcript, analysed, read it back,
list them, and follow one client's across sessions."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from coachconn.analysis.coder import load_default_coder
from coachconn.analysis.report import from_json, summary_text, to_text
from coachconn.cli._common import (
    format_option,
    output_format,
    run_service,
    sub_app,
    table,
    text,
)
from coachconn.cli.analyze import read_transcript_file

if TYPE_CHECKING:
    from coachconn.analysis.signals import Series
    from coachconn.analysis.types import CodedUtterance, Transcript
    from coachconn.services.transcripts import (
        TranscriptAnalysisView,
        TranscriptSummary,
        TranscriptTrend,
    )
    from coachconn.storage.uow import UnitOfWork

transcripts_app = sub_app(
    "transcripts",
    "Attach a session's transcript, coded and measured, read it back, and follow a "
    "client's transcripts across sessions.",
)
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {"coach": "--coach", "session_id": "SESSION_ID", "client_id": "--client"}


class _ShippedCoder:
    """The shipped model, loaded on first use: a file that cannot be read is
    refused (by the service, before coding) without loading it."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return load_default_coder().code(transcript)


def _attached(view: TranscriptAnalysisView) -> str:
    summary = summary_text(from_json(view.analysis))
    return f"attached the transcript to session {view.session_id}\n\n{summary}"


def _report(view: TranscriptAnalysisView) -> str:
    return to_text(from_json(view.analysis)).rstrip("\n")


def _warn(view: TranscriptAnalysisView) -> TranscriptAnalysisView:
    for warning in view.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return view


@transcripts_app.command("attach")
def transcripts_attach(
    session_id: int = typer.Argument(..., metavar="SESSION_ID"),
    file: Path = typer.Argument(
        ..., metavar="FILE", help="Transcript: WebVTT, SRT or 'Name: text' lines."
    ),
    coach: str | None = typer.Option(
        None, "--coach", help="Your speaker name in the file (else your name, else guessed)."
    ),
    fmt: str = format_option(),
) -> None:
    """Code a session's transcript, store it encrypted with the session (replacing
    an earlier one) and print the session metrics."""
    from coachconn.services.transcripts import attach_transcript

    output_format(fmt)
    data = read_transcript_file(file)

    def attach(uow: UnitOfWork, coach_id: int) -> TranscriptAnalysisView:
        view = attach_transcript(
            uow,
            coach_id,
            session_id,
            data=data,
            filename=file.name,
            coder=_ShippedCoder(),
            coach=coach,
        )
        return _warn(view)

    run_service(fmt, _attached, attach, options=_OPTIONS)


@transcripts_app.command("show")
def transcripts_show(
    session_id: int = typer.Argument(..., metavar="SESSION_ID"), fmt: str = format_option()
) -> None:
    """The stored analysis of a session's transcript: metrics, then each utterance coded."""
    from coachconn.services.transcripts import get_transcript_analysis

    run_service(
        fmt,
        _report,
        lambda uow, coach_id: _warn(get_transcript_analysis(uow, coach_id, session_id)),
        options=_OPTIONS,
    )


@transcripts_app.command("list")
def transcripts_list(
    client: int | None = typer.Option(None, "--client", help="Only this client's."),
    fmt: str = format_option(),
) -> None:
    """Sessions that have a transcript, in session order, with the connection
    markers each transcript shows."""
    from coachconn.services.transcripts import list_transcripts

    run_service(
        fmt,
        _summary_rows,
        lambda uow, coach_id: list_transcripts(uow, coach_id, client),
        options=_OPTIONS,
    )


@transcripts_app.command("trend")
def transcripts_trend(
    client: int = typer.Argument(..., metavar="CLIENT_ID"), fmt: str = format_option()
) -> None:
    """How one client's transcripts move across sessions: disclosure, reflection and
    reporting, share of the talk, and the connection markers those figures speak to."""
    from coachconn.services.transcripts import transcript_trend

    run_service(
        fmt,
        _trend_text,
        lambda uow, coach_id: transcript_trend(uow, coach_id, client),
        options={**_OPTIONS, "client_id": "CLIENT_ID"},
    )


def _shown_signals(summary: TranscriptSummary) -> str:
    """The markers a transcript shows: ``+`` for a positive marker, ``!`` for a warning."""
    from coachconn.core.markers import Marker, Polarity, marker_info

    shown = []
    for signal in summary.signals:
        if signal["reading"] == "seen":
            info = marker_info(Marker(signal["marker"]))
            shown.append(("+" if info.polarity is Polarity.POSITIVE else "!") + info.marker)
    return ", ".join(shown) or "—"


def _summary_rows(summaries: list[TranscriptSummary]) -> str:
    return table(
        [
            (
                s.session_id,
                s.client_name,
                s.scheduled_at,
                s.utterances,
                _share(s.figures.get("client_share_words")),
                _shown_signals(s),
            )
            for s in summaries
        ],
        ("SESSION", "CLIENT", "WHEN", "UTTERANCES", "CLIENT WORDS", "TRANSCRIPT SHOWS"),
        empty="no transcripts yet: attach one with `coachconn transcripts attach`",
    )


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f}%"


_DIRECTION = {"rising": "rising", "falling": "falling", "steady": "steady", "too_few": "—"}


def _trend_text(found: TranscriptTrend) -> str:
    from coachconn.core.markers import marker_info

    sessions = found.sessions
    if not sessions:
        return (
            f"{found.client_name} has no session with a transcript yet: attach one "
            "with `coachconn transcripts attach SESSION_ID FILE`"
        )
    first, last = text(sessions[0].scheduled_at), text(sessions[-1].scheduled_at)
    lines = [
        f"Transcripts of {found.client_name}: {len(sessions)} "
        f"session{'s' if len(sessions) != 1 else ''} ({first[:10]} to {last[:10]})",
        "",
    ]
    headers = ["FIGURE", *(f"S{s.session_id}" for s in sessions), "TREND"]
    rows = [
        (series.figure.label, *(_share(v) for v in series.values),
         _DIRECTION[series.direction.value])
        for series in found.series
    ]  # fmt: skip
    lines += [table(rows, headers), ""]
    lines.append("Markers these figures speak to (evidence for your judgement, not a verdict)")
    for series in found.series:
        if series.figure.marker is None:
            continue
        lines.append(f"  {marker_info(series.figure.marker).label}: {_trend_reading(series)}")
    if len(sessions) < 2:
        lines.append("  (a trend needs transcripts of two sessions or more)")
    return "\n".join(lines)


def _trend_reading(series: Series) -> str:
    if series.reading is None:
        return "can't tell yet"
    values = [v for v in series.values if v is not None]
    moved = f"{values[0]:.0f}% to {values[-1]:.0f}%"
    reading = "seen" if series.reading.value == "seen" else "not seen"
    return f"{reading} ({series.figure.label.lower()} {series.direction.value}, {moved})"
