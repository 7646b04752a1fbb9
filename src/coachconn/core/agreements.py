"""Contracting: the logistics, relationship and working agreements of an engagement.

Each change is a new immutable version; the client acknowledges a version.
``AGREEMENT_TOPICS`` is the seed's checklist of what each agreement covers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coachconn.core.errors import InvalidInput


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
        "Roles and responsibilities of coach and client",
        "What client can expect from coaching process",
        "How coach will handle confidentiality and ethics",
        "Process for addressing concerns or conflicts",
    ),
    AgreementKind.WORKING: (
        "How you'll work together most effectively",
        "Client's preferred feedback and challenge style",
        "Process for tracking progress and celebrating wins",
        "How to handle difficult conversations or resistance",
    ),
}


@dataclass(frozen=True, slots=True)
class AgreementVersionView:
    id: int
    coach_id: int
    client_id: int
    engagement_id: int
    kind: AgreementKind
    number: int
    text: str
    created_at: datetime
    acknowledged_at: datetime | None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None


@dataclass(frozen=True, slots=True)
class AgreementsView:
    """The current version of each kind that exists, and every version ever made."""

    engagement_id: int
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


def check_acknowledged_at(at: datetime, written_at: datetime, now: datetime) -> None:
    """A version is acknowledged after it was written and no later than now."""
    if at > now:
        raise InvalidInput("at", "cannot be in the future")
    if at < written_at:
        raise InvalidInput("at", "cannot be before the version was written")
