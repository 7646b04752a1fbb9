"""The everyday language of a coaching session: evaluative affirmations, the session's
time, agenda and close, working agreements, leave to say no, and the process, resource
and future questions of contracting and inquiry. Hand-written lines, each beside lines
that look alike and must not be read the same way.
"""

from __future__ import annotations

import pytest
from tests.unit.analysis.coach_coding import coach_coder

from coachconn.analysis.rules import about_the_call, coach_code, question_category

SUBTYPES = {"question": "closed", "reflection": "complex", "input": "information"}


code = coach_coder(SUBTYPES)


# --- affirmation -------------------------------------------------------------------------


@pytest.mark.parametrize("behaviour", ["reflection", "other"])
@pytest.mark.parametrize(
    "text",
    [
        "That's a sharp connection to make.",
        "That's a really astute observation.",
        "That's quite an insight.",
        "That's quite a realisation.",
        "That sounds like a really solid step.",
        "That's a concrete step, and it's yours.",
        "Facts and respect out loud. That's a good pair.",
        "That's a good instinct.",
        "I love that you went straight to her getting the credit.",
        "I love how you turned that around.",
        "That says a lot about the kind of leader you want to be.",
        "It probably will be. And you've done harder ones.",
        "What I do know is you have handled harder things than this.",
        "You've got through worse.",
        "Be proud of that.",
        "You have every right to be proud.",
    ],
)
def test_evaluative_praise_of_the_client_is_an_affirmation(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "That's a good question.",
        "That's a big ask.",
        "That's a lot.",
        "That sounds like a good idea.",
        "I love that.",
        "That's a good connection to have.",
        "That's a good pair of shoes.",
        "That's a good resource for managers.",
        # a thing the client heard of, not their finding (said of a helpline)
        "That sounds like a good resource.",
        "That's a big step down.",
        "That's a good step.",
        "You've done harder ones, but this one feels different.",
        "You're not sure you've done harder ones.",
        "That says a lot about him.",
        # another's, or the client's doing with more said of it
        "It sounds like a real achievement for her.",
        "That's quite a skill he has, getting everyone to agree.",
        "That sounds like a realisation that hurt.",
        "That seems like a big shift for the whole team.",
        "It seems like a big breakthrough for your brother.",
        "It seems like quite a big leap from one late email to 'he hates me'.",
        "That says a lot about the kind of manager you had.",
        "It says a lot about the kind of company you work for.",
        "That says a lot about who you are dealing with.",
        "That says a lot about your boss.",
        "Uh, that says a lot about you and your mom's relationship.",
        # a wrong done, a harm borne, a fact of a past job
        "You feel you've done worse things to her than she knows.",
        "So you've done harder drugs before.",
        "It sounds like you've dealt with worse from him.",
        "You've managed bigger teams.",
        # another's words, or the coach's own doubt
        "She says, I love that you're always there for me.",
        "I love that you think I have the answer, but I don't.",
    ],
)
def test_generic_approval_or_what_is_not_the_clients_is_not_an_affirmation(text: str) -> None:
    assert code(text, "other") == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Part of you is still making choices for the boy who wanted his dad to be proud.",
        "Your mum would be proud, and you still can't see it.",
        "He has every right to be proud.",
        "Your parents must be proud of her.",
        "He can be proud when he's earned it, you said.",
        "I want them to be proud, you said.",
    ],
)
def test_another_persons_pride_leaves_a_reflection_a_reflection(text: str) -> None:
    assert code(text) == "complex_reflection"


def test_pride_warned_against_is_not_praise() -> None:
    assert code("Don't be so proud that you won't ask for help.") != "affirmation"


# --- structuring -------------------------------------------------------------------------


