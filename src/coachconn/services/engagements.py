"""Engagements: starting, pausing, completing, and reading them with their phase."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from coachconn.core import validation as v
from coachconn.core.engagements import (
    Cadence,
    ClientEngagement,
    Completion,
    Dated,
    EngagementStatus,
    EngagementView,
    Previous,
    Rated,
    SessionLeft,
    TookPlace,
    check_starts_after,
    check_takes_work,
    check_transition,
    end_date,
    is_open,
    phase_for,
)
from coachconn.core.errors import Conflict, InvalidInput, Stale
from coachconn.core.sessions import ChangedBy, SessionStatus, local_day, notice_hours_before
from coachconn.services.coaches import coach_today, coach_zone, lock_diary
from coachconn.storage.crypto import FieldCipher
from coachconn.storage.queries import has_transcript
from coachconn.storage.tables import ClientRow, EngagementRow, GoalRatingRow, GoalRow, SessionRow
from coachconn.storage.uow import UnitOfWork


def start_engagement(
    uow: UnitOfWork,
    coach_id: int,
    client_id: int,
    *,
    started_on: date | None = None,
    cadence: Cadence | str = Cadence.FORTNIGHTLY,
) -> EngagementView:
    """Begin working with a client. A client has at most one open engagement, and
    their engagements do not overlap: it starts no earlier than the day their previous
    one ended (that day itself is taken, for a renewal). It starts (by default today
    where the coach is) no more than two years ahead, as far as a session can be
    booked."""
    rhythm = v.choice("cadence", cadence, Cadence)
    with uow:
        today = coach_today(uow, coach_id)
        started = v.a_date("started_on", started_on or today)
        v.within_horizon("started_on", started, today)
        client = uow.owned(ClientRow, coach_id, client_id, "client")
        if _open_engagement(uow, coach_id, client_id) is not None:
            raise Conflict(f"client {client_id} already has an open engagement")
        check_starts_after(started, _previous(uow, coach_id, client_id))
        now = uow.now()
        row = EngagementRow(
            coach_id=coach_id,
            client_id=client_id,
            started_on=started,
            status=EngagementStatus.ACTIVE.value,
            cadence=rhythm.value,
            created_at=now,
            updated_at=now,
        )
        uow.session.add(row)
        uow.flush()
        view = engagement_view(row, 0, client_name(uow, client))
        uow.commit()
    return view


def set_engagement_status(
    uow: UnitOfWork,
    coach_id: int,
    engagement_id: int,
    *,
    status: EngagementStatus | str,
    ended_on: date | None = None,
    expected_version: int | None = None,
) -> EngagementView:
    """Pause, resume or complete (as :func:`complete_engagement` does, which also
    says which sessions that cancelled and which are left to record)."""
    new = v.choice("status", status, EngagementStatus)
    if new == EngagementStatus.COMPLETED:
        return complete_engagement(
            uow, coach_id, engagement_id, ended_on=ended_on, expected_version=expected_version
        ).engagement
    with uow:
        row = uow.owned(EngagementRow, coach_id, engagement_id, "engagement")
        check_version(row.version, expected_version)
        check_transition(EngagementStatus(row.status), new)
        if ended_on is not None:
            raise InvalidInput("ended_on", "only a completed engagement has an end date")
        if new.value != row.status:
            row.status = new.value
            row.updated_at = uow.now()
        uow.flush()
        view = _view(uow, row)
        uow.commit()
    return view


def complete_engagement(
    uow: UnitOfWork,
    coach_id: int,
    engagement_id: int,
    *,
    ended_on: date | None = None,
    expected_version: int | None = None,
) -> Completion:
    """End the engagement on ``ended_on`` (default: the coach's today; no later than
    that, nor before it started or a session that took place in it). Its sessions
    without an outcome that were booked after that day, or are still ahead, are
    cancelled as the coach's, with notice counted from the end of that day (from now,
    if sooner); those up to that day that have started are left for the coach to
    record, and named in the result with the cancelled ones."""
    with uow:
        lock_diary(uow, coach_id)
        row = uow.owned(EngagementRow, coach_id, engagement_id, "engagement")
        check_version(row.version, expected_version)
        if row.ended_on is not None:  # which one, and when, as a second try would not say
            raise Conflict(f"engagement {row.id} was already completed on {row.ended_on}")
        check_transition(EngagementStatus(row.status), EngagementStatus.COMPLETED)
        end = _end_date(uow, row, ended_on)
        ended = _end_of(uow, coach_id, end)
        row.ended_on = end
        cancelled, to_record = _settle_diary(uow, row, ended)
        row.status = EngagementStatus.COMPLETED.value
        row.updated_at = uow.now()
        uow.flush()
        view = _view(uow, row)
        uow.commit()
    return Completion(view, cancelled, to_record)


def change_cadence(
    uow: UnitOfWork,
    coach_id: int,
    engagement_id: int,
    *,
    cadence: Cadence | str,
    expected_version: int | None = None,
) -> EngagementView:
    rhythm = v.choice("cadence", cadence, Cadence)
    with uow:
        row = uow.owned(EngagementRow, coach_id, engagement_id, "engagement")
        check_version(row.version, expected_version)
        if row.cadence != rhythm.value:
            row.cadence = rhythm.value
            row.updated_at = uow.now()
        uow.flush()
        view = _view(uow, row)
        uow.commit()
    return view


def get_engagement(uow: UnitOfWork, coach_id: int, engagement_id: int) -> EngagementView:
    with uow:
        row = uow.owned(EngagementRow, coach_id, engagement_id, "engagement")
        return _view(uow, row)


def list_engagements(
    uow: UnitOfWork, coach_id: int, client_id: int | None = None
) -> list[EngagementView]:
    """The coach's engagements (one client's when ``client_id`` is given), oldest first."""
    with uow:
        if client_id is not None:
            uow.owned(ClientRow, coach_id, client_id, "client")
        return engagement_views(uow, coach_id, client_id)


# Helpers shared with the other services; they run inside an open unit of work.


def engagement_views(
    uow: UnitOfWork, coach_id: int, client_id: int | None = None
) -> list[EngagementView]:
    """The coach's engagements (one client's with ``client_id``), oldest first, each
    with its client's name: the engagements and the names in one query, every
    client's key in one more, and the sessions held in a third."""
    query = (
        select(EngagementRow, ClientRow.preferred_name)
        .join(ClientRow, ClientRow.id == EngagementRow.client_id)
        .where(EngagementRow.coach_id == coach_id)
    )
    if client_id is not None:
        query = query.where(EngagementRow.client_id == client_id)
    found = uow.session.execute(query.order_by(EngagementRow.started_on, EngagementRow.id)).all()
    held = held_counts(uow, coach_id, [r.id for r, _ in found])
    uow.keys.load(coach_id, (r.client_id for r, _ in found))
    return [
        engagement_view(r, held.get(r.id, 0), open_name(uow.keys.cipher(coach_id, r.client_id), n))
        for r, n in found
    ]


