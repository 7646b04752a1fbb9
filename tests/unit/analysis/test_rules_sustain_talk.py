"""Sustain talk in the client's own words (hand-written coaching lines, none from the
eval set): doubting they can change, writing a step off, defending the way things are
or making the problem light, putting the change off or refusing it, dreading the step.
Each cue is checked against ordinary lines that share its words but argue for the
change, plan a step or only describe. The client seeing through their own position is
not sustain talk, whatever the model read."""

from __future__ import annotations

import time

import numpy as np
import pytest

from coachconn.analysis.coder import Heads, _decide
from coachconn.analysis.rules import SUSTAIN_FLOOR, client_code
from coachconn.analysis.types import Utterance

# A sustain probability the model gives a line it reads otherwise but is not sure of.
UNSURE = 0.3


@pytest.mark.parametrize(
    "text",
    [
        # doubting they can make the change
        "I don't know if I can do this.",
        "Honestly, I'm not sure I'd be any good at it.",
        "I don't think I could ever pull that off.",
        "I don't think I'd cope.",
        "I'm just not cut out for managing people.",
        "I'm not ready to give up the evening calls.",
        "I'm too old to start again.",
        # a step written off, or the coach's idea as easy to say
        "There's no point.",
        "What's the point?",
        "Honestly, there's no point in asking, nobody has time.",
        "Easy for you to say.",
        "Easier said than done.",
        "That won't work.",
        "It won't make any difference.",
        "I'm not sure it would help.",
        "I've tried that already.",
        "I tried it before and it didn't work.",
        "I've tried everything already.",
        "I've already tried that.",
        # defending the way things are
        "I'd rather do it myself.",
        "It's quicker if I just do it myself.",
        "It's fine the way it is.",
        "Things are okay as they are.",
        "I like it the way it is.",
        "I don't see why I should.",
        "It's not that bad, really.",
        "That's not really the problem.",
        "My boss is the problem, not me.",
        # helplessness, as a question or a lack of choice
        "Like, what am I supposed to do, magic up budget for people?",
        "What am I supposed to do?",
        "So what am I meant to do, just walk out?",
        "Honestly, what else can I do?",
        "I've tried everything. But what else can I do?",
        "What else can I possibly do?",
        "What else can I do, quit?",
        "What choice do I have?",
        "But what other choice have I got, really?",
        "I don't have a choice.",
        "I've got no choice, the rota's the rota.",
        # the way things are as a necessity or the job
        "I mean, yeah, but somebody has to do it. If I don't come in, the patients are the "
        "ones who pay for it.",
        "Because I'm the manager. That's literally the job.",
        "It's part of the job.",
        "Late nights? It comes with the territory.",
        "Some late nights, but that's the job. I don't mind.",
        "That's just the job, really.",
        # the problem made light of, or the old way's payoff
        "Yeah, I suppose so. I mean, I'm not sure it's a big deal, to be honest.",
        "I don't know if it's that big a deal.",
        "But honestly everyone I know does the same.",
        "Everybody at work does it.",
        "It's not like I'm drinking in the morning or anything.",
        "It's not like I'm smoking in the house or anything.",
        "It's like a switch. Without a beer I'm still wound up, I'm snapping at the kids.",
        "Without a drink, I can't switch off.",
        # dreading the step, or expecting it to go wrong
        "Yeah. I'm still dreading it a bit, though. She might say no.",
        "I'm dreading the conversation.",
        "He'll say no.",
        "I'm expecting a fight, yeah. That's how it always goes with us.",
        "I'm bracing myself for a row.",
        # putting the change off, or refusing it
        "I should probably just wait until things calm down.",
        "Maybe I should hold off.",
        "I might as well leave it for now.",
        "I'm not going to bother.",
        # the client's own voice, now
        "I've thought about it, and I'm not ready to leave.",
        "I'm telling you, there's no point.",
        # a tag question or a rhetorical one still argues
        "There's no point, is there?",
        "It's not that bad, really, is it?",
        # ambivalence that ends on sustain talk
        "I want to, but I don't think I can manage it.",
    ],
)
def test_sustain_talk_in_the_clients_words_is_sustain_whatever_the_model_read(
    text: str,
) -> None:
    assert client_code(text, "neutral", UNSURE) == "sustain"
    assert client_code(text, "change", UNSURE) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        # doubting they can: a date, a question, the status quo, the past
        "I don't know if I can make Thursday.",
        "I'm not sure I can answer that.",
        "I don't think I can keep doing this.",
        "I don't think I could handle this much longer.",
        "I'm not sure I'd do it differently.",
        "I don't know if I can do it justice in ten minutes, but here goes.",
        "I can't see myself staying here another year.",
        "I don't see myself as a victim.",
        "I used to think I wasn't cut out for it.",
        "The report's not ready yet.",
        "I wasn't ready for that question.",
        "I'm not ready yet, but I will be by Friday.",
        # futility: a point made, a date that doesn't suit, a reason to act now
        "There's no point in staying where I'm not learning.",
        "What's the point of the weekly report?",
        "The point is I need a break.",
        "There's the point, I think.",
        "It was easy to say yes.",
        "Saying no was easier than I thought.",
        "It's easier when I plan the week on Sunday.",
        "That won't work for Tuesday, can we do Wednesday?",
        "It won't help to rush it, so start small.",
        "It won't change anything if I keep waiting.",
        "Waiting won't make any difference.",
        "Everyone told me it wouldn't work, and I did it anyway.",
        "I've tried it.",
        "I tried that before and it actually helped.",
        "I tried it once and it worked really well.",
        # the way things are: someone else, the past, a summary agreed, a step made easier
        "I used to do everything myself.",
        "She'd rather do it herself.",
        "That's fine as a summary.",
        "I don't see why she was upset.",
        "It's not that bad once I get going.",
        "It wasn't that bad, in the end.",
        "It was a big deal for me.",
        "It's no big deal to ask her, actually.",
        "The money's not the problem, it's the time.",
        "It was not my first choice.",
        # waiting for a step, or refusing the old habit
        "I should wait for her reply before I send it.",
        "I should wait until Monday to call him.",
        "I won't do that again.",
        "I'm not going to do it all myself this time.",
        "I'm not doing that any more.",
        "I'm not going to say yes to every extra shift.",
        # words of no cue
        "I can't wait to start.",
        "I don't want to let them down.",
    ],
)
def test_ordinary_lines_that_share_a_cues_words_are_not_read_as_sustain_talk(text: str) -> None:
    assert client_code(text, "neutral", UNSURE) != "sustain"
    assert client_code(text, "change", UNSURE) != "sustain"


