"""Client talk read with what the coach asked (hand-written coaching lines, none from the
eval set): a bare rating on a ruler, relief felt at the end, ability taken back by an
obstacle, an excuse turned down for the step, and leave granted with a tease. Each rule
is checked against ordinary lines that share its words."""

from __future__ import annotations

import pytest

from coachconn.analysis.rules import client_code
from coachconn.analysis.rules.client import ClientFlags, checked_flags

_IMPORTANCE = "On a scale of zero to ten, how important is it to you to start swimming again?"
_CONFIDENCE = "And how confident are you, on the same scale, that you could do it?"

# --- a bare rating on a ruler takes no side ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Maybe a four.",
        "Oh. That's lower. Like a three? Maybe a three.",
        "Four or five.",
        "I'd say a two and a half.",
        "Um, probably a five.",
    ],
)
def test_a_bare_rating_on_a_ruler_is_neutral(text: str) -> None:
    assert client_code(text, "change", 0.1, asked=_CONFIDENCE) == "neutral"
    assert client_code(text, "change", 0.1, asked=_IMPORTANCE) == "neutral"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # a high number, read either way in AnnoMI, or a rating with its reasons
        ("Ten.", _IMPORTANCE),
        ("I'd say a seven.", _IMPORTANCE),
        ("Six or seven.", _CONFIDENCE),
        ("Eight, because I want to be able to keep up with my kids.", _IMPORTANCE),
        ("A four. I know I can do it, I've done it before.", _CONFIDENCE),
        # a number that is no rating: the question asks for none
        ("Maybe a four.", "How many glasses do you have on a night out?"),
        ("Four or five.", "What time do you get home?"),
    ],
)
def test_a_rating_with_reasons_or_no_ruler_keeps_its_reading(text: str, asked: str) -> None:
    assert client_code(text, "change", 0.1, asked=asked) == "change"


# --- relief felt now takes no side ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yeah, I feel a bit lighter actually.",
        "Yes. Thank you. I feel calmer now.",
        "I feel a lot less stressed, honestly.",
        "Thanks so much. I feel relieved after saying it out loud.",
    ],
)
def test_relief_felt_now_is_neutral(text: str) -> None:
    assert client_code(text, "change", 0.1) == "neutral"
    assert client_code(text, "sustain", 0.9) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        # what a change has done for the client, or relief tied to the old way
        "I feel calmer when I don't drink.",
        "I feel so much better since I stopped smoking.",
        "I feel relieved, but I'm still not going to do it.",
        "Yeah, I feel lighter. And I'm going to book the course tonight.",
    ],
)
def test_relief_with_a_side_keeps_its_reading(text: str) -> None:
    assert client_code(text, "change", 0.1) == "change"


# --- ability said, then taken back by an obstacle ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I could. I could try. It's just, work is mad this week and the kids are off.",
        "I know I can, but it's really hard when everyone around me is drinking.",
        "I could, but that might backfire on me with the team.",
        "Yeah, I could probably do it. The only thing is I never have an evening free.",
    ],
)
def test_ability_taken_back_by_an_obstacle_is_sustain(text: str) -> None:
    assert client_code(text, "change", 0.1) == "sustain"
    assert client_code(text, "neutral", 0.1) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        # the step made small, ability said with more in it, or a step after the obstacle
        "I can try. It's just a phone call.",
        "I could do it pretty easily. It's just, I probably know most of it already.",
        "I could, but I'll do it next week instead, after the wedding.",
        "I could ask Sam to cover the Monday.",
    ],
)
def test_ability_with_no_obstacle_left_keeps_its_reading(text: str) -> None:
    assert client_code(text, "change", 0.1) == "change"


# --- an excuse turned down for the step ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Then I'll get cold. No, honestly, I'll just go. It's half an hour.",
        "It might be busy. No, I'll do it anyway.",
    ],
)
def test_an_excuse_turned_down_for_the_step_is_change(text: str) -> None:
    assert client_code(text, "sustain", 0.9) == "change"


@pytest.mark.parametrize(
    "text",
    [
        # a "No" that turns down the step, or foretells a lapse
        "It might rain. No, I'll probably give up after a week.",
        "I don't know. No, I won't.",
        "No, I'll do it. But honestly I don't see the point.",
    ],
)
def test_a_no_that_keeps_to_the_old_way_stays_sustain(text: str) -> None:
    assert client_code(text, "sustain", 0.9) == "sustain"


# --- leave to name something, granted with a tease ------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Go on, you're going to anyway.", "Go on.", "Sure, go ahead."],
)
def test_leave_to_name_something_granted_is_neutral(text: str) -> None:
    asked = "Can I name something I'm noticing across our sessions?"
    assert client_code(text, "sustain", 0.9, asked=asked) == "neutral"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Go on, I'm going to quit anyway.", "Can I name something I'm noticing?"),
        ("Go on, you're going to anyway.", "How did the week go?"),
    ],
)
def test_more_than_leave_granted_keeps_its_reading(text: str, asked: str) -> None:
    assert client_code(text, "sustain", 0.9, asked=asked) == "sustain"


