"""Read transcript text into labelled pieces of speech.

Five layouts, told apart by content rather than file name:

* ``webvtt``: starts with ``WEBVTT``. Speakers as voice tags
  (``<v Ana Ruiz>text</v>``, Microsoft Teams, or a tag closed before the words,
  ``<v Ana Ruiz></v>text``) or ``Name: text`` in the cue (Zoom, Google Meet).
* ``srt``: numbered cues with ``00:00:01,000 --> 00:00:04,000`` timings.
* ``sbv``: cues headed by ``0:00:01.000,0:00:04.000`` timings (YouTube, Google
  Drive captions), speakers as ``Name: text`` in the cue.
* ``teams``: the text of Microsoft Teams' transcript document (.docx): cues as SRT's,
  without numbers, each with its speaker's name on a line of its own above the words
  (:func:`_name_lines`).
* ``text``: ``Name: text`` lines, each optionally stamped (``[hh:mm:ss]`` or
  ``[mm:ss]`` before the name, ``Name [mm:ss]:``, and the other ways of
  :func:`_read_text`). Such a stamp marks when the line starts; when it ends is unknown.

webvtt-py is not used: it silently drops cues with a broken timing line and
cannot say which line was dropped, keeps only whole seconds in
``start_in_seconds``, and does not read SRT or plain text; one reader for all
of them keeps the line numbers that warnings must name.

Lines that cannot be used are skipped and reported with their line number; a
file whose every timing is broken is refused.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace

from coachconn.analysis.metrics import format_clock
from coachconn.analysis.names import (
    TITLE_SEPARATORS,
    device_owner,
    fold,
    surname_first,
    without_title,
)
from coachconn.core.errors import InvalidInput, quoted

# How each format is named to people, in warnings and reports.
FORMAT_NAMES = {
    "webvtt": "WebVTT",
    "srt": "SRT",
    "sbv": "SBV",
    "text": "plain text",
    "teams": "Microsoft Teams document as text",
}

# hh:mm:ss.ttt (WebVTT) or hh:mm:ss,ttt (SRT); hours optional, fraction required. Minutes
# and seconds may have one digit, as Microsoft Teams' transcript document writes them
# ("0:0:3.120 --> 0:0:8.40"): the time is as plain.
_TS = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[.,](\d{1,3})"
# Anything that looks like a cue timing, even a broken one ("00:00:0x --> 00:00:3"): an
# arrow and a clock time on the line, in either order. Read from the line's start, once:
# read on from each arrow or time, a line of many took a time that grew with its square.
_TIMING_LIKE = re.compile(r"^(?=.*-->).*\d:\d\d")
# A whole line that is a cue timing, readable or not ("00:00:1 --> 00:00:3"),
# optionally followed by cue settings ("align:start").
_TIMING_LINE = re.compile(r"^\s*\d[\d:.,]*\s*-->\s*\d[\d:.,]*(?:\s+[^\s:]+:\S+)*\s*$")
_CUE_INDEX = re.compile(r"^\s*\d+\s*$")
_TIMING = re.compile(rf"^\s*{_TS}\s*-->\s*{_TS}(?:\s.*)?$")
# An SBV cue timing, "0:00:05.500,0:00:12.000": the same times, a comma between them.
_SBV_TS = r"(?:(\d{1,3}):)?(\d{2}):(\d{2})\.(\d{1,3})"
_SBV_TIMING = re.compile(rf"^\s*{_SBV_TS}\s*,\s*{_SBV_TS}\s*$")
# A whole line that is an SBV timing, readable or not ("0:00:5.00,0:00:09").
_SBV_TIMING_LINE = re.compile(r"^\s*\d[\d.]*:[\d:.]*\s*,\s*\d[\d:.]*\s*$")
# An SBV cue's line meant as its timing, readable or not ("0:00:0x.500,0:00:09").
_SBV_TIMING_LIKE = re.compile(r"^\s*\d+:[\w:.]*\s*,\s*[\w:.]*\s*$")


@dataclass(frozen=True, slots=True)
class _CueLayout:
    """How a cue file writes its timings."""

    timing: re.Pattern[str]  # a readable timing: start and end as four groups each
    alone: re.Pattern[str]  # a line that is a timing and nothing else, readable or not
    meant: re.Pattern[str]  # a line meant as a timing, readable or not


# A line meant as a cue timing, however broken: an arrow, or a clock time and something
# like an arrow after it ("00:00:5.00 -> 00:00:9", "00:00:05.000 — 00:00:09.000").
_ARROW_TIMING_LIKE = re.compile(r"-->|^\s*\d{1,3}:\d[\d:.,]*\s*(?:-+>?|[–—→]|=+>)")
_ARROWED = _CueLayout(_TIMING, _TIMING_LINE, _ARROW_TIMING_LIKE)
_CUE_LAYOUTS = {
    "webvtt": _ARROWED,
    "srt": _ARROWED,
    "sbv": _CueLayout(_SBV_TIMING, _SBV_TIMING_LINE, _SBV_TIMING_LIKE),
}
# A clock time as stamps write it: "12:05", "1:02:07", "00:00:05.5", and minutes past
# the hour without hours ("75:30", "100:00", as a tool that counts minutes writes a long
# session). Hours and such minutes have at most three digits: a longer number is not a
# time of this session.
_CLOCK = r"(?:\d{1,3}:)?\d{1,3}:\d{2}(?:\.\d+)?"
# "Ana Ruiz: text". A name is at most 6 words, the first starting with a letter
# of any script ("Émilie", "Łukasz", "王伟"), optionally followed by a short
# parenthetical ("(she/her)", "(Coach)") that is not part of the name, and by a stamp
# in square brackets ("Ana [00:33]: text", as some tools write it). The colon
# must be followed by white space or end the line, so "https://" and "10:30" are
# not names; a full-width colon ("王伟：你好") needs no space after it. Which
# candidates count as names is decided by :class:`_Labels`.
_LABEL = re.compile(
    r"^\s*(?P<label>(?P<name>[^\W\d_][\w.,'’-]*(?:[ \t]+(?:[-–—|][ \t]+)?[^\W_][\w.,'’-]*){0,5})"
    r"(?:[ \t]*\((?P<aside>[^()]{1,30})\))?(?:[ \t]*\((?P<aside2>[^()]{1,30})\))?"
    rf"(?:[ \t]*\[[ \t]*(?P<bracketed>{_CLOCK})[ \t]*\])?)"
    r"[ \t]*(?::(?=\s|$)|：)\s*(?P<words>.*)$"
)
# The title a display name may carry after a colon of its own, as a label's words open
# ("Priya Nair - Coach: ICF PCC: Welcome"): at most four words, then a colon.
_TITLE = re.compile(r"^([^\W\d_][\w.'’&/-]*(?:[ \t]+[\w.'’&/-]+){0,3})[ \t]*:(?=\s|$)")
# Lowercase words allowed inside a capitalised name ("Ana de la Cruz").
_PARTICLES = frozenset(
    {"de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "bin", "al", "el"}
)
# A lowercase label ("ana:", "ben ito:") is a name only when it is used this often.
_LOWERCASE_LABEL_USES = 2
_LOWERCASE_LABEL_WORDS = 3
# A voice tag may name nobody ("<v >text"): a speaker the tool could not identify. Its
# classes (".loud.first") and the space before the name are read once and never given
# back: a tag left open ("<v" and a run of dots or of spaces) was read every way the run
# splits, in a time that grew with its square, or doubled with each dot.
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?+(?:\s++([^<>]*+))?>(.*?)(?=</v>|<v[\s.>]|$)", re.DOTALL)
# A label with nothing before its colon (": text"), as a tool writes an unknown speaker.
_NAMELESS_LABEL = re.compile(r"^\s*[:：]\s*(.*)$")
# The same on a plain-text line, where the colon must be followed by white space or end
# the line, as a label's must (:data:`_LABEL`): ":)" or ":-/" is someone's words.
_NAMELESS_LINE = re.compile(r"^\s*(?::(?=\s|$)|：)\s*(.*)$")
# A pattern for bracketed text may not run past the next opening bracket: on text full of
# unclosed brackets that would make reading take time growing with the square of its
# length. A tag stops at one; a note (below) is a few words and a time, nothing else.
_TAG = re.compile(r"</?[^<>]*>")
# Notes of the transcriber, not speech: "[laughter]", "(laughs)", "[Music]", and with the
# time they were made at, as Rev writes them, "[inaudible 00:12:31]", "[crosstalk
# 00:01:02]". Known by their words, in square or round brackets alike: a note word
# ("inaudible", "laughs", "pause"…), perhaps one word before it ("both laugh", "long
# pause") and one after it ("laughs nervously", "overlapping speech"), and perhaps a time
# or a span of times. Anything else in brackets is speech: a spoken aside ("(I mean,
# really)") or an editor's words ("[I mean the budget]", "I told [my manager]"). White
# space is read once, never given back: "[inaudible" and a run of spaces was read every
# way the run splits among the parts that may follow, in a time that grew with its square.
_NOTE_WORDS = (
    r"(?:inaudible|unintelligible|indiscernible|unclear|cross-?talk|overlap\w*|laugh\w*|"
    r"chuckl\w*|giggl\w*|sigh\w*|paus\w*|silen(?:ce|t)|music|applause|nois(?:e|es)|static|"
    r"ring(?:s|ing)?|cr(?:y|ies|ying)|sob\w*|tear(?:s|ful)|cough\w*|sniff\w*|smil\w*|nod\w*|"
    r"foreign language|clears? (?:his |her |their )?throat)"
)
_NOTE_TIME = rf"[ \t]*+[,;@-]?[ \t]*+{_CLOCK}(?:[ \t]*+[-–][ \t]*+{_CLOCK})?"
_NOTE_BODY = rf"[ \t]*+(?:[a-z]+[ \t]++)?{_NOTE_WORDS}(?:[ \t]++[a-z]+)?(?:{_NOTE_TIME})?[ \t]*+"
_NOTE = re.compile(rf"\[{_NOTE_BODY}\]|\({_NOTE_BODY}\)", re.IGNORECASE)
# A note that marks a pause ("[pause]", "(long pause)", "[silence]"): not speech either,
# but the coach's to see, so it is kept as a pause at its place in the words (Piece.pauses)
# rather than dropped. While a file is read it stands in the text as PAUSE_MARK.
_PAUSE_NOTE = re.compile(r"paus|silen", re.IGNORECASE)
PAUSE_MARK = "\ue000"  # a private-use character: no file's words hold one
# A note of what a speaker does without words that tells the coach how they are
# (laughter, shared laughter, tears, a sigh) is kept too, at its place in the words
# (Piece.expressions), each kind standing in the text as a private-use character of its
# own while a file is read. The first pattern a note matches gives its kind.
EXPRESSION_MARKS = {
    "\ue001": "shared_laughter",
    "\ue002": "laughter",
    "\ue003": "tears",
    "\ue004": "sigh",
}
_EXPRESSION_NOTES = (
    (re.compile(r"\b(?:both|all|everyone|everybody)\b.*laugh|laugh\w* together", re.I), "\ue001"),
    (re.compile(r"laugh|chuckl|giggl", re.IGNORECASE), "\ue002"),
    (re.compile(r"\bcr(?:y|ies|ying)\b|\bsob|\btear", re.IGNORECASE), "\ue003"),
    (re.compile(r"sigh", re.IGNORECASE), "\ue004"),
)
_MARKS = PAUSE_MARK + "".join(EXPRESSION_MARKS)
# One of them in a piece: its offset in the text (as for a pause), its kind (a value of
# EXPRESSION_MARKS), and the time of the line it was marked on (None where unstamped, and
# until _take_marks gives it the time of its line).
Marked = tuple[int, str, float | None]
_ANY_MARK = re.compile(f"[{_MARKS}]")
# A stamp leading a line: "[00:12]", "[00:12:05]", or "(00:12)" as some tools write it.
_BRACKET = re.compile(r"^\s*(?:\[([^\]]*)\]|\((\d+:\d[\d:.]*)\))\s*(.*)$")
_BARE_STAMP = re.compile(rf"^\s*({_CLOCK})\s+(.*)$")
_STAMP = re.compile(r"^(?:(\d{1,3}):)?(\d{1,3}):(\d{2})(?:\.(\d+))?$")
# A transcriber's note leading a line: "[laughs]", "(crosstalk)", "[inaudible 00:12:31]".
_LEADING_NOTE = re.compile(rf"^\s*(?:{_NOTE.pattern})\s*", re.IGNORECASE)
# Any short bracketed words without a digit, leading a line: a note when a speaker label
# follows them ("[door slams] Ana: Sorry."), since they are not that speaker's words.
_LEADING_ASIDE = re.compile(r"^\s*(?:\[[^\[\]\d]{1,40}\]|\([^()\d]{1,30}\))\s*")


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of one speaker's words as found in the file.

    ``speaker`` is None for an unlabelled cue, which belongs to whoever spoke
    before it. ``line`` is the 1-based line where the piece starts. ``label`` is
    the ``Name:`` label as written when the speaker came from one (None for a
    voice tag or an unlabelled piece). ``start`` and ``end`` are None where unknown.
    ``unread_before``: part of the file just before the piece could not be read (a cue
    skipped for its timing with no words left, a block without a timing line), so what
    was said there, if anything, is unknown.
    """

    speaker: str | None
    text: str
    start: float | None
    end: float | None
    line: int
    label: str | None = None
    # The closing parenthetical of the speaker's label or voice tag, which is no part of
    # the name but may say the role: "Sam (Coach):", "<v Maria Lopez (Guest)>".
    aside: str = ""
    unread_before: bool = False
    # Where a transcriber marked a pause in the words ("[pause]", "(long pause)"): each
    # an offset in ``text`` (0: before its first word; len(text): after its last).
    pauses: tuple[int, ...] = ()
    # Where a transcriber marked laughter, tears or a sigh (:data:`Marked`).
    expressions: tuple[Marked, ...] = ()
    # The cue marks a speaker but names none (an empty voice tag "<v >", a label with
    # nothing before its colon): a person the meeting tool could not identify.
    nameless: bool = False
    # The reader knows the piece goes on with the speech before it (a one-off "Word:"
    # read as speech, and said so), so no warning need name it as unlabelled.
    continues: bool = False
    # The label opens a cue (on its first line of text): a tool that labels cues labels
    # the people speaking, so a name used once there is a third person, not speech.
    opens_cue: bool = False
    # A line or cue of another speaker's that held nothing but a pause came just before:
    # their silent turn, so the piece starts a turn of its own (:func:`_take_marks`).
    turn_break_before: bool = False


