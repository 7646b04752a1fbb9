"""The coach speaking as an expert or from their own past, read as such rather than as a
reflection, on hand-written coaching lines (none from the eval set): general claims,
research and normalising are information; the coach's own past is self-disclosure; "tell
me about it" said in sympathy invites nothing."""

from __future__ import annotations

import pytest
from tests.unit.analysis.coach_coding import coach_coder

from coachconn.analysis.coder import load_default_coder
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.rules import (
    answers_about_own_story,
    coach_code,
    deeper_reflection,
    exploration_settled,
    invites,
    plainly_closed,
    plainly_open,
    question_category,
)

SUBTYPES = {"question": "open", "reflection": "complex", "input": "information"}


code = coach_coder(SUBTYPES)


@pytest.mark.parametrize(
    "text",
    [
        "A lot of founders in retail feel exactly that, so you're not alone.",
        "Many people at that level find the first year the hardest.",
        "Lots of companies have a specialist route now.",
        "Plenty of employers offer a phased return these days.",
        "Everyone dreads that conversation.",
        "Nobody enjoys giving that kind of feedback.",
        "People often go quiet when the stakes are high.",
        "And some people never get there, and that's fine too.",
        "What you're telling me sounds pretty typical of burnout.",
        "Honestly, that's a classic sign of overload.",
        "The research on first-time managers in tech shows that most of them miss the craft.",
        "You're definitely not the only one who feels that.",
    ],
)
def test_a_general_claim_or_normalising_is_information_not_a_reflection(text: str) -> None:
    assert code(text) == "information"


@pytest.mark.parametrize(
    "text",
    [
        "So people often let you down.",
        "The people at work never listen to you.",
        "So that's typical of him.",
        "It's classic for you to go quiet when he shouts.",
        "You manage a lot of engineers in that team who need you.",
        "Everyone in your family has an opinion on it.",
    ],
)
def test_the_clients_own_people_given_back_are_no_general_claim(text: str) -> None:
    assert code(text) != "information"


def test_two_informing_sentences_decide_a_long_turn_whose_last_sentence_has_no_cue() -> None:
    text = (
        "What you're describing is pretty classic for overload. The research on small "
        "business owners shows that long hours plus low control is a big predictor. It "
        "tends to show up as tiredness first, then a kind of flatness, then feeling stuck."
    )
    assert code(text) == "information"
    # one passing claim in a long reflection leaves the reflection
    one = (
        "So the weeks blur into each other, and a lot of owners feel that. And underneath "
        "it there's this sense that if you stop, the whole place stops with you, and you "
        "can't quite let yourself believe anyone else would hold it."
    )
    assert code(one) == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "It took me a long time to see that the meetings were the work.",
        "Honestly, it took me years to stop checking my email at night.",
        "I'd go home and feel like I hadn't done anything all day, you know?",
        "I'd just come home wrecked. I couldn't switch off at all.",
    ],
)
def test_the_coachs_own_past_is_self_disclosure(text: str) -> None:
    assert code(text) == "self_disclosure"


@pytest.mark.parametrize(
    "text",
    [
        "It took me a while to find the link, sorry.",
        "You know, you'd go home and feel like you hadn't done anything.",
        "I'd go home and sleep on it, if I were you.",
        "I wasn't sure what you meant. Can you say more?",
    ],
)
def test_the_client_or_the_call_is_no_story_of_the_coachs(text: str) -> None:
    assert code(text) != "self_disclosure"


@pytest.mark.parametrize(
    "text", ["Oh, tell me about it.", "Ugh, tell me about it!", "Tell me about it!"]
)
def test_tell_me_about_it_in_sympathy_invites_nothing(text: str) -> None:
    assert not invites(text)
    assert code(text, "other") != "open_question"


@pytest.mark.parametrize(
    "text", ["Tell me about it.", "So tell me about it.", "Oh, tell me about that meeting."]
)
def test_tell_me_about_it_plainly_still_invites(text: str) -> None:
    assert invites(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wouldn't it be a pity to say no when your team already looks to you?",
        "Isn't that exactly what you said you wanted?",
        "And don't you think she already knows?",
        "So you'll send it on Friday even if it doesn't feel finished?",
        "Okay, you're going to ask him before the review?",
    ],
)
def test_a_leading_question_is_closed_whatever_the_model_read(text: str) -> None:
    assert code(text) == "closed_question"
    assert code(text, "question") == "closed_question"


