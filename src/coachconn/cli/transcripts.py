"""``coachconn transcripts``: attach a session's transcript, analysed, and read it back."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from coachconn.analysis.coder import load_default_coder
from coachconn.analysis.report import from_json, summary_text, to_text
from coachconn.cli._common import format_option, output_format, run_service, sub_app
from coachconn.cli.analyze import read_transcript_file

if TYPE_CHECKING:
    from coachconn.analysis.types import CodedUtterance, Transcript
    from coachconn.services.transcripts import TranscriptAnalysisView
    from coachconn.storage.uow import UnitOfWork

transcripts_app = sub_app(
    "transcripts", "Attach a session's transcript, coded and measured, and read it back."
)
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {"coach": "--coach", "session_id": "SESSION_ID"}


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