@pytest.mark.parametrize("behaviour", ["reflection", "other", "therapist_input"])
@pytest.mark.parametrize(
    "text",
    [
        "No problem at all. We've got until half past.",
        "We have until ten past the hour.",
        "We have about forty-five minutes today.",
        "Last time you said you wanted to look at what's getting in the way of handing things off.",
        "When we last met, you said you'd like to come back to the budget.",
        "I want to check where we are. We've spent a lot of time on why teaching appeals. "
        "I also said we'd look at both sides.",
        "I'll be direct, and I'll also check in now and then on how it's landing. "
        "And if anything I do isn't working for you, I'd like you to tell me.",
        "If anything I say isn't helping, please say.",
        "Great. I'll see you on the fourteenth, then.",
        "We'll speak after the board meeting.",
        "I'll talk to you next week.",
        "Sounds like a plan. Let me know how Sunday goes.",
        "Good luck. Let me know how you get on.",
    ],
)
def test_time_agenda_agreements_and_closes_are_structuring(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "structuring"


def test_a_close_the_model_read_as_a_question_is_structuring() -> None:
    assert code("Sounds like a plan. Let me know how Sunday goes.", "question") == "structuring"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the client wanted in their life, not for the session
        ("Last time you said you wanted to quit.", "complex_reflection"),
        # a suggestion that ends on hearing how it went stays advice
        ("Try it on Sunday and let me know how it goes.", "advice"),
        ("Let me know how I can help.", "complex_reflection"),
        ("You've spent a lot of time on this.", "complex_reflection"),
        ("They've got until Friday to decide.", "complex_reflection"),
    ],
)
def test_lines_like_structuring_about_the_clients_world_keep_their_code(
    text: str, expected: str
) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the client set out to do in their life, not in the session
        "Last time you said you wanted to spend more time with your kids.",
        "When we last spoke you said you wanted to work on your fitness.",
        "Last time you said you wanted to look at other jobs.",
        # minutes of the client's day, not of the session
        "So it's about forty-five minutes each way on the train.",
        "She kept you waiting about forty minutes and didn't apologise.",
        "Only five minutes late, and he made a whole thing of it.",
        # someone else's words or thoughts, given back
        "He said, we'll talk after the holidays, and then nothing.",
        "So your plan is, I'll speak at the town hall and get it over with.",
        "You're thinking, I'll talk the team through it myself.",
        "And your mum says, I'll see you at Christmas, as if nothing's wrong.",
        "We've got until Friday, is what your boss said.",
        "They said we've got until three to hand it in.",
        "It's like we've got until two of them leave before anyone listens.",
        "So we have until one of us gives in, is how it feels at home.",
        "So in your words, we've spent a lot of time apart this year.",
        "And then he goes, 'I said we'd look at it next quarter', and that was that.",
        "So you told the team, we said we'd cover the weekend shifts.",
        "So the idea is I'll speak in the meeting first and she'll follow.",
        "I'll check in with my manager on how it's going, is your plan.",
        "In your team, if something we do isn't working, you just drop it.",
    ],
)
def test_the_clients_plans_and_day_and_others_words_are_not_structuring(text: str) -> None:
    assert code(text) == "complex_reflection"


@pytest.mark.parametrize("behaviour", ["question", "reflection", "other"])
@pytest.mark.parametrize(
    "text",
    [
        "You can tell me if it doesn't fit.",
        "You can tell me if it fits or not.",
        "Feel free to tell me if I'm off the mark.",
        "Let me know if that doesn't make sense.",
        "And you can always say so if none of it lands.",
    ],
)
def test_leave_to_turn_down_what_the_coach_offers_is_other(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "It sounds like you feel stuck. Tell me if I'm wrong.",
        "You can tell me if it hurt.",
        "Tell me if it happens again.",
        # leave followed by more: a step named, or a question
        "Tell me if it helps, the breathing.",
        "You can tell me if it fits with what your manager wants.",
    ],
)
def test_leave_to_correct_a_reflection_or_an_invitation_is_not_only_leave(text: str) -> None:
    assert code(text) == "complex_reflection"


# --- call checks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Hi Rachel, can you hear me OK?", "Hello there, can you see me alright?"]
)
def test_a_greeting_and_a_sound_check_are_about_the_call(text: str) -> None:
    assert about_the_call(text)
    assert code(text, "question") == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rachel, how was your week?",
        "Can you hear me when I say it like that?",
        "Hi Sam, we've got forty minutes.",
    ],
)
def test_a_greeting_before_a_real_question_is_not_about_the_call(text: str) -> None:
    assert not about_the_call(text)


