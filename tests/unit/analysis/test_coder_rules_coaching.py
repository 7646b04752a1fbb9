"""The coach and client rules on hand-written coaching lines (none from the eval set).

Each case gives the model's AnnoMI behaviour as the model tends to read such a line
(affirmations, structuring and disclosures mostly as reflections) and the code the
rules must settle on.
"""

from __future__ import annotations

import pytest
from tests.unit.analysis.coach_coding import coach_coder

from coachconn.analysis.rules import (
    about_the_call,
    client_code,
    client_flags,
    coach_code,
    deeper_reflection,
    question_category,
)

SUBTYPES = {"question": "open", "reflection": "complex", "input": "information"}


code = coach_coder(SUBTYPES)


@pytest.mark.parametrize(
    "text",
    [
        "That shows a lot of self-awareness.",
        "You've made a lot of progress since we started.",
        "You handled that conversation really well.",
        "You've clearly put a lot of thought into this.",
        "That took real nerve.",
        "You did the hard thing.",
        "That's a brave decision, and you made it on your own terms.",
        "You were really clear with him, and that wasn't easy.",
        "It's obvious you care deeply about doing right by your people.",
        "Your honesty with yourself is striking.",
        "You kept your word to yourself this week, even with everything going on.",
        "You're doing so well with this, and it shows.",
        "You've done a brilliant job preparing for this.",
        "You know your team well.",
        "That's a clear sense of what you want.",
    ],
)
def test_a_specific_affirmation_overrides_a_model_reflection(text: str) -> None:
    assert code(text) == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "You're tired of being the one who always says yes.",
        "So part of you wants the promotion and part of you dreads it.",
        "He was brave enough to say it, and you weren't.",
        "Your boss thinks you're brilliant, and you don't believe him.",
        "You let her take the credit, again.",
        "You're running out of time before the deadline.",
        "Your father was a teacher too.",
        "It sounds like you should have been asked first.",
        "You're wondering whether you should quit.",
        "You feel you have to fix everything yourself.",
        "You have to be the strong one at home.",
        "Everyone else seems to cope, and you feel you can't.",
        "You tried to talk to her, and it didn't land.",
        "I hear that you want to get this right.",
        "You've had a lot of sessions with your therapist about this.",
        "Put simply, part of you wants to stay and part of you is already gone.",
        "Put another way, the job stopped fitting you a while ago.",
        "Stop me if I'm wrong, but it sounds like you feel stuck.",
        "Plan B fell through, and now you feel exposed.",
        "Set against all that, the move looks smaller than it did.",
    ],
)
def test_a_reflection_with_cue_like_words_stays_a_reflection(text: str) -> None:
    assert code(text) == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    ["Good.", "That's great.", "Sounds like a plan.", "Okay, lovely.", "Bye for now, Priya."],
)
def test_bare_approval_and_small_talk_are_other_whatever_the_model_read(text: str) -> None:
    assert code(text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Hello?",
        "Can you hear me now?",
        "Hi, are you there?",
        "Is my sound okay?",
        "Can you hear me? Hello?",
    ],
)
def test_checking_the_call_is_other_though_it_asks(text: str) -> None:
    assert code(text, "question") == "other"


# What the coach may call the client by, as the coder gives it for a client labelled
# "Olu Adeyemi" (names.called).
OLU = ("olu adeyemi", "olu")


@pytest.mark.parametrize(
    "text",
    [
        "Olu?",
        "Olu? Olu?",
        "Olú?",  # the accent a caption may add or drop
        "Olu Adeyemi?",
        "Olu, you've gone quiet.",
        "Olu, you went a bit quiet there.",
        "Olu, are you still there?",
        "You still there, Olu?",
    ],
)
def test_calling_the_client_by_name_to_see_they_are_there_is_about_the_call(text: str) -> None:
    # Before, "Olu?" was read as a question about the client's life, whatever it asked.
    assert about_the_call(text, OLU)
    assert coach_code(text, "question", SUBTYPES, "", OLU) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Anxious?",  # a word of the client's given back, not their name
        "Olu, so?",
        "Olu said no?",
        "Olu, you've gone quiet about your brother.",
        "Oluwaseun?",  # another name, not his
        "Are you still there, at the bank?",
        "What got you there?",
        "Is Raj still there?",
    ],
)
def test_a_name_or_a_silence_that_says_more_than_the_call_is_not_about_the_call(
    text: str,
) -> None:
    assert not about_the_call(text, OLU)


