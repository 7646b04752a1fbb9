"""The coach: owner of every record. Each row in storage belongs to exactly one coach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from coachconn.core import validation as v

# Long enough for any real name with titles; short enough to head a page or a brief.
COACH_NAME_MAX = 120


@dataclass(frozen=True, slots=True)
class Coach:
    id: int
    name: str
    email: str | None
    created_at: datetime


def clean_coach_name(value: object) -> str:
    """A coach's name: trimmed, not blank, at most ``COACH_NAME_MAX`` characters."""
    return v.required_text("name", value, max_len=COACH_NAME_MAX)