# Ordinary coaching lines with each cue's words that are not sustain talk: another's
# voice or the client's past voice, a situation overcome, a question, a joke, a denial,
# a step timed, the old way written off, progress reassured. Grouped by cue.
COUNTER_EXAMPLES = {
    "doubting they can": [
        "Last year I thought, I don't know if I can do this, and now I run the team.",
        "It's not that I don't think I can do it; I just haven't started.",
        "I'm not sure I can do that, is Thursday okay instead?",
        "I don't know whether I'd manage, so I asked my sister for help and it's going well.",
    ],
    "not cut out for": [
        "I used to think I'm not cut out for sales, and look at me now.",
        "My dad always told me I'm not cut out for business.",
        "Who says I'm not cut out for leadership? I've been leading for ten years.",
        "I'm not cut out for night shifts, which is why I'm asking for days.",
    ],
    "not ready": [
        "I'm not ready to give up on this team.",
        "I'm not ready to let my marriage go without a fight.",
        "I'm not ready for the meeting yet, I need another hour to prep.",
        "My boss said I'm not ready for a promotion.",
    ],
    "too old": [
        "I'm too old for all-nighters now, so I'm leaving at six.",
        "Ha, I'm too old for TikTok, but my team loves it.",
        "My son thinks I'm too old to retrain, but I've signed up anyway.",
        "I'm too old to keep pretending I'm fine with it.",
    ],
    "no point": [
        "There's no point, really, in me rewriting her work, so I've stopped doing it.",
        "I kept asking myself, what's the point? And that's when I decided to leave.",
        "My team keeps saying there's no point.",
        "He asked what's the point of trying, and I told him there's every reason.",
        "There's no point of comparison, it's a totally new role.",
    ],
    "easier said than done": [
        "It was easier said than done, but I did it.",
        "My wife said easy for you to say when I told her to relax, and she had a point.",
        "Delegating sounded easier said than done, and then it turned out to be simple.",
    ],
    "won't work": [
        "If I keep covering for him, it won't help.",
        "Doing the same thing again and again, it won't work.",
        "Thursday? No, that won't work, I've got the board meeting.",
        "Are you saying it won't work?",
    ],
    "won't change anything": [
        "Staying late, it won't change anything, so I've stopped.",
        "Complaining about him won't help; it won't make a difference to how he behaves.",
        "One bad week, it won't make much of a difference to the budget.",
        "Apologising again, that won't change anything for her.",
    ],
    "not sure it'll work": [
        "I was not sure it would work, but it did.",
        "My partner's not sure it'll work, but I am.",
        "I'm not sure it would make a difference to my pay, but it would to my sanity.",
    ],
    "tried that": [
        "I tried that before and now it's part of my routine.",
        "I tried everything already, and what finally made the difference was saying no.",
        "Yes, I've tried it before, that's why I'm suggesting it to my team.",
        "I tried it before and it didn't work, so this time I'm asking for help.",
    ],
    "rather do it myself": [
        "I used to say I'd rather do it myself, and that's what burned me out.",
        "My boss says I'd rather do it myself about everything, it drives the team mad.",
        "Is it that I'd rather do it myself? Maybe. I'm starting to see that.",
    ],
    "quicker to do it myself": [
        "I always told myself it's quicker to do it myself, and it never was.",
        "It isn't quicker to do it myself, it only feels like it.",
        "Is it really faster if I do it myself? Not when I count the rework.",
    ],
    "fine the way it is": [
        "My partner thinks things are fine the way they are.",
        "I told myself it's fine the way it is for years, and it wasn't.",
        "The draft? It's fine as it is, the editor already signed it off.",
    ],
    "like it the way it is": [
        "I like it the way it is now, since we moved the stand-up to Monday.",
        "I like things as they are at home; it's work that needs to change.",
        "I prefer it as it is now that I've stopped checking email at night.",
    ],
    "don't see why I should": [
        "I don't see why I should keep covering for him, so I've stopped.",
        "I don't see why I need to wait for permission to take a day off.",
        "I don't see why I have to be the one who always apologises.",
    ],
    "not that bad": [
        "It's not that bad these days, since I started walking to work.",
        "The presentation? Honestly it's not that bad, I'm actually looking forward to it.",
        "My knee's fine, it's not so bad since the physio.",
        "They're not that bad, my team, they just need clearer goals.",
    ],
    "not the problem": [
        "It's not the issue, the real issue is that I never say no.",
        "The workload? That's not the problem. The problem is I don't trust my team yet.",
        "Whether he likes me, that's not the point; the point is whether the work gets done.",
    ],
    "the problem is not me": [
        "I finally see the problem is not me, it's the role, so I'm applying elsewhere.",
        "The problem's not me, my therapist says, it's the system.",
        "Is the problem not me, then?",
        "The problem is not me any more, it's the old habits in the team.",
    ],
    "should wait": [
        "I should hold off on replying until I've calmed down, that's my new rule.",
        "I should hold off on the second coffee.",
        "Dad always said I should wait a year, and I'm glad I didn't.",
        "I should put it off? No way, I've waited long enough.",
    ],
    "won't bother": [
        "I won't bother checking email at the weekend any more.",
        "I'm not going to bother with the office gossip.",
        "I won't bother you with the details, but it went well.",
        "I'm not going to bother her while she's on leave.",
    ],
    "not sure it's a big deal": [
        "I'm not sure it's a big deal to ask her, so I will.",
        "I wasn't sure it was a big deal, but my doctor was.",
        "My wife's not sure it's a big deal.",
    ],
    "everyone does it": [
        "Not everyone does it, though.",
        "Everyone I know does the same job.",
        "Everyone I know does it, so I asked them how they cut down.",
        "Everyone else does it. Why can't I?",
    ],
    "not like I'm ... or anything": [
        "It's not like I'm not trying.",
        "It's not like I'm drinking in the morning or anything, but I want to cut down.",
        "It's not like I'm asking for a lot or anything. Just one evening a week.",
        "It's not like I'm enjoying it or anything.",
    ],
    "without it": [
        "Without it I'm much calmer.",
        "Without it, I sleep better.",
        "Without a drink I'm fine, actually.",
        # "it", "them" or "that" may be the new way, or anything else
        "The run at lunch is what keeps me sane. Without it I'm stressed all afternoon.",
        "My team are brilliant. Without them I'm a wreck.",
        "I need a plan for the week. Without that I'm anxious.",
    ],
    "dreading it": [
        "I was dreading it, but it went fine.",
        "I'm dreading it, but I'm going to call her anyway.",
        "I'm not dreading it any more.",
        # what is coming whatever the client does
        "I'm dreading Christmas.",
        "My mum's coming to stay. I'm dreading it, she'll take over the kitchen.",
        "I'm dreading the meeting with the consultant, she always has bad news.",
        "I'm dreading the call with my mum, she'll be crying again.",
    ],
    "might say no": [
        "She might say no, but I'll ask her anyway.",
        "He might say no to the budget, which is his call.",
        "My boss said she might say no.",
        "She might say no to the job offer.",
        "She might say no, but it's worth a try.",
    ],
    "expecting a fight": [
        "I was expecting a fight, but she agreed straight away.",
        "My partner is expecting a fight.",
        "I'm bracing myself for a backlash, but I'm doing it anyway.",
    ],
    "what am I supposed to do": [
        "What am I supposed to do first?",
        "What am I supposed to do about the rota, then?",
        "She asked me what am I supposed to do, and I had no answer for her.",
        "What am I supposed to do? I'll just have to ask her for help.",
    ],
    "what else can I do": [
        "What else can I do to help her?",
        "What else can I do this week, do you think?",
        "I've started walking at lunch. What else can I do?",
        "What else can I do?",
        "I asked what else can I do, and my manager gave me the Friday slot.",
    ],
    "no choice": [
        "I don't have a choice but to leave.",
        "What choice do I have but to tell him?",
        "I don't have a choice of dates, it's Tuesday or nothing.",
        "I didn't have a choice back then, but I do now.",
        "I don't have a choice about the hours, but I can choose how I spend the evenings.",
        "My kids don't have a choice.",
    ],
    "somebody has to do it": [
        "Somebody has to tell him.",
        "Somebody has to do it, so I've asked Sam to take it on.",
        "Somebody has to do it. But it doesn't have to be me.",
        "My boss says somebody has to do it.",
    ],
    "the job": [
        "That's the job I want.",
        "It's my job to tell him.",
        "Saying no to people is part of the job.",
        "I'm always tired, that's just the job. But this month I missed my niece's birthday.",
        "Is that part of the job?",
        "That's not the job.",
        "It was part of the job.",
        "It comes with the territory, but I'm done with it.",
    ],
    # no longer cues: what the words point at decides the side
    "can't see myself": [
        "I can't see myself being happy in this job for another ten years.",
        "I can't see myself doing this when I'm sixty.",
        "I can't see myself as the kind of manager who shouts at people.",
    ],
    "no big deal": [
        "Asking for help is not a big deal, I realise that now.",
        "It was no big deal in the end, she said yes straight away.",
        "Missing one gym session is no big deal, I've been four times this week.",
        "He acts like it's not a big deal, but it is to me.",
        "Losing the weight was not a big deal in the end.",
    ],
    "not my fault": [
        "My therapist keeps reminding me it's not my fault, and I'm starting to believe her.",
        "I know the redundancy's not my fault, so I'm applying for new roles.",
        "The divorce was not my fault, I get that now.",
    ],
    "not doing that": [
        "Shout at my kids? I'm not doing that.",
        "Work on Sundays? No, I won't do that.",
        "Skip the check-up again? I'm not doing that, not this year.",
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, id=f"{cue}: {text}")
        for cue, lines in COUNTER_EXAMPLES.items()
        for text in lines
    ],
)
def test_a_cues_words_in_an_ordinary_line_that_is_not_sustain_talk_leave_the_models_reading(
    text: str,
) -> None:
    # (a line that only reports another's voice may still go from change to neutral)
    assert client_code(text, "change", UNSURE) != "sustain"
    assert client_code(text, "neutral", UNSURE) != "sustain"


