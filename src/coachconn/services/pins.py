"""Pins: the details a coach must remember to bring up again."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from coachconn.core import validation as v
from coachconn.core.pins import PinView, check_bring_up_on, check_unresolved
from coachconn.services.coaches import coach_today, coach_zone
from coachconn.services.engagements import client_name
from coachconn.storage.crypto import FieldCipher
from coachconn.storage.tables import ClientRow, PinRow
from coachconn.storage.uow import UnitOfWork

TABLE = "pins"


def add_pin(
    uow: UnitOfWork, coach_id: int, client_id: int, *, text: str, bring_up_on: date | None = None
) -> PinView:
    """A detail to remember about the client, to bring up on ``bring_up_on`` when
    given (today at the earliest, two years ahead at the latest)."""
    body = v.required_text("text", text)
    day = None if bring_up_on is None else v.a_date("bring_up_on", bring_up_on)
    with uow:
        client = uow.owned(ClientRow, coach_id, client_id, "client")
        if day is not None:
            check_bring_up_on(day, coach_today(uow, coach_id))
        cipher = uow.keys.cipher(coach_id, client_id)
        row = PinRow(
            coach_id=coach_id,
            client_id=client_id,
            text=cipher.seal(TABLE, "text", body),
            bring_up_on=day,
            resolved=False,
            created_at=uow.now(),
        )
        uow.session.add(row)
        uow.flush()
        view = pin_view(row, cipher, client_name(uow, client))
        uow.commit()
    return view


def list_pins(
    uow: UnitOfWork,
    coach_id: int,
    client_id: int,
    *,
    include_resolved: bool = False,
    due_on: date | None = None,
) -> list[PinView]:
    """The client's pins: open ones (all with ``include_resolved``); with
    ``due_on``, only those to bring up by that day. Dated ones first, by date."""
    with uow:
        client = uow.owned(ClientRow, coach_id, client_id, "client")
        query = select(PinRow).where(PinRow.coach_id == coach_id, PinRow.client_id == client_id)
        if not include_resolved:
            query = query.where(~PinRow.resolved)
        rows = uow.session.scalars(
            query.order_by(PinRow.bring_up_on.is_(None), PinRow.bring_up_on, PinRow.id)
        ).all()
        cipher = uow.keys.cipher(coach_id, client_id)
        name = client_name(uow, client)
        views = [pin_view(r, cipher, name) for r in rows]
    return [p for p in views if due_on is None or p.is_due(due_on)]


def get_pin(uow: UnitOfWork, coach_id: int, pin_id: int) -> PinView:
    """One of the coach's pins, resolved or not; :class:`NotFound` for any other id."""
    with uow:
        row = uow.owned(PinRow, coach_id, pin_id, "pin")
        return pin_view(row, uow.keys.cipher(coach_id, row.client_id), _name(uow, row))


def resolve_pin(uow: UnitOfWork, coach_id: int, pin_id: int) -> PinView:
    """Mark a pin as dealt with; a pin already resolved is :class:`Conflict`, as a
    commitment already done is."""
    with uow:
        row = uow.owned(PinRow, coach_id, pin_id, "pin")
        cipher = uow.keys.cipher(coach_id, row.client_id)
        name = _name(uow, row)
        if row.resolved:
            on = (
                row.resolved_at.astimezone(coach_zone(uow, coach_id)).date()
                if row.resolved_at
                else None
            )
            check_unresolved(pin_view(row, cipher, name), on)
        row.resolved = True
        row.resolved_at = uow.now()
        uow.flush()
        view = pin_view(row, cipher, name)
        uow.commit()
    return view


def _name(uow: UnitOfWork, row: PinRow) -> str:
    """The name of the client whose pin ``row`` is."""
    return client_name(uow, uow.owned(ClientRow, row.coach_id, row.client_id, "client"))


def pin_view(row: PinRow, cipher: FieldCipher, client_name: str) -> PinView:
    return PinView(
        id=row.id,
        coach_id=row.coach_id,
        client_id=row.client_id,
        client_name=client_name,
        text=cipher.open(TABLE, "text", row.text),
        bring_up_on=row.bring_up_on,
        resolved=row.resolved,
        resolved_at=row.resolved_at,
        created_at=row.created_at,
    )
