"""Sustain talk in the client's own words (hand-written coaching lines, none from the
eval set): doubting they can change, writing a step off, defending the way things are,
putting the change off or refusing it. Each cue is checked against ordinary lines that
share its words but argue for the change, plan a step or only describe."""

from __future__ import annotations

import time

import numpy as np
import pytest

from coachconn.analysis.coder import Heads, _decide
from coachconn.analysis.rules import SUSTAIN_FLOOR, client_code
from coachconn.analysis.types import Utterance

# A sustain probability the model gives a line it reads otherwise but is not sure of.
UNSURE = 0.3


@pytest.mark.parametrize(
    "text",
    [
        # doubting they can make the change
        "I don't know if I can do this.",
        "Honestly, I'm not sure I'd be any good at it.",
        "I don't think I could ever pull that off.",
        "I don't think I'd cope.",
        "I can't see myself being the one in charge.",
        "I'm just not cut out for managing people.",
        "I'm not ready to give up the evening calls.",
        "I'm too old to start again.",
        # a step written off, or the coach's idea as easy to say
        "There's no point.",
        "What's the point?",
        "Honestly, there's no point in asking, nobody has time.",
        "Easy for you to say.",
        "Easier said than done.",
        "That won't work.",
        "It won't make any difference.",
        "I'm not sure it would help.",
        "I've tried that already.",
        "I tried it before and it didn't work.",
        "I've tried everything already.",
        # defending the way things are
        "I'd rather do it myself.",
        "It's quicker if I just do it myself.",
        "It's fine the way it is.",
        "Things are okay as they are.",
        "I like it the way it is.",
        "I don't see why I should.",
        "It's not that bad, really.",
        "It's not a big deal.",
        "That's not really the problem.",
        "My boss is the problem, not me.",
        "It's not my fault they keep moving the deadline.",
        # putting the change off, or refusing it
        "I should probably just wait until things calm down.",
        "Maybe I should hold off.",
        "I might as well leave it for now.",
        "I'm not going to bother.",
        "I won't do that, sorry.",
        # ambivalence that ends on sustain talk
        "I want to, but I don't think I can manage it.",
    ],
)
def test_sustain_talk_in_the_clients_words_is_sustain_whatever_the_model_read(
    text: str,
) -> None:
    assert client_code(text, "neutral", UNSURE) == "sustain"
    assert client_code(text, "change", UNSURE) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        # doubting they can: a date, a question, the status quo, the past
        "I don't know if I can make Thursday.",
        "I'm not sure I can answer that.",
        "I don't think I can keep doing this.",
        "I don't think I could handle this much longer.",
        "I'm not sure I'd do it differently.",
        "I don't know if I can do it justice in ten minutes, but here goes.",
        "I can't see myself staying here another year.",
        "I don't see myself as a victim.",
        "I used to think I wasn't cut out for it.",
        "The report's not ready yet.",
        "I wasn't ready for that question.",
        "I'm not ready yet, but I will be by Friday.",
        # futility: a point made, a date that doesn't suit, a reason to act now
        "There's no point in staying where I'm not learning.",
        "What's the point of the weekly report?",
        "The point is I need a break.",
        "There's the point, I think.",
        "It was easy to say yes.",
        "Saying no was easier than I thought.",
        "It's easier when I plan the week on Sunday.",
        "That won't work for Tuesday, can we do Wednesday?",
        "It won't help to rush it, so start small.",
        "It won't change anything if I keep waiting.",
        "Waiting won't make any difference.",
        "Everyone told me it wouldn't work, and I did it anyway.",
        "I've tried it.",
        "I tried that before and it actually helped.",
        "I tried it once and it worked really well.",
        # the way things are: someone else, the past, a summary agreed, a step made easier
        "I used to do everything myself.",
        "She'd rather do it herself.",
        "That's fine as a summary.",
        "I don't see why she was upset.",
        "It's not that bad once I get going.",
        "It wasn't that bad, in the end.",
        "It was a big deal for me.",
        "It's no big deal to ask her, actually.",
        "The money's not the problem, it's the time.",
        "It was not my first choice.",
        # waiting for a step, or refusing the old habit
        "I should wait for her reply before I send it.",
        "I should wait until Monday to call him.",
        "I won't do that again.",
        "I'm not going to do it all myself this time.",
        "I'm not doing that any more.",
        "I'm not going to say yes to every extra shift.",
        # words of no cue
        "I can't wait to start.",
        "I don't want to let them down.",
    ],
)
def test_ordinary_lines_that_share_a_cues_words_are_not_read_as_sustain_talk(text: str) -> None:
    assert client_code(text, "neutral", UNSURE) != "sustain"
    assert client_code(text, "change", UNSURE) != "sustain"


@pytest.mark.parametrize(
    "text",
    [
        "It's not that bad, but I want to stop.",
        "I'm not sure it'll work, but I'm going to try it on Monday.",
        "It's fine the way it is for now, but I'd like to change it.",
        "Easier said than done. I'll ask her anyway.",
    ],
)
def test_an_ambivalent_client_who_ends_on_change_talk_is_not_sustain(text: str) -> None:
    assert client_code(text, "change", UNSURE) == "change"
    assert client_code(text, "neutral", UNSURE) == "change"


def test_a_cue_gives_way_where_the_model_is_sure_it_is_not_sustain_talk() -> None:
    text = "I'd rather do it myself."
    assert client_code(text, "change", SUSTAIN_FLOOR / 2) == "change"
    assert client_code(text, "neutral", SUSTAIN_FLOOR / 2) == "neutral"
    assert client_code(text, "change", SUSTAIN_FLOOR) == "sustain"


def test_the_models_sustain_reading_stands_without_a_cue() -> None:
    assert client_code("Money, mainly. We've got the mortgage.", "sustain", 0.9) == "sustain"
    assert client_code("It was a long week.", "sustain", 0.9) == "sustain"


def test_the_sustain_cues_read_any_letter_case() -> None:
    assert client_code("EASIER SAID THAN DONE.", "neutral", UNSURE) == "sustain"
    assert client_code("I'D RATHER DO IT MYSELF.", "change", UNSURE) == "sustain"


def test_a_long_utterance_is_read_for_sustain_talk_in_one_pass() -> None:
    # Many near-misses, then the cue: each cue is tried once per position.
    text = "i don't think i could handle this much, " * 3000 + "easier said than done."
    start = time.perf_counter()
    assert client_code(text, "neutral", UNSURE) == "sustain"
    assert time.perf_counter() - start < 2.0


TALK = {
    "behaviour": ["question", "reflection", "therapist_input", "other"],
    "talk_type": ["change", "neutral", "sustain"],
    "question": ["open", "closed"],
    "reflection": ["simple", "complex"],
    "input": ["information", "advice"],
}


@pytest.mark.parametrize(
    ("sustain_logit", "code"),
    [
        (-6.0, "change"),  # the model all but rules sustain out: the cue gives way
        (2.0, "sustain"),  # the model reads change but sustain is not negligible
    ],
)
def test_the_coder_hands_the_models_sustain_probability_to_the_rule(
    sustain_logit: float, code: str
) -> None:
    row = np.zeros(13, dtype=np.float32)
    row[3] = 4.0  # behaviour: other (unused for a client)
    row[4:7] = [3.0, 0.0, sustain_logit]  # talk type: change ahead
    utterance = Utterance(0, 0, "Dana", "client", "I'd rather do it myself.")
    coded = _decide(utterance, row, Heads.from_labels(TALK))
    assert coded.code == code
    # The model's probability is shown only for its own reading.
    assert (coded.confidence is None) == (code == "sustain")
