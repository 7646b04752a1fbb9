"""A coach's last question written without its mark, as auto-captions write it: split
off from the statement before it in a coach's turn, and only where its form asks."""

from __future__ import annotations

import pytest

from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.rules import coach_code, plainly_closed, plainly_open
from coachconn.analysis.rules.form import question_form
from coachconn.analysis.segment import (
    asks_unmarked,
    segment_turn,
    split_sentences,
    unmarked_question,
)

# The subtypes the model picks where a question is open (the rules decide here).
SUBTYPES = {"question": "open", "reflection": "simple", "input": "information"}
CLOSED = {**SUBTYPES, "question": "closed"}


def _coach(text: str) -> list[str]:
    return [span.text for span in segment_turn(text, role="coach")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quick time check, we've got twenty left. Where do you want to take the rest of "
            "the time",
            [
                "Quick time check, we've got twenty left.",
                "Where do you want to take the rest of the time",
            ],
        ),
        (
            "We've got five minutes left, so let's wrap up. what's one thing you're taking "
            "from today",
            [
                "We've got five minutes left, so let's wrap up.",
                "what's one thing you're taking from today",
            ],
        ),
        ("Okay, good. Is that okay with you", ["Okay, good.", "Is that okay with you"]),
        (
            "That sounds like a lot. And how are you doing with all this",
            ["That sounds like a lot.", "And how are you doing with all this"],
        ),
    ],
)
def test_a_coachs_last_question_without_its_mark_is_split_off(
    text: str, expected: list[str]
) -> None:
    assert _coach(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "That sounds hard. What a week",
        "Okay. How interesting",
        "That makes sense. Where you go from here is up to you",
        "So that's the plan. what would help most is a list",
        "Right. Do it anyway",
        "Good. Have a think about it",
        "Okay. what you said earlier matters",
        "Yeah. And do you have your kids with you or-",
        "It was a long week. Where do you want to take the rest of the time.",
    ],
)
def test_an_exclamation_a_statement_or_a_cut_off_line_stays_together(text: str) -> None:
    assert _coach(text) == [text]


def test_a_clients_turn_is_not_split_on_form_alone() -> None:
    text = "I told him already. Where do I even start"
    assert [span.text for span in segment_turn(text, role="client")] == [text]


def test_a_marked_question_splits_as_before() -> None:
    assert _coach("It was a long week. Where do you want to start?") == [
        "It was a long week.",
        "Where do you want to start?",
    ]


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Where do you want to take the rest of the time", True),
        ("what\u2019s one thing you\u2019re taking from today", True),
        ("Could we pause there", True),
        ("What's done is done", False),
        ("How interesting", False),
        ("Where do you want to start?", False),
        ("Do that first", False),
    ],
)
def test_a_question_by_its_form(sentence: str, asks: bool) -> None:
    assert unmarked_question(sentence) is asks


def test_parsing_splits_the_coachs_unmarked_question_but_not_the_clients() -> None:
    data = (
        b"[00:00:01] Helen: We've got ten minutes left. What do you want to do with them\n"
        b"[00:00:09] Colette: I had a thought. Where do I even begin\n"
    )
    transcript = parse_transcript(data, coach="Helen")
    said = [(u.role, u.text) for u in transcript.utterances]
    assert said == [
        ("coach", "We've got ten minutes left."),
        ("coach", "What do you want to do with them"),
        ("client", "I had a thought. Where do I even begin"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause a caption cut off
        "You told her no. Which is fine",
        "You went anyway. Which was brave",
        "You said you'd think about it. which would make sense",
        # a wh-clause as subject with an aside, and a sentence adverb
        "That's a lot on your plate. What's important, I think, is that you've started",
        "You kept going. What's more, you asked for help",
        # imperatives and a condition put first
        "Good. Do your best with it",
        "Okay. Have the conversation with her first",
        "I'll be around. Should you need anything before then, just email",
        "That's your choice. Were you to say no, that would be fine too",
        # cut off on an article
        "Okay. And what's the",
    ],
)
def test_a_relative_clause_an_aside_an_imperative_or_a_cut_stays_together(text: str) -> None:
    assert _coach(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two options. Which is better for you", ["Two options.", "Which is better for you"]),
        ("Two options. Which would you pick", ["Two options.", "Which would you pick"]),
        ("Okay. Do your kids know", ["Okay.", "Do your kids know"]),
        ("Okay. Who are you going with", ["Okay.", "Who are you going with"]),
        (
            "Okay. Should we stop there, or keep going",
            ["Okay.", "Should we stop there, or keep going"],
        ),
    ],
)
def test_which_with_a_subject_and_a_question_ending_on_with_still_split(
    text: str, expected: list[str]
) -> None:
    assert _coach(text) == expected


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("What's clear, though, is that you care about this", False),
        ("So what I'm hearing is you want more time", False),
        ("I asked him why he left", False),
        ("What do you think, is it worth it", True),
    ],
)
def test_a_cleft_a_summary_and_a_reported_question_do_not_ask(sentence: str, asks: bool) -> None:
    assert unmarked_question(sentence) is asks


