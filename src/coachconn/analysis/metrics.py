"""Session metrics from coded utterances. Pure: same input, same numbers.

Conventions: percentages are 0–100 with one decimal, ratios two decimals,
seconds one decimal. A ratio or share whose denominator is zero is None (shown
as "n/a"), never 0. Times come from the utterances: an utterance lasts from its
start to its end, or, when only starts are known (plain-text stamps), until the
next utterance stamped later starts, shared with those of its stamp
(:func:`_utterance_seconds`); when the next utterance has no start either, its length
is unknown. An utterance without a start (or, in a file with end times, without an
end) was said somewhere between the known times around it, so no silence or break
is measured across it; nor is one up to an utterance that follows a part of the file
that could not be read (``unread_before``). Silences and overlaps need real end
times, so they are None for transcripts without them.

Talk time is measured only when (nearly) every utterance's length is known. Summing
just the utterances whose length is known would count those and silently leave out
the others, which need not be shared evenly between coach and client, so a transcript
whose lengths are known for too few of its words gets no talk seconds and no talk
share by time (None) rather than a share that looks exact and is not. The utterances
whose length is unknown: in a stamped plain-text file nothing says when the last line
stops, nor when a line before a break does; a cue whose timing could not be read
keeps its words without a time (and the line before an unstamped one has nothing to
end it). They are left out of talk time and counted in ``talk_time_untimed`` (their
words in ``talk_time_untimed_words``), which the report states beside the share, as
long as they hold at most UNTIMED_WORDS_SHARE of the words: one broken cue or the last
line does not cost a long session its share by time, but a short one whose last answer
is a third of what was said, or a file with unstamped lines throughout, gets none.

Silences and overlaps are measured against everything said before, not just the
previous utterance: a short "Mm-hmm." inside the coach's long cue neither opens a
silence after it nor hides an overlap with the coach.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from itertools import groupby, pairwise
from typing import Any

from coachconn.analysis.rapport import (
    Metaphor,
    Named,
    Representational,
    Term,
    client_metaphors,
    client_names,
    client_terms,
    proper_nouns,
    representational,
    verbal_matching_pct,
)
from coachconn.analysis.rules import questions_asked
from coachconn.analysis.types import (
    BREAK_SECONDS,
    CLIENT_CODES,
    COACH_CODES,
    QUESTION_CATEGORIES,
    SILENCE_SECONDS,
    SLOW_WORDS_PER_SECOND,
    SPOKEN_WORDS_PER_SECOND,
    CodedUtterance,
    Utterance,
)

QUESTION_CODES = ("open_question", "closed_question")
REFLECTION_CODES = ("simple_reflection", "complex_reflection")
ROLES = ("coach", "client")

# MITI 4.2.1 thresholds: reference points from motivational interviewing, not a
# verdict on coaching. The reports show where the bands start and the session's figure
# beside them; the JSON's ``band`` ("below fair") is for programs, not a reader.
MITI_SOURCE = "MITI 4.2.1 (motivational interviewing)"
MITI_NOTE = (
    "its bands are reference points from motivational interviewing, set for MI "
    "counselling, shown to place the figures, not as a verdict on coaching"
)
MITI_REFLECTION_TO_QUESTION = (1.0, 2.0)  # fair, good
MITI_PCT_COMPLEX_REFLECTIONS = (40.0, 50.0)  # fair, good
# A session is placed against the thresholds only where the figure rests on at least
# this many utterances (questions and reflections for the ratio, reflections for the
# share): one reflection is 0% or 100%, "below fair" or "good", by one line's code.
MIN_RATED = 10
# Under this many change and sustain utterances in all, the reports give the counts, not
# change talk's share: on two, one line's code turns 100% into 50% (as for reflecting and
# reporting turns, MIN_REFLECTING_OR_REPORTING).
MIN_CHANGE_OR_SUSTAIN = 4
# The client's reflecting and reporting turns are weighed one against the other (by the
# reflection signal, and as a ratio in the reports) only where this many turns reflect or
# report, or MIN_REFLECTING_SEEN reflect: on 2 reflecting to 1 reporting (or 2 to 0) one
# turn's flag turns the reading over, and the flags are the codes a coach most often
# reads otherwise. A reading that is seen needs MIN_REFLECTING_SEEN reflecting turns or
# more (3:0 is seen, as 3:1 is), and one that is not seen, from 4 turns, 2 reporting ones.
MIN_REFLECTING_OR_REPORTING = 4
MIN_REFLECTING_SEEN = 3


def too_few_to_weigh(reflecting: int, reporting: int) -> bool:
    """Whether the client's ``reflecting`` and ``reporting`` turns are too few to weigh
    one against the other (MIN_REFLECTING_OR_REPORTING): the one rule the reflection
    signal and the reports' Reflecting:reporting row share."""
    return reflecting + reporting < MIN_REFLECTING_OR_REPORTING and reflecting < MIN_REFLECTING_SEEN


@dataclass(frozen=True, slots=True)
class Monologue:
    """The coach's longest turn: its number (from 0), words, seconds and start when
    known, and its first words, so that it can be found in a transcript without times."""

    turn: int
    words: int
    seconds: float | None
    start: float | None = None
    opening: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    """Where something in a coach turn can be found in a transcript: the turn's number
    (from 0), the start of the line it points to when stamped, and that line's first
    words; ``utterance``: that line's index (None where none is named)."""

    turn: int
    start: float | None
    opening: str
    utterance: int | None = None


@dataclass(frozen=True, slots=True)
class Gap:
    """A silence or an overlap between utterance ``after`` and the next one. For a
    silence, ``stopped`` is the role of whoever stopped speaking last before it (of
    everything said so far, what ends last): a silence the coach ends by speaking again
    after their own words is one the coach filled. ``ended`` is the role of whoever
    spoke next, ending it: what a coach asks of a silence ("did I rush in?")."""

    after: int
    at: float
    seconds: float
    stopped: str | None = None
    ended: str | None = None
    # An overlap whose line is a listener's back-channel: a "Mm-hmm." said and done
    # under the other's words, not one speaker talking over the other.
    back_channel: bool = False