@pytest.mark.parametrize(
    "text",
    [
        "It's hard to know where to start, isn't it?",
        "So you feel you'll never get there?",
        "You'll miss it.",
        "Wouldn't it be lovely, you're thinking, if they just asked.",
    ],
)
def test_a_tag_a_feeling_checked_or_a_statement_is_no_leading_question(text: str) -> None:
    assert code(text) != "closed_question"


SIMPLE = {"question": "open", "reflection": "simple", "input": "information"}


@pytest.mark.parametrize(
    "text",
    [
        "You went very still just then.",
        "You sound a bit lighter.",
        "I noticed the spark in your eyes when you mentioned the garden.",
        "Your voice softened when you said her name.",
        "Okay. So just so I've got it: you'll call on Monday, you lead with the numbers, "
        "and you tell your manager first.",
        "Let me check I've got this right, you want the role but not the travel.",
    ],
)
def test_the_client_seen_in_the_session_or_a_check_of_what_was_heard_is_complex(
    text: str,
) -> None:
    assert coach_code(text, "reflection", SIMPLE) == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "So just so I've got it, I'll send the notes and we'll meet next week.",
        "Just so I've got it: we meet at two?",
        "He went quiet.",
        "I noticed the email came in late.",
    ],
)
def test_the_session_a_question_or_someone_else_is_no_observation_of_the_client(
    text: str,
) -> None:
    assert coach_code(text, "reflection", SIMPLE) != "complex_reflection"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wow. Listen to you.", "affirmation"),
        ("That was calm and direct.", "affirmation"),
        ("Okay. So last time you mentioned the board review.", "structuring"),
        ("So perhaps treat it as a first draft rather than the final word.", "advice"),
        ("Maybe see it less as a test and more as a conversation.", "advice"),
    ],
)
def test_an_affirmation_a_topic_taken_up_or_a_softened_step(text: str, expected: str) -> None:
    assert coach_code(text, "reflection", SIMPLE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "His email was clear and direct.",
        "They never listen to you.",
        "Last time you mentioned your sister was ill.",
        "Last time you mentioned your manager had left.",
        "Maybe think about it is what he told you, and you were furious.",
        "So you see it as a test.",
    ],
)
def test_anothers_manner_a_fact_recalled_or_a_view_given_back_is_none_of_these(
    text: str,
) -> None:
    # No rule takes these: the model's reflection, a simple one, is kept.
    assert coach_code(text, "reflection", SIMPLE) == "simple_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "When would you do that?",
        "So when will you send it?",
        "By when would you like the draft finished?",
    ],
)
def test_asking_when_the_client_will_take_a_step_is_plainly_closed(text: str) -> None:
    assert plainly_closed(text)
    assert not plainly_open(text)


@pytest.mark.parametrize(
    "text",
    ["When do you think you'll do it?", "When would you say it started?", "What will you do?"],
)
def test_when_the_client_thinks_or_what_they_will_do_is_not_plainly_closed(text: str) -> None:
    assert not plainly_closed(text)


@pytest.mark.parametrize("text", ["What happened", "And what happened then."])
def test_what_happened_with_its_mark_dropped_is_plainly_open(text: str) -> None:
    assert plainly_open(text)


@pytest.mark.parametrize("text", ["What happened was he left.", "So that's what happened."])
def test_what_happened_in_a_statement_asks_nothing(text: str) -> None:
    assert not plainly_open(text)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Does that work for you?",
            "So we've got an hour. I thought we'd spend the first part on the week.",
        ),
        ("How does that sound?", "Everything we talk about stays between us."),
        ("Any questions about that before we begin?", ""),
        ("Would you say that's fair?", "I wonder if part of you has already decided."),
        ("Does that sound right?", "My sense is you're more tired than you let on."),
        ("Is there anything else you wanted to cover?", ""),
    ],
)
def test_an_arrangement_or_the_coachs_reading_checked_is_process(question: str, lead: str) -> None:
    assert question_category(question, lead) == "process"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Does that work?", ""),
        ("Does that work?", "You could try the new rota at the depot."),
        ("Is that right?", "You went to the gym twice."),
        ("Would you say that's fair?", "Your manager thinks you're slow."),
        ("Any questions for your manager?", ""),
    ],
)
def test_a_plain_check_with_no_arrangement_or_reading_before_is_no_process(
    question: str, lead: str
) -> None:
    assert question_category(question, lead) != "process"


