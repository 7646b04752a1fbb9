"""Clients: adding, updating, listing, reading, and erasing them for good."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import delete, func, select

from coachconn.core import validation as v
from coachconn.core.clients import (
    PROFILE_TEXT_FIELDS,
    ClientDetail,
    ClientFlag,
    ClientProfile,
    ClientSummary,
    ClientUpdate,
    ClientView,
    ErasedClient,
    RepresentationalSystem,
    clean_preferred_name,
    clean_profile_fields,
    client_changes,
    current_engagement,
)
from coachconn.core.engagements import EngagementView
from coachconn.core.errors import InvalidInput
from coachconn.core.sessions import SessionStatus
from coachconn.services.coaches import require_coach
from coachconn.services.engagements import (
    check_version,
    client_name,
    engagement_views,
    last_held_day,
)
from coachconn.services.pins import pin_view
from coachconn.storage.crypto import FieldCipher
from coachconn.storage.tables import ClientRow, PinRow, SessionRow, client_scoped_models
from coachconn.storage.uow import UnitOfWork

TABLE = "clients"
# Profile field -> column, where the column name differs (``values`` is an SQL keyword).
_COLUMN = {"values": "values_priorities", "goals": "goals_text"}


def add_client(
    uow: UnitOfWork, coach_id: int, *, preferred_name: str, **profile: object
) -> ClientView:
    """A new client with their own data key. ``profile`` takes the fields of
    :class:`~coachconn.core.clients.ClientProfile` by name (``flags`` as a list)."""
    name = clean_preferred_name(preferred_name)
    fields = clean_profile_fields(profile)
    with uow:
        require_coach(uow, coach_id)
        now = uow.now()
        cipher = uow.keys.generate()
        row = ClientRow(
            coach_id=coach_id,
            preferred_name=cipher.seal(TABLE, "preferred_name", name),
            representational_system=_seal_system(cipher, RepresentationalSystem.UNKNOWN),
            flags=_seal_flags(cipher, frozenset()),
            created_at=now,
            updated_at=now,
        )
        _apply_profile(row, fields, cipher)
        uow.session.add(row)
        uow.flush()
        uow.keys.attach(cipher, coach_id=coach_id, client_id=row.id, now=now)
        view = client_view(row, cipher)
        uow.commit()
    return view


def update_client(
    uow: UnitOfWork,
    coach_id: int,
    client_id: int,
    *,
    expected_version: int | None,
    add_flags: Iterable[ClientFlag | str] = (),
    remove_flags: Iterable[ClientFlag | str] = (),
    **fields: object,
) -> ClientUpdate:
    """Change the name and/or profile fields given; others stay. ``None`` clears a
    field. ``add_flags`` and ``remove_flags`` change the flags the client has
    (``flags`` replaces them all; not both). :class:`Conflict` if the client
    changed since ``expected_version`` (when given). What the client has already
    (removing a flag they do not have, say) is no change: when nothing changes,
    nothing is written and the version stays; the result says why."""
    changes = dict(fields)
    name = (
        clean_preferred_name(changes.pop("preferred_name")) if "preferred_name" in changes else None
    )
    cleaned = clean_profile_fields(changes)
    adding = frozenset(v.choices("add_flags", list(add_flags), ClientFlag))
    removing = frozenset(v.choices("remove_flags", list(remove_flags), ClientFlag))
    if (adding or removing) and "flags" in cleaned:
        raise InvalidInput("flags", "give the whole list, or flags to add and remove, not both")
    if adding & removing:
        raise InvalidInput("remove_flags", "cannot add and remove the same flag")
    with uow:
        row = uow.owned(ClientRow, coach_id, client_id, "client")
        check_version(row.version, expected_version)
        cipher = uow.keys.cipher(coach_id, row.id)
        plan = client_changes(
            client_view(row, cipher),
            name=name,
            fields=cleaned,
            add_flags=adding,
            remove_flags=removing,
        )
        if plan.preferred_name is not None:
            row.preferred_name = cipher.seal(TABLE, "preferred_name", plan.preferred_name)
        _apply_profile(row, plan.fields, cipher)
        if plan.any:  # an untouched row keeps its version
            row.updated_at = uow.now()
            uow.flush()
        view = client_view(row, cipher)
        uow.commit()
    return ClientUpdate(view, changed=plan.any, unchanged=plan.unchanged)


def get_client(uow: UnitOfWork, coach_id: int, client_id: int) -> ClientDetail:
    """The client with their engagements, phase, next session and open pins."""
    with uow:
        row = uow.owned(ClientRow, coach_id, client_id, "client")
        cipher = uow.keys.cipher(coach_id, row.id)
        engagements = tuple(engagement_views(uow, coach_id, client_id))
        current = current_engagement(engagements)
        pins = uow.session.scalars(
            select(PinRow)
            .where(PinRow.coach_id == coach_id, PinRow.client_id == client_id, ~PinRow.resolved)
            .order_by(PinRow.bring_up_on.is_(None), PinRow.bring_up_on, PinRow.id)
        ).all()
        view = client_view(row, cipher)
        return ClientDetail(
            client=view,
            engagements=engagements,
            current_engagement=current,
            phase=current.phase if current else None,
            sessions_held=current.sessions_held if current else 0,
            next_session_at=_next_sessions(uow, coach_id, client_id).get(client_id),
            open_pins=tuple(pin_view(p, cipher, view.preferred_name) for p in pins),
            last_session_on=last_held_day(uow, coach_id, client_id=client_id),
        )


def list_clients(uow: UnitOfWork, coach_id: int) -> list[ClientSummary]:
    """Every client of the coach, by name, with phase and next session."""
    with uow:
        rows = uow.session.scalars(select(ClientRow).where(ClientRow.coach_id == coach_id)).all()
        by_client: dict[int, list[EngagementView]] = {}
        for engagement in engagement_views(uow, coach_id):
            by_client.setdefault(engagement.client_id, []).append(engagement)
        upcoming = _next_sessions(uow, coach_id)
        uow.keys.load(coach_id, (row.id for row in rows))  # one query for every client's key
        summaries = []
        for row in rows:
            current = current_engagement(tuple(by_client.get(row.id, ())))
            cipher = uow.keys.cipher(coach_id, row.id)
            summaries.append(
                ClientSummary(
                    id=row.id,
                    preferred_name=cipher.open(TABLE, "preferred_name", row.preferred_name),
                    flags=_flags(row, cipher),
                    phase=current.phase if current else None,
                    sessions_held=current.sessions_held if current else 0,
                    engagement_status=current.status if current else None,
                    engagement_id=current.id if current else None,
                    next_session_at=upcoming.get(row.id),
                )
            )
    return sorted(summaries, key=lambda s: (s.preferred_name.casefold(), s.id))


def erase_client(uow: UnitOfWork, coach_id: int, client_id: int) -> ErasedClient:
    """Erase a client for good: destroy their data key (crypto-shredding) and
    delete every row about them. Backups taken before stay readable until the
    master key is rotated and the old one destroyed (``coachconn keys rotate``).
    Returns their name and how many records of each kind went."""
    with uow:
        row = uow.owned(ClientRow, coach_id, client_id, "client")
        counts = _record_counts(uow, coach_id, client_id)
        erased = ErasedClient(client_id, client_name(uow, row), counts)
        uow.keys.destroy(coach_id, client_id)
        uow.session.execute(
            delete(ClientRow).where(ClientRow.id == client_id, ClientRow.coach_id == coach_id)
        )
        uow.commit()
        uow.leave_no_copy()  # nor in the database's log, while a server has it open
    return erased


def client_view(row: ClientRow, cipher: FieldCipher) -> ClientView:
    def text(field: str) -> str | None:
        column = _COLUMN.get(field, field)
        return cipher.open_optional(TABLE, column, getattr(row, column))

    profile = ClientProfile(
        **{field: text(field) for field in PROFILE_TEXT_FIELDS},
        timezone=row.timezone,
        representational_system=RepresentationalSystem(
            cipher.open_json(TABLE, "representational_system", row.representational_system)
        ),
        flags=_flags(row, cipher),
    )
    return ClientView(
        id=row.id,
        coach_id=row.coach_id,
        preferred_name=cipher.open(TABLE, "preferred_name", row.preferred_name),
        profile=profile,
        version=row.version,
        created_at=row.created_at,
    )


def _apply_profile(row: ClientRow, fields: Mapping[str, object], cipher: FieldCipher) -> None:
    for field, value in fields.items():
        if field in PROFILE_TEXT_FIELDS:
            column = _COLUMN.get(field, field)
            text = value if isinstance(value, str) else None
            setattr(row, column, cipher.seal_optional(TABLE, column, text))
        elif field == "timezone":
            row.timezone = value if isinstance(value, str) else None
        elif field == "representational_system":
            system = RepresentationalSystem(str(value))
            row.representational_system = _seal_system(cipher, system)
        elif field == "flags":
            chosen = value if isinstance(value, frozenset) else frozenset()
            row.flags = _seal_flags(cipher, chosen)


# Flags and the representational system are judgements about the client, so
# they are sealed like the free text (as padded JSON), not stored as plain codes.
def _seal_system(cipher: FieldCipher, system: RepresentationalSystem) -> bytes:
    return cipher.seal_json(TABLE, "representational_system", system.value)


def _seal_flags(cipher: FieldCipher, flags: frozenset[ClientFlag]) -> bytes:
    return cipher.seal_json(TABLE, "flags", sorted(flag.value for flag in flags))


def _flags(row: ClientRow, cipher: FieldCipher) -> frozenset[ClientFlag]:
    return frozenset(ClientFlag(code) for code in cipher.open_json(TABLE, "flags", row.flags))


def _record_counts(uow: UnitOfWork, coach_id: int, client_id: int) -> dict[str, int]:
    counts = {}
    for table, model in client_scoped_models().items():
        query = (
            select(func.count())
            .select_from(model)
            .where(model.client_id == client_id, model.coach_id == coach_id)
        )
        counts[table] = uow.session.scalar(query) or 0
    return {table: count for table, count in counts.items() if count}


def _next_sessions(
    uow: UnitOfWork, coach_id: int, client_id: int | None = None
) -> dict[int, datetime]:
    """Per client (only ``client_id``'s, when given), the time of the next session."""
    query = (
        select(SessionRow.client_id, func.min(SessionRow.scheduled_at))
        .where(
            SessionRow.coach_id == coach_id,
            SessionRow.status == SessionStatus.SCHEDULED.value,
            SessionRow.scheduled_at >= uow.now(),
        )
        .group_by(SessionRow.client_id)
    )
    if client_id is not None:  # one client's, not every client's sessions
        query = query.where(SessionRow.client_id == client_id)
    return {client: moment for client, moment in uow.session.execute(query)}
