"""Coach lines read with what came before them, on hand-written coaching lines (none from
the eval set): advice given once the client gave leave for it, a summary the coach says
they are giving, both sides of what the client holds, leaving the client room or the
decision, and the categories of permission, agenda and obstacle questions."""

from __future__ import annotations

import numpy as np
import pytest
from tests.head_names import HEAD_NAMES
from tests.unit.analysis.coach_coding import coach_coder

from coachconn.analysis.coder import Heads, decide
from coachconn.analysis.rules import (
    deeper_reflection,
    exploration_settled,
    offered_advice,
    question_category,
    statement_settled,
)
from coachconn.analysis.types import Utterance

SUBTYPES = {"question": "open", "reflection": "simple", "input": "information"}


code = coach_coder(SUBTYPES)


# --- advice given with leave ---------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("Would you be open to a suggestion?", "You might bring the weekly review back."),
        (
            "Would it be useful if I shared what has worked for others?",
            "Some people set two phone-free evenings a week. But you know your week best.",
        ),
        ("Can I offer an idea?", "One option is to hand the first draft to your deputy."),
        ("Could I make a suggestion?", "You could block Friday mornings for the planning."),
    ],
)
def test_a_step_proposed_after_leave_asked_and_given_is_advice(asked: str, text: str) -> None:
    assert offered_advice(text, asked, "Yes, go on.")


@pytest.mark.parametrize(
    ("asked", "client", "text"),
    [
        # no leave asked: the same words may give back the client's plan
        ("What would help?", "Go for it.", "You might bring the weekly review back."),
        ("How did the week go?", "Fine.", "Some people set two phone-free evenings a week."),
        # leave turned down
        ("Would you be open to a suggestion?", "No, not right now.", "You might try it."),
        ("Can I offer an idea?", "I'd rather not, to be honest.", "One option is to wait."),
        # leave given, but no step proposed
        ("Would you be open to a suggestion?", "Sure.", "You might find it hard at first."),
        ("Can I share what I've seen?", "Okay.", "Some people struggle with it for months."),
        ("Can I offer an idea?", "Sure.", "What would you try first?"),
    ],
)
def test_no_leave_a_refusal_or_no_step_is_not_advice_given_with_leave(
    asked: str, client: str, text: str
) -> None:
    assert not offered_advice(text, asked, client)


@pytest.mark.parametrize(
    ("asked", "client", "text"),
    [
        # a screen shared, time offered, others in the room: no leave to offer an idea
        ("Can I share my screen?", "Sure.", "You can see the model here on the left."),
        ("Would you like some time to think about it?", "Yes please.", "You can let me know."),
        ("Would you want other people in the room?", "Yes, probably.", "You might have a point."),
        # the client would rather find their own way
        (
            "Could I share an idea?",
            "Actually I'd like to work it out myself.",
            "You can take your time.",
        ),
        (
            "Would you be open to a suggestion?",
            "I'd prefer to figure it out myself.",
            "You could start there.",
        ),
        # leave given, but what the client may see, have or change, or what others go through
        ("Can I offer a reflection?", "Go on.", "You may have outgrown the role."),
        ("Can I share what I noticed?", "Please.", "You could hear it in your voice."),
        ("Can I share something?", "Sure.", "You can always change your mind later, of course."),
        (
            "Would it help if I shared what others do?",
            "Sure.",
            "Some people do find the first week hard.",
        ),
        (
            "Would it be helpful if I shared what others do?",
            "Yeah.",
            "Some people take a while to adjust.",
        ),
        ("Can I share what I've seen?", "Okay.", "A lot of new managers give up on it too soon."),
    ],
)
def test_no_leave_to_offer_or_nothing_proposed_after_it_is_not_advice(
    asked: str, client: str, text: str
) -> None:
    assert not offered_advice(text, asked, client)


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("Would you like some ideas?", "You can always have a look at the mentoring scheme."),
        ("Can I share what's worked for others?", "Some people keep a short list by the door."),
        (
            "Would you like to hear what has worked for others?",
            "Some people take the first hour for it.",
        ),
    ],
)
def test_steps_proposed_after_leave_still_read_as_advice(asked: str, text: str) -> None:
    assert offered_advice(text, asked, "Sure.")


