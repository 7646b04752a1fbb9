"""Long, repetitive input is read in one pass: a pattern that reads on from each of many
places in a run of text, to its end, takes a time that grows with the square of its
length (minutes for a pasted page), where one pass takes milliseconds.

Each case below took from several seconds to minutes before it was read in one pass
(the time the old patterns took is noted beside it); :func:`tests.deadline.in_time`
fails it at five seconds, and it now takes well under one.
"""

from __future__ import annotations

import pytest
from tests.deadline import in_time

from coachconn.analysis import rules
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.segment import asks_unmarked, segment_turn, split_sentences

SUBTYPES = {"question": "open", "reflection": "simple", "input": "advice"}
OPENING = "Coach: Hello?\nClient: Hi.\n"


@pytest.mark.parametrize("mark", ["!", "?", ".", "?!"])
def test_a_long_run_of_marks_is_one_sentence_read_in_one_pass(mark: str) -> None:
    # 20,000 marks with no space after them: over a minute.
    run = mark * (20_000 // len(mark))
    spans = in_time(lambda: split_sentences(f"No{run}x. Then we stopped."))
    assert [span.text for span in spans] == [f"No{run}x.", "Then we stopped."]


def test_a_set_up_followed_by_a_long_run_of_white_space_is_read_in_one_pass() -> None:
    # some 10 s
    text = "Imagine" + " " * 20_000 + "it worked. What then?"
    spans = in_time(lambda: segment_turn(text, role="coach"))
    assert [span.text for span in spans] == [text]  # the set-up stays with its question


@pytest.mark.parametrize(
    "text",
    [
        "Part of you wants to go" + " and stay" * 7_000 + ".",  # some 15 s
        "You'd rather " * 8_000,  # some 25 s
        "It says one thing " * 6_000,  # some 20 s
    ],
)
def test_both_sides_are_looked_for_once_a_sentence(text: str) -> None:
    # Each side named again and again, the other never: no two sides held together.
    assert in_time(lambda: rules.deeper_reflection(text)) is False


def test_a_but_far_after_many_praises_is_read_once_for_each() -> None:
    # some 10 s; a "but" read up to 400 characters on (rules._text._REACH), as after one
    text = "I love how you did it " * 6_000 + "but"
    assert in_time(lambda: rules.coach_code(text, "other", SUBTYPES)) == "affirmation"
    assert rules.coach_code("I love how you did it, but", "other", SUBTYPES) == "other"


def test_a_step_dropped_far_after_many_steps_is_read_once_for_each() -> None:
    # some 8 s
    text = "What some leaders do is plan the talk " * 3_000 + "and then never have it."
    assert in_time(lambda: rules.coach_code(text, "other", SUBTYPES)) == "advice"
    said = "What some leaders do is plan the talk and then never have it."
    assert rules.coach_code(said, "other", SUBTYPES) == "other"


def test_an_opening_word_before_a_long_run_of_commas_is_read_in_one_pass() -> None:
    # some 25 s: no approval, since words follow the commas
    text = "Oh" + ", " * 20_000 + "x."
    assert in_time(lambda: rules.coach_code(text, "reflection", SUBTYPES)) == "simple_reflection"
    assert rules.coach_code("Oh, , , great.", "reflection", SUBTYPES) == "other"


def test_many_what_ifs_are_read_once_each() -> None:
    # some 15 s
    text = "What if " * 4_000 + "?"
    assert in_time(lambda: rules.question_category(text)) == "assumption_challenging"


def test_putting_off_again_and_again_is_read_once_each() -> None:
    # some 20 s: "until" with nothing it waits for
    text = "I should wait until " * 5_000 + "then."
    assert in_time(lambda: rules.client_code(text, "neutral")) == "neutral"
    assert rules.client_code("I should wait until I feel ready.", "neutral") == "sustain"


def test_a_but_far_after_many_necessities_is_read_once_for_each() -> None:
    # some 14 s
    text = "That's just the job. " * 10_000 + "But"
    assert in_time(lambda: rules.client_code(text, "neutral")) == "sustain"
    assert rules.client_code("That's just the job. But", "neutral") == "neutral"


def test_an_indented_line_is_read_in_one_pass() -> None:
    # 10,000 spaces before the words: some 20 s (20,000: minutes).
    data = (OPENING + " " * 10_000 + "Go on.\n").encode()
    said = [(u.speaker, u.text) for u in in_time(lambda: parse_transcript(data)).utterances]
    assert said == [("Coach", "Hello?"), ("Client", "Hi. Go on.")]


def test_a_note_left_open_before_a_long_run_of_white_space_is_words() -> None:
    # some 30 s
    data = (OPENING + "Coach: [inaudible" + " " * 20_000 + "x\n").encode()
    said = [(u.speaker, u.text) for u in in_time(lambda: parse_transcript(data)).utterances]
    assert said[2] == ("Coach", "[inaudible x")


@pytest.mark.parametrize(
    ("tag", "said"),
    [
        ("<v" + "." * 40 + " ", "Hi. <v" + "." * 40),  # minutes: each dot doubled the time
        ("Hi <v" + " " * 30_000 + "x", "Hi"),  # some 15 s
    ],
)
def test_a_voice_tag_left_open_is_read_in_one_pass(tag: str, said: str) -> None:
    data = (
        "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Coach>Hello?\n\n"
        "00:01.000 --> 00:02.000\n<v Client>Hi.\n\n00:02.000 --> 00:03.000\n"
    )
    if tag.startswith("Hi"):  # the tag inside the client's cue
        data = data.replace("<v Client>Hi.\n\n00:02.000 --> 00:03.000\n", "<v Client>")
    transcript = in_time(lambda: parse_transcript((data + tag + "\n").encode()))
    assert [(u.speaker, u.text) for u in transcript.utterances] == [
        ("Coach", "Hello?"),
        ("Client", said),
    ]


def test_a_line_of_white_space_before_started_transcription_is_words() -> None:
    # It read as a meeting tool's note whose name was blank, and the reading broke.
    data = (OPENING + "  started transcription\nCoach: Good.\n").encode()
    said = [(u.speaker, u.text) for u in parse_transcript(data).utterances]
    assert said[1] == ("Client", "Hi. started transcription")


@pytest.mark.parametrize(
    "first",
    [
        "Title\n" + "2024 " * 6_000,  # a Teams header's date line, many years long: 14 s
        "1\n" + "--> " * 10_000,  # an SRT cue's timing line, many arrows long: 14 s
    ],
)
def test_a_long_header_line_is_read_in_one_pass(first: str) -> None:
    transcript = in_time(lambda: parse_transcript((first + "\n" + OPENING).encode()))
    assert [(u.speaker, u.text) for u in transcript.utterances] == [
        ("Coach", "Hello?"),
        ("Client", "Hi."),
    ]
    assert transcript.warnings == ["skipped lines 1, 2 (no speaker label)"]


def test_a_long_run_of_wh_words_after_a_scene_is_read_in_time() -> None:
    # A scene's question is looked for at its first few wh-words only: 15 s.
    text = ("if you imagine " + "what " * 20_000)[:100_000].strip()
    spans = in_time(lambda: segment_turn(text, role="coach"))
    assert [span.text for span in spans] == [text]
    assert in_time(lambda: rules.coach_code(text, "question", SUBTYPES)) == "open_question"


@pytest.mark.parametrize("run", ["what ", "how the "])
def test_a_long_run_of_wh_words_after_leave_to_ask_is_read_in_time(run: str) -> None:
    # The question leave to ask runs on into is looked for at the first few wh-words only:
    # some 10 s each.
    text = ("can i ask you " + run * 20_000)[:100_000].strip()
    assert in_time(lambda: (rules.plainly_open(text), rules.plainly_closed(text))) == (False, False)


def test_a_question_after_a_scene_or_leave_to_ask_is_still_found() -> None:
    assert asks_unmarked(
        "so if you imagine it's a year from now and you took the role what's different"
    )
    assert rules.plainly_open("can i ask you something about the money side what did she say")


def test_many_offers_to_move_one_are_read_once_each() -> None:
    # some 10 s: "If you need to move one" read on for "notice" to the end of the sentence
    # from each, where it now reads on 400 characters (rules._text._REACH)
    text = "If you need to move one " * 6_000 + "then."
    assert in_time(lambda: rules.coach_code(text, "other", SUBTYPES)) == "other"
    said = "If you need to move one, forty-eight hours' notice is plenty."
    assert rules.coach_code(said, "other", SUBTYPES) == "structuring"


def test_a_virtue_owed_to_something_is_read_for_the_client_a_short_way_on() -> None:
    # some 7 s: what follows "love to the" read to the end of the sentence, for a "you",
    # from each of them
    text = "There's so much love to the " * 4_000
    assert in_time(lambda: rules.coach_code(text, "reflection", SUBTYPES)) == "simple_reflection"
    said = "That's a lot of loyalty to a business that hasn't always paid you back."
    assert rules.coach_code(said, "reflection", SUBTYPES) == "affirmation"