# --- question categories -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # contracting and checking in
        ("And how do you like to receive challenge?", "process"),
        ("How would you prefer me to give feedback?", "process"),
        ("How do you want to be challenged?", "process"),
        ("Deal?", "process"),
        ("So, agreed?", "process"),
        ("Was that too much to hear?", "process"),
        ("Was that a bit direct?", "process"),
        ("Did I push too hard?", "process"),
        ("How's this going for you so far?", "process"),
        ("How is the session working for you so far?", "process"),
        ("What would make this hour worthwhile for you?", "process"),
        ("What would make today really useful?", "process"),
        # people, help and past successes
        (
            "Has there been a time, maybe in your old role, when someone handed you something "
            "big and trusted you with it?",
            "resource_accessing",
        ),
        ("Can you think of a time you handled something like this?", "resource_accessing"),
        ("Who else on the team could take something off your plate?", "resource_accessing"),
        ("Who at home could share the load?", "resource_accessing"),
        ("Have you ever asked her for help with anything?", "resource_accessing"),
        ("Have you gone to your manager for support?", "resource_accessing"),
        # a different future, pictured or rehearsed
        ("And if you did leave her alone, what might be different for you?", "future_focused"),
        ("What will be different when it's done?", "future_focused"),
        (
            "If the team watched you deal with Bogdan the way you'd want to, what would they see?",
            "future_focused",
        ),
        ("What would you say to him one on one?", "future_focused"),
        ("What might you want to say to her first?", "future_focused"),
        (
            "Can I ask, what would you want from Jenna, if you could have anything?",
            "future_focused",
        ),
    ],
)
def test_contracting_resource_and_future_questions(question: str, category: str) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("How's it going at work?", "exploration"),
        ("How do you like to receive challenge from your board?", "exploration"),
        ("Was the workload too much?", "exploration"),
        ("Was it a good deal?", "exploration"),
        ("Can I ask, what happened next?", "exploration"),
        ("Who else was at the meeting?", "exploration"),
        ("What was different about that time?", "exploration"),
        ("Has there been any news from her?", "exploration"),
        ("Have you asked her why?", "exploration"),
        ("What would you say to a friend in your position?", "assumption_challenging"),
        (
            "If your best friend were in exactly this spot, what would you say to her?",
            "assumption_challenging",
        ),
        ("What would your manager say?", "assumption_challenging"),
        ("And Wednesday?", "exploration"),
        # about the client's week or work, not the session
        ("Was that too much?", "exploration"),
        ("Was that too soon?", "exploration"),
        ("Three shifts and a wedding. Was that too much?", "exploration"),
        ("So you're left wondering, did I push too hard?", "exploration"),
        ("How's today going so far?", "exploration"),
        ("How's this going so far, the new role?", "exploration"),
        ("What would make this job worthwhile for you?", "exploration"),
        ("What would make this project valuable to the board?", "exploration"),
        ("How do you want to be challenged in your next role?", "future_focused"),
        # time to spare, a time it went wrong, a step in the way
        ("Has there been time to rest?", "exploration"),
        ("Have there been times you felt like giving up?", "exploration"),
        ("Has there been a time when it went badly?", "exploration"),
        ("Can you think of a time it went wrong?", "exploration"),
        ("Who would step in front of that?", "exploration"),
        # the past undone, the present, or the coach's part
        ("If you could have done anything differently, what would it be?", "exploration"),
        ("If you could do it all again, what would you change?", "exploration"),
        ("Is it working the way you'd like?", "exploration"),
        ("Does he treat you the way you'd want?", "exploration"),
        ("What might be different about her now?", "exploration"),
        ("What would you want me to do differently?", "process"),
        # a friend the client fell out with, not one pictured in their place
        ("You and your friend fell out. What would you say to her now?", "future_focused"),
    ],
)
def test_questions_like_those_keep_their_own_category(question: str, category: str) -> None:
    assert question_category(question) == category


# --- the client's words and feelings said back -------------------------------------------