def _coded(lines: list[tuple[str, str]]) -> list[str]:
    """The codes :func:`decide` gives, each coach line read by the model as a reflection
    (a question where it ends in a question mark), each client line as neutral."""
    utterances, rows = [], []
    for i, (role, text) in enumerate(lines):
        utterances.append(Utterance(i, i, role.title(), role, text))  # type: ignore[arg-type]
        row = np.zeros(13, dtype=np.float32)
        row[0 if text.endswith("?") else 1] = 4.0
        row[5] = 4.0
        rows.append(row)
    coded = decide(utterances, np.vstack(rows), Heads.from_labels(HEAD_NAMES))
    return [item.code for item in coded]


def test_the_coder_reads_a_step_after_leave_given_as_advice_and_without_it_as_before() -> None:
    step = "Some people set two phone-free evenings a week, often before the busy days."
    assert (
        _coded(
            [
                ("coach", "Would you be open to a suggestion?"),
                ("client", "Go for it."),
                ("coach", step),
            ]
        )[-1]
        == "advice"
    )
    assert (
        _coded([("coach", "What would help?"), ("client", "I don't know."), ("coach", step)])[-1]
        != "advice"
    )
    # the coach's own next line, with no answer from the client between, is not given leave
    assert (
        _coded([("coach", "Can I offer an idea?"), ("coach", "So you want the review back.")])[-1]
        != "advice"
    )


# --- a summary the coach gives --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        (
            "Let's pause and summarise where you've got to. You want better sleep, and "
            "you're going to try two alcohol-free nights.",
            "therapist_input",
        ),
        ("So, to sum up, you want the job. You're worried about the timing.", "reflection"),
        ("Let me summarise what you've said. You feel stuck, and you want out.", "other"),
    ],
)
def test_a_summary_the_coach_gives_now_is_a_complex_reflection(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "complex_reflection"
    assert statement_settled(text)


@pytest.mark.parametrize(
    "text",
    [
        # promised for later, or nothing of the client's after it
        "Before we close, I'll summarise what you've committed to and you can correct me.",
        "Let me summarise. We've covered the budget and next session we'll look at the team.",
        "Let's recap the agenda. First the budget, then the team.",
    ],
)
def test_a_summary_promised_or_of_the_session_is_no_complex_reflection(text: str) -> None:
    assert code(text, "other") != "complex_reflection"
    assert not statement_settled(text)


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        # advice after the opening, or in its own sentence
        (
            "Let me sum up. You want more time with the kids. I'd suggest you block Fridays.",
            "therapist_input",
        ),
        ("To recap, you should call her first thing. You've got this.", "therapist_input"),
        (
            "Let me pull this together. You know what to do. You need to tell him.",
            "therapist_input",
        ),
        # thanks, not the client's words
        ("Let me summarise. Thank you for sharing all of that.", "other"),
        # a record read out
        (
            "In summary, the incident report states that you were stopped last Friday. You were "
            "cited for speeding.",
            "therapist_input",
        ),
    ],
)
def test_a_summary_opened_on_advice_thanks_or_a_record_is_no_complex_reflection(
    text: str, behaviour: str
) -> None:
    assert code(text, behaviour) != "complex_reflection"


def test_where_the_client_has_got_to_is_no_obligation() -> None:
    assert code("I want to check where you've got to.", "reflection") != "advice"
    assert code("You've got to tell him before Friday.", "therapist_input") == "advice"


# --- both sides of what the client holds -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So the wine helps you relax in the evening and then costs you your sleep.",
        "It gives you a break, but it leaves you feeling worse the next day.",
        "You want both: to be there for her and to do the job well.",
    ],
)
def test_both_sides_of_a_habit_or_two_wants_as_one_deepen_a_reflection(text: str) -> None:
    assert deeper_reflection(text)