def test_a_silence_noticed_without_the_name_is_no_call_check() -> None:
    # In the room, "You've gone quiet." invites the client to say what is going on.
    assert not about_the_call("You've gone quiet.", OLU)
    # And without the names of those on the call, a name alone is not known as one.
    assert not about_the_call("Olu?")


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, my laptop died.",
        "Sorry, I was on mute.",
        "You froze there for a second.",
        "My connection dropped. Sorry.",
        "Sorry, I'm on mute.",
        "You're breaking up.",
        "Sorry, I froze.",
        "You're breaking up a bit.",
        "Sorry, you're breaking up quite a lot.",
        "I think you froze a little there.",
    ],
)
def test_mending_the_call_is_about_the_call_not_the_client(text: str) -> None:
    assert about_the_call(text)
    assert code(text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "My phone died last week and I panicked.",
        "Sorry, I lost you there. Can you say that again?",
        "I lost my connection to the team when I moved.",
        "I froze when he shouted.",
        "I froze a bit when he asked.",
        "You're breaking up a bit with the team, it sounds like.",
    ],
)
def test_a_line_that_says_more_than_the_call_is_not_about_the_call(text: str) -> None:
    assert not about_the_call(text)


@pytest.mark.parametrize("text", ["Say more.", "Tell me more about that.", "Go on. Say more."])
def test_a_bare_invitation_the_model_read_as_other_is_an_open_question(text: str) -> None:
    assert code(text, "other") == "open_question"


@pytest.mark.parametrize(
    "text", ["Explain the timeline to your manager first.", "Tell me when you're ready."]
)
def test_an_instruction_the_model_read_as_other_stays_other(text: str) -> None:
    assert code(text, "other") == "other"


def test_congratulations_is_an_affirmation() -> None:
    assert code("Congratulations. That's a big step.", "other") == "affirmation"


@pytest.mark.parametrize(
    "text",
    [
        "Hi, Sam, how are you?",
        "Can you hear me when I say that?",
        "Is this working for you?",
        "Is this working?",
        "Okay, is this better?",
        "Okay?",
    ],  # a check-in on the process
)
def test_a_question_that_opens_like_a_call_check_stays_a_question(text: str) -> None:
    assert code(text, "question").endswith("_question")


@pytest.mark.parametrize(
    "text",
    [
        "We've got about twenty minutes left.",
        "Let's spend the last ten minutes on your plan.",
        "Before we go any further, I want to check what you'd like from today.",
        "So the plan is we'll meet every fortnight for six sessions.",
        "Just so you know, I won't be sharing any of this with your manager.",
        "We're about halfway through our time.",
        "I'll stop you there because we need to leave time for your actions.",
        "Okay, so we'll pick this up in a fortnight.",
        "Thanks, see you next time.",
        "That's our time for today.",
        "No rush, we've got twenty minutes left.",
    ],
)
def test_structuring_overrides_a_model_reflection(text: str) -> None:
    assert code(text) == "structuring"


def test_taking_time_said_of_the_client_stays_a_reflection() -> None:
    for text in ("You take your time with big decisions.", "There's no rush to decide, for you."):
        assert code(text).endswith("_reflection")  # the model's, as SUBTYPES give it