@pytest.mark.parametrize("behaviour", ["other", "reflection"])
@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        ("That stung.", "My VP called me the most expensive analyst we have. And that stung."),
        ("February.", "Easter? No, I did the Easter orders. Probably February."),
        ("Another one.", "She's fine, bruised mostly. But it's another one."),
        ("Okay, three jobs.", "I turned down three jobs last week."),
        ("That surprised you.", "I was surprised, to be honest. I slept loads better."),
        ("That was a long week.", "It was a long week, that one."),
        # joined by an article or a preposition the client did not say
        (
            "A few words at the offsite.",
            "There's a leadership offsite next month. I could open with it. A few words, "
            "that's all.",
        ),
        ("Sunday mornings, on a run.", "Sunday mornings, maybe. One run."),
    ],
)
def test_the_clients_last_words_said_back_are_a_simple_reflection(
    text: str, client_before: str, behaviour: str
) -> None:
    assert coach_code(text, behaviour, SUBTYPES, client_before) == "simple_reflection"


@pytest.mark.parametrize("behaviour", ["other", "reflection"])
@pytest.mark.parametrize(
    "text", ["That surprised you.", "It must have rattled you.", "So that really moved you."]
)
def test_a_feeling_the_client_did_not_name_is_a_complex_reflection(
    text: str, behaviour: str
) -> None:
    client_before = "Better than I expected. I slept loads better and went for a run."
    assert coach_code(text, behaviour, SUBTYPES, client_before) == "complex_reflection"


@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        # agreement and answers, though the client used the words
        ("I know.", "I know it's late."),
        ("They do.", "Do they really?"),
        ("Yes.", "Yes or no?"),
        ("Great.", "It went great."),
        # a word of the coach's own, or more than a few words
        ("March.", "Probably February."),
        (
            "That was a long week for you and the whole team, really.",
            "It was a long week for me and the whole team, really, that one.",
        ),
        # nothing said before it, or an answer to the client's question
        ("February.", ""),
        ("Seven.", "Hmm. Seven?"),
        # a feeling of someone else's
        ("That surprised her.", "She didn't expect it."),
        # agreement, apology and greetings returned
        ("True.", "That's true."),
        ("I agree.", "I agree with you."),
        ("Totally.", "Totally, I get it."),
        ("Sorry.", "Sorry, I'm rambling."),
        ("Morning.", "Morning!"),
        ("Happy new year.", "Happy new year!"),
        # an answer to what the client asked, or a time settled
        ("Tuesday.", "Is it Tuesday or Wednesday next week? I forget."),
        ("Thursday at ten.", "Thursday at ten works for me."),
        ("Next Tuesday.", "Next Tuesday suits me."),
        # the client's words turned by a word of the coach's own, or a wish of the coach's
        ("Not at the offsite.", "There's a leadership offsite next month."),
        ("Good luck at the offsite.", "There's a leadership offsite next month."),
    ],
)
def test_agreement_new_words_or_no_client_words_are_not_said_back(
    text: str, client_before: str
) -> None:
    assert coach_code(text, "other", SUBTYPES, client_before) == "other"


@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        ("Showing up.", "Being honest, mostly. And showing up for them when things went wrong."),
        ("Three jobs.", "I turned down three jobs last week."),
        ("A long week.", "It was a long week, that one."),
    ],
)
def test_the_clients_last_words_the_model_took_for_a_question_are_given_back(
    text: str, client_before: str
) -> None:
    # Cut from the question that follows in the same turn, nothing in them asks.
    assert coach_code(text, "question", SUBTYPES, client_before) == "simple_reflection"


@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        # the mark asks, whatever the words
        ("Showing up?", "Being honest, mostly. And showing up for them when things went wrong."),
        # the coach's own words, or an answer to the client's question
        ("Loyalty.", "Being honest, mostly. And showing up for them when things went wrong."),
        ("Seven.", "Hmm. Seven?"),
        # nothing said before it
        ("Showing up.", ""),
    ],
)
def test_a_question_that_gives_no_last_words_back_stays_a_question(
    text: str, client_before: str
) -> None:
    assert coach_code(text, "question", SUBTYPES, client_before) == "closed_question"


