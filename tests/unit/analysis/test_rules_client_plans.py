"""The client looking ahead (hand-written coaching lines, none from the eval set): a plan,
a list of steps, a wish or a feared outcome narrates nothing, so it is no report; a
habitual "I'll" describes a routine and commits to nothing; a step the client could
take, and when, is change talk. Each rule is checked against ordinary lines it must
leave alone."""

from __future__ import annotations

import time

import pytest

from coachconn.analysis.rules import ClientFlags, checked_flags, client_code

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
        "I'll call my mum more often.",
        "I'll be honest with her on Sunday about the money.",
        # what is to be said, though it holds a past ("felt", "happened", "was")
        "I'll call her on Sunday. I won't rehearse it this time. I'll just say what I felt.",
        "I'm going to tell him what happened at the offsite.",
        "I'll tell her I was wrong.",
        # a wish
        "Realistically? For her to come down one weekend a month so I get a break.",
        "I'd like to have a rule. Two extra shifts a month, maximum.",
        "I don't actually want her version. I want to leave at four some days and not "
        "apologise for it.",
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
        "Next week I'm seeing my GP, he told me last time my bloods were off.",
        # a story told in irregular pasts, or after words about the conversation
        "I hope she's all right. She rang me in tears and hung up.",
        "I wish you could have seen it. She threw the plate across the kitchen.",
        "I'll be honest, she rang me at two in the morning and I just lay there and let it ring.",
        "I'll tell you, he threw the report on my desk in front of everyone.",
        "I'll admit it, I drank the whole bottle on Saturday and woke up on the sofa.",
        "I want to tell you what happened. He called me into his office and shouted.",
        # a story beside what is to be said
        "I'll say what I felt. She walked out on me last time.",
        "I'll explain how it happened, then. He cancelled the contract on the Friday.",
        "I just want to move on. My manager keeps bringing it up in every meeting.",
        # how things stand with others, or a schedule: the client's situation
        "He's in the office on Tuesdays, so I'll catch him then.",
        "The rota for next month goes out on the twentieth, so before then. I'll email her.",
        "Thursday. We've got the team meeting on Thursday morning.",
        "Next week is the anniversary of Dad's death.",
        "Tomorrow's the big presentation and my boss won't even be there.",
        # a routine, and how things will go without a step of the client's
        "Usually I'll have a glass of wine when I get in.",
        "Every night I'll open a beer while I cook.",
        "She'll shout and I'll shout back and then nobody speaks for two days.",
        "If I ask her to help she'll say she's too tired, every time.",
        "The third. Then we'll know about the contract.",
        # what the client wants each time something happens: a reaction told, not a wish
        "I want to scream when he does that.",
        "When I get home I just want to sleep.",
        "whenever she calls i want to hide",
    ],
)
def test_a_story_a_situation_or_a_routine_beside_the_future_stays_a_report(text: str) -> None:
    assert checked_flags(text, READ_AS_REPORT).reporting


def test_only_reporting_is_taken_from_a_plan() -> None:
    read = ClientFlags(reflecting=True, reporting=True, disclosure=True)
    text = "I'll ask her on Sunday. I'm nervous, honestly."
    assert checked_flags(text, read) == ClientFlags(True, False, True)


@pytest.mark.parametrize(
    "text",
    [
        "So I get in around half six, Sarah's usually sorting the kids' tea, and I'll open a "
        "beer while I'm decompressing. Then there's usually another one with dinner.",
        "I'll usually have a glass or two with dinner.",
        "Every night I'll have a couple of beers in front of the telly.",
        "Most nights I'll be on my laptop until eleven.",
        "Sometimes I'll skip lunch altogether.",
        "I'll usually just go to bed.",
        "Sometimes I'll have one with lunch, most days two.",
        "Every time I see her, I'll end up apologising.",
    ],
)
def test_a_habitual_ill_in_a_routine_is_not_change_talk(text: str) -> None:
    assert client_code(text, "neutral") == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        # a time or a frequency after the "I'll" times a step
        "I'll go for a run every morning.",
        "I'll walk to work every day next week.",
        "I'll try to get to the gym most days.",
        "I'll go to bed earlier, by ten most nights.",
        # "more often" is the step's aim, not a routine
        "I'll call my mum more often.",
        "I'll cook at home more often instead of getting takeaways.",
        # a routine, then a "but" or a start named: the step is the client's own
        "Usually I drink at home, but from now on I'll only drink at weekends.",
        "Most days are hard, but I'll try the walk tomorrow.",
        "Most days I'll walk, starting tomorrow.",
        "Usually I'd just leave it, so this time I'll ask her straight out.",
        "Normally I'd cave, so I'll say no this time.",
        "I'll go to bed earlier from now on.",
        # a routine in another sentence
        "I usually work late. I'll leave at six on Friday.",
    ],
)
def test_a_step_beside_a_routine_is_still_change_talk(text: str) -> None:
    assert client_code(text, "neutral") == "change"


def test_a_habitual_ill_after_a_sustain_cue_does_not_take_it_back() -> None:
    text = "It's not that bad. Usually I'll have one and stop."
    assert client_code(text, "neutral", 0.3) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        "Um. Yeah, OK. I could text her tomorrow and ask for half an hour Sunday.",
        "I could call him on Monday.",
        "Maybe I could book the course this week.",
        "I could just ring the accountant tomorrow.",
        "I could put it in the diary for Monday.",
        "I could text her tomorrow or Sunday.",
    ],
)
def test_a_step_the_client_could_take_and_when_is_change_talk(text: str) -> None:
    assert client_code(text, "neutral") == "change"


@pytest.mark.parametrize(
    "text",
    [
        # a "but" after it
        "I could call her tomorrow, but she'd just hang up.",
        # a condition, a wish or the past
        "If I could ring her tomorrow, I would.",
        "I wish I could talk to him on Monday.",
        "I could have called her on Monday.",
        "I could have done it yesterday.",
        "I could call her tomorrow if I knew what to say.",
        # a way out after it
        "I could ring him on Monday, or I could just leave it and see what happens.",
        "I could text her tomorrow but what's the point.",
        # another's voice
        "My wife says I could text her tomorrow and clear the air.",
        "The boss said I could start on Monday.",
        "They told me I could book it next week.",
        # idioms with a step's verb
        "Honestly, I could drop dead tomorrow and nobody at that place would notice.",
        "I could put it off until next week, I suppose.",
        "I could tell you stories about Monday mornings in that place.",
        # no time: the model decides
        "I could try, I suppose.",
        "I could ask her.",
    ],
)
def test_a_step_hedged_reported_idiomatic_or_untimed_leaves_the_models_reading(text: str) -> None:
    assert client_code(text, "neutral") == "neutral"


def test_a_long_run_of_offered_steps_is_read_in_one_pass() -> None:
    text = "i could call her and " * 5000 + "maybe tomorrow"
    start = time.perf_counter()
    client_code(text, "neutral")
    checked_flags(text, READ_AS_REPORT)
    assert time.perf_counter() - start < 2.0