@dataclass(slots=True)
class Reading:
    """What a reader found: the pieces, the lines it had to skip (line, why), and
    notes on how it read doubtful lines."""

    format: str
    pieces: list[Piece] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The lines of the pieces that held nothing but a pause (:func:`_take_marks`).
    pause_only: list[int] = field(default_factory=list)
    # Laughter, tears or sighs on a line or cue without words, which is skipped as one
    # (no silence is measured across it): (its line, the speaker its label names or None,
    # what it marks), placed with the speaker's words by :func:`_take_marks`.
    alone: list[tuple[int, str | None, tuple[Marked, ...]]] = field(default_factory=list)
    # Plain text only: ``Name   0:03`` lines (Teams' and Otter's headings) not read as
    # speakers, as no name heads two of them (:attr:`_Labels.unread_headings`).
    unread_headings: int = 0


@dataclass(frozen=True, slots=True)
class _Label:
    """A speaker label found at the start of a line."""

    name: str  # the speaker, white space collapsed, without the parenthetical
    written: str  # the label as written, up to the colon
    words: str  # what follows the colon
    aside: str = ""  # the parenthetical ("she/her", "Coach"), if any
    clock: str = ""  # a stamp beside the name ("(00:03)", "[00:03]"), if any, unbracketed
    square: bool = False  # that stamp is in square brackets ("Kim [00:03]:")


# The heading of a list of who was there, never a speaker: "Attendees: Kim Park, Lee
# Ortiz" at the top of a copied meeting transcript, with or without the rest of a header.
# The one list both readers of such a heading go by: a label (:meth:`_Labels.match`) and
# a line of Google Meet's header (:func:`_lists_who_was_there`).
_WHO_WAS_THERE = frozenset({"attendees", "participants", "attendee list", "present"})


def _lists_who_was_there(line: str) -> bool:
    """Whether ``line`` heads a list of who was there (:data:`_WHO_WAS_THERE`): the
    heading alone ("Attendees", the names on the lines below) or before a colon, the names
    after it ("Present: Kim Park, Lee Ortiz"). Never a speaker: nobody is called
    "Attendees"."""
    heading = re.split("[:：]", line, maxsplit=1)[0]
    return fold(heading) in _WHO_WAS_THERE


