"""Commitments made in a session, by the client or by the coach.

The seed's trust-building asks for consistency: the coach's own follow-through
counts as much as the client's, so both sides are recorded the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from coachconn.core import validation as v
from coachconn.core.engagements import check_within
from coachconn.core.errors import Conflict, InvalidInput


class CommitmentOwner(StrEnum):
    CLIENT = "client"
    COACH = "coach"


class CommitmentStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


def check_due_on(due_on: date, started_on: date, today: date) -> None:
    """A commitment falls due within its engagement's reach: not before the engagement
    started on ``started_on`` (it could not have been made yet), nor more than two
    years after the coach's ``today``."""
    check_within("due_on", due_on, started_on, None)
    v.within_horizon("due_on", due_on, today)


def check_can_close(current: CommitmentStatus) -> None:
    """Only an open commitment can be completed or dropped."""
    if current != CommitmentStatus.OPEN:
        raise Conflict(f"the commitment is already {current.value}")


def check_done_at(done_at: datetime, made_at: datetime, now: datetime) -> None:
    """A commitment is done after it was made and no later than now."""
    if done_at > now:
        raise InvalidInput("done_at", "cannot be in the future")
    if done_at < made_at:
        raise InvalidInput("done_at", "cannot be before the commitment was made")


@dataclass(frozen=True, slots=True)
class CommitmentView:
    id: int
    coach_id: int
    client_id: int
    client_name: str
    engagement_id: int
    session_id: int | None  # the session it was made in, when known
    owner: CommitmentOwner
    text: str
    due_on: date | None
    status: CommitmentStatus
    done_at: datetime | None
    closed_at: datetime | None
    version: int
    created_at: datetime
    overdue: bool = False  # open and due before today where the coach is

    def is_overdue(self, on: date) -> bool:
        return self.status == CommitmentStatus.OPEN and self.due_on is not None and self.due_on < on