# --- a caption's question run on from the statement before it, or with no mark at all ---


@pytest.mark.parametrize(
    "text",
    [
        "what's the stupid part",
        "i've got some information about the market from a few other clients who made this "
        "move would it be useful if i shared it",
        "i noticed something while you were talking would you like me to say what it was",
        "if you imagine a year from now and you've made the move what's your work day like",
        "so if you picture it done and dusted how does the team look",
    ],
)
def test_a_caption_question_without_its_mark_asks(text: str) -> None:
    assert asks_unmarked(text)


@pytest.mark.parametrize(
    "text",
    [
        # leave reported or wondered about, not asked
        "she asked if it would be useful to have the numbers",
        "i wondered whether it would be useful to write it down",
        "so i can tell you what i noticed",
        # what the client imagines or thinks about, not the question
        "if you think about what's changed that's a lot",
        "if you imagine how that would feel",
        "if you imagine it you can do it",
        # punctuated text: the mark decides
        "Would it be useful if I shared it.",
    ],
)
def test_a_statement_that_only_mentions_asking_does_not_ask(text: str) -> None:
    assert not asks_unmarked(text)


@pytest.mark.parametrize(
    "text",
    [
        "what's the stupid part",
        "if you imagine a year from now and you've made the move what's your work day like",
        "i've got some numbers from other clients who made this move would it be useful "
        "if i shared them",
    ],
)
def test_a_caption_question_is_coded_a_question_whatever_the_model_read(text: str) -> None:
    for behaviour in ("reflection", "therapist_input", "other"):
        assert coach_code(text, behaviour, SUBTYPES) == "open_question"
        assert coach_code(text, behaviour, CLOSED) == "closed_question"


@pytest.mark.parametrize(
    ("text", "is_open"),
    [
        ("and what do you think junior ux researchers earn", True),
        ("and what did you do after that", True),
        ("is that okay with you", False),
        # a statement: no question to read the form of
        ("that's what makes it hard for you", False),
    ],
)
def test_the_form_of_a_caption_question_is_read_without_its_mark(text: str, is_open: bool) -> None:
    assert plainly_open(text) is is_open


@pytest.mark.parametrize(
    "text",
    [
        "so the money feels like a real wall",
        "that's what makes it hard for you",
        "you're wondering if it would be useful to ask her",
    ],
)
def test_a_caption_statement_stays_a_statement(text: str) -> None:
    assert coach_code(text, "reflection", SUBTYPES).endswith("_reflection")


@pytest.mark.parametrize(
    ("text", "is_open"),
    [
        # leave to ask, run on into the question itself: the question's form decides
        (
            "can i ask you something about the money side what would you actually need to "
            "earn to be okay",
            "open",
        ),
        ("so can i ask you what did she say", "open"),
        # leave to ask and nothing after it: the leave's own form
        ("can i ask you something", "closed"),
        ("can i ask you something about the team", "closed"),
    ],
)
def test_leave_to_ask_run_on_into_a_question_is_read_for_that_question(
    text: str, is_open: str
) -> None:
    assert question_form(text) == is_open
    # (whether it is plainly open, whatever a model reads, is the question's own: below)


@pytest.mark.parametrize(
    "question",
    [
        "how long have you been there",
        "when did you start",
        "how old is he",
        "who is your manager",
        "what did she say",
        "how do you feel about it",
        "what would you actually need to earn to be okay",
    ],
)
def test_a_question_after_leave_to_ask_is_as_plainly_open_as_asked_bare(question: str) -> None:
    assert plainly_open(f"can i ask you {question}") is plainly_open(question)
    assert plainly_open(f"can i ask you something {question}") is plainly_open(question)


