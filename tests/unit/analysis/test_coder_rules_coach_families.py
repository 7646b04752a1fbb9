"""Coach rules for families of phrasing: a condition or topic left open, a scale asked
again, plain advice, a trade's habits as information, and courage or effort named."""

from __future__ import annotations

import pytest
from tests.unit.analysis.coach_coding import coach_coder

from coachconn.analysis.rules import is_ruler, plainly_closed, plainly_open, statement_settled

SUBTYPES = {"question": "closed", "reflection": "simple", "input": "information"}


code = coach_coder(SUBTYPES)


@pytest.mark.parametrize(
    "text",
    [
        "And if Martin asks another tricky question",
        "And if Tuesday it's raining again",
        "So if the board pushes back",
        "But what if Priya says no",
        "And if next time she cancels again?",
        # "you" and "it" as objects, not a second subject
        "And if he gets angry with you",
        "And if Martin asks you again",
        "So if she hands it back",
        "And with the team, the quiet chat",
        "Okay. And for the launch, the first email",
    ],
)
@pytest.mark.parametrize("behaviour", ["reflection", "question", "other"])
def test_a_condition_or_topic_left_open_is_an_open_question(text: str, behaviour: str) -> None:
    assert plainly_open(text)
    assert code(text, behaviour) == "open_question"


@pytest.mark.parametrize(
    "text",
    [
        "And if he says no, will you still go?",
        "So if I understand you right",
        "And if that's what you want.",
        "And if you don't go you lose the deposit.",
        "And if anything it helped.",
        # "you" and "it" as the subject of a main clause run on
        "And if he tells you it's fine.",
        "And if he says no it fails.",
        "So if she pushes you you push back.",
        "And with your mum, the same thing.",
        "And with the team, the chat went well.",
        "And with the kids, the mornings are hard.",
    ],
)
def test_a_condition_with_its_own_clause_or_a_topic_with_a_verb_is_not_left_open(
    text: str,
) -> None:
    assert not plainly_open(text)
    assert code(text) != "open_question"


@pytest.mark.parametrize(
    "text",
    [
        "And how confident are you, on the same scale, that you could actually do it?",
        "Where would you put yourself on that scale now?",
    ],
)
def test_a_scale_asked_again_is_closed(text: str) -> None:
    assert is_ruler(text)
    assert plainly_closed(text)


@pytest.mark.parametrize(
    "text",
    [
        "So you feel like you're not getting results on the scale?",
        "How did it feel when you stepped on the scale this morning?",
    ],
)
def test_a_weighing_scale_is_no_ruler(text: str) -> None:
    assert not is_ruler(text)


@pytest.mark.parametrize(
    "text",
    [
        "So what you need to do is raise your rates.",
        "What you ought to do is ring her before Friday.",
        "Honestly, what you should do here is say no.",
        "If I was you I'd take the offer.",
        "In your shoes, I'd wait a month.",
        "So I'd really think hard about whether you want to close that door now.",
    ],
)
def test_advice_said_plainly_is_advice(text: str) -> None:
    assert code(text, "therapist_input") == "advice"
    assert code(text, "other") == "advice"


@pytest.mark.parametrize(
    "text",
    [
        "What you need is time.",
        "You said what you need is a break.",
        "I'd think he knows already.",
        "What you did was brave.",
    ],
)
def test_what_the_client_needs_or_did_is_not_advice(text: str) -> None:
    assert code(text, "reflection") != "advice"


@pytest.mark.parametrize(
    "text",
    [
        "Well, a lot of illustrators publish their rates.",
        "Most freelancers charge by the day.",
        "Many therapists work four days a week.",
    ],
)
def test_what_a_trade_does_as_a_rule_is_information(text: str) -> None:
    assert code(text, "reflection") == "information"


@pytest.mark.parametrize(
    "text",
    [
        "You've got a lot of customers who charge late.",
        "So the printers publish it and you check it.",
    ],
)
def test_the_clients_own_people_are_not_information(text: str) -> None:
    assert code(text, "reflection") != "information"


