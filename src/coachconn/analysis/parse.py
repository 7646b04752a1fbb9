"""Transcript file bytes to a :class:`Transcript` of utterances with roles.

Steps: decode (``decode.py``) → read pieces of speech (``formats.py``) → merge
consecutive pieces of one speaker into turns → split each turn into utterances
(``segment.py``) → decide who is the coach.

Times: an utterance's start and end are read off the pieces it came from,
shared out by characters within each piece (a piece from 10.0 s to 14.0 s whose
first half is one sentence gives that sentence 10.0–12.0 s). Plain-text stamps
only say when a line starts, so utterances from such a line all get its start and
an unknown (None) end.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace
from itertools import pairwise

from coachconn.analysis.chat import chat_layout
from coachconn.analysis.decode import MAX_TRANSCRIPT_BYTES, REPLACEMENT, decode_transcript
from coachconn.analysis.formats import (
    EXPRESSION_WITHOUT_WORDS,
    FORMAT_NAMES,
    WORDLESS_CUE,
    WORDLESS_LINE,
    Piece,
    Reading,
    listed_lines,
    read_pieces,
)
from coachconn.analysis.lexicon import (
    language_counts,
    not_english,
    not_english_said,
    not_english_text,
)
from coachconn.analysis.metrics import (
    INTERJECTION_WORDS,
    break_before,
    breaks,
    duration_text,
    format_clock,
    word_count,
)
from coachconn.analysis.names import (
    CLIENT_LABELS,
    COACH_LABELS,
    THIRD_PARTY_LABELS,
    device_owner,
    fold,
    is_device,
    person,
    quoted_names,
)
from coachconn.analysis.segment import (
    Span,
    ends_a_sentence,
    is_question,
    segment_turn,
    split_sentences,
)
from coachconn.analysis.source_code import not_a_transcript
from coachconn.analysis.types import (
    BREAK_SECONDS,
    SILENCE_SECONDS,
    SLOW_WORDS_PER_SECOND,
    Expression,
    Pause,
    Role,
    Transcript,
    Utterance,
)
from coachconn.core.errors import InvalidInput, quoted

__all__ = ["MAX_TRANSCRIPT_BYTES", "parse_transcript"]

# The formats each file name ending is expected to hold: the text of a Teams document is
# saved as .txt.
_EXTENSIONS = {
    ".vtt": {"webvtt"},
    ".srt": {"srt"},
    ".sbv": {"sbv"},
    ".txt": {"text", "teams"},
}
# Why a cue or line that names no speaker ("<v >Hello?", an unlabelled cue, a heading) is
# skipped when it comes before anyone speaks: there is nobody whose words they go on.
NOBODY_BEFORE = "no speaker named, and nobody spoke before it: its words are dropped"
# A speaker who stops for this long after a full sentence starts a new utterance.
PAUSE_SECONDS = 1.0


@dataclass(slots=True)
class _Turn:
    speaker: str
    pieces: list[Piece]

    @property
    def text(self) -> str:
        return " ".join(piece.text for piece in self.pieces)


def parse_transcript(
    data: bytes,
    filename: str | None = None,
    coach: str | None = None,
    *,
    known_coach: str | None = None,
    known_client: str | None = None,
    own_name: str | None = None,
) -> Transcript:
    """Read a WebVTT, SRT, SBV or ``Speaker: text`` transcript into utterances.

    ``coach`` names the coach among the speakers (case-insensitive; a unique
    first name also matches) and raises InvalidInput listing the speakers when it
    matches none. Without it, ``own_name`` (the name of the coach reading a file of no
    session, in their practice) is taken as ``coach`` would be where exactly one
    speaker has it, other than ``known_client`` and one the file labels as the client,
    with ``coach_is_own_name`` set; where none does, it is left out without a word.
    Then ``known_coach`` (the engagement's coach) is tried,
    then, where ``known_client`` (the session's client) is one of two speakers, the
    other one; failing those, the speaker other than ``known_client`` who asks most and
    speaks most of "you" rather than "I" (:func:`coach_cues`; by questions alone where the
    transcript does not read as English) is taken as the coach, with ``coach_guessed`` set
    and a warning that says which cues it rests on. All
    other speakers are clients.

    Raises InvalidInput (field ``transcript``) for an empty, binary, oversized
    or non-UTF-8 file, a meeting's saved chat, one without speaker labels, with a single speaker, or
    with no readable timestamp. Skipped lines are named in ``warnings``.
    """
    text, mended = decode_transcript(data)
    chat = chat_layout(text)
    if chat is not None:
        raise InvalidInput(field="transcript", reason=chat)
    reading = read_pieces(text)
    pieces, rejoined, renamed = _unite_devices(reading.pieces)
    if coach is not None:  # the coach named by a device label that was read as a person
        coach = next((to for label, to in renamed.items() if fold(label) == fold(coach)), coach)
    turns, unattributed, given = _merge_turns(pieces)
    if unattributed:
        reading.skipped.extend((line, NOBODY_BEFORE) for line in unattributed)
    speakers = _speakers_in_order(turns)
    code = not_a_transcript(text, reading.format, speakers)
    if code is not None:
        raise InvalidInput(
            field="transcript",
            reason=f"does not look like a transcript: {code}; {_EXPECTED}",
        )
    if not speakers:
        raise InvalidInput(field="transcript", reason=_no_speakers(reading))
    if len(speakers) == 1:
        # Skipped lines may be where the other speakers were: say so.
        skipped = [_skipped_warning(why, lines) for why, lines in _group_skipped(reading).items()]
        raise InvalidInput(
            field="transcript",
            reason="; ".join(
                [
                    f"only one speaker found ({speakers[0]})",
                    "a session needs the coach and at least one client",
                    *skipped,
                    *_pause_only_note(reading),
                ]
            ),
        )
    warnings = _mended_warnings(mended) + _reading_warnings(reading, filename)
    warnings += rejoined + _unlabelled_notes(pieces, given)
    client = None if known_client is None else match_speaker(known_client, speakers)
    said = _labelled_roles(turns)
    own = None if coach is not None else _own_speaker(said, speakers, own_name, client)
    chosen, guessed, role_notes = _choose_coach(
        turns, said, speakers, own or coach, known_coach, known_client, client
    )
    client = None if client == chosen else client
    third = _third_parties(said, speakers, chosen, client)
    role_notes += _third_party_notes(turns, third)
    role_notes += _client_notes(speakers, chosen, client, third)
    utterances, lines = _utterances(turns, chosen, client, third)
    warnings += _break_warnings(utterances, lines)
    foreign = _language_note(utterances)
    if foreign is not None:
        role_notes.append(foreign)
    return Transcript(
        utterances=utterances,
        coach=chosen,
        coach_guessed=guessed,
        coach_is_own_name=own is not None,
        warnings=warnings + role_notes,
        source_format=reading.format,
        text=text,
    )


def _pause_only_note(reading: Reading) -> list[str]:
    """Where lines held nothing but a pause, when only one speaker is found: those lines
    may be where the other speaker was."""
    lines = reading.pause_only
    if not lines:
        return []
    return [f"{listed_lines(lines)} {'holds' if len(lines) == 1 else 'hold'} only a pause"]


def _no_speakers(reading: Reading) -> str:
    """Why a file in which nobody speaks is refused: it holds no words at all (a WebVTT
    header and nothing else, cues or lines that hold only a note such as [inaudible]), or
    words that no speaker label gives to anyone."""
    if not any(piece.text for piece in reading.pieces):
        if reading.pause_only:
            return (
                f"no words: the file holds only pauses ({listed_lines(reading.pause_only)} "
                f"{'holds' if len(reading.pause_only) == 1 else 'hold'} nothing but a note "
                "such as [pause])"
            )
        why = {reason for _, reason in reading.skipped} - {EXPRESSION_WITHOUT_WORDS}
        if reading.alone:  # laughter, tears or sighs and no words: set aside, unnamed
            why.add(WORDLESS_CUE if reading.format != "text" else WORDLESS_LINE)
        if reading.format != "text":
            if WORDLESS_CUE in why:
                return (
                    "no cues with words: each cue holds only a note such as [inaudible] or "
                    "(laughs), or nothing"
                )
            if "no timing line" not in why:
                return f"no cues with words: the {FORMAT_NAMES[reading.format]} file holds no cues"
        elif why == {WORDLESS_LINE}:
            return (
                "no lines with words: each speaker's line holds only a note such as "
                "[inaudible] or (laughs), or nothing"
            )
    if reading.unread_headings >= MIN_UNREAD_HEADINGS:
        return _TOO_SHORT_FOR_HEADINGS
    return f"no speaker labels found; {_EXPECTED}"


# A file refused for want of speakers whose lines hold at least this many ``Name   0:03``
# headings, none of a name said twice, is named as the Teams layout it looks like: one
# such line alone is as likely a title ("Coaching Session  14:00").
MIN_UNREAD_HEADINGS = 2
_TOO_SHORT_FOR_HEADINGS = (
    "looks like a Microsoft Teams transcript ('Name   0:03' lines, the words below each), "
    "but too short to tell who speaks: such a line is read as a speaker's only where a name "
    "heads two or more, as one alone may be a title; write each line as 'Name: text'"
)


_EXPECTED = "expected 'Name: text' lines or <v Name> voice tags"


def _language_note(utterances: list[Utterance]) -> str | None:
    """A warning when the transcript, or one side of it, does not seem to be English."""
    found = not_english_said(utterances)
    if found is None:
        return None
    return (
        f"{not_english_text(*found)}: the codes, question categories and key terms are "
        "made for English and may be wrong here; the signals that rest on them read "
        "can't tell"
    )


# --- turns -------------------------------------------------------------------


def _merge_turns(pieces: list[Piece]) -> tuple[list[_Turn], list[int], dict[int, str]]:
    """(turns, lines dropped, unlabelled pieces given to a speaker): consecutive pieces
    of one speaker form a turn; unlabelled pieces join the turn before them (their
    indices in ``pieces`` returned with the speaker they were given to), and are
    dropped, their lines returned, when no speaker came before. A piece after a part of
    the file that could not be read (``unread_before``) or after a break
    (:func:`_breaks_off`) starts a turn of its own, labelled or not: who spoke in between
    is unknown, or nobody did for minutes, so one speaker's words on either side are not
    one turn.

    Exports list cues by start time, so a listener's "Mm-hmm." often sits between two
    cues of one sentence. A short piece of another speaker that starts inside the
    current speaker's unfinished last piece (:func:`_interjects`) is held back until
    that speaker finishes the sentence or someone else speaks, and then takes its
    place after the sentence: the sentence stays whole, and the interjection keeps
    its own times (an overlap).
    """
    turns: list[_Turn] = []
    held: list[_Turn] = []  # interjections inside the current speaker's sentence
    dropped: list[int] = []
    given: dict[int, str] = {}  # index of an unlabelled piece -> whose it was taken for
    names: dict[str, str] = {}  # folded name -> first spelling seen

    def release() -> None:
        for turn in held:
            if turns and turns[-1].speaker == turn.speaker:
                turns[-1].pieces.extend(turn.pieces)
            else:
                turns.append(turn)
        held.clear()

    for i, piece in enumerate(pieces):
        if not piece.text:
            continue
        if turns and (
            piece.unread_before or piece.turn_break_before or _breaks_off(turns[-1], piece)
        ):
            # Who spoke in between is unknown, or a break came: a new turn either way.
            release()
            speaker = turns[-1].speaker if piece.speaker is None else piece.speaker
            turns.append(_Turn(names.setdefault(fold(speaker), speaker), [piece]))
            if piece.speaker is None:
                given[i] = turns[-1].speaker
            continue
        if piece.speaker is None:
            if held:
                held[-1].pieces.append(piece)
                given[i] = held[-1].speaker
            elif turns:
                turns[-1].pieces.append(piece)
                given[i] = turns[-1].speaker
            else:
                dropped.append(piece.line)
            continue
        name = names.setdefault(fold(piece.speaker), piece.speaker)
        current = turns[-1] if turns else None
        if current is not None and current.speaker == name:
            current.pieces.append(piece)
            if held and ends_a_sentence(current.pieces[-1].text):
                release()
        elif current is not None and _interjects(piece, current):
            if held and held[-1].speaker == name:
                held[-1].pieces.append(piece)
            else:
                held.append(_Turn(name, [piece]))
        else:
            release()
            if turns and turns[-1].speaker == name:  # a held speaker goes on speaking
                turns[-1].pieces.append(piece)
            else:
                turns.append(_Turn(name, [piece]))
    release()
    return turns, dropped, given


# An unlabelled cue that starts within this many seconds of the end of the cue before
# it, which stops mid-sentence, goes on with that cue's words (see _runs_on).
RUNS_ON_SECONDS = 0.5


def _unlabelled_notes(pieces: list[Piece], given: dict[int, str]) -> list[str]:
    """Warnings naming the lines of unlabelled pieces given to the speaker before them
    (``given``, from :func:`_merge_turns`), by that speaker.

    Many exports label only the first cue of a turn, or wrap one sentence over cues, so
    an unlabelled cue is taken to go on with whoever spoke before it. Where most pieces
    carry a label, though, a missing one is more likely a speaker the tool could not
    identify (Zoom leaves the label off then), perhaps the other person: each such
    piece is named, unless it plainly goes on with the words before it
    (:func:`_runs_on`). A piece whose cue marks a speaker but names none (``<v >``,
    ``: text``) is always named; one the reader already said it read as speech (a
    one-off ``Word:``) never is."""
    said = [p for p in pieces if p.text]
    mostly_labelled = 2 * sum(p.speaker is not None for p in said) > len(said)
    named: dict[str, list[int]] = {}
    almost: list[tuple[int, str]] = []  # lines that open with a label not read as a name
    before: Piece | None = None
    for i, piece in enumerate(pieces):
        if not piece.text:
            continue
        speaker = given.get(i)
        doubtful = piece.nameless or (mostly_labelled and not _runs_on(before, piece))
        if speaker is not None and doubtful and not piece.continues:
            label = None if piece.nameless else _LABEL_LIKE.match(piece.text)
            if label is None:
                named.setdefault(speaker, []).append(piece.line)
            else:
                almost.append((piece.line, _not_a_name(piece.line, label[1], speaker)))
        before = piece
    notes = [
        (
            lines[0],
            f"{listed_lines(lines)} {'has' if len(lines) == 1 else 'have'} no speaker label; "
            f"counted as said by {quoted(speaker)}, who spoke before",
        )
        for speaker, lines in named.items()
    ]
    return [note for _, note in sorted(notes + almost)]


# Words before a colon that look like a speaker label but did not read as a name
# ("Front desk:"): a name's words are all capitalised ("Front Desk:").
_LABEL_LIKE = re.compile(r"([A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}):\s")


def _not_a_name(line: int, label: str, speaker: str) -> str:
    """A warning for an unlabelled piece that opens with ``label`` and a colon: why it
    was not read as a speaker, and how a name would be written to be one."""
    name = " ".join(w[0].upper() + w[1:] for w in label.split(" "))
    return (
        f"line {line} opens with {quoted(label + ':')}, not read as a speaker's name (each word "
        f"of a name starts with a capital: {quoted(name + ':')} would be one); counted as said "
        f"by {quoted(speaker)}, who spoke before"
    )


def _runs_on(before: Piece | None, piece: Piece) -> bool:
    """Whether ``piece`` plainly goes on with the words of ``before``, the piece just
    before it in the file: it starts as that one ends (within RUNS_ON_SECONDS), and that
    one stops mid-sentence, as when a caption tool wraps one sentence over two cues. A
    cue after a finished sentence, or after a pause, may be anyone's."""
    return (
        before is not None
        and before.end is not None
        and piece.start is not None
        and piece.start - before.end <= RUNS_ON_SECONDS
        and not ends_a_sentence(before.text)
    )


def _breaks_off(turn: _Turn, piece: Piece) -> bool:
    """Whether a break (nobody speaking for BREAK_SECONDS or more) comes between the
    last piece of ``turn`` and ``piece``: "Let's take five minutes." and "Welcome back."
    are not one turn, nor one monologue."""
    before = turn.pieces[-1]
    if before.end is not None and piece.start is not None:
        return break_before(piece.start, before.end)
    return _break_between(before, piece)


def _interjects(piece: Piece, turn: _Turn) -> bool:
    """``piece`` (another speaker's) is a short interjection ("Mm-hmm.", "Yeah, right.")
    made while ``turn``'s speaker is mid-sentence: it starts before their last piece
    ends, which is unfinished. A reply that starts after that piece ends, or a longer
    one, takes its turn as usual (captions without punctuation never end a sentence, so
    the overlap is what tells an interjection from a reply)."""
    last = turn.pieces[-1]
    if ends_a_sentence(last.text) or last.end is None or piece.start is None:
        return False
    return piece.start < last.end and len(piece.text.split()) <= INTERJECTION_WORDS


def _speakers_in_order(turns: list[_Turn]) -> list[str]:
    return list(dict.fromkeys(turn.speaker for turn in turns))


# --- roles -------------------------------------------------------------------


def _own_speaker(
    said: dict[str, Role], speakers: list[str], own_name: str | None, client: str | None
) -> str | None:
    """The speaker ``own_name`` means (:func:`match_speaker`, as for a coach named), if
    that is neither the session's ``client`` nor labelled as the client in the file
    (``said``: :func:`_labelled_roles`)."""
    own = None if own_name is None else match_speaker(own_name, speakers)
    if own is None or own == client or said.get(own) == "client":
        return None
    return own


def _choose_coach(
    turns: list[_Turn],
    said: dict[str, Role],
    speakers: list[str],
    coach: str | None,
    known_coach: str | None,
    known_client: str | None = None,
    client: str | None = None,
) -> tuple[str, bool, list[str]]:
    """(coach name, guessed?, warnings); ``said``: the roles the labels name
    (:func:`_labelled_roles`); ``client``: the speaker ``known_client`` is."""
    notes: list[str] = []
    if coach is not None:
        chosen = named_speaker(coach, speakers, "coach")
        # Taken as named, with a word where the file or the practice says otherwise.
        if said.get(chosen) == "client":
            notes.append(f"the coach named, {chosen}, is labelled as the client in the file")
        own = None if known_coach is None else match_speaker(known_coach, speakers)
        if own is not None and own != chosen:
            notes.append(f"the coach named is {chosen}, though {own} (your name) speaks too")
        notes += _asks_less_than(turns, chosen)
        return chosen, False, notes
    if known_coach is not None:
        own = match_speaker(known_coach, speakers)
        if own is not None and own != client:  # "Sam" may be Sam Lee or Sam Ortiz
            return own, False, []
        notes.append(f"the engagement's coach {quoted(known_coach)} is not among the speakers")
    others = [s for s in speakers if s != client]
    if client is not None and len(others) == 1 and said.get(others[0]) == "coach":
        return others[0], False, []  # "Coach:" beside the client: the label says who
    if client is not None and len(others) == 1:  # the session's client and one other
        notes.append(
            f"the coach is taken to be {quoted(others[0])}, since {quoted(client)}"
            " is the session's client"
        )
        # Certain where the label holds the client's whole name ("Sam Ortiz" for Sam);
        # a label that is part of it ("Sam" for Sam Ortiz) might be someone else's.
        wanted, label = person(known_client or ""), person(client)
        certain = label == wanted or label.startswith(wanted + " ")
        if not certain:
            _refuse_a_coach_by_name(turns, client, others[0], known_client or client)
        return others[0], not certain, notes
    # A label that names the role ("Coach:", "Sam (Coach):", "Client:") says who is who;
    # that the coach's own name is not among them is then no news.
    labelled = [s for s in others if said.get(s) == "coach"]
    if len(labelled) == 1:
        return labelled[0], False, []
    clients = [s for s in others if said.get(s) == "client"]
    # A third party ("Interpreter:", who may relay the coach's questions) is no coach.
    third = [s for s in others if said.get(s) == "other"]
    unlabelled = [s for s in others if s not in clients and s not in third] or others
    if len(unlabelled) == 1:
        chosen = unlabelled[0]
        labelled_as = [(clients, "as the client"), (third, "by a third party's role")]
        notes.append(
            f"the coach is taken to be {quoted(chosen)}, since "
            + "; ".join(
                f"{' and '.join(repr(name) for name in names)} "
                f"{'is' if len(names) == 1 else 'are'} labelled {how}"
                for names, how in labelled_as
                if names
            )
        )
        return chosen, False, notes
    # Whoever asks most, never the session's client (in a first meeting the client may),
    # nor a speaker labelled as the client.
    others = unlabelled
    pronouns = _english_cues_apply(turns)
    chosen, reason = guess_coach(coach_cues(turns, pronouns=pronouns), others, pronouns=pronouns)
    # How to set it is each surface's to say (`--coach` on the command line).
    notes.append(f"coach guessed: {chosen} ({reason})")
    return chosen, True, notes


# A speaker taken for the client by part of a name who asks this many more questions
# (and speaks of "you") than the other speaker, and twice as many, is more likely the
# coach of another file: see _refuse_a_coach_by_name.
CUES_MARGIN = 5


def _refuse_a_coach_by_name(turns: list[_Turn], client: str, other: str, name: str) -> None:
    """InvalidInput (field "coach") where ``client``, taken for the session's client
    (``name``) by part of the name alone, speaks far more like the coach than ``other``
    does: the file is likely another client's whose coach shares the name, and coding it
    with the roles swapped would store the coach's words as the client's."""
    pronouns = _english_cues_apply(turns)
    cues = coach_cues(turns, pronouns=pronouns)
    if cues[client] - cues[other] >= CUES_MARGIN and cues[client] >= 2 * max(cues[other], 1):
        raise InvalidInput(
            "coach",
            f"{quoted(client)}, taken for the session's client {name} by the name, asks the "
            "questions in this file as a coach does: check that this is the session's file, "
            "and name yourself among the speakers if it is",
        )


def _labelled_roles(turns: list[_Turn]) -> dict[str, Role]:
    """The speakers whose label names their role, by the label or its parenthetical
    ("Coach:", "Sam (Coach):", "<v Maria (Client)>"), and that role: "other" for a third
    party's ("Interpreter:", "Lea (Observer):", :data:`THIRD_PARTY_LABELS`), unless the
    label names the coach or the client too."""
    roles: dict[str, Role] = {}
    for speaker, words in _label_words(turns).items():
        for word in words:
            folded = fold(word)
            if folded in COACH_LABELS:
                roles[speaker] = "coach"
            elif folded in CLIENT_LABELS:
                roles[speaker] = "client"
            elif folded in THIRD_PARTY_LABELS:
                roles.setdefault(speaker, "other")
    return roles


def _label_words(turns: list[_Turn]) -> dict[str, list[str]]:
    """Each speaker's name and the parentheticals their labels carry, as written."""
    said: dict[str, list[str]] = {}
    for turn in turns:
        words = said.setdefault(turn.speaker, [turn.speaker])
        words += [p.aside for p in turn.pieces if p.aside and p.aside not in words]
    return said


def _third_party_word(words: list[str], speaker: str) -> str:
    """The word of ``speaker``'s label (``words``: its :func:`_label_words`) that names a
    third party's role, as written."""
    return next((w for w in words if fold(w) in THIRD_PARTY_LABELS), speaker)


def check_named_client(transcript: Transcript, name: str) -> None:
    """InvalidInput (field "client") unless ``name``, the client a user named, is a
    speaker of ``transcript`` other than its coach (:func:`named_speaker`)."""
    speakers = list(dict.fromkeys(u.speaker for u in transcript.utterances))
    found = named_speaker(name, speakers, "client")
    if found == transcript.coach:
        raise InvalidInput("client", f"{quoted(found)} is the coach; name the client's speaker")


def named_speaker(name: str, speakers: list[str], field: str) -> str:
    """The speaker ``name``, as a user gave it for ``field`` ("coach", "client"), means
    (:func:`match_speaker`). Raises InvalidInput naming the speakers it could be where it
    fits several ("Ana" for Ana Ruiz and Ana Lopez), or every speaker where it fits none:
    both the coach and the client are found by this one rule. An empty ``name`` (``--coach
    ""``) is refused as empty, not looked for."""
    if not name.strip():
        raise InvalidInput(field, f"must not be empty; speakers found: {quoted_names(speakers)}")
    found = speakers_matching(name, speakers)
    if len(found) == 1:
        return found[0]
    if found:
        raise InvalidInput(
            field,
            f"{quoted(name)} matches {len(found)} speakers, {quoted_names(found, ' and ')}; "
            "give the full name",
        )
    raise InvalidInput(
        field, f"no speaker named {quoted(name)}; speakers found: {quoted_names(speakers)}"
    )


def match_speaker(name: str, speakers: list[str]) -> str | None:
    """The speaker ``name`` means, where exactly one fits (:func:`speakers_matching`);
    None when none or several do."""
    found = speakers_matching(name, speakers)
    return found[0] if len(found) == 1 else None


def speakers_matching(name: str, speakers: list[str]) -> list[str]:
    """The speakers ``name`` may mean, by the first of these rules that fits any: the
    label itself or the same name, ignoring case, accents and spacing (the first such
    alone); the speakers whose first name or surname it is ("Lena" or "Hart" for Lena
    Hart); those labelled with its first name alone; those labelled with its first name
    and the initials of the rest ("Lena H." for "Lena Hart"), or with its surname and the
    initials before it ("L. Hart"); those labelled with its
    initials in capitals ("LH", "L.H."). A name or a label written surname first ("Hart,
    Lena") is the same as one written first name first ("Lena Hart"); a label naming
    someone's device ("Lena's iPhone") is read as the person it names. A label is found
    by its own words too. The coach and the client are found by this one rule. A name
    given with the parenthetical the file writes after it ("Sam Lee (Guest)", "Ana (she/
    her)"), which the reader leaves out of the speaker's name, is looked for without it
    where it fits no one as given."""
    found = _speakers_matching(name, speakers)
    aside = _TRAILING_ASIDE.match(name)
    if not found and aside is not None:
        return _speakers_matching(aside[1], speakers)
    return found


# A name followed by one or two short parentheticals, as a label or a voice tag writes it
# ("Sam Lee (Guest)", "Ana (Coach) (she/her)"): the reader's speaker is the name alone.
_TRAILING_ASIDE = re.compile(r"^\s*([^()]*[^()\s])(?:\s*\([^()]{1,30}\)){1,2}\s*$")


def _speakers_matching(name: str, speakers: list[str]) -> list[str]:
    """:func:`speakers_matching` of ``name`` as given."""
    if not fold(name):
        return []
    # The label as listed ("Hart, Lena", "Lena's iPhone"), as a speaker list shows it.
    as_written = next((s for s in speakers if fold(s) == fold(name)), None)
    if as_written is not None:
        return [as_written]
    wanted = person(name)
    people = {speaker: person(speaker) for speaker in speakers}
    for speaker in speakers:
        if people[speaker] == wanted:
            return [speaker]
    by_first = [s for s in speakers if _first_or_surname(people[s], wanted)]
    if not by_first:  # "Lena Hart" for a speaker labelled "Lena"
        by_first = [s for s in speakers if people[s] == wanted.split(" ")[0]]
    if not by_first:
        by_first = [s for s in speakers if _initialled(people[s], wanted)]
    if not by_first:  # "DK" or "D.K." for "Dana Kowalski"
        initials = "".join(part[0] for part in wanted.split(" "))
        by_first = [
            s for s in speakers
            if len(initials) > 1
            and _INITIALS.fullmatch(s.strip())
            and fold(s).replace(".", "").replace(" ", "") == initials
        ]  # fmt: skip
    return by_first


def _first_or_surname(label: str, name: str) -> bool:
    """Whether ``name`` (one or more words, folded) is the first name or the surname of
    the person a ``label`` names (:func:`person`): the words it opens or ends with ("Ana"
    or "Ruiz" for Ana Ruiz, "de la Cruz" for Ana de la Cruz)."""
    return " " in label and (label.startswith(f"{name} ") or label.endswith(f" {name}"))


# Initials written as initials: capitals, with optional dots ("DK", "D.K.", "D. K.").
_INITIALS = re.compile(r"(?:[A-Z]\.? ?){2,4}")


def _unite_devices(pieces: list[Piece]) -> tuple[list[Piece], list[str], dict[str, str]]:
    """Pieces with a device label ("Priya's iPhone") given to the speaker it names when
    exactly one other speaker has that first name ("Priya Raman", "Raman, Priya",
    "Priya"), and a note for each: someone who rejoins from a phone is still the same
    person. Devices of one first name and nobody else of it ("Priya's iPhone", then
    "Priya's iPad") are one person, named by that first name ("Priya"), when one device
    falls silent before the next speaks: two that take turns are two people ("Dad's
    phone", "Dad's iPad"). Returns the pieces, the notes and the labels renamed."""
    speakers = list(dict.fromkeys(p.speaker for p in pieces if p.speaker is not None))
    renamed: dict[str, str] = {}
    devices: dict[str, list[str]] = {}  # owner -> device labels with no named speaker
    for speaker in speakers:
        owner = person(speaker)
        if not is_device(speaker):
            continue
        named = [
            s for s in speakers
            if s != speaker and not is_device(s) and person(s).split(" ")[0] == owner
        ]  # fmt: skip
        if len(named) == 1:
            renamed[speaker] = named[0]
        elif not named:
            devices.setdefault(owner, []).append(speaker)
    notes = [
        f"{quoted(device)} is read as {speaker} (the same first name)"
        for device, speaker in renamed.items()
    ]
    for labels in devices.values():
        if len(labels) > 1 and _one_after_another(pieces, labels):
            owner = device_owner(labels[0]) or labels[0]
            renamed.update((label, owner) for label in labels)
            shown = ", ".join(repr(label) for label in labels)
            notes.append(f"{shown} are read as {owner} (devices of one person)")
    if not renamed:
        return pieces, [], {}
    united = [replace(p, speaker=renamed[p.speaker]) if p.speaker in renamed else p for p in pieces]
    return united, notes, renamed


def _one_after_another(pieces: list[Piece], labels: list[str]) -> bool:
    """Whether each of ``labels`` speaks only after the one before it has fallen silent
    for good: one person moving from device to device, not two people talking."""
    spans = []
    for label in labels:
        at = [i for i, piece in enumerate(pieces) if piece.speaker == label]
        spans.append((at[0], at[-1]))
    spans.sort()
    return all(earlier[1] < later[0] for earlier, later in pairwise(spans))


def _initialled(label: str, name: str) -> bool:
    """``label`` is ``name`` with every part after the first cut to its initial ("lena
    h." for Lena Hart), or every part before the last ("l. hart")."""
    short, full = label.split(" "), name.split(" ")
    if not 1 < len(short) == len(full):
        return False
    pairs = list(zip(short, full, strict=True))
    return (short[0] == full[0] and all(_initial(*pair) for pair in pairs[1:])) or (
        short[-1] == full[-1] and all(_initial(*pair) for pair in pairs[:-1])
    )


def _initial(short: str, full: str) -> bool:
    """Whether ``short`` is the initial of ``full``, with or without its dot."""
    return len(short.rstrip(".")) == 1 and full.startswith(short[0])


# A coach asks, and speaks of the other person ("You want work that uses more of you.");
# a client mostly tells of themselves ("I've been coasting for three years."), and may ask
# many questions too ("Should I take the job?"). Questions alone took the client for the
# coach in 9 of AnnoMI's 106 training transcripts; these cues together in 1.
_YOU = re.compile(r"\byou(?:r|rs|rself|'re|'ve|'d|'ll)?\b", re.IGNORECASE)
_I = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b", re.IGNORECASE)


def coach_cues(turns: list[_Turn], *, pronouns: bool = True) -> Counter[str]:
    """Per speaker: the questions (sentences ending in '?') they ask, and, with
    ``pronouns``, the sentences that speak of "you", less those that speak of "I"."""
    cues: Counter[str] = Counter()
    for turn in turns:
        for sentence in split_sentences(turn.text):
            said = sentence.text
            cues[turn.speaker] += is_question(said)
            if pronouns:
                cues[turn.speaker] += bool(_YOU.search(said)) - bool(_I.search(said))
    return cues


def _english_cues_apply(turns: list[_Turn]) -> bool:
    """Whether "you" and "I" can tell the coach: the transcript reads as English (most of
    its letters a to z, however few, and :func:`not_english` finds nothing). In other
    languages the English words are not said, or are other words ("me" in Spanish and
    French), so they would tip the guess by chance."""
    counts = language_counts(turn.text for turn in turns)
    if 2 * counts.a_to_z < counts.letters:
        return False
    return not_english(counts) is None


# A named coach is questioned where another speaker asks at least this many questions,
# and at least ASKS_MORE times as many as they do (plus one): names swapped by mistake.
ASKED_ENOUGH = 5
ASKS_MORE = 3


def _asks_less_than(turns: list[_Turn], named: str) -> list[str]:
    """A note where the coach named asks far fewer questions than another speaker (the
    client named as the coach by a slip): the counts, for the coach to check."""
    asked = coach_cues(turns, pronouns=False)  # questions alone, per speaker
    mine = asked[named]
    other, most = max(
        ((s, n) for s, n in asked.items() if s != named), key=lambda item: item[1], default=("", 0)
    )
    if most < ASKED_ENOUGH or most < ASKS_MORE * (mine + 1):
        return []
    return [
        f"the coach named, {named}, asks {mine} question{'' if mine == 1 else 's'} and "
        f"{other} asks {most}: "
        f"check that {named} is the coach"
    ]


def guess_coach(
    cues: Counter[str], speakers: list[str], *, pronouns: bool = True
) -> tuple[str, str]:
    """(the speaker with most :func:`coach_cues`, the reason in words, naming the cues
    counted: without ``pronouns``, questions alone). Ties go to whoever spoke first, and
    so does a transcript whose speakers no cue tells apart."""
    most = max(cues[s] for s in speakers)
    if all(cues[s] == most for s in speakers):
        if not pronouns:
            return speakers[0], f"nobody asks more, by question marks{_NOT_ENGLISH}; first speaker"
        return speakers[0], "nothing tells the speakers apart; first speaker"
    chosen = next(s for s in speakers if cues[s] == most)
    if not pronouns:
        return chosen, f"asks most, by question marks{_NOT_ENGLISH}"
    return chosen, "asks the most questions and says 'you' more than 'I'"


# Why a guess rests on question marks alone.
_NOT_ENGLISH = " alone: the lines are not in English, so 'you' and 'I' are not counted"


def _client_notes(
    speakers: list[str], coach: str, client: str | None = None, third: Collection[str] = ()
) -> list[str]:
    """A warning where more than one speaker besides the coach and the third parties
    (``third``, named apart) is the client's, or where the session's client speaks
    beside others."""
    clients = [s for s in speakers if s != coach and s not in third]
    if len(clients) < 2:
        return []
    if client is not None and client in clients:  # the session's client is known
        others = [s for s in clients if s != client]
        return [
            f"{len(speakers)} speakers found; {quoted_names(others, ' and ')} "
            f"{'is' if len(others) == 1 else 'are'} neither the coach nor the session's "
            f"client, {quoted(client)}: their lines are shown but not counted in the client's "
            "figures"
        ]
    every = "both" if len(clients) == 2 else "all"
    return [
        f"{len(speakers)} speakers found; {quoted_names(clients, ' and ')} {every} count as "
        "the client (the client's figures are theirs together)"
    ]


def _third_parties(
    said: dict[str, Role], speakers: list[str], coach: str, client: str | None
) -> list[str]:
    """The speakers labelled by a third party's role ("Interpreter:", "Observer:";
    ``said``: :func:`_labelled_roles`), other than the coach and the session's client:
    none where they are all who speaks besides the coach, whose words then stand for the
    client's (an interpreter's the only voice of the client the file holds)."""
    third = [s for s in speakers if said.get(s) == "other" and s not in (coach, client)]
    if len(third) + 1 == len(speakers):
        return []
    return third


def _third_party_notes(turns: list[_Turn], third: list[str]) -> list[str]:
    """A warning naming each speaker labelled by a third party's role."""
    if not third:
        return []
    labels = _label_words(turns)
    named = [
        quoted(s) if fold(word) == fold(s) else f"{quoted(s)} ({word})"
        for s in third
        for word in [_third_party_word(labels[s], s)]
    ]
    one = len(third) == 1
    return [
        f"{', '.join(named[:-1]) + ' and ' if not one else ''}{named[-1]} "
        f"{'is' if one else 'are'} labelled by a role, not as the client: a third party "
        f"(an interpreter, a note-taker, an observer), {'whose' if one else 'their'} lines "
        "are shown and coded as other, counted neither as the client's talk nor the coach's"
    ]


def _role(speaker: str, coach: str, client: str | None, third: Collection[str] = ()) -> Role:
    """The coach; a speaker labelled by a third party's role (``third``) is "other";
    where the session's client is among the speakers, they are the client and anyone else
    is "other"; else everyone but the coach is the client."""
    if speaker == coach:
        return "coach"
    if speaker in third:
        return "other"
    return "client" if client is None or speaker == client else "other"


# --- utterances --------------------------------------------------------------


def _utterances(
    turns: list[_Turn], coach: str, client: str | None, third: Collection[str] = ()
) -> tuple[list[Utterance], list[int]]:
    """The utterances of ``turns``, and the line each starts on (for warnings); ``third``:
    the speakers labelled by a third party's role (:func:`_role`)."""
    utterances: list[Utterance] = []
    lines: list[int] = []
    heard_before = _heard_before(turns)
    for number, turn in enumerate(turns):
        unread = turn.pieces[0].unread_before
        role = _role(turn.speaker, coach, client, third)
        for pieces in _between_pauses(turn.pieces):
            text = " ".join(piece.text for piece in pieces)
            clock = _TurnClock(pieces, heard_before[number])
            spans = segment_turn(text, role=role)
            starts = [clock.at(span.start, opening=True) for span in spans]
            pauses = _pauses_by_span(spans, clock.pauses())
            expressions = _expressions_by_span(spans, clock.expressions())
            for k, span in enumerate(spans):
                end = clock.at(span.end, opening=False)
                following = starts[k + 1] if k + 1 < len(spans) else None
                if end is not None and following is not None:
                    # the space between two sentences belongs to the first
                    end = max(end, following)
                utterances.append(
                    Utterance(
                        index=len(utterances),
                        turn=number,
                        speaker=turn.speaker,
                        role=role,
                        text=span.text,
                        start=starts[k],
                        end=end,
                        # only a turn's first piece follows an unread part (_merge_turns)
                        unread_before=unread,
                        pauses=pauses[k],
                        expressions=expressions[k],
                    )
                )
                unread = False
                lines.append(clock.line_at(span.start))
    return utterances, lines


def _heard_before(turns: list[_Turn]) -> list[float | None]:
    """For each turn, until when the turns before it were said, where known: a piece's
    end, or for one stamped only at its start, its start and the time its words take at
    SLOW_WORDS_PER_SECOND, but no later than the next later stamp (two speakers' lines of
    one whole second share a stamp; a line is not heard past the next one after it)."""
    pieces = [(number, piece) for number, turn in enumerate(turns) for piece in turn.pieces]
    later: list[float | None] = [None] * len(pieces)
    rising: list[float] = []  # the starts after a piece, each later than those after it
    for k in range(len(pieces) - 1, -1, -1):
        start = pieces[k][1].start
        if start is None:
            continue
        while rising and rising[-1] <= start:
            rising.pop()
        later[k] = rising[-1] if rising else None
        rising.append(start)
    heard: list[float | None] = [None] * len(turns)
    until: float | None = None
    for k, (number, piece) in enumerate(pieces):
        if piece.start is not None:
            said = piece.start + word_count(piece.text) / SLOW_WORDS_PER_SECOND
            bound = later[k]
            if piece.end is not None:
                said = piece.end
            elif bound is not None:
                said = min(said, bound)
            until = said if until is None else max(until, said)
        if number + 1 < len(turns):
            heard[number + 1] = until  # the last piece of the turn sets it
    return heard


def _pauses_by_span(
    spans: list[Span], found: list[tuple[int, float | None]]
) -> list[tuple[Pause, ...]]:
    """Each span's pauses: ``found`` holds each pause's offset in the text the spans were
    cut from and its seconds (None where marked), in order. A pause goes to the span that
    holds its offset, or, where it falls between two spans, to the one after it (before
    its words); after the last span, to the last."""
    by_span: list[list[Pause]] = [[] for _ in spans]
    ends = [span.end for span in spans]  # rising: one search per pause, however many
    for offset, seconds in found:
        k = min(bisect_left(ends, offset), len(spans) - 1)
        at = min(max(offset - spans[k].start, 0), len(spans[k].text))
        by_span[k].append(Pause(at, seconds))
    return [tuple(pauses) for pauses in by_span]


def _expressions_by_span(
    spans: list[Span], found: list[tuple[int, str, float | None]]
) -> list[tuple[Expression, ...]]:
    """Each span's laughter, tears and sighs: ``found`` holds each one's offset in the
    text the spans were cut from, its kind and its own time, in order. One goes to the
    span that holds its offset, the words it follows (where it falls between two spans,
    to the one before it); before the first span's words, to the first."""
    by_span: list[list[Expression]] = [[] for _ in spans]
    ends = [span.end for span in spans]
    for offset, kind, start in found:
        k = min(bisect_left(ends, offset), len(spans) - 1)
        at = min(max(offset - spans[k].start, 0), len(spans[k].text))
        by_span[k].append(Expression(at, kind, start))
    return [tuple(expressions) for expressions in by_span]


def _between_pauses(pieces: list[Piece]) -> list[list[Piece]]:
    """A turn's pieces cut where the speaker paused for PAUSE_SECONDS or more after
    finishing a sentence, or for SILENCE_SECONDS or more anywhere: the pause is then a
    gap between two utterances (a silence when long enough) rather than time inside
    one. A short pause mid-sentence runs on into the next piece. Lines stamped only at
    their start are cut where a break comes between them (:func:`_break_between`)."""
    runs: list[list[Piece]] = [[pieces[0]]]
    for before, piece in pairwise(pieces):
        gap = 0.0
        if before.end is not None and piece.start is not None:
            # to the millisecond, as stamps are: 1.9 - 0.9 is a pause of 1 s
            gap = round(piece.start - before.end, 3)
        if (
            gap >= SILENCE_SECONDS
            or (gap >= PAUSE_SECONDS and ends_a_sentence(before.text))
            or _break_between(before, piece)
        ):
            runs.append([piece])
        else:
            runs[-1].append(piece)
    return runs


def _break_between(before: Piece, piece: Piece) -> bool:
    """Whether a break (:func:`breaks`) comes between two lines stamped only at their
    start: an utterance must start at the second, or the break would be lost inside one
    (talk time of whoever spoke on)."""
    if before.end is not None or before.start is None or piece.start is None:
        return False
    if piece.start - before.start < BREAK_SECONDS:
        return False  # no need to count the words
    return break_before(piece.start, before.start, word_count(before.text))


class _TurnClock:
    """Maps a character offset in a turn's text to seconds, piece by piece.

    The turn's text is its pieces joined by single spaces; within a piece with a
    start and end, time runs evenly over its characters. A piece is found by a binary
    search over where the pieces end, so a turn of many pieces (one speaker's hundreds
    of lines in a row) costs no more per utterance than a turn of one.
    """

    def __init__(self, pieces: list[Piece], heard: float | None = None) -> None:
        self._pieces = pieces
        # Until when the turns before were said (:func:`_heard_before`): no pause is found
        # in this one while another speaker is still talking.
        self._heard = heard
        self._lows: list[int] = []  # where each piece's text starts in the turn's text
        self._highs: list[int] = []  # and where it ends: both strictly rising
        offset = 0
        for piece in pieces:
            self._lows.append(offset)
            self._highs.append(offset + len(piece.text))
            offset += len(piece.text) + 1

    def at(self, offset: int, *, opening: bool) -> float | None:
        """Seconds at ``offset``; ``opening`` picks the piece that starts there
        rather than the one that ends there: the first piece that holds ``offset`` or
        starts after it (``opening``), or the first whose text ends at or after it
        and starts before it."""
        if opening:
            k = bisect_right(self._highs, offset)  # the first piece ending after offset
            found = k < len(self._pieces)
        else:
            k = bisect_left(self._highs, offset)  # the first piece ending at it or after
            found = k < len(self._pieces) and self._lows[k] < offset
        if found:
            low, high = self._lows[k], self._highs[k]
            fraction = (offset - low) / max(high - low, 1)
            return _interpolate(self._pieces[k], fraction, opening)
        last = self._pieces[-1]
        return last.end if last.end is not None else (None if not opening else last.start)

    def line_at(self, offset: int) -> int:
        """The line of the piece that the character at ``offset`` comes from."""
        k = bisect_right(self._highs, offset)
        return self._pieces[min(k, len(self._pieces) - 1)].line

    def expressions(self) -> list[tuple[int, str, float | None]]:
        """The laughter, tears and sighs marked in the turn's pieces, in order, as (offset
        in the turn's text, kind, time): the time of a line that held nothing else, else
        the time at its place in the words, where the line is stamped (:meth:`at`), so a
        laugh at the end of a long cue is not dated to the cue's start."""
        return [
            (
                self._lows[k] + at,
                kind,
                # within its own line, even at the line's very end
                start
                if start is not None
                else _interpolate(piece, at / max(len(piece.text), 1), opening=True),
            )
            for k, piece in enumerate(self._pieces)
            for at, kind, start in piece.expressions
        ]

    def pauses(self) -> list[tuple[int, float | None]]:
        """The pauses in the turn's text, in order, as (offset in the text, seconds): those
        a transcriber marked in a piece (seconds None), and, between two pieces stamped
        only at their start, the time between their stamps less what the first piece's
        words take to say at SLOW_WORDS_PER_SECOND, where that is SILENCE_SECONDS or more
        (one at the same place as a marked one gives it its seconds; two marks at one
        place are one pause). A piece's pause after its last word falls where the next
        piece starts."""
        found: dict[int, float | None] = {}
        for k, piece in enumerate(self._pieces):
            for at in piece.pauses:
                after = at >= len(piece.text) and k + 1 < len(self._pieces)
                found.setdefault(self._lows[k + 1] if after else self._lows[k] + at, None)
        for k, (before, piece) in enumerate(pairwise(self._pieces), start=1):
            if before.end is not None or before.start is None or piece.start is None:
                continue
            said = before.start + word_count(before.text) / SLOW_WORDS_PER_SECOND
            gap = round(piece.start - max(said, self._heard or 0.0), 1)
            if gap >= SILENCE_SECONDS:
                found[self._lows[k]] = gap
        return sorted(found.items())


def _interpolate(piece: Piece, fraction: float, opening: bool) -> float | None:
    if piece.start is None:
        return None
    if piece.end is None:
        return piece.start if opening else None
    fraction = min(max(fraction, 0.0), 1.0)
    return round(piece.start + (piece.end - piece.start) * fraction, 3)


# --- warnings ----------------------------------------------------------------


def _mended_warnings(lines: list[int]) -> list[str]:
    """A warning naming the lines where bytes that are not UTF-8 were replaced, if any
    (:func:`~coachconn.analysis.decode.decode_transcript`)."""
    if not lines:
        return []
    return [
        f"{listed_lines(lines)} {'has' if len(lines) == 1 else 'have'} bytes that are not "
        f"UTF-8, shown as {REPLACEMENT}; save the file as UTF-8 to keep the characters there"
    ]


def _reading_warnings(reading: Reading, filename: str | None) -> list[str]:
    warnings = [_skipped_warning(why, lines) for why, lines in _group_skipped(reading).items()]
    warnings += reading.notes
    expected = _EXTENSIONS.get(_extension(filename))
    if expected is not None and reading.format not in expected:
        warnings.append(
            f"file is named {_extension(filename)} but reads as {FORMAT_NAMES[reading.format]}"
        )
    return warnings


def _break_warnings(utterances: list[Utterance], lines: list[int]) -> list[str]:
    """A warning for each break the metrics count (:func:`breaks`), naming the line
    (``lines``: each utterance's) of the utterance after it, and its time as the coded
    transcript shows it, where a reader without the file finds it."""
    return [
        f"line {lines[gap.after + 1]}: {duration_text(gap.seconds)} with nobody speaking "
        f"before it (at {format_clock(utterances[gap.after + 1].start)} in the transcript; a "
        "break, or the recording paused?): counted neither as a silence nor as talk"
        for gap in breaks(utterances)
    ]


def _group_skipped(reading: Reading) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = {}
    for line, why in reading.skipped:
        grouped.setdefault(why, []).append(line)
    return grouped


def _skipped_warning(why: str, lines: list[int]) -> str:
    return f"skipped {listed_lines(lines)} ({why})"


def _extension(filename: str | None) -> str:
    if not filename or "." not in filename:
        return ""
    return "." + filename.rsplit(".", 1)[1].lower()