@pytest.mark.parametrize(
    "text",
    [
        "I had a boss like that once, and I ended up leaving.",
        "When I went freelance I lost a lot of sleep over money.",
        "I remember feeling exactly that when my father was ill.",
        "I was made redundant twice, so I know a bit about this.",
        "I had my own burnout about ten years ago.",
        "I'll be honest, I felt a bit lost just now.",
        "I notice I'm feeling protective of you as you say that.",
        "My first year as a coach I said yes to everything.",
    ],
)
def test_the_coach_talking_about_themselves_is_self_disclosure(text: str) -> None:
    assert code(text) == "self_disclosure"
    assert code(text, "therapist_input") == "self_disclosure"


@pytest.mark.parametrize(
    "text",
    [
        "Ask her directly what she needs from you.",
        "It might help to sleep on it before you reply.",
        "Perhaps start with a short note rather than a meeting.",
        "You should talk to HR before you do anything else.",
        "One option is to ask for a trial period.",
        "Don't wait for the perfect moment.",
        "I'd suggest starting with the easiest conversation.",
    ],
)
def test_advice_overrides_a_model_reflection(text: str) -> None:
    assert code(text) == "advice"


def test_an_obligation_is_advice_in_other_but_does_not_outweigh_a_reflection() -> None:
    text = "You need to tell him by Friday."
    assert code(text, "other") == "advice"
    assert code(text, "reflection") == "complex_reflection"


def test_farewells_and_reassurance_are_not_advice() -> None:
    assert code("Take care, Sam.", "other") == "other"
    assert code("Don't worry about it.", "other") == "other"


@pytest.mark.parametrize(
    "text",
    [
        "A lot of new managers feel like they have to have all the answers.",
        "The research on habits says small cues matter more than willpower.",
        "That's really common for people stepping up into a first leadership role.",
    ],
)
def test_normalising_and_research_are_information(text: str) -> None:
    assert code(text) == "information"


def test_information_that_backs_advice_is_advice() -> None:
    text = (
        "You could block out Friday afternoons for thinking time. "
        "It's often easier to protect time that is already in the diary."
    )
    assert code(text) == "advice"


def test_the_last_act_of_a_run_of_statements_decides() -> None:
    assert code("Thank you for telling me that. Let's take it one step at a time.") == (
        "structuring"
    )
    assert code("That took courage. I had to make the same call when I left my old job.") == (
        "self_disclosure"
    )
    assert code("Good. So next time we'll start with your list.") == "structuring"


def test_a_question_stays_a_question_whatever_its_cues() -> None:
    assert code("Before we finish, what are you taking away?", "question") == "open_question"
    assert code("Tell me about your week.", "question") == "open_question"