def _view(uow: UnitOfWork, row: EngagementRow) -> EngagementView:
    """Inside an open unit of work: the engagement, its client named, with its phase."""
    client = uow.owned(ClientRow, row.coach_id, row.client_id, "client")
    held = held_counts(uow, row.coach_id, [row.id]).get(row.id, 0)
    return engagement_view(row, held, client_name(uow, client))


def held_counts(uow: UnitOfWork, coach_id: int, engagement_ids: Iterable[int]) -> dict[int, int]:
    """Sessions held per engagement: the count the phase comes from."""
    ids = list(engagement_ids)
    if not ids:
        return {}
    query = (
        select(SessionRow.engagement_id, func.count())
        .where(
            SessionRow.coach_id == coach_id,
            SessionRow.engagement_id.in_(ids),
            SessionRow.status == SessionStatus.HELD.value,
        )
        .group_by(SessionRow.engagement_id)
    )
    return {engagement_id: count for engagement_id, count in uow.session.execute(query)}


def engagement_view(row: EngagementRow, sessions_held: int, client_name: str) -> EngagementView:
    return EngagementView(
        id=row.id,
        coach_id=row.coach_id,
        client_id=row.client_id,
        client_name=client_name,
        started_on=row.started_on,
        ended_on=row.ended_on,
        status=EngagementStatus(row.status),
        cadence=Cadence(row.cadence),
        sessions_held=sessions_held,
        phase=phase_for(sessions_held),
        version=row.version,
        created_at=row.created_at,
    )


