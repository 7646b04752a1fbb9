"""Client talk against the step in the client's own words (hand-written coaching lines,
none from the eval set): a refusal they cannot make, a doubt that they know how, no one
wanting them, a commitment taken back as it is made, and a bare no to whether they will
take a step; and talk for it: "I could say that." taken up, and a day named in answer to
a bare "When?" or offered as a question. Each rule is checked against ordinary lines
that share its words."""

from __future__ import annotations

import pytest

from coachconn.analysis.rules import client_code, client_flags
from coachconn.analysis.rules.client import ClientFlags, checked_flags

# --- sustain talk in the client's own words --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "People text me and I change the rota. I can't say no when it's right in front of me.",
        "I just can't say no to my mum.",
        "I really can't say no. She's had a hard year.",
        "And I'm not sure I know how to draw my own.",
        "I don't think I even know how to ask for that.",
        "I don't think anyone's going to want me. I'm forty-four.",
        "Nobody's going to hire me at my age.",
        "Okay. I'll write something down for him. Not promising I'll send it.",
        "I'll have a look at the course. No promises.",
    ],
)
def test_the_client_arguing_against_the_step_is_sustain_talk(text: str) -> None:
    assert client_code(text, "neutral", 0.2) == "sustain"
    assert client_code(text, "change", 0.2) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        # a limit reached, or the past
        "I can't say no to her forever.",
        "I couldn't say no, back then.",
        "I can't say no to her anymore, so I'm going to tell her on Sunday.",
        # a question, or a "but" after the doubt that turns to the step
        "I don't know how to tell her, but I'm going to.",
        "I'll try. No promises, but I'll give it a proper go.",
        # a wish, not a forecast
        "I don't want anyone to hire me out of pity.",
        # another's view of the client
        "My sister says nobody's going to hire me.",
    ],
)
def test_lines_that_share_the_words_are_not_sustain_talk(text: str) -> None:
    assert client_code(text, "neutral", 0.2) != "sustain"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("Are you going to talk to her this week?", "Probably not. Not yet."),
        ("Will you ring him?", "No."),
        ("Could you ask your manager for help?", "Not really."),
        ("Do you think you'll bring it up at the review?", "Um, I doubt it."),
    ],
)
def test_a_bare_no_to_whether_the_client_will_take_a_step_is_sustain(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.2, "neutral", asked) == "sustain"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        # a step away from the habit declined is change, whatever the model says
        ("Are you going to have a drink with him tonight?", "No."),
        # more said after the no
        ("Are you going to talk to her this week?", "No, I'll do it Monday."),
        # a question that asks for no step
        ("Do you have any questions for me?", "No."),
        ("Did you talk to her?", "Not yet."),
    ],
)
def test_a_no_that_declines_no_step_is_not_sustain(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.2, "neutral", asked) != "sustain"
    assert client_code(text, "change", 0.2, "change", asked) != "sustain"


# --- change talk -------------------------------------------------------------------------------


def test_the_words_of_a_step_taken_up_are_change_talk() -> None:
    text = "Better. Less scary than in my head. I could say that."
    assert client_code(text, "neutral") == "change"
    assert client_code("Yeah, I could say that, I think.", "neutral") == "change"


@pytest.mark.parametrize(
    "text",
    ["I could say that about anyone.", "I could say that, but she wouldn't listen."],
)
def test_saying_that_with_more_after_it_is_no_step_taken_up(text: str) -> None:
    assert client_code(text, "neutral") == "neutral"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("When?", "Wednesday? After the release is out."),
        ("And when?", "Thursday."),
        ("Before the weekend?", "Thursday afternoon, probably. Sam's in the office Thursday."),
        ("By Friday?", "Tomorrow, first thing."),
    ],
)
def test_a_day_named_to_a_bare_when_is_change_talk(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.1, "neutral", asked) == "change"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("When?", "Wednesday?"),
        ("When will you call him?", "Friday? No, I've got the board."),
        ("When?", "Wednesday? After the release, but I doubt it."),
        ("When?", "Monday's no good."),
        ("Before the weekend, or after?", "Thursday afternoon, probably."),
    ],
)
def test_a_day_asked_back_or_doubted_sets_no_day(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.1, "neutral", asked) == "neutral"


