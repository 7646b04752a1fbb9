"""Load the demo practice (:mod:`coachconn.demo`) through the public services.

The content is plain data with dates relative to ``today``. Loading replays the
practice's history in time order with a clock that moves along with it, so every
record carries the time it would have been written: sessions are booked before
they happen and recorded just after, commitments are made in a session and
closed when they were, agreements are acknowledged on their day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from coachconn.analysis.coder import load_default_coder
from coachconn.core.clock import Clock, FixedClock
from coachconn.core.errors import Conflict
from coachconn.demo import PRACTICE
from coachconn.demo.model import (
    DemoAgreement,
    DemoClient,
    DemoCoach,
    DemoCommitment,
    DemoGoal,
    DemoSession,
    Owner,
    to_webvtt,
)
from coachconn.services import (
    agreements,
    clients,
    coaches,
    commitments,
    engagements,
    goals,
    notes,
    pins,
    sessions,
    transcripts,
)
from coachconn.storage.store import Store
from coachconn.storage.uow import UnitOfWork

NewUow = Callable[[], UnitOfWork]
Action = Callable[[NewUow], None]


@dataclass(frozen=True, slots=True)
class DemoLoaded:
    clients: int
    sessions: int
    coach_name: str  # the name the coach now has: the one the demo's agreements name


@dataclass
class _Ids:
    """Ids handed out while replaying one client's history; the replay's time
    order guarantees each exists before a later step reads it."""

    client: int = 0
    engagement: int = 0
    session_on: dict[int, int] = field(default_factory=dict)  # day -> held session
    scratch: dict[object, int] = field(default_factory=dict)


@dataclass
class _Plan:
    """Steps of the replay: at this moment, do this with a fresh unit of work."""

    today: date
    # Where the coach is: the content's hours are the coach's, so a session at 9 is
    # at 9 in the coach's diary and on the day the content gives it, wherever that is.
    zone: tzinfo = UTC
    steps: list[tuple[datetime, int, Action]] = field(default_factory=list)

    def at(self, moment: datetime, action: Action) -> None:
        self.steps.append((moment, len(self.steps), action))

    def moment(self, day: int, hour: int, minute: int = 0) -> datetime:
        local = datetime.combine(self.today + timedelta(days=day), time(hour, minute), self.zone)
        return local.astimezone(UTC)

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)


@dataclass(frozen=True, slots=True)
class DemoSkipped:
    """Nothing loaded: the practice already had ``existing`` clients."""

    existing: int


def load_demo_practice(
    store: Store, coach_id: int, *, skip_when_not_empty: bool = False
) -> DemoLoaded | DemoSkipped:
    """Load the demo into the coach's practice, dated up to the coach's own today.

    Only an empty practice takes the demo (loading twice makes twins): otherwise
    Conflict, or DemoSkipped when ``skip_when_not_empty``. That is checked in the
    load's own transaction, so of two loads at once the second finds the first's.
    """
    with store.unit_of_work() as uow:
        today = coaches.coach_today(uow, coach_id)
    clock = FixedClock(store.clock())
    with store.one_transaction(clock=clock) as inside:
        # Of two loads at once, the second waits here for the first to end, then finds
        # its clients (on SQLite the write lock does it; on PostgreSQL the coach's diary
        # lock, kept to the end of the load as its unit of work commits).
        with inside.unit_of_work() as uow:
            coaches.lock_diary(uow, coach_id)
            uow.commit()
        existing = len(clients.list_clients(inside.unit_of_work(), coach_id))
        if existing:
            if skip_when_not_empty:
                return DemoSkipped(existing)
            raise Conflict(
                f"the practice already has {existing} clients; the demo loads only into "
                "an empty practice (use a fresh COACHCONN_DATA_DIR)"
            )
        return _load(inside, clock, coach_id, today=today, practice=PRACTICE, now=store.clock)


def load_demo(
    store: Store, coach_id: int, *, today: date, practice: DemoCoach = PRACTICE
) -> DemoLoaded:
    """Create the demo clients for ``coach_id`` as if the last six months had
    happened up to ``today``, at the content's hours in the coach's timezone.
    Deterministic for a given ``today`` and timezone. The coach takes the demo
    coach's name, the one its agreements are signed with.

    The caller checks that the practice is empty: loading twice makes twins.
    All or nothing: the whole load is one transaction, so a step that fails, or a
    process killed halfway, leaves the practice as it was.
    """
    clock = FixedClock(store.clock())
    with store.one_transaction(clock=clock) as inside:
        return _load(inside, clock, coach_id, today=today, practice=practice, now=store.clock)


def _load(
    inside: Store, clock: FixedClock, coach_id: int, *, today: date, practice: DemoCoach, now: Clock
) -> DemoLoaded:
    """:func:`load_demo` in ``inside``, a store in one transaction whose clock is
    ``clock``: each step, a service's own unit of work, is replayed at its moment (its
    commit holds only once the transaction does), then the coach renamed ``now``."""
    with inside.unit_of_work() as uow:
        plan = _Plan(today, coaches.coach_zone(uow, coach_id))
    speaker = practice.display_name.split(" ")[0]  # the coach, in the demo transcripts
    for client in practice.clients:
        _plan_client(plan, coach_id, client, speaker)
    for moment, _, action in sorted(plan.steps, key=lambda step: step[:2]):
        clock.set(moment)
        action(inside.unit_of_work)
    clock.set(now())
    coaches.rename_coach(inside.unit_of_work(), coach_id, name=practice.display_name)
    return DemoLoaded(
        clients=len(practice.clients),
        sessions=sum(len(client.sessions) for client in practice.clients),
        coach_name=practice.display_name,
    )


def _plan_client(plan: _Plan, coach_id: int, demo: DemoClient, coach: str) -> _Ids:
    """Plan one client's history; the ids it will be given are filled in as it runs.
    ``coach``: the coach's name in the client's transcripts."""
    ids = _Ids()
    opened = plan.moment(demo.started_day - 3, 10)
    plan.at(opened, lambda uow: _add_client(uow, coach_id, demo, ids))
    plan.at(opened + timedelta(minutes=5), lambda uow: _start(uow, coach_id, demo, ids, plan))
    names = (coach, demo.preferred_name.split(" ")[0])
    _plan_sessions(
        plan, coach_id, demo.sessions, ids, earliest=opened + timedelta(minutes=10), names=names
    )
    for agreement in demo.agreements:
        _plan_agreement(plan, coach_id, agreement, ids)
    for goal in demo.goals:
        _plan_goal(plan, coach_id, goal, ids, demo.started_day)
    held_days = sorted(s.day for s in demo.sessions if s.status == "held")
    for commitment in demo.commitments:
        _plan_commitment(plan, coach_id, commitment, ids, held_days, demo.started_day)
    for pin in demo.pins:
        bring_up = None if pin.bring_up_day is None else plan.day(pin.bring_up_day)
        plan.at(plan.moment(pin.day, 19), _pin_action(coach_id, ids, pin.text, bring_up))
    for note in demo.notes:
        plan.at(plan.moment(note.day, 19, 30), _note_action(coach_id, ids, note.text))
    return ids


def _pin_action(coach_id: int, ids: _Ids, text: str, bring_up: date | None) -> Action:
    def add(uow: NewUow) -> None:
        pins.add_pin(uow(), coach_id, ids.client, text=text, bring_up_on=bring_up)

    return add


def _note_action(coach_id: int, ids: _Ids, text: str) -> Action:
    def add(uow: NewUow) -> None:
        notes.add_note(uow(), coach_id, ids.client, text=text)

    return add


def _discard(_: object) -> None:
    """Steps are run for their effect; the view they return is not needed."""


def _add_client(uow: NewUow, coach_id: int, demo: DemoClient, ids: _Ids) -> None:
    p = demo.profile
    view = clients.add_client(
        uow(),
        coach_id,
        preferred_name=demo.preferred_name,
        pronouns=p.pronouns,
        timezone=p.timezone,
        values=p.values,
        goals=p.goals,
        preferred_terms=p.preferred_terms,
        communication_style=p.communication_style,
        feedback_style=p.feedback_style,
        representational_system=p.representational_system,
        cultural_context=p.cultural_context or None,
        communication_patterns=p.communication_patterns or None,
        behavioural_patterns=p.behavioural_patterns or None,
        relational_patterns=p.relational_patterns or None,
        flags=list(demo.flags),
    )
    ids.client = view.id


def _start(uow: NewUow, coach_id: int, demo: DemoClient, ids: _Ids, plan: _Plan) -> None:
    view = engagements.start_engagement(
        uow(), coach_id, ids.client, started_on=plan.day(demo.started_day), cadence=demo.cadence
    )
    ids.engagement = view.id


def _plan_sessions(
    plan: _Plan,
    coach_id: int,
    demo: tuple[DemoSession, ...],
    ids: _Ids,
    *,
    earliest: datetime,
    names: tuple[str, str],
) -> None:
    """Book each session ten days ahead and record its outcome when it became
    known. A moved session is followed in the content by the one that took its
    place: that one is not booked on its own but made by moving the first."""
    moves = _moves(demo)
    for session in demo:
        _plan_session(plan, coach_id, session, ids, earliest=earliest, moves=moves, names=names)


def _moves(demo: tuple[DemoSession, ...]) -> dict[DemoSession, DemoSession]:
    """Each rescheduled session and the next session, which takes its place.

    Moving keeps a session's length and format, so the content must too."""
    moves: dict[DemoSession, DemoSession] = {}
    for before, after in zip(demo, (*demo[1:], None), strict=True):
        if before.status != "rescheduled":
            continue
        if after is None or (after.day, after.hour) <= (before.day, before.hour):
            raise ValueError(f"demo session on day {before.day} is moved but nothing follows it")
        if (after.duration_min, after.format) != (before.duration_min, before.format):
            raise ValueError(f"demo session on day {after.day} differs from the one it replaces")
        moves[before] = after
    return moves


