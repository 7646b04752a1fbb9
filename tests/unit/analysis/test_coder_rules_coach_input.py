"""The coach's own input read for what it is, on hand-written coaching lines (none from
the eval set): arguing a view, suggesting, affirming, and the questions about the
coaching itself."""

from __future__ import annotations

import pytest
from tests.unit.analysis.coach_coding import coach_coder

from coachconn.analysis.rules import (
    coach_code,
    deeper_reflection,
    follows_up,
    plainly_closed,
    question_category,
    suggests,
)

SUBTYPES = {"question": "open", "reflection": "complex", "input": "information"}


code = coach_coder(SUBTYPES)


@pytest.mark.parametrize(
    "text",
    [
        "Lots of people feel that way at the start. But I think there's real value here.",
        "I'm not saying you don't listen. I'm just saying they might not feel heard.",
        "Awkward, sure, but it's the kind of awkward that earns respect.",
        "I hear you, but the first month is always the hardest part.",
        "Of course, but that's how trust gets built on a new team.",
        "All I'm saying is that the board has seen worse quarters.",
        "It's a risk. But I really believe there's something in it.",
    ],
)
def test_the_coach_arguing_their_own_view_is_information_not_a_reflection(text: str) -> None:
    assert code(text) == "information"
    assert code(text, "therapist_input") == "information"


def test_arguing_for_what_the_client_should_do_is_advice() -> None:
    assert code("I hear you, but I think you should tell her before Friday.") == "advice"
    assert code("I'm just saying you could ask her first.") == "advice"


@pytest.mark.parametrize(
    "text",
    [
        "Sure, but part of you still wants the job.",
        "But I think you're scared of what they'll say.",
        "You want to say yes, but it feels like too much right now.",
        "So you're not saying she's wrong, you're saying it hurt.",
    ],
)
def test_giving_the_client_back_after_a_but_stays_a_reflection(text: str) -> None:
    assert code(text) == "complex_reflection"


LONG_TURN = (
    "I hear that, and it's a lot to juggle with the new role and the team changing under "
    "you and the pressure from above. What I'd suggest is that you pick one meeting this "
    "week, maybe the Tuesday stand-up, and just stay quiet for the first ten minutes to "
    "see what the team brings without you leading it."
)


@pytest.mark.parametrize("behaviour", ["reflection", "therapist_input", "other"])
def test_a_suggestion_put_first_is_advice_inside_a_long_turn(behaviour: str) -> None:
    assert len(LONG_TURN.split()) > 50
    assert code(LONG_TURN, behaviour) == "advice"
    assert code("Here's what I'd do: book the room for Monday.", behaviour) == "advice"


def test_wondering_what_the_coach_would_do_is_no_suggestion() -> None:
    assert code("I wonder what I'd do in your place.", "other") == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Why don't you ask them?",
        "Why not try it at the next team meeting?",
        "So why don't you just send her the draft tonight?",
        "Why don't you take a day off this week?",
        "That sounds hard. Why not have a word with him first?",
        # sharing, checking or starting a thing, not what, how or where
        "Why don't you share the draft with her before Friday?",
        "Why don't you check the figures with finance first?",
        "Why don't you start the report on Monday?",
    ],
)
def test_a_suggestion_put_as_a_why_question_is_advice(text: str) -> None:
    assert suggests(text)
    assert coach_code(text, "question", SUBTYPES) == "advice"


@pytest.mark.parametrize(
    "text",
    [
        "Why don't you want to ask them?",
        "Why didn't you ask them?",
        "Why don't you trust her?",
        "Why don't you tell me more about that?",
        "So why don't you start by telling me a little about yourself?",
        "Why don't you fill me in on the week?",
        "Why not?",
        "Why not a one or a two?",
        "Have you thought about trying a short survey?",  # a closed question, as labelled
        # an invitation to talk: sharing, a moment, checking or starting with what, how or
        # where, or with noticing a feeling
        "Why don't you share what happened?",
        "Why don't you take a moment and notice what you're feeling?",
        "Why don't you start wherever feels right?",
        "Why don't you check how that lands for you?",
        "Why don't you take a breath and notice where you feel it?",
    ],
)
def test_a_why_question_that_asks_stays_a_question(text: str) -> None:
    assert not suggests(text)
    assert coach_code(text, "question", SUBTYPES) == "open_question"


