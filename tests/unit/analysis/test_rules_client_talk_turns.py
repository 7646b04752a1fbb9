"""Client talk the model turns the wrong way (hand-written coaching lines, none from the
eval set): a client turning on the way things are is change talk though it is said
with "not" and "can't"; a verdict on the session asked for, and what the client takes
from it, argue for nothing outside it; doubting the doing and foretelling one's own way
out of the step are sustain talk though they sound hopeful. Each rule is checked against
ordinary lines that share its words."""

from __future__ import annotations

import time

import numpy as np
import pytest

from coachconn.analysis.coder import Heads, decide
from coachconn.analysis.rules import SUSTAIN_FLOOR, client_code
from coachconn.analysis.types import Utterance

# A sustain probability the model gives a line it reads otherwise but is not sure of.
UNSURE = 0.3

# --- the way things are turned on ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If it was really fine, I wouldn't be hiding the receipts, would I.",
        "That it's too much. If things were okay I wouldn't dread Mondays.",
        "I'm proud of the work. I just can't keep doing it at this pace.",
        "I can't carry on like this.",
        "Honestly, I cannot keep working the way things are.",
        "Nobody else minds when I leave at five. So maybe it's just in my head.",
        "Put like that, probably that's all in my head.",
    ],
)
def test_turning_on_the_way_things_are_is_change_talk_though_the_model_read_sustain(
    text: str,
) -> None:
    assert client_code(text, "sustain", 0.7, "neutral") == "change"


@pytest.mark.parametrize(
    "text",
    [
        # the new way that cannot go on
        "I can't keep up the gym every day.",
        "I can't keep doing the early starts, they wreck me.",
        # turned back after it
        "I can't keep going like this, but I can't leave either.",
        "If it was fine I wouldn't worry. But it is fine, honestly.",
        # an argument for the old way beside it
        "I can't keep doing it at this pace. Honestly, what choice do I have?",
        # another's view, a question, a denial
        "He thinks it's all in my head.",
        "My GP says maybe it's all in my head.",
        "Can I keep going like this?",
        "Maybe it's all in my head? I don't think so.",
    ],
)
def test_lines_that_share_the_words_leave_the_models_sustain(text: str) -> None:
    assert client_code(text, "sustain", 0.7, "change") == "sustain"


def test_turning_on_the_way_things_are_leaves_a_neutral_or_change_reading_alone() -> None:
    text = "I can't carry on like this."
    assert client_code(text, "neutral", 0.1) == "neutral"
    assert client_code(text, "change", 0.1) == "change"


# --- the doing doubted ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It sounds fine when I say it. Doing it's another matter.",
        "Planning is easy. Actually doing it is a whole other thing.",
        "Yeah, on paper. Doing that is a different story.",
    ],
)
def test_doubting_the_doing_is_sustain_talk_where_the_model_allows_it(text: str) -> None:
    assert client_code(text, "change", UNSURE) == "sustain"
    assert client_code(text, "neutral", UNSURE) == "sustain"
    assert client_code(text, "change", SUSTAIN_FLOOR / 2) == "change"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doing it is another step closer to the job I want.", "change"),
        ("Doing it was a different story once I had a plan.", "change"),
        ("Doing it's another matter, but I'm going to try anyway.", "change"),
        ("Is doing it another matter, though?", "change"),
        # another's voice only: neither side of the client's own
        ("She says doing it's another matter.", "neutral"),
    ],
)
def test_lines_that_share_the_doubts_words_are_not_sustain_talk(text: str, expected: str) -> None:
    assert client_code(text, "change", UNSURE) == expected


# --- the way out foretold ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, me. I'll open the diary and think, oh, he's swamped, next month's better. "
        "I do that.",
        "I'll look at the form and tell myself it can wait till the weekend. That's what I do.",
        "I'll probably just put it off.",
        "Knowing me, I'll talk myself out of it.",
        "I'll find an excuse. I always do.",
        "Realistically? I'll chicken out.",
    ],
)
def test_foretelling_ones_own_way_out_is_sustain_talk_however_sure_the_model_is(
    text: str,
) -> None:
    assert client_code(text, "change", 0.0) == "sustain"
    assert client_code(text, "neutral", 0.0) == "sustain"


