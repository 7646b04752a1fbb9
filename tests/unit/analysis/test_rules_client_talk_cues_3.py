"""Client talk and flags the model misses in coaching (hand-written coaching lines, none
from the eval set): doubt of being good at the new work, and how the step would make the
client look, are sustain talk; a step tried out in the session, being done with only
thinking, and what stands in the way found smaller than thought are change talk; a
plan with "gonna" or a step given a day is no report; a loss felt is a disclosure. Each
cue is checked against ordinary lines that share its words."""

from __future__ import annotations

import pytest

from coachconn.analysis.rules import ClientFlags, checked_flags, client_flags

# A sustain probability the model gives a line it reads as neutral but is not sure of.
UNSURE = 0.2
READ_AS_REPORT = ClientFlags(reflecting=False, reporting=True, disclosure=False)


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
    ["yeah that's the thing i miss like i miss understanding people", "I really miss my team."],
)
def test_a_loss_felt_is_a_disclosure(text: str) -> None:
    assert client_flags(text).disclosure


@pytest.mark.parametrize(
    "text",
    [
        "If I miss one day I decide the whole week is ruined.",
        "I miss the deadline every time, so we moved it.",
        "When I miss a session I catch up on the notes.",
    ],
)
def test_a_day_or_a_deadline_missed_is_no_disclosure(text: str) -> None:
    assert not client_flags(text).disclosure
