"""Coaching sessions: when, how, what happened, and who moved or cancelled them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from coachconn.core.engagements import EngagementStatus
from coachconn.core.errors import Conflict, InvalidInput, quoted
from coachconn.core.markers import Marker
from coachconn.core.validation import HORIZON, not_text


class SessionFormat(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"
    RESCHEDULED = "rescheduled"


class ChangedBy(StrEnum):
    """Who cancelled or moved a session."""

    CLIENT = "client"
    COACH = "coach"


MIN_DURATION = 5
MAX_DURATION = 8 * 60
THEME_MAX = 60
THEMES_MAX = 20
# Sessions are booked at most HORIZON ahead (``validation.within_horizon``).
# Notice is told in hours; two years of it is already more than anyone gives.
MAX_NOTICE_HOURS = HORIZON.total_seconds() / 3600
# Notice given is compared with the time left to the start to this slack,
# for a coach who records a cancellation a little after being told.
NOTICE_SLACK_HOURS = 1.0

# A session's outcome can be corrected (a "held" ticked by mistake), but a
# session that was moved stays moved: its successor carries the story on.
_FINAL = frozenset({SessionStatus.RESCHEDULED})
_MOVED = frozenset({SessionStatus.CANCELLED, SessionStatus.RESCHEDULED})
_TOOK_PLACE = frozenset({SessionStatus.HELD, SessionStatus.NO_SHOW})
_DID_NOT_HAPPEN = frozenset({SessionStatus.CANCELLED, SessionStatus.NO_SHOW})


def check_outcome(
    current: SessionStatus,
    new: SessionStatus,
    *,
    changed_by: ChangedBy | None,
    markers: tuple[Marker, ...] | None,
    notice_hours: float | None = None,
) -> None:
    """The rules for recording what became of a session. Moving one is
    ``reschedule_session``'s work: it also books the session that takes its place.
    ``markers`` of ``None`` means "keep what was ticked"."""
    # A moved session keeps its status while notes are added to it; only becoming
    # rescheduled is the other function's work.
    if new == SessionStatus.RESCHEDULED and current != new:
        raise InvalidInput(
            "status", "a session is moved by rescheduling it, which books its new time"
        )
    if current in _FINAL and new != current:
        raise Conflict(f"a {current.value} session cannot become {new.value}")
    if current == SessionStatus.HELD and new in _DID_NOT_HAPPEN:
        raise Conflict(
            f"the session was recorded as held, with its notes and markers; it cannot "
            f"become {new.value}"
        )
    if new in _MOVED and changed_by is None:
        raise InvalidInput("changed_by", "say who cancelled or moved the session: client or coach")
    if new not in _MOVED and changed_by is not None:
        raise InvalidInput("changed_by", "only a cancelled or rescheduled session has one")
    if new not in _MOVED and notice_hours is not None:
        raise InvalidInput("notice_hours", "only a cancelled or rescheduled session has notice")
    if markers and new != SessionStatus.HELD:
        raise InvalidInput("markers", "only a held session has markers")


def markers_after(
    outcome: SessionStatus, given: tuple[Marker, ...] | None, kept: tuple[Marker, ...]
) -> tuple[Marker, ...]:
    """The markers a session has once recorded: those given, else the ones it
    had. Only a held session has markers, so any other outcome has none."""
    if outcome != SessionStatus.HELD:
        return ()
    return kept if given is None else given


# Sessions that did not take place: no transcript can belong to them. (Not the outcome
# rule's _DID_NOT_HAPPEN above, which a move never reaches.)
DID_NOT_TAKE_PLACE = frozenset(
    {SessionStatus.CANCELLED, SessionStatus.NO_SHOW, SessionStatus.RESCHEDULED}
)


# Why a session did not take place, in a coach's words (a page shows them, not the
# command line's values such as "no_show").
_NOT_TAKING_PLACE = {
    SessionStatus.CANCELLED: "cancelled",
    SessionStatus.NO_SHOW: "recorded as a no-show",
    SessionStatus.RESCHEDULED: "moved to another time",
}


def check_keeps_transcript(session_id: int, new: SessionStatus, has_transcript: bool) -> None:
    """A session with a transcript took place: it is not recorded as cancelled or missed,
    nor moved. (Its transcript would drop out of every listing and trend, and a
    cancellation recorded afterwards would count as one given without notice.)"""
    if has_transcript and new in DID_NOT_TAKE_PLACE:
        raise Conflict(
            f"session {session_id} has a transcript, so it took place: remove the transcript "
            f"first with `coachconn transcripts remove {session_id} --yes` if it was attached "
            "by mistake"
        )


def took_place(status: SessionStatus, scheduled_at: datetime, now: datetime) -> bool:
    """Whether a session can have a transcript (:func:`check_transcript_time` says why
    not)."""
    return status not in DID_NOT_TAKE_PLACE and scheduled_at <= now


def check_transcript_time(
    status: SessionStatus, scheduled_at: datetime, now: datetime, zone: tzinfo
) -> None:
    """A transcript belongs to a session that took place: not one cancelled, missed or
    moved, nor one still ahead (its time shown in the coach's ``zone``)."""
    if took_place(status, scheduled_at, now):
        return
    if status in DID_NOT_TAKE_PLACE:
        raise InvalidInput(
            "session_id",
            f"the session did not take place (it was {_NOT_TAKING_PLACE[status]}): no transcript",
        )
    when = scheduled_at.astimezone(zone)  # still ahead, then
    raise InvalidInput(
        "session_id",
        f"the session is scheduled for {when:%Y-%m-%d %H:%M %Z} and has not started yet: "
        "attach its transcript once it has taken place",
    )


def check_outcome_time(
    current: SessionStatus, new: SessionStatus, scheduled_at: datetime, now: datetime
) -> None:
    """A session is held or missed only once it has started, and goes back to
    scheduled only while its time is still ahead (a past one needs an outcome)."""
    if new in _TOOK_PLACE and scheduled_at > now:
        raise InvalidInput("status", "the session has not started yet")
    if new == SessionStatus.SCHEDULED and current != new and scheduled_at <= now:
        raise InvalidInput("status", "its time has passed: record what became of it instead")


def check_new_time(when: datetime, current: datetime, now: datetime) -> None:
    """A session is moved to a time still ahead, never into the past, and to
    another time than its own."""
    if when < now:
        raise InvalidInput("new_time", "cannot be in the past")
    if when == current:
        raise InvalidInput("new_time", "is the session's own time: nothing would move")


def overlaps(start: datetime, minutes: int, other: datetime, other_minutes: int) -> bool:
    """Whether two sessions share any minute (one ending as the next starts does not)."""
    return start < other + timedelta(minutes=other_minutes) and other < start + timedelta(
        minutes=minutes
    )


def check_notice(given: float, scheduled_at: datetime, now: datetime) -> None:
    """Notice is told before now, so a session still ahead had at least the
    hours left before it: a smaller number contradicts the calendar. (Once
    the start has passed, any notice is possible: it is recorded afterwards.)"""
    left = (scheduled_at - now).total_seconds() / 3600
    if given < left - NOTICE_SLACK_HOURS:
        raise InvalidInput(
            "notice_hours",
            f"{_hours(given)} is less than the {_hours(round(left))} still left before the "
            "session: leave it out to record the notice given now",
        )


def _hours(count: float) -> str:
    """``1 hour``, ``2.5 hours``."""
    return "1 hour" if count == 1 else f"{count:g} hours"


def local_day(when: datetime, zone: tzinfo) -> date:
    """The calendar day of ``when`` in ``zone``."""
    return when.astimezone(zone).date()


def notice_hours_before(scheduled_at: datetime, told_at: datetime) -> float:
    """Hours of notice given; zero when told at or after the start."""
    return max(0.0, round((scheduled_at - told_at).total_seconds() / 3600, 1))


def normalise_themes(themes: tuple[str, ...]) -> tuple[str, ...]:
    """Lower-case, trimmed, distinct theme tags in the order first given."""
    seen: list[str] = []
    for raw in themes:
        if not isinstance(raw, str):
            raise InvalidInput("themes", "each theme must be text")
        if any(unicodedata.category(char) == "Cc" and char != " " for char in raw.strip()):
            raise InvalidInput("themes", "a theme is one line, without control characters")
        for char in raw:
            if unicodedata.category(char) == "Cs":
                raise InvalidInput("themes", not_text(char))
        tag = " ".join(raw.lower().split())
        if not tag:
            raise InvalidInput("themes", "a theme cannot be empty")
        if "," in tag:  # "a,b" would be listed as two themes, "a, b"
            raise InvalidInput(
                "themes", f"a theme cannot hold a comma ({quoted(raw)}): give each theme on its own"
            )
        if len(tag) > THEME_MAX:
            raise InvalidInput("themes", f"each theme must be at most {THEME_MAX} characters")
        if tag not in seen:
            seen.append(tag)
    if len(seen) > THEMES_MAX:
        raise InvalidInput("themes", f"at most {THEMES_MAX} themes per session")
    return tuple(seen)


@dataclass(frozen=True, slots=True)
class SessionView:
    id: int
    coach_id: int
    client_id: int
    client_name: str
    engagement_id: int
    # Its engagement's status: a paused one still takes sessions, and says so.
    engagement_status: EngagementStatus
    scheduled_at: datetime
    duration_min: int
    format: SessionFormat
    status: SessionStatus
    changed_by: ChangedBy | None
    notice_hours: float | None
    notes: str | None
    markers: tuple[Marker, ...]
    themes: tuple[str, ...]
    version: int
    created_at: datetime
    recorded_at: datetime | None
    # A session that was moved and the one booked in its place point at each other.
    replaces_id: int | None
    replaced_by_id: int | None
    # A transcript is attached (`coachconn transcripts show`).
    has_transcript: bool = False