def last_held_day(
    uow: UnitOfWork,
    coach_id: int,
    *,
    client_id: int | None = None,
    engagement_id: int | None = None,
) -> date | None:
    """The day, in the coach's timezone, of the last session held: a client's, across
    all their engagements (``client_id``: the last session their page shows), or one
    engagement's (``engagement_id``: the earliest day it may end). The stored time is
    UTC, whose date is the day before for a morning in Tokyo."""
    query = select(func.max(SessionRow.scheduled_at)).where(
        SessionRow.coach_id == coach_id, SessionRow.status == SessionStatus.HELD.value
    )
    if client_id is not None:
        query = query.where(SessionRow.client_id == client_id)
    if engagement_id is not None:
        query = query.where(SessionRow.engagement_id == engagement_id)
    last = uow.session.scalar(query)
    return None if last is None else local_day(last, coach_zone(uow, coach_id))


def engagement_for_client(
    uow: UnitOfWork,
    coach_id: int,
    client_id: int,
    engagement_id: int | None = None,
    *,
    reading: bool = False,
    work: Dated | None = None,
) -> tuple[EngagementRow, ClientEngagement]:
    """The engagement of the coach's client ``client_id`` that a use case adds to, or
    with ``reading`` reads: ``engagement_id`` when given, which must be the client's
    (else :class:`InvalidInput` naming both, the other client by name too); else the
    client's open engagement, or, for reading, their latest one when none is open. Work
    is added to an open engagement only: a completed one named is refused as
    :func:`coachconn.core.engagements.check_takes_work` says (``work``, dated after its
    end, as :class:`InvalidInput` naming its field), and a client with none open is
    :class:`Conflict`, the message saying how to start one. Another coach's client or
    engagement is :class:`NotFound`, as a missing one is.

    Every command that adds to or lists a client's record within an engagement finds
    its engagement here, so a client's number never stands in for an engagement's. One
    that adds waits first for any other change to the coach's diary (:func:`lock_diary`),
    so the engagement it finds open is not being completed meanwhile."""
    if not reading:
        lock_diary(uow, coach_id)
    client = uow.owned(ClientRow, coach_id, client_id, "client")
    name = client_name(uow, client)
    if engagement_id is not None:
        row = uow.owned(EngagementRow, coach_id, engagement_id, "engagement")
        if row.client_id != client.id:
            raise InvalidInput("engagement_id", _not_theirs(uow, row, client.id, name))
        if not reading:
            _check_open(row, work)
    else:
        found = _open_or_latest(uow, coach_id, client.id)
        if found is None or not (reading or is_open(EngagementStatus(found.status))):
            raise Conflict(_none_open(client.id, name, found))
        row = found
    which = ClientEngagement(
        client_id=client.id,
        client_name=name,
        engagement_id=row.id,
        status=EngagementStatus(row.status),
        started_on=row.started_on,
        ended_on=row.ended_on,
    )
    return row, which


def check_filters(
    uow: UnitOfWork, coach_id: int, client_id: int | None, engagement_id: int | None
) -> None:
    """For a listing of one client's records, one engagement's, or the engagement's
    given with its client: each is the coach's (else :class:`NotFound`), and an
    engagement given with a client is the client's (else :class:`InvalidInput`, as
    :func:`engagement_for_client` says it), rather than a list left silently empty."""
    if client_id is not None and engagement_id is not None:
        engagement_for_client(uow, coach_id, client_id, engagement_id, reading=True)
    elif client_id is not None:
        uow.owned(ClientRow, coach_id, client_id, "client")
    elif engagement_id is not None:
        uow.owned(EngagementRow, coach_id, engagement_id, "engagement")