@dataclass(frozen=True, slots=True)
class ExpressionAt:
    """Laughter, tears or a sigh the transcriber marked
    (:class:`~coachconn.analysis.types.Expression`): the utterance's index, where in its
    text, its kind, whose utterance it is in, and when: the time of its own line where it
    stood alone on one, else the utterance's start (None where unstamped)."""

    utterance: int
    at: int
    kind: str
    role: str
    start: float | None


@dataclass(frozen=True, slots=True)
class PauseAt:
    """A pause inside an utterance that no gap between utterances measures
    (:class:`~coachconn.analysis.types.Pause`): the utterance's index, where in its text,
    its seconds (None for one the transcriber marked, "[pause]") and whose turn it falls
    in."""

    utterance: int
    at: int
    seconds: float | None
    role: str


@dataclass(frozen=True, slots=True)
class SpeakerTalk:
    """One speaker's talk: their words and seconds (None where the session has no talk
    time), and their shares of the coach's and the client's words and seconds together,
    the whole the talk shares by role are of, so that the client's speakers' shares add
    up to the client's (a group's members one by one); None for a speaker of neither
    role (:data:`~coachconn.analysis.types.Role` "other"), who is no part of that
    balance, and where there is no whole."""

    speaker: str
    role: str
    words: int
    share_words: float | None
    seconds: float | None
    share_time: float | None


@dataclass(frozen=True, slots=True)
class ReferencePoint:
    """A value beside its MITI fair/good thresholds; ``band`` is "good", "fair",
    "below fair", or None when the value is None or rests on fewer than MIN_RATED
    utterances (``rated_on``: how many it rests on). ``too_few_to_place``: there is a
    value, but it rests on fewer than MIN_RATED utterances, so the reports give the
    counts it comes from ("1 of 8") rather than the value, which would read as a verdict
    that one line's code can swing."""

    value: float | None
    fair: float
    good: float
    band: str | None
    rated_on: int = 0
    too_few_to_place: bool = False


@dataclass(frozen=True, slots=True)
class SessionMetrics:
    """Everything measured on one session; ``to_dict`` gives the JSON form."""

    utterances: dict[str, int]
    turns: int
    words: dict[str, int]
    talk_share_words: dict[str, float | None]
    talk_seconds: dict[str, float] | None
    talk_share_time: dict[str, float | None] | None
    talk_time_untimed: int  # utterances left out of talk time: their length is unknown
    talk_time_untimed_words: int  # their words (too many, and there is no share by time)
    # Those utterances are the last line's alone: nothing after it says when it ends.
    talk_time_untimed_last_line: bool
    # Some lines are stamped only at their start: each runs until the next line starts,
    # so a pause after it counts as its speaker's talk time.
    talk_time_from_starts: bool
    # Each speaker's words and seconds and their shares, in the order first heard: who
    # in a group spoke how much, which the shares by role pool.
    talk_by_speaker: list[SpeakerTalk]
    coach_code_counts: dict[str, int]
    client_code_counts: dict[str, int]
    question_category_counts: dict[str, int]
    reflection_to_question: float | None
    pct_open_questions: float | None
    pct_complex_reflections: float | None
    longest_coach_monologue: Monologue | None
    # The coach turns that asked two questions or more, each placed at its first question:
    # its start and first words, which a transcript shows (``stacked_question_turns``:
    # the turns' numbers alone).
    stacked_question_places: list[Place]
    silences: list[Gap] | None
    breaks: list[Gap]  # gaps of BREAK_SECONDS or more: breaks, or a paused recording
    overlaps: list[Gap] | None
    # Pauses inside the utterances that no gap measures: those the transcriber marked
    # ("[pause]"), and between two lines of one speaker's turn stamped only at their start.
    pauses: list[PauseAt]
    # The laughter, tears and sighs the transcriber marked, in transcript order.
    expressions: list[ExpressionAt]
    client_terms: list[Term]
    client_metaphors: list[Metaphor]
    # The people and places the client named (not counted among the key terms).
    client_names: list[Named]
    verbal_matching_pct: float | None
    representational: Representational
    # The client's turns (everything they say before the coach speaks): the flags'
    # figures count them, where the talk codes count utterances.
    client_turn_count: int
    client_reflecting: int
    client_reporting: int
    client_reflecting_to_reporting: float | None
    client_disclosure_pct: float | None
    # Change talk's share of the client's change and sustain talk (MI's "percent change
    # talk"); None where the client said neither.
    pct_change_talk: float | None
    # The client's change and sustain talk in each half of their utterances (the middle
    # one of an odd count in the later half), as (change, sustain) counts: the arc of a
    # session, which the share over the whole of it averages away.
    change_talk_halves: tuple[tuple[int, int], tuple[int, int]]
    reference_points: dict[str, Any]

    @property
    def stacked_question_turns(self) -> list[int]:
        """The numbers (from 0) of the coach turns that asked two questions or more."""
        return [place.turn for place in self.stacked_question_places]

    def to_dict(self) -> dict[str, Any]:
        """Plain dicts, lists and numbers, ready for ``json.dumps``."""
        data = asdict(self)
        data["stacked_question_turns"] = self.stacked_question_turns
        data["stacked_questions"] = len(self.stacked_question_turns)
        data["silence_count"] = None if self.silences is None else len(self.silences)
        data["overlap_count"] = None if self.overlaps is None else len(self.overlaps)
        data["marked_pause_count"] = self.marked_pauses
        data["expression_counts"] = self.expression_counts
        data["client_reflecting_too_few"] = self.client_reflecting_too_few
        data["change_talk_too_few"] = self.change_talk_too_few
        return data

    @property
    def change_talk_too_few(self) -> bool:
        """Whether the client's change and sustain talk, some but under
        MIN_CHANGE_OR_SUSTAIN utterances, are too few for change talk's share, so that
        the reports give the counts ("2 change to 0 sustain") rather than 100%."""
        return too_few_for_a_share(self.client_code_counts)

    @property
    def client_reflecting_too_few(self) -> bool:
        """Whether the client's reflecting and reporting turns are too few to weigh one
        against the other (:func:`too_few_to_weigh`), so that the reports give the counts
        rather than the ratio, as the reflection signal reads nothing from them."""
        return too_few_to_weigh(self.client_reflecting, self.client_reporting)

    @property
    def expression_counts(self) -> dict[str, dict[str, int]]:
        """Role -> kind -> how many were marked, for each role with any; "shared_laughter"
        is counted under the role of the line it was marked on."""
        counts: dict[str, dict[str, int]] = {}
        for e in self.expressions:
            kinds = counts.setdefault(e.role, {})
            kinds[e.kind] = kinds.get(e.kind, 0) + 1
        return counts

    @property
    def marked_pauses(self) -> int:
        """How many pauses the transcriber marked ("[pause]", "(long pause)")."""
        return sum(p.seconds is None for p in self.pauses)

    @property
    def turn_pauses(self) -> list[PauseAt]:
        """The pauses between two lines of one speaker's turn stamped only at their start,
        with their seconds (estimated: see :class:`~coachconn.analysis.types.Pause`)."""
        return [p for p in self.pauses if p.seconds is not None]