@pytest.mark.parametrize(
    "text",
    [
        "I can't see myself being the one in charge.",
        "It's not a big deal.",
        "It's not my fault they keep moving the deadline.",
        "I won't do that, sorry.",
        "Without it I'm still wound up.",
        "I'm dreading it.",
    ],
)
def test_where_only_what_the_words_point_at_tells_the_side_the_model_decides(text: str) -> None:
    assert client_code(text, "change", UNSURE) == "change"
    assert client_code(text, "sustain", UNSURE) == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        "It's not that bad, but I want to stop.",
        "I'm not sure it'll work, but I'm going to try it on Monday.",
        "It's fine the way it is for now, but I'd like to change it.",
        "Easier said than done. I'll ask her anyway.",
    ],
)
def test_an_ambivalent_client_who_ends_on_change_talk_is_not_sustain(text: str) -> None:
    assert client_code(text, "change", UNSURE) == "change"
    assert client_code(text, "neutral", UNSURE) == "change"


# The client seeing through their own position: the model's sustain reading, where
# no sustain cue argues for the way things are.
SEEING_THROUGH = [
    "I think I've been telling myself it's about money. And money is real, it is tight. "
    "But it's also that I'm scared of not being the heart of it.",
    "That I'm probably the bottleneck. Which is a horrible thing to realise about your own "
    "business.",
    "I can respect him and still manage him. Huh. I think that's the thing I haven't let "
    "myself believe.",
    "I suppose she can't help with something she doesn't know about. I keep saying she left "
    "it all to me but I never actually asked her for anything.",
    "I think it's fine. I think it's actually nice. It's not what I'd have written a month ago.",
    "Right under my nose. I hadn't even connected that.",
    "I see it now. I've been waiting for permission.",
    "Yeah. Saying it out loud it sounds a bit grim.",
    "I know how to do it. I'm choosing not to. That's a me thing.",
    "I realise now I'm the one who keeps saying yes.",
    "I've realised I don't actually want the promotion.",
    "I'm the bottleneck because I won't let go of anything.",
    "I hadn't noticed I was doing it.",
    "I'm starting to realise it, and honestly it's a relief.",
    "I hadn't noticed before, but I do it with everyone.",
]


