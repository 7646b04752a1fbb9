"""What a coach does in roundabout words: a story of their own handed back to the client,
advice put as what others do, a stage or a step of the session named in passing, the
decision left with the client, a greeting asked, a fact or an example checked, a feeling
named in a few words. Hand-written lines, each beside lines that look alike and must
not be read the same way.
"""

from __future__ import annotations

import pytest
from tests.unit.analysis.coach_coding import coach_coder

from coachconn.analysis.rules import (
    deeper_reflection,
    finds_facts,
    moves_on,
    question_category,
)

SUBTYPES = {"question": "closed", "reflection": "simple", "input": "information"}


code = coach_coder(SUBTYPES, "therapist_input")


# --- self-disclosure handed back ---------------------------------------------------------


@pytest.mark.parametrize("behaviour", ["therapist_input", "reflection", "other"])
@pytest.mark.parametrize(
    "text",
    [
        "When I ran my first company, I turned down a Series A because I'd watched a mate "
        "get diluted to nothing. Two years later a competitor who did raise ate our lunch. "
        "I'm not saying that's you — it's just I recognise that pull of deciding from fear.",
        # no cue but the story's own past, then the bridge
        "I turned down a Series A because I'd watched a mate get diluted to nothing. Two "
        "years later a competitor who did raise ate our lunch. I'm not saying that's you.",
        "When I left my first job I was terrified. I'm not saying you're me.",
        "My old team went through a restructure like this. Your situation's different, of course.",
        "I was made redundant at forty. I'm not saying it's the same for you.",
    ],
)
def test_the_coachs_story_with_a_bridge_back_to_the_client_is_self_disclosure(
    text: str, behaviour: str
) -> None:
    assert code(text, behaviour) == "self_disclosure"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a general claim, not the coach's story
        ("Some managers freeze in their first year. I'm not saying that's you.", "information"),
        # the bridge alone
        ("I'm not saying that's you — it's just a pattern I see a lot.", "information"),
        # the bridge then advice: the advice is what the client is left with
        (
            "When I left my first job I wrote everything down. I'm not saying that's you, "
            "but you could try writing it down.",
            "advice",
        ),
        (
            "I left my job. I moved back home. I'm not saying that's you, but you should "
            "think about it.",
            "advice",
        ),
    ],
)
def test_a_bridge_without_the_coachs_story_or_before_advice_is_not_self_disclosure(
    text: str, expected: str
) -> None:
    assert code(text) == expected


# --- advice put as what others do --------------------------------------------------------


def test_a_step_put_as_what_others_do_in_a_longer_input_is_advice() -> None:
    text = (
        "One thing some leaders do is split the review into two columns — what was "
        "genuinely external, with evidence, and what was in your control. It tends to land "
        "as grip rather than excuse."
    )
    assert code(text) == "advice"
    # in what the model reads as a long reflection, a passing cue is not what it does
    assert code(text, "reflection") == "simple_reflection"


