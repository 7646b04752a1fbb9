"""Transcriber's notes in brackets, known by their words and perhaps a time ("[inaudible
00:12:31]", as Rev writes them), are not speech; other words in brackets are. A note of
a pause ("[long pause]", "[silence]") is not speech either, but is kept as a pause:
tests/unit/analysis/test_parse_pauses.py."""

from __future__ import annotations

import pytest

from coachconn.analysis.formats import WORDLESS_CUE, WORDLESS_LINE
from coachconn.analysis.parse import parse_transcript

NOTES = [
    "[inaudible 00:12:31]",
    "(inaudible 00:12:31)",
    "[Inaudible 12:31]",
    "[crosstalk 00:01:02]",
    "[crosstalk 00:01:02 - 00:01:05]",
    "(laughs 00:01:31)",
    "[laughter]",
    "[Music]",
    "[long pause]",
    "[overlapping speech]",
    "(laughs nervously)",
    "[silence]",
]


def _said(data: bytes) -> list[tuple[str, str]]:
    return [(u.speaker, u.text) for u in parse_transcript(data, coach="Sam").utterances]


@pytest.mark.parametrize("note", NOTES)
def test_a_note_inside_speech_is_dropped_and_the_words_kept(note: str) -> None:
    data = f"Sam: How was the week?\nDana: It was long {note} really long.\n".encode()
    assert _said(data) == [("Sam", "How was the week?"), ("Dana", "It was long really long.")]


# The notes that mark no pause and no laughter: a cue of nothing else is skipped, and
# named (laughter alone is kept with the speaker's words: test_parse_expressions.py).
NOT_PAUSES = [note for note in NOTES if not any(w in note for w in ("pause", "silence", "laugh"))]


@pytest.mark.parametrize("note", NOT_PAUSES)
def test_a_cue_holding_only_a_timed_note_is_skipped_not_coded(note: str) -> None:
    data = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nSam: How was the week?\n\n"
        "00:00:05.000 --> 00:00:09.000\nDana: Long.\n\n"
        f"00:00:10.000 --> 00:00:30.000\nSam: {note}\n\n"
        "00:00:31.000 --> 00:00:35.000\nDana: Really long.\n"
    ).encode()
    transcript = parse_transcript(data, coach="Sam")
    assert f"skipped line 9 ({WORDLESS_CUE})" in transcript.warnings
    assert [u.text for u in transcript.utterances] == [
        "How was the week?",
        "Long.",
        "Really long.",
    ]


def test_a_plain_text_line_holding_only_a_timed_note_is_skipped_not_coded() -> None:
    data = (
        b"[00:00:05] Sam: How was the week?\n"
        b"[00:00:12] Dana: Long.\n"
        b"[00:00:20] Sam: (inaudible 00:00:31)\n"
        b"[00:00:40] Dana: Really long.\n"
    )
    transcript = parse_transcript(data, coach="Sam")
    assert f"skipped line 3 ({WORDLESS_LINE})" in transcript.warnings
    assert [u.text for u in transcript.utterances] == [
        "How was the week?",
        "Long.",
        "Really long.",
    ]


def test_a_timed_note_on_a_line_of_its_own_is_no_broken_time_stamp() -> None:
    data = b"[00:00:05] Sam: How was the week?\n[inaudible 00:00:09]\n[00:00:12] Dana: Long.\n"
    transcript = parse_transcript(data, coach="Sam")
    assert transcript.warnings == [f"skipped line 2 ({WORDLESS_LINE})"]
    assert [(u.text, u.start) for u in transcript.utterances] == [
        ("How was the week?", 5.0),
        ("Long.", 12.0),
    ]


def test_a_timed_note_before_the_label_is_dropped() -> None:
    data = b"[00:00:05] Sam: How was the week?\n[crosstalk 00:00:09] Dana: Long.\n"
    assert _said(data) == [("Sam", "How was the week?"), ("Dana", "Long.")]


@pytest.mark.parametrize(
    "words",
    [
        "I said [I mean the budget] was wrong.",
        "[I mean the budget] was wrong.",
        "I told [my manager] it was wrong.",
        "The [10:30 meeting] was wrong.",
    ],
)
def test_other_words_in_square_brackets_stay_speech(words: str) -> None:
    data = f"Sam: How was the week?\nDana: {words}\n".encode()
    assert _said(data)[1] == ("Dana", words)
    cue = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nSam: How was the week?\n\n"
        f"00:00:05.000 --> 00:00:09.000\nDana: {words}\n"
    ).encode()
    assert _said(cue)[1] == ("Dana", words)


def test_a_spoken_aside_in_round_brackets_stays_speech_at_the_start_too() -> None:
    data = b"Sam: How was the week?\nDana: (I mean, really) it was long.\n"
    assert _said(data)[1] == ("Dana", "(I mean, really) it was long.")


def test_bracketed_words_before_a_speaker_label_are_not_the_speakers() -> None:
    data = b"Sam: How was the week?\n[door slams] Dana: Sorry, it was long.\n"
    assert _said(data) == [("Sam", "How was the week?"), ("Dana", "Sorry, it was long.")]
