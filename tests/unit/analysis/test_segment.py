"""Cutting a turn into utterances: questions alone, statements together."""

from __future__ import annotations

import pytest

from coachconn.analysis.segment import is_question, segment_turn, split_sentences


def _texts(text: str) -> list[str]:
    return [span.text for span in segment_turn(text)]


def test_it_keeps_a_question_apart_from_the_statement_before_it() -> None:
    assert _texts("That sounds hard. What did you do next?") == [
        "That sounds hard.",
        "What did you do next?",
    ]


def test_it_keeps_runs_of_statements_together() -> None:
    assert _texts("You've been working hard. That matters. What now?") == [
        "You've been working hard. That matters.",
        "What now?",
    ]


def test_it_splits_stacked_questions() -> None:
    assert _texts("What did you try? What worked? Anything else?") == [
        "What did you try?",
        "What worked?",
        "Anything else?",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I spoke to Dr. Lindqvist about it.",
        "We met at 9 a.m. Tuesday with Mrs. Lowe.",
        "It was 2.5 hours, e.g. most of the day.",
        "I wrote to J. Rivers yesterday.",
        "She joined the U.S. Navy at 18.",
        "I don't know... Maybe it was fine.",
    ],
)
def test_it_does_not_split_abbreviations_decimals_initials_or_ellipses(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


def test_it_splits_sentences_after_exclamation_and_lower_case_questions() -> None:
    assert [s.text for s in split_sentences("Great! what next? Tell me.")] == [
        "Great!",
        "what next?",
        "Tell me.",
    ]


def test_its_spans_point_back_into_the_turn_text() -> None:
    text = "  Fine.  So where to?  "
    for span in segment_turn(text):
        assert text[span.start : span.end] == span.text


def test_it_recognises_questions_inside_quotes() -> None:
    assert is_question('She asked "why now?"')
    assert not is_question("Why now, she wondered.")


def test_a_quoted_question_inside_a_sentence_does_not_end_it() -> None:
    assert [s.text for s in segment_turn('You said "why not?" and left. What then?')] == [
        'You said "why not?" and left.',
        "What then?",
    ]
    # a question only quoted asks nothing: it stays with the statements around it
    assert [s.text for s in segment_turn('She asked "why now?" Then she left.')] == [
        'She asked "why now?" Then she left.'
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new user's find: the set-up was its own utterance, read as a reflection
        (
            "Imagine it's a year from now and you took the role. What's different?",
            ["Imagine it's a year from now and you took the role. What's different?"],
        ),
        (
            "That sounds hard. Picture yourself at the panel. What do you notice?",
            ["That sounds hard.", "Picture yourself at the panel. What do you notice?"],
        ),
        (
            "Okay. Suppose you got it. You start on Monday. What's the first thing you do?",
            ["Okay. Suppose you got it. You start on Monday. What's the first thing you do?"],
        ),
        (
            "So, think back to your first promotion. What got you through it?",
            ["So, think back to your first promotion. What got you through it?"],
        ),
        (
            "Let's say the panel says no. How would you respond?",
            ["Let's say the panel says no. How would you respond?"],
        ),
    ],
)
def test_a_set_up_stays_with_the_question_it_leads_to(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Imagine that! What did she say next?", ["Imagine that!", "What did she say next?"]),
        (
            "Imagine how hard that was. What did you do?",
            ["Imagine how hard that was.", "What did you do?"],
        ),
        ("I suppose so. What now?", ["I suppose so.", "What now?"]),
        # a scene of more than two statements after the set-up is a run of its own
        (
            "Imagine it's spring. You moved. You started. You settled. What's different?",
            ["Imagine it's spring. You moved. You started. You settled.", "What's different?"],
        ),
    ],
)
def test_a_reaction_or_a_long_run_is_no_set_up(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_a_joined_set_up_keeps_its_span_pointing_into_the_turn_text() -> None:
    text = "Right. That's a lot.  Imagine it's done.  What then?"
    spans = segment_turn(text)
    assert [s.text for s in spans] == ["Right. That's a lot.", "Imagine it's done.  What then?"]
    for span in spans:
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word or two asked, then a statement: a lead-in, kept with what follows
        (
            "Um, honestly? Running. I've had three calls.",
            ["Um, honestly? Running. I've had three calls."],
        ),
        ("Do I? Huh. Maybe it was the last time.", ["Do I? Huh. Maybe it was the last time."]),
        (
            "I know. Me? I never ask. What would you do?",
            ["I know. Me? I never ask.", "What would you do?"],
        ),
        # three words are a question; so is a short one before a question or alone
        ("Where was I? Head of department.", ["Where was I?", "Head of department."]),
        ("Why? What happened?", ["Why?", "What happened?"]),
        ("Honestly?", ["Honestly?"]),
        ("That sounds hard. Really?", ["That sounds hard.", "Really?"]),
    ],
)
def test_a_short_question_before_a_statement_leads_into_it(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a client's rising statement, then more of the answer: one utterance
        (
            "I think... it wants to matter? Like, really matter.",
            ["I think... it wants to matter? Like, really matter."],
        ),
        (
            "I'm probably on, I don't know, forty? Maybe more on a Friday.",
            ["I'm probably on, I don't know, forty? Maybe more on a Friday."],
        ),
        # a question in a question's form asks, whoever says it
        ("Is that normal? I never used to worry.", ["Is that normal?", "I never used to worry."]),
        (
            "So should I just quit? I keep asking myself.",
            ["So should I just quit?", "I keep asking myself."],
        ),
        ("Why didn't I say it? No idea.", ["Why didn't I say it?", "No idea."]),
        (
            "Couldn't I just ask him? It seems too easy.",
            ["Couldn't I just ask him?", "It seems too easy."],
        ),
        # a rising statement with nothing after it, or a question after it, stays alone
        ("I was meant to say no?", ["I was meant to say no?"]),
        (
            "So I just tell him? What if he laughs?",
            ["So I just tell him?", "What if he laughs?"],
        ),
    ],
)
def test_a_clients_rising_statement_stays_with_the_rest_of_the_answer(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in segment_turn(text, role="client")] == expected