@pytest.mark.parametrize(
    ("text", "talk_type"),
    [
        # a step that heads it off
        ("I'll book it now, before I talk myself out of it.", "change"),
        ("Friday. Before I talk myself out of it.", "change"),
        ("Book it now, or I'll talk myself out of it.", "change"),
        ("I'm going to tell Sam, so that I don't back out.", "change"),
        # a fear of it
        ("I'm scared I'll bottle it.", "neutral"),
        ("I'm worried I'll just put it off again.", "neutral"),
        # the way out taken back
        ("I'll probably put it off. So I'm going to book it right now.", "change"),
        # a habit owned without an excuse in it, and a reason found to go
        ("I'll go for a run when I'm stressed. I do that.", "change"),
        ("I'll find a reason to go, even if it's raining.", "change"),
        ("I'll open the diary and think about who to ask first.", "change"),
        # another's voice
        ("My husband says I'll just put it off.", "neutral"),
    ],
)
def test_lines_that_share_the_words_of_a_way_out_are_not_sustain_talk(
    text: str, talk_type: str
) -> None:
    assert client_code(text, talk_type, 0.0) == talk_type


# --- a step taken up, or put before the way out --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Oh, that's good. Yeah, I could do that. A memo.",
        "I think I can try that.",
        "A standing slot on Fridays. I could probably do that, actually.",
        "Saturday. Before I talk myself out of it.",
        "First thing tomorrow, before I lose my nerve.",
    ],
)
def test_a_step_taken_up_or_put_before_the_way_out_is_change_talk(text: str) -> None:
    assert client_code(text, "neutral", 0.01) == "change"


@pytest.mark.parametrize(
    "text",
    [
        "I could do that if she agreed to it.",
        "I can do that, but not every week.",
        "I might try that.",
        "I don't think I could do that.",
        "Could I do that?",
        "I could do that before, when I had the time.",
        "I always change my mind before I talk to her.",
    ],
)
def test_lines_that_share_the_words_of_a_step_taken_up_keep_the_models_neutral(
    text: str,
) -> None:
    assert client_code(text, "neutral", 0.01) == "neutral"


# --- an "I'll" that commits to nothing ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # what the client does not know or has still to work out
        "I don't know what I'm going to do about it.",
        "I have to figure out how I'm going to pay for the course. It's a lot right now.",
        "Honestly, I've no idea how I'll tell him.",
        # a condition
        "If I'm going to be honest about the drinking, it's every night.",
        "I can't say whether I'll still be there in June.",
        # a doubt
        "I doubt I'll ever get round to it.",
        "Honestly, I doubt I'm going to call her.",
        "I really doubt I'll go.",
        # a decision put off
        "I'll cross that bridge when I come to it.",
        # a routine
        "Most times I'll just have a glass while I cook.",
        "Some nights I'll answer emails till eleven.",
    ],
)
def test_an_ill_that_asks_supposes_or_sets_out_a_routine_is_no_commitment(text: str) -> None:
    assert client_code(text, "neutral", 0.01) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "That's what I'll aim for.",
        "I know what I'm going to say to her.",
        "I don't know. I'm going to ask her on Friday.",
        "If she says no, I'll go to HR.",
        "Most times I've let it slide. This time I'll ask for help.",
        "At times I'll slip, but I'm going to keep the Tuesdays free.",
        "No doubt I'll be nervous, but I'll call her tonight.",
        # a doubt denied
        "No doubt I'll call her tonight.",
        "I have no doubt I'll finish the course.",
        "I don't doubt I'm going to get there this time.",
        "Without a doubt I'm going to book it tomorrow.",
        "I never doubt I'll do it once I've decided.",
    ],
)
def test_a_commitment_beside_those_words_is_still_change_talk(text: str) -> None:
    assert client_code(text, "neutral", 0.01) == "change"


