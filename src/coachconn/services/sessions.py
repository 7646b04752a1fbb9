"""Sessions: scheduling, recording what happened, moving, and reading them."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import Exists, ScalarSelect, select
from sqlalchemy.orm import InstrumentedAttribute, aliased

from coachconn.core import validation as v
from coachconn.core.engagements import Dated, EngagementStatus, check_within, is_open
from coachconn.core.errors import Conflict, InvalidInput
from coachconn.core.markers import Marker
from coachconn.core.sessions import (
    DID_NOT_TAKE_PLACE,
    MAX_DURATION,
    MAX_NOTICE_HOURS,
    MIN_DURATION,
    ChangedBy,
    SessionFormat,
    SessionStatus,
    SessionView,
    check_keeps_transcript,
    check_new_time,
    check_notice,
    check_outcome,
    check_outcome_time,
    local_day,
    markers_after,
    normalise_themes,
    notice_hours_before,
    overlaps,
)
from coachconn.services.coaches import coach_zone, lock_diary
from coachconn.services.engagements import (
    check_filters,
    check_version,
    engagement_for_client,
    open_engagement_row,
    open_name,
)
from coachconn.storage.crypto import FieldCipher
from coachconn.storage.queries import has_transcript, session_has_transcript
from coachconn.storage.tables import ClientRow, EngagementRow, SessionRow
from coachconn.storage.uow import UnitOfWork

TABLE = "sessions"


def schedule_session(
    uow: UnitOfWork,
    coach_id: int,
    client_id: int,
    *,
    engagement_id: int | None = None,
    scheduled_at: datetime,
    duration_min: int = 60,
    format: SessionFormat | str = SessionFormat.VIDEO,
) -> SessionView:
    """Put a session with the client in the diary of their open engagement (or of
    ``engagement_id``, which must be theirs and open: a paused one takes it, and its
    view says the engagement is paused; a completed one refuses it, naming
    ``scheduled_at`` when its day is after the end)."""
    when = v.aware_datetime("scheduled_at", scheduled_at)
    minutes = v.int_between("duration_min", duration_min, MIN_DURATION, MAX_DURATION)
    kind = v.choice("format", format, SessionFormat)
    with uow:
        lock_diary(uow, coach_id)
        day = Dated("scheduled_at", _diary_day(uow, coach_id, when))
        engagement, _ = engagement_for_client(uow, coach_id, client_id, engagement_id, work=day)
        row = _new_session(uow, engagement, "scheduled_at", when, minutes, kind)
        view = session_view(uow, row)
        uow.commit()
    return view


def record_session(
    uow: UnitOfWork,
    coach_id: int,
    session_id: int,
    *,
    status: SessionStatus | str | None = None,
    changed_by: ChangedBy | str | None = None,
    notice_hours: float | None = None,
    notes: str | None = None,
    markers: tuple[Marker | str, ...] | list[Marker | str] | None = None,
    themes: tuple[str, ...] | list[str] | None = None,
    expected_version: int | None = None,
) -> SessionView:
    """Record what became of a session, or add to what was recorded.

    ``status`` of ``None`` keeps the session's status, to add notes, themes or
    markers. ``markers`` (the seed's checklist, held sessions only) and ``themes``
    replace what was there, an empty list clears them, and ``None`` keeps them;
    ``notes`` likewise: blank text clears them, ``None`` keeps them.

    A session becoming cancelled needs ``changed_by``; ``notice_hours`` defaults
    to the hours between now and the planned start. A session that stays
    cancelled (or moved) keeps who did it and the notice recorded then, unless
    new ones are given: recording notes later must not turn a week's notice into
    an hour's. Other sessions take neither. A cancellation put back to scheduled
    is checked as a booking is: an open engagement, a day within it, and no other
    session at that time. A session becomes held only on a day within its engagement
    (a completed one ended no earlier than its last session held). A session with a
    transcript took place: it is not recorded as cancelled or missed.
    """
    wanted = None if status is None else v.choice("status", status, SessionStatus)
    who = None if changed_by is None else v.choice("changed_by", changed_by, ChangedBy)
    ticked = None if markers is None else v.choices("markers", markers, Marker)
    tags = None if themes is None else normalise_themes(tuple(themes))
    text = v.optional_text("notes", notes)
    notice = _notice(notice_hours)
    if all(x is None for x in (wanted, who, notice, notes, ticked, tags)):
        raise InvalidInput("status", "nothing to record: give a status, notes, themes or markers")
    with uow:
        lock_diary(uow, coach_id)
        row = uow.owned(SessionRow, coach_id, session_id, "session")
        check_version(row.version, expected_version)
        current = SessionStatus(row.status)
        outcome = current if wanted is None else wanted
        if who is None and outcome == current and row.changed_by is not None:
            who = ChangedBy(row.changed_by)
        check_outcome(current, outcome, changed_by=who, markers=ticked, notice_hours=notice)
        now = uow.now()
        check_outcome_time(current, outcome, row.scheduled_at, now)
        if outcome != current and outcome in DID_NOT_TAKE_PLACE:  # the only ones it bars
            check_keeps_transcript(
                row.id, outcome, session_has_transcript(uow.session, row.coach_id, row.id)
            )
        if outcome == SessionStatus.SCHEDULED and current != outcome:
            _check_back_in_diary(uow, row)
        if outcome == SessionStatus.HELD and current != outcome:
            _check_in_engagement(uow, row, _engagement_of(uow, row))
        if notice is not None:
            check_notice(notice, row.scheduled_at, now)
        if who is not None and notice is None:
            notice = _notice_kept(row, current, outcome, now)
        cipher = uow.keys.cipher(coach_id, row.client_id)
        markers_now = markers_after(outcome, ticked, open_markers(row, cipher))
        _apply_outcome(row, outcome, who, notice if who else None, markers_now, cipher)
        if notes is not None:
            row.notes = cipher.seal_optional(TABLE, "notes", text)
        if tags is not None:
            row.themes = cipher.seal(TABLE, "themes", json.dumps(list(tags))) if tags else None
        row.recorded_at = now
        row.updated_at = now
        uow.flush()
        view = session_view(uow, row)
        uow.commit()
    return view


def reschedule_session(
    uow: UnitOfWork,
    coach_id: int,
    session_id: int,
    *,
    new_time: datetime,
    changed_by: ChangedBy | str,
    notice_hours: float | None = None,
    expected_version: int | None = None,
) -> SessionView:
    """Move a scheduled session: it is recorded as rescheduled (by whom, with how
    much notice) and a new session takes its place, linked to it (the old one's
    ``replaced_by_id``, the new one's ``replaces_id``). Returns the new session.
    A session with a transcript took place, and is not moved."""
    when = v.aware_datetime("new_time", new_time)
    who = v.choice("changed_by", changed_by, ChangedBy)
    notice = _notice(notice_hours)
    with uow:
        lock_diary(uow, coach_id)
        old = uow.owned(SessionRow, coach_id, session_id, "session")
        check_version(old.version, expected_version)
        if old.status != SessionStatus.SCHEDULED.value:
            raise Conflict(f"only a scheduled session can be moved, not a {old.status} one")
        check_keeps_transcript(
            old.id,
            SessionStatus.RESCHEDULED,
            session_has_transcript(uow.session, old.coach_id, old.id),
        )
        now = uow.now()
        check_new_time(when, old.scheduled_at, now)
        if notice is not None:
            check_notice(notice, old.scheduled_at, now)
        given = notice if notice is not None else notice_hours_before(old.scheduled_at, now)
        _apply_outcome(
            old, SessionStatus.RESCHEDULED, who, given, (), uow.keys.cipher(coach_id, old.client_id)
        )
        old.recorded_at = old.updated_at = now
        day = Dated("new_time", _diary_day(uow, coach_id, when))
        engagement = open_engagement_row(uow, coach_id, old.engagement_id, day)
        new = _new_session(
            uow,
            engagement,
            "new_time",
            when,
            old.duration_min,
            SessionFormat(old.format),
            replaces=old,
        )
        view = session_view(uow, new)
        uow.commit()
    return view


def get_session(uow: UnitOfWork, coach_id: int, session_id: int) -> SessionView:
    with uow:
        row = uow.owned(SessionRow, coach_id, session_id, "session")
        return session_view(uow, row)


def list_sessions(
    uow: UnitOfWork,
    coach_id: int,
    engagement_id: int | None = None,
    *,
    client_id: int | None = None,
    status: SessionStatus | str | None = None,
) -> list[SessionView]:
    """Sessions in time order: of one engagement, one client, or all the coach's."""
    wanted = None if status is None else v.choice("status", status, SessionStatus)
    with uow:
        query = (
            select(SessionRow, *_details(coach_id))
            .join(ClientRow, ClientRow.id == SessionRow.client_id)
            .where(SessionRow.coach_id == coach_id)
        )
        check_filters(uow, coach_id, client_id, engagement_id)
        if engagement_id is not None:
            query = query.where(SessionRow.engagement_id == engagement_id)
        if client_id is not None:
            query = query.where(SessionRow.client_id == client_id)
        if wanted is not None:
            query = query.where(SessionRow.status == wanted.value)
        # The sessions and all that their views show in one query, and every client's
        # key in one more: a listing costs the same few queries however long it is.
        found = uow.session.execute(query.order_by(SessionRow.scheduled_at, SessionRow.id)).all()
        uow.keys.load(coach_id, (row.client_id for row, *_ in found))
        return [
            _view(uow, row, name, by, bool(has), EngagementStatus(status))
            for row, name, by, has, status in found
        ]


def session_view(uow: UnitOfWork, row: SessionRow) -> SessionView:
    """Inside an open unit of work: the session, with its client's name, the
    sessions it replaces or was replaced by, whether it has a transcript, and its
    engagement's status."""
    name, by, has, status = uow.session.execute(
        select(*_details(row.coach_id))
        .select_from(SessionRow)
        .join(ClientRow, ClientRow.id == SessionRow.client_id)
        .where(SessionRow.id == row.id)
    ).one()
    return _view(uow, row, name, by, bool(has), EngagementStatus(status))


def _details(
    coach_id: int,
) -> tuple[InstrumentedAttribute[bytes], ScalarSelect[int | None], Exists, ScalarSelect[str]]:
    """What a session's view shows besides its own row, as columns of a query of the
    coach's sessions joined to their clients: the client's (sealed) name, the id of the
    session booked in its place (only a rescheduled one has one), whether it has a
    transcript, and its engagement's status."""
    later = aliased(SessionRow)
    replaced_by = (
        select(later.id)
        .where(later.coach_id == coach_id, later.replaces_id == SessionRow.id)
        .scalar_subquery()
    )
    engagement_status = (
        select(EngagementRow.status)
        .where(EngagementRow.coach_id == coach_id, EngagementRow.id == SessionRow.engagement_id)
        .scalar_subquery()
    )
    return ClientRow.preferred_name, replaced_by, has_transcript(coach_id), engagement_status


def _view(
    uow: UnitOfWork,
    row: SessionRow,
    name: bytes,
    replaced_by: int | None,
    transcript: bool,
    engagement_status: EngagementStatus,
) -> SessionView:
    """The view of ``row``, given what :func:`_details` reads beside it."""
    cipher = uow.keys.cipher(row.coach_id, row.client_id)
    themes = cipher.open_optional(TABLE, "themes", row.themes)
    return SessionView(
        id=row.id,
        coach_id=row.coach_id,
        client_id=row.client_id,
        client_name=open_name(cipher, name),
        engagement_id=row.engagement_id,
        engagement_status=engagement_status,
        scheduled_at=row.scheduled_at,
        duration_min=row.duration_min,
        format=SessionFormat(row.format),
        status=SessionStatus(row.status),
        changed_by=None if row.changed_by is None else ChangedBy(row.changed_by),
        notice_hours=row.notice_hours,
        notes=cipher.open_optional(TABLE, "notes", row.notes),
        markers=open_markers(row, cipher),
        themes=tuple(json.loads(themes)) if themes else (),
        version=row.version,
        created_at=row.created_at,
        recorded_at=row.recorded_at,
        replaces_id=row.replaces_id,
        replaced_by_id=replaced_by,
        has_transcript=transcript,
    )


def _new_session(
    uow: UnitOfWork,
    engagement: EngagementRow,
    field: str,
    when: datetime,
    minutes: int,
    kind: SessionFormat,
    *,
    replaces: SessionRow | None = None,
) -> SessionRow:
    """A scheduled session, on a day of the engagement as the coach counts days,
    not too far ahead, and not at the same time as another of the coach's;
    booked in place of ``replaces`` when given."""
    day = _diary_day(uow, engagement.coach_id, when)
    check_within(field, day, engagement.started_on, engagement.ended_on)
    now = uow.now()
    v.within_horizon(field, when, now, coach_zone(uow, engagement.coach_id))
    _check_free(uow, engagement.coach_id, when, minutes)
    row = SessionRow(
        coach_id=engagement.coach_id,
        client_id=engagement.client_id,
        engagement_id=engagement.id,
        scheduled_at=when,
        duration_min=minutes,
        format=kind.value,
        status=SessionStatus.SCHEDULED.value,
        markers=_seal_markers(uow.keys.cipher(engagement.coach_id, engagement.client_id), ()),
        replaces_id=None if replaces is None else replaces.id,
        created_at=now,
        updated_at=now,
    )
    uow.session.add(row)
    uow.flush()
    return row


def _diary_day(uow: UnitOfWork, coach_id: int, when: datetime) -> date:
    """The day of ``when`` in the coach's timezone.

    An engagement's dates are the coach's: its first day defaults to the coach's
    today, its last to the day the coach completes it, and the coach sees every
    session's time in their own zone. So a session the coach sees on the first day
    is on the first day, wherever the client is (counting in the client's zone, a
    coach in Tokyo could not book the morning an engagement started with a client
    in Lisbon, for whom it was still the day before)."""
    return local_day(when, coach_zone(uow, coach_id))


def _check_back_in_diary(uow: UnitOfWork, row: SessionRow) -> None:
    """A cancellation put back to scheduled is a booking again, checked as one: its
    engagement still open, its day within it, and no other session of the coach's
    booked at that time."""
    engagement = _engagement_of(uow, row)
    if not is_open(EngagementStatus(engagement.status)):
        raise Conflict(
            f"engagement {engagement.id} was completed on {engagement.ended_on}: "
            "its sessions cannot be scheduled again"
        )
    _check_in_engagement(uow, row, engagement)
    _check_free(uow, row.coach_id, row.scheduled_at, row.duration_min, except_id=row.id)


def _engagement_of(uow: UnitOfWork, row: SessionRow) -> EngagementRow:
    return uow.owned(EngagementRow, row.coach_id, row.engagement_id, "engagement")


def _check_in_engagement(uow: UnitOfWork, row: SessionRow, engagement: EngagementRow) -> None:
    """The session's day, as the coach counts days, lies within ``engagement``'s dates."""
    day = _diary_day(uow, row.coach_id, row.scheduled_at)
    try:
        check_within("status", day, engagement.started_on, engagement.ended_on)
    except InvalidInput as err:
        raise InvalidInput("status", f"the session's day, {day}, {err.reason}") from None


def _check_free(
    uow: UnitOfWork, coach_id: int, when: datetime, minutes: int, *, except_id: int | None = None
) -> None:
    """:class:`Conflict` naming the coach's scheduled session that ``when`` overlaps
    (other than session ``except_id``)."""
    query = (
        select(SessionRow)
        .where(
            SessionRow.coach_id == coach_id,
            SessionRow.status == SessionStatus.SCHEDULED.value,
            SessionRow.scheduled_at > when - timedelta(minutes=MAX_DURATION),
            SessionRow.scheduled_at < when + timedelta(minutes=minutes),
        )
        .order_by(SessionRow.scheduled_at, SessionRow.id)
    )
    if except_id is not None:
        query = query.where(SessionRow.id != except_id)
    for other in uow.session.scalars(query):
        if overlaps(when, minutes, other.scheduled_at, other.duration_min):
            at = other.scheduled_at.astimezone(coach_zone(uow, coach_id))
            raise Conflict(
                f"session {other.id} is booked then ({at:%Y-%m-%d %H:%M %Z}, "
                f"{other.duration_min} min); move or cancel it first"
            )


def _notice(notice_hours: object) -> float | None:
    if notice_hours is None:
        return None
    return v.number_between("notice_hours", notice_hours, 0, MAX_NOTICE_HOURS)


def _notice_kept(
    row: SessionRow, current: SessionStatus, outcome: SessionStatus, now: datetime
) -> float:
    """The notice of a cancellation or move when none is given: the one recorded
    when it became one, if it stays one, else the hours left before the start now."""
    if outcome == current and row.notice_hours is not None:
        return row.notice_hours
    return notice_hours_before(row.scheduled_at, now)


def _apply_outcome(
    row: SessionRow,
    outcome: SessionStatus,
    who: ChangedBy | None,
    notice: float | None,
    markers: tuple[Marker, ...],
    cipher: FieldCipher,
) -> None:
    row.status = outcome.value
    row.changed_by = None if who is None else who.value
    row.notice_hours = notice
    row.markers = _seal_markers(cipher, markers)


def open_markers(row: SessionRow, cipher: FieldCipher) -> tuple[Marker, ...]:
    """The markers the coach ticked for ``row``, unsealed with its client's ``cipher``."""
    return tuple(Marker(m) for m in cipher.open_json(TABLE, "markers", row.markers))


def _seal_markers(cipher: FieldCipher, markers: tuple[Marker, ...]) -> bytes:
    # Markers judge the session (``coach_working_harder``...): sealed, and padded
    # to one size for every possible list, so the length tells nothing either.
    return cipher.seal_json(TABLE, "markers", [m.value for m in markers], pad_to=1024)
