"""A tail of emoji or punctuation stays with the sentence before it."""

from __future__ import annotations

import pytest

from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.segment import is_question, segment_turn, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What is going on? 😀🙏", ["What is going on? 😀🙏"]),
        ("I said no. What next? 🙂 🙂", ["I said no.", "What next? 🙂 🙂"]),
        ("Really? :)", ["Really? :)"]),
        ("I said no! 😅 —", ["I said no! 😅 —"]),
        ("I see. ... Go on.", ["I see. ... Go on."]),
    ],
)
def test_a_tail_without_letters_or_digits_joins_the_sentence_before(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in segment_turn(text)] == expected


def test_the_joined_tail_keeps_the_spans_pointing_into_the_text() -> None:
    text = " What is going on?  😀🙏 "
    spans = segment_turn(text)
    assert [(s.start, s.end) for s in spans] == [(1, 22)]
    assert text[1:22] == "What is going on?  😀🙏"


def test_a_question_with_an_emoji_tail_is_still_a_question() -> None:
    assert is_question("What is going on? 😀🙏")
    assert is_question("Really? :)")
    assert not is_question("Really!")
    assert not is_question("Fine. 🙂")


def test_a_question_mark_followed_by_other_marks_still_asks() -> None:
    assert is_question("Really?!")
    assert is_question("What were you thinking?!")
    assert is_question("Why?..")
    assert not is_question("Why? No.")


def test_a_turn_that_is_only_an_emoji_stays_an_utterance() -> None:
    assert [s.text for s in split_sentences("👍")] == ["👍"]


def test_an_emoji_tail_is_not_an_utterance_of_its_own() -> None:
    t = parse_transcript("Ana: What is going on? 😀🙏\nBen: Not much.\n".encode())
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Ana", "What is going on? 😀🙏"),
        ("Ben", "Not much."),
    ]
    assert (t.coach, t.coach_guessed) == ("Ana", True)
    assert "coach guessed: Ana (asks most, and speaks most of 'you' rather than 'I')" in t.warnings
