"""``coachconn sessions``: book sessions and record what happened."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import typer

from coachconn.cli._client_text import read_client_text, text_file_option
from coachconn.cli._common import (
    DATETIME_HELP,
    coach_time,
    emit,
    engagement_option,
    fields_block,
    format_option,
    id_argument,
    id_option,
    number,
    output_format,
    parse_datetime,
    run_as_coach,
    run_service,
    sub_app,
    table,
    text,
    whole_number,
    whose,
)
from coachconn.core.engagements import EngagementStatus
from coachconn.core.errors import InvalidInput

if TYPE_CHECKING:
    from coachconn.core.markers import MarkerInfo
    from coachconn.core.sessions import SessionView

sessions_app = sub_app("sessions", "Sessions: book them, record what happened.")
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {
    "scheduled_at": "--at",
    "duration_min": "--duration",
    "format": "--via",
    "status": "--status",
    "changed_by": "--by",
    "notice_hours": "--notice-hours",
    "notes": "--notes",
    "markers": "--marker",
    "themes": "--theme",
    "new_time": "--to",
}

# Who called a session off or moved it: `--by` on both commands, as `reschedule`
# first had it; `--changed-by`, as `record` first had it, works on both too.
_BY = ("--by", "--changed-by")


def _session_rows(views: Sequence[SessionView]) -> str:
    return table(
        [
            (s.id, s.client_name, s.scheduled_at, s.duration_min, s.format, s.status, s.themes)
            for s in views
        ],
        ("ID", "CLIENT", "WHEN", "MIN", "FORMAT", "STATUS", "THEMES"),
        empty="no sessions yet",
    )


def _session_detail(s: SessionView) -> str:
    return fields_block(
        [
            ("session", s.id),
            ("client", f"{s.client_name} (id {s.client_id})"),
            ("engagement", s.engagement_id),
            ("when", s.scheduled_at),
            ("duration", f"{s.duration_min} min"),
            ("format", s.format),
            ("status", s.status),
            ("changed by", s.changed_by),
            ("notice", None if s.notice_hours is None else f"{s.notice_hours:g} hours"),
            ("replaced by", _session_ref(s.replaced_by_id)),
            ("replaces", _session_ref(s.replaces_id)),
            ("themes", s.themes),
            ("markers", s.markers),
            ("notes", s.notes),
            (
                "transcript",
                f"attached (coachconn transcripts show {s.id})" if s.has_transcript else None,
            ),
        ]
    )


def _client_of(s: SessionView) -> str:
    """The client a session is with, as every reply about one names them."""
    return whose(s.client_name, s.client_id, s.engagement_id)


def _note_if_paused(s: SessionView) -> None:
    """A session booked in a paused engagement is booked all the same; a note on
    stderr says the engagement is paused, so a booking made from habit shows."""
    if s.engagement_status == EngagementStatus.PAUSED:
        print(
            f"note: engagement {s.engagement_id} is paused; the session is booked all the "
            f"same (`coachconn engagements resume {s.engagement_id}` when the work restarts)",
            file=sys.stderr,
        )


def _session_ref(session_id: int | None) -> str | None:
    return None if session_id is None else f"session {session_id}"


def _marker_rows(infos: Sequence[MarkerInfo]) -> str:
    return table(
        [(i.marker.value, i.polarity, i.label) for i in infos],
        ("MARKER", "KIND", "WHAT YOU OBSERVED"),
    )


@sessions_app.command("add")
def sessions_add(
    client_id: int = id_argument("CLIENT_ID"),
    at: str = typer.Option(..., "--at", metavar="TIME", help=f"When: {DATETIME_HELP}"),
    duration: int = typer.Option(
        60, "--duration", metavar="MINUTES", help="Minutes.", parser=whole_number
    ),
    via: str = typer.Option("video", "--via", metavar="MODE", help="in_person, video or phone."),
    engagement: int | None = engagement_option(),
    fmt: str = format_option(),
) -> None:
    """Book a session with a client, in their open engagement."""
    from coachconn.services.sessions import schedule_session

    output_format(fmt)  # a bad --format is named before a bad time
    when = parse_datetime("--at", at)
    booked = run_as_coach(
        fmt,
        lambda s: f"booked session {s.id} with {_client_of(s)} at {text(s.scheduled_at)}",
        lambda uow, coach: schedule_session(
            uow,
            coach.id,
            client_id,
            engagement_id=engagement,
            scheduled_at=coach_time("--at", when, uow, coach),
            duration_min=duration,
            format=via.replace("-", "_"),
        ),
        options=_OPTIONS,
    )
    _note_if_paused(booked)


@sessions_app.command("record")
def sessions_record(
    session_id: int = id_argument("SESSION_ID"),
    status: str | None = typer.Option(
        None,
        "--status",
        metavar="STATUS",
        help="held, cancelled or no_show; scheduled undoes a cancellation still ahead. "
        "To move a session, use `sessions reschedule`. Without it the status is kept: "
        "to add notes, themes or markers.",
    ),
    clear_notes: bool = typer.Option(
        False,
        "--clear-notes",
        help="Remove the session's notes. Without it (or --notes) the notes are kept.",
    ),
    notes: str | None = typer.Option(
        None,
        "--notes",
        metavar="TEXT",
        help="What happened, in your words; replaces the session's notes.",
    ),
    notes_file: str | None = text_file_option("--notes"),
    marker: list[str] | None = typer.Option(
        None,
        "--marker",
        metavar="MARKER",
        help="A marker observed (repeatable); replaces the session's markers. "
        "See `sessions markers`.",
    ),
    clear_markers: bool = typer.Option(
        False,
        "--clear-markers",
        help="Remove the session's markers. Without it (or --marker) the markers are kept.",
    ),
    theme: list[str] | None = typer.Option(
        None,
        "--theme",
        metavar="THEME",
        help="A theme tag (repeatable); replaces the session's themes.",
    ),
    clear_themes: bool = typer.Option(
        False,
        "--clear-themes",
        help="Remove the session's themes. Without it (or --theme) the themes are kept.",
    ),
    changed_by: str | None = typer.Option(
        None,
        *_BY,
        metavar="WHO",
        help="Who cancelled it: client or coach (cancelled only; kept when it stays cancelled).",
    ),
    notice_hours: float | None = typer.Option(
        None,
        "--notice-hours",
        metavar="HOURS",
        help="Hours of notice given (cancelled). Default: the hours left before the start "
        "when it is cancelled, then kept. "
        "For a session still ahead it cannot be fewer than those hours.",
        parser=number,
    ),
    fmt: str = format_option(),
) -> None:
    """Record what became of a session."""
    from coachconn.services.sessions import record_session

    output_format(fmt)  # a bad --format is named before the notes are read
    themes = _replacing("--clear-themes", "--theme", theme, clear_themes)
    markers = _replacing("--clear-markers", "--marker", marker, clear_markers)
    if clear_notes and (notes is not None or notes_file is not None):
        raise InvalidInput("--clear-notes", "cannot be combined with --notes or --notes-file")
    given = read_client_text("--notes", notes, notes_file)
    # What was recorded besides the status, which a reply of the status alone hides.
    done: list[str] = []
    if clear_notes:
        done.append("notes cleared")
    elif given["--notes"]:
        done.append("notes saved")

    def recorded(s: SessionView) -> str:
        said = [f"session {s.id} with {_client_of(s)}: {text(s.status)}", *done]
        # The themes and markers as stored (a theme lower-cased), not just "replaced".
        for name, asked, now in (("themes", themes, s.themes), ("markers", markers, s.markers)):
            if asked is not None:
                said.append(f"{name}: {text(now)}" if now else f"{name} cleared")
        return "; ".join(said)

    run_service(
        fmt,
        recorded,
        lambda uow, coach_id: record_session(
            uow,
            coach_id,
            session_id,
            status=None if status is None else status.replace("-", "_"),
            changed_by=changed_by,
            notice_hours=notice_hours,
            notes="" if clear_notes else given["--notes"],
            markers=markers,
            themes=themes,
        ),
        options=given.named(_OPTIONS),
    )


def _replacing(
    clear_option: str, option: str, given: list[str] | None, clear: bool
) -> tuple[str, ...] | None:
    """New values, none (``clear``), or ``None`` to keep the session's own."""
    if clear and given:
        raise InvalidInput(clear_option, f"cannot be combined with {option}")
    if clear:
        return ()
    return tuple(given) if given else None


