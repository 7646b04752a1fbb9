"""Client talk and flags the model misses in coaching (hand-written coaching lines, none
from the eval set): doubt of being good at the new work, and how the step would make the
client look, are sustain talk; a step tried out in the session, being done with only
thinking, and what stands in the way found smaller than thought are change talk; a
plan with "gonna" or a step given a day is no report; a loss felt is a disclosure. Each
cue is checked against ordinary lines that share its words."""

from __future__ import annotations

import pytest

from coachconn.analysis.rules import ClientFlags, checked_flags, client_code, client_flags

# A sustain probability the model gives a line it reads as neutral but is not sure of.
UNSURE = 0.2
READ_AS_REPORT = ClientFlags(reflecting=False, reporting=True, disclosure=False)


@pytest.mark.parametrize(
    "text",
    [
        "yeah and also i don't know if i'd even be good at it like everyone in those roles "
        "has a psychology degree",
        "I'm not sure I'd be any good at this, honestly.",
        "Right. But I also don't want to come across as the person who blocks deals.",
        "I don't want to be seen as someone who can't cope.",
    ],
)
def test_doubt_and_how_the_step_would_look_are_sustain_talk(text: str) -> None:
    assert client_code(text, "neutral", UNSURE) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        # good at something else, or sure of it
        "I know I'd be good at it.",
        "I don't know if I'd be good at chess, but I'd like to try it.",
        # the old way they mean to leave
        "I don't want to be seen as a pushover any more.",
        "I don't want to look like a fool again, so I'll prepare properly.",
        # wanting to come across, not fearing it
        "I want to come across as someone who listens.",
        # the step taken all the same
        "I don't want to come across as the person who blocks deals, and I won't.",
        "I don't want to come across as a pushover, so I'm going to say it today.",
        "I don't want to be seen as the guy who gave up, so I'm staying with it.",
    ],
)
def test_lines_that_share_the_sustain_words_keep_the_models_reading(text: str) -> None:
    assert client_code(text, "neutral", UNSURE) != "sustain"


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to be seen as a pushover.",
        "I don't want to come across as a pushover.",
    ],
)
def test_the_old_way_named_with_a_noun_keeps_the_models_change_talk(text: str) -> None:
    # in an assertiveness session the line is the client's reason for the change
    assert client_code(text, "change", UNSURE) == "change"


@pytest.mark.parametrize(
    "text",
    [
        "I do. Okay. Let me try the opening.",
        "Let me have a go at that.",
        "yeah like i'm kind of done just thinking about it you know",
        "i mean if that's true then the money thing is like not really the wall i thought it was",
        "Asking for help isn't as hard as I thought.",
    ],
)
def test_a_step_tried_readiness_and_a_smaller_barrier_are_change_talk(text: str) -> None:
    assert client_code(text, "neutral", 0.05) == "change"


@pytest.mark.parametrize(
    "text",
    [
        "Let me try to explain what happened.",
        "Let me try and remember who was there.",
        "I'm done thinking about it for today.",
        "It's not as bad as I thought.",
        "The money is the wall, really.",
        # the call itself, not a step tried
        "Let me try the link again, it didn't connect.",
        "Let me try the other mic, you sound muffled.",
        "Let me try my best to explain what happened.",
        # done with it for good, or done without "just"
        "I'm done talking about it, I'm not doing it.",
        "I'm so done talking about it with my mum.",
        # the barrier found bigger
        "It's not the wall I thought, it's worse.",
        "It's not as big as I thought, but I still can't do it.",
    ],
)
def test_lines_that_share_the_change_words_stay_neutral(text: str) -> None:
    assert client_code(text, "neutral", 0.05) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "okay so i'm gonna message two people on linkedin who moved from marketing into "
        "research and ask for a coffee",
        "Brief Priya on Q3 by Friday. Not touch the draft until she sends it.",
    ],
)
def test_a_plan_with_gonna_or_a_day_to_finish_by_is_no_report(text: str) -> None:
    assert not checked_flags(text, READ_AS_REPORT).reporting


@pytest.mark.parametrize(
    "text",
    [
        # told in the past, beside the plan
        "I'm gonna call her, because she moved the deadline without telling anyone.",
        "She had it finished by Friday and then they changed the brief.",
        "She sends me the draft on Mondays, and I rewrite it by Friday.",
    ],
)
def test_a_story_beside_the_plan_stays_a_report(text: str) -> None:
    assert checked_flags(text, READ_AS_REPORT).reporting


@pytest.mark.parametrize(
    "text",
    [
        "yeah that's the thing i miss like i miss understanding people",
        "I really miss my team.",
        "I miss my old team.",
        "I still miss the old days, to be honest.",
    ],
)
def test_a_loss_felt_is_a_disclosure(text: str) -> None:
    assert client_flags(text).disclosure


@pytest.mark.parametrize(
    "text",
    [
        "If I miss one day I decide the whole week is ruined.",
        "I miss the deadline every time, so we moved it.",
        "When I miss a session I catch up on the notes.",
        "I miss my targets most months.",
        "I miss my deadlines a lot.",
        "I miss calls when I'm in the car.",
        "I always feel like I miss something in the reports.",
        "I miss the morning standup because of the school run.",
        "I miss my weekly targets most months.",
        "I miss the first ten minutes of every meeting.",
    ],
)
def test_a_day_or_a_deadline_missed_is_no_disclosure(text: str) -> None:
    assert not client_flags(text).disclosure