def test_a_choice_after_leave_to_ask_is_not_plainly_open() -> None:
    assert not plainly_open("can i ask you something which one would you pick")
    # punctuated: the marks split leave and question, and the rules read them as before
    assert not plainly_open("Can I ask you something? Which one would you pick?")


@pytest.mark.parametrize(
    "text",
    [
        # leave to speak with what is said already run on after it
        "can i just say you've come such a long way",
        "may i say that sounds exhausting",
        "could i just add that you did really well",
        "can i be honest i think you already know",
        # exclamations that open like a question
        "are you kidding that's a big step",
        "would you believe it you've done it",
        "is it any wonder you're tired",
        "who would have thought you'd get this far",
        # a condition with no comma after it
        "should you want to pick this up next time just let me know",
        "should you need anything let me know",
        # leave asked in someone's words, reported or put in the client's mouth
        "so she said would you mind if i brought someone",
        "and he goes can i ask you something and then says nothing",
        # ... with whom it was asked of, or said to
        "so your boss asked you would it be okay if you stayed late and you said yes",
        "she asked me would it be ok if she took friday off",
        "and your manager asked you can i ask you something about the budget",
        "and he asks you would you mind if i sat in",
        "and then he said to her can i ask you something",
    ],
)
def test_an_opening_that_asks_nothing_leaves_a_caption_statement(text: str) -> None:
    assert not asks_unmarked(text)
    assert not coach_code(text, "reflection", SUBTYPES).endswith("_question")


@pytest.mark.parametrize(
    "text",
    [
        "can i say something",
        "can i be honest with you",
        "can i add one more thing",
        "could i point out something",
        "are you kidding",
        "should we stop here",
        "were you surprised",
        # leave asked with more after it, and questions about letting the coach know
        "can i be honest with you about something",
        "can i be straight with you for a second",
        "can i point out a pattern i noticed",
        "can i add my two cents",
        "were you going to let me know",
        "had you thought to email me the notes",
        "were you planning to get in touch with her",
        "were you going to call or just email me",
    ],
)
def test_leave_to_speak_asked_bare_still_asks(text: str) -> None:
    assert asks_unmarked(text)


@pytest.mark.parametrize(
    "text",
    [
        # the coach's own leave, after a statement that names someone
        "you told me about the budget would it be useful if i shared what others do",
        "your manager sounds supportive would you mind if i asked about her",
    ],
)
def test_the_coachs_own_leave_after_someone_named_still_asks(text: str) -> None:
    assert asks_unmarked(text)


def test_a_reflection_of_leave_asked_of_the_client_stays_a_reflection() -> None:
    text = "so your boss asked you would it be okay if you stayed late and you said yes"
    assert coach_code(text, "reflection", SUBTYPES) == "simple_reflection"


def test_leave_put_in_the_clients_mouth_stays_advice() -> None:
    text = "you could ask her would it be okay if you left early"
    assert not asks_unmarked(text)
    assert coach_code(text, "therapist_input", SUBTYPES) != "closed_question"


# --- a caption's reflection run on into the coach's question, with no mark between ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("that sounds hard what did you do next", ["that sounds hard", "what did you do next"]),
        ("That's hard how did you cope", ["That's hard", "how did you cope"]),
        ("you were exhausted did you tell her", ["you were exhausted", "did you tell her"]),
        (
            "that must have been awful how are you now",
            ["that must have been awful", "how are you now"],
        ),
        ("that sounds hard, so what did you do", ["that sounds hard,", "so what did you do"]),
        (
            "Okay. It sounds like a lot and how did you get through it",
            [
                "Okay. It sounds like a lot",  # statements run together, as ever
                "and how did you get through it",
            ],
        ),
    ],
)
def test_a_reflection_run_on_into_a_question_is_two_utterances(
    text: str, expected: list[str]
) -> None:
    # Before, each was one statement, and the question in it was lost.
    assert _coach(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the wh-word opens a clause of the sentence
        "that's what did it for me",
        "it sounds like you know what you want",
        "you felt like what did i do wrong",
        "it was like why are you doing this",
        # a question's words after the subject or the verb that reports them
        "it's something you did you know",
        "you were saying is it worth it",
        # a tag, or a question without its subject
        "you're tired aren't you",
        "that sounds hard do you know",
        "it's probably what would happen",
        # no reflection first: the sentence's own form decides, as before
        "i told her how did you think it would go",
    ],
)
def test_a_sentence_that_only_holds_a_questions_words_is_not_cut(text: str) -> None:
    assert _coach(text) == [text]


