"""Lines that move the session on or close it, in the words coaches use for them: a
return to something the client said earlier, announced before the question about it;
the session stopped for time; the invitation to the next one sent. Each beside lines
that look alike and must not be read the same way."""

from __future__ import annotations

import pytest
from tests.unit.analysis.coach_coding import coach_coder

SUBTYPES = {"question": "closed", "reflection": "complex", "input": "advice"}

code = coach_coder(SUBTYPES, "therapist_input")


@pytest.mark.parametrize("behaviour", ["therapist_input", "reflection", "other"])
@pytest.mark.parametrize(
    "text",
    [
        "I want to go back to something you said earlier, about your dad.",
        "I'd like to come back to what you said about the board.",
        "Let me go back to something you mentioned at the start.",
        "Can we come back to something you said a minute ago.",
        "Well, just make sure you do it. Look, I'm going to have to stop us there, I've got "
        "another client at four.",
        "We'll have to leave it there for today.",
        "Great stuff, you'll smash it. I'll send the invite over tonight.",
        "I'll send you the calendar invite.",
    ],
)
def test_a_return_to_the_clients_words_or_a_close_is_structuring(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "structuring"


@pytest.mark.parametrize("behaviour", ["therapist_input", "reflection"])
@pytest.mark.parametrize(
    "text",
    [
        # the client's wish to go back, said back
        "You want to go back to something you said to her.",
        # a step for the client
        "Go back to what you said to him and say it again, plainly.",
        # the coach's own story
        "I had to stop there and rethink my whole career.",
        # an invitation sent to someone else
        "I'll send the invite to the whole team.",
    ],
)
def test_lines_that_only_look_like_it_are_not_structuring(text: str, behaviour: str) -> None:
    assert code(text, behaviour) != "structuring"


# --- a feeling named in three words -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "client_before", "expected"),
    [
        # a feeling the client did not name
        ("You were furious.", "He renamed my dishes without asking me.", "complex_reflection"),
        ("You're exhausted.", "I'm doing the books at midnight again.", "complex_reflection"),
        ("You felt really humiliated.", "She said it in front of the team.", "complex_reflection"),
        # the client's own feeling, given back
        ("You were furious.", "I was furious with him, honestly.", "simple_reflection"),
        ("You're scared.", "I'm scared it'll fall apart.", "simple_reflection"),
    ],
)
def test_a_feeling_the_model_left_in_other_is_a_reflection(
    text: str, client_before: str, expected: str
) -> None:
    assert code(text, "other", client_before) == expected


@pytest.mark.parametrize(
    "text",
    ["You were there.", "You were right.", "You're stuck with it.", "You were lucky."],
)
def test_a_short_statement_about_the_client_that_names_no_feeling_stays_other(text: str) -> None:
    assert code(text, "other", "He renamed my dishes without asking me.") == "other"
