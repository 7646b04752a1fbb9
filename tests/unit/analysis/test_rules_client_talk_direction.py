"""Client talk whose side the model reads from its words rather than from what it argues
(hand-written coaching lines, none from the eval set): a record of giving up, a way out
foretold under a circumstance, doing set against knowing, the client's own leave for
the habit and the moment of temptation are sustain talk; a lapse made light of and the
change taken up again, and steps named bare in answer to "what will you do?", are
change talk; leave granted to the coach's offer takes no side. Each cue is checked
against ordinary lines that share its words."""

from __future__ import annotations

import pytest

from coachconn.analysis.rules import client_code

# A sustain probability the model gives a line it reads otherwise but is not sure of.
UNSURE = 0.3

# --- giving up, on the record -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lower. Like a four. Every time I've tried to stop completely I last three days.",
        "Whenever I try to cut down, I give in by the weekend.",
        "Each time I tried to quit I only lasted a couple of weeks.",
    ],
)
def test_a_record_of_giving_up_is_sustain_talk_however_sure_the_model_is(text: str) -> None:
    assert client_code(text, "change", 0.0) == "sustain"
    assert client_code(text, "neutral", 0.0) == "sustain"


@pytest.mark.parametrize(
    ("text", "talk_type"),
    [
        # a problem the client wants to fix, not a giving up
        (
            "I know my weight is a problem, but every time I try to lose it I end up gaining.",
            "change",
        ),
        # the habit's own rhythm, not an attempt
        ("Every time I go to a party I last about three hours.", "neutral"),
        # the record taken back
        ("Every time I've tried to stop I last three days. But this time I'll get help.", "change"),
        # another's record
        ("My brother says every time he tried to quit he lasted a week.", "neutral"),
        # how often the client keeps it up, or what an attempt gives
        ("Whenever I try to go to the gym I make it two days a week.", "change"),
        ("Each time I've tried to run I managed five days in a row.", "change"),
        ("Every time I try to stretch I manage two hours of focused work after.", "change"),
        # the record set against this time
        ("every time i try to cut down i last a week and this time i want it to stick", "change"),
    ],
)
def test_no_record_of_giving_up_is_left_as_the_model_reads_it(text: str, talk_type: str) -> None:
    assert client_code(text, talk_type, 0.0) == talk_type


# --- the way out foretold under a circumstance ---------------------------------------------


def test_a_way_out_foretold_under_a_circumstance_is_sustain_talk() -> None:
    text = "Honestly, me. If work goes badly I'll talk myself out of it."
    assert client_code(text, "change", 0.0) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        "If I don't book it now, I'll talk myself out of it.",
        "If I wait, I'll bottle it. So I'm sending it tonight.",
        "If I give myself time to think I'll talk myself out of it.",
    ],
)
def test_a_way_out_headed_off_by_the_clients_own_step_is_not_foretold(text: str) -> None:
    assert client_code(text, "change", 0.0) == "change"


# --- doing set against knowing -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ha. Well, knowing it and doing it are different.",
        "Saying it is one thing, doing it is another.",
        "Planning it and actually doing it are two different things, though.",
    ],
)
def test_doing_set_against_knowing_is_sustain_talk(text: str) -> None:
    assert client_code(text, "neutral", UNSURE) == "sustain"


@pytest.mark.parametrize(
    ("text", "talk_type"),
    [
        ("Knowing it and doing it are different, so I'll start small.", "change"),
        ("Knowing my team and doing their jobs are different things.", "neutral"),
        ("Doing it is different now that I've got the routine.", "change"),
    ],
)
def test_doing_and_knowing_told_apart_otherwise_is_left(text: str, talk_type: str) -> None:
    assert client_code(text, talk_type, UNSURE) == talk_type


# --- the client's own leave for the habit, and when it pulls --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A bad day at work, and I think, I deserve this. And then I'm back to two glasses.",
        "I tell myself I've earned it.",
        "and i think i deserve a drink",
        "But Wednesday is the late shift, and that's when I'm most tempted, on my own.",
        "Friday nights. That's when I get tempted.",
    ],
)
def test_leave_for_the_habit_and_the_time_of_temptation_are_sustain_talk(text: str) -> None:
    assert client_code(text, "change", UNSURE) == "sustain"
    assert client_code(text, "neutral", UNSURE) == "sustain"


@pytest.mark.parametrize(
    ("text", "talk_type"),
    [
        ("I think I deserve the promotion, honestly.", "neutral"),
        ("I'm tempted to sign up for the course.", "change"),
        ("That's when I'm most tempted to call her and just sort it out.", "change"),
        ("She thinks I deserve it.", "neutral"),
        # a deserving told to the coach, of a promotion or a rise
        ("I've been doing the job for two years. I think I deserve it.", "change"),
        ("Honestly I think I deserve one.", "change"),
        # a pull towards a change
        ("That's the bit I'm really tempted by, the new role.", "change"),
        ("That's the moment I'm most tempted by the idea of going back to study.", "change"),
    ],
)
def test_deserving_and_temptation_elsewhere_are_left(text: str, talk_type: str) -> None:
    assert client_code(text, talk_type, UNSURE) == talk_type


