"""Disclosure the flag head reads into lines that disclose nothing (hand-written coaching
lines, none from the eval set): a question alone, or agreeing to and looking forward to
the session, where the rules find no feeling in it. A question or a pleasantry with a
feeling in it keeps the flag."""

from __future__ import annotations

import pytest

from coachconn.analysis.rules import ClientFlags, checked_flags

# As a flag head might read a line said with feeling in the voice: a disclosure.
READ_AS_DISCLOSURE = ClientFlags(reflecting=False, reporting=False, disclosure=True)


@pytest.mark.parametrize(
    "text",
    [
        "Is that allowed as an answer?",
        "Sorry, can we go back to the first question?",
        "Sounds good. Yeah, I've been looking forward to this one honestly.",
        "Great. Same time works. Talk then.",
        # the client in the question, but judging nothing
        "Can I go now?",
        "Did I?",
        "Should I bring the notes next time?",
    ],
)
def test_a_question_or_a_pleasantry_alone_discloses_nothing(text: str) -> None:
    assert not checked_flags(text, READ_AS_DISCLOSURE).disclosure


@pytest.mark.parametrize(
    "text",
    [
        # a feeling in the question or beside the pleasantry
        "Is that awful to say?",
        "Why do I always feel so useless?",
        "Sounds good. I'm terrified, honestly.",
        # a question after something said with feeling
        "I cried the whole way home. Is that normal?",
        # looking forward to something other than the session
        "I've been looking forward to the holiday for months, and now I dread it.",
        "I'm looking forward to it, actually.",
        # a question that judges the client, or asks if what they feel is normal
        "Am I a bad mother?",
        "Do you think I'm failing my kids?",
        "Why can't I just stop?",
        "Is it normal to cry every night?",
        "is it weird that i miss him",
    ],
)
def test_a_question_or_a_pleasantry_with_a_feeling_keeps_its_disclosure(text: str) -> None:
    assert checked_flags(text, READ_AS_DISCLOSURE).disclosure


def test_only_disclosure_is_taken_from_a_question() -> None:
    read = ClientFlags(reflecting=True, reporting=False, disclosure=True)
    assert checked_flags("Is that allowed as an answer?", read) == ClientFlags(True, False, False)


# As a flag head might read a goodbye said warmly: insight and a feeling.
READ_AS_BOTH = ClientFlags(reflecting=True, reporting=False, disclosure=True)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks Jonah. See you.",
        "Thank you, Priyanka. Bye for now.",
        "Cheers. Take care.",
        "Thanks so much. Have a good weekend.",
        "ok, thanks again. speak soon",
        "Thank you for today. See you in three weeks.",
        "Thanks.",
    ],
)
def test_a_goodbye_or_thanks_alone_neither_discloses_nor_reflects(text: str) -> None:
    checked = checked_flags(text, READ_AS_BOTH)
    assert not checked.disclosure
    assert not checked.reflecting


@pytest.mark.parametrize(
    "text",
    [
        # a feeling or an insight beside the goodbye
        "Thanks. I feel lighter than when I came in.",
        "Thank you. I've realised I always wait for permission. See you.",
        "Cheers. I'm dreading Monday, to be honest.",
        "See you. I hate ending these, I always want another ten minutes.",
    ],
)
def test_a_goodbye_with_a_feeling_or_an_insight_keeps_its_flags(text: str) -> None:
    checked = checked_flags(text, READ_AS_BOTH)
    assert checked.disclosure or checked.reflecting
