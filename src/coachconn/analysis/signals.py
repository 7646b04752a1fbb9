"""What a transcript shows of the method's connection markers, with its evidence.

The method's "Measuring Connection Effectiveness" lists markers a coach watches for
(``core.markers``). A few of them can be read from what was said:

- one session at a time (:func:`session_reading`): the client doing more reflection
  than reporting (in more of their turns, over the session), silences let stand (not
  filled by the coach) with the client saying more than a brief reply around them,
  conversation that stays on the surface, open questions met with a word or two, a
  coach doing most of the talking;
- across a client's sessions (:func:`trend`): openness and self-disclosure rising,
  reflection gaining on reporting, the client's share of the talk falling, brief replies
  to open questions growing.

Each signal names its marker, says whether this transcript shows it ("seen"), shows the
opposite ("not seen") or cannot tell ("unknown"), gives the figures in words and the
utterances it rests on. Signals are evidence for the coach's own judgement, not a
verdict: the coach ticks the markers of a session (``sessions record --marker``), and
the thresholds below are plain, stated rules of thumb, not norms from research.
Pure: same input, same signals.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import pairwise
from typing import Any

from coachconn.analysis.lexicon import not_english_said, not_english_text
from coachconn.analysis.metrics import (
    MIN_CHANGE_OR_SUSTAIN,
    MIN_RATED,
    MIN_REFLECTING_OR_REPORTING,
    MIN_REFLECTING_SEEN,
    QUESTION_CODES,
    REFLECTION_CODES,
    change_talk_pct,
    client_turns,
    floors,
    longest_coach_monologue,
    said_words,
    share_of_codes,
    silences,
    too_few_for_a_share,
    too_few_to_weigh,
    word_count,
    word_shares,
)
from coachconn.analysis.types import CodedUtterance
from coachconn.core.markers import Marker

# Fewer client turns than this and every signal but silences says "unknown", and
# the client's figures are left out of a trend: one or two lines make 0% or 100%.
MIN_CLIENT_TURNS = 5
# Surface level: fewer than this share of the client's turns reflect or disclose.
DEPTH_FLOOR_PCT = 15.0
# The coach working harder: the coach speaks more than this share of the words, their
# structuring (contracting, agenda, time) left out (see _coach_working_harder).
COACH_SHARE_CEILING_PCT = 50.0
# Reluctance to explore: a reply of this many words or fewer to a coach turn that asks
# an open question (or one that only says "I don't know" and the like), neither
# reflecting nor disclosing, is brief; so many brief replies, and at least this share of
# the replies, is the sign.
BRIEF_ANSWER_WORDS = 3
# A reply that says "I don't know" and the like is brief with an answer of this many
# words or fewer besides ("I don't know. Busy.", "Not sure. Work, mostly.").
AFTER_NON_ANSWER_WORDS = 2
MIN_BRIEF_ANSWERS = 3
BRIEF_ANSWER_PCT = 30.0
# Comfortable silences: at least this many (one pause is not a pattern), and more than
# half of all the silences (see _comfortable_silences).
MIN_SILENCES = 2
# Open questions replied to fewer times than this and that signal says "unknown" (and
# the share of brief replies is left out of a trend). The sign needs MIN_BRIEF_ANSWERS
# (3) brief replies: on 3 or 4 replies it is seen only where (nearly) every one is
# brief, so "not seen" would rest on one or two replies' words ("0 of 3 replies brief"
# in a session of closed questions says nothing of the client). From 5 replies the
# sign can be seen with some replies full, and not seen means most were.
MIN_OPEN_QUESTIONS = 5
# The shares of the coach's questions that are open, and of their reflections that are
# complex, are followed across sessions only where a session has at least MIN_RATED
# questions (reflections), as they are placed against the MI reference points, and move
# only by CODE_SHARE_STEP points or more: more than one utterance coded the other way
# can move a share of 10 or more.
CODE_SHARE_STEP = 15.0
# A sentence that answers nothing: "I don't know", "not sure", "whatever you think".
_NON_ANSWER = re.compile(
    r"^(?:(?:um+|uh+|er+|hm+|well|yeah|so|i mean|honestly),?\s+)*"
    r"(?:i (?:really )?(?:don'?t|do not) (?:really )?know|i dunno|dunno|no idea|not sure|"
    r"i'?m not (?:really )?sure|"
    r"i (?:can'?t|cannot) say|hard to say|i guess|maybe|who knows|whatever(?: you think)?|"
    r"(?:it'?s )?fine|same as (?:always|usual|ever)|nothing (?:much|really)|not much)"
    r"(?:,? (?:really|i guess|i suppose|honestly|to be honest))?[.!?…]*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
# Utterances given as evidence per signal.
EVIDENCE = 3
# A figure moves when the later sessions' mean differs from the earlier ones' by this
# many points or more, or the latest session from the mean of those before it.
TREND_POINTS = 5.0
# The same for a count of comfortable silences in a session.
SILENCE_STEP = 2.0


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


@dataclass(frozen=True, slots=True)
class SessionReading:
    """What one session's coded transcript shows: its connection signals, in the
    method's order, and the figures :func:`trend` follows across sessions."""

    signals: tuple[Signal, ...]
    figures: dict[str, float | None]
    # Why each figure that is None could not be measured: "no end times", ...
    unmeasured: dict[str, str]
    # The sides ("client", "coach") whose lines do not read as English, and why: what
    # rests on their codes and words is no reading of this session.
    not_english: dict[str, str]


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the signals and the figures of one session both rest on, worked out once."""

    coded: Sequence[CodedUtterance]
    clients: list[CodedUtterance]
    silences: _Silences | None
    replies: list[list[CodedUtterance]]  # the client's replies to open questions
    closed_replies: list[list[CodedUtterance]]  # and to closed questions (no open one)
    shares: dict[str, float | None]  # share of the words by role
    unread: _Unread

    @classmethod
    def of(
        cls,
        coded: Sequence[CodedUtterance],
        turns: list[CodedUtterance] | None = None,
        held: list[list[CodedUtterance]] | None = None,
    ) -> _Facts:
        if held is None:
            held = floors(coded)
        replies = _replies(held)
        return cls(
            coded,
            client_turns(coded, held) if turns is None else turns,
            _silences_read(coded, _Floors(held)),
            _replies_to_open_questions(replies),
            _replies_to_closed_questions(replies),
            word_shares(coded),
            _unreadable(coded),
        )

    @property
    def enough_client_talk(self) -> bool:
        return len(self.clients) >= MIN_CLIENT_TURNS


def session_reading(
    coded: Sequence[CodedUtterance],
    turns: list[CodedUtterance] | None = None,
    held: list[list[CodedUtterance]] | None = None,
) -> SessionReading:
    """The signals and figures of one session's coded transcript. ``turns``: its
    :func:`client_turns`, and ``held``: its :func:`floors`, where already worked out (its
    metrics count the client's turns too, and they are read from the floors).

    Where the client's lines do not read as English the signals that rest on their
    codes (reflecting, reporting, disclosure, brief replies) can't tell, and where the
    coach's do not, reluctance (which rests on the coach's open questions) can't tell;
    silences and shares of the words need no language. The figures that rest on such
    words are None."""
    facts = _Facts.of(coded, turns, held)
    figures, unmeasured = _figures(facts)
    not_english = dict.fromkeys(sorted(facts.unread.sides), facts.unread.why)
    return SessionReading(_signals(facts), figures, unmeasured, not_english)


def _signals(facts: _Facts) -> tuple[Signal, ...]:
    signals = [
        _reflection_over_reporting(facts.clients),
        _comfortable_silences(facts.silences, sum(len(c.utterance.pauses) for c in facts.coded)),
        _surface_level(facts.clients),
        _reluctance_to_explore(facts),
        _coach_working_harder(facts),
    ]
    unread = facts.unread
    return tuple(
        Signal(s.marker, Reading.UNKNOWN, unread.why) if s.marker in unread.markers else s
        for s in signals
    )


# What rests on the words of each side: markers, and figures of a session.
_CLIENT_WORDS = (
    frozenset({Marker.REFLECTION_OVER_REPORTING, Marker.SURFACE_LEVEL_CONVERSATION,
               Marker.RELUCTANCE_TO_EXPLORE}),
    frozenset({"disclosure_pct", "reflecting_minus_reporting", "reflecting_pct",
               "reporting_pct", "brief_replies_pct", "pct_change_talk"}),
)  # fmt: skip
_COACH_WORDS = (
    frozenset({Marker.RELUCTANCE_TO_EXPLORE}),
    frozenset({"brief_replies_pct", "pct_open_questions", "pct_complex_reflections"}),
)


@dataclass(frozen=True, slots=True)
class _Unread:
    """The sides of a transcript that do not read as English, why, and the markers and
    figures that rest on their words (all empty for one that reads as English)."""

    sides: frozenset[str] = frozenset()
    why: str = ""
    markers: frozenset[Marker] = frozenset()
    figures: frozenset[str] = frozenset()


def _unreadable(coded: Sequence[CodedUtterance]) -> _Unread:
    found = not_english_said(c.utterance for c in coded)
    if found is None:
        return _Unread()
    side, reason = found
    sides = frozenset({side}) if side in ("client", "coach") else frozenset({"client", "coach"})
    words = [{"client": _CLIENT_WORDS, "coach": _COACH_WORDS}[s] for s in sides]
    return _Unread(
        sides,
        not_english_text(side, reason),
        frozenset().union(*(m for m, _ in words)),
        frozenset().union(*(f for _, f in words)),
    )


@dataclass(frozen=True, slots=True)
class Beside:
    """A marker the coach ticked, or one a transcript shows that they did not, set
    beside the transcript's reading of it: ``reading`` is None where the transcript
    reads no such marker, and ``over_time`` says whether a client's transcripts read it
    across sessions (:func:`trend`) instead."""

    marker: Marker
    ticked: bool
    reading: Reading | None
    over_time: bool


def beside_ticked(ticked: Sequence[Marker], readings: dict[Marker, Reading]) -> list[Beside]:
    """The coach's ticked markers, in their order, then those the transcript shows
    (``readings``: a session's signals) that were not ticked: where the two disagree is
    worth a second look, whichever is right."""
    unticked = [m for m, r in readings.items() if r is Reading.SEEN and m not in ticked]
    return [
        Beside(m, m in ticked, readings.get(m), m not in readings and m in _OVER_TIME)
        for m in [*ticked, *unticked]
    ]


def _too_little(marker: Marker, clients: Sequence[CodedUtterance]) -> Signal | None:
    if len(clients) >= MIN_CLIENT_TURNS:
        return None
    return Signal(
        marker,
        Reading.UNKNOWN,
        f"too little client talk to tell ({plural(len(clients), 'client turn')}, "
        f"at least {MIN_CLIENT_TURNS} needed)",
    )


def _reflection_over_reporting(clients: Sequence[CodedUtterance]) -> Signal:
    """One rule, the same in every session: seen where, over the whole session, the
    client reflects in more turns than they report and in at least MIN_REFLECTING_SEEN
    turns; can't tell where fewer than MIN_REFLECTING_OR_REPORTING turns do either and
    fewer than MIN_REFLECTING_SEEN reflect (so 3 reflecting to 0 reporting is seen, as 3
    to 1 is: one more reporting turn never turns a can't-tell into seen). The halves
    of the session are given beside it, and read nothing: the method's marker is a
    change over sessions, which :func:`trend` follows (reflecting minus reporting), and
    one session's halves, each resting on a handful of turns, are a weak stand-in for it.
    The evidence: the reflecting turns, the likeliest to show it first
    (:func:`_shows_reflection`)."""
    marker = Marker.REFLECTION_OVER_REPORTING
    if (unknown := _too_little(marker, clients)) is not None:
        return unknown
    half = len(clients) // 2  # the middle one of an odd count is in the later half
    r, p = _reflecting_reporting(clients)
    (r1, p1), (r2, p2) = (
        _reflecting_reporting(clients[:half]),
        _reflecting_reporting(clients[half:]),
    )
    # What the reading is, said first: a reader who stops after "seen" has read it.
    summary = f"{_ONE_SESSION}; over the session the client reflects in {plural(r, 'turn')} "
    summary += f"and reports in {p}"
    if too_few_to_weigh(r, p):
        summary += (
            f": too few to weigh one against the other ({MIN_REFLECTING_OR_REPORTING} turns "
            f"that reflect or report, or {MIN_REFLECTING_SEEN} that reflect, needed)"
        )
        return Signal(marker, Reading.UNKNOWN, summary)
    seen = r > p and r >= MIN_REFLECTING_SEEN  # more, not as much
    summary += (
        f" (the sign: more turns reflecting than reporting, and at least "
        f"{MIN_REFLECTING_SEEN} reflecting); by halves {r1}:{p1}, then "
        f"{r2}:{p2} (for reference, not part of the reading)"
    )
    reflecting = sorted((c for c in clients if c.reflecting), key=_shows_reflection)
    evidence = tuple(c.utterance.index for c in reflecting[:EVIDENCE])
    return Signal(marker, _reading(seen), summary, evidence)


# Why a session can't tell reflection over reporting, as its trend figure says.
_TOO_FEW_TO_WEIGH = (
    f"fewer than {MIN_REFLECTING_OR_REPORTING} turns that reflect or report and fewer "
    f"than {MIN_REFLECTING_SEEN} that reflect"
)
# What one session's reading is to the method's marker, said before its figures.
_ONE_SESSION = "this session alone (the marker is a change over sessions: see the client's trend)"
# Words with which a client speaks of themselves.
_OF_ONESELF = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b", re.IGNORECASE)


def _shows_reflection(turn: CodedUtterance) -> tuple[bool, bool, int, int]:
    """How well a reflecting turn (its line that reflects, :func:`client_turns`) shows
    the client reflecting, as a sort key, best first: a line that speaks of the client
    themselves ("I", "me", "my") before one that does not (a thank-you for the coach's
    story, "It's nice to know it wasn't clean for you either", is about the coach); then
    one that reflects without narrating events; then the longest; then the earliest."""
    text = turn.utterance.text.replace("\u2019", "'")
    return (
        _OF_ONESELF.search(text) is None,
        turn.reporting,
        -word_count(text),
        turn.utterance.index,
    )


def _reflecting_reporting(clients: Sequence[CodedUtterance]) -> tuple[int, int]:
    return sum(c.reflecting for c in clients), sum(c.reporting for c in clients)


def _comfortable_silences(read: _Silences | None, pauses: int = 0) -> Signal:
    """Silences of 3 s or more are the contemplative moments a transcript can show, but
    only where the words around one show the client engaged; a rule of thumb, not a
    finding of research. One the coach ends by speaking again after their own words
    (another question, an explanation) is a silence the coach filled rather than let
    stand. Of the rest, one is comfortable where the client says more than a brief reply
    next to it: in the words that end it (the client's reply after a pause, or the
    client going on after pausing), or, where the coach ends it, in the words it follows.
    A brief reply is BRIEF_ANSWER_WORDS words or fewer, or "I don't know" and the like
    with AFTER_NON_ANSWER_WORDS words besides at most ("Dunno." ... 6 s ... "Okay."; a
    question ... 4 s ... "Yes."): a silence with
    one is more likely withdrawal than reflection, and is counted apart. So is one around
    the words of someone neither the coach nor the client (a manager in a three-way
    meeting), which that speaker ends, or which the coach ends after their words: it is no
    moment of the client's, for or against. Seen: at least MIN_SILENCES comfortable ones,
    and more than the silences with a brief reply and those filled together. Whose words a
    silence follows is who stopped speaking last: a client's "Mm-hmm." inside the coach's
    speech does not make the coach's silence the client's. Without end times it can't
    tell; ``pauses``, the pauses the words show all the same (marked by the transcriber,
    or inside one speaker's turn), are named for the coach to read in the transcript:
    with no measure of the silences around them, they are no count of their share."""
    marker = Marker.COMFORTABLE_SILENCES
    if read is None:
        said = "no end times: silences cannot be measured"
        if pauses:
            said += f" (the words show {plural(pauses, 'pause')}: see the transcript)"
        return Signal(marker, Reading.UNKNOWN, said)
    comfortable, brief, filled = len(read.comfortable), len(read.brief), read.filled
    if not comfortable + brief + filled + read.others:
        return Signal(marker, Reading.NOT_SEEN, "no silence of 3 s or more")
    others = f", {read.others} around another speaker's words" if read.others else ""
    # Those around another speaker's words weigh neither way: "the others" the sign
    # weighs against are then named, lest they read as those too.
    weighed = "the brief replies and the filled together" if read.others else "the others"
    summary = (
        f"{plural(comfortable + brief + filled + read.others, 'silence')} of 3 s or more, "
        f"{ended_by(read.ended)}: {comfortable} "
        f"with the client saying more around it, {brief} with only a brief reply "
        f'({BRIEF_ANSWER_WORDS} words or fewer, or "I don\'t know" and the like with at most '
        f"{AFTER_NON_ANSWER_WORDS} words besides), {filled} "
        f"the coach filled after their own words{others} (the sign: "
        f"{MIN_SILENCES} or more with the client saying more, and more of those than of "
        f"{weighed})"
    )
    seen = comfortable >= MIN_SILENCES and comfortable > brief + filled
    return Signal(marker, _reading(seen), summary, tuple(read.shown[:EVIDENCE]))


@dataclass(frozen=True, slots=True)
class _Silences:
    """The silences of a session as :func:`_comfortable_silences` reads them:
    ``comfortable`` and ``brief`` hold the index of the utterance after each silence let
    stand, in order, ``filled`` counts those the coach filled; ``shown``: the comfortable
    ones as evidence, the likeliest contemplative moments first (:func:`_depth`)."""

    comfortable: list[int]
    brief: list[int]
    filled: int
    shown: list[int] = field(default_factory=list)
    ended: list[str | None] = field(default_factory=list)  # who spoke after each silence
    # those around the words of someone neither the coach nor the client
    others: int = 0


def _silences_read(coded: Sequence[CodedUtterance], held: _Floors) -> _Silences | None:
    """Each silence of 3 s or more, filled, comfortable or with a brief reply (see
    :func:`_comfortable_silences`), its turns read as the speakers held the floor
    (``held``); None without end times."""
    gaps = silences(list(coded))
    if gaps is None:
        return None
    comfortable: list[int] = []
    brief: list[int] = []
    filled = others = 0
    ranked: list[tuple[int, float, int]] = []  # (depth, longest first, index)
    for gap in gaps:
        ends = coded[gap.after + 1]
        if ends.utterance.role not in _ENDERS or (
            ends.utterance.role == "coach" and gap.stopped not in _ENDERS
        ):
            others += 1  # another speaker's words end it, or the coach's follow theirs
        elif gap.stopped == "coach" and ends.utterance.role == "coach":
            filled += 1
        elif _said_briefly(_words_around(coded, gap.after, gap.stopped, held)):
            brief.append(ends.utterance.index)
        else:
            comfortable.append(ends.utterance.index)
            depth = _depth(coded, gap.after, gap.stopped)
            ranked.append((depth, -gap.seconds, ends.utterance.index))
    shown = [index for *_, index in sorted(ranked)]
    return _Silences(comfortable, brief, filled, shown, [gap.ended for gap in gaps], others)


# Who may end a silence, in the order said, and how each is named.
_ENDERS = {"client": "the client", "coach": "the coach"}


def ended_by(roles: Sequence[str | None]) -> str:
    """Who spoke after each silence (``roles``: the role that ended each, as
    :attr:`~coachconn.analysis.metrics.Gap.ended`), the larger count first (the client
    first on a tie), said in full and the rest after it: ``2 ended by the coach, 1 by the
    client``; ``1 ended by the client, 1 by the coach``; any other speaker last;
    ``ended by the coach`` for one silence; "" for none."""
    counts = Counter(roles)
    if not counts:
        return ""
    if len(roles) == 1:
        return f"ended by {_ENDERS.get(str(roles[0]), 'another speaker')}"
    named = [(n, _ENDERS[role]) for role, n in counts.items() if role in _ENDERS]
    named.sort(key=lambda item: (-item[0], item[1] != "the client"))
    others = sum(n for role, n in counts.items() if role not in _ENDERS)
    if others:
        named.append((others, "another speaker"))
    first, *rest = named
    return ", ".join([f"{first[0]} ended by {first[1]}", *(f"{n} by {who}" for n, who in rest)])


def _depth(coded: Sequence[CodedUtterance], after: int, stopped: str | None) -> int:
    """How plainly a comfortable silence is a contemplative moment, 0 the plainest, for
    the evidence shown: 0, the client ends it with a line that reflects or discloses; 1,
    the client ends it in reply to an open question; 2, the coach ends it after the
    client's line that reflects or discloses; 3, any other (a reply to small talk, a
    "Yeah. Yeah, it was." after a reflection). Read from the line next to it, the one
    shown, not from the rest of the turn."""
    ends = coded[after + 1]
    last = next((c for c in reversed(coded[: after + 1]) if c.utterance.role == stopped), None)
    if ends.utterance.role == "coach":
        deep = stopped == "client" and last is not None and (last.reflecting or last.disclosure)
        return 2 if deep else 3
    if ends.reflecting or ends.disclosure:
        return 0
    asked = stopped == "coach" and last is not None and last.code == "open_question"
    return 1 if asked else 3


def _words_around(
    coded: Sequence[CodedUtterance], after: int, stopped: str | None, held: _Floors
) -> list[CodedUtterance]:
    """What a silence after utterance ``after`` is judged by: the rest of the turn that
    ends it, unless the coach ends it; then the turn of whoever stopped speaking last
    (``stopped``), up to the silence. A turn is the floor a speaker held (``held``): the
    coach's "Mm-hmm." inside the client's answer does not cut it short."""
    ends = coded[after + 1]
    if ends.utterance.role != "coach":
        return [c for c in held.of(ends) if c.utterance.index >= ends.utterance.index]
    before = [c for c in coded[: after + 1] if c.utterance.role == stopped]
    if not before:
        return []
    last = before[-1].utterance.index
    return [c for c in held.of(before[-1]) if c.utterance.index <= last]


class _Floors:
    """The floors of a session (:func:`floors`), found by any utterance in them."""

    def __init__(self, held: list[list[CodedUtterance]]) -> None:
        self._floors = held
        self._at = {c.utterance.index: i for i, f in enumerate(self._floors) for c in f}

    def of(self, c: CodedUtterance) -> list[CodedUtterance]:
        return self._floors[self._at[c.utterance.index]]


def _surface_level(clients: Sequence[CodedUtterance]) -> Signal:
    marker = Marker.SURFACE_LEVEL_CONVERSATION
    if (unknown := _too_little(marker, clients)) is not None:
        return unknown
    deep = [c.utterance.index for c in clients if c.reflecting or c.disclosure]
    pct = 100 * len(deep) / len(clients)
    summary = (
        f"{len(deep)} of {len(clients)} client turns ({pct:.1f}%) reflect or "
        f"disclose (the sign: under {DEPTH_FLOOR_PCT:.0f}%)"
    )
    if pct < DEPTH_FLOOR_PCT:
        reporting = [c.utterance.index for c in clients if c.reporting]
        return Signal(marker, Reading.SEEN, summary, tuple(reporting[:EVIDENCE]))
    return Signal(marker, Reading.NOT_SEEN, summary, tuple(deep[:EVIDENCE]))


def _reluctance_to_explore(facts: _Facts) -> Signal:
    """Brief replies to open questions, the sign; beside them, the brief replies to
    closed questions, counted apart and never as reluctance (a closed question asks for
    a short answer: "Yes. Definitely."), so that a session of closed and leading
    questions, whose open questions are too few to read, still shows the client's flat
    answers for the coach to judge."""
    marker = Marker.RELUCTANCE_TO_EXPLORE
    if (unknown := _too_little(marker, facts.clients)) is not None:
        return unknown
    replies = facts.replies
    closed = _closed_replies_note(facts.closed_replies)
    if len(replies) < MIN_OPEN_QUESTIONS:
        return Signal(
            marker,
            Reading.UNKNOWN,
            f"too few open questions to read it ({plural(len(replies), 'reply', 'replies')} "
            f"to an open question, at least {MIN_OPEN_QUESTIONS} needed){closed}",
        )
    brief = [reply[0].utterance.index for reply in replies if _brief(reply)]
    pct = 100 * len(brief) / len(replies)
    seen = len(brief) >= MIN_BRIEF_ANSWERS and pct >= BRIEF_ANSWER_PCT
    summary = (
        f"{len(brief)} of {len(replies)} replies to an open question ({pct:.1f}%) were brief: "
        f'{BRIEF_ANSWER_WORDS} words or fewer, or "I don\'t know" and the like with at most '
        f"{AFTER_NON_ANSWER_WORDS} words besides (the "
        f"sign: {MIN_BRIEF_ANSWERS} or more, and {BRIEF_ANSWER_PCT:.0f}% or more){closed}"
    )
    return Signal(marker, _reading(seen), summary, tuple(brief[:EVIDENCE]))


def _closed_replies_note(replies: Sequence[Sequence[CodedUtterance]]) -> str:
    """``; beside them, 4 of 9 replies to a closed question were brief (not counted: a
    closed question asks for a short answer)``, or nothing where no closed question was
    replied to."""
    if not replies:
        return ""
    brief = sum(_brief(reply) for reply in replies)
    return (
        f"; apart from these, {brief} of {plural(len(replies), 'reply', 'replies')} to a closed "
        f"question {'was' if len(replies) == 1 else 'were'} brief (not counted: a closed "
        "question asks for a short answer)"
    )


def _brief(reply: Sequence[CodedUtterance]) -> bool:
    """A reply that neither reflects nor discloses and is BRIEF_ANSWER_WORDS words or
    fewer, or says nothing but "I don't know" and the like ("I don't know. Whatever you
    think.")."""
    if any(c.reflecting or c.disclosure for c in reply):
        return False
    return _said_briefly(reply)


def _said_briefly(said: Sequence[CodedUtterance]) -> bool:
    """BRIEF_ANSWER_WORDS words or fewer in all, or nothing but "I don't know" and the
    like, alone or with an answer of AFTER_NON_ANSWER_WORDS words or fewer besides ("I
    don't know. Busy."; not "I don't know. I think it's fear of failing."); read from the
    words alone, whatever their codes."""
    if sum(word_count(c.utterance.text) for c in said) <= BRIEF_ANSWER_WORDS:
        return True
    texts = [c.utterance.text.replace("\u2019", "'") for c in said]  # curly apostrophes too
    sentences = [s for text in texts for s in _SENTENCE_END.split(text) if s.strip()]
    rest = [s for s in sentences if not _NON_ANSWER.match(s.strip())]
    if len(rest) == len(sentences):  # no "I don't know" at all
        return False
    return sum(word_count(s) for s in rest) <= AFTER_NON_ANSWER_WORDS


_Replies = list[tuple[list[CodedUtterance], list[CodedUtterance]]]


def _replies_to_open_questions(replies: _Replies) -> list[list[CodedUtterance]]:
    """The client's whole turn after each coach turn that asks an open question
    (``replies``: the session's :func:`_replies`); a client turn that starts while the
    coach is still speaking is a back-channel ("Mm-hmm."), not a reply."""
    return [reply for asked, reply in replies if _asks(asked, "open_question")]


def _replies_to_closed_questions(replies: _Replies) -> list[list[CodedUtterance]]:
    """The client's whole turn after each coach turn that asks closed questions and no
    open one (a turn with both is read as asking the open one)."""
    return [
        reply
        for asked, reply in replies
        if _asks(asked, "closed_question") and not _asks(asked, "open_question")
    ]


def _asks(turn: Sequence[CodedUtterance], code: str) -> bool:
    return any(c.code == code for c in turn)


def _replies(held: list[list[CodedUtterance]]) -> _Replies:
    """Each coach turn with the client's turn after it, where that turn is a reply: not
    one that starts while the coach is still speaking. A turn is the floor a speaker held
    (``held``, the session's :func:`floors`): the coach's "Mm-hmm." inside an answer does
    not cut it short."""
    return [
        (asked, reply)
        for asked, reply in pairwise(held)
        if asked[0].utterance.role == "coach"
        and reply[0].utterance.role == "client"
        and not _starts_inside(reply[0], asked[-1])
    ]


def _starts_inside(reply: CodedUtterance, asked: CodedUtterance) -> bool:
    start, end = reply.utterance.start, asked.utterance.end
    return start is not None and end is not None and start < end


def _coach_working_harder(facts: _Facts) -> Signal:
    """The coach's share of the words, leaving out the coach's utterances coded as
    structuring (contracting, the agenda, time): setting up the session is the coach's
    job, and a first session's contracting ("157 words on confidentiality and how we'll
    work") is no sign of the coach carrying the client's thinking. Where there are such
    words the summary says how many, and the share with them, so that the coach sees what
    was left out and why the share differs from the talk share row."""
    marker = Marker.COACH_WORKING_HARDER
    if (unknown := _too_little(marker, facts.clients)) is not None:
        return unknown
    coded = facts.coded
    structuring = [c for c in coded if _structures(c)]
    # The words that count, and the longest turn of them: a turn of contracting alone is
    # left out, as its words are, and a turn that mixes both is measured by the rest.
    counted = [c for c in coded if not _structures(c)]
    share = facts.shares["coach"]
    if structuring:
        share = word_shares(counted)["coach"]
    if share is None:
        return Signal(marker, Reading.UNKNOWN, "no words to count")
    seen = share > COACH_SHARE_CEILING_PCT
    summary = f"the coach speaks {share:.1f}% of the words"
    said = sum(said_words(c.utterance.text) for c in structuring)
    if said:
        summary += (
            f", leaving out the {plural(said, 'word')} that structure the session "
            f"(contracting, agenda, time; {facts.shares['coach'] or 0:.1f}% with them)"
        )
    summary += f" (the sign: more than {COACH_SHARE_CEILING_PCT:.0f}%)"
    evidence: tuple[int, ...] = ()
    mono = longest_coach_monologue(counted)
    if mono is not None:
        summary += "; the longest coach turn"
        if said:
            summary += ", leaving out the structuring,"
        summary += f" is {plural(mono.words, 'word')}"
        if seen:  # where the coach talked most
            evidence = (next(c.utterance.index for c in counted if c.utterance.turn == mono.turn),)
    return Signal(marker, _reading(seen), summary, evidence)


def _structures(c: CodedUtterance) -> bool:
    return c.utterance.role == "coach" and c.code == "structuring"


def _reading(seen: bool) -> Reading:
    return Reading.SEEN if seen else Reading.NOT_SEEN


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """``1 silence``, ``3 silences``; ``nouns``: the plural where it is not ``noun``
    with an s (``1 reply``, ``3 replies``)."""
    return f"{n} {noun}" if n == 1 else f"{n} {nouns or noun + 's'}"


# --- across sessions -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """A per-session figure followed across sessions, and the marker it speaks to:
    ``shows_marker_when`` is the direction of movement that shows that marker. Every
    marker followed here is about change over time ("increased openness", "decreased
    engagement"), so a figure that stays high shows no movement, whatever its level."""

    key: str
    label: str
    short: str  # a column heading, in words a coach reads at a glance
    unit: str  # "%", "pts" (a difference of two percentages) or "" (a count)
    marker: Marker | None = None
    shows_marker_when: Direction | None = None
    step: float = TREND_POINTS  # the change that counts as moving


FIGURES: tuple[Figure, ...] = (
    Figure(
        "disclosure_pct",
        "Client turns that disclose",
        "Client disclosing",
        "%",
        Marker.INCREASED_OPENNESS,
        Direction.RISING,
    ),
    Figure(
        "reflecting_minus_reporting",
        "Reflecting minus reporting",
        "Client reflecting vs reporting",
        "pts",
        Marker.REFLECTION_OVER_REPORTING,
        Direction.RISING,
    ),
    Figure("reflecting_pct", "Client turns that reflect", "Client reflecting", "%"),
    Figure("reporting_pct", "Client turns that report", "Client reporting", "%"),
    Figure(
        "client_share_words",
        "Client's share of the words",
        "Client's words",
        "%",
        Marker.DECREASED_ENGAGEMENT,
        Direction.FALLING,
    ),
    Figure(
        "brief_replies_pct",
        "Brief replies to open questions",
        "Brief replies",
        "%",
        Marker.RELUCTANCE_TO_EXPLORE,
        Direction.RISING,
    ),
    Figure(
        "silences_let_stand",
        "Comfortable silences (3 s or more)",
        "Silences let stand",
        "",
        Marker.COMFORTABLE_SILENCES,
        Direction.RISING,
        step=SILENCE_STEP,
    ),
    Figure("pct_change_talk", "Change talk among change and sustain talk", "Change talk", "%"),
    Figure("pct_open_questions", "Open questions", "Open questions", "%", step=CODE_SHARE_STEP),
    Figure(
        "pct_complex_reflections",
        "Complex reflections",
        "Complex reflections",
        "%",
        step=CODE_SHARE_STEP,
    ),
)


# The markers only a client's transcripts across sessions read: those the trend follows
# that no single session's signals read.
_OVER_TIME = frozenset(f.marker for f in FIGURES if f.marker is not None) - {
    Marker.REFLECTION_OVER_REPORTING,
    Marker.COMFORTABLE_SILENCES,
    Marker.SURFACE_LEVEL_CONVERSATION,
    Marker.RELUCTANCE_TO_EXPLORE,
    Marker.COACH_WORKING_HARDER,
}


def _figures(facts: _Facts) -> tuple[dict[str, float | None], dict[str, str]]:
    """The figures :func:`trend` follows (percentages 0–100), and why each that is None
    could not be measured: those read from the client's codes need MIN_CLIENT_TURNS
    client turns (the client's share of the words only words), and those that rest
    on the words of a side that does not read as English are None."""
    clients, enough = facts.clients, facts.enough_client_talk
    few = f"fewer than {MIN_CLIENT_TURNS} client turns"

    def share(flag: str) -> float:
        return round(100 * sum(getattr(c, flag) for c in clients) / len(clients), 1)

    def client(measure: Callable[[], float | None], why: str = few) -> tuple[float | None, str]:
        return (measure(), why) if enough else (None, few)

    codes = Counter(c.code for c in facts.coded if c.utterance.role == "coach")
    silences = facts.silences
    figures: dict[str, tuple[float | None, str]] = {
        "disclosure_pct": client(lambda: share("disclosure")),
        # None where the session's own report can't tell the marker: a 0 - 0 of a
        # client who neither reflects nor reports is no reading of it, and would read
        # as a rise after a session that reported more.
        "reflecting_minus_reporting": client(
            lambda: (
                None
                if too_few_to_weigh(*_reflecting_reporting(clients))
                else round(share("reflecting") - share("reporting"), 1)
            ),
            f"can't tell: {_TOO_FEW_TO_WEIGH}",
        ),
        "reflecting_pct": client(lambda: share("reflecting")),
        "reporting_pct": client(lambda: share("reporting")),
        # A share of the words is a count: it needs words, not enough client talk.
        "client_share_words": (facts.shares["client"], "no words"),
        "brief_replies_pct": client(
            lambda: _brief_replies_pct(facts.replies),
            f"fewer than {MIN_OPEN_QUESTIONS} replies to open questions",
        ),
        "silences_let_stand": (
            None if silences is None else float(len(silences.comfortable)),
            "no end times",
        ),
        "pct_change_talk": (
            _change_talk([c for c in facts.coded if c.utterance.role == "client"])
            if enough
            else (None, few)
        ),
        "pct_open_questions": _code_share(codes, "open_question", QUESTION_CODES, "questions"),
        "pct_complex_reflections": _code_share(
            codes, "complex_reflection", REFLECTION_CODES, "reflections"
        ),
    }
    # Codes read from words that are not English are no figures to follow.
    for key in facts.unread.figures:
        figures[key] = (None, facts.unread.why)
    values = {key: value for key, (value, _) in figures.items()}
    return values, {key: why for key, (value, why) in figures.items() if value is None}


def _code_share(
    codes: Counter[str], code: str, of: tuple[str, ...], name: str
) -> tuple[float | None, str]:
    """The share of the coach's ``of`` codes that are ``code``, where there are at least
    MIN_RATED of them (``name``: what they are, for why there is none)."""
    if (n := sum(codes[c] for c in of)) < MIN_RATED:
        return None, f"fewer than {MIN_RATED} {name}" if n else f"no {name}"
    return share_of_codes(codes, code, of), ""


def _change_talk(clients: Sequence[CodedUtterance]) -> tuple[float | None, str]:
    """Change talk's share of the client's change and sustain talk, where they said at
    least MIN_CHANGE_OR_SUSTAIN of them: under that the session's report gives the counts,
    and a share that one line's code would swing is no figure to follow either."""
    codes = Counter(c.code for c in clients)
    if too_few_for_a_share(codes):
        return None, f"fewer than {MIN_CHANGE_OR_SUSTAIN} change and sustain utterances"
    share = change_talk_pct(clients)
    return share, "" if share is not None else "no change or sustain talk"


def _brief_replies_pct(replies: Sequence[Sequence[CodedUtterance]]) -> float | None:
    if len(replies) < MIN_OPEN_QUESTIONS:
        return None
    return round(100 * sum(_brief(reply) for reply in replies) / len(replies), 1)


@dataclass(frozen=True, slots=True)
class Series:
    """One figure over a client's sessions, oldest first (None: not measurable there).

    ``direction`` compares the later half of the sessions that have the figure with the
    earlier half (``earlier`` and ``later`` are their means); ``reading`` is seen when it
    moves the way that shows the figure's marker ("over time"), None when the figure has
    no marker or fewer than two sessions have it. ``latest`` compares the latest such
    session with the mean of those before it (``before``): a turn in the last session,
    which the halves would average away, is shown beside the reading, not as it."""

    key: str
    label: str
    short: str
    unit: str
    marker: Marker | None
    values: tuple[float | None, ...]
    unmeasured: tuple[str | None, ...]  # why a value is None, session by session
    direction: Direction
    earlier: float | None
    later: float | None
    latest: Direction
    before: float | None
    reading: Reading | None


# Why a figure is missing where nothing says why (a session's reasons not given).
NOT_MEASURED = "not measured"


def trend(
    sessions: Sequence[dict[str, float | None]],
    unmeasured: Sequence[dict[str, str]] | None = None,
) -> list[Series]:
    """Each of :data:`FIGURES` across ``sessions`` (their :func:`session_reading` figures,
    oldest first, and why each missing one is missing), with the way it moves and what
    that says of its marker."""
    why = unmeasured if unmeasured is not None else [{} for _ in sessions]
    series = []
    for figure in FIGURES:
        values = tuple(s.get(figure.key) for s in sessions)
        reasons = tuple(
            None if v is not None else w.get(figure.key, NOT_MEASURED)
            for v, w in zip(values, why, strict=True)
        )
        known = [v for v in values if v is not None]
        direction, earlier, later = halves(known, figure.step)
        latest, before = _latest(known, figure.step)
        reading = None
        if figure.marker is not None and direction is not Direction.TOO_FEW:
            reading = _reading(figure.shows_marker_when is direction)
        series.append(
            Series(
                figure.key,
                figure.label,
                figure.short,
                figure.unit,
                figure.marker,
                values,
                reasons,
                direction,
                earlier,
                later,
                latest,
                before,
                reading,
            )
        )
    return series


def half_size(count: int) -> int:
    """How many of ``count`` values each half holds: the middle one of an odd count sits
    in neither."""
    return count // 2


def halves(
    values: Sequence[float], step: float = TREND_POINTS
) -> tuple[Direction, float | None, float | None]:
    """The direction from the earlier half's mean to the later half's (the middle value
    of an odd count sits in neither half), and the two means."""
    if len(values) < 2:
        return Direction.TOO_FEW, None, None
    half = half_size(len(values))
    earlier = round(sum(values[:half]) / half, 1)
    later = round(sum(values[-half:]) / half, 1)
    return direction_of(earlier, later, step), earlier, later


def _latest(values: Sequence[float], step: float) -> tuple[Direction, float | None]:
    if len(values) < 2:
        return Direction.TOO_FEW, None
    before = round(sum(values[:-1]) / (len(values) - 1), 1)
    return direction_of(before, values[-1], step), before


def direction_of(earlier: float, later: float, step: float = TREND_POINTS) -> Direction:
    """Rising or falling by ``step`` or more, else steady."""
    # Rounded: the figures carry one decimal, and 8.2 - 3.2 must count as 5 points.
    change = round(later - earlier, 6)
    if change >= step:
        return Direction.RISING
    if -change >= step:
        return Direction.FALLING
    return Direction.STEADY