def test_a_model_question_with_nothing_that_asks_takes_the_rules_act() -> None:
    text = "When I changed careers I was terrified for the first year."
    assert code(text, "question") == "self_disclosure"


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Where shall we begin?", "process"),
        ("What do you want to make sure we cover today?", "process"),
        ("How did you find today?", "process"),
        ("Would it be okay if I offered an observation?", "process"),
        ("Is it alright if I challenge you on that?", "process"),
        ("May I offer a different view?", "process"),
        ("Shall we pause there?", "process"),
        ("Did I get that right?", "process"),
        ("How's this landing?", "process"),
        ("So, um, what did you want to bring today?", "process"),
        ("Same time on the fourteenth?", "process"),
        ("Does the Thursday after next work?", "process"),
        ("How do you manage the job and the kids at the same time?", "exploration"),
        ("Does Friday work for the launch?", "exploration"),
        ("How are you finding the pace today?", "process"),
        ("Karim, what would you like from this conversation?", "process"),
        ("Before we start, how much time do we have today?", "process"),
        ("Is that still the topic?", "process"),
        ("What would you do differently this time?", "exploration"),
        ("How long have we got left to fix the budget issue?", "exploration"),
        ("How long have we got?", "process"),
        ("What does busy look like on a typical day?", "exploration"),
        ("What does micromanaging look like, when you do it?", "exploration"),
        ("What would success look like?", "future_focused"),
        ("If you could design an ordinary day, what would it look like?", "future_focused"),
        ("What does a good September look like for you?", "future_focused"),
        ("How have the last two weeks been?", "exploration"),
        ("What happened two weeks ago?", "exploration"),
        ("Where do you want to be a year from now?", "future_focused"),
        ("What's one small thing you could try before we meet again?", "future_focused"),
        ("What will you do before our next session?", "future_focused"),
        ("Before we talk about your manager, how are you feeling?", "exploration"),
        ("What did the meeting look like?", "exploration"),
        ("How did the first two weeks go?", "exploration"),
        ("What were you like a year before the move?", "exploration"),
        ("What did the trustees say about the plan?", "exploration"),
        ("How did the plan go?", "exploration"),
        ("What did you want to achieve?", "future_focused"),
        ("What did you decide you will do?", "future_focused"),
        ("What's one place you could try that this fortnight?", "future_focused"),
        ("What's one conversation where you could test that?", "future_focused"),
        ("Where did that show up this week?", "exploration"),  # this week, looking back
        ("What stood out for you this week?", "exploration"),  # a new user's find
        ("What came up for you this week?", "exploration"),
        ("What will you do this week?", "future_focused"),
        ("What could you try this week?", "future_focused"),
        ("Is the pace of this session okay for you?", "process"),
        ("Who sets the pace?", "exploration"),  # of the client's work, not the session
        ("Everyone in the group is twenty-two?", "assumption_challenging"),
        ("Who do you know that's already made this jump?", "resource_accessing"),
        ("And the list, when does that get done?", "future_focused"),
        ("What are you telling yourself about why he didn't reply?", "assumption_challenging"),
        ("Is there another way to read her email?", "assumption_challenging"),
        ("What would your best friend say about that?", "assumption_challenging"),
        ("Is that the whole story?", "assumption_challenging"),
        ("Nobody?", "assumption_challenging"),
        ("What if you asked for it anyway?", "assumption_challenging"),
        ("What will you have done by our next session?", "future_focused"),
        ("How committed are you to that, out of ten?", "future_focused"),
        ("What could get in the way?", "future_focused"),
        ("When would you like to have this decided by?", "future_focused"),
        ("What did you do last time that worked?", "resource_accessing"),
        ("Who's been in your corner before?", "resource_accessing"),
        ("What did you learn from the last time this happened?", "resource_accessing"),
        ("How long has this been going on?", "exploration"),
        ("What's going on for you right now with the move?", "exploration"),
        ("What did your boss say?", "exploration"),
        ("How are you feeling today?", "exploration"),
    ],
)
def test_inquiry_categories_on_coaching_questions(question: str, category: str) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("I know I get defensive when someone questions my numbers.", (1, 0, 0)),
        ("I guess I've always needed to be the competent one.", (1, 0, 0)),
        ("That's the thing with me, I'd rather do it myself than ask.", (1, 0, 0)),
        ("I suppose that's why I never ask for help.", (1, 0, 0)),
        ("I think I'm going to try that from now on.", (0, 0, 0)),
        ("I emailed the board and nobody replied for a week.", (0, 1, 0)),
        ("My team has been working weekends since the merger.", (0, 1, 0)),
        ("My manager never gives feedback unless something goes wrong.", (0, 1, 0)),
        ("I think I'm scared that if I stop, nobody will notice I was ever there.", (1, 0, 1)),
        ("Part of me wants to leave and part of me is scared to.", (1, 0, 1)),
        ("It really hurt, to be honest.", (0, 0, 1)),
        ("A bit awkward, if anything.", (0, 0, 1)),
        ("I feel so much lighter now.", (0, 0, 1)),
        ("I'm not sure I'd be any good at it.", (0, 0, 1)),
        ("Honestly? Fine.", (0, 0, 0)),
        ("Huh. I suppose I did.", (0, 0, 0)),
        ("It's a big company, about three thousand people.", (0, 0, 0)),
    ],
)
def test_client_flags_on_coaching_lines(text: str, flags: tuple[int, int, int]) -> None:
    got = client_flags(text)
    assert (got.reflecting, got.reporting, got.disclosure) == tuple(bool(f) for f in flags)