def compute_metrics(
    coded: list[CodedUtterance], turns: list[CodedUtterance] | None = None
) -> SessionMetrics:
    """Session metrics of ``coded`` (in transcript order, roles already set). ``turns``:
    its :func:`client_turns`, where already worked out (the session's reading counts them
    too)."""
    codes = Counter(c.code for c in coded)
    r2q = _ratio(_total(codes, REFLECTION_CODES), _total(codes, QUESTION_CODES), 2)
    complex_pct = share_of_codes(codes, "complex_reflection", REFLECTION_CODES)
    utterances = [c.utterance for c in coded]
    nouns = proper_nouns(utterances)  # read once: terms leave them out, names list them
    terms = client_terms(utterances, nouns)
    found_breaks = breaks(utterances)  # talk time rests on them too
    words = _per_role(coded, lambda c: said_words(c.utterance.text))
    spoken = _utterance_seconds(utterances, found_breaks)
    talk_seconds, untimed, untimed_words = _talk_seconds(coded, spoken, sum(words.values()))
    clients = _clients(coded)
    found_silences = silences(coded)
    if turns is None:
        turns = client_turns(coded)  # the flags' figures count turns
    return SessionMetrics(
        utterances=_per_role(coded, lambda c: 1),
        turns=len({c.utterance.turn for c in coded}),
        words=words,
        talk_share_words=_shares(words),
        talk_seconds=None if talk_seconds is None else _rounded(talk_seconds, 1),
        talk_share_time=None if talk_seconds is None else _shares(talk_seconds),
        talk_time_untimed=len(untimed),
        talk_time_untimed_words=untimed_words,
        talk_time_untimed_last_line=_the_last_line_alone(coded, untimed),
        talk_time_from_starts=any(u.start is not None and u.end is None for u in utterances),
        talk_by_speaker=talk_by_speaker(coded, spoken, timed=talk_seconds is not None),
        coach_code_counts=_counts(c.code for c in coded if c.utterance.role == "coach"),
        client_code_counts=_counts((c.code for c in clients), CLIENT_CODES),
        question_category_counts=_category_counts(coded),
        reflection_to_question=r2q,
        pct_open_questions=share_of_codes(codes, "open_question", QUESTION_CODES),
        pct_complex_reflections=complex_pct,
        longest_coach_monologue=longest_coach_monologue(coded, spoken),
        stacked_question_places=question_places(coded, stacked_question_turns(coded)),
        silences=found_silences,
        breaks=found_breaks,
        overlaps=overlaps(coded),
        pauses=_unmeasured_pauses(utterances, found_silences),
        expressions=[
            ExpressionAt(u.index, e.at, e.kind, u.role, e.start if e.start is not None else u.start)
            for u in utterances
            for e in u.expressions
        ],
        client_terms=terms,
        client_metaphors=client_metaphors(utterances),
        client_names=client_names(utterances, nouns),
        verbal_matching_pct=verbal_matching_pct(terms),
        representational=representational(utterances),
        client_turn_count=len(turns),
        client_reflecting=sum(c.reflecting for c in turns),
        client_reporting=sum(c.reporting for c in turns),
        client_reflecting_to_reporting=_client_reflecting_ratio(turns),
        client_disclosure_pct=_disclosure_pct(turns),
        pct_change_talk=change_talk_pct(clients),
        change_talk_halves=change_talk_halves(clients),
        reference_points=reference_points(
            r2q,
            complex_pct,
            asked_and_reflected=_total(codes, QUESTION_CODES) + _total(codes, REFLECTION_CODES),
            reflected=_total(codes, REFLECTION_CODES),
        ),
    )


def talk_by_speaker(
    coded: Sequence[CodedUtterance], spoken: Sequence[float | None], *, timed: bool
) -> list[SpeakerTalk]:
    """Each speaker's talk (:class:`SpeakerTalk`), in the order first heard: their words,
    and, where the session has talk time (``timed``), the seconds of their utterances
    whose length is known (``spoken``: :func:`_utterance_seconds`), as talk time by role
    counts them."""
    roles: dict[str, str] = {}
    words: Counter[str] = Counter()
    seconds: dict[str, float] = {}
    for c, said_for in zip(coded, spoken, strict=True):
        u = c.utterance
        roles.setdefault(u.speaker, u.role)
        words[u.speaker] += said_words(u.text)
        seconds[u.speaker] = seconds.get(u.speaker, 0.0) + (said_for or 0.0)
    counted = [s for s in roles if roles[s] in ROLES]
    all_words = sum(words[s] for s in counted)
    all_seconds = sum(seconds[s] for s in counted)
    return [
        SpeakerTalk(
            speaker,
            role,
            words[speaker],
            pct_of(words[speaker], all_words) if role in ROLES else None,
            round(seconds[speaker], 1) if timed else None,
            pct_of(seconds[speaker], all_seconds) if timed and role in ROLES else None,
        )
        for speaker, role in roles.items()
    ]