def _plan_session(
    plan: _Plan,
    coach_id: int,
    demo: DemoSession,
    ids: _Ids,
    *,
    earliest: datetime,
    moves: dict[DemoSession, DemoSession],
    names: tuple[str, str],
) -> None:
    """``names``: the coach's and the client's in the session's transcript."""
    at = plan.moment(demo.day, demo.hour)
    booked = max(at - timedelta(days=10), earliest)
    if demo not in moves.values():
        plan.at(booked, _book_action(coach_id, demo, ids, at))
    if demo.status == "scheduled":
        return
    if demo.status == "rescheduled":
        if demo.changed_by is None:
            raise ValueError(f"demo session on day {demo.day} is moved by nobody")
        known = at - timedelta(hours=demo.notice_hours or 0)
        action = _move_action(coach_id, demo, demo.changed_by, moves[demo], ids, plan)
    else:
        known = at + timedelta(minutes=demo.duration_min + 30)
        action = _record_action(coach_id, demo, ids, names)
    plan.at(max(known, booked + timedelta(minutes=1)), action)


def _session_key(demo: DemoSession) -> object:
    return ("session", demo.day, demo.hour, demo.status)


def _remember(ids: _Ids, demo: DemoSession, session_id: int) -> None:
    ids.scratch[_session_key(demo)] = session_id
    if demo.status == "held":
        ids.session_on[demo.day] = session_id


