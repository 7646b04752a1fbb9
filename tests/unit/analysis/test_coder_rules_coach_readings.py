"""Coach lines a working coach reads one way and the rules once read another: questions
that test a belief, ask what made a success work or what inaction costs; statements the
model takes for questions; the client's words pointed to; effort and past success named;
leaving the client time. Each cue is checked against ordinary lines it must not match.
All lines are written for these tests.
"""

from __future__ import annotations

import pytest

from coachconn.analysis.rules import coach_code, deeper_reflection, plainly_open, question_category

SUBTYPES = {"question": "open", "reflection": "complex", "input": "information"}


def code(text: str, behaviour: str = "reflection", reflection: str = "complex") -> str:
    return coach_code(text, behaviour, {**SUBTYPES, "reflection": reflection})


# --- question categories -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # a belief the client just stated, tested as it stands
        ("Is that true?", "assumption_challenging"),
        ("Hm. Is that actually true?", "assumption_challenging"),
        ("Is it completely settled?", "assumption_challenging"),
        ("Was that entirely true, back then?", "exploration"),
        ("Is the budget set in stone?", "assumption_challenging"),
        # what made a past success work
        ("What made it go so well?", "resource_accessing"),
        ("And what makes that work, when it does?", "resource_accessing"),
        # someone who could be on the client's side
        ("Who on the leadership team could back you?", "resource_accessing"),
        ("Who at head office would actually listen to you?", "resource_accessing"),
        ("Who among your peers might speak up for you?", "resource_accessing"),
        # the cost of leaving things as they are
        ("What happens if you don't say anything?", "future_focused"),
        ("If you keep saying yes, what happens to your weekends?", "future_focused"),
        ("What would happen if nothing changes?", "future_focused"),
        # checking the coach's proposal, and what the client wants from today
        ("How does that sound?", "process"),
        ("How does this plan sound to you?", "process"),
        ("What would you like to get from this session?", "process"),
        ("What do you need from our time today?", "process"),
        # sizing up what the client said is not about the session
        ("How much money are we talking about?", "exploration"),
        ("How many people are we talking, roughly?", "exploration"),
    ],
)
def test_the_category_of_a_coaching_question(question: str, category: str) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    "question",
    [
        # not a belief tested: a fact asked about, or a question about where it holds
        "Is it true that the office is moving?",
        "Is that true for the rest of the team?",
        "Is it decided yet?",
        # a rumour or a past fact checked
        "Is it true?",
        "And the rumour about the merger, was it true?",
        # "set in stone" or "a done deal" said, not asked
        "It's a done deal, then. How are you feeling about it?",
        # not what made a success work
        "What made that so hard?",
        "What made you work late again?",
        "What makes it feel like a chore?",
        "What made that work so draining?",
        "What made it work against you?",
        # not someone on the client's side
        "Who would listen to that kind of talk?",
        "Who wouldn't listen to you?",
        "Who might listen in on the call?",
        "Who do you think would listen to you least?",
        "Who was it that said they could help you?",
        # not the cost of inaction: what usually happens, a state, a habit kept
        "If you don't mind me asking, what happened next?",
        "What happened when you didn't ask?",
        "What happens for you when you don't speak up?",
        "What happens if you don't eat lunch, usually?",
        "If you don't know, what happens in your body right now?",
        "If you keep a diary, what happens to your mood?",
        # not a proposal checked: someone's words given back
        "How does that sound when you say it out loud?",
        "How did that sound to her?",
        "When she says you're too quiet, how does that sound?",
        "'I quit.' How does that sound?",
        "What did you get from the training day?",
        # talking about someone, not about the session
        "So when we're talking about your brother, what comes up?",
    ],
)
def test_ordinary_questions_stay_exploration(question: str) -> None:
    assert question_category(question) == "exploration"


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Nothing's set in stone yet, so what would you like to happen?", "future_focused"),
        ("Once the plan is set in stone, what's your first step?", "future_focused"),
        ("What would you like from today's meeting with the board?", "future_focused"),
        ("How set in stone is it?", "assumption_challenging"),
        ("Is it really a done deal?", "assumption_challenging"),
        ("What made it work out in the end?", "resource_accessing"),
        ("Who do you think would back you?", "resource_accessing"),
    ],
)
def test_a_cue_word_in_another_kind_of_question_leaves_it_to_the_other_cues(
    question: str, category: str
) -> None:
    assert question_category(question) == category


