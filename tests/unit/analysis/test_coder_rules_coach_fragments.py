"""A coach's phrase with no verb, put as a statement ("A name by spring, and none yet.",
"Three weeks of early starts.", "Your sister, again."), that the model took for a
question: it gives back what the client said and asks nothing, so it is a reflection,
and two of them in one turn are no stacked question. Beside each, lines that look alike
and do ask: a question mark, an asking word, a verb a question turns on, a caption's
line that has lost its mark, a choice offered, an answer to the client's question.
"""

from __future__ import annotations

import numpy as np
import pytest
from tests.head_names import HEAD_NAMES

from coachconn.analysis import coder as coder_module
from coachconn.analysis.coder import Heads
from coachconn.analysis.metrics import stacked_question_turns
from coachconn.analysis.rules import coach_code
from coachconn.analysis.types import Utterance

NAME = "I have to pick a name for the business by spring and I still have nothing."
STARTS = "I've been getting up at five for three weeks to work on it."
SISTER = "And my sister keeps telling me what to call it."
HONEST = "I want to be honest with her, and be there for her."


def _code(text: str, client_before: str, reflection: str = "simple") -> str:
    """The code of ``text`` the model read as an open question (its reflection head
    reading ``reflection``), after the client said ``client_before``."""
    subtypes = {"question": "open", "reflection": reflection, "input": "information"}
    return coach_code(text, "question", subtypes, client_before)


@pytest.mark.parametrize("depth", ["simple", "complex"])
@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        ("A name by spring, and none yet.", NAME),
        ("Three weeks of early starts.", STARTS),
        ("Your sister, again.", SISTER),
        # "honesty": the client's "honest" in another form
        ("Honesty and showing up.", HONEST),
        ("Okay. A proper name, by spring.", NAME),
        ("For you and your sister, then.", SISTER),
    ],
)
def test_a_phrase_with_no_verb_that_gives_the_client_back_is_a_reflection(
    text: str, client_before: str, depth: str
) -> None:
    # As deep as the model's reflection head reads it.
    assert _code(text, client_before, depth) == f"{depth}_reflection"


@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        # a question mark, or a caption's line with no mark at all (it may have lost one)
        ("Three weeks of early starts?", STARTS),
        ("three weeks of early starts", STARTS),
        ("what would that give you", NAME),
        ("how was it", STARTS),
        # an asking word first, or a verb a question turns on
        ("How about a name by spring.", NAME),
        ("Your sister again, is it.", SISTER),
        ("You've had three weeks of early starts.", STARTS),
        ("It's your sister again.", SISTER),
        ("She wants the name by spring.", NAME),
        # asked without a verb: more, a choice, the client's view, a scale, a time
        ("Anything else about the name.", NAME),
        ("Spring or summer.", NAME),
        ("Your thoughts on the name.", NAME),
        ("The name, on a scale of one to ten.", NAME),
        ("The name by Tuesday at ten.", NAME),
        # a line broken off, or one that goes on from the coach's own
        ("-by spring, at the latest.", NAME),
        ("But some good names.", "Some of the names are fine, I suppose."),
    ],
)
def test_a_phrase_that_asks_stays_a_question(text: str, client_before: str) -> None:
    assert _code(text, client_before) == "open_question"


@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        # the coach's own words: nothing of the client's in them
        ("Loyalty.", HONEST),
        ("Interesting.", STARTS),
        # an answer to the client's question, or nothing of the client's said
        ("Three weeks.", "How long have I been at it? Three weeks?"),
        ("Your sister, again.", "Mm-hmm."),
        ("Your sister, again.", ""),
    ],
)
def test_a_phrase_that_gives_nothing_of_the_clients_back_is_left_to_the_model(
    text: str, client_before: str
) -> None:
    assert _code(text, client_before) == "open_question"


def test_two_such_phrases_in_one_turn_are_no_stacked_question() -> None:
    lines = [
        Utterance(0, 0, "Maya", "client", f"{NAME} {STARTS}"),
        Utterance(1, 1, "Coach", "coach", "A name by spring, and none yet."),
        Utterance(2, 1, "Coach", "coach", "Three weeks of early starts."),
        Utterance(3, 1, "Coach", "coach", "What has that cost you?"),
    ]
    # the model reads every coach line as an open question
    asked = np.zeros(13, dtype=np.float32)
    asked[0] = asked[7] = 4.0  # behaviour "question", question head "open"
    said = np.zeros(13, dtype=np.float32)
    said[3] = 4.0  # the client's line: "other"
    logits = np.vstack([said, asked, asked, asked])
    coded = coder_module.decide(lines, logits, Heads.from_labels(HEAD_NAMES))
    assert [c.code for c in coded[1:]] == [
        "simple_reflection",
        "simple_reflection",
        "open_question",
    ]
    assert stacked_question_turns(coded) == []
