"""``coachconn commitments``: both sides' commitments and their follow-through."""

from __future__ import annotations

from collections.abc import Sequence

import typer

from coachconn.cli._client_text import read_client_text, text_file_option
from coachconn.cli._common import (
    DATE_HELP,
    coach_day,
    engagement_option,
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
    whose,
)
from coachconn.core.commitments import CommitmentOwner, CommitmentView

commitments_app = sub_app("commitments", "Commitments on both sides, and their follow-through.")
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {
    "owner": "--owner",
    "text": "--text",
    "due_on": "--due",
    "session_id": "--session",
    "status": "--status",
}


def _status(c: CommitmentView) -> str:
    return f"{c.status.value}, overdue" if c.overdue else c.status.value


def _commitment_rows(views: Sequence[CommitmentView]) -> str:
    return table(
        [
            (c.id, f"{c.client_name} ({c.client_id})", c.owner, c.due_on, _status(c), c.text)
            for c in views
        ],
        ("ID", "CLIENT", "OWNER", "DUE", "STATUS", "COMMITMENT"),
        empty="no commitments yet",
    )


def _commitment_detail(c: CommitmentView) -> str:
    return fields_block(
        [
            ("commitment", c.id),
            ("client", f"{c.client_name} (id {c.client_id})"),
            ("engagement", c.engagement_id),
            ("made in session", c.session_id),
            ("owner", c.owner),
            ("due", c.due_on),
            ("status", _status(c)),
            ("done", c.done_at),
            ("closed", c.closed_at),
            ("text", c.text),
        ]
    )


def _added(c: CommitmentView) -> str:
    mine = "yours" if c.owner == CommitmentOwner.COACH else "the client's"
    return f"added commitment {c.id} for {_client_of(c)}: {mine}"


def _client_of(c: CommitmentView) -> str:
    """The client a commitment is of, as every reply about one names them."""
    return whose(c.client_name, c.client_id, c.engagement_id)


@commitments_app.command("add")
def commitments_add(
    client_id: int = id_argument("CLIENT_ID"),
    owner: str = typer.Option(..., "--owner", metavar="WHO", help="client or coach."),
    commitment: str | None = typer.Option(
        None, "--text", metavar="TEXT", help="What was committed to."
    ),
    commitment_file: str | None = text_file_option("--text"),
    due: str | None = typer.Option(
        None, "--due", metavar="DAY", help=f"The day it is due: {DATE_HELP}."
    ),
    session: int | None = id_option("session", "Made in this session (of the engagement)."),
    engagement: int | None = engagement_option(),
    fmt: str = format_option(),
) -> None:
    """Record a commitment, the client's or your own, in the client's open engagement."""
    from coachconn.services.commitments import add_commitment

    output_format(fmt)  # a bad --format is named before a bad date or text
    due_on = parse_date("--due", due)
    given = read_client_text("--text", commitment, commitment_file)
    words = given.required("--text")
    run_as_coach(
        fmt,
        _added,
        lambda uow, coach: add_commitment(
            uow,
            coach.id,
            client_id,
            engagement_id=engagement,
            owner=owner,
            text=words,
            due_on=coach_day(due_on, uow, coach),
            session_id=session,
        ),
        options=given.named(_OPTIONS),
    )


@commitments_app.command("list")
def commitments_list(
    client: int | None = id_option("client", "Only this client's."),
    engagement: int | None = id_option(
        "engagement", "Only this engagement's (with --client, one of that client's)."
    ),
    status: str | None = typer.Option(
        None, "--status", metavar="STATUS", help="open, done or dropped."
    ),
    owner: str | None = typer.Option(None, "--owner", metavar="WHO", help="client or coach."),
    fmt: str = format_option(),
) -> None:
    """Commitments, oldest first."""
    from coachconn.services.commitments import list_commitments

    run_service(
        fmt,
        _commitment_rows,
        lambda uow, coach_id: list_commitments(
            uow, coach_id, engagement, client_id=client, status=status, owner=owner
        ),
        options=_OPTIONS,
    )


@commitments_app.command("show")
def commitments_show(
    commitment_id: int = id_argument("COMMITMENT_ID"), fmt: str = format_option()
) -> None:
    """One commitment."""
    from coachconn.services.commitments import get_commitment

    run_service(
        fmt,
        _commitment_detail,
        lambda uow, coach_id: get_commitment(uow, coach_id, commitment_id),
        options=_OPTIONS,
    )


@commitments_app.command("done")
def commitments_done(
    commitment_id: int = id_argument("COMMITMENT_ID"), fmt: str = format_option()
) -> None:
    """Mark a commitment done."""
    from coachconn.services.commitments import complete_commitment

    run_service(
        fmt,
        lambda c: f"commitment {c.id} for {_client_of(c)}: done",
        lambda uow, coach_id: complete_commitment(uow, coach_id, commitment_id),
        options=_OPTIONS,
    )


@commitments_app.command("drop")
def commitments_drop(
    commitment_id: int = id_argument("COMMITMENT_ID"), fmt: str = format_option()
) -> None:
    """Let a commitment go without it being done."""
    from coachconn.services.commitments import drop_commitment

    run_service(
        fmt,
        lambda c: f"commitment {c.id} for {_client_of(c)}: dropped",
        lambda uow, coach_id: drop_commitment(uow, coach_id, commitment_id),
        options=_OPTIONS,
    )
