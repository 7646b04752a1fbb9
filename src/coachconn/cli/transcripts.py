"""``coachconn transcripts``: attach a session's transcript, analysed, read it back,
list them, and follow one client's across sessions."""

from __future__ import annotations

import sys
from pathlib import Path
from textwrap import wrap
from typing import TYPE_CHECKING

import typer

from coachconn.analysis.coder import load_default_coder
from coachconn.analysis.report import (
    READING_TEXT,
    SIGN_LEGEND,
    direction_text,
    figure_text,
    marker_sign,
    shared_reading,
    summary_text,
    to_text,
    trend_legend,
    trend_reading,
)
from coachconn.cli._common import (
    SET_COACH_AGAIN,
    format_option,
    id_argument,
    id_option,
    option_names,
    output_format,
    practice,
    print_warnings,
    run_service,
    shown_in_zone_of,
    sub_app,
    table,
    text,
    whose,
)
from coachconn.cli.analyze import TRANSCRIPT_FILE_HELP, one_name, read_transcript_file
from coachconn.core.errors import InvalidInput

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from coachconn.analysis.types import CodedUtterance, Transcript
    from coachconn.core.markers import Marker
    from coachconn.services.transcripts import (
        TranscriptAnalysisView,
        TranscriptSummary,
        TranscriptTrend,
    )
    from coachconn.storage.uow import UnitOfWork

# The trend table's figure headings are words, wrapped at this width so that each column
# stays about as narrow as its figures ("CLIENT", "REFLECTING", "VS REPORTING").
HEADING_WIDTH = 12

transcripts_app = sub_app(
    "transcripts",
    "Attach a session's transcript, coded and measured, read it back, and follow a "
    "client's transcripts across sessions.",
)
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {
    "coach": "--coach",
    "session_id": "SESSION_ID",
    "client_id": "--client",
    "replace": "--replace",
    "names_differ": "FILE",  # the file is refused; the refusal says to pass --names-differ
}
# How a refusal asking whether the file is another client's says to confirm it is not.
_CONFIRM = "If it is this session's, attach it again with --names-differ"