class _Labels:
    """Tells speaker labels from other ``Word: text`` lines.

    Two passes: every candidate label in the file is counted first, so a
    lowercase label ("ana:") is taken for a name only when it is used at least
    twice, while a capitalised one ("Ana Ruiz:", "Émilie:", "王伟:") always is.
    """

    def __init__(self, lines: list[str]) -> None:
        self._uses: Counter[str] = Counter()
        self._read: dict[str, bool] = {}  # :meth:`_reads_as_name`, by label
        headings: Counter[str] = Counter()
        asides: Counter[str] = Counter()
        named: list[str] = []  # the names of the headings, as written
        labelled: Counter[str] = Counter()  # lines opening with each label (no heading)
        titled: Counter[tuple[str, str]] = Counter()  # (label, the title its words open with)
        for line in lines:
            heading = _SPEAKER_STAMP.match(line)
            if heading:
                name = fold(heading["name"])
                headings[name] += 1
                self._uses[name] += 1  # "Okafor, Ada" heading twice
                named.append(heading["name"])
                continue
            found = _LABEL.match(_without_stamps(line))
            if found:
                name = fold(found["name"])
                self._uses[name] += 1
                labelled[name] += 1
                title = _TITLE.match(found["words"] or "")
                if title and title[1][0].isupper():
                    titled[name, title[1]] += 1
                if _asides(found)[1]:
                    asides[name] += 1
        # Otter's "Name  0:12" headings count as a layout only when some name comes with
        # one twice or more, so that a title line ("Coaching Session  14:00") is not read
        # as one; "Name (0:12):" labels, see :meth:`stamped`.
        self.stamped_headings = any(n >= 2 for n in headings.values())
        # "Priya Nair - Coach: ICF PCC: Welcome": a display name with a colon in it, where
        # every line (two or more) of a label opens with the same title and a colon.
        self._titles = {
            name: title
            for (name, title), n in titled.items()
            if n >= _LOWERCASE_LABEL_USES and n == labelled[name]
        }
        self._stamped_asides = any(n >= 2 for n in asides.values())
        # Headings left unread for that, each of a name: a short Teams transcript's, which
        # a refusal names (parse._no_speakers) rather than read a title as a speaker.
        self.unread_headings = 0 if self.stamped_headings else sum(map(self.is_name, named))

    def stamped(self, label: _Label) -> bool:
        """Whether the stamp beside ``label`` is a time: one in square brackets ("Kim
        [00:03]:") always, as a leading "[00:03] Kim:" is; one in round brackets ("Kim
        (00:03):") where some name comes with one twice or more (the file's layout), so
        that a note ("Note (12:00): call Sam.") is not read as a stamped speaker. A heading
        word's never is."""
        if not label.clock or fold(label.name) in _HEADING_WORDS:
            return False
        return label.square or self._stamped_asides

    def match(self, line: str) -> _Label | None:
        found = _LABEL.match(line)
        if found is None:
            return None
        name = _clean_name(found["name"])
        if not self._reads_as_name(name):
            return None
        aside, clock = _asides(found)
        square = found["bracketed"] is not None
        words, written = found["words"] or "", found["label"]
        title = _TITLE.match(words) if fold(found["name"]) in self._titles else None
        if title and title[1] == self._titles[fold(found["name"])]:
            name = f"{name}: {title[1]}"
            written = line[found.start("label") : found.start("words") + title.end(1)]
            words = words[title.end() :].lstrip()
        return _Label(name, written, words, aside, clock, square)

    def is_name(self, name: str) -> bool:
        """Whether ``name`` (as written before a colon or a stamp) reads as a name."""
        return self._reads_as_name(_clean_name(name))

    def _reads_as_name(self, name: str) -> bool:
        """:meth:`_is_name` of a label as cleaned (:func:`_clean_name`), read once for
        each label: a session's lines open on the same few, thousands of times."""
        known = self._read.get(name)
        if known is None:
            known = self._read[name] = self._is_name(name.split(" "))
        return known

    def _is_name(self, words: list[str]) -> bool:
        if not words[0]:
            return False  # nothing but white space (or marks _clean_name drops)
        if fold(" ".join(words)) in _WHO_WAS_THERE:
            return False  # "Attendees: Kim Park, Lee Ortiz" lists the speakers
        used = self._uses[fold(" ".join(words))] >= _LOWERCASE_LABEL_USES
        bare = without_title(" ".join(words)).split(" ")
        if bare != words:
            # "Priya Nair - Coach:", "Priya Nair, PCC:": a display name and a title, when it
            # recurs; "Monday - Friday:" once, or "So - Dave:", is speech.
            return (
                used
                and fold(bare[0]) not in _SPEECH_OPENERS
                and not any(w in TITLE_SEPARATORS or "," in w for w in bare)
                and self._is_name(bare)
            )
        if any("," in w for w in words):
            # "Raman, Priya:" is a name when it recurs and every part is capitalised;
            # "So, Mum:" and "Okay, Sam:" stay speech however often they come.
            return used and _surname_first(words)
        if not words[0][0].islower():
            if all(not w[0].islower() or w in _PARTICLES for w in words[1:]):
                return True
            # "Priya's iPhone:", "Priya on phone:": someone's device, as a meeting tool
            # labels a person who rejoins from it, when it recurs.
            return used and _device_label(words)
        return len(words) <= _LOWERCASE_LABEL_WORDS and all(w[0].islower() for w in words) and used


def _asides(found: re.Match[str]) -> tuple[str, str]:
    """A label's parentheticals as (the one that is not a stamp, the one that is):
    "Sam (Coach) (00:05):" has both; a stamp in square brackets ("Sam [00:05]:") is
    always a stamp."""
    aside, clock = "", ""
    for part in (found["bracketed"], found["aside"], found["aside2"]):
        if part and _STAMP_ALONE.match(part):
            clock = clock or part
        elif part:
            aside = aside or part
    return aside, clock


# Words that open a sentence, not a name, in the labels read only when they recur:
# "So, Mum:", "Then, Dave:", "I on phone:".
_SPEECH_OPENERS = frozenset(
    [
        "and",
        "but",
        "so",
        "then",
        "well",
        "okay",
        "ok",
        "oh",
        "yes",
        "yeah",
        "no",
        "thing",
        "because",
        "when",
        "if",
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "it",
        "my",
        "his",
        "her",
        "our",
        "their",
        "this",
        "that",
        "what",
    ]
)


def _surname_first(words: list[str]) -> bool:
    """``Raman, Priya`` (:func:`~coachconn.analysis.names.surname_first`): at most three
    words, each capitalised, the first no word that opens a sentence ("So, Mum")."""
    listed = surname_first(" ".join(words))
    return (
        listed is not None
        and len(words) <= 3
        and all(w[0].isupper() for w in words)
        and fold(listed[1].split(" ")[0]) not in _SPEECH_OPENERS
    )


def _device_label(words: list[str]) -> bool:
    """``Priya's iPhone``, ``Priya on phone`` (:func:`~coachconn.analysis.names.device_owner`):
    at most _LOWERCASE_LABEL_WORDS words, the owner's first no word that opens a sentence
    ("His phone", "This laptop")."""
    owner = device_owner(" ".join(words))
    return (
        owner is not None
        and len(words) <= _LOWERCASE_LABEL_WORDS
        and fold(owner.split(" ")[0]) not in _SPEECH_OPENERS
    )


def _without_stamps(line: str) -> str:
    """``line`` without leading notes and time stamps, valid or not (for counting)."""
    line = _strip_notes(line)
    stamp = _BRACKET.match(line) or _BARE_STAMP.match(line)
    return _strip_notes(stamp.groups()[-1]) if stamp else line  # the words after it


def _strip_notes(line: str) -> str:
    """``line`` without the transcriber's notes that lead it ("[laughs] Ana: ...",
    :data:`_NOTE`), and without any other bracketed words before a speaker label
    ("[door slams] Ana: ..."); bracketed words before speech stay ("[I mean the budget]
    was wrong"). A pause, laughter, tears or a sigh among them ("[pause]", "[laughs]", or
    the mark standing for one) is kept, as a mark before the words: after the label where
    one follows ("[pause] Ana: Well." reads "Ana: <mark> Well.")."""
    kept: list[str] = []
    while True:
        rest = line.lstrip()
        if rest[:1] and rest[0] in _MARKS:
            line = rest[1:]
            kept.append(rest[0])
            continue
        note = _LEADING_NOTE.match(line)
        if note is None or not note.group():
            aside = _LEADING_ASIDE.match(line)
            if aside is None or not _LABEL.match(line[aside.end() :]):
                break
            note = aside
        mark = _note_mark(note.group())
        if mark:
            kept.append(mark)
        line = line[note.end() :]
    if not kept:
        return line
    marks = " ".join(kept)
    label = _LABEL.match(line)
    if label is None:
        return f"{marks} {line}"
    at = label.start("words")
    return f"{line[:at]}{marks} {line[at:]}"


def detect_format(text: str) -> str:
    """``webvtt``, ``srt``, ``sbv`` or ``text``, from the first lines of ``text``.

    SRT needs a line that is a cue timing and nothing else, or a cue number
    followed by a line that looks like a timing (a broken one) and is not a
    ``Name:`` line; an arrow and a clock time in speech ("draft --> send by
    9:30") do not make a file SRT. SBV needs a line that is an SBV timing and
    nothing else.
    """
    first = text.lstrip("\ufeff \t\n").split("\n", 1)[0]
    if first.startswith("WEBVTT"):
        return "webvtt"
    head = text.split("\n", 60)[:60]
    if any(_SBV_TIMING.match(line) for line in head):
        return "sbv"
    if any(_TIMING_LINE.match(line) for line in head):
        return "srt"
    for index, timing in itertools.pairwise(head):
        if _CUE_INDEX.match(index) and _TIMING_LIKE.search(timing) and not _LABEL.match(timing):
            return "srt"
    return "text"


# A speaker label in square brackets, as WhisperX writes the speakers it tells apart
# without knowing their names, in its SRT, WebVTT and text files alike ("[SPEAKER_00]:
# text"): the name starts with a letter and holds no bracket or colon, so a stamp
# ("[00:12]: ...") or a note with its time ("[crosstalk 00:01:02]") is none.
_BRACKETED_LABEL = re.compile(
    r"^([ \t]*+)\[([^\W\d_][^\[\]:\n]{0,58})\][ \t]*+(?=[:：](?:[ \t]|$))", re.MULTILINE
)


def _unbracketed_labels(text: str) -> str:
    """``text`` with each ``[Name]:`` that opens a line written ``Name:``, where some name
    opens two lines or more so (a tool's labels, not a one-off "[Aside]: ..."), and the
    name is no transcriber's note ("[laughs]: ...") or heading ("[Note]: ..."): the label
    is then read as any other is."""
    if "[" not in text:
        return text
    uses = Counter(found[2] for found in _BRACKETED_LABEL.finditer(text))
    labels = {
        name
        for name in uses
        if not _NOTE.fullmatch(f"[{name}]") and fold(name) not in _HEADING_WORDS
    }
    if not any(uses[name] >= 2 for name in labels):
        return text
    return _BRACKETED_LABEL.sub(
        lambda found: f"{found[1]}{found[2]}" if found[2] in labels else found[0], text
    )