def test_a_trailing_honestly_is_a_filler_not_an_admission() -> None:
    assert not client_flags("We were there till six, honestly.").disclosure
    assert client_flags("Honestly, I don't think I can do this job.").disclosure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Um, yeah, I mean, you've- you've really stuck with it, so.", "affirmation"),
        ("So, um, we've got, uh, about ten minutes left.", "structuring"),
        ("I- I remember when I, uh, first went part-time, it was really hard.", "self_disclosure"),
        ("Yeah, um, a lot of people, you know, feel that way after a restructure.", "information"),
        ("So you're, um, you're kind of stuck between the two.", "complex_reflection"),
    ],
)
def test_hesitations_and_repeated_words_do_not_hide_a_cue(text: str, expected: str) -> None:
    assert code(text) == expected


def test_disfluent_questions_and_client_lines_are_read_through_the_hesitations() -> None:
    assert question_category("Is it- is it okay if I share something?") == "process"
    assert question_category("And, uh, who- who could help you with that?") == (
        "resource_accessing"
    )
    assert client_flags("So, uh, he- he basically told me I was off the project.").reporting
    assert client_flags("I'm, like, really, really anxious about it.").disclosure


@pytest.mark.parametrize(
    "text",
    [
        "M" + "m" * 33 + ", I don't know.",
        "Um" + "m" * 33 + "?",
        "Hm" + "m" * 33 + " okay",
        "Mm " * 3000 + "so what now",
    ],
)
def test_long_hesitations_do_not_hang_the_rules(text: str) -> None:
    # A guard against a hang, not a speed figure: a nested optional repeat once split
    # "mmmm..." every possible way, and these lines took seconds each (minutes for a
    # few more m's). Read in linear time they take well under a millisecond.
    import time

    start = time.perf_counter()
    client_flags(text)
    code(text)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # a new user's find: asking for a source of knowledge, not challenging a belief
        (
            "Who in your network could tell you what the board actually looks for?",
            "resource_accessing",
        ),
        (
            "Who from your network could give you honest feedback on the draft?",
            "resource_accessing",
        ),
        ("Who else might introduce you to the hiring manager?", "resource_accessing"),
        ("What could someone from your network tell you about the role?", "resource_accessing"),
        ("Who told you that you aren't ready?", "exploration"),
        # someone who gives the client a hard time, or a circle of friends, is no resource
        ("Who would give you a hard time about it?", "exploration"),
        ("Who might give you grief for it?", "exploration"),
        ("Who could tell you that you're wrong?", "exploration"),
        ("Who would tell you you're overreacting?", "exploration"),
        ("What's changed in your circle of friends since the move?", "exploration"),
        ("Who could give you a hand with the move?", "resource_accessing"),
        ("Who in your circle could vouch for you?", "resource_accessing"),
        ("Who could tell you how the panel works?", "resource_accessing"),
        # a question after an imagined future looks ahead
        ("Imagine it's a year from now and you took the role. What's different?", "future_focused"),
        ("Say you got the job. What would you have to do first?", "future_focused"),
        ("Suppose it's all sorted by spring. What do you notice?", "future_focused"),
        ("Okay. Fast forward six months. Where are you?", "future_focused"),
        ("What would you have to do first?", "assumption_challenging"),  # no scene set
        ("Suppose she isn't angry at all?", "assumption_challenging"),
        ("Picture the meeting last week. What did she say?", "exploration"),  # looks back
    ],
)
def test_resources_and_imagined_futures_are_their_categories(question: str, category: str) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    "text",
    [
        "Most internal candidates underestimate how much the panel already knows about their work.",
        "Many first-time founders underestimate how long hiring takes.",
        "A lot of new managers forget that their team is watching them too.",
    ],
)
def test_a_general_claim_about_other_people_is_information(text: str) -> None:
    assert code(text) == "information"