def test_a_coachs_statement_with_a_question_mark_asks() -> None:
    # "You said Tuesday?" checks a fact: a closed question, whatever its form.
    text = "You said Tuesday? Tell me about that day."
    assert [s.text for s in segment_turn(text, role="coach")] == [
        "You said Tuesday?",
        "Tell me about that day.",
    ]
    assert [s.text for s in segment_turn(text, role="client")] == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found in an audit: the lead-in was a question of its own, and the turn, which
        # asks one thing, was counted as stacked questions
        (
            "I'm curious about the four a.m. thing, though. If you imagine September, what "
            "do you notice in your body?",
            [
                "I'm curious about the four a.m. thing, though. If you imagine September, "
                "what do you notice in your body?"
            ],
        ),
        (
            "That's a lot. I'm wondering about your manager. What does she make of it?",
            ["That's a lot.", "I'm wondering about your manager. What does she make of it?"],
        ),
        (
            "So I'm really curious about that moment. What happened?",
            ["So I'm really curious about that moment. What happened?"],
        ),
    ],
)
def test_a_coachs_topic_named_just_before_its_question_stays_with_it(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in segment_turn(text, role="coach")] == expected


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        # the topic named with no question after it: an invitation of its own
        (
            "I'm curious about the four a.m. thing.",
            "coach",
            ["I'm curious about the four a.m. thing."],
        ),
        # a statement between the topic and the question: not a lead-in to it
        (
            "I'm curious about your manager. She sounds tough. What did she say?",
            "coach",
            ["I'm curious about your manager. She sounds tough.", "What did she say?"],
        ),
        # asking how or what is a question of its own, before another
        (
            "I'm curious about how you did that. What was the first step?",
            "coach",
            ["I'm curious about how you did that.", "What was the first step?"],
        ),
        # the client's own interest, then their own question
        (
            "I'm curious about teaching. Would I be any good at it?",
            "client",
            ["I'm curious about teaching.", "Would I be any good at it?"],
        ),
    ],
)
def test_a_topic_named_apart_from_the_question_or_by_the_client_is_no_lead_in(
    text: str, role: str, expected: list[str]
) -> None:
    assert [s.text for s in segment_turn(text, role=role)] == expected