def test_we_talking_about_the_session_is_still_process() -> None:
    assert question_category("What are we doing in these sessions, would you say?") == "process"
    assert question_category("Is what we're talking about the right thing?") == "process"


# --- question form -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("What's behind it, do you think?", True),
        ("Why, do you reckon?", True),
        ("So how would he take it, would you say?", True),
        ("Is it the hours, do you think?", False),
        ("How long would it take, do you think?", False),
        ("What is it, the money or the title, do you think?", False),
        ("You'd stay, do you think?", False),
        # a guess at one fact
        ("What are the chances, do you think?", False),
        ("What's his name, do you think?", False),
    ],
)
def test_a_wh_question_with_a_think_tag_is_open(text: str, open_: bool) -> None:
    assert plainly_open(text) is open_


# --- statements the model may take for questions -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What I'm noticing is how often you mention your father.",
        "What strikes me is how calm you sound about it.",
        "What I hear is that the job itself isn't the problem.",
        "You've gone quiet. I wonder if something's sitting heavy.",
        "I'm wondering whether part of you is already gone.",
        "I wonder if you might be more tired than you let on.",
    ],
)
def test_a_reading_offered_without_asking_is_a_complex_reflection(text: str) -> None:
    assert code(text, "question") == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "What I'd like to know is how you decided.",
        "I wonder if you could say a little more about that.",
        "I wonder if I could share an observation.",
        "I wonder if we could look at the diary first.",
        "I wonder if you might try it once before Friday.",
        # a suggestion, a step for the session, a softened question
        "I wonder if it would help to write it down",
        "I wonder whether it's worth talking to HR first",
        "I wonder if now is a good time to pause",
        "I wonder if we're going round in circles",
        "I wonder if there's another way to look at it",
        "I'm wondering if you have any thoughts on that",
        # the coach's own reaction
        "What I noticed was I got defensive when you said that",
        "What I'm noticing is my own urge to fix this",
    ],
)
def test_a_request_or_a_question_without_a_question_mark_stays_a_question(text: str) -> None:
    assert code(text, "question") == "open_question"


def test_a_reading_with_a_question_mark_stays_a_question() -> None:
    assert code("What I'm noticing is that you smile when you say it?", "question") == (
        "open_question"
    )


# --- the client's words pointed to -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("You said it's not about the money.", "other"),
        ("Earlier you said you felt like a guest in your own team.", "reflection"),
        ("So a moment ago you told me the deadline was the easy part.", "reflection"),
        ("You mentioned that the evenings are the worst.", "other"),
    ],
)
def test_the_clients_words_pointed_to_are_a_simple_reflection(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "simple_reflection"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contrast or a second thought after the words is the coach's reading
        ("You said it's fine, but your voice dropped.", "complex_reflection"),
        ("You said you're over it, and you've brought it up three times.", "complex_reflection"),
        ("You said 'we', not 'I'.", "complex_reflection"),
        # agreement, not the client's words
        ("You said it.", "other"),
        # a recap of another session's topic is left to the model: "look at the budget"
        # may be the client's plan for work ("...to look at other jobs.")
        ("Last time you said you wanted to look at the budget.", "other"),
        # what the client set for today is structuring
        ("Last time you said you wanted to look at what gets in the way.", "structuring"),
        # a question is left to the model
        ("You said you'd call her?", "other"),
        # a topic named, not the client's words
        ("You mentioned the leadership programme.", "other"),
        ("You told me about your sister.", "other"),
        # what the client asked of the coach, and the coach acting on it
        ("You said you'd email me the dates.", "other"),
        ("You mentioned you wanted the name of that course, so I've brought it.", "other"),
        # a recap of another session
        ("You mentioned last time that you wanted to come back to the budget.", "structuring"),
        ("You mentioned last time that you'd been sleeping badly.", "other"),
    ],
)
def test_words_pointed_to_with_more_in_them_keep_their_code(text: str, expected: str) -> None:
    behaviour = "other" if expected == "other" else "reflection"
    assert code(text, behaviour) == expected


