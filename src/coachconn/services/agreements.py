"""Agreements: new immutable versions, and the client's acknowledgement of one."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update

from coachconn.core import validation as v
from coachconn.core.agreements import (
    AgreementKind,
    AgreementsView,
    AgreementVersionView,
    VersionState,
    check_acknowledged_at,
    check_not_acknowledged,
    latest_per_kind,
)
from coachconn.core.errors import Conflict, NotFound
from coachconn.services.coaches import coach_zone
from coachconn.services.engagements import client_name, engagement_for_client
from coachconn.storage.crypto import FieldCipher
from coachconn.storage.tables import AgreementVersionRow, ClientRow
from coachconn.storage.uow import UnitOfWork

TABLE = "agreement_versions"


def set_agreement(
    uow: UnitOfWork,
    coach_id: int,
    client_id: int,
    *,
    engagement_id: int | None = None,
    kind: AgreementKind | str,
    text: str,
) -> AgreementVersionView:
    """Write a new version of one kind of the client's agreements, in their open
    engagement (or ``engagement_id``, which must be theirs and open). Text identical
    to the current version changes nothing and returns that version."""
    sort = v.choice("kind", kind, AgreementKind)
    body = v.required_text("text", text)
    with uow:
        engagement, which = engagement_for_client(uow, coach_id, client_id, engagement_id)
        name = which.client_name
        cipher = uow.keys.cipher(coach_id, engagement.client_id)
        current = _latest(uow, coach_id, engagement.id, sort)
        if current is not None and _open_text(cipher, current) == body:
            return version_view(current, cipher, name)
        number = (current.number + 1) if current else 1
        row = AgreementVersionRow(
            coach_id=coach_id,
            client_id=engagement.client_id,
            engagement_id=engagement.id,
            kind=sort.value,
            number=number,
            text=cipher.seal(TABLE, "text", body, row=_row_ref(engagement.id, sort.value, number)),
            created_at=uow.now(),
        )
        uow.session.add(row)
        uow.flush()  # two writers racing for one number meet the unique constraint
        view = version_view(row, cipher, name)
        uow.commit()
    return view


def acknowledge_agreement(
    uow: UnitOfWork, coach_id: int, version_id: int, *, at: datetime | None = None
) -> AgreementVersionView:
    """The client acknowledges a version. Only the current version of its kind can
    be acknowledged, and only once: again is :class:`Conflict` naming the day it
    was. ``at`` (default now) lies between the version's writing and now."""
    when = None if at is None else v.aware_datetime("at", at)
    with uow:
        row = uow.owned(AgreementVersionRow, coach_id, version_id, "agreement version")
        latest = _latest(uow, coach_id, row.engagement_id, AgreementKind(row.kind))
        if latest is not None and latest.id != row.id:
            raise Conflict(
                f"version {row.number} of the {row.kind} agreement was replaced by "
                f"version {latest.number}"
            )
        cipher = uow.keys.cipher(coach_id, row.client_id)
        _check_not_acknowledged(uow, coach_id, row, cipher)
        if when is not None:
            check_acknowledged_at(when, row.created_at, uow.now())
        _set_acknowledged(uow, coach_id, row, cipher, when or uow.now())
        view = version_view(row, cipher, _name(uow, row))
        uow.commit()
    return view


def _check_not_acknowledged(
    uow: UnitOfWork,
    coach_id: int,
    row: AgreementVersionRow,
    cipher: FieldCipher,
    acknowledged_at: datetime | None = None,
) -> None:
    """:class:`Conflict` naming the day, where the coach is, if ``row`` was
    acknowledged (at ``acknowledged_at`` when given, as read again)."""
    at = acknowledged_at or row.acknowledged_at
    if at is not None:
        day = at.astimezone(coach_zone(uow, coach_id)).date()
        version = version_view(row, cipher, _name(uow, row))
        check_not_acknowledged(replace(version, acknowledged_at=at), day)