@pytest.mark.parametrize("behaviour", ["therapist_input", "reflection"])
@pytest.mark.parametrize(
    "text",
    [
        "Some people find it helps to write it down the night before.",
        "What a lot of founders do is book a call with two or three angels first.",
        "Some of the founders I work with find it helpful if they name the fear out loud.",
        "Some people find a small end-of-day ritual helps, like shutting the laptop at six.",
        "Another thing other managers have tried is to block an hour on Friday for it.",
    ],
)
def test_a_step_put_as_what_others_do_is_advice(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "advice"


@pytest.mark.parametrize(
    "text",
    [
        # a fact about people
        "Most people find Mondays hard.",
        "Most people find it hard to say no.",
        "A lot of people find the first year of retirement disorientating.",
        # a habit or a mistake named, not a step proposed
        "What a lot of founders do is panic.",
        "One thing many managers do is avoid the conversation altogether.",
        "What many new managers do is try to fix everything themselves.",
        "What a lot of people do is agree to everything and resent it later.",
        "One thing some founders do is send an angry email at midnight.",
        # the step then dropped, a way out named
        "What a lot of managers do is plan the conversation and then never have it.",
        "Some directors find it helps to hide behind process.",
    ],
)
def test_what_others_feel_or_get_wrong_is_not_advice(text: str) -> None:
    assert code(text) == "information"


# --- the session's stages and steps ------------------------------------------------------


@pytest.mark.parametrize("behaviour", ["other", "reflection", "therapist_input"])
@pytest.mark.parametrize(
    "text",
    [
        "So, options.",
        "Right, next steps.",
        "Okay, so, on to the way forward.",
        "I thought we'd spend the first part on how coaching works with me, and then the "
        "second half actually getting into what's brought you here.",
        "Maybe we could use the rest of the session looking at the board meeting.",
        "I'd suggest we spend the last ten minutes on what you'll do this week.",
        "Why don't you take a day or two to think it over, and if you'd like to go ahead, "
        "I'll send over the agreement and some times. No pressure either way.",
    ],
)
def test_a_stage_named_or_the_time_shared_out_is_structuring(text: str, behaviour: str) -> None:
    assert code(text, behaviour, client_before="Wow. Okay. That's kind of reassuring.") == (
        "structuring"
    )


@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        # the client's own word given back
        ("So, options.", "Well, at least I've got options now."),
        ("So, no options.", "There's nothing I can do."),
        ("I thought we'd spend Christmas with her parents.", ""),
        ("We'd spend the first part of every holiday arguing.", ""),
        ("I thought we'd spend some time on the beach, but it rained.", ""),
        ("I'll send the agreement to my lawyer first.", ""),
    ],
)
def test_the_clients_words_and_the_coachs_own_plans_are_not_a_stage(
    text: str, client_before: str
) -> None:
    assert code(text, "reflection", client_before) != "structuring"


@pytest.mark.parametrize(
    "text",
    [
        "So, shall we get into it?",
        "Good. Shall we make a start?",
        "Okay, shall we dive in then?",
        "Right, should we get started?",
    ],
)
def test_a_step_into_the_session_put_as_a_question_is_structuring(text: str) -> None:
    assert moves_on(text)
    assert code(text, "question") == "structuring"


@pytest.mark.parametrize(
    "text",
    [
        "Shall we start with the board meeting?",
        "Shall we get into what happened with your boss?",
        "Do you want to get into it?",
        "So, options?",
    ],
)
def test_a_question_that_picks_a_topic_or_asks_is_still_a_question(text: str) -> None:
    assert not moves_on(text)
    assert code(text, "question") == "closed_question"


# --- the decision left with the client, and a greeting asked -----------------------------


