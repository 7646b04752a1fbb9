"""Commitments, the client's and the coach's own, and their follow-through."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select

from coachconn.core import validation as v
from coachconn.core.commitments import (
    CommitmentOwner,
    CommitmentStatus,
    CommitmentView,
    check_can_close,
    check_done_at,
    check_due_on,
)
from coachconn.core.errors import InvalidInput
from coachconn.services.coaches import coach_today
from coachconn.services.engagements import (
    check_filters,
    check_version,
    client_name,
    engagement_for_client,
    open_name,
)
from coachconn.storage.crypto import FieldCipher
from coachconn.storage.tables import ClientRow, CommitmentRow, SessionRow
from coachconn.storage.uow import UnitOfWork

TABLE = "commitments"


def add_commitment(
    uow: UnitOfWork,
    coach_id: int,
    client_id: int,
    *,
    engagement_id: int | None = None,
    owner: CommitmentOwner | str,
    text: str,
    due_on: date | None = None,
    session_id: int | None = None,
) -> CommitmentView:
    """A commitment made by the client or the coach in the client's open engagement
    (or ``engagement_id``, which must be theirs and open), optionally in a given
    session of it, due (if given) no earlier than the engagement started."""
    who = v.choice("owner", owner, CommitmentOwner)
    body = v.required_text("text", text, max_len=2_000)
    due = None if due_on is None else v.a_date("due_on", due_on)
    with uow:
        engagement, which = engagement_for_client(uow, coach_id, client_id, engagement_id)
        today = coach_today(uow, coach_id)
        if due is not None:
            check_due_on(due, engagement.started_on, today)
        if session_id is not None:
            _check_made_in(uow, coach_id, session_id, engagement.id)
        cipher = uow.keys.cipher(coach_id, engagement.client_id)
        now = uow.now()
        row = CommitmentRow(
            coach_id=coach_id,
            client_id=engagement.client_id,
            engagement_id=engagement.id,
            session_id=session_id,
            owner=who.value,
            text=cipher.seal(TABLE, "text", body),
            due_on=due,
            status=CommitmentStatus.OPEN.value,
            created_at=now,
            updated_at=now,
        )
        uow.session.add(row)
        uow.flush()
        view = commitment_view(row, cipher, which.client_name, today)
        uow.commit()
    return view


def _check_made_in(uow: UnitOfWork, coach_id: int, session_id: int, engagement_id: int) -> None:
    """Session ``session_id`` is the coach's, and one of the engagement's."""
    session = uow.owned(SessionRow, coach_id, session_id, "session")
    if session.engagement_id != engagement_id:
        raise InvalidInput(
            "session_id",
            f"is a session of engagement {session.engagement_id}, not of engagement "
            f"{engagement_id}, which the commitment is made in",
        )


def complete_commitment(
    uow: UnitOfWork,
    coach_id: int,
    commitment_id: int,
    *,
    done_at: datetime | None = None,
    expected_version: int | None = None,
) -> CommitmentView:
    """Mark an open commitment done (``done_at`` defaults to now; it lies between
    the commitment's making and now), its engagement completed or not: closing what
    was promised in it is a record of the work, not new work."""
    when = None if done_at is None else v.aware_datetime("done_at", done_at)
    return _close(uow, coach_id, commitment_id, CommitmentStatus.DONE, when, expected_version)


def drop_commitment(
    uow: UnitOfWork,
    coach_id: int,
    commitment_id: int,
    *,
    expected_version: int | None = None,
) -> CommitmentView:
    """Let an open commitment go without it being done."""
    return _close(uow, coach_id, commitment_id, CommitmentStatus.DROPPED, None, expected_version)


def list_commitments(
    uow: UnitOfWork,
    coach_id: int,
    engagement_id: int | None = None,
    *,
    client_id: int | None = None,
    status: CommitmentStatus | str | None = None,
    owner: CommitmentOwner | str | None = None,
) -> list[CommitmentView]:
    """Commitments, oldest first, filtered by engagement, client (an engagement given
    with a client must be theirs), status, owner; each with its client's name."""
    wanted = None if status is None else v.choice("status", status, CommitmentStatus)
    whose = None if owner is None else v.choice("owner", owner, CommitmentOwner)
    with uow:
        check_filters(uow, coach_id, client_id, engagement_id)
        # The commitments and their clients' (sealed) names in one query.
        query = (
            select(CommitmentRow, ClientRow.preferred_name)
            .join(ClientRow, ClientRow.id == CommitmentRow.client_id)
            .where(CommitmentRow.coach_id == coach_id)
        )
        if engagement_id is not None:
            query = query.where(CommitmentRow.engagement_id == engagement_id)
        if client_id is not None:
            query = query.where(CommitmentRow.client_id == client_id)
        if wanted is not None:
            query = query.where(CommitmentRow.status == wanted.value)
        if whose is not None:
            query = query.where(CommitmentRow.owner == whose.value)
        found = uow.session.execute(
            query.order_by(CommitmentRow.created_at, CommitmentRow.id)
        ).all()
        uow.keys.load(coach_id, (r.client_id for r, _ in found))  # every client's key at once
        today = coach_today(uow, coach_id)
        views = []
        for row, name in found:
            cipher = uow.keys.cipher(coach_id, row.client_id)
            views.append(commitment_view(row, cipher, open_name(cipher, name), today))
        return views


def get_commitment(uow: UnitOfWork, coach_id: int, commitment_id: int) -> CommitmentView:
    """One of the coach's commitments; :class:`NotFound` for any other id."""
    with uow:
        row = uow.owned(CommitmentRow, coach_id, commitment_id, "commitment")
        return _view(uow, row)


def _close(
    uow: UnitOfWork,
    coach_id: int,
    commitment_id: int,
    outcome: CommitmentStatus,
    done_at: datetime | None,
    expected_version: int | None,
) -> CommitmentView:
    with uow:
        row = uow.owned(CommitmentRow, coach_id, commitment_id, "commitment")
        check_version(row.version, expected_version)
        check_can_close(CommitmentStatus(row.status))
        now = uow.now()
        if done_at is not None:
            check_done_at(done_at, row.created_at, now)
        row.status = outcome.value
        row.closed_at = now
        row.updated_at = now
        if outcome == CommitmentStatus.DONE:
            row.done_at = done_at or now
        uow.flush()
        view = _view(uow, row)
        uow.commit()
    return view


def _view(uow: UnitOfWork, row: CommitmentRow) -> CommitmentView:
    """Inside an open unit of work: the commitment, its client named, overdue or not."""
    client = uow.owned(ClientRow, row.coach_id, row.client_id, "client")
    cipher = uow.keys.cipher(row.coach_id, row.client_id)
    return commitment_view(row, cipher, client_name(uow, client), coach_today(uow, row.coach_id))


def commitment_view(
    row: CommitmentRow, cipher: FieldCipher, client_name: str, today: date | None = None
) -> CommitmentView:
    """The commitment; with ``today`` (the coach's), whether it is overdue."""
    view = CommitmentView(
        id=row.id,
        coach_id=row.coach_id,
        client_id=row.client_id,
        client_name=client_name,
        engagement_id=row.engagement_id,
        session_id=row.session_id,
        owner=CommitmentOwner(row.owner),
        text=cipher.open(TABLE, "text", row.text),
        due_on=row.due_on,
        status=CommitmentStatus(row.status),
        done_at=row.done_at,
        closed_at=row.closed_at,
        version=row.version,
        created_at=row.created_at,
    )
    return view if today is None else replace(view, overdue=view.is_overdue(today))