def _set_acknowledged(
    uow: UnitOfWork, coach_id: int, row: AgreementVersionRow, cipher: FieldCipher, at: datetime
) -> None:
    """Acknowledge ``row`` at ``at`` only if nobody has since it was read: another
    acknowledgement committed meanwhile is a :class:`Conflict` naming its day, never
    overwritten. (On PostgreSQL the UPDATE waits for the other to commit, then finds
    the row acknowledged; on SQLite the unit of work holds the write lock from its
    first read, so the read is still true.)"""
    done = uow.session.execute(
        update(AgreementVersionRow)
        .where(
            AgreementVersionRow.id == row.id,
            AgreementVersionRow.coach_id == coach_id,
            AgreementVersionRow.acknowledged_at.is_(None),
        )
        .values(acknowledged_at=at)
        .execution_options(synchronize_session=False)
    )
    if cast("CursorResult[Any]", done).rowcount != 1:  # acknowledged meanwhile, or erased
        stored = uow.session.scalar(
            select(AgreementVersionRow.acknowledged_at).where(AgreementVersionRow.id == row.id)
        )
        _check_not_acknowledged(uow, coach_id, row, cipher, stored)
        raise NotFound("agreement version", row.id)
    uow.session.refresh(row, ["acknowledged_at"])


def list_agreements(
    uow: UnitOfWork, coach_id: int, client_id: int, *, engagement_id: int | None = None
) -> AgreementsView:
    """The current version of each kind and the whole history, by kind then number, of
    the client's agreements in their open engagement, else their latest (or
    ``engagement_id``, which must be theirs), and which engagement that is."""
    with uow:
        engagement, which = engagement_for_client(
            uow, coach_id, client_id, engagement_id, reading=True
        )
        rows = uow.session.scalars(
            select(AgreementVersionRow).where(
                AgreementVersionRow.coach_id == coach_id,
                AgreementVersionRow.engagement_id == engagement.id,
            )
        ).all()
        cipher = uow.keys.cipher(coach_id, engagement.client_id)
        newest: dict[str, int] = {}
        for r in rows:
            newest[r.kind] = max(newest.get(r.kind, 0), r.number)
        order = list(AgreementKind)
        history = tuple(
            sorted(
                (
                    version_view(r, cipher, which.client_name, current=r.number == newest[r.kind])
                    for r in rows
                ),
                key=lambda a: (order.index(a.kind), a.number),
            )
        )
    return AgreementsView(which, latest_per_kind(history), history)


def get_agreement_version(uow: UnitOfWork, coach_id: int, version_id: int) -> AgreementVersionView:
    with uow:
        row = uow.owned(AgreementVersionRow, coach_id, version_id, "agreement version")
        latest = _latest(uow, coach_id, row.engagement_id, AgreementKind(row.kind))
        current = latest is None or latest.id == row.id
        cipher = uow.keys.cipher(coach_id, row.client_id)
        return version_view(row, cipher, _name(uow, row), current=current)


def _name(uow: UnitOfWork, row: AgreementVersionRow) -> str:
    """The name of the client whose agreement ``row`` is."""
    return client_name(uow, uow.owned(ClientRow, row.coach_id, row.client_id, "client"))


def _latest(
    uow: UnitOfWork, coach_id: int, engagement_id: int, kind: AgreementKind
) -> AgreementVersionRow | None:
    newest = (
        select(func.max(AgreementVersionRow.number))
        .where(
            AgreementVersionRow.coach_id == coach_id,
            AgreementVersionRow.engagement_id == engagement_id,
            AgreementVersionRow.kind == kind.value,
        )
        .scalar_subquery()
    )
    return uow.session.scalar(
        select(AgreementVersionRow).where(
            AgreementVersionRow.coach_id == coach_id,
            AgreementVersionRow.engagement_id == engagement_id,
            AgreementVersionRow.kind == kind.value,
            AgreementVersionRow.number == newest,
        )
    )


def version_view(
    row: AgreementVersionRow, cipher: FieldCipher, client_name: str, *, current: bool = True
) -> AgreementVersionView:
    """The version; ``current`` says whether it is still the one in force."""
    return AgreementVersionView(
        id=row.id,
        coach_id=row.coach_id,
        client_id=row.client_id,
        client_name=client_name,
        engagement_id=row.engagement_id,
        kind=AgreementKind(row.kind),
        number=row.number,
        text=_open_text(cipher, row),
        created_at=row.created_at,
        acknowledged_at=row.acknowledged_at,
        state=VersionState.CURRENT if current else VersionState.REPLACED,
    )


# A version's text is bound to its place in the history, so one version's text
# cannot be swapped with another's (of the same client) without failing its check.
def _row_ref(engagement_id: int, kind: str, number: int) -> str:
    return f"{engagement_id}/{kind}/{number}"


def _open_text(cipher: FieldCipher, row: AgreementVersionRow) -> str:
    return cipher.open(
        TABLE, "text", row.text, row=_row_ref(row.engagement_id, row.kind, row.number)
    )
