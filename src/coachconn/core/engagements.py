"""Engagements and the connection phase the seed describes.

Phase comes from sessions held: 1–3 initial, 4–8 deepening, 9 and more mature;
an engagement with no session held yet is in its initial phase.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from coachconn.core import validation as v
from coachconn.core.errors import Conflict, InvalidInput


class EngagementStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"


class Cadence(StrEnum):
    """The agreed rhythm of sessions."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    EVERY_THREE_WEEKS = "every_three_weeks"
    MONTHLY = "monthly"
    AD_HOC = "ad_hoc"

    @property
    def interval_days(self) -> int | None:
        """Days between sessions as agreed; ``None`` when there is no fixed rhythm."""
        return _INTERVAL_DAYS[self]


_INTERVAL_DAYS: dict[Cadence, int | None] = {
    Cadence.WEEKLY: 7,
    Cadence.FORTNIGHTLY: 14,
    Cadence.EVERY_THREE_WEEKS: 21,
    Cadence.MONTHLY: 30,
    Cadence.AD_HOC: None,
}


class Phase(StrEnum):
    INITIAL = "initial"
    DEEPENING = "deepening"
    MATURE = "mature"


DEEPENING_FROM = 4
MATURE_FROM = 9


def phase_for(sessions_held: int) -> Phase:
    """The connection phase after ``sessions_held`` sessions."""
    if sessions_held < 0:
        raise ValueError("sessions_held cannot be negative")
    if sessions_held >= MATURE_FROM:
        return Phase.MATURE
    if sessions_held >= DEEPENING_FROM:
        return Phase.DEEPENING
    return Phase.INITIAL


# Which status may follow which. Completed is final: a new piece of work is a new engagement.
_NEXT: dict[EngagementStatus, frozenset[EngagementStatus]] = {
    EngagementStatus.ACTIVE: frozenset({EngagementStatus.PAUSED, EngagementStatus.COMPLETED}),
    EngagementStatus.PAUSED: frozenset({EngagementStatus.ACTIVE, EngagementStatus.COMPLETED}),
    EngagementStatus.COMPLETED: frozenset(),
}


def check_transition(current: EngagementStatus, new: EngagementStatus) -> None:
    """Raise :class:`Conflict` unless ``current`` may become ``new``. Completing
    twice is refused too: it would quietly rewrite the end date."""
    if current == new == EngagementStatus.COMPLETED:
        raise Conflict("engagement is already completed")
    if new != current and new not in _NEXT[current]:
        raise Conflict(f"a {current.value} engagement cannot become {new.value}")


@dataclass(frozen=True, slots=True)
class Dated:
    """New work for an engagement dated ``day`` (a session's day where the coach is, a
    rating's day), given as ``field``."""

    field: str
    day: date


def check_takes_work(
    engagement_id: int, status: EngagementStatus, ended_on: date | None, work: Dated | None = None
) -> None:
    """An open engagement (active or paused) takes new work; a completed one none. Work
    dated after a completed engagement's end is refused with :class:`InvalidInput`
    naming its field and the end date, since the day is what cannot be: the engagement
    did not run then. Any other new work for it is :class:`Conflict`."""
    if is_open(status):
        return
    if work is not None and ended_on is not None and work.day > ended_on:
        raise InvalidInput(
            work.field,
            f"{work.day} is after engagement {engagement_id} ended on {ended_on}: "
            "a completed engagement takes no new work",
        )
    raise Conflict(f"engagement {engagement_id} is completed")


def check_within(field: str, day: date, started_on: date, ended_on: date | None) -> None:
    """Work dated ``day`` falls between the engagement's start and its end (if any)."""
    if day < started_on:
        raise InvalidInput(field, f"is before the engagement started on {started_on.isoformat()}")
    if ended_on is not None and day > ended_on:
        raise InvalidInput(field, f"is after the engagement ended on {ended_on.isoformat()}")


@dataclass(frozen=True, slots=True)
class Previous:
    """A client's engagement that ended: its id and its first and last day."""

    id: int
    started_on: date
    ended_on: date


