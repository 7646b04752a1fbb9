"""What a transcript shows of the method's connection markers, with its evidence.

The method's "Measuring Connection Effectiveness" lists markers a coach watches for
(``core.markers``). A few of them can be read from what was said:

- one session at a time (:func:`session_signals`): the client doing more reflection
  than reporting, silences the client fills after a pause, conversation that stays on
  the surface, a coach doing most of the talking, open questions met with a word or two;
- across a client's sessions (:func:`trend`): openness and self-disclosure rising,
  engagement falling, reflection taking over from reporting, the coach's share of the
  talk.

Each signal names its marker, says whether this transcript shows it ("seen"), shows the
opposite ("not seen") or cannot tell ("unknown"), gives the figures in words and the
utterances it rests on. Signals are evidence for the coach's own judgement, not a
verdict: the coach ticks the markers of a session (``sessions record --marker``), and
the thresholds below are plain, stated rules of thumb, not norms from research.
Pure: same input, same signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from typing import Any

from coachconn.analysis.metrics import SessionMetrics, word_count
from coachconn.analysis.types import CodedUtterance
from coachconn.core.markers import Marker

# Fewer client utterances than this and the client-side signals say "unknown".
MIN_CLIENT_UTTERANCES = 5
# Surface level: fewer than this share of the client's utterances reflect or disclose.
DEPTH_FLOOR_PCT = 15.0
# The coach working harder: the coach speaks this share of the words or more.
COACH_SHARE_CEILING_PCT = 50.0
# Reluctance to explore: an answer of this many words or fewer to an open question,
# neither reflecting nor disclosing, is brief; so many brief answers, and at least this
# share of the open questions answered, is the sign.
BRIEF_ANSWER_WORDS = 3
MIN_BRIEF_ANSWERS = 3
BRIEF_ANSWER_PCT = 30.0
# Open questions answered fewer times than this and that signal says "unknown".
MIN_OPEN_QUESTIONS = 3
# Utterances given as evidence per signal.
EVIDENCE = 3
# A trend moves when the later sessions' mean differs from the earlier ones' by this
# many points (percentages) or more.
TREND_POINTS = 5.0


class Reading(StrEnum):
    SEEN = "seen"
    NOT_SEEN = "not_seen"
    UNKNOWN = "unknown"


class Direction(StrEnum):
    RISING = "rising"
    FALLING = "falling"
    STEADY = "steady"
    TOO_FEW = "too_few"  # fewer than two sessions with a figure


@dataclass(frozen=True, slots=True)
class Signal:
    """One marker as one transcript shows it; ``evidence``: utterance indices."""

    marker: Marker
    reading: Reading
    summary: str
    evidence: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "marker": self.marker.value,
            "reading": self.reading.value,
            "summary": self.summary,
            "evidence": list(self.evidence),
        }


def session_signals(coded: Sequence[CodedUtterance], metrics: SessionMetrics) -> list[Signal]:
    """The markers one session's coded transcript speaks to, in the method's order."""
    clients = [c for c in coded if c.utterance.role == "client"]
    return [
        _reflection_over_reporting(clients),
        _comfortable_silences(coded, metrics),
        _surface_level(clients),
        _reluctance_to_explore(coded),
        _coach_working_harder(coded, metrics),
    ]


def _too_little(marker: Marker, clients: Sequence[CodedUtterance]) -> Signal | None:
    if len(clients) >= MIN_CLIENT_UTTERANCES:
        return None
    return Signal(
        marker,
        Reading.UNKNOWN,
        f"too little client talk to tell ({_plural(len(clients), 'client utterance')}, "
        f"at least {MIN_CLIENT_UTTERANCES} needed)",
    )


def _reflection_over_reporting(clients: Sequence[CodedUtterance]) -> Signal:
    marker = Marker.REFLECTION_OVER_REPORTING
    if (unknown := _too_little(marker, clients)) is not None:
        return unknown
    reflecting = [c.utterance.index for c in clients if c.reflecting]
    reporting = sum(c.reporting for c in clients)
    seen = len(reflecting) >= 2 and len(reflecting) >= reporting
    summary = (
        f"the client reflects in {_plural(len(reflecting), 'utterance')} and reports in {reporting}"
    )
    return Signal(marker, _reading(seen), summary, tuple(reflecting[:EVIDENCE]))


def _comfortable_silences(coded: Sequence[CodedUtterance], metrics: SessionMetrics) -> Signal:
    marker = Marker.COMFORTABLE_SILENCES
    if metrics.silences is None:
        return Signal(marker, Reading.UNKNOWN, "no end times: silences cannot be measured")
    # The utterance that ends each silence, and whose it is.
    broken = [coded[gap.after + 1].utterance for gap in metrics.silences]
    by_client = [u.index for u in broken if u.role == "client"]
    if not broken:
        summary = "no silence of 3 s or more"
    else:
        summary = (
            f"{_plural(len(broken), 'silence')} of 3 s or more; the client spoke first "
            f"after {len(by_client)}, the coach after {len(broken) - len(by_client)}"
        )
    return Signal(marker, _reading(bool(by_client)), summary, tuple(by_client[:EVIDENCE]))


def _surface_level(clients: Sequence[CodedUtterance]) -> Signal:
    marker = Marker.SURFACE_LEVEL_CONVERSATION
    if (unknown := _too_little(marker, clients)) is not None:
        return unknown
    deep = [c.utterance.index for c in clients if c.reflecting or c.disclosure]
    pct = 100 * len(deep) / len(clients)
    summary = (
        f"{len(deep)} of {len(clients)} client utterances ({pct:.0f}%) reflect or "
        f"disclose (the sign: under {DEPTH_FLOOR_PCT:.0f}%)"
    )
    if pct < DEPTH_FLOOR_PCT:
        reporting = [c.utterance.index for c in clients if c.reporting]
        return Signal(marker, Reading.SEEN, summary, tuple(reporting[:EVIDENCE]))
    return Signal(marker, Reading.NOT_SEEN, summary, tuple(deep[:EVIDENCE]))


def _reluctance_to_explore(coded: Sequence[CodedUtterance]) -> Signal:
    marker = Marker.RELUCTANCE_TO_EXPLORE
    answers = [answer for question, answer in _answered(coded) if question.code == "open_question"]
    if len(answers) < MIN_OPEN_QUESTIONS:
        return Signal(
            marker,
            Reading.UNKNOWN,
            f"too few open questions answered to tell ({len(answers)}, "
            f"at least {MIN_OPEN_QUESTIONS} needed)",
        )
    brief = [
        a.utterance.index
        for a in answers
        if word_count(a.utterance.text) <= BRIEF_ANSWER_WORDS and not (a.reflecting or a.disclosure)
    ]
    pct = 100 * len(brief) / len(answers)
    seen = len(brief) >= MIN_BRIEF_ANSWERS and pct >= BRIEF_ANSWER_PCT
    summary = (
        f"{len(brief)} of {len(answers)} open questions ({pct:.0f}%) got an answer of "
        f"{BRIEF_ANSWER_WORDS} words or fewer"
    )
    return Signal(marker, _reading(seen), summary, tuple(brief[:EVIDENCE]))


def _answered(coded: Sequence[CodedUtterance]) -> list[tuple[CodedUtterance, CodedUtterance]]:
    """(the coach's last question of a turn, the client's first utterance after it)."""
    return [
        (before, after)
        for before, after in pairwise(coded)
        if before.utterance.role == "coach"
        and after.utterance.role == "client"
        and before.code.endswith("question")
    ]


def _coach_working_harder(coded: Sequence[CodedUtterance], metrics: SessionMetrics) -> Signal:
    marker = Marker.COACH_WORKING_HARDER
    share = metrics.talk_share_words["coach"]
    if share is None:
        return Signal(marker, Reading.UNKNOWN, "no words to count")
    seen = share >= COACH_SHARE_CEILING_PCT
    summary = (
        f"the coach speaks {share:.0f}% of the words "
        f"(the sign: {COACH_SHARE_CEILING_PCT:.0f}% or more)"
    )
    evidence: tuple[int, ...] = ()
    mono = metrics.longest_coach_monologue
    if mono is not None:
        summary += f"; the longest coach turn is {_plural(mono.words, 'word')}"
        if seen:  # where the coach talked most
            evidence = (next(c.utterance.index for c in coded if c.utterance.turn == mono.turn),)
    return Signal(marker, _reading(seen), summary, evidence)


def _reading(seen: bool) -> Reading:
    return Reading.SEEN if seen else Reading.NOT_SEEN


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# --- across sessions -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """A per-session figure followed across sessions, and the marker it speaks to:
    ``rising`` and ``falling`` say which direction shows that marker."""

    key: str
    label: str
    marker: Marker | None
    shows_marker_when: Direction | None


FIGURES: tuple[Figure, ...] = (
    Figure(
        "disclosure_pct",
        "Client utterances that disclose",
        Marker.INCREASED_OPENNESS,
        Direction.RISING,
    ),
    Figure(
        "reflecting_pct",
        "Client utterances that reflect",
        Marker.REFLECTION_OVER_REPORTING,
        Direction.RISING,
    ),
    Figure("reporting_pct", "Client utterances that report", None, None),
    Figure(
        "client_share_words",
        "Client's share of the words",
        Marker.DECREASED_ENGAGEMENT,
        Direction.FALLING,
    ),
    Figure(
        "coach_share_words",
        "Coach's share of the words",
        Marker.COACH_WORKING_HARDER,
        Direction.RISING,
    ),
    Figure("pct_open_questions", "Open questions", None, None),
    Figure("pct_complex_reflections", "Complex reflections", None, None),
)


def session_figures(
    coded: Sequence[CodedUtterance], metrics: SessionMetrics
) -> dict[str, float | None]:
    """The figures :func:`trend` follows, for one session (percentages, 0–100)."""
    clients = [c for c in coded if c.utterance.role == "client"]

    def share(flag: str) -> float | None:
        if not clients:
            return None
        return round(100 * sum(getattr(c, flag) for c in clients) / len(clients), 1)

    return {
        "disclosure_pct": share("disclosure"),
        "reflecting_pct": share("reflecting"),
        "reporting_pct": share("reporting"),
        "client_share_words": metrics.talk_share_words["client"],
        "coach_share_words": metrics.talk_share_words["coach"],
        "pct_open_questions": metrics.pct_open_questions,
        "pct_complex_reflections": metrics.pct_complex_reflections,
    }


@dataclass(frozen=True, slots=True)
class Series:
    """One figure over a client's sessions, oldest first (None: not measurable there)."""

    figure: Figure
    values: tuple[float | None, ...]
    direction: Direction
    # Seen when the direction is the one that shows the figure's marker; None when the
    # figure has no marker or too few sessions have it.
    reading: Reading | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "figure": self.figure.key,
            "label": self.figure.label,
            "values": list(self.values),
            "direction": self.direction.value,
            "marker": None if self.figure.marker is None else self.figure.marker.value,
            "reading": None if self.reading is None else self.reading.value,
        }


def trend(sessions: Sequence[dict[str, float | None]]) -> list[Series]:
    """Each of :data:`FIGURES` across ``sessions`` (their :func:`session_figures`,
    oldest first), with the direction it moves and what that says of its marker."""
    series = []
    for figure in FIGURES:
        values = tuple(s.get(figure.key) for s in sessions)
        direction = direction_of([v for v in values if v is not None])
        reading = None
        if figure.marker is not None and direction is not Direction.TOO_FEW:
            reading = _reading(direction is figure.shows_marker_when)
        series.append(Series(figure, values, direction, reading))
    return series


def direction_of(values: Sequence[float]) -> Direction:
    """Rising or falling when the later half's mean differs from the earlier half's by
    :data:`TREND_POINTS` or more (the middle one of an odd count sits in neither half)."""
    if len(values) < 2:
        return Direction.TOO_FEW
    half = len(values) // 2
    # Rounded: the figures carry one decimal, and 25.3 - 20.3 must count as 5 points.
    change = round(sum(values[-half:]) / half - sum(values[:half]) / half, 6)
    if change >= TREND_POINTS:
        return Direction.RISING
    if -change >= TREND_POINTS:
        return Direction.FALLING
    return Direction.STEADY
