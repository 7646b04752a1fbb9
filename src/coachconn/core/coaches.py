"""The coach: owner of every record. Each row in storage belongs to exactly one coach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from coachconn.core import validation as v
from coachconn.core.errors import InvalidInput

# Long enough for any real name with titles; short enough to head a page or a brief.
COACH_NAME_MAX = 120
# The name of a coach made without one: a placeholder, not a name to change back to.
PLACEHOLDER_NAME = "Coach"


@dataclass(frozen=True, slots=True)
class Coach:
    id: int
    name: str
    email: str | None
    timezone: str  # IANA name: the coach's times are read and shown in it
    created_at: datetime


def clean_coach_name(value: object) -> str:
    """A coach's name: trimmed, not blank, at most ``COACH_NAME_MAX`` characters."""
    return v.required_text("name", value, max_len=COACH_NAME_MAX, one_line=True)


def clean_coach_timezone(value: object) -> str:
    """The IANA name of the coach's timezone; required."""
    name = v.timezone_name("timezone", value)
    if name is None:
        raise InvalidInput("timezone", "must be an IANA name such as Europe/Lisbon")
    return name