def read_pieces(text: str) -> Reading:
    """Pieces of speech in ``text`` (already decoded, ``\\n`` line ends).

    Raises InvalidInput (field ``transcript``) when the file has timing lines
    and not one of them can be read.
    """
    text = _ANY_MARK.sub(" ", text)  # the file's own, were there any, mark nothing
    text = _unbracketed_labels(text)
    kind = detect_format(text)
    reading = _read_text(text) if kind == "text" else _read_cues(text, kind)
    _read_one_off_labels_as_speech(reading)
    _take_marks(reading)
    return reading


def _take_marks(reading: Reading) -> None:
    """The transcriber's marks out of each piece's words: its pauses (PAUSE_MARK) kept as its
    ``pauses``, its laughter, tears and sighs (EXPRESSION_MARKS) as its ``expressions``.

    A piece that holds nothing but pauses ("Ben: [pause]", a line "[long pause]") is no
    one's speech: it goes (its line kept in ``reading.pause_only``), and the turns read
    are those of the file without it, but for one thing: a speaker's pause between two
    pieces of someone else stands for their silent turn, so the piece after it starts a
    turn of its own (``turn_break_before``) and one speaker's words on either side are
    not one turn. Its pauses go to the words of the speaker who paused, at the end of
    their piece just before or the start of their piece just after; where they said
    nothing on either side, or the line names nobody, they are the silence between the
    turns and stand before the next piece's words (at the end of the file, after the last
    piece's). A cue with a start and an end is not kept as a mark where a piece follows
    it: the gap between the cues around it measures it as the silence it is. Laughter,
    tears or a sigh on a line without words ("Ben: [crying]"), which the reader skipped as
    such and set aside (``reading.alone``), go with the words of the one who laughed,
    cried or sighed (see ``waiting`` below).
    """
    kept: list[Piece] = []
    carried = 0  # pauses to stand before the next piece's words
    carried_by: str | None = None  # who paused, where a label said
    # Laughter, tears or a sigh without words go with the words of whoever the line
    # names: their piece just before, else their next piece with words (else their last
    # one); an unlabelled line's with the piece before it.
    waiting: dict[str | None, list[tuple[str, float | None, int]]] = {}

    def place(
        speaker: str | None, marked: tuple[Marked, ...], start: float | None, line: int
    ) -> None:
        if not marked:
            return
        who = None if speaker is None else fold(speaker)
        before = kept[-1] if kept else None
        kinds = [(kind, start if own is None else own, line) for _, kind, own in marked]
        if before is not None and _spoken_by(before, who):
            ending = tuple((len(before.text), kind, when) for kind, when, _ in kinds)
            kept[-1] = replace(before, expressions=before.expressions + ending)
        else:
            waiting.setdefault(who, []).extend(kinds)

    alone = sorted(reading.alone, key=lambda item: item[0])
    next_alone = 0
    pieces = reading.pieces
    for n, piece in enumerate(pieces):
        while next_alone < len(alone) and alone[next_alone][0] < piece.line:
            line, speaker, marked = alone[next_alone]
            place(speaker, marked, None, line)
            next_alone += 1
        text, pauses, expressions = _unmarked(piece.text)
        if not text:
            reading.pause_only.append(piece.line)
            place(piece.speaker, expressions, piece.start, piece.line)
            timed = piece.start is not None and piece.end is not None and n + 1 < len(pieces)
            who = None if piece.speaker is None else fold(piece.speaker)
            before = kept[-1] if kept else None
            if who is not None and before is not None and fold(before.speaker or "") == who:
                if not timed:  # the speaker's own pause, after their words
                    end = (len(before.text),) * len(pauses)
                    kept[-1] = replace(before, pauses=before.pauses + end)
                continue
            if who is not None:
                carried_by = who
            if not timed:
                carried += len(pauses)
            continue
        if carried_by is not None and kept and fold(kept[-1].speaker or "") != carried_by:
            # The pause of someone other than the speaker before: their silent turn.
            piece = replace(piece, turn_break_before=True)
        if carried or pauses:
            piece = replace(piece, text=text, pauses=(0,) * carried + pauses)
        own = waiting.pop(None, []) + waiting.pop(fold(piece.speaker or ""), [])
        if own or expressions:
            led = tuple((0, kind, start) for kind, start, _ in own)
            # marked among the words: timed by where they stand in the words (Clock)
            among = tuple((at, kind, None) for at, kind, _ in expressions)
            piece = replace(piece, text=text, expressions=led + among)
        carried, carried_by = 0, None
        kept.append(piece)
    if carried and kept:
        last = kept[-1]
        kept[-1] = replace(last, pauses=last.pauses + (len(last.text),) * carried)
    for line, speaker, marked in alone[next_alone:]:
        place(speaker, marked, None, line)
    for who, waited in waiting.items():
        # no words of theirs after the line: their last piece, where they spoke at all
        k = next((k for k in range(len(kept) - 1, -1, -1) if _spoken_by(kept[k], who)), None)
        if k is None:  # someone who says nothing at all: nowhere to show it, so say so
            reading.skipped += [(line, EXPRESSION_WITHOUT_WORDS) for _, _, line in waited]
            continue
        piece = kept[k]
        ending = tuple((len(piece.text), kind, start) for kind, start, _ in waited)
        kept[k] = replace(piece, expressions=piece.expressions + ending)
    reading.pieces = kept


# Why laughter, tears or a sigh are not shown: whoever the line names says nothing
# (another person in the room, a mistyped label); a warning says it in these words.
EXPRESSION_WITHOUT_WORDS = (
    "only laughter, tears or a sigh, of someone who says nothing in the file: not shown"
)


def _spoken_by(piece: Piece, who: str | None) -> bool:
    return who is None or fold(piece.speaker or "") == who


def _unmarked(text: str) -> tuple[str, tuple[int, ...], tuple[Marked, ...]]:
    """``text`` without its marks, spaces collapsed; where each pause mark was (the
    offset of the word after it, or the end of the text), and where each laughter,
    tears or sigh mark was, with its kind (the offset just after the word before it, or
    0: it goes with what was said before it)."""
    if not _ANY_MARK.search(text):
        return text, (), ()
    said: list[str] = []
    at: list[int] = []
    expressions: list[Marked] = []
    length = 0
    for word in _ANY_MARK.sub(lambda mark: f" {mark[0]} ", text).split():
        if word == PAUSE_MARK:
            at.append(length + 1 if said else 0)
            continue
        if word in EXPRESSION_MARKS:
            expressions.append((length, EXPRESSION_MARKS[word], None))
            continue
        length += len(word) + (1 if said else 0)
        said.append(word)
    joined = " ".join(said)
    return joined, tuple(min(a, len(joined)) for a in at), tuple(expressions)


# Words that head a line in notes and recaps ("Note: you call Sam."), never names.
_HEADING_WORDS = frozenset(
    {
        "note", "notes", "action", "actions", "todo", "to-do", "update", "step",
        "example", "summary", "agenda", "reminder", "tip", "goal", "goals", "outcome",
        "homework", "task", "tasks", "decision", "decisions", "idea", "ideas", "item",
        "items", "recap",
    }
)  # fmt: skip


def _read_one_off_labels_as_speech(reading: Reading) -> None:
    """A ``Word:`` label used once ("Goal: finish it by Friday."), or a heading word
    used as a label however often ("Note: you call Sam."), in a file whose other
    speakers each have several turns, is speech of whoever is talking, not a new
    speaker: the piece is given back its label and joins the turn before it, with a
    note naming its line. A name used once is kept as a speaker when fewer than two
    speakers have several turns (a short session, or a third person who speaks once
    among speakers who barely alternate); a heading word never is. A voice tag is
    never a phrase of speech, nor is a name on a plain-text line with its own stamp
    ("[00:12] Ben: ..."): a tool that stamps lines stamps turns; nor a name that opens
    a cue ("Kate Osei: Sorry, wrong meeting." as a cue of its own), which is someone
    who joined briefly, unless it opens a sentence ("So: ...") rather than names anyone.
    """
    labelled = [p for p in reading.pieces if p.speaker is not None]
    uses = Counter(fold(p.speaker) for p in labelled if p.speaker is not None)
    headings = {name for name in uses if name in _HEADING_WORDS}
    once = {name for name, n in uses.items() if n == 1} | headings
    if not once:
        return
    turns: Counter[str] = Counter()
    previous = None
    for piece in labelled:
        name = fold(piece.speaker or "")
        if name not in once and name != previous:
            turns[name] += 1
            previous = name
    if len(turns) < 2 or min(turns.values()) < 2:
        once = headings  # too little talk to judge one-off names; headings stay speech
        if not once:
            return
    talking: str | None = None
    for i, piece in enumerate(reading.pieces):
        name = fold(piece.speaker or "")
        stamped_turn = (reading.format == "text" and piece.start is not None) or (
            piece.opens_cue and name.split(" ")[0] not in _SPEECH_OPENERS
        )
        one_off = piece.speaker is not None and name in once
        one_off = one_off and (name in headings or not stamped_turn)
        if (
            one_off
            and piece.label is not None
            and talking is None
            and fold(piece.speaker or "") in headings
        ):
            # A heading before anyone speaks ("Note: recorded with consent.") is nobody's:
            # without a speaker the piece is skipped, and the skip is named.
            reading.pieces[i] = replace(piece, speaker=None, label=None, aside="")
            continue
        if one_off and piece.label is not None and talking is not None:
            text = f"{piece.label}: {piece.text}".strip()
            reading.pieces[i] = replace(
                piece, speaker=None, text=text, label=None, aside="", continues=True
            )
            why = (
                "is used only once"
                if uses[fold(piece.speaker or "")] == 1
                else "is a heading word, not a name"
            )
            reading.notes.append(
                f"line {piece.line}: {quoted(piece.label + ':')} {why}, "
                f"so it is read as part of {talking}'s speech, not as a speaker"
            )
            continue
        if piece.speaker is not None:
            talking = piece.speaker