# --- disclosure ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Maybe if I had the words ready. I always freeze.",
        "I told her it was unfair. I was shaking but I said it.",
        "The conflict stuff, telling people off, I hate that.",
        "Proud. Tired. But proud.",
        "Yes. I feel ungrateful.",
    ],
)
def test_a_feeling_without_i_feel_is_disclosure(text: str) -> None:
    assert client_flags(text).disclosure


@pytest.mark.parametrize(
    "text",
    [
        "I always freeze the leftovers on a Sunday.",
        "I hate that he left without a word to anyone on the team.",
        "We were shaking hands by the end of it.",
        "Proud of the team's numbers this quarter, on the whole.",
    ],
)
def test_lines_that_share_the_words_disclose_nothing(text: str) -> None:
    assert not client_flags(text).disclosure


# --- a step refused until something else is done, and the obstacle asked for ---------------


def test_a_step_refused_until_something_else_is_done_is_sustain_talk() -> None:
    text = "I'm not going to apply for anything till the CV's done. No point sending the old one."
    assert client_code(text, "neutral", 0.2) == "sustain"
    text = "I'm not going to ask her until after the review."
    assert client_code(text, "change", 0.2) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to drink until Friday.",
        "I'm not going to tell him. Until then, I'm keeping quiet.",
        "I'm not going to wait until I feel ready, I'm applying now.",
    ],
)
def test_a_habit_held_off_or_a_step_not_put_off_is_not_sustain(text: str) -> None:
    assert client_code(text, "neutral", 0.2) != "sustain"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("What might get in the way?", "Me. Me cancelling it because something urgent comes up."),
        ("And what could get in the way of that?", "Honestly, me chickening out."),
        ("What could stop you?", "Work. The end of the quarter is always mad."),
    ],
)
def test_naming_the_obstacle_asked_for_is_not_change_talk(asked: str, text: str) -> None:
    assert client_code(text, "change", 0.05, "change", asked) == "neutral"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("What might get in the way?", "Nothing. I'm doing it."),
        ("What might get in the way?", "Work, maybe. But I'll block the time out."),
        ("What could stop you?", "Nothing, really."),
        # not a question about obstacles
        ("What might you do first?", "Me? Call the recruiter."),
    ],
)
def test_a_clear_way_or_a_step_in_the_answer_keeps_change_talk(asked: str, text: str) -> None:
    assert client_code(text, "change", 0.05, "change", asked) == "change"


# --- tried before; a rating; the way of the world -------------------------------------------


def test_a_kind_of_step_tried_before_and_nothing_more_is_sustain_talk() -> None:
    assert client_code("Yeah. I mean, I've tried rotas before.", "neutral", 0.2) == "sustain"


@pytest.mark.parametrize(
    "text",
    ["I've tried rotas before and they worked well.", "I tried classes before, and loved them."],
)
def test_a_kind_of_step_tried_with_more_said_is_not_sustain(text: str) -> None:
    assert client_code(text, "neutral", 0.2) != "sustain"


@pytest.mark.parametrize(
    "text", ["Seven. Maybe six if my sister rings.", "Eight. Eight and a half. I'm doing it."]
)
def test_a_rating_is_no_report(text: str) -> None:
    assert not checked_flags(text, ClientFlags(False, True, False)).reporting


@pytest.mark.parametrize(
    "text",
    [
        "Seven. She moved out last week.",
        "Three of them came back.",
        "Two. My boss is away all week.",
    ],
)
def test_a_rating_with_a_story_or_a_number_in_a_story_keeps_the_report(text: str) -> None:
    assert checked_flags(text, ClientFlags(False, True, False)).reporting


