"""Plain values passed between the analysis steps.

parse (file text -> Utterance) -> code (Utterance -> CodedUtterance) -> metrics.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# "other": someone in a session who is neither its coach nor its known client (a
# manager in a three-way meeting); their lines are shown and coded as a client's are,
# and kept out of the client's figures.
Role = Literal["coach", "client", "other"]

# A gap of at least this many seconds with nobody speaking is a silence; a speaker who
# stops this long, even mid-sentence, starts a new utterance when they go on.
SILENCE_SECONDS = 3.0
# A gap this long is a break (or a paused recording), not a silence in the talk: it is
# neither a silence let stand nor talk time of whoever spoke before it.
BREAK_SECONDS = 120.0
# Where a line has a start and no end, it is taken to last at least as long as its words
# take to say at this pace (about 150 a minute), so that a long turn is not read as a
# break after a short one.
SPOKEN_WORDS_PER_SECOND = 2.5
# Where one speaker's next line, stamped only at its start, comes after a pause, the line
# before it is taken to last as long as its words take at this slower pace (about 120 a
# minute), so that a pause is not claimed where slow speech filled the time.
SLOW_WORDS_PER_SECOND = 2.0

COACH_CODES = (
    "open_question",
    "closed_question",
    "simple_reflection",
    "complex_reflection",
    "affirmation",
    "advice",
    "information",
    "self_disclosure",
    "structuring",
    "other",
)
CLIENT_CODES = ("change", "sustain", "neutral")
# The client flags, each true or false on every client utterance.
CLIENT_FLAGS = ("reflecting", "reporting", "disclosure")
QUESTION_CATEGORIES = (
    "exploration",
    "assumption_challenging",
    "future_focused",
    "resource_accessing",
    "process",
)
# Coarse groups, comparable with AnnoMI's main therapist behaviour.
COARSE_GROUP = {
    "open_question": "question",
    "closed_question": "question",
    "simple_reflection": "reflection",
    "complex_reflection": "reflection",
    "advice": "therapist_input",
    "information": "therapist_input",
    "affirmation": "other",
    "self_disclosure": "other",
    "structuring": "other",
    "other": "other",
}


@dataclass(frozen=True, slots=True)
class Pause:
    """A pause in an utterance's words, or just before them, that no gap between two
    utterances measures: one the transcriber marked ("[pause]", "(long pause)":
    ``seconds`` None), or one between two lines of one speaker's turn stamped only at
    their start (``seconds``: the time between the stamps less what the first line's
    words take to say, SLOW_WORDS_PER_SECOND). ``at``: where in the utterance's text it
    falls (0: before its first word)."""

    at: int
    seconds: float | None = None


# What a transcriber marks a speaker doing without words that tells a coach how they are:
# "[laughs]", "[both laugh]", "[crying]" or "(in tears)", "[sighs]".
EXPRESSION_KINDS = ("laughter", "shared_laughter", "tears", "sigh")


@dataclass(frozen=True, slots=True)
class Expression:
    """Laughter, shared laughter, tears or a sigh the transcriber marked in an
    utterance's words, or on a line of its own (:data:`EXPRESSION_KINDS`). ``at``: where
    in the utterance's text it falls (just after the words it follows; 0: before the
    first). ``start``: the time of the line it was marked on, where that line was
    stamped: its own line where it stood alone ("Ana: [crying]" between two lines of the
    coach's goes with Ana's next words, which start later), else the line of the words
    it is among; None where that line has no time."""

    at: int
    kind: str
    start: float | None = None


@dataclass(frozen=True, slots=True)
class Utterance:
    """One speech act. ``start``/``end`` are seconds from the start, when known.
    ``unread_before``: part of the file just before it could not be read (a cue skipped
    for its timing), so no silence or break is measured up to it. ``pauses``: the
    pauses in its words that no gap measures (:class:`Pause`). ``expressions``: the
    laughter, tears and sighs marked in it (:class:`Expression`)."""

    index: int
    turn: int
    speaker: str
    role: Role
    text: str
    start: float | None = None
    end: float | None = None
    unread_before: bool = False
    pauses: tuple[Pause, ...] = ()
    expressions: tuple[Expression, ...] = ()


@dataclass(frozen=True, slots=True)
class CodedUtterance:
    utterance: Utterance
    code: str
    question_category: str | None = None
    # Client-only flags (False for the coach).
    reflecting: bool = False
    reporting: bool = False
    disclosure: bool = False
    confidence: float | None = None
    # Coach-only: the coder's form decision for every coach utterance, whatever its code —
    # "open"/"closed" were it a question, "simple"/"complex" were it a reflection. For a
    # question (reflection) code they agree with the code. None for the client.
    question_form: str | None = None
    reflection_depth: str | None = None


@dataclass(slots=True)
class Transcript:
    utterances: list[Utterance]
    coach: str
    coach_guessed: bool = False
    # The coach was found by the name of whoever reads the file (``own_name``).
    coach_is_own_name: bool = False
    warnings: list[str] = field(default_factory=list)
    # "webvtt", "srt", "sbv" or "text" when read by parse_transcript; "" when built by hand.
    source_format: str = ""
    # The decoded file text when read by parse_transcript (up to 5 MB, so left out
    # of repr and comparisons); "" when built by hand.
    text: str = field(default="", repr=False, compare=False)

    @property
    def client_speakers(self) -> list[str]:
        """The speakers whose lines count as the client's, in the order first heard:
        more than one where nobody named the client (a colleague who looked in)."""
        return list(dict.fromkeys(u.speaker for u in self.utterances if u.role == "client"))