@pytest.mark.parametrize(
    "text",
    [
        "It helps you relax and gets you to sleep.",
        "The app helps you track it, and it leaves you a note.",
        "You want both of them to come.",
        # a second gain, or no cost at all
        "Running gets you outside and leaves you energised.",
        "The walk gives you time to think and it leaves you feeling refreshed.",
        "It helps you focus and it costs you nothing.",
        "The mentoring gets you noticed and leaves you connected to the board.",
        # what is needed, not two wants
        "You need both: the training and the sign-off.",
    ],
)
def test_two_gains_a_note_left_or_both_people_are_not_two_sides(text: str) -> None:
    assert not deeper_reflection(text)


def test_a_gain_set_against_a_named_cost_stays_two_sides() -> None:
    assert deeper_reflection("The new role gives you more scope, but it leaves you exposed.")
    assert deeper_reflection("the late nights get you ahead and leave you wiped out")


def test_a_chance_to_close_a_gap_is_no_step_in_the_session() -> None:
    text = (
        "So the rewrite closes the gap for you, and at the same time it leaves your "
        "managers without the chance to close it themselves."
    )
    assert code(text) != "structuring"
    assert code("We have ten minutes, so let's use them to close.", "other") == "structuring"
    assert code("I'd like to use the last bit to close off.", "other") == "structuring"


# --- room, the decision and the client read ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Take your time. There's no rush here.",
        "Okay. It's your decision what you do, and I'm not here to push you in any direction.",
        "I'm not here to push you.",
    ],
)
def test_room_to_think_or_the_decision_left_with_the_client_is_other(text: str) -> None:
    assert code(text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "There's no rush here, so the offer can wait till you're sure.",
        "I'm not going to push you to tell her, but I wonder what stops you.",
    ],
)
def test_more_said_after_the_room_or_the_decision_stays_a_reflection(text: str) -> None:
    assert code(text) == "simple_reflection"


def test_the_clients_answer_named_the_best_heard_is_an_affirmation() -> None:
    praised = "It's allowed. It's probably the most honest answer I've had all week."
    assert code(praised, "therapist_input") == "affirmation"
    assert code("It's the most common answer I hear.", "therapist_input") == "information"
    assert code("That's the most honest answer he's given.") == "simple_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "That sounds like a mother who cares a great deal.",
        "It sounds like someone who has been carrying a lot.",
    ],
)
def test_the_client_read_as_a_kind_of_person_is_a_complex_reflection(text: str) -> None:
    assert code(text, "other") == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "That sounds like a lot of work.",
        "That sounds like someone I know.",
        # someone the coach knows or puts forward, not the client read
        "It sounds like a coach who I trained with.",
        "That sounds like a colleague who could mentor you.",
        "That sounds like someone who would be great for the role.",
        "it sounds like a person who we should bring in",
    ],
)
def test_a_likeness_with_no_one_in_it_is_no_reading(text: str) -> None:
    assert code(text, "other") == "other"


# --- question categories ---------------------------------------------------------------


def test_asking_leave_to_suggest_is_process_and_asking_readiness_is_not() -> None:
    assert question_category("Would you be open to a suggestion?") == "process"
    assert question_category("Are you open to hearing an idea?") == "process"
    assert question_category("Would you be open to exploring it?") == "exploration"
    assert question_category("Are you open to moving cities?") == "exploration"
    assert question_category("Would you be open to a challenge?") == "process"


@pytest.mark.parametrize(
    "text",
    [
        # what the client might take up, not leave for the coach to offer
        "Would you be open to a new challenge?",
        "Are you open to other options?",
        "Would you be open to a different option at work?",
        "Are you open to new ideas?",
    ],
)
def test_openness_to_what_the_client_might_take_up_is_no_leave_asked(text: str) -> None:
    assert question_category(text) != "process"