def _unmeasured_pauses(utterances: list[Utterance], measured: list[Gap] | None) -> list[PauseAt]:
    """The pauses in the utterances' words that no silence measures: a pause marked at
    the very start of an utterance that follows a measured silence ("[pause] Well..."
    after 22 s with nobody speaking) is that silence, marked twice, and counts once, as
    the silence."""
    after_silence = {gap.after + 1 for gap in measured or []}
    return [
        PauseAt(u.index, pause.at, pause.seconds, u.role)
        for u in utterances
        for pause in u.pauses
        if not (pause.at == 0 and pause.seconds is None and u.index in after_silence)
    ]


# --- counting helpers ----------------------------------------------------------


def format_clock(seconds: float | None) -> str:
    """``mm:ss``, ``h:mm:ss`` from an hour on, ``--:--`` when unknown: a time as the coded
    transcript shows it."""
    if seconds is None:
        return "--:--"
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def duration_text(seconds: float) -> str:
    """``2 min 20 s``, ``1 h 5 min``."""
    whole = round(seconds)
    if whole >= 3600:
        return f"{whole // 3600} h {whole % 3600 // 60} min"
    return f"{whole // 60} min {whole % 60} s"


# Scripts written without spaces between words: Han ideographs (with the iteration
# marks), hiragana, katakana (with the half-width forms), Thai, Lao, Khmer and Myanmar.
# Their words cannot be told apart without a dictionary, so each letter counts as a word
# (as word processors count Chinese and Japanese); a mark that sits on a letter (a Thai
# vowel sign or tone mark, a combining sound mark) is part of that letter.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3005-\u3007"
    "\u3021-\u3029\u3031-\u3035\u303b\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)

# The half-width katakana sound marks: letters to Python, though they sit on the one before.
_SOUND_MARKS = frozenset("\uff9e\uff9f")


def word_count(text: str) -> int:
    """Words of ``text``: white-space separated pieces holding a letter or a digit
    (a dash or a lone "..." is not a word), and each letter or digit of a script written
    without spaces (:data:`_UNSPACED`: "今日は何を話しますか？" is 10 words, as "ありがとう"
    is 5); the rest of a piece that holds such letters counts as the words around them
    ("Zoomで" is 2)."""
    if _UNSPACED.search(text) is None:
        return _spaced_word_count(text)
    unspaced = sum(ch.isalnum() and ch not in _SOUND_MARKS for ch in _UNSPACED.findall(text))
    return unspaced + _spaced_word_count(_UNSPACED.sub(" ", text))


@lru_cache(maxsize=1 << 14)
def said_words(text: str) -> int:
    """:func:`word_count`, kept for the rest of one analysis: the metrics and the reading
    count each line's words several times over (by role, per turn, for the shares).
    session.forget_text() empties it (:func:`clear_caches`)."""
    return word_count(text)


def clear_caches() -> None:
    """Forget the words counted while measuring one transcript."""
    said_words.cache_clear()


# A white-space separated piece from its first letter or digit on ([^\W_] is
# str.isalnum, \S is "not str.isspace", as str.split() reads it): one match per piece
# that holds a letter or a digit. A piece without one is passed a character at a time,
# so the count is linear in the text, however long a run of dashes or dots.
_PIECE_WITH_ALNUM = re.compile(r"[^\W_]\S*")


def _spaced_word_count(text: str) -> int:
    return len(_PIECE_WITH_ALNUM.findall(text))  # (a list of pieces: no match objects made)


def _ratio(numerator: float, denominator: float, digits: int) -> float | None:
    return None if denominator == 0 else round(numerator / denominator, digits)


def word_shares(coded: Sequence[CodedUtterance]) -> dict[str, float | None]:
    """Each role's share of the words, 0–100; None when nobody says a word."""
    return _shares(_per_role(coded, lambda c: said_words(c.utterance.text)))


def share_of_codes(codes: Counter[str], code: str, among: tuple[str, ...]) -> float | None:
    """``code``'s share, 0–100, of the utterances coded as one of ``among``; None when
    there are none."""
    return pct_of(codes[code], _total(codes, among))


def pct_of(part: float, whole: float) -> float | None:
    """``part``'s share of ``whole``, 0–100, to one decimal; None when ``whole`` is 0."""
    return None if whole == 0 else round(100 * part / whole, 1)


def _total(counts: Counter[str], keys: tuple[str, ...]) -> int:
    return sum(counts[k] for k in keys)


def _clients(coded: list[CodedUtterance]) -> list[CodedUtterance]:
    return [c for c in coded if c.utterance.role == "client"]


# At most this many words, asking nothing, make a listener's back-channel ("Mm-hmm.",
# "Yeah, right.") inside another speaker's words.
INTERJECTION_WORDS = 4


def floors(coded: Sequence[CodedUtterance]) -> list[list[CodedUtterance]]:
    """The turns as the speakers held the floor, in order: a back-channel
    (:func:`_back_channel`), such as the coach's "Mm-hmm." said while the client is still
    speaking, who goes on, is left out, and the words on either side of it are one turn,
    as they are one answer (the client's "Mm-hmm." inside the coach's question is no turn
    of the client's either). A back-channel's words are kept where they are in the
    transcript; only what counts as a turn changes."""
    turns = [list(group) for _, group in groupby(coded, key=lambda c: c.utterance.turn)]
    held: list[list[CodedUtterance]] = []
    skipped = False  # a back-channel just left out: the turn after it goes on the one before
    for i, turn in enumerate(turns):
        before, after = turns[i - 1] if i else None, turns[i + 1] if i + 1 < len(turns) else None
        if before is not None and after is not None and _back_channel(turn, before, after):
            skipped = True
            continue
        if skipped and held and held[-1][0].utterance.speaker == turn[0].utterance.speaker:
            held[-1] = held[-1] + turn
        else:
            held.append(turn)
        skipped = False
    return held