@pytest.mark.parametrize("text", SEEING_THROUGH)
@pytest.mark.parametrize("otherwise", ["neutral", "change"])
def test_seeing_through_ones_own_position_is_not_sustain_talk(text: str, otherwise: str) -> None:
    # the model's likelier reading of the other two stands
    assert client_code(text, "sustain", 0.84, otherwise) == otherwise


def test_seeing_through_ones_own_position_with_a_commitment_is_change_talk() -> None:
    text = "I realise I've been avoiding her, and I want to change that."
    assert client_code(text, "sustain", 0.84, "neutral") == "change"


@pytest.mark.parametrize(
    "text",
    [
        # a sustain cue of the client's own beside the realisation
        "I realise it's a problem, but I'm not ready to stop.",
        "I realise I've been avoiding it. But honestly, I'd rather do it myself.",
        # no realisation about themselves
        "I know what I'm doing. It's fine, I've got it covered.",
        "If I realised it was hurting her I'd stop, but it isn't.",
        "I hadn't seen him in years.",
        "Telling my team is the problem.",
        "I'd rather not say it out loud.",
        "Is that a me thing? I don't think so, I'm fine as I am.",
    ],
)
def test_a_realisation_beside_a_sustain_cue_or_none_leaves_the_models_sustain(text: str) -> None:
    assert client_code(text, "sustain", 0.84, "change") == "sustain"