@pytest.mark.parametrize(
    "question",
    [
        "How are you doing today?",
        "Morning. How have you been?",
        "How's things?",
        "So what's stopping you from calling her?",
        "And what's been holding you back?",
    ],
)
def test_a_check_in_or_what_stops_the_client_is_settled_exploration(question: str) -> None:
    assert question_category(question) == "exploration"
    assert exploration_settled(question)


@pytest.mark.parametrize(
    "question",
    [
        "How are you going to tell him?",
        "How are you feeling about the interview next week?",
        "What might stop you next week?",
    ],
)
def test_how_the_client_will_act_or_a_future_obstacle_is_not_a_check_in(question: str) -> None:
    assert not exploration_settled(question)


SCENE = "Imagine it's next Friday evening and the review went really well. What happened?"


def test_a_scene_set_ahead_places_its_question_and_the_next_in_the_future() -> None:
    assert question_category(SCENE) == "future_focused"
    assert question_category("What did you say first?", SCENE) == "future_focused"
    assert question_category("Say you've taken the job. What's different next week?") == (
        "future_focused"
    )


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("What did you say first?", ""),
        ("What did you say first?", "You said the review went badly."),
        ("What did you say first?", "Last Friday evening the review went really well."),
    ],
)
def test_a_question_after_no_scene_ahead_looks_back(question: str, lead: str) -> None:
    assert question_category(question, lead) != "future_focused"


@pytest.mark.parametrize(
    "question",
    [
        "When in your career have you had to start from scratch before?",
        "Where could those come in handy now?",
        "Is your sister supportive?",
    ],
)
def test_a_past_time_strengths_put_to_use_or_support_are_resources(question: str) -> None:
    assert question_category(question) == "resource_accessing"


@pytest.mark.parametrize(
    "question",
    ["Did you talk to your manager?", "Where could you put the desk?", "When have they met?"],
)
def test_a_step_followed_up_or_a_place_asked_is_no_resource(question: str) -> None:
    assert question_category(question) != "resource_accessing"


def test_a_contract_set_out_at_length_then_checked_is_process() -> None:
    contract = (
        "So as it's our first session, here's how this works. Everything we talk about "
        "stays between us. My job is to ask questions, and yours is to think out loud. I'll "
        "keep a few notes for myself. And I'll always be honest with you about what I see."
    )
    assert question_category("Does that all sound okay?", contract) == "process"
    # a long account of the client's week before it is no arrangement
    week = (
        "So the week started badly. Your manager cancelled the one-to-one. Then the "
        "release slipped, and your partner was away. And by Friday you were exhausted."
    )
    assert question_category("Does that all sound okay?", week) != "process"


@pytest.mark.parametrize(
    "text",
    [
        "We keep landing on the budget. I'm curious what's happening for you right now.",
        "I wonder what you make of that.",
        "I'm really curious how that felt.",
    ],
)
@pytest.mark.parametrize("behaviour", ["reflection", "other"])
def test_asking_as_a_statement_at_the_end_of_a_turn_is_an_open_question(
    text: str, behaviour: str
) -> None:
    assert code(text, behaviour) == "open_question"


@pytest.mark.parametrize(
    "text",
    [
        "I wonder if you're more tired than you let on.",
        "I wonder what it'd be like if you tried the early shift.",
        "I'm curious what you make of it. But first, the contract.",
        "I'm curious about the new role, to be honest, it sounds great.",
    ],
)
def test_a_guess_a_suggestion_or_curiosity_that_moves_on_is_no_statement_question(
    text: str,
) -> None:
    assert code(text) != "open_question"


@pytest.mark.parametrize("text", ["And if he gets defensive", "But if the client says no?"])
def test_a_condition_left_open_is_plainly_open(text: str) -> None:
    assert plainly_open(text)


@pytest.mark.parametrize(
    "text", ["And if he says no, will you still go?", "If he gets defensive", "So if you're right."]
)
def test_a_condition_with_its_question_or_no_lead_is_not_plainly_open(text: str) -> None:
    assert not plainly_open(text)


STORY = "I had the same thing with my sister for years, actually. I'd practise it on the train."


def test_a_short_answer_to_the_clients_question_about_the_coachs_story_is_self_disclosure() -> None:
    assert answers_about_own_story("Eventually. Took a few goes.", STORY, "Did it work?")
    assert answers_about_own_story("Not at first.", STORY, "And did she listen?")
    text = (
        "Coach: What would you say to him?\n"
        "Client: I'd probably write it down first.\n"
        f"Coach: That's a good idea. {STORY}\n"
        "Client: Did it work?\n"
        "Coach: Eventually. Took a few goes.\n"
    )
    transcript = parse_transcript(text.encode(), coach="Coach", known_client="Client")
    coded = load_default_coder().code(transcript)
    assert coded[-1].utterance.text == "Eventually. Took a few goes."
    assert coded[-1].code == "self_disclosure"


