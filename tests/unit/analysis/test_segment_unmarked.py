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


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause a caption cut off
        "You told her no. Which is fine",
        "You went anyway. Which was brave",
        "You said you'd think about it. which would make sense",
        # a wh-clause as subject with an aside, and a sentence adverb
        "That's a lot on your plate. What's important, I think, is that you've started",
        "You kept going. What's more, you asked for help",
        # imperatives and a condition put first
        "Good. Do your best with it",
        "Okay. Have the conversation with her first",
        "I'll be around. Should you need anything before then, just email",
        "That's your choice. Were you to say no, that would be fine too",
        # cut off on an article
        "Okay. And what's the",
    ],
)
def test_a_relative_clause_an_aside_an_imperative_or_a_cut_stays_together(text: str) -> None:
    assert _coach(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two options. Which is better for you", ["Two options.", "Which is better for you"]),
        ("Two options. Which would you pick", ["Two options.", "Which would you pick"]),
        ("Okay. Do your kids know", ["Okay.", "Do your kids know"]),
        ("Okay. Who are you going with", ["Okay.", "Who are you going with"]),
        (
            "Okay. Should we stop there, or keep going",
            ["Okay.", "Should we stop there, or keep going"],
        ),
    ],
)
def test_which_with_a_subject_and_a_question_ending_on_with_still_split(
    text: str, expected: list[str]
) -> None:
    assert _coach(text) == expected


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("What's clear, though, is that you care about this", False),
        ("So what I'm hearing is you want more time", False),
        ("I asked him why he left", False),
        ("What do you think, is it worth it", True),
    ],
)
def test_a_cleft_a_summary_and_a_reported_question_do_not_ask(sentence: str, asks: bool) -> None:
    assert unmarked_question(sentence) is asks