@pytest.mark.parametrize("behaviour", ["reflection", "therapist_input", "other"])
@pytest.mark.parametrize(
    "text",
    ["It's your call, of course.", "That's entirely up to you.", "But it's your decision."],
)
def test_the_decision_left_with_the_client_is_other(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "other"


@pytest.mark.parametrize(
    "text",
    [
        # the client's own words given back
        "So it's your call.",
        "It's your call whether you tell him.",
        "It's your call, and you're scared of getting it wrong.",
    ],
)
def test_the_decision_named_or_given_back_is_not_only_leave(text: str) -> None:
    assert code(text, "reflection") == "simple_reflection"


@pytest.mark.parametrize("behaviour", ["other", "therapist_input"])
def test_the_decision_left_with_the_client_in_their_own_words_gives_them_back(
    behaviour: str,
) -> None:
    assert code("It's your call.", behaviour, "In the end it's my call, not hers.") == (
        "simple_reflection"
    )
    assert code("That's your decision, ultimately.", behaviour, "Mum says it's up to me.") == (
        "simple_reflection"
    )
    assert code("It's your call.", behaviour, "I don't know if I should take the job.") == "other"
    # the coach's own stance gives nothing back, whatever the client said before it
    said = "In the end it's my call."
    assert code("I'm not going to tell you what to do.", behaviour, said) == "other"
    assert code("I'm not here to persuade you.", behaviour, said) == "other"


@pytest.mark.parametrize(
    "text", ["How're you going?", "How are you going today?", "Hi, how are you going?"]
)
def test_how_are_you_going_said_as_a_greeting_is_other(text: str) -> None:
    assert code(text, "question") == "other"


@pytest.mark.parametrize(
    "text",
    ["How are you going to tell him?", "How are you going with the plan?", "How's it going?"],
)
def test_how_are_you_going_with_more_asks(text: str) -> None:
    assert code(text, "question") == "closed_question"


# --- question categories ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # the account of one event
        ("What did the board actually say?", "exploration"),
        ("What did he actually tell you?", "exploration"),
        # why the client came
        ("What's brought you to coaching right now?", "exploration"),
        ("What made you decide to try coaching?", "exploration"),
        # a belief set beside what the client said
        ("How does that sit with the it's-the-market story?", "assumption_challenging"),
        ("How does that square with what you said earlier?", "assumption_challenging"),
        # the terms of the work and the relationship
        ("Is there anything about confidentiality you'd want to ask or add?", "process"),
        ("Any questions about the agreement before I send it?", "process"),
        (
            "And if I ever get it wrong — too blunt, or not blunt enough — will you tell me?",
            "process",
        ),
        ("How has this felt, as a first conversation?", "process"),
        # the outcome wanted from the work
        (
            "If we did work together, what would you want to have changed by the end of the "
            "six sessions?",
            "future_focused",
        ),
        ("What would you hope to see changed by the summer?", "future_focused"),
        # what it takes to do a step well
        ("What do you need to have that conversation well?", "resource_accessing"),
        ("What would you need to handle the meeting well?", "resource_accessing"),
        # a fact checked
        ("Sorry, is that forty a month?", "exploration"),
        ("Sorry, did you say next Tuesday?", "exploration"),
    ],
)
def test_roundabout_questions_take_their_category(question: str, category: str) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # the evidence for a belief weighed
        ("Did anyone actually say that to you?", "assumption_challenging"),
        ("What have they actually said about it so far?", "assumption_challenging"),
        # what the client wants of coaching, and how it is going
        ("What do you want to get out of coaching?", "process"),
        ("How are you finding coaching so far?", "process"),
        # a summary or a suggestion checked, and another's reaction asked
        ("How does that sit with you?", "process"),
        ("How does that sit with your partner?", "exploration"),
        # the client's work, not the terms of this one
        ("Is there anything about confidentiality at work that worries you?", "exploration"),
        ("Was there anything about the agreement with your landlord?", "exploration"),
        # the client's fear given back, and what they have told
        ("You're thinking, what if I get it wrong?", "assumption_challenging"),
        ("How has this felt?", "exploration"),
        # the session's agenda, not a change wanted; the need to be different
        ("What would you want to have changed about today's session?", "process"),
        ("What would need to be different for it to be an eight?", "assumption_challenging"),
        # what a role demands
        ("What do you need to do well in this job?", "exploration"),
        # a question put after the apology, a belief tested
        ("Sorry, is that something you'd want to change by next year?", "future_focused"),
        ("Sorry, is that true?", "assumption_challenging"),
    ],
)
def test_questions_like_those_keep_their_category(question: str, category: str) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    ("question", "settled"),
    [
        ("Like what?", True),
        ("Sorry, like what?", True),
        ("Such as?", True),
        ("Sorry, is that forty a month?", True),
        ("Before I launch in — have you had a coach before?", True),
        ("Have you ever worked with a mentor?", True),
        # another category's cue, or more asked
        ("Like what, by next week?", False),
        ("Have you ever had a setback like this before?", False),
        ("What would that look like?", False),
        ("Sorry, is that something you'd want to change by next year?", False),
    ],
)
def test_a_request_for_a_fact_or_an_example_is_settled_exploration(
    question: str, settled: bool
) -> None:
    assert finds_facts(question) is settled


