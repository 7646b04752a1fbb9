"""Client answers read with the coach's words before them (hand-written coaching lines,
none from the eval set): a "No" that consents to go on after the coach offers a way out
of the talk, a day named when the coach asked when, and a commitment the client ends on
after a "but". Each rule is checked against ordinary lines that share its words."""

from __future__ import annotations

import time

import pytest
from tests.deadline import in_time

from coachconn.analysis.rules import client_code
from coachconn.analysis.rules.client import CONSENT_SUSTAIN_CEILING

# --- a "No" that consents to go on ----------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("We can step back out if you want. I'll follow you.", "No. No, it's fine. Keep going."),
        ("Shall we leave it there for today?", "No, let's keep going."),
        ("Shall we stop?", "No, it's okay."),
        ("We can take a break if you need one.", "No, I'm fine. Keep going."),
        ("Would you rather we moved on?", "Nope, I'm good."),
        ("Do you mind if we stay with this a bit longer?", "No, not at all."),
        ("Is this getting too heavy?", "No, I'm okay. Carry on."),
        ("Would you rather we moved on to something else?", "Nope, it's good."),
    ],
)
def test_a_no_that_consents_after_an_offer_to_stop_is_neutral(asked: str, text: str) -> None:
    assert client_code(text, "sustain", 0.8, "change", asked) == "neutral"


def test_what_the_client_says_after_consenting_is_read_without_the_no() -> None:
    asked = "Is it okay to be here, or do you want to go back to the plan?"
    text = "No, it's okay. It's a relief to say it out loud. I haven't told anyone, not even Sam."
    # the model's likelier reading of change and neutral, where it was unsure of sustain
    assert client_code(text, "sustain", 0.44, "neutral", asked) == "neutral"
    assert client_code(text, "sustain", 0.44, "change", asked) == "change"
    # where it was sure, the sustain reading rests on what the client goes on to say
    assert client_code(text, "sustain", CONSENT_SUSTAIN_CEILING, "change", asked) == "sustain"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("We can stop here if you want.", "No, it's fine \u2014 honestly I'd rather not go there."),
        (
            "Shall we move on to something else?",
            "No, it's fine. I like my wine, that's all there is to it.",
        ),
        (
            "We can leave it there for today if you like.",
            "No, it's fine. Smoking is the one thing that calms me down.",
        ),
        (
            "Shall we pause for a second?",
            "Nope, I'm good. I've tried quitting before and it never works.",
        ),
        ("Is this getting too much?", "No, I'm okay. I just don't see the problem with it."),
        (
            "Do you mind me asking about the drinking?",
            "No, not at all. I don't drink that much, really.",
        ),
        (
            "We could park this for now.",
            "No, it's fine. There's no way I'm giving up my Friday nights.",
        ),
        ("Should we move on?", "No, it's fine. I'm just not a gym person."),
    ],
)
def test_sustain_talk_after_consenting_keeps_a_sure_sustain_reading(asked: str, text: str) -> None:
    assert client_code(text, "sustain", 0.9, "neutral", asked) == "sustain"
    assert client_code(text, "sustain", 0.9, "change", asked) == "sustain"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        # the "No" goes on to keep to the way things are, or argues for it
        ("We can step back out if you want.", "No, it's fine, I don't need to change anything."),
        ("Shall we move on?", "No, it's fine the way it is."),
        ("We can pause here if you like.", "No, it's fine. It won't work anyway."),
        ("Do you mind if I suggest something?", "No, it's fine, but I'll keep doing it myself."),
        ("Do you want to take a break?", "No, I'm okay. I just don't want to stop drinking."),
        # a way out of a habit or a role, not of the talk: a bare stop, break or move on
        # asked of the client alone, a plan made before, what the client did
        ("Would you rather stop drinking altogether?", "No, it's fine."),
        ("So the smoking. Do you want to stop?", "No, I'm fine."),
        ("So you'd rather stop?", "No, it's okay."),
        ("You've been there eight years. Do you want to move on?", "No, I'm fine."),
        ("You sound exhausted. Would you like to take a break this summer?", "No, I'm fine."),
        ("Would you like to step back for a while and let someone else lead?", "No, I'm good."),
        ("Would you like to go back to the plan we made, the three nights off?", "No, it's fine."),
        ("Was that too much, too soon?", "No, it's fine."),
        ("We could look at ways you might stop, if you want.", "No, I'm okay."),
        ("Would you mind if your wife poured it away?", "No, it's fine."),
        ("Do you want to take a break from the gym?", "No, it's fine."),
        ("Do you want to step back from the business?", "No, I'm fine."),
        ("Do you want to go back to your old job?", "No, it's okay."),
        # no offer at all, or the coach's words unknown
        ("Is your drinking a problem?", "No, it's fine."),
        ("", "No. No, it's fine. Keep going."),
    ],
)
def test_a_no_that_is_no_consent_to_go_on_leaves_the_models_sustain(asked: str, text: str) -> None:
    assert client_code(text, "sustain", 0.8, "neutral", asked) == "sustain"


