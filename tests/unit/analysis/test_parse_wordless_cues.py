"""A cue whose timing reads but which holds no words ("[inaudible]", "(laughs)", nothing):
someone spoke or made a sound there, so it is no silence; it is skipped and named. A
plain-text line that holds no words is skipped and named in the same way. Laughter, tears
or a sigh alone are skipped as well but not named: they are kept with the speaker's words
(test_parse_expressions.py)."""

from __future__ import annotations

import pytest

from coachconn.analysis.formats import WORDLESS_CUE, WORDLESS_LINE
from coachconn.analysis.metrics import compute_metrics
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.types import CodedUtterance

# Mara 1-4 s, Ana 5-12 s, a cue from 13 to 30 s holding {note}, Mara 31-35 s, Ana 36-40 s.
# The cue's timing is on line 9. Without the note, 12 -> 31 s would be a silence of 19 s.
WEBVTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
Mara Stein: What would you like to work on today?

00:00:05.000 --> 00:00:12.000
Ana Ruiz: I want to talk about my promotion.

00:00:13.000 --> 00:00:30.000
{note}

00:00:31.000 --> 00:00:35.000
Mara Stein: What makes you unsure?

00:00:36.000 --> 00:00:40.000
Ana Ruiz: I am afraid of losing my evenings.
"""


def _coded(data: bytes, coach: str = "Mara Stein") -> list[CodedUtterance]:
    transcript = parse_transcript(data, coach=coach)
    return [CodedUtterance(u, "other") for u in transcript.utterances]


@pytest.mark.parametrize(
    ("note", "named"),
    [
        ("Ana Ruiz: [inaudible]", True),
        ("[crosstalk]", True),
        ("", True),
        ("(laughs)", False),
        ("Ana Ruiz: (sighs)", False),
    ],
)
def test_a_cue_without_words_is_no_silence_and_is_named(note: str, named: bool) -> None:
    data = WEBVTT.format(note=note).encode()
    transcript = parse_transcript(data, coach="Mara Stein")
    assert (f"skipped line 9 ({WORDLESS_CUE})" in transcript.warnings) is named
    assert [(u.text, u.unread_before) for u in transcript.utterances] == [
        ("What would you like to work on today?", False),
        ("I want to talk about my promotion.", False),
        ("What makes you unsure?", True),
        ("I am afraid of losing my evenings.", False),
    ]
    metrics = compute_metrics(_coded(data))
    assert metrics.silences == []  # the 1 s gaps are too short, and 12 -> 31 s is not one


def test_a_laugh_is_nobodys_talk_time() -> None:
    # Mara 3 + 4 = 7 s, Ana 7 + 4 = 11 s; the 17 s of laughter count for neither.
    metrics = compute_metrics(_coded(WEBVTT.format(note="(laughs)").encode()))
    assert metrics.talk_seconds == {"coach": 7.0, "client": 11.0}


def test_the_warning_names_the_wordless_cue_in_an_srt_file_too() -> None:
    data = (
        b"1\n00:00:01,000 --> 00:00:04,000\nMara Stein: What brings you here?\n\n"
        b"2\n00:00:05,000 --> 00:00:12,000\nAna Ruiz: My promotion.\n\n"
        b"3\n00:00:13,000 --> 00:00:30,000\n[inaudible]\n\n"
        b"4\n00:00:31,000 --> 00:00:35,000\nMara Stein: What about it?\n"
    )
    transcript = parse_transcript(data, coach="Mara Stein")
    assert f"skipped line 10 ({WORDLESS_CUE})" in transcript.warnings
    assert compute_metrics(_coded(data)).silences == []


def test_a_note_beside_words_is_dropped_and_the_words_kept_without_a_warning() -> None:
    data = WEBVTT.format(note="Ana Ruiz: (laughs) And my evenings.").encode()
    transcript = parse_transcript(data, coach="Mara Stein")
    assert [(u.speaker, u.text) for u in transcript.utterances[1:3]] == [
        ("Ana Ruiz", "I want to talk about my promotion."),
        ("Ana Ruiz", "And my evenings."),
    ]
    assert not any(WORDLESS_CUE in w for w in transcript.warnings)


# Dana at 5 s, a line at 10 s holding {note}, Dana again at 15 s, Sam at 20 s: the note is
# on line 2, between two of the client's lines.
STAMPED_TEXT = """[00:05] Dana Kowalski: It's all wearing me down.
{note}
[00:15] Dana Kowalski: I feel responsible for all of them.
[00:20] Sam Whitfield: What would help you right now?
"""


@pytest.mark.parametrize(
    ("note", "named"),
    [
        ("[00:10] Sam Whitfield: [inaudible]", True),
        ("[00:10] Sam Whitfield: (laughs)", False),
        ("[00:10] [crosstalk]", True),
        ("[00:10] Sam Whitfield:", True),
    ],
)
def test_a_plain_text_line_without_words_is_named_and_parts_the_lines_around_it(
    note: str, named: bool
) -> None:
    data = STAMPED_TEXT.format(note=note).encode()
    transcript = parse_transcript(data, coach="Sam Whitfield")
    assert (f"skipped line 2 ({WORDLESS_LINE})" in transcript.warnings) is named
    assert [(u.text, u.turn, u.unread_before) for u in transcript.utterances] == [
        ("It's all wearing me down.", 0, False),
        ("I feel responsible for all of them.", 1, True),
        ("What would help you right now?", 2, False),
    ]


def test_dana_is_not_given_the_time_of_the_note_after_her_line() -> None:
    # Dana's first line has no end of its own and may not borrow the start of the line
    # after the note (15 s): what was said or heard from 10 s on is unknown. So it is left
    # out of talk time, with the last line (nothing says when it ends): 5 + 6 words.
    data = STAMPED_TEXT.format(note="[00:10] Sam Whitfield: [inaudible]").encode()
    metrics = compute_metrics(_coded(data, coach="Sam Whitfield"))
    assert (metrics.talk_time_untimed, metrics.talk_time_untimed_words) == (2, 11)


def test_an_unstamped_line_with_only_a_laugh_keeps_the_clients_lines_apart() -> None:
    data = (
        b"Sam Whitfield: How has the week been?\n"
        b"Dana Kowalski: It's all wearing me down.\n"
        b"Sam Whitfield: (laughs)\n"
        b"Dana Kowalski: I feel responsible for all of them.\n"
    )
    transcript = parse_transcript(data, coach="Sam Whitfield")
    assert transcript.warnings == []  # the laugh is shown, with Sam's words
    assert [(u.speaker, u.text, u.unread_before) for u in transcript.utterances] == [
        ("Sam Whitfield", "How has the week been?", False),
        ("Dana Kowalski", "It's all wearing me down.", False),
        ("Dana Kowalski", "I feel responsible for all of them.", True),
    ]


def test_an_otter_heading_with_only_a_note_below_it_is_skipped_and_named() -> None:
    data = (
        b"Dana Kowalski  0:05\nIt's all wearing me down.\n\n"
        b"Sam Whitfield  0:10\n[inaudible]\n\n"
        b"Dana Kowalski  0:15\nI feel responsible for all of them.\n\n"
        b"Sam Whitfield  0:20\nWhat would help you right now?\n"
    )
    transcript = parse_transcript(data, coach="Sam Whitfield")
    assert f"skipped line 4 ({WORDLESS_LINE})" in transcript.warnings
    assert [u.unread_before for u in transcript.utterances] == [False, True, False]


def test_a_speaker_label_whose_words_follow_on_the_next_line_is_not_skipped() -> None:
    data = b"Sam Whitfield:\nHow has the week been?\nDana Kowalski:\nIt's all wearing me down.\n"
    transcript = parse_transcript(data, coach="Sam Whitfield")
    assert [u.text for u in transcript.utterances] == [
        "How has the week been?",
        "It's all wearing me down.",
    ]
    assert not any(WORDLESS_LINE in w for w in transcript.warnings)


def test_a_note_on_a_line_of_its_own_is_named_and_the_words_after_it_start_anew() -> None:
    # As an "[inaudible]" cue between two cues would be: the words below the note are
    # still Dana's (nobody else is named), but not one run with hers above it.
    data = (
        b"Sam Whitfield: How has the week been?\n"
        b"Dana Kowalski: It's all wearing me down.\n"
        b"[inaudible]\n"
        b"I feel responsible for all of them.\n"
    )
    transcript = parse_transcript(data, coach="Sam Whitfield")
    assert f"skipped line 3 ({WORDLESS_LINE})" in transcript.warnings
    assert [(u.speaker, u.text, u.turn, u.unread_before) for u in transcript.utterances] == [
        ("Sam Whitfield", "How has the week been?", 0, False),
        ("Dana Kowalski", "It's all wearing me down.", 1, False),
        ("Dana Kowalski", "I feel responsible for all of them.", 2, True),
    ]