@pytest.mark.parametrize(
    "text",
    [
        "That's a real insight.",
        "That's great! That's a real step.",
        "That's a big step, and you took it on your own.",
        "That's a genuine skill.",
    ],
)
def test_naming_a_step_or_an_insight_is_an_affirmation(text: str) -> None:
    assert code(text, "other") == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "That's the next step.",
        "That's a step.",
        "Those sound like really good questions.",  # generic approval, as the guide has it
    ],
)
def test_naming_a_step_without_praise_or_approving_a_thing_is_other(text: str) -> None:
    assert code(text, "other") == "other"


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("What questions do you have about how this works?", "process"),
        ("Any questions for me about the process before we begin?", "process"),
        ("Is there anything you'd like me to do differently next time?", "process"),
        ("How would you like me to challenge you?", "process"),
        ("How would I know if I'd got it wrong?", "process"),
        ("Will you tell me if I've pushed too hard?", "process"),
        ("Anything else you want to raise today?", "process"),
        ("Is there anything at all you'd be willing to try?", "future_focused"),
        ("Would you be willing to test it for a week?", "future_focused"),
        ("What does the scared part need in order to let go a little?", "resource_accessing"),
        ("What would that part of you need?", "resource_accessing"),
        (
            "What do you need so that you can say it in a way that feels true to you?",
            "resource_accessing",
        ),
        ("What do you need to feel ready?", "resource_accessing"),
        # counter-examples
        ("What questions do you have about the new role?", "exploration"),
        ("How does the rota work in your team?", "exploration"),
        ("What would you need to find out before deciding?", "future_focused"),
        ("What does she need from you?", "exploration"),
        ("What did you want to raise with him?", "exploration"),
    ],
)
def test_questions_about_the_coaching_commitment_and_needs_take_their_category(
    question: str, category: str
) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    ("question", "follow_up"),
    [
        ("Did you get a chance to try that?", True),
        ("So, were you able to send it?", True),
        ("How did the conversation with Sam go?", True),
        ("Did you manage to talk to her?", True),
        ("Did you try it?", False),  # no follow-up phrase: left as it was
        ("Did you get a chance to ask your network for support?", False),  # resources
        ("What did you try?", False),
    ],
)
def test_a_follow_up_on_an_action_is_settled_exploration(question: str, follow_up: bool) -> None:
    assert follows_up(question) is follow_up
    if follow_up:
        assert question_category(question) == "exploration"


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("Anything else you want to raise today?", True),
        ("Anything you'd add?", True),
        ("So, anyone you could ask?", True),
        ("Okay. Anything else that would help?", True),
        ("On a scale of one to ten, how ready are you?", True),
        ("Anything else?", False),  # said alone it works as "what else?"
        ("Anything else at all?", False),
        ("Any thoughts?", False),
        ("What else?", False),
        ("Tell me anything else you noticed.", False),
    ],
)
def test_a_yes_no_question_without_its_is_there_is_plainly_closed(text: str, closed: bool) -> None:
    assert plainly_closed(text) is closed


@pytest.mark.parametrize(
    ("reflection", "client_before", "deeper"),
    [
        (
            "Being good at something matters a lot to you.",
            "I've always wanted to be really good at my job.",
            True,
        ),
        ("You value your independence.", "I like doing things my own way.", True),
        ("Your family is really important to you.", "I never miss the kids' games.", True),
        ("You care a lot about getting it right.", "I checked the figures four times.", True),
        # the client named the value: said back, it is their words
        ("Being good at it matters to you.", "It really matters to me to be good at it.", False),
        ("Your family is important to you.", "My family is important to me.", False),
        ("You value the team.", "I've always valued the team more than the title.", False),
        # no value named
        ("So you want to be good at it.", "I want to be good at it.", False),
    ],
)
def test_a_value_named_for_the_client_deepens_a_reflection(
    reflection: str, client_before: str, deeper: bool
) -> None:
    assert deeper_reflection(reflection, client_before) is deeper


