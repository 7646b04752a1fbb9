"""Contracting: the logistics, relationship and working agreements of an engagement.

Each change is a new immutable version; the client acknowledges a version.
``AGREEMENT_TOPICS`` is the seed's checklist of what each agreement covers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from coachconn.core.engagements import ClientEngagement
from coachconn.core.errors import Conflict, InvalidInput


class AgreementKind(StrEnum):
    LOGISTICS = "logistics"
    RELATIONSHIP = "relationship"
    WORKING = "working"


AGREEMENT_TOPICS: dict[AgreementKind, tuple[str, ...]] = {
    AgreementKind.LOGISTICS: (
        "Session frequency, duration, and format",
        "Communication between sessions",
        "Rescheduling and cancellation policies",
        "Payment terms and administrative details",
    ),
    AgreementKind.RELATIONSHIP: (
        "Roles and responsibilities of the coach and the client",
        "What the client can expect from the coaching process",
        "How the coach will handle confidentiality and ethics",
        "How concerns or conflicts will be raised and addressed",
    ),
    AgreementKind.WORKING: (
        "How you will work together most effectively",
        "The client's preferred style of feedback and challenge",
        "How progress is tracked and wins are celebrated",
        "How difficult conversations or resistance will be handled",
    ),
}


class VersionState(StrEnum):
    CURRENT = "current"  # the version in force for its kind
    REPLACED = "replaced"  # a newer version of its kind exists


@dataclass(frozen=True, slots=True)
class AgreementVersionView:
    id: int
    coach_id: int
    client_id: int
    client_name: str
    engagement_id: int
    kind: AgreementKind
    number: int
    text: str
    created_at: datetime
    acknowledged_at: datetime | None
    state: VersionState = VersionState.CURRENT

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None


@dataclass(frozen=True, slots=True)
class AgreementsView:
    """The current version of each kind that exists, and every version ever made, in
    one engagement of a client's, and which engagement that is."""

    engagement: ClientEngagement
    latest: dict[AgreementKind, AgreementVersionView]
    history: tuple[AgreementVersionView, ...]

    def unacknowledged(self) -> tuple[AgreementVersionView, ...]:
        return tuple(v for v in self.latest.values() if not v.acknowledged)


def latest_per_kind(
    versions: tuple[AgreementVersionView, ...],
) -> dict[AgreementKind, AgreementVersionView]:
    latest: dict[AgreementKind, AgreementVersionView] = {}
    for version in versions:
        current = latest.get(version.kind)
        if current is None or version.number > current.number:
            latest[version.kind] = version
    return {kind: latest[kind] for kind in AgreementKind if kind in latest}


def check_not_acknowledged(version: AgreementVersionView, on: date) -> None:
    """A version is acknowledged once: again is :class:`Conflict`, as closing a
    commitment twice is, naming the day (``on``, where the coach is) it was."""
    if version.acknowledged_at is not None:
        raise Conflict(
            f"version {version.number} of the {version.kind.value} agreement was already "
            f"acknowledged on {on}"
        )


def check_acknowledged_at(at: datetime, written_at: datetime, now: datetime) -> None:
    """A version is acknowledged after it was written and no later than now."""
    if at > now:
        raise InvalidInput("at", "cannot be in the future")
    if at < written_at:
        raise InvalidInput("at", "cannot be before the version was written")
