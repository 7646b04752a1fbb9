"""Coaches: the owners of every record."""

from __future__ import annotations

import re
from datetime import UTC, date, tzinfo
from zoneinfo import ZoneInfo

from sqlalchemy import select

from coachconn.core import validation as v
from coachconn.core.coaches import PLACEHOLDER_NAME, Coach, clean_coach_name, clean_coach_timezone
from coachconn.core.errors import Conflict, InvalidInput, NotFound
from coachconn.storage.tables import CoachRow
from coachconn.storage.uow import UnitOfWork

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def create_coach(
    uow: UnitOfWork, name: str, email: str | None = None, *, timezone: str = "UTC"
) -> Coach:
    """A new coach. The email, when given, must be unique; ``timezone`` (an
    IANA name) is where the coach reads and writes times."""
    name = clean_coach_name(name)
    email = _clean_email(email)
    zone = clean_coach_timezone(timezone)
    with uow:
        if email is not None and uow.session.scalar(
            select(CoachRow.id).where(CoachRow.email == email)
        ):
            raise Conflict(f"a coach with email {email} already exists")
        coach = _add(uow, name, email, zone)
        uow.commit()
    return coach


def ensure_default_coach(
    uow: UnitOfWork, name: str = PLACEHOLDER_NAME, *, timezone: str = "UTC"
) -> tuple[Coach, bool]:
    """The default coach (the first one), created with ``name`` and ``timezone``
    if there is none, and whether it was created now; an existing coach is returned
    unchanged. The check and the creation are one unit of work, so two set-ups at
    once make one coach: on SQLite it holds the write lock from its first read, and
    on PostgreSQL set-up runs one at a time
    (:func:`coachconn.storage.migrate.one_setup_at_a_time`)."""
    name = clean_coach_name(name)
    zone = clean_coach_timezone(timezone)
    with uow:
        row = _first(uow)
        if row is not None:
            return _coach(row), False
        coach = _add(uow, name, None, zone)
        uow.commit()
    return coach, True


def _add(uow: UnitOfWork, name: str, email: str | None, zone: str) -> Coach:
    row = CoachRow(name=name, email=email, timezone=zone, created_at=uow.now())
    uow.session.add(row)
    uow.flush()
    return _coach(row)


def get_default_coach(uow: UnitOfWork) -> Coach:
    """The coach a single-user install acts as: the first one created."""
    with uow:
        row = _first(uow)
        if row is None:
            raise NotFound("coach", "default")
        return _coach(row)


def get_coach(uow: UnitOfWork, coach_id: int) -> Coach:
    with uow:
        row = uow.session.get(CoachRow, coach_id)
        if row is None:
            raise NotFound("coach", coach_id)
        return _coach(row)


def rename_coach(uow: UnitOfWork, coach_id: int, *, name: str) -> Coach:
    """Change the name the coach goes by; :class:`InvalidInput` if blank or too long."""
    return update_coach(uow, coach_id, name=name)


def update_coach(
    uow: UnitOfWork, coach_id: int, *, name: str | None = None, timezone: str | None = None
) -> Coach:
    """Change the coach's name and/or timezone; what is not given stays."""
    clean = None if name is None else clean_coach_name(name)
    zone = None if timezone is None else clean_coach_timezone(timezone)
    with uow:
        row = uow.session.get(CoachRow, coach_id)
        if row is None:
            raise NotFound("coach", coach_id)
        row.name = clean or row.name
        row.timezone = zone or row.timezone
        uow.flush()
        coach = _coach(row)
        uow.commit()
    return coach


def coach_today(uow: UnitOfWork, coach_id: int) -> date:
    """Inside an open unit of work: today's date where the coach is."""
    return uow.now().astimezone(coach_zone(uow, coach_id)).date()


def coach_zone(uow: UnitOfWork, coach_id: int) -> tzinfo:
    """Inside an open unit of work: the coach's timezone (UTC for no such coach)."""
    row = uow.session.get(CoachRow, coach_id)
    return ZoneInfo(row.timezone) if row is not None else UTC


def require_coach(uow: UnitOfWork, coach_id: int) -> None:
    """Inside an open unit of work: :class:`NotFound` unless the coach exists."""
    if uow.session.get(CoachRow, coach_id) is None:
        raise NotFound("coach", coach_id)


def lock_diary(uow: UnitOfWork, coach_id: int) -> None:
    """Inside an open unit of work, before it reads what it checks: wait for any other
    change to the coach's diary (a booking, a move, an outcome, work added to an
    engagement, an engagement completed) to commit, and keep the next one waiting until
    this one ends, so that what this one checks (no other session at that time, an
    engagement still open, nothing dated after the end it sets) is still true when it
    writes. A row locked again in the same unit of work is no second wait.

    PostgreSQL: a row lock on the coach, ``FOR NO KEY UPDATE``, which rows that merely
    refer to the coach (a note written meanwhile) do not wait for. SQLite leaves the
    lock out: every unit of work that may write holds the database's one write lock
    from its first statement (see :func:`coachconn.storage.engine._sqlite_begin`)."""
    uow.session.execute(
        select(CoachRow.id).where(CoachRow.id == coach_id).with_for_update(key_share=True)
    )


def _first(uow: UnitOfWork) -> CoachRow | None:
    return uow.session.scalar(select(CoachRow).order_by(CoachRow.id).limit(1))


def _clean_email(email: object) -> str | None:
    # In lower case before its length is checked: lower case can be longer ("İ" is
    # two characters then), and the column holds 320, as PostgreSQL enforces.
    text = v.optional_text(
        "email", email.lower() if isinstance(email, str) else email, max_len=320, one_line=True
    )
    if text is None:
        return None
    if not _EMAIL.match(text):
        raise InvalidInput("email", "is not an email address")
    return text


def _coach(row: CoachRow) -> Coach:
    return Coach(
        id=row.id, name=row.name, email=row.email, timezone=row.timezone, created_at=row.created_at
    )