@pytest.mark.parametrize(
    "text",
    [
        # a realisation taken back
        "I realise I've been avoiding her, but I just can't face it.",
        "I realise it's my second warning, but it isn't something I do every day.",
        "Well, when you put it like that it sounds easy, but it isn't.",
        # a resolution put off, not a story seen through
        "I keep telling myself I'll stop, but I never do.",
        "I've been telling myself to go to the gym for months, and it's not happening.",
        # about others, or the client's complaint of them
        "I realise you're busy, but I just can't take on any more.",
        "Everything goes through me, I'm the bottleneck, because nobody else will take "
        "anything on.",
        "The problem is it's me who has to pick up the pieces.",
        # another's voice, mockery, a denial
        "My wife thinks I'm the problem, but she's the one who won't talk.",
        "Oh, so now I'm the problem.",
        "I'm not saying it out loud in front of my team.",
        # the habit itself, a thing missed, now and then, what they would have done
        "I never let myself sit down, there's always something to do.",
        "I hadn't noticed the dent in the car until Tuesday.",
        "I see it now and then, the odd bottle in the recycling.",
        "I would have left a year ago if I could afford to.",
    ],
)
def test_a_realisation_taken_back_or_not_about_the_client_leaves_the_models_sustain(
    text: str,
) -> None:
    assert client_code(text, "sustain", 0.84, "change") == "sustain"


