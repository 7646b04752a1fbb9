"""The coach's moves about the session itself: the agenda checked again, a way back to the
plan offered, the next session booked, feedback asked for at the close and the
conversation noticed (process questions, some read with the coach's own line just
before them); and statements about the session and the client's movement in it
(structuring, affirmation, reflection). Every cue is checked against near-miss lines it
must not match. All lines are written for these tests.
"""

from __future__ import annotations

import pytest

from coachconn.analysis.rules import coach_code, question_category, statement_settled

SUBTYPES = {"question": "open", "reflection": "simple", "input": "information"}


def code(text: str, behaviour: str = "other", before: str = "") -> str:
    return coach_code(text, behaviour, SUBTYPES, before)


# --- process questions, read alone ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        # the agenda checked again
        "Do you still want that, or is something else more pressing?",
        "Is anything more urgent today?",
        "Or is there something that feels more pressing right now?",
        # a way back to the plan offered, or staying with what is here
        "Is it okay to be here, or do you want to go back to the plan?",
        "Shall we get back to what you came in with?",
        "Should we go back to the agenda for today?",
        "Is it okay to stay with this for a bit?",
        "Is it all right to keep going?",
        # what the next session picks up, and when it meets
        "Shall we pick up with how the chat with your deputy went, in two weeks?",
        "Shall we meet again in three weeks?",
        "Where would you like to start next time?",
        "What do you want to pick up next session?",
    ],
)
def test_the_agenda_the_plan_and_the_next_session_asked_about_are_process(
    question: str,
) -> None:
    assert question_category(question) == "process"


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Is something else more pressing at work?", "exploration"),
        ("Is the mortgage more pressing than the car?", "exploration"),
        ("Is anything more urgent for the team?", "exploration"),
        ("Do you want to go back to the plan you made with your sister?", "future_focused"),
        ("Do you want to go back to your old job?", "exploration"),
        ("Is it okay to be angry?", "exploration"),
        ("Is it okay to keep going with your mum's care?", "exploration"),
        ("What will you start with before next session?", "future_focused"),
        ("What will you do before the next session?", "future_focused"),
    ],
)
def test_the_same_words_about_the_clients_own_life_are_not_process(
    question: str, category: str
) -> None:
    assert question_category(question) == category


# --- process questions, read with the coach's own line just before ----------------------


@pytest.mark.parametrize(
    ("lead", "question"),
    [
        # the session's end named, then feedback asked for
        ("We're nearly at time.", "How did this go for you?"),
        ("Great. We're at time in about five.", "How was that for you?"),
        ("Okay, we've only got a few minutes left.", "How was it for you?"),
        ("", "Before we finish, how was that for you?"),
        # the conversation itself noticed, then a question that asks nothing of its own
        (
            "I'm noticing we've been here before. Session three, it was hiring.",
            "What do you notice?",
        ),
        ("Just now you went quiet.", "What's happening for you right now?"),
        ("I notice we keep circling back to your father.", "What do you make of that?"),
        ("We've moved quite a long way.", "What do you make of that?"),
        # the agenda named, then whether it still stands
        (
            "Good to see you. We've got the full hour, and last time you said you wanted to "
            "use it on the career question.",
            "Is that still where you want to go?",
        ),
        (
            "We said last time we'd use today to plan your first ninety days back.",
            "Do you still want that?",
        ),
        ("Okay, so the agenda today was the budget.", "Does that still work?"),
    ],
)
def test_a_plain_question_after_the_coach_names_the_end_or_the_conversation_is_process(
    lead: str, question: str
) -> None:
    assert question_category(question, lead) == "process"
    assert question_category(question.split(", ")[-1].capitalize()) == "exploration"


@pytest.mark.parametrize(
    ("lead", "question"),
    [
        # the same questions alone, or after anything else, may ask about the client's week
        ("", "How did this go for you?"),
        ("So you spoke to him on Friday.", "How did this go for you?"),
        ("We've got fifty minutes.", "How did this go for you?"),
        ("We're nearly at time.", "How did it go with your boss?"),
        ("You've been carrying that for years.", "What do you make of that?"),
        ("You laughed when he told you.", "What was that about?"),
        ("You went quiet at the funeral.", "What was happening for you?"),
        ("We've moved a long way from the office.", "What do you make of that?"),
        ("You said the design school was the dream.", "Is that still where you want to go?"),
        ("You were going to ask for the four-day week.", "Do you still want that?"),
        ("Let's stay with the promotion for a moment.", "Is it still what you want?"),
    ],
)
def test_a_plain_question_after_anything_else_stays_exploration(lead: str, question: str) -> None:
    assert question_category(question, lead) == "exploration"


@pytest.mark.parametrize(
    ("lead", "question", "category"),
    [
        ("We're nearly at time.", "What will you do first on Monday?", "future_focused"),
        (
            "I'm noticing we've been here before.",
            "Who could help you with it?",
            "resource_accessing",
        ),
    ],
)
def test_a_lead_in_never_outweighs_a_cue_of_the_question_itself(
    lead: str, question: str, category: str
) -> None:
    assert question_category(question, lead) == category