@pytest.mark.parametrize(
    "text",
    [
        "Most of the candidates you met were internal.",
        "Many people around you doubt you.",
        "You have a lot of staff who need you, and that weighs on you.",
        "You manage a lot of engineers who don't always listen.",
        "Your team has a lot of engineers who need more guidance.",
        "You've got many clients who expect an answer the same day.",
    ],
)
def test_a_claim_about_the_clients_own_world_stays_a_reflection(text: str) -> None:
    assert code(text) == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "You've already thought this through, and that shows real clarity.",
        "Keeping to it for six weeks shows real discipline.",
        "That's real maturity, choosing to wait.",
    ],
)
def test_naming_a_quality_the_client_showed_is_an_affirmation(text: str) -> None:
    assert code(text) == "affirmation"
    assert code(text, "other") == "affirmation"


def test_wanting_a_quality_is_no_affirmation() -> None:
    assert code("You want more clarity about the role.") == "complex_reflection"


@pytest.mark.parametrize(
    ("text", "disclosure"),
    [
        ("Yes. I feel dismissed.", True),
        ("And I feel interrupted.", True),
        ("I felt completely ignored in that meeting.", True),
        ("I've been feeling taken for granted.", True),
        ("I felt so let down.", True),
        ("I feel like it went fine.", False),
        ("I feel based in London now.", False),
    ],
)
def test_feeling_what_others_did_is_a_disclosure(text: str, disclosure: bool) -> None:
    assert client_flags(text).disclosure is disclosure


@pytest.mark.parametrize(
    ("text", "talk_type", "expected"),
    [
        # a new user's find: the sister's voice, not the client's change talk
        ("And my sister says I'm abandoning the family if I take it.", "change", "neutral"),
        ("Yeah. My manager keeps telling me I'm ready.", "change", "neutral"),
        ("My sister says I'll never be home.", "change", "neutral"),
        ("He thinks I should stay. She thinks I should go.", "change", "neutral"),
        # the client's own words after the other voice
        ("My wife says I should, and I will.", "change", "change"),
        ("He thinks I should stay. I want to go.", "change", "change"),
        ("The thing I said was that I want to leave.", "change", "change"),
        ("I told my boss I'm going to apply.", "change", "change"),
        ("My manager says I'm ready, and honestly I want to apply.", "change", "change"),
        ("She thinks I should apply, which I agree with.", "change", "change"),
        ("My coach says I should apply, but honestly I'm not sure.", "change", "change"),
        # the client's gut, heart or conscience is their own voice
        ("My gut says I should take the job.", "change", "change"),
        ("My heart tells me to go for it.", "change", "change"),
        ("My instinct says I need to leave.", "change", "change"),
        ("My inner voice keeps telling me to go.", "change", "change"),
        ("His gut says I should leave.", "change", "neutral"),
        ("My sister thinks I should go, which is rich coming from her.", "change", "neutral"),
        # sustain talk is left as the model read it
        ("My sister says I'm abandoning the family.", "sustain", "sustain"),
    ],
)
def test_another_persons_voice_is_not_the_clients_change_talk(
    text: str, talk_type: str, expected: str
) -> None:
    assert client_code(text, talk_type) == expected


@pytest.mark.parametrize(
    ("text", "client_before", "deeper"),
    [
        ("You're running on empty.", "", True),
        ("It's like you're holding the whole team together.", "I do everything.", True),
        ("So you both want to be heard.", "", True),
        ("You're treading water until the review.", "Nothing moves.", True),
        # the client's own figure said back is their words
        ("You're running on empty.", "Honestly, I'm running on empty.", False),
        ("You both work in finance.", "", False),
        ("It sounds like you're tired.", "", False),
        ("You're running the team on your own.", "", False),
        # pointing to what the client said is no figure
        ("It's like you said, the deadline keeps moving.", "", False),
        ("It's like you mentioned last time.", "", False),
        ("It's like you told me before, nothing changes.", "", False),
        ("It's like you're saying goodbye to a version of yourself.", "", True),
    ],
)
def test_a_figure_of_speech_or_what_both_sides_want_deepens_a_reflection(
    text: str, client_before: str, deeper: bool
) -> None:
    assert deeper_reflection(text, client_before) is deeper