@pytest.mark.parametrize("behaviour", ["reflection", "other", "therapist_input"])
@pytest.mark.parametrize(
    "text",
    [
        "Good. What's on the agenda today?",
        "Let me write that on today's agenda.",
        "Before we start, is there anything else for the agenda?",
        "That's the agenda for this session, then.",
    ],
)
def test_the_sessions_agenda_named_is_structuring(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "structuring"


@pytest.mark.parametrize(
    "text",
    [
        # another meeting's or another person's agenda, in advice about the client's work
        "They need to be weekly. Thirty minutes, protected time, and the agenda belongs to "
        "the team member, not you. That's non-negotiable in my view.",
        "Send the agenda for the board meeting round a week early.",
        "You should ask her what her agenda is before the review.",
        "Keep the team meeting agenda to three items.",
    ],
)
def test_an_agenda_of_the_clients_own_meetings_is_not_structuring(text: str) -> None:
    # advice or the model's reading of the input, not a step of the session
    assert code(text, "therapist_input") in ("advice", SUBTYPES["input"])


@pytest.mark.parametrize("behaviour", ["reflection", "other", "therapist_input"])
@pytest.mark.parametrize(
    "text",
    [
        # how a session is moved or cancelled, agreed in contracting
        "I'll do that. Let's talk logistics. I'm proposing six sessions, every three weeks, on "
        "video, an hour each. If you need to move one, forty-eight hours' notice is plenty.",
        "If you ever need to cancel a session, just email me the day before.",
        "If you have to reschedule our session, a text is fine.",
    ],
)
def test_how_a_session_is_moved_or_cancelled_is_structuring(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "structuring"


@pytest.mark.parametrize(
    "text",
    [
        # moving or cancelling something of the client's own work
        "If you need to move one of the deadlines, tell her early.",
        "If you need to cancel the offsite, do it before the deposit is due.",
        "If you have to miss one, ask Priya to cover the stand-up.",
    ],
)
def test_moving_the_clients_own_commitments_is_not_structuring(text: str) -> None:
    assert code(text, "therapist_input") in ("advice", SUBTYPES["input"])


@pytest.mark.parametrize("behaviour", ["reflection", "therapist_input"])
@pytest.mark.parametrize(
    "text",
    [
        # the client's step named as what their role asks of them
        "You've set the limits and handed the rest over. That's what a good manager does.",
        "You told the board before they heard it elsewhere. That's exactly what a leader does.",
        # a step of the client's, named by its verb, called a smart one
        "Asking Mina for the figures first is a smart move, she knows where the gaps are.",
        "Booking the room before anyone else could was a wise call.",
        # the client's read of themselves or another named as sharp, then what it shows
        "That's a really sharp read on yourself. You can spot it starting even while "
        "you're halfway through a sentence.",
        "That's an astute read of the room.",
        # a quality of the client's named with two words of degree
        "You're clearly very talented.",
        "You're obviously really skilled at this.",
    ],
)
def test_a_role_met_a_smart_step_a_sharp_read_or_a_talent_named_is_an_affirmation(
    text: str, behaviour: str
) -> None:
    assert code(text, behaviour) == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        # a role explained, another's habit, a role asked about
        "That's what a manager does when they're scared of the team.",
        "That's what your manager does every time.",
        "Is that what a director does?",
        # a step denied, another's, asked about, or a thing
        "Quitting now isn't a smart move.",
        "Cutting the budget was a smart move by your boss.",
        "Hiring Priya was a smart move by Tom.",
        "Selling the house was a wise call for your parents.",
        "Is waiting a smart move?",
        "Nothing is a smart move right now.",
        # a book, or another's read
        "That's a good read.",
        "That's a sharp read on the situation from your boss.",
        # a state, or a talent denied
        "You're clearly very tired.",
        "You're not very talented at saying no, you said.",
    ],
)
def test_a_role_explained_anothers_step_a_book_or_a_state_is_no_affirmation(text: str) -> None:
    assert code(text, "reflection") != "affirmation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a step of the client's called a smart way to go about it
        ("Practising with someone who won't flatter you is a smart way to prepare.", "affirmation"),
        # another's, or one denied
        ("Shouting at them isn't a smart way to start.", "complex_reflection"),
        ("Cutting costs was a smart way of doing it for the board.", "complex_reflection"),
    ],
)
def test_a_step_called_a_smart_way_to_go_about_it_is_an_affirmation(
    text: str, expected: str
) -> None:
    assert code(text, "reflection") == expected