@pytest.mark.parametrize(
    "text",
    [
        "I'm glad you came anyway. It takes something to show up when you feel like you "
        "haven't done the thing.",
        "That took guts.",
        "You said it out loud, which takes real courage.",
        "You've been doing the physio work most days, and the knee held up. That's real evidence.",
        "That's a real shift from the man who re-interviewed the ops candidates.",
    ],
)
def test_courage_effort_and_progress_named_are_affirmations(text: str) -> None:
    assert code(text, "reflection") == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "It takes about an hour to set up.",
        "That's evidence for the board, not for you.",
        "It takes a while to get there by train.",
        "That's a big change from the man who runs it now.",
    ],
)
def test_what_a_task_takes_or_a_fact_weighed_is_no_affirmation(text: str) -> None:
    assert code(text, "reflection") != "affirmation"


def test_research_then_normalising_is_information() -> None:
    text = (
        "What the research on teams tends to show is that trust doesn't come back from one "
        "big conversation. It comes back from lots of small moments where people see you act "
        "consistently with what you said, over weeks, not days. So it's normal if Monday "
        "still feels formal."
    )
    assert code(text, "reflection") == "information"


@pytest.mark.parametrize(
    "text",
    ["So for you, normal is working till nine.", "It's not normal for him to be this quiet."],
)
def test_the_clients_normal_is_not_normalising(text: str) -> None:
    assert code(text, "reflection") != "information"


@pytest.mark.parametrize(
    "text",
    [
        # a step put as what it might be worth, its subject dropped or not
        "Might be worth a quick word with payroll before Monday, so you know where you stand.",
        "It could be worth a second look at the contract.",
        "Would be worth asking her what she needs from you first.",
        # a meeting of the client's own, its agenda named
        "Don't leave it. You could call the three of them together this week with a short "
        "agenda, and start by naming what went wrong.",
    ],
)
def test_a_step_worth_taking_or_a_meeting_with_its_agenda_is_advice(text: str) -> None:
    assert code(text, "therapist_input") == "advice"


@pytest.mark.parametrize(
    "text",
    [
        # what a thing might fetch, or a verdict on a step already taken
        "The house might be worth a lot more by the spring.",
        "It might be worth a fortune one day.",
        "It might be worth nothing by then.",
        "That could be worth something to them.",
        "It's worth nothing now, you said.",
        "So it was worth it in the end.",
    ],
)
def test_what_a_thing_is_worth_is_no_advice(text: str) -> None:
    assert code(text, "reflection") != "advice"


@pytest.mark.parametrize(
    "text",
    [
        "Nadia, when will you ring the landlord?",
        "Realistically, when will you book it?",
        "Good, so when would you send the draft?",
        "Knowing your diary, when could you sit down with her?",
        "That sounds settled, when are you going to tell him?",
    ],
)
def test_when_a_step_is_taken_is_closed_after_a_set_off_lead_in(text: str) -> None:
    # the words before the comma ask nothing of their own, so the question is the same
    # "When will you...?" the guide calls closed, whatever the lines around it
    assert plainly_closed(text)


@pytest.mark.parametrize(
    "text",
    [
        "What's the first step, and when will you take it?",
        "How will it go, and when will you start?",
        "Nadia, when will you know it has worked?",
        "Realistically, when do you think you'll get to it?",
    ],
)
def test_a_question_before_the_when_or_a_sign_asked_for_is_not_closed_by_it(text: str) -> None:
    assert not plainly_closed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations on landing the contract.",
        "Congrats on finally finishing the draft!",
        "Well, congratulations on your promotion.",
        "Congratulations on getting through the audit.",
    ],
)
def test_a_congratulation_on_what_the_client_did_is_a_settled_affirmation(text: str) -> None:
    # it names the client's own achievement, as the guide's affirmation does; the
    # statement head, which has seen little of it, does not read it back into generic praise
    assert code(text, "other") == "affirmation"
    assert statement_settled(text)


@pytest.mark.parametrize(
    "text",
    [
        # bare: generic approval, left to the statement head
        "Congratulations.",
        "Oh, congrats!",
        # someone else's news, or a day
        "Congratulations on your daughter's wedding.",
        "Congratulations on your son getting into college.",
        "Congratulations on the new baby.",
        "Congratulations on nothing so far, then.",
        "Congratulations on the wedding.",
        # turned into advice after it
        "Congratulations on winning it. Now you should raise your prices.",
    ],
)
def test_a_bare_congratulation_or_one_on_anothers_news_is_not_settled(text: str) -> None:
    assert not statement_settled(text)
