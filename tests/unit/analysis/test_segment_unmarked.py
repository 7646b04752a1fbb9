"""A coach's last question written without its mark, as auto-captions write it: split
off from the statement before it in a coach's turn, and only where its form asks."""

from __future__ import annotations

import pytest

from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.segment import segment_turn, unmarked_question


def _coach(text: str) -> list[str]:
    return [span.text for span in segment_turn(text, role="coach")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quick time check, we've got twenty left. Where do you want to take the rest of "
            "the time",
            [
                "Quick time check, we've got twenty left.",
                "Where do you want to take the rest of the time",
            ],
        ),
        (
            "We've got five minutes left, so let's wrap up. what's one thing you're taking "
            "from today",
            [
                "We've got five minutes left, so let's wrap up.",
                "what's one thing you're taking from today",
            ],
        ),
        ("Okay, good. Is that okay with you", ["Okay, good.", "Is that okay with you"]),
        (
            "That sounds like a lot. And how are you doing with all this",
            ["That sounds like a lot.", "And how are you doing with all this"],
        ),
    ],
)
def test_a_coachs_last_question_without_its_mark_is_split_off(
    text: str, expected: list[str]
) -> None:
    assert _coach(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "That sounds hard. What a week",
        "Okay. How interesting",
        "That makes sense. Where you go from here is up to you",
        "So that's the plan. what would help most is a list",
        "Right. Do it anyway",
        "Good. Have a think about it",
        "Okay. what you said earlier matters",
        "Yeah. And do you have your kids with you or-",
        "It was a long week. Where do you want to take the rest of the time.",
    ],
)
def test_an_exclamation_a_statement_or_a_cut_off_line_stays_together(text: str) -> None:
    assert _coach(text) == [text]


def test_a_clients_turn_is_not_split_on_form_alone() -> None:
    text = "I told him already. Where do I even start"
    assert [span.text for span in segment_turn(text, role="client")] == [text]


def test_a_marked_question_splits_as_before() -> None:
    assert _coach("It was a long week. Where do you want to start?") == [
        "It was a long week.",
        "Where do you want to start?",
    ]


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Where do you want to take the rest of the time", True),
        ("what\u2019s one thing you\u2019re taking from today", True),
        ("Could we pause there", True),
        ("What's done is done", False),
        ("How interesting", False),
        ("Where do you want to start?", False),
        ("Do that first", False),
    ],
)
def test_a_question_by_its_form(sentence: str, asks: bool) -> None:
    assert unmarked_question(sentence) is asks


def test_parsing_splits_the_coachs_unmarked_question_but_not_the_clients() -> None:
    data = (
        b"[00:00:01] Helen: We've got ten minutes left. What do you want to do with them\n"
        b"[00:00:09] Colette: I had a thought. Where do I even begin\n"
    )
    transcript = parse_transcript(data, coach="Helen")
    said = [(u.role, u.text) for u in transcript.utterances]
    assert said == [
        ("coach", "We've got ten minutes left."),
        ("coach", "What do you want to do with them"),
        ("client", "I had a thought. Where do I even begin"),
    ]
