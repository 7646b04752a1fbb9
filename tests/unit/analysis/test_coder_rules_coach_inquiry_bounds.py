"""Ordinary coach lines that the cues for the session, another's view, resources, what
lies ahead, reflection depth, praise, stage markers and the coach's own story must not
read: the client's own work, pace and day, plans and facts, a past hope, a quoted family
member, a clause opened by "once", and reflections that link or deny what the client
said. All lines are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.unit.analysis.coach_coding import coach_coder

from coachconn.analysis.rules import (
    deeper_reflection,
    moves_on,
    plainly_open,
    question_category,
    repeats_client,
)

SUBTYPES = {"question": "open", "reflection": "complex", "input": "information"}


code = coach_coder(SUBTYPES)


# --- question categories -----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        # the pace and the weight of the client's work, not of the session
        "Is this pace sustainable for you?",
        "Was the pace too much for the team?",
        "Is the pace manageable now that you've moved teams?",
        "Is it getting too intense at work?",
        "Is it too heavy to carry on your own?",
        # the direction of a plan or a career
        "So you'd take the part-time role. Does that feel like the right direction?",
        "Does it feel like the right direction, or are you doing it for your parents?",
        # the client's own time
        "And how do you spend the rest of the time, when the kids are at school?",
        "What do you do with the rest of the call once the client has said no?",
        "How would you like to spend the time you've got back?",
        "How do you want to start today, given the meeting at ten?",
        "What's top of today's list at work?",
        # a step of the client's plan, and a suggestion taken home
        "Would you start there, or with your manager first?",
        "When you did what I suggested, how did it go?",
    ],
)
def test_the_clients_pace_time_and_plans_are_not_process(question: str) -> None:
    assert question_category(question) != "process"


@pytest.mark.parametrize(
    ("question", "process"),
    [
        ("Is the pace too fast for you?", True),
        ("Is this getting a bit too intense for you right now?", True),
        ("Does this feel like the right direction for today?", True),
        ("How do you want to use the time we have left?", True),
        ("Shall we start there, or somewhere else?", True),
        ("What did you make of what I said just now?", True),
    ],
)
def test_the_sessions_pace_time_and_direction_stay_process(question: str, process: bool) -> None:
    assert (question_category(question) == "process") is process


@pytest.mark.parametrize(
    "question",
    [
        "How would it feel to see it finished?",
        "How would it be to see them again?",
        "How might it help to read the contract first?",
        "What else could they be doing to help you?",
        "What else could the weekend be for?",
        "What do you do in between meetings?",
        "Do you know for sure when the restructure happens?",
        "How sure are you that you'll do it on Thursday?",
        "How could you test the idea before you invest?",
        "What are the actual numbers for this quarter?",
        "What's the worst thing that happened this week?",
    ],
)
def test_feelings_facts_and_plans_challenge_no_assumption(question: str) -> None:
    assert question_category(question) != "assumption_challenging"


@pytest.mark.parametrize(
    "question",
    [
        "What else could it be?",
        "Is there something in between?",
        "Do you know that for sure?",
        "What do the actual numbers say?",
        "How would you test that idea?",
    ],
)
def test_other_readings_and_the_evidence_still_challenge(question: str) -> None:
    assert question_category(question) == "assumption_challenging"


@pytest.mark.parametrize(
    "question",
    [
        "Who could you go to the wedding with?",
        "Do you have a friend's birthday this weekend?",
        "Do you have a peer review coming up?",
        "Do you have any people reporting to you?",
        "Was there a time you worked late every night?",
        "Is there a course that you could take in the spring?",
        "Is there a day that you could take to rest?",
        "Would it make things easier if you just quit?",
        "What made it easier for him to leave?",
        "What are you drawing on the whiteboard?",
        "Is the contract already in place?",
    ],
)
def test_plans_and_facts_about_others_access_no_resource(question: str) -> None:
    assert question_category(question) != "resource_accessing"


@pytest.mark.parametrize(
    "question",
    [
        "Who could you go to for advice?",
        "Do you have any friends outside work?",
        "Think of a time it worked. What did you do?",
        "What's already in place?",
    ],
)
def test_people_past_success_and_what_is_in_place_still_access_resources(question: str) -> None:
    assert question_category(question) == "resource_accessing"


@pytest.mark.parametrize(
    "question",
    [
        "When would you say it started?",
        "When would you say things began to slip?",
        "How has starting this role been?",
        "What had you been hoping for, before the diagnosis?",
        "What do you mean by summer?",
    ],
)
def test_the_past_and_a_meaning_are_not_future_focused(question: str) -> None:
    assert question_category(question) != "future_focused"


@pytest.mark.parametrize(
    "question",
    [
        "When would you like to do it?",
        "Starting this weekend?",
        "What will it look like by summer?",
    ],
)
def test_a_time_ahead_stays_future_focused(question: str) -> None:
    assert question_category(question) == "future_focused"


# --- open and closed ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("And Kate's pregnant?", False),
        ("And Dan's single?", False),
        ("And Leo's twelve?", False),
        ("And Mia's new?", False),
        ("And Ben's dad?", True),
        ("What did you do, quit?", False),
        ("What does he want, a raise?", False),
        ("What did you make of it, in the end?", True),
        ("What do you think, honestly?", True),
        ("What does forty look like, debt-free?", True),
    ],
)
def test_a_state_an_age_or_a_guess_closes_the_question(text: str, open_: bool) -> None:
    assert plainly_open(text) is open_


# --- reflection depth --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "before"),
    [
        (
            "You're not lazy, you're tired.",
            "Everyone says I'm lazy. I'm just so tired all the time.",
        ),
        (
            "Studying art feels like disappointing your dad.",
            "I don't want to disappoint my dad. I want to study art.",
        ),
    ],
)
def test_a_reframe_or_a_link_of_the_clients_words_is_no_repeat(text: str, before: str) -> None:
    assert not repeats_client(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        (
            "You feel like you're letting your family down.",
            "I'm letting the whole family down. They had such high hopes for me.",
        ),
        ("Not even a thank you.", "He didn't even say thank you, and I'd covered for him."),
        (
            "Some notes, so you don't lose the thread.",
            "I'd like to take some notes this time, rather than lose the thread again.",
        ),
    ],
)
def test_a_frame_or_the_clients_own_denial_still_repeats(text: str, before: str) -> None:
    assert repeats_client(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("You're working and studying at the same time.", "I work full time and I study."),
        ("So you're trying to cook and clean at the same time.", "I cook, I clean, I do it all."),
        ("You're managing the team and budget at the same time.", "I run the team and the money."),
    ],
)
def test_two_things_done_at_once_are_no_two_sides(text: str, before: str) -> None:
    assert not deeper_reflection(text, before)


def test_two_feelings_at_once_are_two_sides() -> None:
    assert deeper_reflection("You feel angry and relieved at the same time.", "I don't know.")


# --- affirmation, structuring, self-disclosure --------------------------------------------


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("So the brief that was really clear.", "reflection"),
        ("So four is realistic, but six feels like a stretch.", "reflection"),
        ("It's a solid plan on paper, but you're not sure you'll follow it.", "reflection"),
        ("That's a clear line management structure.", "reflection"),
        ("You knew he'd be hurt, and you said it anyway.", "reflection"),
        ("Two is realistic for most teams.", "therapist_input"),
    ],
)
def test_a_weighed_number_a_doubted_plan_and_a_harm_are_not_affirmation(
    text: str, behaviour: str
) -> None:
    assert code(text, behaviour) != "affirmation"


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("And now the guilt.", "I left him, and now I feel guilty all the time."),
        ("And now the kids.", "First the divorce, then my mum got ill, and now the kids."),
        ("Now the silence.", "We used to talk every night."),
        ("Now the waiting.", "I've sent the application."),
        ("Next, the redundancy.", "First the promotion fell through. Next, the redundancy."),
    ],
)
def test_the_clients_story_and_a_state_after_now_are_not_stage_markers(
    text: str, before: str
) -> None:
    assert code(text, "reflection", before) != "structuring"
    assert not moves_on(text, before)


@pytest.mark.parametrize(
    "text",
    [
        "So your partner said we could go back to the beach next time.",
        "He told you that we can do the school run later.",
    ],
)
def test_anothers_plan_reported_is_not_structuring(text: str) -> None:
    assert code(text) != "structuring"


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("I remember something you said last time about your dad.", "reflection"),
        ("I remember reading that most people change jobs every four years.", "therapist_input"),
        ("I remember asking you about this a few weeks back.", "reflection"),
        (
            "I was going to suggest that once you've spoken to her, you write it down.",
            "therapist_input",
        ),
        ("I did wonder, once you said that, whether it was about your dad.", "reflection"),
        ("I once read that habits take about two months to stick.", "therapist_input"),
        ("So you said, 'my eldest won't even look at me.'", "reflection"),
        ("What would you say to my oldest client, who's retiring?", "reflection"),
    ],
)
def test_the_session_a_reading_and_the_clients_words_are_not_self_disclosure(
    text: str, behaviour: str
) -> None:
    assert code(text, behaviour) != "self_disclosure"


@pytest.mark.parametrize(
    "text",
    [
        "I had a boss like that once, and I still think about it.",
        "I remember sitting in the car park for an hour before I went in.",
        "My eldest went through the same thing at that age.",
    ],
)
def test_the_coachs_own_story_stays_self_disclosure(text: str) -> None:
    assert code(text, "therapist_input") == "self_disclosure"