class _ShippedCoder:
    """The shipped model, loaded on first use: a file that cannot be read is
    refused (by the service, before coding) without loading it."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return load_default_coder().code(transcript)


def _attached(view: TranscriptAnalysisView) -> str:
    summary = summary_text(view.read_back)
    done = "replaced the transcript of" if view.replaced else "attached the transcript to"
    return f"{done} {_whose_view(view)}\n\n{summary}"


def _report(view: TranscriptAnalysisView) -> str:
    report = to_text(view.read_back).rstrip("\n")
    return "\n".join([f"Transcript of {_whose_view(view)}", *_ticked_lines(view), report])


def _ticked_lines(view: TranscriptAnalysisView) -> list[str]:
    """:func:`beside_ticked` for the session, one line each, or nothing."""
    from coachconn.core.markers import marker_info

    found = view.beside_ticked()
    if not found:
        return []
    lines = ["Your markers beside the transcript (`sessions record --marker`)"]
    for item in found:
        sign, label = marker_sign(item.marker), marker_info(item.marker).label
        you = "you ticked it" if item.ticked else "you did not tick it"
        if item.reading is not None:
            transcript = f"the transcript: {READING_TEXT[item.reading]}"
        elif item.over_time:
            transcript = "read across sessions: `coachconn transcripts trend`"
        else:
            transcript = "a transcript cannot show this one"
        lines.append(f"  {sign} {label}: {you}; {transcript}")
    return [*lines, ""]


def _whose(session_id: int, client: str | None, when: datetime | None) -> str:
    """``session 12 (Sam, 2026-10-01 10:00 CEST)``."""
    if client is None or when is None:
        return f"session {session_id}"
    return f"session {session_id} ({client}, {text(when)})"


def _whose_view(view: TranscriptAnalysisView) -> str:
    return _whose(view.session_id, view.client_name, view.scheduled_at)


def _warn(view: TranscriptAnalysisView) -> TranscriptAnalysisView:
    """The stored analysis's warnings; a guessed coach is set by attaching the file
    again, in the place of the stored one."""
    print_warnings(view.warnings, coach_guessed=view.coach_guessed, hint=SET_COACH_AGAIN)
    if view.still_scheduled:
        print(
            f"note: session {view.session_id} is still recorded as scheduled; say how it "
            f"went with `coachconn sessions record {view.session_id} --status held`",
            file=sys.stderr,
        )
    return view


# Where attach's --coach is given twice: the session's client is known, so another
# coach's lines are another speaker's.
_YOURS_ONLY = (
    "it names one speaker, you. In a co-coached session, another coach's lines are shown, "
    "kept out of the client's figures"
)


@transcripts_app.command("attach")
def transcripts_attach(
    session_id: int = id_argument("SESSION_ID"),
    # Text, not Path, which would read `./-` as `-` (see `read_transcript_file`).
    file: str = typer.Argument(..., metavar="FILE", help=TRANSCRIPT_FILE_HELP),
    coaches: list[str] | None = typer.Option(
        None,
        "--coach",
        metavar="NAME",
        help="Your speaker name in the file (else your name, else guessed).",
    ),
    replace: bool = typer.Option(
        False, "--replace", help="Put it in place of the transcript the session has."
    ),
    names_differ: bool = typer.Option(
        False,
        "--names-differ",
        help="Attach it though no speaker bears the session's client's name "
        "(the file calls them otherwise).",
    ),
    fmt: str = format_option(),
) -> None:
    """Code a session's transcript, store it encrypted with the session and print the
    session metrics. A session that has a transcript keeps it unless --replace is given;
    a file in which no speaker bears the session's client's name is refused unless
    --names-differ is given."""
    from coachconn.services.transcripts import attach_transcript, confirm_with

    output_format(fmt)
    coach = one_name("--coach", coaches, _YOURS_ONLY)
    data = read_transcript_file(file)

    def attach(uow: UnitOfWork, coach_id: int) -> TranscriptAnalysisView:
        try:
            view = attach_transcript(
                uow,
                coach_id,
                session_id,
                data=data,
                filename=Path(file).name,
                coder=_ShippedCoder(),
                coach=coach,
                replacing=replace,
                names_differ=names_differ,
            )
        except InvalidInput as err:
            raise confirm_with(err, _CONFIRM) from None
        return _warn(view)

    run_service(fmt, _attached, attach, options=_OPTIONS)


@transcripts_app.command("show")
def transcripts_show(
    session_id: int = id_argument("SESSION_ID"), fmt: str = format_option()
) -> None:
    """The stored analysis of a session's transcript: metrics, then each utterance coded."""
    from coachconn.services.transcripts import get_transcript_analysis

    run_service(
        fmt,
        _report,
        lambda uow, coach_id: _warn(get_transcript_analysis(uow, coach_id, session_id)),
        options=_OPTIONS,
    )


@transcripts_app.command("remove")
def transcripts_remove(
    session_id: int = id_argument("SESSION_ID"),
    yes: bool = typer.Option(False, "--yes", help="Confirm: this cannot be undone."),
    fmt: str = format_option(),
) -> None:
    """Delete a session's transcript and its analysis (say, one attached to the wrong
    session); the session and its notes stay."""
    from coachconn.services.transcripts import remove_transcript, transcript_heading

    if not yes:
        output_format(fmt)
        with option_names(_OPTIONS), practice() as (store, coach):  # or says it is not found
            client, when = transcript_heading(store.unit_of_work(), coach.id, session_id)
            with shown_in_zone_of(coach):
                which = _whose(session_id, client, when)
        raise InvalidInput(
            "--yes",
            f"required to remove the transcript of {which}: it cannot be undone "
            "(the session and its notes stay)",
        )

    run_service(
        fmt,
        lambda r: (
            f"removed the transcript of session {r.session_id} "
            f"for {whose(r.client_name, r.client_id)}"
        ),
        lambda uow, coach_id: remove_transcript(uow, coach_id, session_id),
        options=_OPTIONS,
    )