def check_starts_after(started_on: date, previous: Previous | None) -> None:
    """A client's new engagement starts no earlier than the day their previous one
    (``previous``, the one that ended last) ended, so two of theirs never overlap: the
    new one has no end yet, so any that ended after its start would. Starting on that
    very day is taken: a coach who closes an agreement and opens its renewal the same
    day hands one over to the other. An earlier start is refused with
    :class:`InvalidInput` naming the previous engagement and the earliest day."""
    if previous is None or started_on >= previous.ended_on:
        return
    raise InvalidInput(
        "started_on",
        f"is before the client's previous engagement {previous.id} ended (it ran from "
        f"{previous.started_on} to {previous.ended_on}); the earliest is "
        f"{previous.ended_on}, the day it ended",
    )


@dataclass(frozen=True, slots=True)
class Rated:
    """The last progress rating of an engagement's goals: the goal's id and the day it
    was rated for."""

    goal_id: int
    day: date


@dataclass(frozen=True, slots=True)
class TookPlace:
    """A session of the engagement that took place though not recorded as held (it
    has a transcript): its id and its day where the coach is."""

    id: int
    day: date


def end_date(
    ended_on: object,
    *,
    started_on: date,
    today: date,
    last_held: date | None,
    last_rated: Rated | None = None,
    took_place: TookPlace | None = None,
) -> date:
    """The day a completed engagement ends, all days the coach's: ``ended_on``, by
    default ``today``, and never later, since completing cancels every session after
    now; never before the engagement started (``started_on``), nor before the day of
    its last session held (``last_held``), of its goals' last rating (``last_rated``),
    or of its last session that took place unrecorded (``took_place``: completing would
    cancel it). A day on a bound is taken; one past it is refused with
    :class:`InvalidInput` naming the bound: of the last session held and the last
    rating, the later, so that the day it names is one both allow."""
    end = today if ended_on is None else v.a_date("ended_on", ended_on)
    if end < started_on:
        raise InvalidInput("ended_on", f"cannot be before the engagement started on {started_on}")
    if end > today:
        raise InvalidInput(
            "ended_on",
            f"cannot be after today ({today}): sessions still ahead are cancelled "
            "when it is completed",
        )
    _check_after_work(end, last_held, last_rated)
    if took_place is not None and end < took_place.day:
        day = took_place.day
        raise InvalidInput(
            "ended_on",
            f"cannot be before session {took_place.id} on {day}, which has a transcript, so "
            f"it took place: record it as held, or end the engagement on {day} or later",
        )
    return end


def _check_after_work(end: date, last_held: date | None, last_rated: Rated | None) -> None:
    """``end`` is no earlier than the last session held nor the goals' last rating;
    when it is, the refusal names the later of the two (the session on a tie)."""
    if last_rated is not None and (last_held is None or last_rated.day > last_held):
        if end < last_rated.day:
            raise InvalidInput(
                "ended_on",
                f"cannot be before the last rating of a goal, on {last_rated.day} "
                f"(goal {last_rated.goal_id})",
            )
    elif last_held is not None and end < last_held:
        raise InvalidInput("ended_on", f"cannot be before the last session held, on {last_held}")


def is_open(status: EngagementStatus) -> bool:
    """Open engagements still take sessions, commitments and agreements."""
    return status != EngagementStatus.COMPLETED


@dataclass(frozen=True, slots=True)
class EngagementView:
    id: int
    coach_id: int
    client_id: int
    client_name: str
    started_on: date
    ended_on: date | None
    status: EngagementStatus
    cadence: Cadence
    sessions_held: int
    phase: Phase
    version: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ClientEngagement:
    """The engagement of a client's that a command added to or read, with the client's
    name, so that what the command says names the client: a coach thinks in clients,
    and a client's number and their engagement's differ once they have had two."""

    client_id: int
    client_name: str
    engagement_id: int
    status: EngagementStatus
    started_on: date
    ended_on: date | None

    @property
    def takes_work(self) -> bool:
        """Whether it is open (active or paused): the one the client's work goes to."""
        return is_open(self.status)


@dataclass(frozen=True, slots=True)
class SessionLeft:
    """A session that completing an engagement cancelled, or left to record: its id
    and time."""

    id: int
    scheduled_at: datetime


@dataclass(frozen=True, slots=True)
class Completion:
    """An engagement just completed. ``cancelled``: its sessions booked after the end
    date, or still ahead, that had no outcome, now cancelled as the coach's (the
    engagement had ended; a session held is recorded only up to the end date).
    ``to_record``: its sessions up to the end date, already started, still without an
    outcome, which only the coach can say (held, missed or cancelled)."""

    engagement: EngagementView
    cancelled: tuple[SessionLeft, ...]
    to_record: tuple[SessionLeft, ...]