@dataclass(slots=True)
class _Timings:
    """The timings (cue timings or time stamps) met in a file, so that a file whose
    every timing is broken can be refused."""

    kind: str  # what they are called in the refusal: "cue timings", "time stamps"
    seen: int = 0
    broken: int = 0
    first_broken: str = ""

    def count_malformed(self, number: int, line: str) -> None:
        """Count the unreadable timing on 1-based line ``number``."""
        self.seen += 1
        self.broken += 1
        self.first_broken = self.first_broken or f"line {number}: {quoted(line.strip())}"

    def skip_malformed(
        self, reading: Reading, number: int, line: str, why: str = "malformed timestamp"
    ) -> None:
        """Count the unreadable timing on 1-based line ``number`` and skip that line."""
        self.count_malformed(number, line)
        reading.skipped.append((number, why))

    def refuse_if_none_read(self) -> None:
        """Raise InvalidInput (field ``transcript``) when not one timing could be read."""
        if self.seen and self.broken == self.seen:
            raise InvalidInput(
                field="transcript",
                reason=f"malformed timestamps: none of the {self.seen} {self.kind} can be read "
                f"(first at {self.first_broken})",
            )


# --- cue files (WebVTT, SRT) -------------------------------------------------


def _blocks(lines: list[str], layout: _CueLayout) -> list[tuple[int, list[str]]]:
    """Groups of non-blank lines with the 1-based number of their first line.

    A blank line ends a group; so does a line that is a cue timing when the group
    already has one or is the file header or a note (exports that leave out the blank
    line between cues). A bare cue number just above such a timing goes with it.
    """
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            current = []
            continue
        if current and layout.alone.match(line) and _holds_a_cue_or_header(current, layout):
            carried = [current.pop()] if len(current) > 1 and _CUE_INDEX.match(current[-1]) else []
            current = carried
            blocks.append((number - len(carried), current))
        elif not current:
            blocks.append((number, current))
        current.append(line)
    return blocks


def _holds_a_cue_or_header(block: list[str], layout: _CueLayout) -> bool:
    return _is_metadata(block) or any(layout.alone.match(line) for line in block)


# Why a cue that holds no words is skipped: a warning says it in these words.
WORDLESS_CUE = (
    "a cue without words, only a note such as [inaudible] or (laughs), or nothing: "
    "counted neither as silence nor as talk"
)


def _read_cues(text: str, kind: str) -> Reading:
    """The cues of a WebVTT, SRT or SBV file. A cue whose timing cannot be read keeps its
    words, without a time, as a plain-text line with a broken stamp does. A cue with no
    words (empty, or only a transcriber's note: "[inaudible]", "(laughs)"), whatever its
    timing, and a block without a timing line, are skipped and named, and the piece read
    next is marked ``unread_before``: something was said or heard there, so no silence
    or break is measured across it, and a laugh is no one's talk time either."""
    reading = Reading(format=kind)
    labels = _Labels([_clean_text(line) for line in text.split("\n")])
    timings = _Timings("cue timings")
    layout = _CUE_LAYOUTS[kind]
    untimed: dict[str, list[int]] = {}  # why the timing cannot be read -> its lines
    unread = False  # something was skipped since the last piece
    blocks = _blocks(text.split("\n"), layout)
    names = _name_lines(blocks, layout, labels)
    if names:
        reading.format = "teams"
    for number, block in blocks:
        if _is_metadata(block):
            continue
        at = _timing_at(block, layout)
        if at is None:
            reading.skipped.append((number, "no timing line"))
            unread = True
            continue
        times = parse_timing(block[at], layout.timing)
        found = _cue_pieces(block[at + 1 :], times, number + at + 1, labels, names)
        pieces = [piece for piece in found if not _set_aside(reading, piece)]
        if found and not pieces and times is not None:
            # Laughter, tears or a sigh alone: set aside, and no silence, as below; shown
            # with the speaker's words, so nothing is missing to warn of.
            unread = True
            continue
        if times is None:
            why = _timing_fault(block[at], layout.timing)
            timings.count_malformed(number + at, block[at])
            if not pieces:
                reading.skipped.append((number + at, why))
                unread = True
                continue
            untimed.setdefault(why, []).append(number + at)
        else:
            timings.seen += 1
            if not pieces:
                # "[inaudible]", "(laughs)", or nothing: someone spoke or made a sound there,
                # so the span is no silence; whose words, if any, is unknown.
                reading.skipped.append((number + at, WORDLESS_CUE))
                unread = True
                continue
        if pieces and unread and reading.pieces:
            pieces[0] = replace(pieces[0], unread_before=True)
        unread = unread and not pieces
        reading.pieces.extend(pieces)
    timings.refuse_if_none_read()
    reading.notes += [
        f"{listed_lines(lines)}: cue timing could not be read ({why}); the words are kept, "
        "without a time"
        for why, lines in untimed.items()
    ]
    restart = _restart(reading.pieces)
    if restart is not None:
        line, start = reading.pieces[restart].line, reading.pieces[restart].start
        reading.pieces[restart:] = [
            replace(piece, start=None, end=None) for piece in reading.pieces[restart:]
        ]
        reading.notes.append(
            f"line {line}: the timing starts again from {format_clock(start)} (two recordings "
            "joined?); the cues from there on are kept without a time, so no talk time, "
            "silence or overlap is measured in them (each recording can be analysed as a "
            "file of its own)"
        )
    backwards = _backwards(reading.pieces)
    if backwards:
        reading.notes.append(
            f"timing goes backwards at {listed_lines(backwards)} (a cue starts before the "
            "one above it, or before the same speaker's previous cue ends); kept in file "
            "order, so times, silences and overlaps there may be wrong"
        )
    return reading


def _timing_at(block: list[str], layout: _CueLayout) -> int | None:
    """Where a cue's timing line is: its first line, or its second after a cue number or
    identifier; None for a block without one."""
    return next((i for i, line in enumerate(block[:2]) if layout.meant.search(line)), None)


# A line that may name the speaker of the cue's words below it, on a line of its own: a
# name, perhaps with a parenthetical ("Ana Ruiz (Guest)"), and no sentence's end.
_NAME_LINE = re.compile(r"^[^\W\d_][^:：?!…]{0,80}$")
# The share of a file's cues that must open with a speaker's name on a line of its own
# for the file to be read that way.
_NAME_LINES_SHARE = 0.8


def _name_lines(
    blocks: list[tuple[int, list[str]]], layout: _CueLayout, labels: _Labels
) -> dict[str, _Label]:
    """The lines that name the speaker on a line of their own above a cue's words, as
    Microsoft Teams' transcript document writes them ("0:0:3.120 --> 0:0:8.40", then "Ana
    Ruiz", then what she said), each with the speaker it names; none unless that is the
    file's layout: nearly every cue (_NAME_LINES_SHARE) has words below a line that
    reads as a name (:meth:`_Labels.match`, a colon aside) and opens another cue too. A
    caption that happens to open with a short line ("Okay", then the words) is no such
    file."""
    firsts: Counter[str] = Counter()  # a speaker (folded) -> the cues their name opens
    found: dict[str, _Label] = {}
    cues = 0
    for _, block in blocks:
        at = None if _is_metadata(block) else _timing_at(block, layout)
        said = [] if at is None else [line for line in block[at + 1 :] if line.strip()]
        cues += bool(said)
        line = _clean_text(said[0]) if len(said) > 1 else ""
        if line in found or (_NAME_LINE.match(line) and not line.endswith((".", ","))):
            label = found.get(line) or labels.match(f"{line}:")
            if label is not None and not label.words:
                found[line] = label
                firsts[fold(label.name)] += 1
    named = {line: label for line, label in found.items() if firsts[fold(label.name)] > 1}
    speakers = {fold(label.name) for label in named.values()}
    if not cues or sum(firsts[name] for name in speakers) < _NAME_LINES_SHARE * cues:
        return {}
    return named


# Exports often let one speaker's cues overlap by a few frames; that is not a fault.
_TIMING_SLACK = 0.5


# A jump back by this much or more to a time under it, where the next time goes on from
# there too, is the clock starting again (two recordings joined in one file), not a
# line or cue out of order.
_RESTART_JUMP = 30.0


def _restarts(latest: float, start: float) -> bool:
    """Whether a line or cue at ``start``, after times up to ``latest``, may start the
    clock again (the next time must bear it out)."""
    return start < _RESTART_JUMP and latest - start >= _RESTART_JUMP