# --- a feeling named --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        ("That sounds bruising.", "The CFO made me look like an idiot in front of everyone."),
        ("That must have been lonely.", "Nobody on the team called me for a week."),
        ("It sounds really exhausting.", "I'm doing sales, product and half the support."),
    ],
)
def test_a_feeling_the_client_did_not_name_is_a_complex_reflection(
    text: str, client_before: str
) -> None:
    assert code(text, "reflection", client_before) == "complex_reflection"


@pytest.mark.parametrize(
    ("text", "client_before", "expected"),
    [
        # the client's own feeling word
        ("That sounds bruising.", "Honestly it was bruising.", "simple_reflection"),
        ("That sounds exhausting.", "I'm exhausted by all of it.", "simple_reflection"),
        # another's feeling, a verdict on a plan, a difficulty: left to the model
        ("That sounds bruising for him.", "He got shouted at.", "simple_reflection"),
        # the client's feeling in another word
        ("That must have been lonely.", "I felt so alone in that job.", "simple_reflection"),
        ("That sounds exhausting.", "I'm tired all the time.", "simple_reflection"),
        ("That sounds frightening.", "I was terrified going in.", "simple_reflection"),
        ("That sounds great.", "I've booked the course.", "other"),
        (
            "That sounds hard.",
            "I'm doing sales, product and half the support.",
            "simple_reflection",
        ),
    ],
)
def test_a_feeling_the_client_named_or_no_feeling_is_not_complex(
    text: str, client_before: str, expected: str
) -> None:
    assert code(text, "reflection", client_before) == expected


@pytest.mark.parametrize(
    ("text", "client_before", "deeper"),
    [
        ("That's a lot to carry.", "I'm doing sales, product, half the support.", True),
        ("So much for you to shoulder.", "My dad's ill and the team's short.", True),
        # the client's own image, a load carried, none at all
        ("That's a lot to carry.", "Honestly it's a lot to carry on my own.", False),
        ("That's a lot to carry up the stairs.", "We moved flats on Saturday.", False),
        ("It's not a lot to carry.", "It's one more report a week.", False),
    ],
)
def test_a_burden_named_as_a_load_deepens_a_reflection(
    text: str, client_before: str, deeper: bool
) -> None:
    assert deeper_reflection(text, client_before) is deeper


@pytest.mark.parametrize(
    "question",
    [
        # the outcome wanted from the work, said as what will be different
        "What do you hope will be different by the end of the six sessions?",
        "What would you like to be different by the end of our sessions?",
    ],
)
def test_what_the_client_hopes_will_be_different_by_the_end_is_future_focused(
    question: str,
) -> None:
    assert question_category(question) == "future_focused"


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # the session or the way of working, not the outcome
        ("What would you like to be different about today's session?", "process"),
        ("What do you hope will be different about how we work together?", "process"),
        # what must change for a score to move: a belief tested
        ("What would need to be different for it to be an eight?", "assumption_challenging"),
    ],
)
def test_a_difference_wanted_in_the_session_or_needed_for_a_score_keeps_its_category(
    question: str, category: str
) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    "question",
    [
        # the coach's summary of the agreement checked against the client's hearing of it
        "Does that match what you heard?",
        "Does that all match what we agreed?",
    ],
)
def test_a_summary_checked_against_what_was_heard_is_process(question: str) -> None:
    assert question_category(question) == "process"


@pytest.mark.parametrize(
    "question",
    [
        # a fact of the client's world set beside what someone else said
        "Does that match what you heard from HR?",
        "Does that match what your manager said?",
    ],
)
def test_a_fact_checked_against_another_source_is_not_process(question: str) -> None:
    assert question_category(question) != "process"