# --- the session itself --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "text", "talk_type"),
    [
        (
            "How was today's session for you?",
            "Good. Uncomfortable in places, but it helped, I think.",
            "change",
        ),
        (
            "How is this conversation landing for you so far?",
            "It's good. More than I expected to get into, honestly.",
            "change",
        ),
        (
            "Was there anything in today that didn't land for you, or that I pushed too hard on?",
            "No. The bit about my sister was hard. But good hard. Keep doing that.",
            "change",
        ),
        (
            "How has it been working with me so far?",
            "It's fine. I thought it'd all be goal sheets, and it isn't.",
            "change",
        ),
        (
            "How are you doing with all this, is this okay or is it getting too heavy?",
            "No, it's okay. It's a lot, but a useful lot.",
            "sustain",
        ),
        ("How's this session been for you?", "Honestly? Really useful.", "change"),
        (
            "Anything you'd want me to do differently next time?",
            "No, it was good. Maybe push me harder on the wording next time.",
            "change",
        ),
        (
            "Was there anything I did that got in the way, or that you'd want more of?",
            "No, it was good. Part of me wishes we'd stayed with the scared bit. I'd want to "
            "come back to that.",
            "change",
        ),
        ("Is there anything I could have done differently today?", "No, it was useful.", "sustain"),
    ],
)
def test_a_verdict_on_the_session_asked_for_is_neutral(
    asked: str, text: str, talk_type: str
) -> None:
    assert client_code(text, talk_type, UNSURE, "change", asked) == "neutral"


@pytest.mark.parametrize(
    ("asked", "text", "talk_type", "expected"),
    [
        # a commitment or an argument in the answer
        (
            "How was today's session for you?",
            "Good. I'm going to call her tomorrow.",
            "change",
            "change",
        ),
        (
            "How was today's session?",
            "Fine. But honestly I don't think I can do this.",
            "change",
            "sustain",
        ),
        # another conversation, or the client's day
        (
            "How did the conversation with your manager go?",
            "Good, actually. She agreed to the extra day.",
            "change",
            "change",
        ),
        (
            "How did this conversation with your brother go?",
            "Really good. He's going to help.",
            "change",
            "change",
        ),
        ("How has today been?", "Good. I finally booked the course.", "change", "change"),
        # what may get in the way of a step, or what another did
        (
            "Is there anything that might get in the way of you asking her?",
            "No, it's fine. She's on board.",
            "change",
            "change",
        ),
        (
            "Was there anything your manager did that got in the way?",
            "No, it was good. She backed the plan.",
            "change",
            "change",
        ),
        # the client's own question put back to them, not the coach's
        (
            "And you're left asking, was there anything I could have done differently?",
            "Yeah. It's hard. I should have left him years ago.",
            "change",
            "change",
        ),
        (
            "If you asked her: is there anything I did that got in the way?",
            "Honestly, good. It would show her I'm listening this time.",
            "change",
            "change",
        ),
        # a verdict, then the way things are kept
        (
            "Anything I could have said better?",
            "It was fine. The smoking's not a problem though, honestly.",
            "sustain",
            "sustain",
        ),
        (
            "How was today's session for you?",
            "Good. But I don't need to change anything.",
            "sustain",
            "sustain",
        ),
        # no verdict on the session
        (
            "How was today's session for you?",
            "Mum's in hospital again, so it's all been a blur.",
            "sustain",
            "sustain",
        ),
        # the coach's words unknown
        ("", "Good. Uncomfortable in places, but it helped.", "change", "change"),
    ],
)
def test_answers_that_are_no_verdict_on_the_session_keep_their_reading(
    asked: str, text: str, talk_type: str, expected: str
) -> None:
    assert client_code(text, talk_type, UNSURE, "change", asked) == expected


@pytest.mark.parametrize(
    "asked",
    ["What are you taking away from today?", "What's one thing you're taking from today"],
)
def test_what_the_client_takes_from_the_session_is_sustain_talk_only_by_a_cue(
    asked: str,
) -> None:
    insight = "That I'm allowed to ask for help. And that the old way was never mine."
    assert client_code(insight, "sustain", 0.8, "change", asked) == "change"
    assert client_code(insight, "sustain", 0.8, "neutral", asked) == "neutral"
    step = "That it's on me. I'm going to tell her on Monday."
    assert client_code(step, "sustain", 0.8, "neutral", asked) == "change"
    # a cue says so
    doubt = "Honestly? That I'm not ready to leave."
    assert client_code(doubt, "sustain", 0.8, "change", asked) == "sustain"


