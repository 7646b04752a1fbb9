"""Ordinary coaching lines that share words with the client cues for sustain talk, change
talk, a day set, an obstacle named, a success told, a rating, the way of the world, the
words to be said and disclosure, and that those cues must leave alone: other topics,
negation, others' words, questions, hypotheticals and a coach's question of another
kind. Every line is made up."""

from __future__ import annotations

import pytest

from coachconn.analysis.rules import client_code, client_flags
from coachconn.analysis.rules.client import ClientFlags, checked_flags


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        # knowing how something is, not how to do it
        ("", "I'm not sure I know how she'll take it."),
        ("", "I don't think I know how many hours I actually work."),
        # a yes that cannot be refused, or no longer the client's rule
        ("", "I can't say no to that, it's a great offer."),
        ("", "I can't say no to her forever. Something has to give."),
        # not wanted to fail, or a worry told in the past that came to nothing
        ("", "Nobody's going to want me to fail, though, are they."),
        ("", "I worried nobody would want me, and then three places called back."),
        # promises told of, or not made to others
        ("", "No promises were made, that's the problem."),
        ("", "He made no promises about the promotion."),
        ("", "I'm not promising her the weekend this time, I'm keeping it for me."),
        ("", "I'm not promising anything I can't deliver any more. That's the change."),
        # a step held for a day that is named
        ("", "I'm not going to ask him until Friday, because that's when he's back."),
        ("", "I'm not going to send it until I've read it once more tonight."),
        # tried before and liked, or someone else's try
        ("", "I've tried weights before and loved it."),
        ("", "My sister tried diets before."),
        # what the change would spare them
        ("", "But then I'd lose the commute, which would be brilliant."),
        ("", "But then I'd miss nothing, really."),
        ("", "But then I'd give up smoking too, which is what I want."),
        ("", "But then I'd stop putting it off."),
        ("", "But then I'd never have to see him again."),
        # a no to the coach's request, not to the step
        ("Could you tell me more about that?", "Not really."),
        ("Will you tell me if it goes badly?", "No."),
        ("Are you going to talk to her about the drinking?", "No."),
        (
            "Will you send the email before the meeting?",
            "No, I'll send it after, when things have calmed down.",
        ),
        ("Are you going to tell her you're scared?", "Not yet. I want to talk to you first."),
        # a no to missing it, or a yes that goes on
        ("Would you miss the late nights?", "Definitely not."),
        ("Do you think you'd miss it?", "Yes, but I'd get over it."),
    ],
)
def test_ordinary_lines_are_no_sustain_talk(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.2, "neutral", asked) != "sustain"
    assert client_code(text, "change", 0.2, "neutral", asked) != "sustain"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        # "I could say that." taken back, asked, or someone else's leave
        ("", "I could say that. But I won't."),
        ("", "Could I say that?"),
        ("", "She said I could say that."),
        ("", "I couldn't say that."),
        ("", "I could say that, but she'd laugh."),
        # no day set to a bare "When?" or a time offered
        ("When?", "When I'm ready, I suppose."),
        ("By Friday?", "Friday? No chance."),
        ("When?", "Tuesday, if he's in."),
        ("When did that happen?", "Monday."),
        # no success told
        ("What did you do there that worked?", "I don't really know."),
        ("What did you do there that worked?", "It didn't work, really. I gave up after a week."),
        ("What's worked before?", "My sister tried everything. Nothing worked for her either."),
        ("When have you said no to her and it went OK?", "Never. Not once."),
    ],
)
def test_ordinary_lines_are_no_change_talk(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.2, "neutral", asked) != "change"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("What might get in the way?", "Nothing. I'm going to do it on Monday."),
        ("What might get in the way?", "Me. But I'm going to book it tonight anyway."),
        ("What could stop you?", "Honestly nothing, I'm doing it."),
        ("What might get in the way?", "Work, maybe. So I'll do it first thing, before work."),
    ],
)
def test_a_commitment_after_what_might_stop_it_stays_change_talk(asked: str, text: str) -> None:
    assert client_code(text, "change", 0.2, "neutral", asked) == "change"


@pytest.mark.parametrize(
    "text",
    [
        "I was never ungrateful, I just wanted more.",
        "She thinks I'm ungrateful.",
        "Is that ungrateful?",
        "My dad was proud.",
        "The team were knackered.",
        "I always freeze the leftovers.",
        "I just shut down the laptop at six.",
        "I was shaking hands with everyone.",
        "I was trembling with excitement, in a good way.",
        "I was in tears laughing.",
        "Do I hate it?",
        "He said I hate that.",
        "I don't hate it.",
        "I'd hate it.",
        "He thinks I'm a pushover.",
        "I'm not a coward.",
        "Am I a hypocrite?",
    ],
)
def test_ordinary_lines_disclose_nothing(text: str) -> None:
    assert not client_flags(text).disclosure


@pytest.mark.parametrize(
    "text",
    ["I feel so ungrateful.", "I'm being ungrateful, I know.", "I know I sound ungrateful."],
)
def test_ungrateful_as_the_client_feels_it_is_disclosure(text: str) -> None:
    assert client_flags(text).disclosure


@pytest.mark.parametrize(
    "text",
    [
        # how often, which is a routine told, not a rating
        "Two, three times a week I stay past nine.",
        "Um, probably three, four months ago. My clothes stopped fitting.",
        "Seven. I rang her on Tuesday and it went fine.",
        # the words to be said end at the comma; what follows is how things stand
        "I'll let them know, but honestly the place is falling apart.",
        "I'll tell my manager, um, she's usually pretty reasonable about it.",
        "I'll tell her tomorrow. She's been off all week and the team's struggling.",
    ],
)
def test_a_report_in_a_rating_or_a_plan_keeps_reporting(text: str) -> None:
    assert checked_flags(text, ClientFlags(False, True, False)).reporting


@pytest.mark.parametrize(
    "text",
    [
        "Everyone in my family does that, and I've picked it up.",
        "That's the way it goes in our house: I'm the one who gives in.",
        "Everyone leans on the one who says yes, and that's been me for years.",
    ],
)
def test_the_way_of_the_world_with_the_client_in_it_keeps_reflecting(text: str) -> None:
    assert checked_flags(text, ClientFlags(True, False, False)).reflecting


@pytest.mark.parametrize(
    "text",
    [
        "Anything less than perfect, basically. It's the perfectionism again, isn't it.",
        "It's the fear again, isn't it.",
        "That's control, isn't it. Wanting it all just so.",
    ],
)
def test_a_pattern_named_with_a_tag_question_keeps_reflecting(text: str) -> None:
    assert checked_flags(text, ClientFlags(True, False, False)).reflecting


@pytest.mark.parametrize(
    "text",
    ["That's business, isn't it.", "It's normal, isn't it. Everybody says it's a numbers game."],
)
def test_the_way_of_the_world_alone_is_no_reflecting(text: str) -> None:
    assert not checked_flags(text, ClientFlags(True, False, False)).reflecting
