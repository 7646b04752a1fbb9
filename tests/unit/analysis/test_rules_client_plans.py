"""The client looking ahead (hand-written coaching lines, none from the eval set): a plan,
a list of steps, a wish or a feared outcome narrates nothing, so it is no report. Each
rule is checked against ordinary lines it must leave alone."""

from __future__ import annotations

import time

import pytest

from coachconn.analysis.rules import ClientFlags, checked_flags

# As a flag head might read a line that names days and people: a report.
READ_AS_REPORT = ClientFlags(reflecting=False, reporting=True, disclosure=False)


@pytest.mark.parametrize(
    "text",
    [
        # plans and lists of steps
        "No drinking Monday to Wednesday, Thursday one and switch, talk to Sarah on Sunday. "
        "And I'll try the shower thing as the switch.",
        "Okay. One, I'll meet with Priya by Thursday and hand her the forecast. Two, we agree "
        "a Wednesday review. And three, I'll talk to Tom about the vendor work.",
        "Talk to Marguerite about the numbers. This week. And then ask Luca's mum if she "
        "wants to do a trial.",
        "Call Devon. This week. And I'll email the training partner about the workshop.",
        "I'm going to block out Friday afternoons for the proposal.",
        # a wish
        "Realistically? For her to come down one weekend a month so I get a break.",
        "I'd like to have a rule. Two extra shifts a month, maximum.",
        # a feared outcome
        "And now if I ring her and say I need more help, it feels like I'm accusing her. "
        "And she'll get defensive, and then we'll have a row.",
        # a day named, the answer to "When?"
        "Saturday morning, maybe.",
        "Tomorrow, first thing.",
    ],
)
def test_a_plan_a_wish_or_a_feared_outcome_is_not_reporting(text: str) -> None:
    assert checked_flags(text, READ_AS_REPORT) == ClientFlags(False, False, False)


@pytest.mark.parametrize(
    "text",
    [
        # something told in the past beside the plan
        "Last week I said I'd call her, and I didn't. I'll do it tomorrow.",
        "She told me the deadline moved, so I'll email the team tonight.",
        "I'll tell you what happened. He called me in and that was it.",
        "It's been a mess since the reorg. I'll raise it on Monday.",
        # how things stand with others, or a schedule: the client's situation
        "He's in the office on Tuesdays, so I'll catch him then.",
        "The rota for next month goes out on the twentieth, so before then. I'll email her.",
        "Thursday. We've got the team meeting on Thursday morning.",
        # a routine, and how things will go without a step of the client's
        "Usually I'll have a glass of wine when I get in.",
        "Every night I'll open a beer while I cook.",
        "The third. Then we'll know about the contract.",
    ],
)
def test_a_story_a_situation_or_a_routine_beside_the_future_stays_a_report(text: str) -> None:
    assert checked_flags(text, READ_AS_REPORT).reporting


def test_only_reporting_is_taken_from_a_plan() -> None:
    read = ClientFlags(reflecting=True, reporting=True, disclosure=True)
    text = "I'll ask her on Sunday. I'm nervous, honestly."
    assert checked_flags(text, read) == ClientFlags(True, False, True)


def test_a_long_plan_is_read_in_one_pass() -> None:
    text = "if i call her and " * 5000 + "she'll say yes"
    start = time.perf_counter()
    assert not checked_flags(text, READ_AS_REPORT).reporting
    assert time.perf_counter() - start < 2.0