@pytest.mark.parametrize(
    "text",
    [
        "What I do notice is that you light up when you talk about design.",
        "What I do hear is that this really matters to you.",
        "What I do know is you've been carrying this on your own.",
        "What I do notice is how quiet you go when her name comes up.",
    ],
)
def test_what_the_coach_does_notice_is_no_suggestion(text: str) -> None:
    assert code(text) == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    ["What I would do is talk to her first.", "What I'd really do is book the room."],
)
def test_what_the_coach_would_do_is_still_advice(text: str) -> None:
    assert code(text) == "advice"


@pytest.mark.parametrize(
    "text",
    [
        "I know, but that must have been really hard.",
        "I hear you, but I wonder what's underneath that.",
        "Sure, but that was a long time ago and things have changed.",
        "It's hard, but I think there's something important in what you just said.",
        "I get that, but it must have stung.",
        "Of course, but I'm curious what you'd want instead.",
    ],
)
def test_wondering_or_feeling_with_the_client_after_a_but_is_no_argument(text: str) -> None:
    assert code(text) == "complex_reflection"


def test_a_concession_then_the_coachs_view_is_still_information() -> None:
    assert code("I know, but that's how these reviews always go.") == "information"


@pytest.mark.parametrize(
    "text",
    [
        "It's a big step, and you're not sure you're ready for it.",
        "It's a skill you haven't had to use much yet.",
        "That's a real step, but you're still not sure about it.",
        "It's a skill you don't use often.",
    ],
)
def test_a_step_or_skill_with_the_clients_doubt_is_no_affirmation(text: str) -> None:
    assert code(text) == "complex_reflection"
    assert code(text, "other") == "other"


def test_a_skill_the_client_has_is_still_an_affirmation() -> None:
    assert code("That's a real skill you have there.", "other") == "affirmation"


def test_a_long_run_of_concessions_is_read_in_linear_time() -> None:
    # each "but" looks only a few words ahead for the client's words
    import time

    text = "Sure, but " * 5000 + "what you said."
    start = time.perf_counter()
    code(text)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    "text",
    [
        "Many founders who sell early describe exactly this, a kind of empty Monday.",
        "A lot of people who move up from inside a team go through the same thing.",
        "Most parents who go back to study say something similar in the first term.",
        "A lot of the managers I've coached say the same, that the first month is the worst.",
        "Some of the teachers I work with find the summer harder than the term.",
        "That's what usually happens when prices go up. Regulars tend to stay.",
        "That fits with what tends to happen after a merger.",
        "It's worth knowing that most landlords expect a counter-offer.",
    ],
)
def test_normalising_what_people_in_the_clients_place_go_through_is_information(
    text: str,
) -> None:
    assert code(text) == "information"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the client's own people, with a relative clause: given back, not a claim
        ("A lot of the people who report to you say the same thing, then.", "complex_reflection"),
        ("So many of the friends who know you describe you that way.", "complex_reflection"),
        # a step the coach proposes stays advice
        ("It's worth asking her before Friday.", "advice"),
    ],
)
def test_the_clients_own_people_and_proposed_steps_are_not_normalising(
    text: str, expected: str
) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the claim, then more about how it goes for such people
        "A lot of new managers find the first term brutal. The second one "
        "usually settles, because the routines are there by then, for you as well.",
        "Many people who leave a partnership go through the same thing. It tends to pass "
        "once the paperwork is done.",
        # the claim named common on its own
        "Plenty of carers say something similar. It's very common, and it eases.",
    ],
)
def test_a_normalising_claim_carried_on_over_several_sentences_is_information(
    text: str,
) -> None:
    assert code(text) == "information"