def _brief_words(texts: Sequence[str]) -> bool:
    """A listener's word or two ("Mm-hmm.", "Yeah, right."): INTERJECTION_WORDS words or
    fewer in all, none of them asking."""
    return sum(word_count(text) for text in texts) <= INTERJECTION_WORDS and not any(
        text.rstrip().endswith("?") for text in texts
    )


def _back_channel(
    turn: Sequence[CodedUtterance],
    before: Sequence[CodedUtterance],
    after: Sequence[CodedUtterance],
) -> bool:
    """``turn`` is a listener's back-channel: INTERJECTION_WORDS words or fewer that ask
    nothing, starting before the speaker of ``before`` stopped, who speaks again next
    (``after``). One that starts after they stopped is a turn, however short: the coach
    may have taken the floor."""
    start, end = turn[0].utterance.start, before[-1].utterance.end
    return (
        start is not None
        and end is not None
        and start < end
        and after[0].utterance.speaker == before[-1].utterance.speaker
        and _brief_words([c.utterance.text for c in turn])
    )


# The flag whose line a client turn's figures link to, first found first.
_EVIDENCE_FLAGS = ("reflecting", "disclosure", "reporting")


def client_turns(
    coded: Sequence[CodedUtterance], held: Sequence[Sequence[CodedUtterance]] | None = None
) -> list[CodedUtterance]:
    """One line per client turn, for the figures of the client's flags: a turn reflects,
    reports or discloses where any of its utterances does. Counted by turn, the figures
    do not hang on how a meeting tool cuts a turn (captions start a new line at each
    pause; Otter keeps a paragraph), nor a long story count more than once, nor on a
    listener's "Mm-hmm." inside it (:func:`floors`). Each stands on the turn's first
    reflecting utterance, else its first that discloses, else that reports, else its
    first: the line a figure's evidence links to. ``held``: the :func:`floors` of
    ``coded``, where already worked out (the session's reading reads them too)."""
    turns: dict[int, list[CodedUtterance]] = {}
    for floor in floors(coded) if held is None else held:
        if floor[0].utterance.role == "client":
            turns.setdefault(floor[0].utterance.turn, []).extend(floor)
    merged = []
    for said in turns.values():
        shown = next((c for flag in _EVIDENCE_FLAGS for c in said if getattr(c, flag)), said[0])
        merged.append(
            replace(
                shown,
                reflecting=any(c.reflecting for c in said),
                reporting=any(c.reporting for c in said),
                disclosure=any(c.disclosure for c in said),
            )
        )
    return merged


def _per_role(
    coded: Sequence[CodedUtterance], measure: Callable[[CodedUtterance], int]
) -> dict[str, int]:
    """The coach's and the client's totals, and others' where anyone else speaks."""
    totals = dict.fromkeys(ROLES, 0)
    for c in coded:
        totals[c.utterance.role] = totals.get(c.utterance.role, 0) + measure(c)
    return totals


def _shares(totals: dict[str, int] | dict[str, float]) -> dict[str, float | None]:
    """The coach's and the client's shares of what the two of them said: others (a
    manager in a three-way meeting) are no part of the coach-client balance."""
    whole = sum(totals[role] for role in ROLES)
    return {role: pct_of(totals[role], whole) for role in ROLES}


def _counts(codes: Iterable[str], known: tuple[str, ...] = COACH_CODES) -> dict[str, int]:
    """Counts for every known code (zeros included), plus any unexpected code."""
    counted = Counter(codes)
    return {**dict.fromkeys(known, 0), **counted}


def _category_counts(coded: list[CodedUtterance]) -> dict[str, int]:
    asked = (c.question_category for c in coded if c.code in QUESTION_CODES)
    return _counts((q for q in asked if q is not None), QUESTION_CATEGORIES)


def _disclosure_pct(turns: list[CodedUtterance]) -> float | None:
    """Share of the client's turns (:func:`client_turns`) that disclose something."""
    return pct_of(sum(c.disclosure for c in turns), len(turns))


def too_few_for_a_share(codes: Mapping[str, int]) -> bool:
    """Whether the client's change and sustain talk (``codes``: counts by code), some but
    under MIN_CHANGE_OR_SUSTAIN utterances, are too few for change talk's share."""
    return 0 < codes.get("change", 0) + codes.get("sustain", 0) < MIN_CHANGE_OR_SUSTAIN


def change_talk_pct(clients: Sequence[CodedUtterance]) -> float | None:
    """Change talk's share of the client's change and sustain talk (``clients``: the
    client's utterances; MI counts talk by utterance); None where there is neither."""
    codes = Counter(c.code for c in clients)
    return pct_of(codes["change"], codes["change"] + codes["sustain"])


def change_talk_halves(
    clients: Sequence[CodedUtterance],
) -> tuple[tuple[int, int], tuple[int, int]]:
    """(change, sustain) counts in the first half of the client's utterances and in the
    second (the middle one of an odd count in the later half)."""
    half = len(clients) // 2

    def counted(said: Sequence[CodedUtterance]) -> tuple[int, int]:
        codes = Counter(c.code for c in said)
        return codes["change"], codes["sustain"]

    return counted(clients[:half]), counted(clients[half:])


def _client_reflecting_ratio(turns: list[CodedUtterance]) -> float | None:
    """Reflecting to reporting among the client's turns (:func:`client_turns`)."""
    return _ratio(sum(c.reflecting for c in turns), sum(c.reporting for c in turns), 2)


# --- time -----------------------------------------------------------------------