@pytest.mark.parametrize(
    "asked",
    [
        "What would you like to get out of today?",
        "What did you take from today's meeting with the board?",
        "What did you take away from the session with your mentor?",
        "",
    ],
)
def test_other_questions_leave_the_models_sustain_on_an_insight(asked: str) -> None:
    insight = "That I'm allowed to ask for help. And that the old way was never mine."
    assert client_code(insight, "sustain", 0.8, "change", asked) == "sustain"


# --- the coder hands the coach's last words to the rule -------------------------------------

TALK = {
    "behaviour": ["question", "reflection", "therapist_input", "other"],
    "talk_type": ["change", "neutral", "sustain"],
    "question": ["open", "closed"],
    "reflection": ["simple", "complex"],
    "input": ["information", "advice"],
}


def _row(behaviour: int = 0, talk: tuple[float, float, float] = (0.0, 0.0, 0.0)) -> np.ndarray:
    row = np.zeros(13, dtype=np.float32)
    row[behaviour] = 4.0
    row[4:7] = talk
    return row


@pytest.mark.parametrize(
    ("asked", "code"),
    [
        ("How was today's session for you?", "neutral"),
        ("What did your partner make of the plan?", "change"),
    ],
)
def test_the_coder_hands_the_coachs_last_words_to_the_rule(asked: str, code: str) -> None:
    verdict = "Good. Uncomfortable in places, but it helped, I think."
    utterances = [
        Utterance(0, 0, "Sam", "coach", "Thanks for today."),
        Utterance(1, 0, "Sam", "coach", asked),
        Utterance(2, 1, "Jo", "client", verdict),
        # the same turn goes on: the coach's question still stands before it
        Utterance(3, 1, "Jo", "client", verdict),
    ]
    logits = np.stack([_row(3), _row(0), _row(3, (3.0, 0.0, 0.0)), _row(3, (3.0, 0.0, 0.0))])
    coded = decide(utterances, logits, Heads.from_labels(TALK))
    assert [item.code for item in coded[2:]] == [code, code]
    # the model's probability is shown only for its own reading
    assert (coded[2].confidence is None) == (code != "change")


def test_a_client_line_before_the_coach_speaks_has_no_question_to_answer() -> None:
    utterances = [
        Utterance(0, 0, "Jo", "client", "Good. Uncomfortable in places, but it helped."),
        Utterance(1, 1, "Sam", "coach", "How was today's session for you?"),
    ]
    logits = np.stack([_row(3, (3.0, 0.0, 0.0)), _row(0)])
    coded = decide(utterances, logits, Heads.from_labels(TALK))
    assert coded[0].code == "change"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("really, honestly, " * 3000 + "hm.", "How was today's session for you?"),
        ("i'll think, " * 3000 + "then. i do that.", ""),
        ("i can't keep " * 3000, ""),
        ("i don't know what " * 3000 + "i'm going to", ""),
        ("Good.", "how is this session " * 3000),
    ],
)
def test_a_long_utterance_or_question_is_read_in_one_pass(text: str, asked: str) -> None:
    start = time.perf_counter()
    client_code(text, "change", UNSURE, "neutral", asked)
    assert time.perf_counter() - start < 2.0


# --- ordinary lines that share the new cues' words (counter-examples) ----------------------


