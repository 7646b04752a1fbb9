"""The client rules on a resistant client's replies (hand-written lines, none from the
eval set): a hedge commits to nothing, a defence is neither insight nor vulnerability,
and joining the call late is about the call."""

from __future__ import annotations

import time

import pytest

from coachconn.analysis.rules import ClientFlags, about_the_call, checked_flags, client_code


@pytest.mark.parametrize(
    "text",
    [
        "Maybe.",
        "I'll see.",
        "I'll think about it.",
        "We'll see.",
        "Perhaps, I guess.",
        "I might.",
        "Yeah, maybe. I don't know.",
        "Okay. I guess I'll think about it.",
        "I'll see how it goes, I guess.",
        "I'm going to see what happens.",
        "Hm. I'll have a think.",
        "I'll think about it; I guess.",
        "I don't know, I'll think about it.",
        "Yeah, we'll see.",
        "None of it, really, this month.",
        "Not yet, sadly.",
        "None, this week.",
        "Nothing much, to be honest, since last time.",
    ],
)
def test_a_hedge_or_nothing_done_is_not_change_talk_whatever_the_model_read(text: str) -> None:
    assert client_code(text, "change") == "neutral"
    assert client_code(text, "neutral") == "neutral"


@pytest.mark.parametrize(
    ("text", "talk_type", "expected"),
    [
        # a step named beside the hedge is still a commitment
        ("I'll see her on Monday.", "neutral", "change"),
        ("I'll think about it and call her on Monday.", "neutral", "change"),
        ("I'll see. Maybe I'll ask Tom on Friday.", "neutral", "change"),
        ("Maybe I'll ask her tomorrow.", "neutral", "change"),
        ("I'll see if I can move the one-to-ones.", "neutral", "change"),
        ("I'll think about it; I'm going to call her tomorrow.", "change", "change"),
        ("I'll think about it; I'm going to call her tomorrow.", "neutral", "change"),
        ("We'll see; I'm booking the course tonight.", "change", "change"),
        # a hedge before something of the client's own leaves the model's reading
        ("Maybe a six.", "change", "change"),
        ("Maybe. I really want this to work.", "change", "change"),
        ("Never again.", "change", "change"),
        ("Nothing.", "change", "change"),  # perhaps to "What's stopping you?"
        ("None.", "change", "change"),
        ("Not really.", "change", "change"),
        ("No more late nights for me.", "change", "change"),
        ("Maybe. It's fine as it is.", "sustain", "sustain"),
        # saying goodbye commits to nothing
        ("I'll see you next week.", "neutral", "neutral"),
    ],
)
def test_a_hedge_beside_a_step_or_another_reading_changes_nothing(
    text: str, talk_type: str, expected: str
) -> None:
    assert client_code(text, talk_type) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I do listen, you know.",
        "I know how to run a meeting.",
        "Well, I do know how to delegate.",
        "I can handle it.",
        "Look, I'm perfectly capable of chairing a meeting.",
        "I did ask her twice, actually.",
        "I can run a meeting.",
    ],
)
def test_defending_oneself_is_neither_reflecting_nor_disclosure(text: str) -> None:
    # as a flag head might read it; the rules' own reporting stands
    read = ClientFlags(reflecting=True, reporting=True, disclosure=True)
    assert checked_flags(text, read) == ClientFlags(False, True, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a realisation or a feeling said with it: the head's reading stands
        ("I can see that now.", ClientFlags(True, False, True)),
        ("I do that a lot.", ClientFlags(True, False, True)),
        ("I do care about them, you know.", ClientFlags(True, False, True)),
        ("I do feel awful about it.", ClientFlags(True, False, True)),
        ("I do listen. I realise I always interrupt, though.", ClientFlags(True, False, True)),
        # a defence with a feeling the rules find keeps the disclosure only
        ("I did ask her. I felt so stupid.", ClientFlags(True, False, True)),
        # a struggle or a lack in the rest of it is no defence
        ("I did cry when she told me.", ClientFlags(True, False, True)),
        ("I can barely sleep at night.", ClientFlags(True, False, True)),
        ("I do everything for everyone and nobody notices.", ClientFlags(True, False, True)),
        ("I can hardly get out of bed some days.", ClientFlags(True, False, True)),
        ("I did struggle with it, a lot.", ClientFlags(True, False, True)),
    ],
)
def test_insight_or_feeling_beside_a_defence_keeps_the_heads_flags(
    text: str, expected: ClientFlags
) -> None:
    read = ClientFlags(reflecting=True, reporting=False, disclosure=True)
    assert checked_flags(text, read) == expected


@pytest.mark.parametrize(
    ("text", "only_the_call"),
    [
        ("Yes, loud and clear. Sorry I'm a couple of minutes late…", True),
        ("Yes, loud and clear.", True),
        ("I can hear you fine.", True),
        ("Sorry I'm late.", True),
        ("Sorry I'm a bit late, my last meeting ran over.", True),
        # more than the call
        ("Sorry I'm late, I'm a bit frazzled.", False),
        ("I'm late with everything at the moment.", False),
        ("Loud and clear. I've been dreading today, honestly.", False),
    ],
)
def test_joining_late_or_hearing_the_coach_is_about_the_call(
    text: str, only_the_call: bool
) -> None:
    assert about_the_call(text) is only_the_call


@pytest.mark.parametrize("filler", ["i don't know ", "i guess ", "dunno ", "maybe i guess "])
def test_a_long_sentence_of_fillers_is_read_in_one_pass(filler: str) -> None:
    # ending in a word that is no filler, so every reading of the fillers is tried
    text = filler * (100_000 // len(filler)) + "x"
    start = time.perf_counter()
    assert client_code(text, "change") == "change"
    assert time.perf_counter() - start < 2.0
