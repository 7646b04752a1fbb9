"""Open vs closed from a question's syntax (rules.question_form), on hand-written lines."""

from __future__ import annotations

import pytest

from coachconn.analysis.rules import plainly_open, question_form, question_form_features


@pytest.mark.parametrize(
    "text",
    [
        "What would you like to focus on today?",
        "How does that land for you?",
        "Why does this matter to you now?",
        "Tell me more about the project.",
        "Could you tell me what happened next?",
        "Can you say a bit more about that?",
        "What if you didn't have to choose?",
        "I wonder what you'd do with the extra time.",
        "So, um, what do you make of that?",
        "You mentioned your manager. How are things with her?",
        "Walk me through a typical Monday.",
        "Help me understand what's at stake.",
    ],
)
def test_open_questions(text: str) -> None:
    assert question_form(text) == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Did you talk to him?",
        "Is that something you'd want to try?",
        "Would you be willing to write it down?",
        "Have you ever done this before?",
        "Can I share an idea?",
        "You're ready to start, right?",
        "That was hard, wasn't it?",
        "Do you want to start with work or with home?",
        "I wonder if you're tired of waiting.",
        "You'll call her tomorrow?",
        "So the meeting is on Friday?",
        "Okay. And are you sleeping any better?",
    ],
)
def test_closed_questions(text: str) -> None:
    assert question_form(text) == "closed"


def test_it_reads_the_last_sentence_that_asks() -> None:
    text = "You said the deadline moved. What do you make of that? I'm curious."
    assert question_form(text) == "open"
    assert question_form("How was it? Was it worth it?") == "closed"


def test_a_factual_wh_question_is_marked_as_such() -> None:
    cues = question_form_features("How many hours do you work a week?")
    assert cues["wh_fact"] == 1.0
    assert cues["wh_open"] == 0.0
    assert question_form_features("How do you feel about it?")["wh_open"] == 1.0


def test_an_alternative_needs_a_real_or() -> None:
    assert question_form_features("Tea or coffee?")["alternative"] == 1.0
    assert question_form_features("Did you ask him or something?")["alternative"] == 0.0


def test_without_a_cue_it_gives_no_verdict() -> None:
    assert question_form("Mm-hmm.") is None
    assert question_form("") is None


def test_every_cue_is_zero_or_one() -> None:
    for text in ("What now?", "Right?", "Okay.", "Do it or don't?", ""):
        assert set(question_form_features(text).values()) <= {0.0, 1.0}


@pytest.mark.parametrize(
    "text",
    ["Tired from what?", "And then what?", "Awkward how?", "Say more.", "How was the week?"],
)
def test_plainly_open_questions_are_open_whatever_a_model_reads(text: str) -> None:
    assert plainly_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is it this, or what?",
        "And will you talk to your manager?",
        "And you?",
        "Anything else you want to cover?",
        "How was it, good or bad?",
        "Explain the timeline to your manager first.",
        "Tell me if that changes before next week.",
        "Describe it to your manager.",
    ],
)
def test_the_syntax_alone_does_not_open_these(text: str) -> None:
    assert not plainly_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "What about Thursdays, with the team drinks?",
        "What about the escalations?",
        "Okay. And how about your grades?",
        "And the plan for this week?",
        "And the other thirty-nine?",
        "And your parents?",
        "And if she does?",
        "But if he says no?",
        "And Wednesday?",
        "So, sleep?",
        "And family?",
        "What about smoking?",
        "And the hardest part?",
    ],
)
def test_an_elliptical_question_invites_the_clients_own_account(text: str) -> None:
    # (AnnoMI's training transcripts: 9 of the 10 "what/how about X?" questions that end
    # a therapist's turn are open)
    assert plainly_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "How about we stop there?",
        "How about you come back in a week?",
        "What about her father, is he any help?",
        "And your mum knows?",
        "And if she does, will you go?",
        "And the first time, was that the same supplier?",
        "And that feels right to you?",
        "And yes?",
        # a proposal: a time, an offer, a step to take, the coach's own move
        "How about Thursday at ten?",
        "How about a walk at lunch?",
        "What about trying the app?",
        "How about asking her directly?",
        "Okay, and how about if I book it for you?",
        # a yes/no clause after the comma, or a main clause after the "if"
        "What about the money, you've got enough?",
        "So if you don't go you lose the deposit?",
        "And if she does you'll go?",
        "Then if that's the case you're okay?",
        # a state, a number or an arrangement checked
        "And happy?",
        "And nervous?",
        "So, twice?",
        "So Thursday?",
        # a verb after the noun
        "And your husband agreed?",
        "And the doctor's happy?",
        "And your boss said yes?",
        "And the meeting went well?",
    ],
)
def test_a_proposal_a_verb_or_a_yes_no_clause_keeps_it_from_being_elliptical(text: str) -> None:
    assert not plainly_open(text)