def test_a_clients_run_on_words_are_not_cut() -> None:
    text = "that sounds hard what did you do next"
    assert [span.text for span in segment_turn(text, role="client")] == [text]


def test_a_caption_cue_of_a_reflection_and_a_question_is_coded_as_two() -> None:
    # 37 characters over 3.7 s: the reflection takes characters 0-17 (the space is the
    # first sentence's), 10.0-11.7 s; the question 11.7-13.7 s.
    data = (
        b"WEBVTT\n\n00:00:05.000 --> 00:00:09.000\n<v Tom>she shouted at me in front of all\n\n"
        b"00:00:10.000 --> 00:00:13.700\n<v Ana>that sounds hard what did you do next\n"
    )
    coach = [u for u in parse_transcript(data, coach="Ana").utterances if u.role == "coach"]
    assert [(u.text, u.start, u.end) for u in coach] == [
        ("that sounds hard", 10.0, 11.7),
        ("what did you do next", 11.7, 13.7),
    ]
    assert coach_code(coach[1].text, "reflection", SUBTYPES) == "open_question"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "That's a really useful distinction, well done. what would it look like if you "
            "kept the wood?",
            [
                "That's a really useful distinction, well done.",
                "what would it look like if you kept the wood?",
            ],
        ),
        (
            "okay. so you've tried that already. did it help?",
            ["okay. so you've tried that already.", "did it help?"],
        ),
        # a question that opens on a wh-word whose verb the form test does not know, on a
        # scale, or on "anything": the mark says it asks, the full stop where it starts
        ("oh wow, good for you. so what happened?", ["oh wow, good for you.", "so what happened?"]),
        (
            "right. good. on a scale of one to ten, how ready are you?",
            ["right. good.", "on a scale of one to ten, how ready are you?"],
        ),
        (
            "lovely. I'll send the notes over tonight. anything else before we stop?",
            ["lovely. I'll send the notes over tonight.", "anything else before we stop?"],
        ),
        # a condition, then the question after its comma
        (
            "okay, let's move on to next week. so if Monday goes well, what comes after it?",
            ["okay, let's move on to next week.", "so if Monday goes well, what comes after it?"],
        ),
    ],
)
def test_a_marked_question_written_on_in_lower_case_after_a_full_stop_is_split_off(
    text: str, expected: list[str]
) -> None:
    assert _coach(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the words after the full stop do not ask by their form
        "That's the plan. what a week it's been?",
        "Fair enough. how lovely that must have been?",
        # a condition whose comma leads to no question
        "You said so. when he left, that was the end of it?",
        # an abbreviation's full stop ends no sentence
        "You could try a short walk, e.g. would a walk at lunch work?",
    ],
)
def test_a_marked_question_keeps_what_before_it_does_not_end(text: str) -> None:
    assert _coach(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a check that the summary is right, written on in lower case with no mark
        (
            "okay so quickly. you want the role, and the hours scare you. that about right",
            ["okay so quickly. you want the role, and the hours scare you.", "that about right"],
        ),
        (
            "So the plan is Monday, then the call. sound right",
            ["So the plan is Monday, then the call.", "sound right"],
        ),
    ],
)
def test_a_check_written_on_without_its_mark_after_a_summary_is_a_question(
    text: str, expected: list[str]
) -> None:
    assert _coach(text) == expected
    assert asks_unmarked(expected[-1])
    assert coach_code(expected[-1], "other", SUBTYPES).endswith("_question")
    assert plainly_closed(expected[-1])


@pytest.mark.parametrize(
    "text",
    [
        # said with its full stop, or as a statement with its verb
        "You froze, and that's the old pattern. That about right.",
        "okay. that's right",
        "okay. that sounds right to me",
    ],
)
def test_agreeing_or_a_check_with_its_full_stop_stays_with_what_is_said(text: str) -> None:
    assert not asks_unmarked(split_sentences(text)[-1].text)