def _next_later_starts(
    utterances: Sequence[Utterance], found: list[Gap] | None = None
) -> list[float | None]:
    """For each utterance stamped only at its start, the start of the next utterance
    stamped later than it, past those that share its stamp (stamps of whole seconds give
    a "Mm-hmm." the second of the answer it follows), where everything up to it is known:
    None where an utterance without a start or after a part of the file that could not be
    read comes first, where a break comes first (``found``: the :func:`breaks` of
    ``utterances``, worked out when not given), or where nothing follows. An utterance
    without a stamp is never skipped to borrow a later start, which would give it the
    unstamped one's time, nor is an utterance given the length of a break. None for the
    other utterances."""
    broken = {gap.after for gap in (breaks(utterances) if found is None else found)}
    later: list[float | None] = [None] * len(utterances)
    following: float | None = None  # for the run of shared stamps being walked back over
    for i in range(len(utterances) - 1, -1, -1):
        u = utterances[i]
        if u.start is None or u.end is not None:
            continue
        nxt = utterances[i + 1] if i + 1 < len(utterances) else None
        if nxt is None or i in broken or nxt.unread_before or nxt.start is None:
            following = None
        elif not (nxt.end is None and nxt.start == u.start):
            following = nxt.start  # an earlier one (out of order) ends it at once, as before
        # else: it shares the next one's stamp, and its end
        later[i] = following
    return later


# A line stamped only at its start, as its utterances know it: their turn and the stamp.
# Not the stamp alone: stamps of whole seconds give two speakers' lines one stamp
# ("[00:10] Ana: ..." then "[00:10] Ben: Hi."), and one line's words are not the other's.
_Line = tuple[int, float | None]


def _line(u: Utterance) -> _Line:
    """The line ``u`` comes from, where it is stamped only at its start (:data:`_Line`)."""
    return u.turn, u.start


def _line_words(utterances: Sequence[Utterance]) -> Counter[_Line]:
    """The words of each stamped line that has no end (:func:`_line`)."""
    words: Counter[_Line] = Counter()
    for u in utterances:
        if u.end is None and u.start is not None:
            words[_line(u)] += said_words(u.text)
    return words


def _utterance_seconds(
    utterances: Sequence[Utterance], found: list[Gap] | None = None
) -> list[float | None]:
    """How long each utterance is spoken, where known (None where not): from its start to
    its end where it has both. Lines stamped only at their start (:data:`_Line`) that
    share a stamp run until the next later stamp (:func:`_next_later_starts`); each lasts
    as long as its words take at SLOW_WORDS_PER_SECOND, and where theirs together take
    longer than the time to that stamp, that time is shared between them in proportion to
    their words, so that no second is counted twice: a line of 112 words and a "Hi." at
    00:00, the next line at 00:30, last 30 * 56 / 56.5 and 30 * 0.5 / 56.5 s. The rest is a
    pause before the next speaker, nobody's talk. A line's seconds go to its last
    utterance (those before it end where it starts). Where the end of one of the lines of
    a stamp is unknown, so is each of their utterances' length. ``found``: the
    :func:`breaks` of ``utterances``, worked out when not given."""
    later = _next_later_starts(utterances, found)
    seconds: list[float | None] = [None] * len(utterances)
    i = 0
    while i < len(utterances):
        u = utterances[i]
        if u.start is None or u.end is not None:
            if u.start is not None and u.end is not None:
                seconds[i] = max(u.end - u.start, 0.0)
            i += 1
            continue
        j = i + 1  # the utterances i..j-1 share the stamp, and the end later[i]
        while j < len(utterances) and _shares_stamp(utterances, j):
            j += 1
        ended = later[i]
        if ended is not None:
            last: dict[int, int] = {}  # each line (by its turn) -> its last utterance
            words: Counter[int] = Counter()
            for k in range(i, j):
                seconds[k] = 0.0
                last[utterances[k].turn] = k
                words[utterances[k].turn] += said_words(utterances[k].text)
            span = max(ended - u.start, 0.0)
            wanted = sum(words.values()) / SLOW_WORDS_PER_SECOND
            scale = span / wanted if wanted > span else 1.0
            for turn, k in last.items():
                seconds[k] = words[turn] / SLOW_WORDS_PER_SECOND * scale
        i = j
    return seconds


def _shares_stamp(utterances: Sequence[Utterance], j: int) -> bool:
    """Whether utterance ``j`` is stamped only at its start, with the stamp of the one
    before it, and nothing unread between them."""
    u, before = utterances[j], utterances[j - 1]
    return u.end is None and u.start is not None and u.start == before.start and not u.unread_before


def break_before(start: float, said_until: float, words: int = 0) -> bool:
    """Whether a start at ``start`` follows a break: nobody speaking for BREAK_SECONDS or
    more after ``said_until``, where speech stopped, or, for a line stamped only at its
    start, where that line began (``words``: its words, which take their time to say)."""
    return start - said_until - words / SPOKEN_WORDS_PER_SECOND >= BREAK_SECONDS


# At most this share of the words may lie in utterances whose length is not known (no
# start, or a start but nothing after it to end it) for talk time to be measured; those
# are then left out, and named.
UNTIMED_WORDS_SHARE = 0.02


def _the_last_line_alone(coded: list[CodedUtterance], indices: list[int]) -> bool:
    """Whether ``indices`` (of utterances in ``coded``) are those of its last line, stamped
    only at its start, and no others: the utterances at the end that share a start and
    have no end."""
    tail = [c.utterance for c in coded[len(coded) - len(indices) :]]
    lines = {_line(u) for u in tail}
    return (
        bool(indices)
        and indices == list(range(len(coded) - len(indices), len(coded)))
        and len(lines) == 1
        and tail[0].start is not None
        and all(u.end is None for u in tail)
    )