def client_name(uow: UnitOfWork, row: ClientRow) -> str:
    """The client's name, as the coach calls them, opened with their key."""
    return open_name(uow.keys.cipher(row.coach_id, row.id), row.preferred_name)


def open_name(cipher: FieldCipher, sealed: bytes) -> str:
    """A client's name as read sealed beside other rows (a listing joined to the
    clients), opened with the client's ``cipher``."""
    return cipher.open("clients", "preferred_name", sealed)


def open_engagement_row(
    uow: UnitOfWork, coach_id: int, engagement_id: int, work: Dated | None = None
) -> EngagementRow:
    """The engagement if it still takes new work (``work``, when it is dated), else
    the refusal :func:`coachconn.core.engagements.check_takes_work` gives; found after
    any other change to the coach's diary has ended (:func:`lock_diary`), as it is not
    being completed meanwhile."""
    lock_diary(uow, coach_id)
    row = uow.owned(EngagementRow, coach_id, engagement_id, "engagement")
    _check_open(row, work)
    return row


def _check_open(row: EngagementRow, work: Dated | None = None) -> None:
    check_takes_work(row.id, EngagementStatus(row.status), row.ended_on, work)


def check_version(actual: int, expected: int | None) -> None:
    """Optimistic locking: :class:`Stale` when the record is no longer at the version
    the caller read."""
    if expected is None:
        return
    if isinstance(expected, bool) or not isinstance(expected, int):
        raise InvalidInput("expected_version", "expected a whole number")
    if expected < 1:  # not a version any record had: no change to tell of
        raise InvalidInput("expected_version", f"versions start at 1, got {expected}")
    if expected != actual:
        raise Stale(actual, expected)


def _open_engagement(uow: UnitOfWork, coach_id: int, client_id: int) -> EngagementRow | None:
    return uow.session.scalar(
        select(EngagementRow).where(
            EngagementRow.coach_id == coach_id,
            EngagementRow.client_id == client_id,
            EngagementRow.status != EngagementStatus.COMPLETED.value,
        )
    )


def _open_or_latest(uow: UnitOfWork, coach_id: int, client_id: int) -> EngagementRow | None:
    """The client's open engagement, else the one they started last (as
    :func:`coachconn.core.clients.current_engagement` picks it), if they have any."""
    return uow.session.scalar(
        select(EngagementRow)
        .where(EngagementRow.coach_id == coach_id, EngagementRow.client_id == client_id)
        .order_by(
            EngagementRow.status == EngagementStatus.COMPLETED.value,  # open ones first
            EngagementRow.started_on.desc(),
            EngagementRow.id.desc(),
        )
        .limit(1)
    )


def _none_open(client_id: int, name: str, latest: EngagementRow | None) -> str:
    """Why client ``client_id`` has no engagement to add to, and how to start one."""
    if latest is None:
        before = f"{name} has had none yet"
    else:
        before = f"{name}'s last, engagement {latest.id}, was completed on {latest.ended_on}"
    return (
        f"client {client_id} has no open engagement ({before}): start one with "
        f"`coachconn engagements add {client_id}`"
    )


def _not_theirs(uow: UnitOfWork, row: EngagementRow, client_id: int, name: str) -> str:
    """Engagement ``row`` is another client's than ``client_id``: say whose, by name."""
    other = uow.owned(ClientRow, row.coach_id, row.client_id, "client")
    return (
        f"engagement {row.id} is {client_name(uow, other)}'s (client {other.id}), not "
        f"{name}'s (client {client_id}); see `coachconn engagements list --client {client_id}`"
    )