# --- a lapse made light of, the change taken up again ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "That one night isn't failing. I can just pick it back up the next week.",
        "One slip doesn't mean I've failed. I'll start again on Monday.",
    ],
)
def test_a_lapse_made_light_of_and_the_change_resumed_is_change_talk(text: str) -> None:
    assert client_code(text, "sustain", 0.7) == "change"


@pytest.mark.parametrize(
    "text",
    [
        # the lapse alone
        "One night isn't failing. It's just one night.",
        # the way back to the habit, not to the change
        "It's not the end of the world. I can always have a drink at the weekend.",
        # sustain talk of the client's own beside it
        "It isn't a failure. I can pick it back up, but honestly what's the point?",
        # carrying on as before, or the change put off
        "Having a drink isn't the end of the world. I can just carry on as normal.",
        "Skipping the course this year isn't a disaster. I can always try again next year.",
        "It wasn't a failure. I can start again at some point, maybe.",
        "it's not failing if i stop for a while i'll try again when things calm down",
    ],
)
def test_a_lapse_without_the_change_resumed_is_left(text: str) -> None:
    assert client_code(text, "sustain", 0.7) == "sustain"


# --- steps named bare, in answer to "what will you do?" -------------------------------------


@pytest.mark.parametrize(
    ("text", "asked", "talk_type"),
    [
        (
            "Hand it to my deputy. Properly. Let him own the review. Maybe I sit in.",
            "What would that kind of director do differently, starting this week?",
            "neutral",
        ),
        (
            "Curious not defensive. My own terms. And book the new manager.",
            "What would you like to carry with you into Monday?",
            "sustain",
        ),
        ("Call the landlord. Tomorrow.", "What's your first step?", "neutral"),
        ("Call her back. Today.", "What would your best self do?", "neutral"),
        ("ask for the budget in writing", "what would a braver version of you do", "neutral"),
    ],
)
def test_steps_named_bare_in_answer_to_what_will_you_do_are_change_talk(
    text: str, asked: str, talk_type: str
) -> None:
    assert client_code(text, talk_type, 0.4, "neutral", asked) == "change"


@pytest.mark.parametrize(
    ("text", "asked", "talk_type"),
    [
        # not asked what they will do
        ("Hand it to my deputy. That's what my boss says.", "What did your boss say?", "neutral"),
        ("Book it, they said. As if it were that easy.", "How did that feel?", "sustain"),
        # asked, but a question back, or sustain talk of the client's own
        ("Call him?", "What's your first step?", "neutral"),
        ("Tell my boss. But there's no point, really.", "What will you do?", "sustain"),
        # what someone in the client's life would do: no plan of the client's
        ("Tell me to stop moaning, probably.", "What would your manager do?", "neutral"),
        ("Call me, probably. Email me at midnight.", "What would your team do?", "neutral"),
        ("Ring my mum and complain.", "What would your partner do if you stopped?", "neutral"),
        # asked, but no step: the coach asked back, a pass, a way of speaking
        ("Ask me next week. I haven't decided.", "What will you do?", "neutral"),
        ("Pass on that one, to be honest.", "What will you do?", "neutral"),
        ("Tell you the truth, nothing.", "What will you do?", "neutral"),
    ],
)
def test_steps_named_otherwise_are_left(text: str, asked: str, talk_type: str) -> None:
    assert client_code(text, talk_type, 0.4, "neutral", asked) == talk_type


# --- leave granted to the coach's offer -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Go for it.", "Would you be open to a suggestion?"),
        ("Yeah, go for it.", "Would it be useful if I offered a suggestion?"),
        ("Sure. I'll listen.", "Is it okay if I share some information with you?"),
        ("Please do.", "Can I share what other people have found helpful?"),
        ("Sure, go ahead.", "Would you be open to hearing what others have tried?"),
        ("yeah go on", "would you be open to a couple of ideas"),
    ],
)
def test_leave_granted_to_an_offer_takes_no_side(text: str, asked: str) -> None:
    assert client_code(text, "change", 0.0, "change", asked) == "neutral"
    assert client_code(text, "neutral", 0.0, "neutral", asked) == "neutral"


@pytest.mark.parametrize(
    ("text", "asked", "talk_type"),
    [
        # a step, not an offer
        ("Go for it. I'll sign up tonight.", "Would you be open to a suggestion?", "change"),
        ("Yeah, I'll try that.", "Would you like to try that this week?", "change"),
        # the grant with no offer asked
        ("Go for it.", "So you're thinking of applying?", "change"),
        # open to trying a step, not to hearing an offer
        ("Definitely.", "Would you be open to trying it this week?", "change"),
        ("yeah definitely", "would you be open to giving it a go", "change"),
        ("Yes, absolutely.", "Would you be open to booking the course before Friday?", "change"),
    ],
)
def test_grants_that_are_not_leave_for_an_offer_are_left(
    text: str, asked: str, talk_type: str
) -> None:
    assert client_code(text, talk_type, 0.0, talk_type, asked) == talk_type