def _talk_seconds(
    coded: list[CodedUtterance], spoken: list[float | None], total_words: int
) -> tuple[dict[str, float] | None, list[int], int]:
    """(seconds spoken per role, unrounded; the indices of the utterances whose length
    is unknown, and their words), ``spoken`` being each utterance's seconds
    (:func:`_utterance_seconds`) and ``total_words`` all the words of ``coded``. Those
    whose length is unknown are left out of the seconds: the last line's, a line's before
    a break, and those without a time or with nothing after them to end them. Seconds are
    None when no length is known at all, or when those left out hold more than
    UNTIMED_WORDS_SHARE of the words (see the module note); then those left out and their
    words are still given, so that the report can say why, except where no length is
    known at all ([], 0)."""
    totals = dict.fromkeys(ROLES, 0.0)
    left_out: list[int] = []
    unknown_words, timed = 0, False
    for i, (c, seconds) in enumerate(zip(coded, spoken, strict=True)):
        if seconds is not None:
            role = c.utterance.role
            totals[role] = totals.get(role, 0.0) + seconds
            timed = True
        else:
            left_out.append(i)
            unknown_words += said_words(c.utterance.text)
    if not timed:
        return None, [], 0
    if unknown_words and unknown_words > UNTIMED_WORDS_SHARE * total_words:
        return None, left_out, unknown_words
    return totals, left_out, unknown_words


def _rounded(values: dict[str, float], digits: int) -> dict[str, float]:
    return {key: round(value, digits) for key, value in values.items()}


def longest_coach_monologue(
    coded: list[CodedUtterance], spoken: list[float | None] | None = None
) -> Monologue | None:
    """The coach turn with most words (first one on a tie), and the seconds its
    utterances last, as talk time counts them (``spoken``: :func:`_utterance_seconds` of
    ``coded``, worked out when not given); None when one of them is unknown. Summed, not
    spanned: a "Mm-hmm." inside the client's speech that joins the coach's next words
    into one turn does not lend the coach the client's seconds in between. A line stamped
    only at its start lasts at most as long as its words take at a slow pace: the
    client's pause before answering is not the coach's monologue."""
    turns: dict[int, list[int]] = {}
    for i, c in enumerate(coded):
        if c.utterance.role == "coach":
            turns.setdefault(c.utterance.turn, []).append(i)
    if not turns:
        return None
    words = {t: sum(said_words(coded[i].utterance.text) for i in idx) for t, idx in turns.items()}
    turn = max(turns, key=lambda t: (words[t], -t))
    first, last = turns[turn][0], turns[turn][-1]
    start = coded[first].utterance.start
    if spoken is None:
        spoken = _utterance_seconds([c.utterance for c in coded])
    seconds: float | None = 0.0
    for i in range(first, last + 1):
        said_for = spoken[i]
        seconds = None if seconds is None or said_for is None else seconds + said_for
    seconds = None if seconds is None else round(seconds, 1)
    said = " ".join(coded[i].utterance.text for i in turns[turn])
    return Monologue(turn, words[turn], seconds, start, opening(said))


def opening(text: str, words: int = 6) -> str:
    """The first ``words`` words of ``text``, with "…" when there are more."""
    pieces = text.split()
    return " ".join(pieces[:words]) + ("…" if len(pieces) > words else "")


def stacked_question_turns(coded: list[CodedUtterance]) -> list[int]:
    """Coach turns holding two or more questions, in order: two utterances coded as
    questions, or one that asks two things in one sentence (:func:`questions_asked`:
    "What would you do, who would you tell, and when?"). An either/or asks one whether
    its halves share a sentence or not: "Is it the work? Or is it the people?" is one
    question, as "Is it the work, or is it the people?" is."""
    asked: Counter[int] = Counter()
    for c in coded:
        if c.utterance.role == "coach" and c.code in QUESTION_CODES:
            turn = c.utterance.turn
            asked[turn] += questions_asked(c.utterance.text, after_a_question=turn in asked)
    return sorted(turn for turn, n in asked.items() if n >= 2)


PLACE_WORDS = 5


def question_places(coded: list[CodedUtterance], turns: list[int]) -> list[Place]:
    """Each of ``turns`` (coach turns that ask questions) placed at its first question:
    that utterance's start, and the first PLACE_WORDS words from it on (of the coach's
    words in the turn), so that it can be found in a transcript that shows times, or one
    that does not. Not the turn's start: a turn that opens "Love it. A phone call, not a
    resignation letter." before its questions would point the coach to no question."""
    said: dict[int, list[CodedUtterance]] = {turn: [] for turn in turns}
    for c in coded:
        if c.utterance.turn in said and c.utterance.role == "coach":
            said[c.utterance.turn].append(c)
    places = []
    for turn in turns:
        if not said[turn]:
            continue
        asked = next((k for k, c in enumerate(said[turn]) if c.code in QUESTION_CODES), 0)
        first = said[turn][asked].utterance
        words = " ".join(c.utterance.text for c in said[turn][asked:])
        places.append(Place(turn, first.start, opening(words, PLACE_WORDS), first.index))
    return places


def silences(coded: list[CodedUtterance]) -> list[Gap] | None:
    """Gaps of SILENCE_SECONDS or more, and under BREAK_SECONDS, between the end of
    everything said so far and the next start; none across an utterance whose start or
    end is unknown, nor up to one after a part of the file that could not be read
    (see the module note). None when the transcript has no end times."""
    if not _has_end_times(coded):
        return None
    found = []
    for i, start, said_until, last in _starts_after_speech(
        (c.utterance for c in coded), ends_needed=True
    ):
        gap = round(start - said_until, 3)  # to the millisecond, as stamps are
        if SILENCE_SECONDS <= gap < BREAK_SECONDS:  # a longer one is a break
            found.append(Gap(i, said_until, round(gap, 1), last.role, coded[i + 1].utterance.role))
    return found


def _line_pauses(utterances: Sequence[Utterance]) -> dict[_Line, float]:
    """The seconds of the pauses inside each stamped line that has no end (:func:`_line`):
    where one sentence runs on over several lines of one speaker's, stamped only at their
    start, its utterance keeps the first line's stamp, and the time between those lines'
    stamps is a pause in its words (:class:`~coachconn.analysis.types.Pause`). One at its
    very start comes before it, not in it."""
    paused: dict[_Line, float] = {}
    for u in utterances:
        if u.end is None and u.start is not None:
            seconds = sum(p.seconds or 0.0 for p in u.pauses if p.at > 0)
            paused[_line(u)] = paused.get(_line(u), 0.0) + seconds
    return paused