# --- statements about the session and the client's movement -----------------------------


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("That's a real shift from ten minutes ago.", "other"),
        ("That's quite a change from where you were.", "reflection"),
        ("That's a big thing to see.", "reflection"),
        ("That's a hard thing to say about yourself.", "other"),
        ("That's an important thing to notice.", "therapist_input"),
    ],
)
def test_the_clients_movement_or_finding_named_is_an_affirmation(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "affirmation"


@pytest.mark.parametrize(
    ("text", "behaviour", "expected"),
    [
        ("That's a big change from last year.", "other", "other"),
        ("That's a hard thing to see.", "reflection", "simple_reflection"),
        ("That's a big thing to see in a child.", "reflection", "simple_reflection"),
        (
            "That's a huge leap from one late email to thinking he hates you.",
            "reflection",
            "simple_reflection",
        ),
    ],
)
def test_a_change_or_a_thing_not_the_clients_is_no_affirmation(
    text: str, behaviour: str, expected: str
) -> None:
    assert code(text, behaviour) == expected


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Okay. That's completely fair. We'll keep it practical.", "Let's do the plan."),
        ("You did. Fair cop. Back to the plan.", "I said no feelings."),
        ("Right, back to your question.", "Sorry, I've gone off on one."),
        ("It is. Sorry. Pick whichever one grabs you.", "Uh. That's three questions."),
        ("Answer whichever one you like.", "Hm."),
        ("We said last time we'd use today to plan your first ninety days back.", ""),
        ("I said last time we'd work on the script today.", ""),
    ],
)
def test_the_way_of_working_agreed_or_the_agenda_returned_to_is_structuring(
    text: str, before: str
) -> None:
    assert code(text, "other", before) == "structuring"
    assert code(text, "therapist_input", before) == "structuring"


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ("We'll keep it practical for the team.", "", "other"),
        ("So it's back to the drawing board.", "", "other"),
        ("Back to you.", "", "other"),
        ("Pick whichever one feels right.", "I've got two offers, both in Leeds.", "advice"),
        ("Choose whichever course you like.", "", "other"),
        ("They said we'd use the money for the roof.", "", "other"),
        ("So your partner said we'd use the savings.", "", "other"),
    ],
)
def test_the_same_words_about_the_clients_world_are_not_structuring(
    text: str, before: str, expected: str
) -> None:
    assert code(text, "other", before) == expected


@pytest.mark.parametrize(
    ("before", "text"),
    [
        (
            "It wouldn't fall. That's the thing I'm scared of. Then what am I for?",
            "Then what are you for.",
        ),
        ("Why do I always do this?", "Why do you always do this."),
    ],
)
def test_the_clients_own_question_given_back_is_a_simple_reflection(before: str, text: str) -> None:
    for behaviour in ("other", "reflection", "therapist_input"):
        assert code(text, behaviour, before) == "simple_reflection"


@pytest.mark.parametrize(
    ("before", "text", "behaviour", "expected"),
    [
        # an answer to what the client asked, not their question given back
        ("Is it Tuesday or Wednesday? I forget.", "Tuesday.", "therapist_input", "information"),
        (
            "Is it normal to feel this tired?",
            "It is normal to feel this tired.",
            "therapist_input",
            "information",
        ),
        # put back with its own mark, it asks: the model's question stands
        ("What am I for?", "What are you for?", "question", "open_question"),
        # words the client did not ask
        ("I don't know what I'm for.", "What are you for.", "therapist_input", "information"),
    ],
)
def test_an_answer_or_a_question_asked_back_is_no_echo(
    before: str, text: str, behaviour: str, expected: str
) -> None:
    assert code(text, behaviour, before) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm noticing we've been here before. Session three, it was the hiring. "
        "Each time it comes round to the same fear.",
        "We keep coming back to your father.",
        "Every time it gets back to the money, the conversation stops.",
    ],
)
def test_a_pattern_noticed_in_what_the_client_brings_is_a_complex_reflection(text: str) -> None:
    for behaviour in ("other", "reflection", "therapist_input"):
        assert code(text, behaviour) == "complex_reflection"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Let's come back to that later.", "structuring"),
        ("We keep coming back to this, so let's park it.", "structuring"),
        ("I'm noticing myself wanting to jump in and fix it.", "self_disclosure"),
        ("Every time it comes to money, you go quiet.", "simple_reflection"),
        ("Are we going round in circles? We keep coming back to your father?", "open_question"),
    ],
)
def test_the_session_steered_the_coachs_reaction_or_a_topic_is_no_pattern_noticed(
    text: str, expected: str
) -> None:
    behaviour = "question" if "?" in text else "reflection"
    assert code(text, behaviour) == expected


def test_the_rules_settle_only_the_statements_no_head_has_learned() -> None:
    assert statement_settled("That's a real shift from ten minutes ago.")
    assert statement_settled("We keep coming back to your father.")
    assert statement_settled("Then what are you for.", "Then what am I for?")
    assert statement_settled("Pick whichever one grabs you.", "That's three questions.")
    assert statement_settled("So, shall we get into it?")
    assert not statement_settled("That took real courage.")
    assert not statement_settled("That's a big thing to see.")
    assert not statement_settled("We'll keep it practical.")
    assert not statement_settled("Then what are you for.", "I don't know what I'm for.")