def _book_action(coach_id: int, demo: DemoSession, ids: _Ids, at: datetime) -> Action:
    def book(uow: NewUow) -> None:
        view = sessions.schedule_session(
            uow(),
            coach_id,
            ids.client,
            engagement_id=ids.engagement,
            scheduled_at=at,
            duration_min=demo.duration_min,
            format=demo.format,
        )
        _remember(ids, demo, view.id)

    return book


def _move_action(
    coach_id: int,
    demo: DemoSession,
    changed_by: Owner,
    follow_up: DemoSession,
    ids: _Ids,
    plan: _Plan,
) -> Action:
    def move(uow: NewUow) -> None:
        view = sessions.reschedule_session(
            uow(),
            coach_id,
            ids.scratch[_session_key(demo)],
            new_time=plan.moment(follow_up.day, follow_up.hour),
            changed_by=changed_by,
            notice_hours=demo.notice_hours,
        )
        _remember(ids, follow_up, view.id)

    return move


def _record_action(coach_id: int, demo: DemoSession, ids: _Ids, names: tuple[str, str]) -> Action:
    moved = demo.status == "cancelled"

    def record(uow: NewUow) -> None:
        session_id = ids.scratch[_session_key(demo)]
        sessions.record_session(
            uow(),
            coach_id,
            session_id,
            status=demo.status,
            changed_by=demo.changed_by if moved else None,
            notice_hours=demo.notice_hours if moved else None,
            notes=demo.note or None,
            markers=demo.markers,
            themes=demo.themes,
        )
        if demo.transcript:  # coded by the shipped model, as `transcripts attach` does
            transcripts.attach_transcript(
                uow(),
                coach_id,
                session_id,
                data=to_webvtt(demo.transcript, *names).encode(),
                filename="session.vtt",
                coder=load_default_coder(),
                coach=names[0],
            )

    return record