@pytest.mark.parametrize(
    "text",
    [
        # what follows turns to the client: the claim is not what the turn does
        "A lot of people who switch careers go through this. You sound ready to try it "
        "anyway, even with the mortgage and the training year still ahead of you.",
        # what the client usually does, given back after the claim
        "A lot of parents who go back to work say the same. You usually blame yourself "
        "first, before anyone else has said a word about the hours.",
    ],
)
def test_a_normalising_claim_then_the_client_given_back_stays_a_reflection(text: str) -> None:
    assert code(text) == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        # a virtue named as present in what the client says or does
        "There's so much warmth in the way you describe your team.",
        "That's a lot of loyalty to a business that hasn't always paid you back.",
        "There's real integrity in how you handled the refund, Kofi.",
        # the client's own doing named for what it shows
        "You said you'd run twice and you ran four times. That's real follow-through.",
        "That's genuine determination.",
        # what the client did, credited with working
        "You noticed the rota clash early, you raised it with the charge nurse, and it worked.",
    ],
)
def test_a_virtue_or_what_worked_named_in_the_client_is_an_affirmation(text: str) -> None:
    assert code(text) == "affirmation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feeling that is no virtue, or a virtue not the client's
        ("There's a lot of anger in the way you talk about him.", "complex_reflection"),
        (
            "There's a lot of loyalty in that family business, from what you say.",
            "complex_reflection",
        ),
        # a regard the client holds for someone, not a virtue named in them
        ("There's genuine respect for your boss, then.", "complex_reflection"),
        # a step that worked for someone else, or only for a while
        ("Your manager tried that and it worked.", "complex_reflection"),
        ("You shouted at them and it worked, for about a day.", "complex_reflection"),
    ],
)
def test_a_feeling_or_anothers_success_is_no_affirmation(text: str, expected: str) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a claim that opens on people in the client's place, with nothing said to the client
        "Most people who lose a parent young carry some of it into how they lead.",
        "A lot of founders who sell take a year or so to stop checking the numbers.",
        # research named, before what it says
        "There's quite a lot of research on this. Teams cope with disagreement about the "
        "work far better than with disagreement about each other.",
    ],
)
def test_a_claim_about_people_like_the_client_or_research_named_is_information(
    text: str,
) -> None:
    assert code(text) == "information"


@pytest.mark.parametrize(
    "text",
    [
        # the claim turned to the client in the same sentence
        "Most people who know you would say you carry more than your share.",
        # the client's own people, as the object of what they do
        "You manage a lot of people who depend on you for every decision.",
    ],
)
def test_the_clients_people_or_the_client_in_the_claim_is_no_information(text: str) -> None:
    assert code(text) != "information"


@pytest.mark.parametrize(
    "text",
    [
        "You've got a real gift for calming a room down.",
        "You have a knack for finding the one person who can help.",
        "You asked for the meeting anyway. That's the same grit you showed at the trial.",
    ],
)
def test_a_gift_or_the_grit_the_client_has_shown_named_is_an_affirmation(text: str) -> None:
    assert code(text) == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "You've got a gift for her birthday already, then.",
        "That's the same grit he expects from everyone on the team.",
    ],
)
def test_a_present_or_anothers_grit_is_no_affirmation(text: str) -> None:
    assert code(text) != "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "Concentration is often the first thing to go, for a lot of people.",
        "It's a very common part of starting again, not a sign you chose wrong.",
        "Most people do. The totals are where the eye goes first.",
        "Most people remember the one sharp remark and forget the ten kind ones.",
    ],
)
def test_normalising_said_briefly_or_of_most_people_is_information(text: str) -> None:
    assert code(text) == "information"


@pytest.mark.parametrize(
    "text",
    [
        "Most people remember you from the launch, then.",
    ],
)
def test_most_people_said_of_the_client_is_no_information(text: str) -> None:
    assert code(text) != "information"


