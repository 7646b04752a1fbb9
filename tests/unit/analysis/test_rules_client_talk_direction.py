"""Client talk whose side the model reads from its words rather than from what it argues
(hand-written coaching lines, none from the eval set): leave granted to the coach's offer
takes no side. Each cue is checked against ordinary lines that share its words."""

from __future__ import annotations

import pytest

from coachconn.analysis.rules import client_code

# --- leave granted to the coach's offer -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Go for it.", "Would you be open to a suggestion?"),
        ("Yeah, go for it.", "Would it be useful if I offered a suggestion?"),
        ("Sure. I'll listen.", "Is it okay if I share some information with you?"),
        ("Please do.", "Can I share what other people have found helpful?"),
    ],
)
def test_leave_granted_to_an_offer_takes_no_side(text: str, asked: str) -> None:
    assert client_code(text, "change", 0.0, "change", asked) == "neutral"
    assert client_code(text, "neutral", 0.0, "neutral", asked) == "neutral"


@pytest.mark.parametrize(
    ("text", "asked", "talk_type"),
    [
        # a step, not an offer
        ("Go for it. I'll sign up tonight.", "Would you be open to a suggestion?", "change"),
        ("Yeah, I'll try that.", "Would you like to try that this week?", "change"),
        # the grant with no offer asked
        ("Go for it.", "So you're thinking of applying?", "change"),
    ],
)
def test_grants_that_are_not_leave_for_an_offer_are_left(
    text: str, asked: str, talk_type: str
) -> None:
    assert client_code(text, talk_type, 0.0, talk_type, asked) == talk_type