@transcripts_app.command("list")
def transcripts_list(
    client: int | None = id_option("client", "Only this client's."),
    fmt: str = format_option(),
) -> None:
    """Sessions that have a transcript, in session order, with the connection
    markers each transcript shows."""
    from coachconn.services.transcripts import list_transcripts

    run_service(
        fmt,
        lambda found: _summary_rows(found, client),
        lambda uow, coach_id: list_transcripts(uow, coach_id, client),
        options=_OPTIONS,
    )


@transcripts_app.command("trend")
def transcripts_trend(client: int = id_argument("CLIENT_ID"), fmt: str = format_option()) -> None:
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
    """The markers a transcript shows, signed as :func:`_signed` does."""
    from coachconn.core.markers import Marker

    return _signed([Marker(s["marker"]) for s in summary.signals if s["reading"] == "seen"])


_LEGEND = f"{SIGN_LEGEND}; the codes are those of `coachconn sessions markers`"


def _signed(markers: Sequence[Marker]) -> str:
    """Marker codes with ``+`` for a positive marker and ``!`` for a warning sign."""
    return ", ".join(marker_sign(m) + m.value for m in markers) or "—"


def _summary_rows(summaries: list[TranscriptSummary], client: int | None = None) -> str:
    if not summaries:
        whose = "" if client is None else f" for client {client}"
        return f"no transcripts yet{whose}: attach one with `coachconn transcripts attach`"
    rows = [
        (
            s.session_id,
            s.client_name,
            s.scheduled_at,
            s.utterances,
            figure_text(s.figures.get("client_share_words"), "%"),
            _shown_signals(s),
            _signed(s.markers),
        )
        for s in summaries
    ]
    headers = ("SESSION", "CLIENT", "WHEN", "UTTERANCES", "CLIENT WORDS", "TRANSCRIPT SHOWS",
               "YOU TICKED")  # fmt: skip
    warned = [
        f"session {s.session_id}: {s.warnings} warning{'s' if s.warnings != 1 else ''} "
        f"(see `coachconn transcripts show {s.session_id}`)"
        for s in summaries
        if s.warnings
    ]
    return "\n".join([table(rows, headers), "", *warned, *([""] if warned else []), _LEGEND])


def _trend_text(found: TranscriptTrend) -> str:
    from coachconn.core.markers import marker_info

    sessions = found.sessions
    if not sessions:
        return (
            f"{found.client_name} has no session with a transcript yet: attach one "
            "with `coachconn transcripts attach SESSION_ID FILE`"
        )
    plural = "s" if len(sessions) != 1 else ""
    lines = [f"Transcripts of {found.client_name}: {len(sessions)} session{plural}", ""]
    rows: list[tuple[object, ...]] = [
        (s.session_id, s.scheduled_at,
         *(figure_text(x.values[k], x.unit) for x in found.series), _signed(s.markers))
        for k, s in enumerate(sessions)
    ]  # fmt: skip
    rows.append(("trend", "", *(direction_text(x.direction) for x in found.series), ""))
    # Each figure's heading in words, wrapped so that its column stays narrow.
    headers = [
        "SESSION",
        "WHEN",
        *("\n".join(wrap(x.short.upper(), HEADING_WIDTH)) for x in found.series),
        "YOU TICKED",
    ]
    lines += [table(rows, headers), ""]
    lines.append(trend_legend(str.upper))
    lines += [
        "",
        f"Markers over time ({SIGN_LEGEND}; evidence for your judgement, not a verdict)",
    ]
    marked = [(series.marker, trend_reading(series)) for series in found.series if series.marker]
    shared = shared_reading([reading for _, reading in marked])
    if shared is not None:  # one session: the same for each, said once
        lines.append(f"  every marker: {shared}")
        return "\n".join(lines)
    for marker, reading in marked:
        lines.append(f"  {marker_sign(marker)} {marker_info(marker).label}: {reading}")
    return "\n".join(lines)