# A leading "No," that grants, closes or reassures: the model's sustain reading, where
# nothing after it refuses or argues for the way things are.
@pytest.mark.parametrize(
    "text",
    [
        "No, go on, suggest away.",
        "No, go ahead.",
        "No, no, go ahead.",
        "Oh no, please do.",
        "No, feel free.",
        "No, keep going.",
        "No, no, keep going, please.",
        "No, that's fine.",
        "No, that's totally fine, thanks.",
        "No, that's fine, honestly.",
        "No, I think that's it.",
        "No, that's all for today.",
        "No, nothing else.",
    ],
)
def test_a_no_that_only_grants_or_closes_is_neutral_whatever_the_model_read(text: str) -> None:
    assert client_code(text, "sustain", 0.84, "change") == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "No, I'm alright. It's just \u2014 it's probably driving more of this than the "
        "spreadsheet is.",
        "No, I'm okay. It's just a lot to take in.",
        "No, I'm fine, just tired.",
        "No, I think that's it \u2014 I feel a lot lighter, honestly.",
        "No, I think that's \u2014 I feel a lot lighter, honestly.",
        "No, go ahead. It's been on my mind all week.",
        "No, go ahead. I want to get this sorted.",
    ],
)
def test_what_the_client_says_after_a_no_that_grants_is_read_without_the_no(text: str) -> None:
    # the model's likelier reading of change and neutral
    assert client_code(text, "sustain", 0.84, "neutral") == "neutral"
    assert client_code(text, "sustain", 0.84, "change") == "change"


@pytest.mark.parametrize(
    "text",
    [
        # a "no" that refuses
        "No, I'm not doing that.",
        "No, nobody else can do it the way I do.",
        "No, not at all.",
        "No, it's fine.",
        # "I'm fine" alone, or going on, may turn help down
        "No, I'm fine.",
        "No, I'm fine, thanks.",
        "No, I'm fine as I am. I don't need to change anything.",
        # a grant or a close, then a refusal or an argument for the way things are
        "No, go ahead, but I'm still not doing it.",
        "No, go ahead. It won't work, though.",
        "No, that's fine. It's fine the way it is.",
        "No, I'm okay. It's just that I don't want to stop.",
        "No, that's it. I've tried everything already.",
        # or keeps to the old way
        "No, that's fine, I'll do it myself.",
        "No, that's fine. I'll keep going as I am.",
    ],
)
def test_a_no_that_refuses_or_is_followed_by_an_argument_leaves_the_models_sustain(
    text: str,
) -> None:
    assert client_code(text, "sustain", 0.84, "change") == "sustain"
    assert client_code(text, "sustain", 0.84, "neutral") == "sustain"