def _previous(uow: UnitOfWork, coach_id: int, client_id: int) -> Previous | None:
    """The client's engagement that ended last, if any has."""
    row = uow.session.execute(
        select(EngagementRow.id, EngagementRow.started_on, EngagementRow.ended_on)
        .where(
            EngagementRow.coach_id == coach_id,
            EngagementRow.client_id == client_id,
            EngagementRow.ended_on.is_not(None),
        )
        .order_by(EngagementRow.ended_on.desc(), EngagementRow.id.desc())
        .limit(1)
    ).first()
    return None if row is None else Previous(row.id, row.started_on, row.ended_on)


def _settle_diary(
    uow: UnitOfWork, row: EngagementRow, ended: datetime
) -> tuple[tuple[SessionLeft, ...], tuple[SessionLeft, ...]]:
    """A completed engagement has no session after its end: cancel, as the coach's,
    those without an outcome booked from ``ended`` (the moment its last day ends) or
    still ahead. Returns them, and the ones without an outcome before ``ended`` that
    have started, left to record."""
    now = uow.now()
    told = min(now, ended)  # the client knew by the end, or knows now at the latest
    unrecorded = uow.session.scalars(
        select(SessionRow)
        .where(
            SessionRow.coach_id == row.coach_id,
            SessionRow.engagement_id == row.id,
            SessionRow.status == SessionStatus.SCHEDULED.value,
        )
        .order_by(SessionRow.scheduled_at, SessionRow.id)
    ).all()
    cancelled, to_record = [], []
    for session in unrecorded:
        left = SessionLeft(session.id, session.scheduled_at)
        if session.scheduled_at < ended and session.scheduled_at <= now:
            to_record.append(left)
            continue
        session.status = SessionStatus.CANCELLED.value
        session.changed_by = ChangedBy.COACH.value
        session.notice_hours = notice_hours_before(session.scheduled_at, told)
        session.recorded_at = session.updated_at = now
        cancelled.append(left)
    return tuple(cancelled), tuple(to_record)


def _end_of(uow: UnitOfWork, coach_id: int, day: date) -> datetime:
    """The moment ``day`` ends where the coach is (the next day's midnight)."""
    midnight = datetime.combine(day + timedelta(days=1), time(), tzinfo=coach_zone(uow, coach_id))
    return midnight.astimezone(UTC)


def _end_date(uow: UnitOfWork, row: EngagementRow, ended_on: object) -> date:
    """The day the engagement ends: its bounds gathered for :func:`end_date`."""
    coach_id = row.coach_id
    return end_date(
        ended_on,
        started_on=row.started_on,
        today=coach_today(uow, coach_id),
        last_held=last_held_day(uow, coach_id, engagement_id=row.id),
        last_rated=_last_rating(uow, row),
        took_place=_last_with_transcript(uow, row),
    )


def _last_rating(uow: UnitOfWork, row: EngagementRow) -> Rated | None:
    """The last progress rating of the engagement's goals: its goal and its day."""
    last = uow.session.execute(
        select(GoalRatingRow.goal_id, GoalRatingRow.rated_on)
        .join(GoalRow, GoalRow.id == GoalRatingRow.goal_id)
        .where(
            GoalRatingRow.coach_id == row.coach_id,
            GoalRow.coach_id == row.coach_id,
            GoalRow.engagement_id == row.id,
        )
        .order_by(GoalRatingRow.rated_on.desc(), GoalRatingRow.id.desc())
        .limit(1)
    ).first()
    return None if last is None else Rated(last.goal_id, last.rated_on)


def _last_with_transcript(uow: UnitOfWork, row: EngagementRow) -> TookPlace | None:
    """The engagement's last session with a transcript and no outcome yet: it took
    place, recorded or not. Its day is the coach's."""
    last = uow.session.execute(
        select(SessionRow.id, SessionRow.scheduled_at)
        .where(
            SessionRow.coach_id == row.coach_id,
            SessionRow.engagement_id == row.id,
            SessionRow.status == SessionStatus.SCHEDULED.value,
            has_transcript(row.coach_id),
        )
        .order_by(SessionRow.scheduled_at.desc(), SessionRow.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return None
    return TookPlace(last.id, local_day(last.scheduled_at, coach_zone(uow, row.coach_id)))