@pytest.mark.parametrize(
    ("asked", "text", "talk_type"),
    [
        (
            "How has the session been for you?",
            "Really useful. It's made me see I'm ready to leave that job.",
            "change",
        ),
        (
            "How are you feeling about this conversation?",
            "Hard. It made me see I can't carry on like this.",
            "change",
        ),
        (
            "How was today's session for you?",
            "Good. Honestly, I've decided I'm applying for the team lead role.",
            "change",
        ),
        (
            "How has this conversation been for you so far?",
            "Helpful. I think I've been avoiding this for years and I want it sorted.",
            "change",
        ),
        (
            "How was the session for you?",
            "Fine. But nothing's going to change, is it. He won't listen, he never has.",
            "sustain",
        ),
    ],
)
def test_a_verdict_with_more_than_the_session_after_it_keeps_the_models_reading(
    asked: str, text: str, talk_type: str
) -> None:
    assert client_code(text, talk_type, UNSURE, "neutral", asked) == talk_type


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, that the job isn't the problem. I'm staying put.",
        "That I don't really need to do anything about it.",
        "That it's fine the way it is.",
    ],
)
def test_what_is_taken_that_keeps_things_as_they_are_stays_sustain(text: str) -> None:
    assert client_code(text, "sustain", 0.8, "change", "What are you taking away from today?") == (
        "sustain"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I can't keep training like this. My knees are done, so the running has to stop.",
        "I can't keep dieting like this, it's miserable. I'm going back to normal meals.",
        "I can't carry on saving at this rate, we never have any fun.",
        "Maybe it's just in my head. Either way, I'm not going.",
        "Maybe it's all in my head, I don't know. It still stops me every time.",
    ],
)
def test_a_new_way_that_cannot_go_on_or_a_barrier_kept_stays_sustain(text: str) -> None:
    assert client_code(text, "sustain", 0.7, "neutral") == "sustain"


def test_the_old_way_turned_on_still_turns_with_a_habit_named() -> None:
    assert client_code("I can't keep drinking like this.", "sustain", 0.7, "neutral") == "change"


@pytest.mark.parametrize(
    "text",
    [
        "I'll back out of the committee so I've got my evenings back.",
        "I'll bail on the pub quiz this week.",
        "I'll find an excuse to leave the party early so I'm not drinking all night.",
        "I'll find a reason to say no to the extra shifts.",
        "I'll put it off until after the exams, then start properly.",
        "I'll look at the list and think, right, one thing at a time. I do that.",
        "I'll get home and think, just ten minutes on the course. I do that.",
        "I won't chicken out this time.",
    ],
)
def test_a_step_that_sounds_like_a_way_out_stays_change(text: str) -> None:
    assert client_code(text, "change", 0.0) == "change"


@pytest.mark.parametrize(
    "text",
    ["I'll put it off again, I guess.", "I'll find an excuse not to go.", "I'll bail, probably."],
)
def test_a_way_out_that_ends_its_clause_is_still_sustain(text: str) -> None:
    assert client_code(text, "change", 0.0) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        "Doing it is a different thing now, I actually enjoy it.",
        "Doing it's a different story since I joined the group.",
        "Doing that is another thing I'd like to learn.",
    ],
)
def test_the_doing_that_goes_on_past_the_cue_is_no_doubt(text: str) -> None:
    assert client_code(text, "change", UNSURE) == "change"


@pytest.mark.parametrize(
    "asked",
    [
        "Can we move next week's session to Thursday?",
        "Could you send me the form before Friday?",
        "Could you fill in the questionnaire before we meet?",
    ],
)
def test_i_can_do_that_to_an_arrangement_is_no_step(asked: str) -> None:
    assert client_code("Yeah, I can do that.", "neutral", 0.01, "neutral", asked) == "neutral"
    # the same words to a step offered are one
    offered = "Would it help to write the three tasks down each morning?"
    assert client_code("Yeah, I can do that.", "neutral", 0.01, "neutral", offered) == "change"


@pytest.mark.parametrize(
    "text",
    [
        "i'll put it off again " * 3000,
        "i'll wait and think, " * 3000 + "next week. i do that.",
        "good. " + "it made me " * 3000,
    ],
)
def test_a_long_line_with_the_narrowed_cues_is_read_in_one_pass(text: str) -> None:
    start = time.perf_counter()
    client_code(text, "change", UNSURE, "neutral", "How was today's session for you?")
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    "text",
    [
        "I could do that. But I won't.",
        "Oh sure, I could do that. And then who picks up the kids?",
        "I always think about it for ages before I talk myself out of it.",
        "Every time, I get as far as the door before I chicken out.",
    ],
)
def test_a_step_taken_back_or_a_way_out_as_a_habit_is_no_change_talk(text: str) -> None:
    assert client_code(text, "neutral", UNSURE) == "neutral"
