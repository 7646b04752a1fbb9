"""``coachconn engagements``: pieces of work with a client, and their phase."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import typer

from coachconn.cli._common import (
    DATE_HELP,
    coach_day,
    day_named,
    fields_block,
    format_option,
    id_argument,
    id_option,
    output_format,
    parse_date,
    run_as_coach,
    run_service,
    sub_app,
    table,
    text,
    whose,
)

if TYPE_CHECKING:
    from coachconn.core.engagements import Completion, EngagementView, SessionLeft

engagements_app = sub_app("engagements", "Pieces of work with a client, and their phase.")
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {"started_on": "--started", "cadence": "--cadence", "ended_on": "--on"}


def _engagement_rows(views: Sequence[EngagementView]) -> str:
    return table(
        [
            (
                e.id,
                f"{e.client_name} ({e.client_id})",
                e.started_on,
                e.status,
                e.cadence,
                e.sessions_held,
                e.phase,
            )
            for e in views
        ],
        ("ID", "CLIENT", "STARTED", "STATUS", "CADENCE", "HELD", "PHASE"),
        empty="no engagements yet",
    )


def _engagement_detail(e: EngagementView) -> str:
    return fields_block(
        [
            ("engagement", e.id),
            ("client", f"{e.client_name} (id {e.client_id})"),
            ("started", e.started_on),
            ("ended", e.ended_on),
            ("status", e.status),
            ("cadence", e.cadence),
            ("sessions held", e.sessions_held),
            ("phase", e.phase),
        ]
    )


@engagements_app.command("add")
def engagements_add(
    client_id: int = id_argument("CLIENT_ID"),
    started: str | None = typer.Option(
        None, "--started", metavar="DAY", help=f"{DATE_HELP} (default today)."
    ),
    cadence: str = typer.Option(
        "fortnightly",
        "--cadence",
        metavar="CADENCE",
        help="weekly, fortnightly, every_three_weeks, monthly or ad_hoc.",
    ),
    fmt: str = format_option(),
) -> None:
    """Start an engagement with a client."""
    from coachconn.services.engagements import start_engagement

    output_format(fmt)  # a bad --format is named before a bad date
    started_on = parse_date("--started", started)
    run_as_coach(
        fmt,
        lambda e: f"started engagement {e.id} with {whose(e.client_name, e.client_id)}",
        lambda uow, coach: start_engagement(
            uow,
            coach.id,
            client_id,
            started_on=coach_day(started_on, uow, coach),
            cadence=cadence,
        ),
        options=day_named(_OPTIONS, "started_on", started_on),
    )


@engagements_app.command("list")
def engagements_list(
    client: int | None = id_option("client", "Only this client's."),
    fmt: str = format_option(),
) -> None:
    """Engagements, oldest first."""
    from coachconn.services.engagements import list_engagements

    run_service(
        fmt,
        _engagement_rows,
        lambda uow, coach_id: list_engagements(uow, coach_id, client),
        options=_OPTIONS,
    )


@engagements_app.command("show")
def engagements_show(
    engagement_id: int = id_argument("ENGAGEMENT_ID"), fmt: str = format_option()
) -> None:
    """One engagement with its phase."""
    from coachconn.services.engagements import get_engagement

    run_service(
        fmt,
        _engagement_detail,
        lambda uow, coach_id: get_engagement(uow, coach_id, engagement_id),
        options=_OPTIONS,
    )


def _set_status(engagement_id: int, status: str, fmt: str) -> None:
    from coachconn.services.engagements import set_engagement_status

    run_service(
        fmt,
        lambda e: f"{_which(e)}: {text(e.status)}",
        lambda uow, coach_id: set_engagement_status(uow, coach_id, engagement_id, status=status),
        options=_OPTIONS,
    )


@engagements_app.command("pause")
def engagements_pause(
    engagement_id: int = id_argument("ENGAGEMENT_ID"), fmt: str = format_option()
) -> None:
    """Pause an engagement; its booked sessions stay."""
    _set_status(engagement_id, "paused", fmt)


@engagements_app.command("resume")
def engagements_resume(
    engagement_id: int = id_argument("ENGAGEMENT_ID"), fmt: str = format_option()
) -> None:
    """Resume a paused engagement."""
    _set_status(engagement_id, "active", fmt)


@engagements_app.command("complete")
def engagements_complete(
    engagement_id: int = id_argument("ENGAGEMENT_ID"),
    on: str | None = typer.Option(
        None, "--on", metavar="DAY", help=f"The day it ended: {DATE_HELP} (default today)."
    ),
    fmt: str = format_option(),
) -> None:
    """Complete an engagement: it ends, and its sessions booked after the end date (or
    still ahead) are cancelled as yours; those up to it without an outcome are named, to
    record."""
    from coachconn.services.engagements import complete_engagement

    output_format(fmt)  # a bad --format is named before a bad date
    ended_on = parse_date("--on", on)
    run_as_coach(
        fmt,
        _completion,
        lambda uow, coach: complete_engagement(
            uow, coach.id, engagement_id, ended_on=coach_day(ended_on, uow, coach)
        ),
        options=day_named(_OPTIONS, "ended_on", ended_on),
    )


def _completion(done: Completion) -> str:
    e = done.engagement
    lines = [f"{_which(e)}: completed on {text(e.ended_on)}"]
    if done.cancelled:
        lines.append(f"cancelled as yours, booked after it ended: {_sessions(done.cancelled)}")
    if done.to_record:
        lines.append(
            f"no outcome recorded yet: {_sessions(done.to_record)}; record each with "
            "`coachconn sessions record SESSION_ID --status held` (or no-show, cancelled)"
        )
    return "\n".join(lines)


def _which(e: EngagementView) -> str:
    """``engagement 16 of Zoe Martin (client 15)``."""
    return f"engagement {e.id} of {whose(e.client_name, e.client_id)}"


def _sessions(left: Sequence[SessionLeft]) -> str:
    return ", ".join(f"session {s.id} ({text(s.scheduled_at)})" for s in left)