def _restart(pieces: list[Piece]) -> int | None:
    """The index of the piece where the timing starts again (:func:`_restarts`, with the
    next timed piece before the latest time too), if any."""
    timed = [(i, piece.start) for i, piece in enumerate(pieces) if piece.start is not None]
    latest = 0.0
    for (i, start), (_, after) in itertools.pairwise(timed):
        if _restarts(latest, start) and after < latest:
            return i
        latest = max(latest, start)
    return None


def _backwards(pieces: list[Piece]) -> list[int]:
    """Lines of the pieces whose timing cannot follow the piece before: a start before
    an earlier start, or more than _TIMING_SLACK before the end of the same speaker's
    piece just before."""
    lines: list[int] = []
    latest_start = 0.0
    previous: Piece | None = None
    for piece in pieces:
        if piece.start is None:
            continue
        same_speaker = previous is not None and piece.speaker in (None, previous.speaker)
        ends_later = (
            previous is not None
            and previous.end is not None
            and piece.start < previous.end - _TIMING_SLACK
        )
        if piece.start < latest_start or (same_speaker and ends_later):
            lines.append(piece.line)
        latest_start = max(latest_start, piece.start)
        previous = piece
    return lines


def _timing_fault(line: str, timing: re.Pattern[str] = _TIMING) -> str:
    """What is wrong with a cue timing line that :func:`parse_timing` refused."""
    match = timing.match(line)
    if match is None:
        return "malformed timestamp"
    groups = match.groups()
    if any(int(part) >= 60 for part in (groups[1], groups[2], groups[5], groups[6])):
        return "timestamp minutes or seconds over 59"
    return "cue ends before it starts"


def _is_metadata(block: list[str]) -> bool:
    head = block[0].strip()
    return head.startswith(("WEBVTT", "NOTE")) or head in ("STYLE", "REGION")


def parse_timing(line: str, timing: re.Pattern[str] = _TIMING) -> tuple[float, float] | None:
    """(start, end) seconds of a cue timing line, or None when it is malformed.

    ``timing`` is how the file writes timings (WebVTT's and SRT's arrow by default).
    Minutes and seconds must be below 60, and the end must not precede the start.
    """
    match = timing.match(line)
    if match is None:
        return None
    groups = match.groups()
    if any(int(part) >= 60 for part in (groups[1], groups[2], groups[5], groups[6])):
        return None  # minutes or seconds out of range
    start = _seconds(*groups[:4])
    end = _seconds(*groups[4:])
    if end < start:
        return None
    return start, end


def _seconds(hours: str | None, minutes: str, seconds: str, fraction: str | None) -> float:
    """Seconds of a time read as its parts (``fraction`` the digits after the point),
    rounded to milliseconds; the parts' ranges are the caller's to check."""
    total = float(int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds))
    if fraction:
        total += int(fraction) / 10 ** len(fraction)
    return round(total, 3)


def _cue_pieces(
    text_lines: list[str],
    times: tuple[float, float] | None,
    line: int,
    labels: _Labels,
    names: dict[str, _Label],
) -> list[Piece]:
    """Pieces of one cue; the cue's time is shared by characters when it holds several,
    and unknown for each when ``times`` is None (a timing that cannot be read). ``names``:
    the lines that name the speaker of the words below them (:func:`_name_lines`)."""
    raw = "\n".join(text_lines)
    said = [text for text in text_lines if text.strip()]
    named = names.get(_clean_text(said[0])) if len(said) > 1 else None
    # Text with "<v" in it but no voice tag that reads ("<v <b>Ana</b>>", "<vague>") is
    # read as cue text, its markup dropped, rather than lost.
    if named is not None:
        parts = _named_parts(named, said[1:], labels)
        line += text_lines.index(said[0])
    else:
        parts = (_voice_parts(raw) if "<v" in raw else []) or _label_parts(text_lines, labels)
    parts = [part for part in parts if part.words]
    total = sum(len(part.words) for part in parts) or 1
    pieces: list[Piece] = []
    done = 0
    for part in parts:
        start, end = _share(times, done, done + len(part.words), total)
        done += len(part.words)
        pieces.append(
            Piece(
                part.speaker,
                part.words,
                start,
                end,
                line + part.offset,
                part.label,
                part.aside,
                nameless=part.nameless,
                opens_cue=part.offset == 0 and part.label is not None,
            )
        )
    return pieces


def _share(
    times: tuple[float, float] | None, low: int, high: int, total: int
) -> tuple[float | None, float | None]:
    """The stretch of ``times`` that characters ``low`` to ``high`` of ``total`` take."""
    if times is None:
        return None, None
    start, end = times
    return (
        round(start + (end - start) * low / total, 3),
        round(start + (end - start) * high / total, 3),
    )


@dataclass(slots=True)
class _Part:
    """One speaker's words in a cue, ``offset`` lines below the cue's first text line;
    ``nameless`` where the cue marks a speaker but names none."""

    speaker: str | None
    words: str
    offset: int = 0
    label: str | None = None
    aside: str = ""
    nameless: bool = False


# A voice tag's closing parenthetical is no part of the name, as a label's is not:
# Teams tags people from outside the organisation "<v Maria Lopez (Guest)>".
_VOICE_ASIDE = re.compile(r"(?<=\S)\s*\(([^()]{1,30})\)$")


# A voice tag closed before its words, the words after it ("<v Ana Ruiz></v>Hello."): a
# layout that marks who speaks and then writes what they say. They are the tag's
# speaker's, up to the next voice tag.
_AFTER_EMPTY_VOICE = re.compile(r"\s*</v>(.*?)(?=<v[\s.>]|$)", re.DOTALL)


def _voice_parts(raw: str) -> list[_Part]:
    parts = []
    for found in _VOICE.finditer(raw):
        name, words = found.group(1) or "", found.group(2)
        if not words.strip():
            after = _AFTER_EMPTY_VOICE.match(raw, found.end())
            words = after[1] if after else words
        shown = _clean_name(name)
        aside = _VOICE_ASIDE.search(shown)
        speaker = shown[: aside.start()] if aside else shown
        parts.append(
            _Part(
                speaker or None,
                _clean_text(words),
                aside=aside[1].strip() if aside else "",
                nameless=not speaker,
            )
        )
    return parts


def _named_parts(named: _Label, lines: list[str], labels: _Labels) -> list[_Part]:
    """The parts of a cue whose first line names its speaker (:func:`_name_lines`):
    ``lines``, below it, are that speaker's words, as a voice tag's are (a ``Name:`` label
    among them still names another)."""
    parts = _label_parts(lines, labels)
    for part in parts:
        part.offset += 1
    if parts and parts[0].speaker is None and not parts[0].nameless:
        parts[0].speaker, parts[0].aside = named.name, named.aside
    return parts


def _label_parts(lines: list[str], labels: _Labels) -> list[_Part]:
    parts: list[_Part] = []
    said: list[list[str]] = []  # each part's words, line by line, joined once at the end
    for offset, line in enumerate(lines):
        clean = _strip_notes(_clean_text(line))
        label = labels.match(clean)
        if label:
            parts.append(
                _Part(label.name, _strip_notes(label.words), offset, label.written, label.aside)
            )
        elif nameless := _NAMELESS_LABEL.match(clean):
            # ": text": someone the tool could not name, not part of the words
            parts.append(_Part(None, _strip_notes(nameless[1]), offset, nameless=True))
        elif parts:
            said[-1].append(clean)
            continue
        else:
            parts.append(_Part(None, clean, offset))
        said.append([parts[-1].words])
    for part, words in zip(parts, said, strict=True):
        part.words = " ".join(" ".join(words).split())
    return parts


def _clean_text(text: str) -> str:
    """Cue text without markup, entities decoded, annotations dropped, spaces collapsed."""
    return _clean_plain(html.unescape(_TAG.sub("", text)))


# An HTML entity with its closing semicolon ("&amp;", "&#39;"), as exports that escape
# their text for a web page write it. A bare "&" ("Q&A", "AT&T") is left alone, and so
# are "&copy" and the like without one, which html.unescape would take for entities.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _clean_line(text: str) -> str:
    """A plain-text line's words: entities decoded (:data:`_ENTITY`), then as
    :func:`_clean_plain`; markup stays text, since nothing says the file is HTML."""
    return _clean_plain(_ENTITY.sub(lambda entity: html.unescape(entity[0]), text))


def _clean_plain(text: str) -> str:
    """Plain text with annotations and control characters dropped and spaces collapsed
    (no markup there); a note of a pause, laughter, tears or a sigh stays as its mark (see
    :func:`_take_marks`)."""
    return " ".join(_NOTE.sub(_note_left, _visible(text)).split())


def _note_left(note: re.Match[str]) -> str:
    """What stands for a transcriber's note in the words: its mark for a pause, laughter,
    tears or a sigh (:func:`_note_mark`), else a space."""
    mark = _note_mark(note.group())
    return f" {mark} " if mark else " "


def _note_mark(note: str) -> str:
    """The mark that stands for ``note`` in the words: PAUSE_MARK for a pause, one of
    EXPRESSION_MARKS for laughter, tears or a sigh; "" for a note the coach has no use
    for ("[inaudible]", "[music]")."""
    if _PAUSE_NOTE.search(note):
        return PAUSE_MARK
    return next((mark for pattern, mark in _EXPRESSION_NOTES if pattern.search(note)), "")