@pytest.mark.parametrize(
    "text",
    [
        "Keeping the shop open the week of the flood says a lot about what you've got.",
        "And that same honesty is what your team will hear on Monday.",
        "Ringing him first, when you hate being told, takes some guts.",
        "You made that connection yourself, and fast.",
        "And you didn't. You stayed curious, even with the parts that hurt.",
    ],
)
def test_what_a_step_says_about_the_client_or_a_quality_kept_is_an_affirmation(text: str) -> None:
    assert code(text) == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "It says a lot about how tired you are that you forgot the meeting.",
        "You stayed late again on Thursday.",
    ],
)
def test_what_says_a_state_or_a_plain_stay_is_no_affirmation(text: str) -> None:
    assert code(text) != "affirmation"


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # what the client wants from this session: what to work on today
        ("What would you like to walk away with by the end of the hour?", "process"),
        ("So what would you like to come away with today?", "process"),
        ("Where would you like to have got to by the end of the session?", "process"),
        ("Does that work as a goal for the hour?", "process"),
        # the outcome of the whole engagement, or a step by the end of a day
        ("What would you like to be true by the end of our six sessions?", "future_focused"),
        ("What will you have sent by the end of today?", "future_focused"),
        ("What would you like to come away with from the appraisal?", "future_focused"),
        ("What do you want to walk away with from today's board meeting?", "future_focused"),
        ("What's your goal for today's presentation?", "future_focused"),
    ],
)
def test_what_the_client_wants_from_this_session_is_a_process_question(
    question: str, category: str
) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    "text",
    [
        "It doesn't sound daft to me. It sounds like loyalty.",
        "That's not silly at all. It sounds like you know what keeps you going.",
    ],
)
def test_a_worry_waved_away_and_a_strength_named_is_an_affirmation(text: str) -> None:
    assert code(text) == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "It doesn't sound silly at all. It sounds really frightening.",
        "It doesn't sound daft. That must have been exhausting.",
    ],
)
def test_a_worry_waved_away_before_a_feeling_is_no_affirmation(text: str) -> None:
    assert code(text) != "affirmation"


def test_what_we_know_about_a_field_is_information() -> None:
    text = "What we know about online courses is that people finish the ones with a community."
    assert code(text) == "information"


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, I'd also let your director know before the meeting.",
        "And I'd send her a short note first, so it doesn't land cold.",
        "Yeah, that won't last. You need to start saying no.",
    ],
)
def test_what_the_coach_would_do_in_the_clients_place_is_advice(text: str) -> None:
    assert code(text) == "advice"


@pytest.mark.parametrize(
    "text",
    [
        # the coach's own past habit, or an offer to the client
        "When I was on the wards, I'd tell the registrars exactly what I thought.",
        "I'd tell you if I thought you were off track.",
        # what the client must do, given back
        "You need to start again from scratch, after all that.",
    ],
)
def test_the_coachs_past_habit_an_offer_or_a_plain_must_is_no_such_advice(text: str) -> None:
    assert code(text) != "advice"


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # a number for where the client stands now: exploration
        (
            "On a scale of one to ten, how confident do you feel about the new role right now?",
            "exploration",
        ),
        ("Same scale as before, where's your confidence now?", "exploration"),
        ("On a scale of one to ten, how ready do you feel to decide this year?", "exploration"),
        # a number for a step the client has planned: future-focused
        (
            "On a scale of one to ten, how likely is it you'll ring her on Thursday?",
            "future_focused",
        ),
        ("On a scale of one to ten, how ready are you to send it on the fourth?", "future_focused"),
        (
            "On a scale of one to ten, how likely is it that the Monday call happens?",
            "future_focused",
        ),
    ],
)
def test_a_ruler_is_future_focused_only_for_a_step_the_client_has_planned(
    question: str, category: str
) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    "text",
    [
        # a quality that turned, ran out or held the client back
        "You stayed calm, and then you snapped at her.",
        "That same patience is wearing thin, you said.",
        "You've got a real gift for making things harder than they are, you said.",
        "That's the same determination that kept you in that job ten years too long.",
        # what a thing says of the client's view, or another's nerve
        "That says a lot about what you think of her.",
        "That took some nerve from your manager, to cancel on you twice.",
        # a commitment to what the client dislikes
        "That's a lot of commitment to a project you told me you hate.",
        # a worry waved away, then something not the client's
        "It's not silly. It sounds like she doesn't listen.",
        "It doesn't sound daft. It sounds like the company is in trouble.",
        "That's not silly. It sounds like you've had enough.",
    ],
)
def test_look_alikes_of_this_rounds_affirmations_are_not_affirmations(text: str) -> None:
    assert code(text) != "affirmation"