@pytest.mark.parametrize(
    ("text", "coach_before", "client_before"),
    [
        ("Eventually. How about you?", STORY, "Did it work?"),
        ("It sounds like you want it to.", STORY, "Did it work?"),
        ("Eventually. Took a few goes.", "So you'd write it down first.", "Did it work?"),
        ("Eventually. Took a few goes.", STORY, "It worked for my brother too."),
        ("Eventually.", STORY, "I think I'll try that on Friday."),
    ],
)
def test_turning_back_to_the_client_or_no_story_asked_about_is_no_self_disclosure(
    text: str, coach_before: str, client_before: str
) -> None:
    assert not answers_about_own_story(text, coach_before, client_before)


def test_an_affirmation_followed_by_what_it_cost_is_still_the_last_act() -> None:
    text = (
        "Fair enough. Writing it down is a start. You've been really honest today about "
        "the needing-to-be-needed part of this. That's not easy to look at."
    )
    assert coach_code(text, "reflection", SIMPLE) == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        # what it cost is no strength named
        "So you stayed up all night with him, and you still went in at eight, and then the "
        "meeting ran over. That's not easy to do.",
        # a reflection after the praise is the last act
        "You've been really honest today about the money side of all this. And underneath "
        "it there's a fear that if you stop, everything stops with you.",
    ],
)
def test_what_it_cost_alone_or_a_reflection_after_praise_is_no_affirmation(text: str) -> None:
    assert coach_code(text, "reflection", SIMPLE) != "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "Go at whatever pace feels right. The first session is mostly about getting to know "
        "where you are.",
        "We don't need to solve it all today.",
    ],
)
def test_what_a_first_session_is_for_is_structuring(text: str) -> None:
    assert code(text) == "structuring"


@pytest.mark.parametrize(
    "text",
    [
        "That's you trusting yourself. It's a real change from how you described yourself "
        "in our first session.",
        "We don't have to agree on everything, you and your brother.",
    ],
)
def test_a_first_session_recalled_or_a_family_agreement_is_no_structuring(text: str) -> None:
    assert code(text) != "structuring"


@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        (
            "So the harbour was the firm, and now you're out at sea.",
            "It's like a ship that's left the harbour. Thirty years in one place.",
        ),
        ("So the anchor was your dad.", "It was like losing an anchor, honestly."),
    ],
)
def test_the_clients_own_image_mapped_onto_their_life_deepens_a_reflection(
    text: str, client_before: str
) -> None:
    assert deeper_reflection(text, client_before)


@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        ("So the meeting was the Tuesday one.", "The meeting went badly. I felt like a fool."),
        ("So the anchor was the design.", "I like the anchor tattoo."),
        ("So the problem is the money.", "It's like the problem is just money."),
        ("So the harbour was the firm.", "We sailed out of the harbour at dawn."),
    ],
)
def test_a_plain_word_or_no_likeness_drawn_is_no_image_mapped(
    text: str, client_before: str
) -> None:
    assert not deeper_reflection(text, client_before)


@pytest.mark.parametrize(
    "text",
    [
        # what tends to happen, named as such
        "Something that often happens at this point is that the worry shrinks once it's said "
        "out loud. Whichever way it goes.",
        "What usually happens next is that the team settles within a month or two.",
        # people and what they do, after a clause that sets the scene
        "When a meeting drags on, people usually stop listening, and the last item tends "
        "to get rushed.",
        "If the news comes late in the day, people often take it home with them.",
    ],
)
def test_what_tends_to_happen_or_people_after_a_scene_set_is_information(text: str) -> None:
    assert code(text, "reflection") == "information"


@pytest.mark.parametrize(
    "text",
    [
        # the client's own pattern given back
        "What usually happens is you back down.",
        "What often happens is that your manager steps in.",
        "What usually happens with your team is that they wait for you.",
        "What usually happens is she cancels at the last minute.",
        # the client's own people, in the scene set
        "When you walk in, people usually go quiet.",
        # the client's own workplace given back
        "So when Sam's in the room, people usually defer to him.",
    ],
)
def test_the_clients_own_pattern_or_people_is_no_general_claim(text: str) -> None:
    assert code(text, "reflection") != "information"
