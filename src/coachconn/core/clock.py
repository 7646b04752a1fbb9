"""The one gateway to the time of day.

Services never call ``datetime.now``: they ask the clock their unit of work was
built with, so a test can fix time by handing in a :class:`FixedClock`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until told to move (for tests and the demo)."""

    def __init__(self, at: datetime) -> None:
        self.at = as_utc(at)

    def __call__(self) -> datetime:
        return self.at

    def set(self, at: datetime) -> None:
        self.at = as_utc(at)

    def advance(self, **delta: float) -> datetime:
        """Move forward by ``timedelta(**delta)`` and return the new time."""
        self.at = self.at + timedelta(**delta)
        return self.at


def as_utc(moment: datetime) -> datetime:
    """Convert an aware datetime to UTC; naive ones are a programming error."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime: a timezone is required")
    return moment.astimezone(UTC)