def test_a_cue_gives_way_where_the_model_is_sure_it_is_not_sustain_talk() -> None:
    text = "I'd rather do it myself."
    assert client_code(text, "change", SUSTAIN_FLOOR / 2) == "change"
    assert client_code(text, "neutral", SUSTAIN_FLOOR / 2) == "neutral"
    assert client_code(text, "change", SUSTAIN_FLOOR) == "sustain"


def test_the_models_sustain_reading_stands_without_a_cue() -> None:
    assert client_code("Money, mainly. We've got the mortgage.", "sustain", 0.9) == "sustain"
    assert client_code("It was a long week.", "sustain", 0.9) == "sustain"


def test_the_sustain_cues_read_any_letter_case() -> None:
    assert client_code("EASIER SAID THAN DONE.", "neutral", UNSURE) == "sustain"
    assert client_code("I'D RATHER DO IT MYSELF.", "change", UNSURE) == "sustain"


def test_a_long_utterance_is_read_for_sustain_talk_in_one_pass() -> None:
    # Many near-misses, then the cue: each cue is tried once per position.
    text = "i don't think i could handle this much, " * 3000 + "easier said than done."
    start = time.perf_counter()
    assert client_code(text, "neutral", UNSURE) == "sustain"
    assert time.perf_counter() - start < 2.0


def test_an_utterance_full_of_cues_is_read_in_one_pass() -> None:
    # Each cue's sentence is looked for near it, not across the whole utterance.
    cues = "i'm not ready for it, " * 3000
    start = time.perf_counter()
    assert client_code(cues, "neutral", UNSURE) == "sustain"
    assert client_code(cues + "so I'll ask her.", "neutral", UNSURE) == "change"
    # every cue in another's voice: each is looked at, none is the client's
    assert client_code("he said i'm not ready for it, " * 3000, "neutral", UNSURE) == "neutral"
    assert time.perf_counter() - start < 2.0


TALK = {
    "behaviour": ["question", "reflection", "therapist_input", "other"],
    "talk_type": ["change", "neutral", "sustain"],
    "question": ["open", "closed"],
    "reflection": ["simple", "complex"],
    "input": ["information", "advice"],
}


@pytest.mark.parametrize(
    ("sustain_logit", "code"),
    [
        (-6.0, "change"),  # the model all but rules sustain out: the cue gives way
        (2.0, "sustain"),  # the model reads change but sustain is not negligible
    ],
)
def test_the_coder_hands_the_models_sustain_probability_to_the_rule(
    sustain_logit: float, code: str
) -> None:
    row = np.zeros(13, dtype=np.float32)
    row[3] = 4.0  # behaviour: other (unused for a client)
    row[4:7] = [3.0, 0.0, sustain_logit]  # talk type: change ahead
    utterance = Utterance(0, 0, "Dana", "client", "I'd rather do it myself.")
    coded = _decide(utterance, row, Heads.from_labels(TALK))
    assert coded.code == code
    # The model's probability is shown only for its own reading.
    assert (coded.confidence is None) == (code == "sustain")


@pytest.mark.parametrize(
    ("change_logit", "code"),
    [(1.0, "change"), (-1.0, "neutral")],
)
def test_the_coder_hands_the_models_next_reading_to_the_rule_that_takes_sustain_away(
    change_logit: float, code: str
) -> None:
    row = np.zeros(13, dtype=np.float32)
    row[3] = 4.0  # behaviour: other (unused for a client)
    row[4:7] = [change_logit, 0.0, 3.0]  # talk type: sustain ahead
    text = "That I'm probably the bottleneck. Which is a horrible thing to realise."
    coded = _decide(Utterance(0, 0, "Dana", "client", text), row, Heads.from_labels(TALK))
    assert coded.code == code
    assert coded.confidence is None  # a rule overrode the model