# --- a day named when the coach asked when ----------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (
            "You should also put a date on it. Do it this week, before the board meeting.",
            "Yeah. Thursday. Team stand-up is Thursday.",
        ),
        ("When will you ring her?", "Tomorrow morning, before work."),
        ("When do you think you're going to do that?", "Probably by the end of this week."),
        ("The talk with your brother, when's that going to happen?", "Saturday. After football."),
        ("Which day will you send it?", "Friday, first thing."),
        (
            "And the list, when does that get done?",
            "Sunday night, probably. After the kids are in bed.",
        ),
        ("When will you tell her?", "This afternoon, when we're cleaning down."),
        # a step taken up again, not the habit gone back to
        ("When will you go back to the gym?", "Friday."),
        ("When are you going to start running again?", "Saturday morning."),
        ("When will you go back to the doctor?", "Tomorrow."),
    ],
)
def test_naming_the_day_the_coach_asked_for_is_change_talk(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.01, "neutral", asked) == "change"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        # a habit or a fact, not a step
        ("When do you usually drink?", "Friday nights, mostly."),
        ("When will you know the results?", "Friday."),
        ("When are you usually home?", "Tuesday, most weeks."),
        # arrangements with the coach
        ("When can we fit in our next session?", "Thursday's good."),
        # a doubt, a condition or a question back after the day
        ("When will you ring her?", "Thursday, but I doubt it somehow."),
        ("When will you ring her?", "Thursday. I doubt I'll get round to it, though."),
        ("When will you ring her?", "Thursday? No, I've got the board."),
        ("When will you ring her?", "Tomorrow, if she's not away."),
        ("By when?", "Friday, supposedly."),
        ("When are you going to ring the GP?", "Monday, we'll see."),
        ("When are you going to do it, then?", "Tomorrow. Famous last words."),
        ("When will you start on the list?", "Monday. Or Tuesday. Whenever, honestly."),
        ("When are you going to see the doctor?", "Thursday, she says. My wife booked it."),
        # a day that opens a sentence about it, not the day the step is set for
        ("When will you start?", "Monday's no good. I've got the kids."),
        ("When can you start?", "Monday's a bank holiday."),
        ("What day could you go to the gym?", "Saturday used to work, before the baby."),
        ("When will you ask for the raise?", "Next week is review week for everyone."),
        ("When do you think you'll talk to him?", "Tomorrow he's away."),
        ("When could you do it?", "Today's been awful, to be honest."),
        # the coach asking when the client goes back to the habit they are changing
        ("When will you go back to the pub?", "Friday."),
        ("When are you going to start drinking again?", "Saturday."),
        ("When will you have your next cigarette?", "Tonight, after work."),
        ("When do you think you'll go back to gambling?", "Next week."),
        # no day first, or the coach's words unknown
        ("When will you ring her?", "She's away until Thursday."),
        ("", "Thursday."),
    ],
)
def test_a_day_that_sets_no_step_keeps_the_models_reading(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.01, "neutral", asked) == "neutral"