def _plan_agreement(plan: _Plan, coach_id: int, demo: DemoAgreement, ids: _Ids) -> None:
    key = ("agreement", demo.kind, demo.day)

    def write(uow: NewUow) -> None:
        view = agreements.set_agreement(
            uow(),
            coach_id,
            ids.client,
            engagement_id=ids.engagement,
            kind=demo.kind,
            text=demo.text,
        )
        ids.scratch[key] = view.id

    written = plan.moment(demo.day, 20)
    plan.at(written, write)
    if demo.acknowledged_day is not None:
        acknowledged = max(plan.moment(demo.acknowledged_day, 21), written)
        plan.at(
            acknowledged + timedelta(minutes=1),
            lambda uow: _discard(
                agreements.acknowledge_agreement(uow(), coach_id, ids.scratch[key])
            ),
        )


def _plan_goal(plan: _Plan, coach_id: int, demo: DemoGoal, ids: _Ids, started_day: int) -> None:
    key = ("goal", demo.title)
    first_day = demo.ratings[0][0] if demo.ratings else started_day

    def add(uow: NewUow) -> None:
        view = goals.add_goal(
            uow(),
            coach_id,
            ids.client,
            engagement_id=ids.engagement,
            title=demo.title,
            description=demo.description,
        )
        ids.scratch[key] = view.id

    plan.at(plan.moment(first_day, 20, 30), add)
    for day, rating in demo.ratings:
        plan.at(plan.moment(day, 20, 40), _rating_action(coach_id, ids, key, rating, plan.day(day)))


def _rating_action(coach_id: int, ids: _Ids, key: object, rating: int, on: date) -> Action:
    def rate(uow: NewUow) -> None:
        goals.rate_goal(uow(), coach_id, ids.scratch[key], rating=rating, rated_on=on)

    return rate


def _plan_commitment(
    plan: _Plan,
    coach_id: int,
    demo: DemoCommitment,
    ids: _Ids,
    held_days: list[int],
    started_day: int,
) -> None:
    """Made at the end of the last held session before it fell due (or at the
    start), and closed on the day it was done or dropped."""
    made_in = max((d for d in held_days if d < demo.due_day), default=None)
    made = plan.moment(made_in if made_in is not None else started_day, 18)
    key = ("commitment", demo.owner, demo.text)

    def add(uow: NewUow) -> None:
        view = commitments.add_commitment(
            uow(),
            coach_id,
            ids.client,
            engagement_id=ids.engagement,
            owner=demo.owner,
            text=demo.text,
            due_on=plan.day(demo.due_day),
            session_id=ids.session_on.get(made_in) if made_in is not None else None,
        )
        ids.scratch[key] = view.id

    plan.at(made, add)
    if demo.status == "open":
        return
    closed = max(plan.moment(demo.closed_day or demo.due_day, 18, 30), made + timedelta(hours=1))
    if demo.status == "done":
        plan.at(
            closed,
            lambda uow: _discard(
                commitments.complete_commitment(uow(), coach_id, ids.scratch[key])
            ),
        )
    else:
        plan.at(
            closed,
            lambda uow: _discard(commitments.drop_commitment(uow(), coach_id, ids.scratch[key])),
        )
