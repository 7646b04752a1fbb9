"""Coach lines coaches wrote in their own sessions that the rules once read another way:
questions about the session, another's view, the client's resources or what lies
ahead left in exploration; reflections that add meaning read as simple and repeats read
as complex; praise of a plan, short stage markers and the coach's own story. Every cue is
checked against ordinary lines it must not match. All lines are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.unit.analysis.coach_coding import coach_coder

from coachconn.analysis.rules import (
    coach_code,
    deeper_reflection,
    exploration_settled,
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
        "How has it been working with me so far?",
        "Is the pace all right for you?",
        "How are you doing with all this, is this okay or is it getting too heavy?",
        "Is this getting too much?",
        "Does this feel like the right direction, or are we drifting from what you wanted?",
        "Are we going round in circles?",
        "Where do you want to take the rest of the time?",
        "What's one thing you're taking from today?",
        "How do you want to close today?",
        "Did today give you what you needed?",
        "Do you want to start there, or with what you'd planned?",
        "What do you think we should be working on instead?",
        "How's the balance between us feeling?",
        "What's going on for you with what I just said?",
        "Want me to pull the main threads together?",
    ],
)
def test_the_session_the_pace_and_the_relationship_are_process(question: str) -> None:
    assert question_category(question) == "process"


@pytest.mark.parametrize(
    "question",
    [
        "Is it getting too much at work?",
        "Is this the right direction for your career?",
        "What do you do the rest of the time?",
        "What did you take from today's meeting?",
        "How do you want to spend your weekend?",
        "Is the pace at work all right?",
        "Who do you work with most?",
        "What did he say to you in the meeting?",
        "Do you want to start a business?",
        "Why would she want me to call?",
    ],
)
def test_the_clients_own_work_pace_and_time_are_not_process(question: str) -> None:
    assert question_category(question) != "process"


@pytest.mark.parametrize(
    "question",
    [
        "How might someone on your team see it, say one of the juniors?",
        "How would your deputy describe what happens when you're away?",
        "How might it have looked from where Kofi was sitting?",
        "Do you know that for certain?",
        "How sure are you?",
        "Is that the only explanation?",
        "What else might be going on for him?",
        "What's another reason he might have picked you?",
        "How would you test that theory?",
        "Too old compared to whom?",
        "What did they do that tells you that?",
        "Is that true of every manager you know?",
        "Have you asked them, or is that more of a guess?",
        "What's in between all in and walking away?",
    ],
)
def test_another_view_and_the_grounds_of_a_belief_challenge_assumptions(question: str) -> None:
    assert question_category(question) == "assumption_challenging"


@pytest.mark.parametrize(
    "question",
    [
        "How would you describe it?",
        "How do you see yourself in five years?",
        "Where were you sitting when he said it?",
        "How sure do you want to be before you decide?",
        "What else could you try?",
        "What's the worst part of it for you?",
        "On a scale of one to ten, how confident are you that you could actually say that?",
        "Is it true that she left?",
        "What are you testing this week?",
    ],
)
def test_describing_options_and_confidence_are_no_challenge(question: str) -> None:
    assert question_category(question) != "assumption_challenging"


@pytest.mark.parametrize(
    "question",
    [
        "Is that a good reason or is it an excuse?",
        "Is that a reason or an excuse?",
        "Is that a fact or a story?",
        "Is that a fact or a feeling?",
        "Is it a feeling or a fact?",
        "Is that a guess, or do you know?",
        "Is it the truth, or your opinion?",
    ],
)
def test_the_clients_account_set_against_another_reading_of_it_challenges_it(
    question: str,
) -> None:
    # Either or, where one side is the client's account and the other a reading of it
    # that asks whether it holds (an excuse, a story, a feeling beside a fact).
    assert question_category(question) == "assumption_challenging"


@pytest.mark.parametrize(
    "question",
    [
        "Is it the work or is it the people?",  # two things it may be about
        "Is it a reason to stay or a reason to go?",
        "Is that a thought or a feeling?",  # what kind of thing, not whether it holds
        "Is it fear or excitement?",
        "Is that a story you've told before, or a new one?",
        "Is it a guess or an estimate?",
        "Is it a fact or a figure?",
        "Do you want to tell the story or should I?",
    ],
)
def test_an_either_or_of_two_things_it_may_be_is_no_challenge(question: str) -> None:
    assert question_category(question) == "exploration"


@pytest.mark.parametrize(
    "question",
    [
        "What support do you have to help you do that?",
        "What resources do you have to draw on?",
    ],
)
def test_what_the_client_has_to_do_something_with_is_no_obligation(question: str) -> None:
    # "have to" here is "have" (the support) and "to help", not "must": the question asks
    # for the client's resources.
    assert question_category(question) == "resource_accessing"


@pytest.mark.parametrize(
    "question",
    [
        "Do you have to say yes?",
        "Who says you have to do it alone?",
        "Do you really have to be the one?",
        # the second question still weighs the obligation
        "What help do you have to get this done, and do you have to do it alone?",
    ],
)
def test_an_obligation_questioned_still_challenges_it(question: str) -> None:
    assert question_category(question) == "assumption_challenging"


@pytest.mark.parametrize(
    "question",
    [
        "What is it you do with the clinic managers that you could take into the board room?",
        "What would you need in place to have that conversation with him?",
        "What makes it a five and not a two?",
        "Who could you tell about the plan, so it's not just in your head?",
        "Who did you lean on the last time the business was this close to the edge?",
        "Do you have any colleagues who've done it?",
        "Who at work has made it even a little easier?",
        "Tell me about a time you managed a difficult ask with someone senior.",
        "When studying has gone well for you, what was working?",
        "When you do ask and it works, what's different?",
        "Was there anything that used to help you unwind?",
        "What study habits served you well at university?",
        "What's already there for you through work?",
        "How could your listening help you in the conflict?",
    ],
)
def test_strengths_people_and_past_success_access_resources(question: str) -> None:
    assert question_category(question) == "resource_accessing"


@pytest.mark.parametrize(
    "question",
    [
        "What kind of plan could you put in place?",
        "What could you take into the meeting?",
        "Who could tell you that you're wrong?",
        "What makes it so hard?",
        "Do you have any questions?",
        "When did it go wrong?",
        "Is there anything that gets in the way?",
        "What did you tell him?",
    ],
)
def test_plans_doubts_and_facts_are_not_resource_questions(question: str) -> None:
    assert question_category(question) != "resource_accessing"


@pytest.mark.parametrize(
    "question",
    [
        "And what would take it to a seven?",
        "And when will that walk happen?",
        "What would tell you, come Christmas, that it was the right call?",
        "What outcome are you hoping for?",
        "What would finishing it give you?",
        "What will you do differently in that meeting?",
        "What's likely to make that hardest?",
        "Starting tonight?",
        "And in ten years, what would you hope they'd say about you?",
    ],
)
def test_what_lies_ahead_is_future_focused(question: str) -> None:
    assert question_category(question) == "future_focused"


@pytest.mark.parametrize(
    "question",
    [
        "Tell me what happened this week.",
        "Give me an example from this week.",
        "What were you hoping for when you signed up?",
        "What did you do differently last time?",
        "When did that start?",
        "What did it give you back then?",
    ],
)
def test_what_has_happened_is_not_future_focused(question: str) -> None:
    assert question_category(question) != "future_focused"


# --- open and closed ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("And Amira's PRs?", True),
        ("And Tom's team meeting?", True),
        ("And Amira's leaving?", False),
        ("And Tom's happy?", False),
        ("And Tom's the problem?", False),
        ("And Jo's back?", False),
        ("And what did it cost her?", True),
        ("What do you make of that?", True),
        ("What did you do, call him or text him?", False),
        ("What do you think, will she agree?", False),
        ("Did it cost her?", False),
    ],
)
def test_an_owned_topic_and_what_someone_did_are_open(text: str, open_: bool) -> None:
    assert plainly_open(text) is open_


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Says who.", "open_question"),
        ("Who says?", "open_question"),
        ("Says who, your boss?", "other"),
        ("Who says that to a new hire.", "other"),
    ],
)
def test_a_two_word_challenge_is_a_question_without_its_mark(text: str, expected: str) -> None:
    assert code(text, behaviour="other") == expected


@pytest.mark.parametrize("text", ["Says who?", "Who says so?", "And says who."])
def test_a_two_word_challenge_is_open_whatever_form_the_model_read(text: str) -> None:
    closed = {**SUBTYPES, "question": "closed"}
    assert coach_code(text, "question", closed, "") == "open_question"


# --- reflection depth --------------------------------------------------------------------

RELAXER = "I think I'm not a relaxer. I never have been. I need a reason to get up."
LOOK = "In both cases I'm trying to not look like I don't know what I'm doing."


@pytest.mark.parametrize(
    ("text", "before", "repeats"),
    [
        ("So you need a reason to get up, and relaxing isn't it.", RELAXER, True),
        ("Not looking like you don't know what you're doing.", LOOK, True),
        ("So you need a purpose, and rest feels empty.", RELAXER, False),
        ("You'd rather be busy than be idle.", RELAXER, False),
        ("A reason.", RELAXER, False),
        ("So you need a reason to get up?", RELAXER, False),
        ("So you need a reason to get up.", "", False),
    ],
)
def test_a_reflection_of_only_the_clients_words_repeats_them(
    text: str, before: str, repeats: bool
) -> None:
    assert repeats_client(text, before) is repeats


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Part of you is already writing the email, and part of you is pulling the handbrake.", ""),
        ("You'd rather leave a place you like than lose another year of yourself.", ""),
        ("You can be lucky and grieving at the same time.", "I feel ungrateful. I'm lucky."),
        ("Sounds like it's the teaching you miss, not the school.", "I don't miss the staff."),
        ("So the evidence from outside says one thing, and the feeling says another.", ""),
        ("You've been building your case for weeks without calling it that.", ""),
    ],
)
def test_both_sides_and_a_reframe_deepen_a_reflection(text: str, before: str) -> None:
    assert deeper_reflection(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("It's the admin, not the teaching.", "It's the admin, not the teaching."),
        ("So you enjoy it, but at the same time you don't like how much.", ""),
        ("You'd rather not say.", ""),
        ("Part of you is tired.", ""),
        ("You left without calling him.", ""),
    ],
)
def test_one_side_a_link_or_a_repeat_does_not_deepen_a_reflection(text: str, before: str) -> None:
    assert not deeper_reflection(text, before)


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ("Everyone you know.", "Like, everyone I know who raised.", "simple_reflection"),
        (
            "Starting from wanting to do it well.",
            "I want to keep doing this well. So it starts from the positive.",
            "simple_reflection",
        ),
        ("Everyone you met.", "Like, everyone I know who raised.", "other"),
        ("Everyone you know.", "Does everyone you know raise?", "other"),
        ("Starting from scratch.", "I want to keep doing this well.", "other"),
    ],
)
def test_the_clients_words_said_back_in_the_coachs_person_are_simple(
    text: str, before: str, expected: str
) -> None:
    assert code(text, behaviour="other", client_before=before) == expected


# --- affirmation, structuring, leaving time, self-disclosure, information -----------------


@pytest.mark.parametrize(
    "text",
    [
        "That's a clear plan.",
        "That's a really clear plan, and it's yours.",
        "That was really clear.",
        "You put that really well.",
        "Six is honest.",
        "I like how quickly you turned that into something you can do.",
        "It sounded reasonable, and you were shaky, and you said it anyway.",
    ],
)
def test_praise_of_the_clients_plan_honesty_and_clarity_is_affirmation(text: str) -> None:
    assert code(text) == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you, Maya. I really noticed how honest you were with yourself today.",
        "I noticed how open you've been today.",
        "I was struck by how determined you are.",
    ],
)
@pytest.mark.parametrize("behaviour", ["other", "reflection"])
def test_a_strength_the_coach_noticed_in_the_session_is_affirmation(
    text: str, behaviour: str
) -> None:
    assert code(text, behaviour=behaviour) == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        # a state noticed, not a strength; another's noticing
        "I noticed how tired you were.",
        "I noticed how quiet you were when we talked about your dad.",
        "She noticed how honest you were, and it scared her.",
    ],
)
def test_a_state_or_anothers_noticing_is_not_affirmation(text: str) -> None:
    assert code(text) != "affirmation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Good plan.", "other"),
        ("That's a clear plan for the company.", "complex_reflection"),
        ("It was very clear she'd had enough.", "complex_reflection"),
        ("Six is a lot.", "complex_reflection"),
        ("I like how you think I have the answer, but I don't.", "complex_reflection"),
        ("You knew it would hurt, and you drank anyway.", "complex_reflection"),
        ("So he says, I like how you handle it.", "complex_reflection"),
    ],
)
def test_plain_approval_and_other_lines_are_not_affirmation(text: str, expected: str) -> None:
    assert code(text, behaviour="other" if text == "Good plan." else "reflection") == expected


@pytest.mark.parametrize(
    "text",
    ["Now the board.", "Okay, next, your manager.", "Right, on to the budget."],
)
def test_the_next_item_named_is_structuring(text: str) -> None:
    assert code(text, behaviour="other") == "structuring"
    assert moves_on(text, "The board wants a decision by March.")


@pytest.mark.parametrize(
    "text",
    [
        "Good. Now, the other thing on the list was the promotion conversation.",
        "The next thing you wanted to cover is your manager.",
        "Okay, the last thing on our list today is the offsite.",
    ],
)
@pytest.mark.parametrize("behaviour", ["other", "reflection"])
def test_the_next_item_on_the_sessions_list_is_structuring(text: str, behaviour: str) -> None:
    assert code(text, behaviour=behaviour) == "structuring"


@pytest.mark.parametrize(
    "text",
    [
        # the client's own list, another's words, and the idiom
        "So the next thing on your list is calling the bank.",
        "She said the other thing on the list was the budget.",
        "The last thing you want to do is upset her.",
    ],
)
def test_a_list_that_is_not_the_sessions_is_not_structuring(text: str) -> None:
    assert code(text, behaviour="reflection") != "structuring"


@pytest.mark.parametrize(
    "text", ["Now the hard part.", "Now the pressure's off.", "The board.", "Now you know."]
)
def test_other_short_lines_with_now_are_not_stage_markers(text: str) -> None:
    assert not moves_on(text)


@pytest.mark.parametrize(
    ("text", "structuring"),
    [
        ("We can still do the script, if that would help.", True),
        ("We can come back to the house if there's time.", True),
        ("We can do the school run, if it helps her.", False),
        ("You could still do the script.", False),
        ("We could go back to the old house if we sold this one.", False),
    ],
)
def test_a_part_of_the_work_offered_for_later_is_structuring(text: str, structuring: bool) -> None:
    assert (code(text) == "structuring") is structuring


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Take whatever time you need.", True),
        ("Take as long as you need.", True),
        ("Take whatever time you need to rest this weekend.", False),
        ("They take whatever time you need, the builders.", False),
    ],
)
def test_room_to_think_is_other(text: str, other: bool) -> None:
    assert (code(text) == "other") is other


@pytest.mark.parametrize(
    "text",
    [
        "I had a co-founder once, and we spent a year each assuming the other wanted to go "
        "big. When we finally talked, neither of us did. I'm not saying that's you, but it "
        "stuck with me.",
        "When my youngest left for university, I remember walking round the house for weeks "
        "not knowing what to do with my hands. It does pass, though it didn't feel like it "
        "would.",
        "I once took a call from a beach, and I still regret it.",
    ],
)
def test_the_coachs_own_story_is_self_disclosure(text: str) -> None:
    assert code(text, behaviour="therapist_input") == "self_disclosure"


@pytest.mark.parametrize(
    "text",
    [
        "I remember you saying the mornings were the worst.",
        "Once you've had the conversation, you'll know.",
        "Your youngest is starting school.",
    ],
)
def test_the_clients_story_is_not_self_disclosure(text: str) -> None:
    assert code(text) != "self_disclosure"


def test_research_offered_is_information_and_evidence_weighed_is_not() -> None:
    research = (
        "There's decent research suggesting people on a team are much more likely to "
        "speak up when the lead admits a mistake first."
    )
    assert code(research) == "information"
    weighed = "So the evidence from outside says one thing, and the feeling says another."
    assert code(weighed) == "complex_reflection"
    assert code("The evidence is mixed, you said.") == "complex_reflection"


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # the session's time asked at its start
        ("Before we start, how much time do you have today, still the full hour?", "process"),
        ("How much time have we got today?", "process"),
        ("Do we have the full hour?", "process"),
        ("Is it the whole hour?", "process"),
        # how long something else ran, not the session's hour
        ("And you sat in that meeting the whole hour?", "exploration"),
        ("So you waited the whole hour?", "exploration"),
        ("How much time do you have for yourself each week?", "exploration"),
        ("How much time have you got left on the contract?", "exploration"),
        # the client's week after a comma, not the session's hour
        ("How much time do you have, realistically, each week?", "exploration"),
        ("How much time have you got, between work and the kids?", "exploration"),
        # what is on the client's mind now, not a week ahead
        ("What's most on your mind this week?", "exploration"),
        ("What's on your mind this week?", "exploration"),
        ("What will you try this week?", "future_focused"),
        ("What's one thing you'll do next week?", "future_focused"),
    ],
)
def test_the_sessions_time_and_whats_on_the_clients_mind(question: str, category: str) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    ("question", "settled"),
    [
        ("Which things?", True),
        ("What sorts?", True),
        # one picked, which may be a step's time
        ("Which evening?", False),
        ("Which one would you pick?", False),
    ],
)
def test_the_things_the_client_named_asked_for_bare_are_exploration(
    question: str, settled: bool
) -> None:
    assert exploration_settled(question) is settled


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("She's not careless; she's missing information.", "She just doesn't see it."),
        ("So it's less about the numbers and more about the voice.", "The numbers are fine."),
        (
            "so maybe the question isn't whether you can do it but whether you'd let yourself "
            "call it that",
            "no because it wasn't my job title",
        ),
        (
            "So part of this conversation with your director is really about keeping faith "
            "with your team.",
            "I promised them weekends off.",
        ),
        # "it's" / "that's" with "really about"
        ("So it's really about trust.", "He keeps checking my work."),
        ("That's really about trust.", "He keeps checking my work."),
        # "just" puts a new reading in the old one's place
        ("You're not lazy, you're just tired.", "I never get anything done."),
    ],
)
def test_a_reframe_is_a_complex_reflection(text: str, before: str) -> None:
    assert deeper_reflection(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # the client's own words given back
        ("He's not coming, he's staying home.", "He's not coming, he's staying home."),
        # a list of what the client told, with two subjects
        (
            "That's not helping, you're worried about getting caught.",
            "I'm scared they'll find out.",
        ),
        # two things that are not, with nothing put in their place
        ("It's not working, it's not helping.", "It doesn't work."),
        # a fact beside it, not a new reading of the same subject
        ("It's not working, it's been three weeks.", "The project's stuck."),
        ("She's not here, she's gone to her mum's.", "She left on Friday."),
        ("The meeting is about the budget.", "It's about the budget."),
        # the same said again, not a new reading
        ("You're not sure, you're still deciding.", "I don't know. I haven't decided."),
        ("It's not finished, it's halfway there.", "I'm about half done."),
        ("It's not over, it's still going.", "We haven't stopped yet."),
    ],
)
def test_a_restatement_or_a_list_is_no_reframe(text: str, before: str) -> None:
    assert not deeper_reflection(text, before)


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # leave to ask that runs on into its question is read for that question
        (
            "can i ask you something about the money side what did you earn back then",
            "exploration",
        ),
        # leave to ask alone, or asked on its own before the question, is process
        ("Can I ask you something?", "process"),
        ("Can I ask you something about the team?", "process"),
        ("Can I ask you something? What did you earn back then?", "process"),
    ],
)
def test_leave_to_ask_and_the_question_it_runs_into(question: str, category: str) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # a likeness the coach draws, of a thing the client did not name
        (
            "So you send the agenda first, almost like a shield.",
            "I like to send the agenda round first so they know what's coming.",
        ),
        ("Kind of like an alarm going off.", "Every time he emails I tense up."),
        # where the client comes alive, or feels most like themselves, named for them
        ("The teaching is where you come alive.", "I love the teaching days, the rest is admin."),
        (
            "Running the workshops is where you feel most like yourself.",
            "The workshops are the best bit of my week.",
        ),
        # what a habit does for the client, named for them
        ("So staying late is how you protect your team.", "If I leave, they get the flak."),
        ("And keeping the books was a way of staying in charge.", "I did every account myself."),
        ("Arguing back is your way of keeping your dignity.", "I always argue back."),
    ],
)
def test_a_likeness_where_the_client_comes_alive_or_what_a_habit_does_deepens_a_reflection(
    text: str, before: str
) -> None:
    assert deeper_reflection(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # the client's own likeness, or their own words for it, given back
        ("Almost like a reflex.", "It's like a reflex, honestly."),
        ("So it's almost like a second job.", "Honestly it's a second job on top of the first."),
        ("You came alive in that room.", "I came alive in that room."),
        ("That's where you feel most like yourself.", "I feel most like myself on the ward."),
        # a thought of the client's, not the client as themselves
        ("It feels like you saw yourself as a singer back then.", "I sang every weekend."),
        ("That's how you protect yourself.", "That's how I protect myself."),
        # how something came about, or a means, is no purpose named
        ("That's how you found out.", ""),
        ("The bus was a way of getting to work.", ""),
        ("You look almost like you've slept.", ""),
        # a thing come alive, or a way of seeing it
        ("So the project came alive after you left.", "They hired two people."),
        ("That's your way of thinking about it.", "I see it as a test."),
    ],
)
def test_the_clients_own_likeness_how_a_thing_happened_or_a_means_does_not_deepen(
    text: str, before: str
) -> None:
    assert not deeper_reflection(text, before)


@pytest.mark.parametrize(
    "question",
    [
        # the client's reading of what someone did: "going to" a person or a place
        "What do you make of Lena going to the director?",
        "What did you think of Raj going to HR first?",
        "How do you feel about your sister going to Madrid?",
    ],
)
def test_someone_going_somewhere_is_no_step_ahead(question: str) -> None:
    assert question_category(question) == "exploration"


@pytest.mark.parametrize(
    "question",
    [
        # the client's reading of what happened, which no head moves ahead in time
        "What do you make of Lena going to the director?",
        "So what did you make of her email?",
        "What's your read on the way the meeting ended?",
    ],
)
def test_the_clients_reading_of_what_happened_is_settled_exploration(question: str) -> None:
    assert exploration_settled(question)


@pytest.mark.parametrize(
    "question",
    [
        # a reading of what lies ahead, or a view tested
        "What do you make of the plan you're going to try?",
        "What do you make of what might happen next year?",
        "What makes you sure she went over your head?",
    ],
)
def test_a_reading_of_the_future_or_a_belief_tested_is_not_settled(question: str) -> None:
    assert not exploration_settled(question)


@pytest.mark.parametrize(
    "question",
    [
        "What are you going to do first?",
        "Is it going to hold up once the busy season starts?",
        "When's that going to happen?",
        "How are you actually going to raise it with him?",
    ],
)
def test_a_step_the_client_is_going_to_take_stays_future_focused(question: str) -> None:
    assert question_category(question) == "future_focused"


@pytest.mark.parametrize(
    "question",
    [
        # the client's own words rehearsed for a named person or one of their people
        "What would you say to Farah?",
        "What will you say to your manager?",
        "What could you say to the team on Monday?",
    ],
)
def test_words_rehearsed_for_someone_named_are_future_focused(question: str) -> None:
    assert question_category(question) == "future_focused"


@pytest.mark.parametrize(
    "question",
    [
        # another's place taken, or the client's own view of a point
        "What would you say to a friend who told you this?",
        "What would you say to someone in your position?",
        "What would you say to yourself at twenty-five?",
        "What would Farah say?",
    ],
)
def test_words_for_a_friend_or_another_in_the_clients_place_still_challenge(
    question: str,
) -> None:
    assert question_category(question) == "assumption_challenging"
