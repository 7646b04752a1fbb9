"""The shapes of the demo practice: plain, frozen data with no I/O.

Every date is an offset in days from "today" (negative is the past), so the demo
always looks current; :mod:`coachconn.services.demo` turns offsets into dates
when it loads the practice through the public service functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Owner = Literal["client", "coach"]
SessionStatus = Literal["held", "scheduled", "cancelled", "no_show", "rescheduled"]
Format = Literal["in_person", "video", "phone"]
CommitmentStatus = Literal["open", "done", "dropped"]
AgreementKind = Literal["logistics", "relationship", "working"]


@dataclass(frozen=True, slots=True)
class DemoSession:
    """One session. ``day`` is relative to today; ``hour`` is the coach's local time.

    ``changed_by`` and ``notice_hours`` say who cancelled or moved a session and
    how late; they are empty for sessions that happened as planned. ``transcript``:
    what was said, as :class:`Said` lines; attached to the session when it is recorded.
    """

    day: int
    status: SessionStatus = "held"
    note: str = ""
    themes: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()
    changed_by: Owner | None = None
    notice_hours: int | None = None
    hour: int = 9
    duration_min: int = 60
    format: Format = "video"
    transcript: tuple[Said, ...] = ()


@dataclass(frozen=True, slots=True)
class Said:
    """One cue of a demo transcript: who ("coach" or "client"), the words, and the
    seconds of silence before them."""

    who: Owner
    text: str
    pause: float = 0.5


# Speaking pace for the demo transcripts' timings, in words a second: the coach a
# little slower than the client, as coaches often are.
WORDS_PER_SECOND = {"coach": 2.3, "client": 2.8}


def to_webvtt(lines: tuple[Said, ...], coach: str, client: str) -> str:
    """A demo transcript as a meeting tool would export it: WebVTT cues with
    ``Name: text``, timed at :data:`WORDS_PER_SECOND` with each line's pause before it."""
    cues, at = ["WEBVTT", ""], 0.0
    for number, line in enumerate(lines, start=1):
        at += line.pause
        end = at + max(1.0, len(line.text.split()) / WORDS_PER_SECOND[line.who])
        name = coach if line.who == "coach" else client
        cues += [str(number), f"{_clock(at)} --> {_clock(end)}", f"{name}: {line.text}", ""]
        at = end
    return "\n".join(cues)


def _clock(seconds: float) -> str:
    millis = round(seconds * 1000)
    whole, millis = divmod(millis, 1000)
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}.{millis:03d}"


@dataclass(frozen=True, slots=True)
class DemoCommitment:
    owner: Owner
    text: str
    due_day: int
    status: CommitmentStatus = "open"
    # When it was marked done or dropped; defaults to the due day.
    closed_day: int | None = None


@dataclass(frozen=True, slots=True)
class DemoGoal:
    title: str
    description: str
    ratings: tuple[tuple[int, int], ...] = ()  # (day, rating 0-10)


@dataclass(frozen=True, slots=True)
class DemoAgreement:
    kind: AgreementKind
    text: str
    day: int
    acknowledged_day: int | None = None


@dataclass(frozen=True, slots=True)
class DemoPin:
    text: str
    day: int
    bring_up_day: int | None = None


@dataclass(frozen=True, slots=True)
class DemoNote:
    """A note written between sessions (session notes live on the session)."""

    text: str
    day: int


@dataclass(frozen=True, slots=True)
class DemoProfile:
    pronouns: str
    timezone: str
    values: str
    goals: str
    preferred_terms: str
    communication_style: str
    feedback_style: str
    representational_system: Literal["visual", "auditory", "kinesthetic", "unknown"]
    cultural_context: str = ""
    communication_patterns: str = ""
    behavioural_patterns: str = ""
    relational_patterns: str = ""


@dataclass(frozen=True, slots=True)
class DemoClient:
    preferred_name: str
    profile: DemoProfile
    started_day: int
    cadence: str
    sessions: tuple[DemoSession, ...]
    flags: tuple[str, ...] = ()
    agreements: tuple[DemoAgreement, ...] = ()
    goals: tuple[DemoGoal, ...] = ()
    commitments: tuple[DemoCommitment, ...] = ()
    pins: tuple[DemoPin, ...] = ()
    notes: tuple[DemoNote, ...] = ()

    @property
    def sessions_held(self) -> int:
        return sum(1 for s in self.sessions if s.status == "held")


@dataclass(frozen=True, slots=True)
class DemoCoach:
    display_name: str
    email: str
    clients: tuple[DemoClient, ...] = field(default=())


def held(
    day: int,
    note: str,
    themes: tuple[str, ...] = (),
    markers: tuple[str, ...] = (),
    **extra: object,
) -> DemoSession:
    """A session that took place, with the coach's note, themes and ticked markers."""
    return DemoSession(day=day, note=note, themes=themes, markers=markers, **extra)  # type: ignore[arg-type]


def planned(day: int, **extra: object) -> DemoSession:
    """A session still to come."""
    return DemoSession(day=day, status="scheduled", **extra)  # type: ignore[arg-type]