@pytest.mark.parametrize(
    "text",
    [
        "Yeah. Well. That's business, isn't it. It wasn't personal.",
        "Um. It's normal, isn't it. Everybody says it's a numbers game.",
    ],
)
def test_the_way_of_the_world_is_no_reflecting(text: str) -> None:
    assert not checked_flags(text, ClientFlags(True, False, False)).reflecting


@pytest.mark.parametrize(
    "text",
    [
        "Everybody says I'm the fixer, isn't it funny.",
        "That's business, isn't it. I've always hidden behind that.",
        "Maybe the fear is older than the facts.",
    ],
)
def test_the_client_in_it_or_no_generalisation_keeps_reflecting(text: str) -> None:
    assert checked_flags(text, ClientFlags(True, False, False)).reflecting


@pytest.mark.parametrize(
    "text",
    [
        "This Sunday. I'll tell Aisha she's in charge.",
        "I'm going to ask him if he's free on Friday.",
    ],
)
def test_what_the_client_means_to_say_is_no_report(text: str) -> None:
    assert not checked_flags(text, ClientFlags(False, True, False)).reporting


@pytest.mark.parametrize(
    "text",
    [
        "I'll tell her on Monday. She's away till then.",
        "I'll tell him tomorrow. My boss has the rota already.",
        "She told me she's in charge now.",
    ],
)
def test_how_things_stand_beside_what_is_to_be_said_keeps_the_report(text: str) -> None:
    assert checked_flags(text, ClientFlags(False, True, False)).reporting


# --- what the change would cost, said last ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The money's better and I'd shape the team, which I care about. But then I'd stop coding.",
        "It pays more. But then I'd lose the team.",
    ],
)
def test_the_cost_of_the_change_said_last_is_sustain_talk(text: str) -> None:
    assert client_code(text, "change", 0.2) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        "It pays more. But then I'd stop worrying about rent.",
        "I'd walk to work. But then I'd lose weight too, probably.",
        "It pays more. But then I'd miss the team. I'll still apply though.",
    ],
)
def test_a_relief_or_a_step_after_the_cost_is_not_sustain(text: str) -> None:
    assert client_code(text, "change", 0.2) == "change"


# --- a past success told, as the coach asked -----------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("What did you do there that worked?", "I didn't overthink it. I went in curious."),
        (
            "When have you said something like that to someone senior and it went OK?",
            "In my review I told her the split was unfair and she agreed. I was shaking.",
        ),
        ("What's worked before?", "Walking at lunch. I did it for a month last spring."),
    ],
)
def test_a_past_success_told_as_asked_is_change_talk(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.02, "neutral", asked) == "change"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("What's worked before?", "Nothing, really. It never works."),
        ("When have you said no to her and it went OK?", "I can't remember a time, honestly."),
        ("What did you do at the weekend?", "I went in curious."),
        ("What did you do there that worked?", "No idea. I'm not cut out for this."),
    ],
)
def test_no_success_or_no_question_for_one_is_not_change(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.02, "neutral", asked) != "change"


@pytest.mark.parametrize(
    "text", ["Yes. That's exactly it. I'm a bit of a snob about it, maybe.", "I'm such a pushover."]
)
def test_a_failing_owned_is_disclosure(text: str) -> None:
    assert client_flags(text).disclosure


@pytest.mark.parametrize(
    "text", ["The food there is a bit snobbish.", "He's a control freak about the rota."]
)
def test_a_failing_of_someone_else_is_no_disclosure(text: str) -> None:
    assert not client_flags(text).disclosure


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("Do you think you'd miss it?", "Yes. Definitely."),
        ("Would you miss the pub?", "I would, yeah."),
    ],
)
def test_a_bare_yes_to_missing_the_old_way_is_sustain(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.05, "neutral", asked) == "sustain"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("Do you think you'd miss it?", "Yes, but I'd get over it. I'm going to do it."),
        ("Do you think you'd miss it?", "No, not really."),
        ("Did you miss the meeting?", "Yes."),
    ],
)
def test_more_than_a_yes_or_no_question_of_missing_is_not_sustain(asked: str, text: str) -> None:
    assert client_code(text, "neutral", 0.05, "neutral", asked) != "sustain"