def test_a_limit_set_on_the_step_is_no_obstacle() -> None:
    assert client_code("I could do that, but not on Fridays.", "change", 0.1) == "change"


# --- a rating with its article is still a rating, no report --------------------------------


@pytest.mark.parametrize("text", ["Like a seven. Seven and a half.", "Maybe a four, honestly."])
def test_a_rating_with_an_article_is_no_report(text: str) -> None:
    assert not checked_flags(text, ClientFlags(False, True, False)).reporting


@pytest.mark.parametrize(
    "text",
    [
        "Like a five. She moved out last week.",
        "A two-hour drive, every day, and I did it for a year.",
        "An hour, most nights. I go through the rota after the kids are in bed.",
    ],
)
def test_a_rating_with_a_story_or_an_amount_keeps_the_report(text: str) -> None:
    assert checked_flags(text, ClientFlags(False, True, False)).reporting


# --- nothing else, when the coach asks ------------------------------------------------------

_ANYTHING_ELSE = "Anything else on your mind before we finish?"


@pytest.mark.parametrize(
    "text",
    [
        "No, I think that's it. It's helpful. It's just, like, a lot.",
        "Nope.",
        "Not really, no. It was good.",
        "I don't think so. That's plenty to think about.",
    ],
)
def test_nothing_else_is_neutral(text: str) -> None:
    assert client_code(text, "change", 0.1, asked=_ANYTHING_ELSE) == "neutral"
    assert client_code(text, "sustain", 0.9, asked=_ANYTHING_ELSE) == "neutral"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # more said after it, for or against a step, or no such question
        ("No, that gives me something to work towards until next week.", _ANYTHING_ELSE),
        ("No. I'm going to call her tonight.", _ANYTHING_ELSE),
        ("Nope. It's helpful.", "What could you try this week?"),
        ("No, I think that's it.", "Is there anything else you could do about it?"),
    ],
)
def test_more_than_nothing_else_keeps_its_reading(text: str, asked: str) -> None:
    assert client_code(text, "change", 0.1, asked=asked) == "change"


# --- a way of seeing it new to the client, or what they were doing read back ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Yeah, I do that. I've never really thought of it that way.",
        "Yes. I stopped going after that. I think I was hiding a bit.",
        "I've been kidding myself, haven't I.",
    ],
)
def test_seeing_through_the_old_way_is_no_sustain(text: str) -> None:
    assert client_code(text, "sustain", 0.9, otherwise="neutral") == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        # a thing never considered, where they hid, or the old way kept after it
        "I've never thought about it. I just don't want to.",
        "I think I was hiding in the toilets. I'm not doing that again, it's fine as it is.",
        "I never looked at it like that before, but I'm not going to change.",
    ],
)
def test_ordinary_lines_that_share_the_words_stay_sustain(text: str) -> None:
    assert client_code(text, "sustain", 0.9, otherwise="neutral") == "sustain"


# --- the blame that would fall on the client, as the reason to keep hold ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Like, if I say no and something goes wrong, that's on me.",
        "And if it goes wrong, it's my team, it's my name on it.",
        "When it goes badly it'll be my fault. So I do it myself.",
    ],
)
def test_the_blame_falling_on_the_client_is_sustain(text: str) -> None:
    assert client_code(text, "neutral", 0.2) == "sustain"
    assert client_code(text, "change", 0.2) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        # blame laid elsewhere, the past, or the step taken after it
        "If it goes wrong, that's on them.",
        "When it went wrong last year, it was on me.",
        "If it goes wrong, it's my fault, but I'm going to let them run it anyway.",
    ],
)
def test_blame_laid_elsewhere_or_answered_keeps_its_reading(text: str) -> None:
    assert client_code(text, "change", 0.2) == "change"


# --- the client's own clause after another's act ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She always asks last minute and I just can't say no to her.",
        "He asked again last week, and I just can't say no to him.",
    ],
)
def test_the_clients_own_clause_after_anothers_act_is_their_argument(text: str) -> None:
    assert client_code(text, "change", 0.1) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        # what another says of the client, with no clause of the client's own
        "She says I just can't say no to her.",
        "My manager thinks I can't say no to anyone.",
    ],
)
def test_anothers_words_about_the_client_are_no_argument(text: str) -> None:
    assert client_code(text, "change", 0.1) != "sustain"


# --- the client's own way called silly as they tell it -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Like apologising for it. Which is, I know, it's silly.",
        "I know it's ridiculous. I always over-explain the price.",
    ],
)
def test_the_clients_own_way_called_silly_is_no_sustain(text: str) -> None:
    assert client_code(text, "sustain", 0.9, otherwise="neutral") == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        # kept to after, another's view, or the step called silly
        "I know it's silly, but I like it.",
        "I know it's silly to you.",
        "Counting units? It's silly.",
    ],
)
def test_silly_kept_to_or_said_of_the_step_stays_sustain(text: str) -> None:
    assert client_code(text, "sustain", 0.9, otherwise="neutral") == "sustain"