# --- a commitment the client ends on, after a "but" --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'll hate it. But I'll shut up. Or, well, I'll text you instead of her.",
        "It'll be awkward, but I'm going to ask her.",
        "I know it won't be easy, but I'll give it a go.",
        "Part of me wants to run a mile. But I will tell him on Monday.",
        # a step that shares the words of a forecast
        "I know it's hard, but I'll be more careful.",
        "It's cold, but I'll put on my trainers and go.",
        "I'm just overwhelmed, but I would like to gain that back.",
        # a time set, not the step put off
        "It's scary, but I'll ring her later today.",
        "I'm tired, but I'll go for a run tomorrow morning.",
    ],
)
def test_a_commitment_after_the_last_but_is_change_talk_though_the_model_read_sustain(
    text: str,
) -> None:
    assert client_code(text, "sustain", 0.6, "neutral") == "change"


@pytest.mark.parametrize(
    "text",
    [
        # a way out, a refusal or the old way kept after the "but"
        "I know I should, but I'll probably just put it off.",
        "I'd like to, but I'll never manage it.",
        "I hear you, but I'll keep doing it my way.",
        "It's good advice, but I'm going to stay where I am.",
        "My wife wants me to quit, but I'm going to carry on.",
        "I'll think about it, but I'll still go to the pub on Fridays.",
        # no commitment after the last "but", or an argument after the commitment
        "I'll try, but it won't work.",
        "It's hard, but I'll try. It won't work.",
        # a question
        "Fine, but I'll what, just quit?",
        # what will happen to the client, or what they will do instead, not a step
        "I'll try. But I'll probably cave.",
        "Yeah, but I'll just end up drinking more.",
        "They keep on at me, but I'll be fine, I always am.",
        "Maybe, but I'm going to need a drink after that.",
        "Yeah, but I'll lose my friends if I stop.",
        "I know it's bad for me. But I will miss it.",
        "I could give up, but I'm gonna be bored out of my mind.",
        "It's not ideal, but I'll live.",
        "She wants me to quit. But I'll decide that myself.",
        "I know, but I'll go mad without it.",
        # put off
        "I know I should cut down. But I'll do it when I'm ready.",
        "Sure, but I'll cross that bridge when I come to it.",
        "It's bad for me, I know, but I'll deal with it later.",
        "Maybe, but I'll do it next year.",
        "You're right, but I'll sort it out at some point.",
        "I know, but I'll look at it eventually.",
        "Fair enough, but I'll talk to him another time.",
        "I know I should quit, but I'll have one more tonight.",
    ],
)
def test_a_but_without_a_commitment_the_client_ends_on_leaves_the_models_sustain(
    text: str,
) -> None:
    assert client_code(text, "sustain", 0.6, "neutral") == "sustain"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("no, it's fine, " * 3000, "We can step back out if you want."),
        ("No.", "shall we " * 3000 + "stop"),
        ("thursday, " * 3000, "When will you ring her?"),
        ("Thursday.", "when will " * 3000 + "you"),
        ("but " * 3000 + "i'll call her.", ""),
    ],
)
def test_a_long_answer_or_question_is_read_in_one_pass(text: str, asked: str) -> None:
    start = time.perf_counter()
    client_code(text, "sustain", 0.6, "neutral", asked)
    client_code(text, "neutral", 0.01, "neutral", asked)
    assert time.perf_counter() - start < 2.0


def test_the_last_but_of_a_long_line_without_a_full_stop_is_found_in_one_pass() -> None:
    # 190,000 characters, "but" after every three words: looking past each "but" for a
    # later one took about 9 s here, reading the line once takes well under one.
    line = "it was hard but " * 12_000 + "i'll go"
    codes: list[str] = []
    in_time(lambda: codes.append(client_code(line, "sustain", 0.6, "neutral")), 5.0)
    assert codes == ["change"]  # the commitment after the last "but" is still read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last "but" opens the commitment, with or without a comma
        ("It's not easy but, I'll go. Sure but I'll call her.", "change"),
        # the last "but" ends the line: nothing after it, whatever came after an earlier one
        ("It's hard, but I'll go. I mean, yeah but", "sustain"),
    ],
)
def test_only_the_last_but_is_read(text: str, expected: str) -> None:
    assert client_code(text, "sustain", 0.6, "neutral") == expected
