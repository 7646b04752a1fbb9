"""A tail of emoji or punctuation stays with the sentence before it."""

from __future__ import annotations

import pytest

from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.segment import asks_unmarked, is_question, segment_turn, split_sentences


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
    assert "coach guessed: Ana (asks the most questions and says 'you' more than 'I')" in t.warnings


# Quoted questions, tags and a question's own tail: each case worked out by hand.
@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        # a rehearsed line quoted in full asks nothing of the coach
        (
            "Uh, something like, \"Dev, I want to check in. That's not like you. What's going"
            ' on?" Yeah. And then, like, listen.',
            "client",
            [
                "Uh, something like, \"Dev, I want to check in. That's not like you. What's"
                ' going on?" Yeah. And then, like, listen.'
            ],
        ),
        # reported within the sentence, after words that do not ask
        ('He asked me, "Why are you late?" I had no answer.', "client", None),
        # curly quotes, in the coach's advice
        (
            "Some people just ask, \u201cWhat do you need from me?\u201d And then they wait.",
            "coach",
            None,
        ),
        # the coach asks, quoting within the question: still a question
        (
            'Okay. What if you asked her, "What do you need?"',
            "coach",
            ["Okay.", 'What if you asked her, "What do you need?"'],
        ),
        # the quote closes before the question mark: the coach asks
        (
            'Right. What happens if you say "no"?',
            "coach",
            ["Right.", 'What happens if you say "no"?'],
        ),
        # an unquoted question in a turn that quotes something else still asks
        (
            'You called it "a mess". What made it one?',
            "coach",
            ['You called it "a mess".', "What made it one?"],
        ),
        # "you know?" with the turn going straight on asks nothing
        (
            "Meetings don't feel like work, you know? It took me years to see it.",
            "coach",
            None,
        ),
        # at the end of the turn it is left to the reader: the turn's last question
        (
            "That's hard. It's a lot to carry, you know?",
            "coach",
            ["That's hard.", "It's a lot to carry, you know?"],
        ),
        # "right?" going on may still check something: it stays a question
        (
            "So you start Monday, right? Then the review after.",
            "coach",
            ["So you start Monday, right?", "Then the review after."],
        ),
        # a question's own tail naming what it asks about joins it
        (
            "Do you think you'd be good at it? The lead role?",
            "coach",
            None,
        ),
        (
            "Have you told her yet? About the move? Okay.",
            "coach",
            ["Have you told her yet? About the move?", "Okay."],
        ),
        # a second question that asks something more stays apart
        (
            "What did you try? Anything else?",
            "coach",
            ["What did you try?", "Anything else?"],
        ),
        (
            "Is it the money? Or is it the title?",
            "coach",
            ["Is it the money?", "Or is it the title?"],
        ),
        # a tail after a statement is no question's tail
        (
            "That's the plan. The lead role?",
            "coach",
            ["That's the plan.", "The lead role?"],
        ),
    ],
)
def test_quotes_tags_and_tails(text: str, role: str, expected: list[str] | None) -> None:
    assert [s.text for s in segment_turn(text, role=role)] == (expected or [text])


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        # a condition on the client, then the question after its comma
        ("So if you took that same approach with Devon, what would you say first", True),
        ("When you get there, what would you like to feel", True),
        ("Once we agree it, when would you start", True),
        # the wh-clause after the comma is a statement's subject, or there is none
        ("When you said that, what I heard was anger", False),
        ("If you think about what changed, that is a lot", False),
        ("If you like, what we can do is map it out", False),
        ("If you go in on Monday, how you say it matters more than what you say", False),
        # a condition on someone else, then a question after its comma
        ("If he could see you now, what would he say about selling", True),
        ("When she left the team, what did you do", True),
        ("If she says no, what then", False),
        ("When he left, what hurt most was the silence", False),
        ("If anything, what matters is the timing", False),
    ],
)
def test_a_question_after_a_condition_without_a_question_mark(sentence: str, asks: bool) -> None:
    assert asks_unmarked(sentence) is asks


def test_an_answer_offered_after_a_question_is_a_question_of_its_own() -> None:
    # "This week?" offers an answer to take or leave: a second question, as the coaching
    # set labels it, not the first question's tail.
    assert [s.text for s in segment_turn("When will you tell her? This week?", role="coach")] == [
        "When will you tell her?",
        "This week?",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question whose own verb is "know" asks, whatever follows it
        ("How do you know? She said she was fine.", ["How do you know?", "She said she was fine."]),
        ("Did you know? She left last week.", ["Did you know?", "She left last week."]),
        ("Do you know what I mean? I think not.", ["Do you know what I mean?", "I think not."]),
        # a guess offered after an open question is a question of its own
        ("What's stopping you? The money?", ["What's stopping you?", "The money?"]),
        # a tail naming what "that" points at joins the question
        ("Is that the hard part? The waiting?", ["Is that the hard part? The waiting?"]),
        # a rehearsed line wholly in quotes, with more said: no question of the coach's
        (
            'So what would you say? "Dev, can we talk?" Something like that.',
            ["So what would you say?", '"Dev, can we talk?" Something like that.'],
        ),
        # a turn that is nothing but a quoted question still asks
        ('"What do you need?"', ['"What do you need?"']),
    ],
)
def test_review_cases_of_tags_tails_and_quotes(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment_turn(text, role="coach")] == expected


def test_a_quoted_question_after_a_full_stop_is_told_not_asked() -> None:
    # the same words as 'He asked me, "Why are you late?"' with a full stop before the quote
    text = 'He asked me. "Why are you late?" And I froze.'
    assert [s.text for s in segment_turn(text, role="client")] == [text]