@sessions_app.command("reschedule")
def sessions_reschedule(
    session_id: int = id_argument("SESSION_ID"),
    to: str = typer.Option(..., "--to", metavar="TIME", help=f"The new time: {DATETIME_HELP}"),
    # Not required by the parser: its refusal would not say what to give.
    by: str | None = typer.Option(
        None, *_BY, metavar="WHO", help="Who moved it: client or coach (required)."
    ),
    notice_hours: float | None = typer.Option(
        None,
        "--notice-hours",
        metavar="HOURS",
        help="Hours of notice given (default: the hours left before it was due).",
        parser=number,
    ),
    fmt: str = format_option(),
) -> None:
    """Move a scheduled session: it is kept as rescheduled and a new one is booked."""
    from coachconn.services.sessions import reschedule_session

    output_format(fmt)  # a bad --format is named before a bad time
    when = parse_datetime("--to", to)
    if by is None:  # in the words `sessions record --status cancelled` uses
        raise InvalidInput("--by", "say who moved the session: client or coach")
    booked = run_as_coach(
        fmt,
        lambda s: (
            f"moved session {session_id} with {_client_of(s)} to {text(s.scheduled_at)}: "
            f"now session {s.id}"
        ),
        lambda uow, coach: reschedule_session(
            uow,
            coach.id,
            session_id,
            new_time=coach_time("--to", when, uow, coach),
            changed_by=by,
            notice_hours=notice_hours,
        ),
        options=_OPTIONS,
    )
    _note_if_paused(booked)


@sessions_app.command("markers")
def sessions_markers(fmt: str = format_option()) -> None:
    """The connection markers you can tick for a held session."""
    from coachconn.core.markers import MARKERS

    emit(list(MARKERS), fmt, _marker_rows)


@sessions_app.command("list")
def sessions_list(
    client: int | None = id_option("client", "Only this client's."),
    engagement: int | None = id_option(
        "engagement", "Only this engagement's (with --client, one of that client's)."
    ),
    status: str | None = typer.Option(
        None,
        "--status",
        metavar="STATUS",
        help="One of: scheduled, held, cancelled, no_show or rescheduled.",
    ),
    fmt: str = format_option(),
) -> None:
    """Sessions in time order."""
    from coachconn.services.sessions import list_sessions

    run_service(
        fmt,
        _session_rows,
        lambda uow, coach_id: list_sessions(
            uow, coach_id, engagement, client_id=client, status=status
        ),
        options=_OPTIONS,
    )


@sessions_app.command("show")
def sessions_show(session_id: int = id_argument("SESSION_ID"), fmt: str = format_option()) -> None:
    """One session with its notes, themes and markers, and the session that
    replaced it if it was moved (or the one it replaces)."""
    from coachconn.services.sessions import get_session

    run_service(
        fmt,
        _session_detail,
        lambda uow, coach_id: get_session(uow, coach_id, session_id),
        options=_OPTIONS,
    )
