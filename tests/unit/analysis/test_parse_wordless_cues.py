"""A cue whose timing reads but which holds no words ("[inaudible]", "(laughs)", nothing):
someone spoke or made a sound there, so it is no silence; it is skipped and named."""

from __future__ import annotations

import pytest

from coachconn.analysis.formats import WORDLESS_CUE
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


def _coded(data: bytes) -> list[CodedUtterance]:
    transcript = parse_transcript(data, coach="Mara Stein")
    return [CodedUtterance(u, "other") for u in transcript.utterances]


@pytest.mark.parametrize(
    "note", ["Ana Ruiz: [inaudible]", "[crosstalk]", "(laughs)", "Ana Ruiz: (sighs)", ""]
)
def test_a_cue_without_words_is_no_silence_and_is_named(note: str) -> None:
    data = WEBVTT.format(note=note).encode()
    transcript = parse_transcript(data, coach="Mara Stein")
    assert f"skipped line 9 ({WORDLESS_CUE})" in transcript.warnings
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