def test_whether_the_recalled_agenda_is_still_on_the_table_is_process() -> None:
    lead = "You mentioned last session that you wanted to talk about the board."
    assert question_category("Is that still on the table for today?", lead) == "process"
    # alone it may ask about an offer or a plan of the client's
    assert question_category("Is that still on the table for today?") == "exploration"
    lead = "Last time you mentioned the move to Leeds."
    assert question_category("Is that still on the table?", lead) == "exploration"


def test_what_stood_in_the_way_is_settled_exploration_not_a_resource() -> None:
    assert exploration_settled("What's made it hard to do in the past?")
    assert exploration_settled("What got in the way last time?")
    assert question_category("What has helped in the past?") == "resource_accessing"
    assert not exploration_settled("What might get in the way?")
    assert not exploration_settled("What stopped you from giving up?")
    # the obstacle, then how the client got past it: the head may read the resource
    assert not exploration_settled("What got in your way, and how did you get past it?")
    assert not exploration_settled("What made it so hard, and what helped you in the end?")


@pytest.mark.parametrize(
    "question",
    [
        # a hard time is when the resource was used, not the obstacle asked about
        "What did you do in the past when things got hard?",
        "How did you cope in the past when work was tough?",
    ],
)
def test_a_hard_time_in_the_past_still_asks_for_a_resource(question: str) -> None:
    assert question_category(question) == "resource_accessing"


@pytest.mark.parametrize(
    "question",
    ["What was hard about it in the past?", "What's made things difficult in the past?"],
)
def test_what_was_hard_in_the_past_asks_for_no_resource(question: str) -> None:
    assert question_category(question) != "resource_accessing"


def test_what_to_carry_into_the_days_ahead_is_future_focused() -> None:
    assert question_category("What would you like to carry with you into Monday?") == (
        "future_focused"
    )
    assert question_category("What could you carry over from the old job?") == (
        "resource_accessing"
    )
    assert question_category("What would you bring with you from that time?") == (
        "resource_accessing"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Why seven and not four?",
        "Why did you choose a five rather than a four?",
        "And why are you a six and not a two or three?",
        "Why did you say eight or nine rather than six or seven?",
        "why 7 and not 3",
    ],
)
def test_why_the_clients_number_is_not_lower_draws_on_resources(text: str) -> None:
    assert question_category(text) == "resource_accessing"


@pytest.mark.parametrize(
    "text",
    [
        "Why did she give you a seven and not a nine on the review?",
        "Why ten people and not twenty?",
        "Why one and not the other?",
        # a higher number asks what is missing, not what the client has
        "Why a six rather than an eight?",
        "How come you're a three and not a five?",
        "What makes it a seven rather than a nine?",
        "why 9 and not 10",
    ],
)
def test_anothers_rating_or_a_count_is_no_scale_asked_about(text: str) -> None:
    assert question_category(text) != "resource_accessing"


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        # where the conversation has got to, taken stock of
        (
            "Let me check where we are, because we've covered a lot. The calls all come to "
            "you, partly because nobody knows what's theirs, and partly because you've always "
            "picked up.",
            "reflection",
        ),
        # the session summed up from what the client came in with
        (
            "You came in wanting to decide about the move. You want to be near your mum, and "
            "the job is what's in the way.",
            "reflection",
        ),
        (
            "So you came in feeling like a phone with forty updates, and you're leaving with one.",
            "reflection",
        ),
    ],
)
def test_the_session_taken_stock_of_or_summed_up_from_its_start_is_a_complex_reflection(
    text: str, behaviour: str
) -> None:
    assert code(text, behaviour) == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        # what the client came in with, asked about or given back alone
        "You came in wanting to talk about the move.",
        "Let me check where we are with time. We've got ten minutes.",
    ],
)
def test_what_the_client_came_in_with_alone_or_the_clock_is_no_summary(text: str) -> None:
    assert code(text, "reflection") != "complex_reflection"


def test_a_quality_named_from_what_the_client_came_in_with_stays_an_affirmation() -> None:
    text = (
        "You came in today saying you almost cancelled. You didn't, and that same courage "
        "is what you'll take into Monday."
    )
    assert code(text, "reflection") == "affirmation"