def _visible(text: str) -> str:
    """``text`` without control characters (a terminal escape sequence, say) and the
    characters that reorder text on screen (right-to-left overrides). A line break or a
    tab is white space between words, not a control: it becomes a space, so that a cue's
    text wrapped onto a second line ("how are you⏎feeling") keeps its words apart."""
    if text.isprintable():
        return text
    return "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or (unicodedata.category(ch) != "Cc" and ch not in _BIDI_CONTROLS)
    )


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _clean_name(name: str) -> str:
    """A speaker name as shown: entities decoded, control and reordering characters
    dropped (:func:`_visible`), spaces collapsed."""
    return " ".join(_visible(html.unescape(name)).split())


# --- plain text --------------------------------------------------------------


def _read_text(text: str) -> Reading:
    """``Name: text`` lines, optionally stamped (``[00:12]``, ``00:12``, ``(00:12)``
    before the name, or ``Name (00:12): text``, ``Name [00:12]: text``), with the
    layouts meeting tools export: a line holding only a stamp dates the line after it and
    heads a block of lines without stamps of their own, said at unknown times before the
    next stamp (Google Meet), a ``Name  0:12`` line heads the lines below it (Otter), and
    Google Meet's header (:func:`_meet_header`), a Teams document's (:func:`_teams_header`)
    and a tool's notes ("Meeting ended after …", "Transcription ended after …", "Ana Ruiz
    started transcription") are skipped without a word: they are never anyone's
    words, nor a sign of damage. A line without a speaker label before anyone speaks is
    skipped and named, and so is a line
    without words ("Sam: [inaudible]", "[00:10] (laughs)", a note on a line of its own),
    as a cue without words is (:func:`_read_cues`): the piece read next is marked
    ``unread_before``, and starts a piece of its own even without a label."""
    reading = Reading(format="text")
    lines = text.split("\n")
    labels = _Labels(lines)
    stamps = _Timings("time stamps")
    pending: list[str] = []  # continuation lines of the last piece
    untimed: list[int] = []  # lines whose stamp cannot be read: words kept, time not
    backwards: list[int] = []  # lines stamped earlier than a line before them
    restart: tuple[int, float] | None = None  # where the stamps start again, and from when
    borne_out = False  # the next stamp after the restart was earlier than the latest too
    latest = 0.0
    carried: float | None = None  # a stamp on a line of its own, for the next line
    # Under a stamp on a line of its own (Google Meet), until a line has its own stamp: the
    # lines there belong to the block that stamp heads, and lack no stamp of their own.
    in_block = False
    unstamped: list[int] = []  # speaker lines without any stamp
    unread = False  # a line without words was skipped since the last piece
    header = _meet_header(lines, labels) or _teams_header(lines, labels)
    for number, line in enumerate(lines, start=1):
        if number <= header or not line.strip():
            continue
        if _TOOL_NOTE.match(line) or _transcription_note(line, labels):
            unread |= _close_piece(reading, pending)
            continue
        alone = _STAMP_LINE.match(line)
        on_its_own = parse_stamp(alone[1] or alone[2]) if alone else None
        if on_its_own is not None:
            unread |= _close_piece(reading, pending)
            carried, in_block = on_its_own, True
            continue
        stamp, rest, bad = _split_stamp(_strip_notes(line), labels)
        heading = None
        if stamp is None and not bad and labels.stamped_headings:
            heading = _SPEAKER_STAMP.match(rest)
        from_heading = bool(heading and labels.is_name(heading["name"]))
        if heading and from_heading:
            stamp = parse_stamp(heading["stamp"] or heading["round"])
            bad = stamp is None  # "Ben Ito  0:75"
            aside = f" ({heading['aside']})" if heading["aside"] else ""
            rest = f"{heading['name']}{aside}:"
        label = labels.match(rest)
        if label and stamp is None and not bad:
            in_words = _STAMP_WORDS.match(label.words)
            inline = in_words or (
                _STAMP_ALONE.match(label.clock) if labels.stamped(label) else None
            )
            stamp = parse_stamp(inline[1]) if inline else None
            if stamp is not None and in_words:
                rest = f"{label.written}:"
                label = labels.match(rest)
        # ": text": someone the tool could not name, as a cue's empty label (:func:`_label_parts`)
        nameless = None if label else _NAMELESS_LINE.match(rest)
        if nameless:
            rest = nameless[1]
        # Words without a label under a stamp on a line of its own go on with the speaker
        # before, from that time: a new paragraph of a long turn, as transcripts that head
        # a turn "Ana Ruiz (00:00):" stamp the next one "(00:43):".
        goes_on = not (label or nameless or stamp is not None or bad) and bool(
            reading.pieces and not unread and _clean_line(rest).strip(_MARKS + " ")
        )
        if stamp is not None or bad:
            in_block = False
        elif carried is not None and (label or nameless or goes_on):
            stamp, carried = carried, None
        goes_on &= stamp is not None
        if bad:
            stamps.count_malformed(number, line)
            untimed.append(number)
        elif stamp is not None and (stamp < latest or borne_out):
            # Out of order: a typing slip, not a time to measure silences or talk by; or,
            # once the clock has started again, a time of the second recording, even past
            # where the first stopped.
            stamps.seen += 1
            backwards.append(number)
            if restart is None and _restarts(latest, stamp):
                restart = number, stamp
            elif restart is not None:
                borne_out = True
            stamp = None
        else:
            stamps.seen += stamp is not None
            if stamp is not None:
                restart = None  # a slip of one line, not the clock starting again
            latest = stamp if stamp is not None else latest
        cleaned = _clean_line(rest)
        note_only = not (label or nameless or stamp is not None or bad or cleaned)
        note_only |= not (label or nameless or bad) and _only_expressions(cleaned)
        if note_only and reading.pieces and (reading.pieces[-1].text or any(pending)):
            # "[inaudible]" on a line of its own, not under a label whose words are to come
            unread |= _close_piece(reading, pending)
            if not _set_aside(reading, Piece(None, cleaned, stamp, None, number)):
                reading.skipped.append((number, WORDLESS_LINE))
            unread = True
            continue
        if label is None and not nameless and stamp is None and reading.pieces and not unread:
            pending.append(_clean_line(rest))
            continue
        unread |= _close_piece(reading, pending)
        if label is None and not nameless and not reading.pieces:
            lead = _clean_line(_strip_notes(rest))
            if _ANY_MARK.search(lead) and not _unmarked(lead)[0]:
                # a pause (or a laugh) before anyone speaks: no line without a label
                reading.pieces.append(Piece(None, lead, stamp, None, number))
                continue
            reading.skipped.append((number, "no speaker label"))
            continue
        speaker = label.name if label else None
        words = label.words if label else rest
        # a heading ("Ana Ruiz  0:12") is a speaker however seldom it comes
        written = label.written if label and not from_heading else None
        heading_word = label is not None and fold(label.name) in _HEADING_WORDS
        if stamp is None and not (bad or heading_word or in_block) and number not in backwards[-1:]:
            unstamped.append(number)
        said = _clean_line(_strip_notes(words))
        aside = label.aside if label else ""
        after_unread = unread and bool(reading.pieces)
        reading.pieces.append(
            Piece(
                speaker,
                said,
                stamp,
                None,
                number,
                written,
                aside,
                unread_before=after_unread,
                nameless=bool(nameless),
                continues=goes_on,
            )
        )
        unread = False
    _close_piece(reading, pending)
    stamps.refuse_if_none_read()
    reading.unread_headings = labels.unread_headings
    if untimed:
        reading.notes.append(
            f"{listed_lines(untimed)}: time stamp could not be read; the words are kept, "
            "without a time"
        )
    if restart is not None and borne_out:
        again = [n for n in backwards if n >= restart[0]]
        reading.notes.append(
            f"line {restart[0]}: the time stamps start again from {format_clock(restart[1])} (two "
            f"recordings joined?); {listed_lines(again)} are kept without a time, so no talk "
            "time is counted for them (each recording can be analysed as a file of its own)"
        )
        backwards = [n for n in backwards if n < restart[0]]
    if backwards:
        reading.notes.append(
            f"{listed_lines(backwards)}: time stamp earlier than a line before it; the words "
            "are kept, without a time"
        )
    if unstamped and stamps.seen:
        reading.notes.append(
            f"{listed_lines(unstamped)}: no time stamp, where other lines have one "
            "(so talk share by time may not be given)"
        )
    return reading


# The line that ends Google Meet's header: "Transcript", alone.
_HEADER_END = re.compile(r"^\s*transcript\s*$", re.IGNORECASE)


def _meet_header(lines: list[str], labels: _Labels) -> int:
    """How many lines Google Meet's header takes at the top of a text export, 0 where
    there is none: the meeting's title (with its date, perhaps), "Attendees", their
    names, then a line "Transcript" alone, before the first speaker's line. Not a line
    below the title may be a speaker's, a stamp or a line stamped: the header is what
    comes before anyone speaks, which would otherwise be skipped, line by line, as lines
    without a speaker label. A copy without the line "Transcript" still has a header where
    its list of attendees comes before the first stamp on a line of its own ("00:00:00"),
    Meet's way of opening the talk: the header ends above that stamp. Without either,
    nothing is a header: a title read as a speaker's line ("Coaching: Kim and Lee") is
    then named, as any other line is."""
    title = True
    attendees = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if _HEADER_END.match(line):
            return 0 if title else number
        if _lists_who_was_there(line):  # the names below it or after its colon
            attendees, title = True, False
            continue
        if attendees and _STAMP_LINE.match(line):
            return number - 1
        if not title and _may_be_said(line, labels):
            return 0
        title = False
    return 0


