"""The one gateway to the time of day.

Services never call ``datetime.now``: they ask the clock their unit of work was
built with, so a test can fix time by handing in a :class:`FixedClock`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def system_zone() -> str:
    """The IANA name of this machine's timezone (``TZ``, else what
    ``/etc/localtime`` points at), or ``UTC`` when it has no such name."""
    for name in (os.environ.get("TZ", "").lstrip(":"), _localtime_link()):
        if name and _is_zone(name):
            return name
    return "UTC"


def _localtime_link(path: Path = Path("/etc/localtime")) -> str:
    try:
        target = str(path.resolve())
    except OSError:
        return ""
    _, found, name = target.partition("zoneinfo/")
    return name if found else ""


def _is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


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


def json_time(moment: datetime) -> str:
    """``moment`` as JSON carries it, from the command line and the web API alike: ISO
    8601, a time in UTC ending in ``Z`` (``2026-01-12T09:00:00Z``, microseconds where it
    has them); any other offset as written (``2026-01-12T10:00:00+01:00``), and a naive
    time without one."""
    if moment.utcoffset() == timedelta(0):
        return f"{moment.replace(tzinfo=None).isoformat()}Z"
    return moment.isoformat()