def breaks(utterances: Sequence[Utterance]) -> list[Gap]:
    """Gaps of BREAK_SECONDS or more with nobody speaking (a break, or a paused
    recording), which the metrics count neither as silence nor as talk: from the end of
    everything said so far to the next start (:func:`break_before`), a line stamped only
    at its start lasting as long as its words take to say and the pauses between the
    lines it runs on over (:func:`_line_pauses`: "Long." at 00:04 and "I missed the
    deadline." at 01:40, one utterance, are said until after 01:40). None is measured
    across an utterance without a start, said at some time between the known ones around
    it (the lines between two stamps of a Google Meet export are talk, not a break), nor up
    to one after a part of the file that could not be read. The one rule for breaks: the
    parse warnings name these same gaps."""
    found: list[Gap] = []
    line_words: Counter[_Line] | None = None  # counted once, where a break could be
    line_pauses: dict[_Line, float] | None = None
    for i, start, said_until, last in _starts_after_speech(utterances, ends_needed=False):
        if start - said_until < BREAK_SECONDS:
            continue  # a line's words only shorten a gap: no need to count them
        words = 0
        if last.end is None and last.start is not None:  # a line stamped only at its start
            line_words = line_words if line_words is not None else _line_words(utterances)
            line_pauses = line_pauses if line_pauses is not None else _line_pauses(utterances)
            words = line_words[_line(last)]
            said_until += line_pauses[_line(last)]  # every such line has its entry
        if break_before(start, said_until, words):
            spoken = words / SPOKEN_WORDS_PER_SECOND
            found.append(Gap(i, said_until + spoken, round(start - said_until - spoken, 1)))
    return found


def _starts_after_speech(
    utterances: Iterable[Utterance], *, ends_needed: bool
) -> Iterator[tuple[int, float, float, Utterance]]:
    """``(i, start, said_until, last)`` for each utterance ``i + 1`` with a start where
    a gap before it can be measured: ``said_until`` is when everything said before it
    stops (each utterance's end, or its start where it has none), ``last`` the utterance
    that stops then. Nothing is given across an utterance said at an unknown time (without
    a start, or without an end where ``ends_needed``), nor up to one after a part of the
    file that could not be read. One walk over ``utterances``."""
    said_until = 0.0
    last: Utterance | None = None  # None until something is said at a known time
    unknown = False  # something said at an unknown time, or unread, since the last start
    for i, (a, b) in enumerate(pairwise(utterances)):
        if a.start is None or (ends_needed and a.end is None):
            unknown = True
        else:
            until = a.start if a.end is None else a.end
            if last is None or until >= said_until:
                said_until, last = until, a
        unknown = unknown or b.unread_before
        if b.start is None:
            continue
        across, unknown = unknown, False
        if last is not None and not across:
            yield i, b.start, said_until, last


def overlaps(coded: list[CodedUtterance]) -> list[Gap] | None:
    """Places where a speaker starts while another is still speaking (any earlier
    utterance of another speaker ends after this one starts), counted when they last
    0.05 s or more; None when the transcript has no end times."""
    if not _has_end_times(coded):
        return None
    said = [c.utterance for c in coded]
    found = []
    ends: dict[str, float] = {}  # speaker -> latest end so far
    for i, (a, b) in enumerate(pairwise(said)):
        if a.end is not None:
            ends[a.speaker] = max(ends.get(a.speaker, a.end), a.end)
        if b.start is None or b.end is None or _goes_on(a, b):
            continue  # a same speaker's speech going on is counted where it started
        others = [end for speaker, end in ends.items() if speaker != b.speaker]
        if others and b.start < max(others):
            seconds = round(min(max(others), _stretch_end(said, i + 1, b.end)) - b.start, 1)
            if seconds > 0:
                listening = b.end <= max(others) and _brief_words([b.text])
                found.append(Gap(i, b.start, seconds, back_channel=listening))
    return found


def _goes_on(a: Utterance, b: Utterance) -> bool:
    """``b`` continues ``a``'s speech: same speaker, starting when ``a`` ends or before."""
    return a.speaker == b.speaker and a.end is not None and b.start is not None and b.start <= a.end


def _stretch_end(said: list[Utterance], first: int, end: float) -> float:
    """The end of the stretch of speech that starts at ``said[first]`` (which ends at
    ``end``): the utterances of its speaker that go on from it without a gap."""
    k = first
    while k + 1 < len(said) and _goes_on(said[k], said[k + 1]) and said[k + 1].end is not None:
        k += 1
        end = max(end, said[k].end or end)
    return end


def _has_end_times(coded: list[CodedUtterance]) -> bool:
    return any(c.utterance.end is not None for c in coded)


# --- reference points --------------------------------------------------------


def reference_points(
    r2q: float | None,
    complex_pct: float | None,
    *,
    asked_and_reflected: int,
    reflected: int,
) -> dict[str, Any]:
    """The MITI 4.2.1 thresholds beside this session's values, with how many
    utterances each rests on (questions and reflections; reflections)."""
    ratio = _point(r2q, *MITI_REFLECTION_TO_QUESTION, rated_on=asked_and_reflected)
    share = _point(complex_pct, *MITI_PCT_COMPLEX_REFLECTIONS, rated_on=reflected)
    return {
        "source": MITI_SOURCE,
        "note": MITI_NOTE,
        "reflection_to_question": asdict(ratio),
        "pct_complex_reflections": asdict(share),
    }


def _point(value: float | None, fair: float, good: float, *, rated_on: int) -> ReferencePoint:
    if value is None or rated_on < MIN_RATED:
        band = None
        if value is not None:
            return ReferencePoint(value, fair, good, band, rated_on, too_few_to_place=True)
    elif value >= good:
        band = "good"
    elif value >= fair:
        band = "fair"
    else:
        band = "below fair"
    return ReferencePoint(value, fair, good, band, rated_on)