# The lines of a Teams transcript document's header (:func:`_teams_header`): its date and
# time ("February 3, 2026, 4:00PM", "3 February 2026, 16:00"), then how long it ran
# ("47m 12s", "1h 2m 3s"): a year, then a time that ends the line. Read on from the
# first year only, in a group never gone back into (a time after a later year is after
# the first): read on from each of many years, a long line took a time that grew with
# its square.
_DATED = re.compile(r"^(?>.*?\b(?:19|20)\d\d\b).*\b\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*$")
_RAN_FOR = re.compile(r"^\s*(?=\d)(?:\d+h\s*)?(?:\d+m\s*)?(?:\d+s)?\s*$")


def _teams_header(lines: list[str], labels: _Labels) -> int:
    """How many lines the header of Microsoft Teams' transcript document takes, saved as
    text, 0 where there is none: the meeting's title, its day and time, perhaps how long it
    ran, then the first speaker's ``Name   0:03`` heading (or a note that someone started
    the transcription). Without a header's day and time, the lines before the first
    speaker are named as skipped, as in any other file."""
    filled = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()][:4]
    if len(filled) < 3 or not _DATED.search(filled[1][1]):
        return 0
    end = 2 if _RAN_FOR.match(filled[2][1]) and len(filled) > 3 else 1
    after = filled[end + 1][1]
    heading = _SPEAKER_STAMP.match(after)
    opens = heading is not None and labels.is_name(heading["name"])
    return filled[end][0] if opens or _transcription_note(after, labels) else 0


# What Teams writes where someone starts or stops the transcription: "Ana Ruiz started
# transcription" on a line of its own. The name starts after the white space, which is
# never given back to it: an indented line ("    x") was read every way its white space
# splits, in a time that grew with the cube of its length, and a line of white space
# before the words read as a note whose name was blank.
_TRANSCRIPTION_NOTE = re.compile(
    r"^\s*+(?P<name>[^\s:：][^:：]{0,79}?)\s++(?:started|stopped) transcription\s*$"
)


def _transcription_note(line: str, labels: _Labels) -> bool:
    """Whether ``line`` is a meeting tool's note that someone (named) started or stopped
    the transcription: never anyone's words."""
    note = _TRANSCRIPTION_NOTE.match(line)
    if note is None or fold(note["name"]).split(" ")[0] in _SPEECH_OPENERS:
        return False  # "I stopped transcription", "We started transcription": speech
    return labels.is_name(note["name"])


def _may_be_said(line: str, labels: _Labels) -> bool:
    """Whether ``line`` is a speaker's (``Name: text``, ``: text``), a stamp on a line of
    its own or a line with a stamp, as :func:`_read_text` reads them."""
    if _STAMP_LINE.match(line):
        return True
    stamp, rest, bad = _split_stamp(_strip_notes(line), labels)
    return (
        stamp is not None
        or bad
        or labels.match(rest) is not None
        or _NAMELESS_LINE.match(rest) is not None
    )


# A warning names at most this many lines, then how many more.
LISTED_LINES = 10


def listed_lines(numbers: list[int], noun: str = "line", most: int = LISTED_LINES) -> str:
    """``line 3`` or ``lines 2, 3, … and 2 more`` (at most ``most`` named), for a
    warning or a report."""
    shown = ", ".join(str(n) for n in numbers[:most])
    more = f" and {len(numbers) - most} more" if len(numbers) > most else ""
    return f"{noun}{'s' if len(numbers) > 1 else ''} {shown}{more}"


# Why a plain-text line that holds no words is skipped: a warning says it in these words.
WORDLESS_LINE = (
    "a line without words, only a note such as [inaudible] or (laughs), or nothing after "
    "the speaker: counted neither as silence nor as talk"
)


def _close_piece(reading: Reading, pending: list[str]) -> bool:
    """Append continuation lines to the last piece. A piece left without words ("Sam:
    [inaudible]", "[00:10] [crosstalk]", an Otter heading with only a note below it) is
    dropped and its line named as skipped (one of laughter, tears or a sigh alone is set
    aside for the speaker's words, unnamed: :func:`_set_aside`); returns whether one was,
    for the caller to mark the piece read next ``unread_before``: someone spoke or made a
    sound there, so no silence is measured across it, nor is one speaker's talk on either
    side of it one turn."""
    if pending and reading.pieces:
        last = reading.pieces[-1]
        text = " ".join([last.text, *(p for p in pending if p)]).strip()
        reading.pieces[-1] = replace(last, text=text)
    pending.clear()
    if reading.pieces and _set_aside(reading, reading.pieces[-1]):
        reading.pieces.pop()  # shown with the speaker's words: nothing to warn of
        return True
    if reading.pieces and not reading.pieces[-1].text:
        reading.skipped.append((reading.pieces.pop().line, WORDLESS_LINE))
        return True
    return False


def _only_expressions(text: str) -> bool:
    """``text`` holds marks of laughter, tears or sighs and nothing else: no words, no
    pause."""
    return bool(text) and PAUSE_MARK not in text and not _unmarked(text)[0]


def _set_aside(reading: Reading, piece: Piece) -> bool:
    """Where ``piece`` holds laughter, tears or sighs and nothing else, keep them in
    ``reading.alone`` for :func:`_take_marks` and say so: the caller then skips the piece
    as a line without words."""
    if not _only_expressions(piece.text):
        return False
    marked = tuple((at, kind, piece.start) for at, kind, _ in _unmarked(piece.text)[2])
    reading.alone.append((piece.line, piece.speaker, marked))
    return True


def _split_stamp(line: str, labels: _Labels) -> tuple[float | None, str, bool]:
    """(start seconds or None, rest of the line, stamp present but malformed)."""
    bracket = _BRACKET.match(line)
    if bracket:
        inner, rest = (bracket.group(1) or bracket.group(2)).strip(), bracket.group(3)
        if not any(ch.isdigit() for ch in inner):
            return None, line, False  # "[laughter]" is not a stamp
        value = parse_stamp(inner)
        return value, _strip_notes(rest), value is None
    bare = _BARE_STAMP.match(line)
    if bare and labels.match(_strip_notes(bare.group(2))):
        value = parse_stamp(bare.group(1))
        return value, _strip_notes(bare.group(2)), value is None
    return None, line, False


# A label's parenthetical that is only a stamp ("Kim (00:03): ...").
_STAMP_ALONE = re.compile(rf"^\s*({_CLOCK})\s*$")
# Only a stamp in brackets: a label's words ("Kim: (00:03)", the words below), or a line.
_STAMP_WORDS = re.compile(rf"^\s*[\[(]\s*({_CLOCK})\s*[\])]\s*$")
# A line of its own that is a stamp with hours ("00:05:00", Google Meet) or in brackets:
# a bare "10:30" there is more likely someone's words.
_STAMP_LINE = re.compile(
    rf"^\s*(?:[\[(]\s*({_CLOCK})\s*[\])]:?|(\d{{1,3}}:\d{{2}}:\d{{2}}(?:\.\d+)?))\s*$"
)
# Otter's layout: the speaker and a stamp on a line of their own, the words below; and
# Zoom's saved captions, the same with the name in square brackets ("[Maya Chen] 10:03:15").
# Teams writes a name as its directory does, surname first ("Okafor, Ada   0:03"), and
# tags someone from outside the organisation ("Ben Ito (Guest)   0:09"): the tag is an
# aside, no part of the name, as a label's is. Riverside writes the stamp in round
# brackets, with milliseconds ("Ana Ruiz (00:03.120)"): the same heading. The aside is
# never given back to be read as that stamp: "Ana (Guest) (00:03)" has both.
_SPEAKER_STAMP = re.compile(
    r"^\s*(?P<open>\[[ \t]*)?(?P<name>[^\W\d_][\w.'’-]*(?:,?[ \t]+[^\W_][\w.'’-]*){0,5})"
    rf"(?:[ \t]*\((?!\s*{_CLOCK}\s*\))(?P<aside>[^()]{{1,30}})\))?"
    rf"(?(open)[ \t]*\])(?:[ \t]+(?P<stamp>{_CLOCK})|[ \t]*\([ \t]*(?P<round>{_CLOCK})[ \t]*\))\s*$"
)
# What meeting tools write after the talk: never anyone's words.
_TOOL_NOTE = re.compile(
    r"^\s*(?:meeting ended after\b|this editable transcript was computer generated\b"
    r"|transcription ended after\b|transcribed by https?://otter\.ai\b)",
    re.IGNORECASE,
)


def parse_stamp(value: str) -> float | None:
    """Seconds of ``hh:mm:ss``, ``mm:ss`` (optionally ``.fff``), or None if malformed.

    Hours, and minutes written without hours ("100:00"), have at most three digits. With
    hours, minutes must be below 60; seconds always must.
    """
    match = _STAMP.match(value.strip())
    if match is None:
        return None
    hours, minutes, seconds, fraction = match.groups()
    if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
        return None
    return _seconds(hours, minutes, seconds, fraction)
