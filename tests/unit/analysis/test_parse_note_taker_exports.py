"""The text exports of note-taking and recording services, read as the meeting tools'
are: speakers, their words, and when each line starts (a heading's stamp says when its
words start, not when they end). Each file here was written by hand in the layout the
service writes, and its right reading worked out by hand."""

from __future__ import annotations

import pytest

from coachconn.analysis.parse import parse_transcript


def _rows(data: bytes, coach: str) -> list[tuple[int, str, str, float | None, float | None]]:
    t = parse_transcript(data, coach=coach)
    assert t.warnings == []
    return [(u.turn, u.speaker, u.text, u.start, u.end) for u in t.utterances]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("(00:03)", "(00:09)", "(01:21)"),  # mm:ss
        ("(00:00:03)", "(00:00:09)", "(00:01:21)"),  # hh:mm:ss
        ("(00:03.120)", "(00:09.000)", "(01:21.500)"),  # with milliseconds
    ],
    ids=["minutes", "hours", "milliseconds"],
)
def test_a_heading_of_name_and_stamp_in_round_brackets_heads_the_words_below_it(
    first: str, second: str, third: str
) -> None:
    # Riverside's text export: "Name (00:03.120)" on a line of its own, the words below it
    # (one line or several), a blank line before the next heading.
    data = (
        f"Ana Ruiz {first}\nWelcome back, Ben.\nWhat would you like to focus on today?\n\n"
        f"Ben Ito {second}\nThe talk with my manager.\n\n"
        f"Ana Ruiz {third}\nWhat makes it hard to start?\n"
    ).encode()
    starts = {"(00:03)": 3.0, "(00:00:03)": 3.0, "(00:03.120)": 3.12}
    ends = {"(01:21)": 81.0, "(00:01:21)": 81.0, "(01:21.500)": 81.5}
    assert _rows(data, coach="Ana Ruiz") == [
        (0, "Ana Ruiz", "Welcome back, Ben.", starts[first], None),
        (0, "Ana Ruiz", "What would you like to focus on today?", starts[first], None),
        (1, "Ben Ito", "The talk with my manager.", 9.0, None),
        (2, "Ana Ruiz", "What makes it hard to start?", ends[third], None),
    ]


def test_a_service_that_could_not_name_the_speakers_numbers_them_in_its_headings() -> None:
    data = (
        b"Speaker 1 (00:03)\nWhat would you like to focus on today?\n\n"
        b"Speaker 2 (00:09)\nThe talk with my manager.\n\n"
        b"Speaker 1 (00:15)\nWhat makes it hard?\n"
    )
    assert _rows(data, coach="Speaker 1") == [
        (0, "Speaker 1", "What would you like to focus on today?", 3.0, None),
        (1, "Speaker 2", "The talk with my manager.", 9.0, None),
        (2, "Speaker 1", "What makes it hard?", 15.0, None),
    ]


def test_a_line_that_happens_to_end_in_a_time_in_brackets_is_no_heading() -> None:
    # No name heads two lines so: a title and a client's words, not headings.
    data = (
        b"Coaching Session (14:00)\n\n"
        b"Ana Ruiz: When can you talk to her?\n"
        b"Ben Ito: We meet on Tuesday.\nMaybe Tuesday (3:15)\n"
        b"Ana Ruiz: Good.\n"
    )
    t = parse_transcript(data, coach="Ana Ruiz")
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Ana Ruiz", "When can you talk to her?"),
        ("Ben Ito", "We meet on Tuesday. Maybe Tuesday (3:15)"),
        ("Ana Ruiz", "Good."),
    ]
    assert t.warnings == ["skipped line 1 (no speaker label)"]


def test_a_stamp_alone_under_a_heading_dates_the_same_speakers_next_paragraph() -> None:
    # Podcast transcripts: "Name (00:00):" heads a speaker's words; a long turn goes on
    # under "(00:43):" alone, a new paragraph of the same speaker, stamped.
    data = (
        b"Ana Ruiz (00:00):\nWelcome back, Ben.\n\n"
        b"Ben Ito (00:04):\nI keep putting off the talk with my manager.\n\n"
        b"(00:43):\nWhy do I keep doing that?\n\n"
        b"Ana Ruiz (00:51):\nWhat makes it hard to start?\n"
    )
    assert _rows(data, coach="Ana Ruiz") == [
        (0, "Ana Ruiz", "Welcome back, Ben.", 0.0, None),
        (1, "Ben Ito", "I keep putting off the talk with my manager.", 4.0, None),
        (1, "Ben Ito", "Why do I keep doing that?", 43.0, None),
        (2, "Ana Ruiz", "What makes it hard to start?", 51.0, None),
    ]


def test_a_round_bracket_heading_keeps_a_guest_tag_apart_and_names_a_stamp_it_cannot_read() -> None:
    # "(Guest)" is an aside, no part of the name; 00:75 is no time: the words are kept,
    # without one, and the line is named.
    data = (
        b"Ana Ruiz (00:03)\nWhat would you like to focus on today?\n\n"
        b"Ben Ito (Guest) (00:09)\nThe talk with my manager.\n\n"
        b"Ana Ruiz (00:75)\nWhat makes it hard?\n"
    )
    t = parse_transcript(data, coach="Ana Ruiz")
    assert [(u.speaker, u.text, u.start) for u in t.utterances] == [
        ("Ana Ruiz", "What would you like to focus on today?", 3.0),
        ("Ben Ito", "The talk with my manager.", 9.0),
        ("Ana Ruiz", "What makes it hard?", None),
    ]
    assert t.warnings == [
        "line 7: time stamp could not be read; the words are kept, without a time"
    ]