# --- affirmation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("That's a candid thing to admit.", "other"),
        ("That's very candid of you.", "other"),
        ("What a candid answer.", "reflection"),
        ("You've handled something like this really well before.", "reflection"),
        ("I think you've handled it really well.", "reflection"),
        ("It sounds hard. You've done it well before, though.", "reflection"),
        ("Thanks for staying with it. I know that wasn't an easy one.", "other"),
        ("I know that can't have been easy for you.", "reflection"),
        ("You held the line with him all week.", "reflection"),
    ],
)
def test_effort_candour_and_past_success_are_affirmations(text: str, behaviour: str) -> None:
    assert code(text, behaviour) == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "It was a candid conversation with her boss.",
        "She was candid with you, and it stung.",
        "That was candid of her, and it stung.",
        "That's candid feedback from your boss.",
        "What a candid thing for him to say in front of everyone.",
        # the client's doubt given back, or one side of two
        "You don't think you've handled it well.",
        "You're not sure you've done it well.",
        "You wonder if you've handled it well.",
        "You've handled it well at work, and fallen apart at home.",
        # sympathy with what is still hard
        "I know it isn't easy.",
        "I know this isn't easy for you.",
        "You've done it well enough to get by, and you hate it.",
        "I know it isn't easy to find the time.",
        "I know that wasn't easy for her.",
        "He held the line, and you gave way.",
        "So you already know how to do this. Just not with your boss.",
    ],
)
def test_ordinary_reflections_are_not_affirmations(text: str) -> None:
    assert code(text) == "complex_reflection"


# --- leaving the client time -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Take your time.", "Sure, take all the time you need.", "No rush. Take your time."],
)
def test_leaving_the_client_time_is_other(text: str) -> None:
    assert code(text, "other") == "other"
    assert code(text, "reflection") == "other"


def test_time_left_in_the_session_is_still_structuring() -> None:
    assert code("Take your time. We've got twenty minutes left.") == "structuring"
    assert code("There's no rush, we've got the whole hour.") == "structuring"


def test_taking_time_as_part_of_a_reflection_is_left_to_the_model() -> None:
    assert code("That is a big decision. There's no rush.") == "complex_reflection"
    # what the client said of their own decision, given back
    assert code("So there's no rush.", reflection="simple") == "simple_reflection"
    assert code("Okay, so no rush.", reflection="simple") == "simple_reflection"
    assert code("You take your time over every email.", reflection="simple") == (
        "simple_reflection"
    )


# --- reflection depth --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "client_before", "deeper"),
    [
        ("Your manager signed it off, and you still feel you need to check it.", "", True),
        ("They said yes, but part of you still doubts it.", "", True),
        ("So the team wants the very thing you've been keeping from them.", "", True),
        # said back after the client pointed out the irony themselves
        (
            "The very thing you wanted.",
            "It's the very thing I wanted, and now I don't.",
            False,
        ),
        # no contrast, or nothing set against it
        ("You still feel tired.", "", False),
        ("And you still feel that way.", "", False),
        ("You went, and you're still there.", "", False),
        ("That's the very first time you've said that.", "", False),
        # a fact that has not changed is not a feeling
        ("You went, and you still don't have the paperwork.", "", False),
        # the client set both sides themselves
        (
            "You asked twice, and you still don't feel heard.",
            "I asked twice and I still don't feel heard.",
            False,
        ),
        # what the client wanted and got, or the coach's own, is no irony
        ("So you got the very thing you asked for.", "", False),
        ("You'd start with the very people you trust most.", "", False),
        ("That's the very thing I wanted to ask you about.", "", False),
        ("The very habit you've been trying to get rid of.", "", True),
    ],
)
def test_both_sides_and_an_irony_deepen_a_reflection(
    text: str, client_before: str, deeper: bool
) -> None:
    assert deeper_reflection(text, client_before) is deeper
