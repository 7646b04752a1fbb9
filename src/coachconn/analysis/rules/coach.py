"""The coach's side: the act an utterance does and its code (affirmation,
self-disclosure, structuring, advice, information, other), how deep a reflection
goes, and the coaching inquiry category of a question.
"""

# ruff: noqa: E501  (phrase patterns read best one per line, whatever their length)

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from coachconn.analysis import lexicon
from coachconn.analysis.names import fold
from coachconn.analysis.opening import AUXILIARIES, PREPOSITIONS, PRONOUN_SUBJECTS, WH_WORDS
from coachconn.analysis.rules._text import (
    _FILLER,
    _IN_ONE_SENTENCE,
    _LEAD,
    _REACH,
    _SCENE_START,
    _SENTENCE_START,
    PER_ANALYSIS,
    _asking,
    _boundary_first,
    _clean,
    _rx,
    _sentences,
    _substantive,
)
from coachconn.analysis.rules.form import _asks, _opening, invites, is_ruler, leaves_open
from coachconn.analysis.segment import asks_unmarked, split_sentences, unmarked_question

# --- coach codes -------------------------------------------------------------------------

# Each cue list names what a coach in any session says when doing that act. A cue is
# read sentence by sentence (see _act): in a run of statements the act the client is
# left to respond to, usually the last substantive one, decides.

# Words that put what follows in someone else's mouth or head ("He said, we'll talk after
# the holidays.", "You're thinking, I'll speak at the town hall.", "We've got until
# Friday, is what your boss said.", "It's like we've got until two of them leave."): the
# coach reflecting what was said or thought, not speaking for the session.
_REPORTED = (
    r"(?:\b(?:he|she|they|you|(?:your|his|her|their|the|my) [\w'-]+) (?:said|says|say|goes|went|told|tells|asked|asks|thinks?|thought|reckons?)\b|"
    r"\byou(?:'re| are| were)? (?:thinking|telling (?:yourself|him|her|them)|saying)\b|\bin your (?:own )?words\b|"
    r"\b(?:your|the|his|her|their) (?:plan|idea) (?:is|was)\b|\bis (?:your|the) plan\b|\bit'?s like\b|\bas if\b|"
    # an opening quotation mark (not "'til")
    r"""(?:^|[\s,:])(?:"|'(?!til\b|cause\b|em\b))(?=\w))"""
)
# The coach speaking for the session in the first person: the course it has taken, its
# end time, the next meeting and working agreements ("I also said we'd look at both
# sides.", "We've got until half past.", "I'll see you on the fourteenth."), in a
# sentence that reports no one else's words (:data:`_REPORTED`).
_SESSION_VOICE = (
    r"\b(?:i|we) (?:also )?said (?:last time |last session |earlier )?we(?:'d| would) (?:look at|come back to|cover|talk about|get to|focus on|spend|go through|"
    r"use (?:today|the (?:time|hour|session)|this (?:session|hour|time)|our time))\b",
    # (working on it, or using it, is the session's only when said of an earlier session: not
    # "I said we'd work on it as a family." in the client's voice)
    r"\b(?:i|we) (?:also )?said (?:last time|last session|earlier) we(?:'d| would) (?:work on|use it)\b",
    # (not "we've spent a lot of time apart")
    r"\bwe(?:'ve| have) spent (?:a lot of|most of|much of|quite a lot of|quite a bit of|a bit of|a good part of) (?:our |the )?(?:time|session|hour)"
    r"(?: today| so far)? (?:on|talking|looking|exploring|going over|discussing)\b",
    # until when ("We've got until half past."; not "...until one of us gives in.")
    r"\bwe(?:'ve| have)(?: got)? (?:until|till|'til) (?:half past|quarter (?:past|to)|(?:\w+ )?(?:past|to) the hour|the (?:top of the )?hour|noon|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?! (?:of|more|days?|weeks?|months?|years?)\b| to (?!(?:the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)\w)",
    r"\b(?:i'?ll|we'?ll|i will|we will) see you (?:on|after|at|next|then|in|the|same)\b",
    # (a time to talk again, not a talk to give, "I'll speak at the town hall.")
    r"\b(?:i'?ll|we'?ll|i will|we will) (?:speak|talk|catch up)(?: to you| with you)? (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \w+)|"
    r"after (?:the|our|that|this|your|next|lunch)|next|then|soon|in (?:a|two|three|four|five|six|a couple of|a few) (?:weeks?|days?|months?|fortnight)|same time)\b",
    # working agreements ("I'll check in now and then on how it's landing.", "If anything I
    # do isn't working for you, tell me."; not "I'll check in with my manager on how it's
    # going.")
    rf"\bi(?:'ll| will) (?:also )?(?:check in|keep checking)\b(?![^.!?]{_REACH}\bwith (?!you\b))[^.!?]{{0,40}}?\bhow (?:it'?s|this is|that'?s|we'?re|things are|the coaching is) (?:landing|going|working)\b",
    r"\bif (?:anything|something) (?:i (?:do|say|ask)|we do (?:here|together|in (?:here|these sessions|our sessions))) (?:isn'?t|doesn'?t|is not|does not|stops?) (?:working|work|helping|help|useful|landing|land)\b",
)

# Organising the session or the relationship: agenda and transitions, time,
# confidentiality and contracting, scheduling and closing.
# A return to the client's own words, announced before the question about them ("I want to
# go back to something you said earlier.", "Let me come back to what you said about the
# board."; not the client's wish said back, "You want to go back to...").
_BACK_TO_THEIR_WORDS = (
    r"\b(?:i(?:'d| would)? (?:like|want) to|let me|let'?s|can we|could we|i'?m going to|i'?ll) (?:just )?"
    r"(?:go|come|get|loop|circle) back to (?:something|what|a thing|the thing) you (?:said|mentioned|told me|raised|brought up)\b"
)
_STRUCTURING = _rx(
    _BACK_TO_THEIR_WORDS,
    # agenda and transitions ("Let's look at the options.", and "lets" as captions write it,
    # opening its clause: "lets move on", "okay so lets look"; not the verb of someone or
    # something that lets another do a thing, "It's what lets you rest.", "She lets the
    # team decide.", "Your manager lets things slide.")
    r"\blet's (?!see\b|say\b|face it\b|be\b|hope\b)\w+",
    r"(?:^|[.!?,;:]\s*|\b(?:so|okay|ok|now|right|and|then|well|alright|maybe|perhaps|great|"
    r"good|yeah|yes|um|uh|hmm|oh) )"
    r"lets (?!see\b|say\b|face it\b|be\b|hope\b|(?:you|me|him|her|them|us|it|people|everyone|"
    r"everybody|anyone|anybody|someone|somebody|nobody|the|a|an|my|your|his|their|our|its|this|"
    r"that|these|those)\b)\w+",
    r"\blet us\b(?! know\b)",
    # the session's agenda ("What's on the agenda today?", "today's agenda"), not one of
    # the client's meetings or another person's, in advice about their work ("...and the
    # agenda belongs to the team member, not you.", "Send the agenda for the board meeting
    # round early.", "Ask her what her agenda is.", "Keep the team meeting agenda short.")
    # (nor one the client sets for a meeting of their own: "...this week with a short
    # agenda", "Send a clear agenda round first.")
    r"\b(?<!his )(?<!her )(?<!their )(?<!its )(?<!own )(?<!hidden )(?<!meeting )(?<!board )"
    r"(?<!team )(?<!'s )(?<!clear )(?<!short )(?<!tight )(?<!written )(?<!proper )agenda\b(?! belongs\b| for (?:the|his|her|their|that|a|next) "
    r"(?!session\b|call\b|hour\b|conversation\b|time\b)[\w'-]+)",
    r"\b(?:today|session)'s agenda\b",
    r"\b(?:move|moving) on to\b",
    r"\b(?:come|coming) back to (?:that|this) (?:later|in a (?:moment|minute|bit))\b",
    # a part of the work kept for later, or offered ("We can still do the script, if that
    # would help.", "...and we can come back to the house if there's time.")
    # (not another's words reported, "So your partner said we could go back to the beach next time.")
    r"\b(?<!said )(?<!says )(?<!said, )(?<!says, )(?<!that )(?<!')(?<!\")we (?:can|could) (?:still |always )?(?:go back to|come back to|get back to|return to|do) (?:the|that|your) [\w'-]+(?: [\w'-]+)?,? "
    r"(?:if (?:that|it) (?:would |'d |will |'ll )?helps?(?: you)?[.!]*$|if (?:you(?:'d)? (?:want|like|prefer)|there'?s time|we have time)\b|whenever|later|another time|next time)",
    r"\bpark (?:that|this|it)\b",
    # the next item of the session's list named ("Now, the other thing on the list was the
    # promotion.", "The next thing you wanted to cover is your manager."); not the
    # client's own list ("So the next thing on your list is calling the bank.")
    rf"{_SENTENCE_START}(?:(?:okay|ok|right|so|now|and|good|great|then|alright),? )*"
    r"the (?:other|next|last) (?:thing|item|topic) (?:on (?:the|our|today'?s) list(?: today)?|"
    r"(?:that )?you (?:wanted|said you wanted|were hoping) to (?:talk about|cover|look at|bring|get to|discuss|work on)"
    r"(?: today| in this session)?) (?:was|is)\b",
    # the way of working agreed, as a sentence of its own ("We'll keep it practical.", "We
    # can keep this light today."; not "...keep it practical for the team.", "In the email,
    # we can keep things brief.", "Your manager said we'll keep it on track.")
    rf"{_SENTENCE_START}(?![^.!?]*{_REPORTED})(?:(?:okay|ok|so|right|and|then|alright|all right|fine|good|great),? )*(?:we(?:'ll| will| can| could)|let'?s) keep (?:it|this|things|today|the (?:session|conversation)|us) "
    r"(?:practical|focused|light|short|brief|simple|concrete|on track|on (?:the )?(?:plan|agenda|topic)|to (?:the )?(?:plan|agenda|point))"
    r"(?: (?:today|then|for now|for today|this time))?(?=\s*[.!,]|$)",
    # back to the agenda, said as a sentence of its own ("Okay, back to your question.",
    # "Right, let's get back to the agenda."; not "So it's back to the drawing board.",
    # "Back to you.")
    rf"{_SENTENCE_START}(?:(?:okay|ok|right|so|anyway|alright|all right|but),? )*(?:let'?s )?(?:(?:get|go|come|head) )?back to "
    r"(?:the|our|your|today'?s) (?:original |practical |main )?(?:agenda|topic|question|point)(?: (?:then|for now|for today|we (?:agreed|set|started with)))?[.!]*$",
    # the plan or the list, which may be the client's own ("So the loan fell through. Back
    # to the original plan.", "He cancelled again. So back to the plan.", "Back to your
    # plan."), when the coach steers back to it ("Okay, back to the plan.", "Right, let's get
    # back to the list."; said bare, see :func:`_back_to_the_plan`)
    rf"{_SENTENCE_START}(?:okay|ok|right|anyway|alright|all right|but),? (?:(?:so|then),? )?(?:let'?s )?(?:(?:get|go|come|head) )?back to "
    r"(?:the|our|today'?s) (?:plan|list)(?: (?:then|for now|for today|we (?:agreed|set|started with)))?[.!]*$",
    r"\bpick (?:it|this|that) (?:up|back up) (?:again|next|later|after|then)\b",
    r"\b(?:we(?:'ll| will| can)|let'?s) pick (?:it|this|that) (?:back )?up\b",
    r"\b(?:to start|to begin) (?:with|off)\b",
    r"\bbefore we (?:dive|get|jump|go) (?:in|into|started|(?:any )?further)\b",
    r"\bi (?:want|'d like|would like) to (?:check|start|begin|pause|spend|use|go back|shift|move|come back|stop)\b",
    r"\b(?:before|as) we (?:finish|wrap up|close|end|stop|move on|start|begin)\b",
    # (the session closed, not a gap or a deal: "...the chance to close it themselves.")
    r"\bto (?:wrap up|close(?! (?!(?:up|off|out|there|here|for today|(?:the|our|this|today'?s) (?:session|call|meeting|hour|conversation))\b)\w)|finish up|sum up today)\b",
    r"\bwe(?:'ll| will) (?:spend|start|look at|focus|finish|come back)\b",
    r"\bwe'?d (?:start|begin|look at|focus on) (?:today|with|by)\b",
    # the session's time shared out ("I thought we'd spend the first part on how coaching
    # works, and then the second half on..."; not "I thought we'd spend Christmas with
    # her parents.", "We'd spend the first part of every holiday arguing.")
    # (or used another way: "I'd like to suggest we use the second half a bit differently.";
    # not "...spend the second half of the year differently.")
    r"\b(?:i thought|i'?d (?:like|suggest|propose)(?: that)?|i'?d like to (?:suggest|propose)(?: that)?|(?:maybe|perhaps)) we(?:'d| would| could| can| might)? (?:spend|use) "
    r"(?:the (?:first|second|last|other|next) (?:part|half|bit|(?:few |\w+ )?minutes)|the rest of (?:the|our|this) (?:session|hour|time|call)|"
    r"(?:some|a bit) of (?:today|our time|the (?:session|hour|time))|some time today) "
    r"(?:on|looking|talking|getting|going|exploring|thinking|working|(?:a (?:bit|little) )?differently)\b",
    # the session's work set out as a number of things ("I thought we could do three things:
    # your opening, the hard questions, and...", "I'd suggest we cover two things today.");
    # not the client's ("You thought you could do three things with the budget."), nor
    # things with no session in sight ("I thought we could do three things with the garden.")
    r"\b(?:i thought|i'?d (?:like|suggest|propose)(?: that)?|i'?d like to (?:suggest|propose)(?: that)?|(?:maybe|perhaps)) we(?:'d| would| could| can| might)? "
    r"(?:do|cover|look at|work on|get through) (?:two|three|four|a couple of|a few) things"
    r"(?=\s*:| today\b| in (?:this|the|our) (?:session|hour|time)\b)",
    r"\b(?:last|next) time,? we(?:'ll| will| can| could| agreed| said| talked| discussed| looked| left| decided)\b",
    # what the client brought last time taken up, named and no more ("Great. So last time
    # you mentioned the exec pitch."; not "Last time you mentioned your sister was ill.")
    rf"{_SENTENCE_START}(?:(?:so|and|okay|ok|great|good|right|now),? )*last time,? you (?:mentioned|brought up|raised|talked about) "
    r"(?![^.!?]*\b(?:is|was|were|are|had|has|have|did|does|would|will|could|wanted|felt|said|got|went|'s)\b)"
    r"(?:the|your|that|this) (?:[\w'-]+ ){0,3}?[\w'-]+\s*[.!]*$",
    r"\brecap\b",
    # the step the client agreed last time, taken up, a sentence of its own with nothing
    # after the step ("Last time you were going to ask Priya to take over the report.", "So
    # last time you said you'd book a slot with finance."); not the client's story of a time
    # before ("Last time you were going to present, you froze.", "The last time you were
    # going to ask him, he cancelled."), what they said they would never do ("Last time you
    # said you'd never work for him again."), nor the step asked about ("...the report?"),
    # what they had done or felt ("Last session you said you'd felt awful all week."), a
    # preference ("...you'd rather leave than stay."), or what came of it ("...planned to
    # leave early and got stuck in traffic.")
    rf"{_SENTENCE_START}(?:(?:so|and|okay|ok|great|good|right|now),? )*last (?:time|session|week),? you "
    r"(?:were going to|were gonna|were planning to|planned to|agreed to|committed to|said you'?d|said you would) "
    r"(?!(?:never|not|rather|sooner|felt|been|had|gone|done|seen|got|heard|thought|tried|left|lost|made|already)\b)"
    r"(?![^.!?,;]{0,400}?\b(?:but|got|went|ended up|instead|didn'?t|never)\b)[^.!?,;]{1,400}(?=[.!]|$)",
    # what the client set for today, recalled ("Last time you said you wanted to look at
    # what gets in the way.", "...wanted to spend it on the board meeting."): a step back
    # to, or the session itself (it, this one, the time), or a question to look into. Not
    # what they wanted in their life, "...wanted to quit.", "...wanted to spend more time
    # with your kids.", "...wanted to look at other jobs."
    r"\b(?:(?:last time|last session|when we (?:last )?(?:met|spoke)|in our last session),? you (?:said|mentioned|told me)|"
    r"you (?:said|mentioned|told me) (?:last time|last session|when we (?:last )?(?:met|spoke)|in our last session),?)(?: that)? "
    r"you(?:'d)? (?:wanted|were keen|were hoping|hoped|would like|'d like|like)(?: to)? "
    r"(?:come back to|get back to|pick up|start with|"
    r"(?:spend|use) (?:it|this(?: one)?|today|the (?:time|hour|session)|our (?:time|hour|session)|this (?:time|hour|session))\b|"
    r"(?:look at|focus on|work on|talk about|talk through|think through|explore|get into|bring) (?:what|how|why|whether|where)\b|"
    rf"(?:look at|focus on|work on|talk about|talk through|think through|explore|get into|bring)\b[^.!?]{_REACH}\b(?:today|here|in here|together|with me|in (?:our|these|this) sessions?|in coaching)\b)",
    # time
    r"\b(?:we have|we've got|there are|we've) (?:\w+ )?(?:\d+|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|(?:twenty|thirty|forty|fifty)-(?:five|ten)|a few|couple of) minutes\b",
    # ("We're about forty minutes in."; not the client's commute, "It's about forty
    # minutes each way.", nor a wait, "She kept you waiting about twenty minutes.")
    r"\b(?:about|only|just) (?:\d+|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|(?:twenty|thirty|forty|fifty)-(?:five|ten)|a few|couple of) minutes (?:in|left|to go|remaining|more|today)\b",
    r"\bminutes (?:left|remaining)\b",
    r"\bwe(?:'ve| have) got (?:the |an |about an |half an )?(?:full |whole )?(?:hour|session)\b",
    r"\bwe(?:'ve| have) got (?:the )?(?:full |whole )?(?:thirty|forty-five|sixty|ninety|\d+) minutes\b",
    # what goes beyond the coaching ("If it starts to need more than coaching, I'll say so.";
    # not the client's team or project, "Your team needs more than this.")
    r"\b(?:needs?|need(?:ing|ed)) more than (?:coaching|i can offer)\b|\bbeyond (?:what )?coaching\b",
    r"\b(?:we'?re|we are|we've|we have) (?:almost |nearly |just about |about )?(?:at|close to|coming up to|running out of|short of|out of|run out of) time\b",
    r"\b(?:almost|nearly) at time\b",
    r"\bour time\b",
    r"\b(?:conscious|mindful) of (?:the )?time\b",
    r"\b(?:leave|save|keep) (?:some |enough )?time for\b",
    r"\bi'?ll (?:stop|pause) (?:you|us) (?:there|here)\b",
    # the session stopped for time ("I'm going to have to stop us there.", "We'll have to
    # leave it there for today."; not the coach's own story, "I had to stop there and...")
    r"\b(?:i'?m|i am|we'?re|we are) (?:going to|gonna) (?:have to |need to )?(?:stop|pause|leave it|leave things) (?:us |you )?(?:there|here)\b",
    r"\b(?:i'?ll|i will|we'?ll|we will|i|we) (?:have|need) to (?:stop|pause|leave it|leave things) (?:us |you )?(?:there|here)\b",
    r"\blet'?s leave it (?:there|here)\b",
    # the coach holding the conversation to take stock ("I'm going to hold us here for a
    # moment."), or coming at it another way ("I'd like to come at this from a different
    # angle."); not a colleague held, "You held your ground with him.", nor another who comes
    # at it, "Your manager will come at it from a different angle."
    r"\b(?:(?:i'?m|i am) (?:going to|gonna)|let me) (?:hold|park) us(?: (?:here|there))?(?: for (?:a (?:moment|second|minute|bit)|now))?(?=\s*[.,!]|$)|"
    r"\bhold us (?:here|there)\b",
    r"\b(?:i|we|let'?s|let me)\b[^.!?]{0,20}?\bcome at (?:it|this|that) (?:from )?(?:a |another )?(?:different|new|other) (?:angle|direction|way)\b",
    r"\b(?:we'?re|we are) (?:about |roughly )?halfway\b",
    r"\bhalfway (?:through|point)(?: of)? (?:our|the session|today)\b",
    r"\b(?:we(?:'ll| can| could| will)|shall we) take a (?:short |quick )?break\b",
    # sessions, scheduling and closing
    r"\b(?:today'?s|this|next|last|our next|our last|our) session\b",
    # what a first session is for, or what it need not do ("The first session is more about
    # getting to know where you are.", "We don't have to get everything done today."; not
    # "...how you described yourself in our first session.")
    r"\b(?:the|this|a) first session(?:'s| is| can| tends| will| usually| often)\b",
    r"\bwe don'?t (?:have|need) to (?:get|do|cover|finish|sort|solve) (?:everything|it all|all of it)(?: done| sorted)? (?:today|in (?:one|this|the first) session)\b",
    r"\bour (?:next |last )?(?:meeting|call)\b",
    r"\bnext time we (?:meet|talk|speak)\b",
    r"\b(?:meet|sessions?|calls?) (?:every|each|once a|twice a) (?:week|fortnight|month)\b",
    r"\b(?:\d+|two|three|four|five|six|eight|ten|twelve|a few|several) (?:more )?sessions\b",
    r"\bi(?:'ll| will) send you (?:the|my|a|some) (?:notes|summary|link|invite|invitation|recording|details)\b",
    # the terms of the work sent on ("...I'll send over the agreement and some times."; not
    # "I'll send the agreement to my lawyer.")
    r"\bi(?:'ll| will) send (?:you )?(?:over |across |through |on )?(?:the|my|an?|some) (?:\w+ )?(?:agreement|contract|terms|invoice|dates|times|slots)\b(?! to (?!you\b))",
    # the invitation to the next session ("I'll send the invite over tonight."; not one the
    # coach sends someone else, "I'll send the invite to the whole team.")
    r"\bi(?:'ll| will) send (?:you )?(?:over |across |through )?(?:the|an?) (?:calendar )?(?:invite|invitation)\b(?! to (?!you\b))",
    r"\bsame time (?:next|in|on)\b",
    r"\bwe(?:'ll| will) (?:meet|speak|talk|catch up) (?:again|next)\b",
    r"\b(?:see|speak to|talk to) you (?:next|in (?:a|two|three|four|\w+) weeks?|then)\b",
    # hearing how a step went, asked for before the next session ("Let me know how Sunday
    # goes."); at the start of a sentence, so that a suggestion that ends on it ("Try it and
    # let me know how it goes.") stays advice
    rf"{_SENTENCE_START}(?:(?:and|so|then|okay|ok|great|good|do|please),? )*let me know how (?:[\w']+ ){{1,4}}?(?:goes|go|turns out|lands)\b",
    rf"{_SENTENCE_START}(?:(?:and|so|then|okay|ok|great|good|do|please),? )*let me know how you get on\b",
    r"\b(?:drop|send|email|text) me (?:a |an )?(?:quick )?(?:note|line|email|message|text)\b",
    r"\bbetween (?:now and )?(?:sessions|next session)\b",
    r"\b(?:some|a bit of|a little|bit of|any|little) homework\b|\bhomework (?:for|before|between)\b",
    # confidentiality and contracting
    r"\bconfidential(?:ity)?\b",
    r"\b(?:stays?|is|remains?) between (?:us|you and me|the two of us|these four walls)\b",
    r"\b(?:stays?|remains?) (?:with me|in this room)\b(?! in the\b|, in the\b)",
    # (what is said "stays in here"; not what the client feels, "The stress stays in here, in
    # your chest.")
    r"\b(?:say|said|share|shared|talk about|discuss|it all|everything)(?: in here| here)? (?:stays?|remains?) in here\b",
    # what the sessions are for ("This space is for your work and how you lead.")
    r"\b(?:this|the) (?:space|hour|time together|coaching) is (?:for|about) (?:you|your|work|the work)\b",
    # the order of the session proposed ("What I'd suggest is we go through it in order.";
    # not a step for the client, "What I'd suggest is you go through it with her.")
    r"\b(?:i'?d suggest|i suggest|i'?d propose|i propose)(?: is)?(?: that)? we (?:go through|start|begin|look at|take|"
    r"work through|spend|use|come back|leave)\b",
    r"\b(?:won'?t|will not|don'?t|do not) (?:be )?(?:share|sharing|pass|passing|report|reporting) (?:any of )?(?:this|it|that|what you|anything)\b",
    r"\b(?:re-?contract\w*|contracting)\b",
    # what coaching is and is not ("It isn't therapy.", "Coaching is not counselling."; not
    # "So the therapy isn't helping.", nor what the client needs, "It isn't therapy you need.")
    r"\bwhat coaching (?:is|isn'?t|can|can'?t|will|won'?t|does|doesn'?t)\b",
    r"\b(?:coaching|this|it) (?:is not|isn'?t) (?:therapy|counselling|counseling|mentoring|consulting)\b"
    r"(?! (?:you|i|we|she|he|they|that|work)\b)",
    # ("Coaching's less about me handing you answers and more about...", "Coaching is really
    # about what you want."; not the client's coaching of others or another's, "Your coaching
    # is more about telling them what to do.", "So her coaching's all about targets.")
    # (nor "Our coaching is about to end.", "Sam's coaching is about targets.")
    r"(?<!your )(?<!his )(?<!her )(?<!their )(?<!my )(?<!'s )\bcoaching(?:'s| is) "
    r"(?:(?:really|actually|mostly|much|often|less|more|not|all) ){0,2}about\b(?! to\b)",
    # what the coach is not, in the same breath ("I'm not a careers adviser, and I won't
    # write your CV.", "I'm not your therapist."); not a disclaimer before a view ("I'm not a
    # lawyer, but I'd get that checked.", "I'm not a therapist, but it sounds like...")
    r"\bi'?m not (?:a|an|your) (?:therapist|counsell?or|recruiter|consultant|mentor|careers? (?:adviser|advisor|counsell?or))\b"
    r"(?![^.!?]{0,80}?\bbut\b)",
    # the limit of confidentiality ("The one exception is if I thought you were at serious
    # risk."; not a risk in the client's work, "...at risk of missing the deadline")
    r"\bif i (?:thought|think|was worried|were worried|believed) (?:that )?(?:you|someone|anyone)\b"
    r"[^.!?]{0,40}\b(?:(?:at (?:serious )?risk|in danger)\b(?! of (?!(?:harm|hurting)\b))|of harm\b)",
    # how a session is moved or cancelled ("If you need to move one, forty-eight hours'
    # notice is plenty.", "If you ever need to cancel a session, email me."); not a thing
    # of the client's own work ("If you need to move one of the deadlines...", "If you need
    # to cancel the offsite...", "If you need to move the call with the board...")
    r"\bif you (?:ever )?(?:need|have|want) to (?:move|cancel|reschedule|rearrange|change) "
    r"(?:(?:a|the|our|any) (?:coaching )?sessions?\b|our (?:call|time)\b|"
    rf"one\b(?! of\b)(?=[^.!?]{_REACH}\bnotice\b))",
    r"\bcancell?ation (?:policy|terms|fee)\b",
    rf"{_SENTENCE_START}(?![^.!?]*{_REPORTED})[^.!?]*?(?:{'|'.join(_SESSION_VOICE)})",
)

# The coach's own life, experience or present reaction.
_SELF_DISCLOSURE = _rx(
    r"\bi remember when i\b",
    r"\bi remember (?:feeling|being|thinking|having|going through)\b",
    # a scene of the coach's own ("I remember walking round the house for weeks."; not "I
    # remember you saying...", "I remember something you said", what the coach read or
    # heard, "I remember reading that...", nor the session, "I remember asking you...")
    r"\bi remember (?!you\b|your\b|(?:some|no|any|every)thing\b|(?:reading|hearing|seeing|asking|saying|mentioning|suggesting|noticing|talking|discussing|writing)\b)\w+ing\b",
    # something that happened to the coach once ("I had a co-founder once.", "I was made
    # redundant once.", "I once took a call from a beach."; not "once" that opens a clause,
    # "I was going to suggest that once you've spoken to her...", nor what the coach read,
    # "I once read that...")
    r"\bi (?:had|was|did|worked|ran|lost|left|tried|made|knew|managed|met|went) [^.?!]{0,40}\bonce\b"
    r"(?!,? (?:you|you've|you're|we|we've|we're|i|i've|i'd|he|she|they|it|it's|that|this|the|your|there|more|again)\b)"
    r"|\bi (?:once|was once) (?!again\b|read\b|heard\b)\w",
    # (not the client's words quoted, "You said 'my eldest won't look at me'", "So you said my
    # youngest is the worry"; nor "my oldest client")
    r"\b(?<!said )(?<!said, )(?<!says )(?<!says, )(?<!')(?<!\")my (?:own )?(?:father|mother|dad|mum|mom|wife|husband|partner|son|daughter|kids|children|family|brother|sister|"
    r"youngest|eldest|oldest|grandmother|grandfather|grandad|granddad|gran|nan|grandma|grandpa)\b(?! clients?\b)",
    r"\bi was (?:made redundant|let go|laid off|fired|promoted|diagnosed|burnt out|burned out|off sick|on leave)\b",
    r"\b(?:years|months) ago,? i\b",
    r"\bi (?:had|was|went|lost|left|quit|got|took|did|(?!noticed|heard|asked|mentioned|wondered)\w+ed)\b[^.?!]{0,40}\b(?:years|months) ago\b",
    r"\bi remember (?:that|this|those) (?:phase|stage|feeling|time|period|fear|year)",
    r"\bwhen i was (?:younger|starting|new|in|a|at|your)\b",
    r"\b(?:in|from) my own (?:experience|life|career|work)\b",
    r"\bi(?:'?ve| have) been there\b",
    r"\bi(?:'?ve| have)? ?(?:had|faced|gone through) (?:a |something )?(?:similar|the same)\b",
    r"\bi went through\b",
    # how long the coach's own learning took ("It took me a long time to see that..."; not
    # "It took me a while to find the link.")
    r"\bit took me (?:a (?:long |good |little )?(?:time|while)|ages|years|months|(?:a few|several|many) (?:goes|tries|attempts)) to "
    r"(?:see|learn|realise|realize|accept|understand|get over|stop|figure|work out|trust|admit|let go|forgive|believe|say no)\b",
    r"\b(?:it )?happened to me\b",
    r"\bmy own (?:experience|story|journey|burnout|breakdown|divorce|illness|crisis|struggles?|career|life|kids|family|business|coach)\b",
    r"\bmy (?:old|last|previous) (?:team|job|role|boss|manager|company|business|career)\b",
    r"\bmy first (?:\w+ )?(?:team|job|role|boss|manager|company|business|promotion|year|years|months|client)\b",
    r"\bpersonally,? i (?:found|have|had|struggled|was|felt)\b",
    r"\bspeaking for myself\b",
    r"\bi used to (?:struggle|be|feel|think|find|hate|worry)\b",
    r"\bi(?:'?ve| have) (?:struggled|wrestled|dealt) with\b",
    r"\bwhen i (?:started|first|changed|left|lost|became|moved|joined|took|got|went|was promoted|had my|quit|retired|began|worked)\b",
    r"\bsomething i (?:learned|learnt|went through) (?:myself|the hard way)\b",
    r"\bwhat (?:i did|worked for me|helped me) was\b",
    r"\bi can relate\b",
    rf"{_SENTENCE_START}(?:oh,? |yeah,? )?me too\b",
    # the coach's present reaction, owned as such
    r"\bi(?:'ll| will| have to| must|'ve got to) (?:admit|confess|be honest)\b",
    r"\bi(?:'m| am| feel| felt| was) (?:a bit |a little |quite |really |so )?(?:lost|confused|stuck|uncomfortable|moved|touched|emotional)\b",
    r"\bi(?:'m| am) (?:finding myself|noticing (?:in )?myself|feeling)\b",
    r"\bi (?:notice|noticed) (?:that )?i(?:'m| am| was| feel| felt)\b",
    r"\b(?:frustrated|angry|sad|worried|excited|delighted|thrilled|annoyed|furious) (?:for you|on your behalf)\b",
    r"\bi (?:wondered|worried|was worried|was nervous|was afraid) (?:whether|if|that) i\b",
)
# A coach mostly talks about the client; two or more first-person past clauses with no
# "you" at all ("I'd planned my week as if... and I had to learn...", "I'd go home and
# feel like I hadn't done anything, you know?": "you know" said in passing is no "you")
# is their own story.
_FIRST_PERSON_PAST = re.compile(
    r"\bi(?: had| hadn'?t| was| wasn'?t| couldn'?t| did| didn'?t| got| went| found| learned| learnt| felt| thought| lost| left|"
    r" took| used to| remember| struggled|'d (?:been|had|done|gone|thought|never|\w+ed|(?:just )?(?:go|come|get) home)|"
    r" (?!noticed\b|wondered\b|heard\b|asked\b|mentioned\b)\w+ed)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(
    r"\byou(?:rs?|rself|'re|'ve|'ll|'d)?\b(?<!\byou(?= know\s*(?:[?.!,]|$)))", re.IGNORECASE
)
# The coach's story handed back to the client with a disclaimer ("I'm not saying that's
# you.", "I'm not saying you're me.", "Your situation's different, of course."): a
# bridge that ends a self-disclosure, not a claim of the coach's own. After the coach's
# own story it is read past (see _act); alone, or after a general claim ("Some managers
# freeze. I'm not saying that's you."), it is what it is.
_BRIDGE = _rx(
    r"\bi'?m not saying (?:that'?s|that is|this is|it'?s|it is|that was|it was|it'?d be|it would be) "
    r"(?:(?:exactly|necessarily|quite|definitely) )?(?:you|yours|your (?:situation|story|case|position)|the same (?:for|with|as) you|true (?:for|of) you)\b",
    r"\bi'?m not saying you(?:'re| are|'ll| will|'d| would)? (?:be |end up )?(?:me|like me|the same|in the same (?:place|boat|position)|(?:going to )?(?:do|make) the same)\b",
    r"\byour (?:situation|story|case|position|circumstances?)(?:'s| is| may be| might be| could well be| will be) (?:quite |very |completely |totally )?different\b",
)

# Something specifically good about the client: a strength, an effort, a value, courage,
# progress. Generic approval ("Great.", "Good plan.", "That's great.") is not one.
_PRAISE = (
    r"(?:thoughtful|generous|brave|courageous|wise|insightful|honest|mature|creative|clever|"
    r"kind(?! of\b)|caring|powerful|remarkable|impressive|bold|self-aware|perceptive|"
    r"gracious|resourceful)"
)
_VIRTUE = (
    r"(?:persistence|perseverance|courage|determination|resilience|integrity|generosity|"
    r"commitment|honesty|grit|self-awareness|initiative|leadership|dedication|strength|"
    r"clarity|maturity|wisdom|foresight|discipline|self-belief)"
)
# After a step or a skill named, a doubt or a lack of the client's says what it is, not
# praise ("It's a big step, and you're not sure you're ready.", "It's a skill you haven't
# had to use.").
_NO_DOUBT = (
    r"(?!,? (?:and |but |that |which )?(?:you|i|we)(?:'re| are|'ve| have| do| did|'ll| will)?"
    r"(?: still| just)? (?:not|never|haven'?t|hasn'?t|don'?t|didn'?t|can'?t|won'?t|aren'?t|"
    r"unsure|worried|afraid|scared|nervous|doubt|might not)\b)"
)
# After a strength, a step or a finding named, whose it is: not another's ("It sounds like
# a real achievement for her.", "That's quite a skill he has.", "That seems like a big
# shift for the whole team."), nor one with more said of it ("That sounds like a
# realisation that hurt.", "...quite a leap from one late email to 'he hates me'.").
_THE_CLIENTS = (
    r"(?! (?:for|of|in|from) (?!you\b|yours\b|yourself\b|how you|where you|what you|the way you|the right direction)\w"
    r"| (?:that|which) (?!you)\w| (?:he|she|they|it) (?:has|had|have|made|makes|did|does|showed|shows)\b)"
)
# The rest of a sentence that turns what it credits round ("You found it yourself, but it
# took three months.", "...a way in that doesn't blame anyone, and she still got
# defensive."): no affirmation.
# What undoes a quality named in the next words: it turned ("..., and then you snapped"), ran
# out ("...is wearing thin"), held the client back ("...kept you in that job too long",
# "...making things harder") or is the client's own word given back ("..., you said"), or
# what it was given to is disliked ("...to a project you told me you hate").
_NOT_KEPT = (
    r"(?![^.!?]{0,80}?(?:\band then\b|\bwearing thin\b|\brunning out\b|\bran out\b|\btoo long\b|"
    r"\bharder\b|\bworse\b|\bstuck\b|\btrapped\b|\byou said\b|\byou told me\b|\bhate\b|\bcan'?t stand\b))"
)
_NO_TURN = (
    rf"(?![^.!?]{_REACH}?(?:\b(?:but|yet|though|although|even so)\b|"
    r"\band (?:it|that|this|she|he|they|you) (?:still|(?:did|does|do)n'?t|(?:was|is)n'?t|left)\b))"
)
# The client's movement in the session named ("That's a real shift from ten minutes
# ago.", "That's quite a change from where you were.", "That's quite a shift in one
# session."): an affirmation, which the rules
# settle (:func:`statement_settled`). Not "That's a big change from last year." said of a
# new job, nor "...a leap from one late email to 'he hates me'.".
_MOVEMENT_NAMED = (
    r"\b(?:that'?s|that is|what|this is|(?:that|it) (?:sounds|seems|feels) like) (?:a|such a|quite a) (?:really |very )?"
    r"(?:(?:real|big|huge|genuine|significant|striking|noticeable|massive|clear) )?(?:shift|change|move|turnaround|leap|step|difference) "
    # (in the session itself: "...quite a shift in one session"; not "...a big change in
    # this conversation with your manager")
    r"(?:in (?:just |only )?(?:one|a single|this|today'?s|our|the) (?:session|conversation|hour|call)(?=\s*[.!,;]|$)"
    # (nor where the sentence then turns to what the shift might cost: "...in one
    # session, and that might feel unsettling")
    rf"{_NO_TURN}(?![^.!?]{_REACH}\b(?:might|may|could) (?:feel|be)\b)|from "
    r"(?:(?:\w+ )?(?:minutes?|an hour|half an hour) ago|"
    # (the client as they were: "...a real shift from the man who re-interviewed the ops
    # candidates", "...from the person who came in here in March")
    r"the (?:man|woman|person|leader|manager|guy|one|version of you|you) who (?!\w+s\b)|(?:the start|the beginning) of (?:the|our|this|today'?s) (?:session|conversation|hour|call)|"
    # (said of the session or of where the client stood, not of a place or a job: "...from
    # where you were living before", "...from when you started the job")
    r"when (?:we|you) (?:started|began|came in|sat down|first (?:came in|sat down|arrived))(?=\s*[.!,;]|$| (?:today|this (?:morning|afternoon|session)|earlier)\b)|"
    r"where you (?:were|started|began)(?=\s*[.!,;]|$| (?:in|at) (?:the )?(?:spring|summer|autumn|fall|winter|start|beginning)\b| (?:last|this) (?:week|month|year|time|session)\b"
    r"| \w+ (?:weeks?|months?|years?) ago\b| (?:before|earlier|then|today|at first|when we (?:started|began|first met))\b)))"
)
_AFFIRMATION = _rx(
    r"\bwell done\b",
    # the courage a step took named ("It takes something to show up when you feel like you
    # haven't done the thing.", "That took guts.", "It takes real courage to say that."),
    # not what a task takes ("It takes about an hour to set up.")
    r"\b(?:it|that|this|which) (?:takes|took|must have taken|can take) (?:something|courage|guts|nerve|bravery|backbone|"
    r"real (?:courage|guts|nerve|strength|honesty|backbone|persistence|commitment|determination)|"
    r"a lot of (?:courage|guts|nerve|bravery|strength|honesty)|a (?:lot|fair bit) of (?:courage|guts))\b",
    # the client's own effort called evidence or progress ("That's real evidence.",
    # "That's genuine progress."), not a fact weighed ("That's evidence for the board.")
    r"\b(?:that'?s|that is|this is) (?:real|genuine|solid|proper|concrete|hard) (?:evidence|progress)\s*[.!]*$",
    r"\bcongratulations\b|\bcongrats\b",
    r"\b(?:great|good|nice|excellent|fantastic|amazing|wonderful|brilliant|terrific|superb|outstanding|solid) (?:job|work|effort|thinking|insight|progress)\b",
    r"\bi (?:really )?(?:admire|respect)\b",
    r"\bi (?:really )?appreciate (?:your|you|how|that you|the way)\b",
    # (not "I love that.", "I love that idea.", nor what the client does to the coach, "I
    # love that you'd ask me.", "I love that you think I have the answer, but...", nor
    # another's words quoted, "She says, I love that you're always there.")
    r"\b(?<!says )(?<!says, )(?<!said )(?<!said, )(?<!goes )(?<!goes, )(?<!tells me )(?<!told me )(?<!')(?<!\")"
    r"i (?:really |just )?love (?:how|the way|that) you\b(?!(?:'d| would| could| can| might| think| thought| believe| assume| expect)\b)"
    rf"(?![^.!?]{_REACH}\bbut\b)",
    # (the same, liked, as a sentence of its own: "I like how quickly you turned that into
    # something you can do.")
    rf"{_SENTENCE_START}(?:(?:and|so|okay|ok|well),? )*i (?:really |just )?like (?:how|the way)(?: \w+ly)? you\b(?!(?:'d| would| could| can| might| think| thought| believe| assume| expect)\b)"
    r"(?![^.!?]*\bbut\b)",
    r"\bthank(?:s| you) for (?:sharing|being|your|telling|trusting|opening)\b",
    # a strength of the client's that the coach saw in the session ("I really noticed how
    # honest you were with yourself today."); not a state ("I noticed how tired you were.")
    r"\bi (?:really |also |just )?(?:noticed|notice|saw|could see|can see|was struck by) how "
    r"(?:honest|open|brave|courageous|candid|clear|generous|thoughtful|determined|resourceful|"
    r"persistent|curious|creative|committed|willing) you(?:'ve been| have been| were| are|'re)\b",
    r"\b(?:that|this|it) (?:took|takes|must have taken|must've taken) [\w ,]{0,30}?\b(?:courage|guts|strength|honesty|commitment|discipline|preparation|effort)\b",
    r"\b(?<!he was )(?<!she was )(?<!they were )(?<!he's )(?<!she's )(?<!they're )(?:courageous|brave)\b",
    # (not another's pride, "...the boy who wanted his dad to be proud.", "She'd be proud.",
    # "He has every right to be proud.", "Your parents must be proud of her.", nor pride
    # warned against, "Don't be so proud that you won't ask.")
    r"\b(?:you should be|you can be|i'?m|you(?:'ve| have)(?: got)? (?:every |good )?(?:right|reason) to be|"
    r"(?<!to )(?<!would )(?<!'d )(?<!will )(?<!'ll )(?<!might )(?<!could )(?<!may )(?<!must )(?<!can )(?<!should )(?<!n't )(?<!not )(?<!never )be) (?:really |so |very )?proud\b",
    r"\byou(?:'?ve| have) (?:done|achieved|accomplished|managed) (?:a lot|so much|really well|something|a great deal)\b",
    # a past success named as the client's ("You've done it well before."; not "...well
    # enough to get by", not the client's doubt given back, "You're not sure you've done it
    # well.", nor one side of two, "You've handled it well at work, and fallen apart at home.")
    r"\b(?<!n't think )(?<!not think )(?<!not sure )(?<!n't sure )(?<!unsure )(?<! if )(?<!whether )(?<!doubt )(?<!n't know )"
    r"you(?:'?ve| have) (?:done|handled|managed|pulled off) (?:it|this|that|something like (?:this|that)) (?:really |very |so )?well\b"
    rf"(?! enough\b)(?![^.!?]{_REACH}(?:\b(?:but|yet|although|whereas|while|at what cost)\b|,\s*and\b))",
    # a harder one done before ("And you've done harder ones.", "You've handled worse."; not
    # the client's doubt, "You're not sure you've handled worse.", nor one side of two,
    # "You've done harder ones, but this feels different."). What was harder is left
    # unnamed, or is a thing, a time or a challenge: not a wrong done, "You've done worse
    # things to her.", a harm borne, "You've dealt with worse from him.", nor a fact of a
    # past job, "You've managed bigger teams."
    r"\b(?<!n't think )(?<!not think )(?<!not sure )(?<!n't sure )(?<!unsure )(?<! if )(?<!whether )(?<!doubt )(?<!feel )(?<!fear )(?<!worry )"
    r"you(?:'?ve| have) (?:(?:done|handled|managed|faced|survived|got through|gotten through|come through|dealt with|pulled off|navigated) "
    r"(?:much |far |way |a lot |even )?(?:harder|tougher|bigger|more difficult|scarier)|"
    r"(?:handled|faced|survived|got through|gotten through|come through|dealt with|navigated) (?:much |far |way |a lot |even )?worse)"
    r"(?=\s*(?:[.!,;]|$)| than\b| (?:ones?|things?|stuff|times?|situations?|challenges?|problems?|days?|conversations?|setbacks?|before|in the past)\b)"
    rf"(?![^.!?]{_REACH}\b(?:but|yet|although|whereas|while)\b)",
    r"\byou(?:'?ve| have) (?:worked|been working) (?:so |really )?hard\b",
    # what the client found or made, credited to them ("I like that, and you came up with
    # it yourself.", "You found the words on your own.", "You made that link yourself."; not
    # "You came up with it at work yourself?" asked, nor another's, "He came up with it
    # himself.", nor a finding that the sentence then turns against, "You found it
    # yourself, but it took three months.")
    r"\byou (?:(?:came up with|found|worked out|figured out|thought of) "
    r"(?:it|that|this|those|them|the (?:words|answer|idea|way))|made (?:that|the|this) (?:link|connection)) "
    rf"(?:all )?(?:yourself|on your own|by yourself)(?=\s*[.!,]|$){_NO_TURN}",
    # a way found that spares someone ("You found a way in that doesn't blame anyone."; not
    # a way round a rule or a person, "You found a way to avoid her.", nor one that did not
    # work, "...that doesn't blame anyone, and she still got defensive.")
    r"\byou(?:'ve| have)? found a way (?:in|into it|to (?:say|put|raise|open|start) (?:it|that|this))"
    r",? (?:that|which) (?:doesn'?t|does not|didn'?t|won'?t) (?:blame|attack|accuse|hurt|shame|corner)\b"
    rf"{_NO_TURN}",
    # the client's work named as real work ("That's real research.", "That's real
    # experience, all of it."; not a load still to carry, "That's real work to get
    # through.", nor a thing, "That's real money.", nor with a "but" after it, "That's
    # real progress, but you sound unsure.")
    r"\bthat'?s real (?:research|expertise|craft|experience|progress|steadiness|leadership|"
    r"follow-through|follow through|determination|commitment|courage|care)\b"
    rf"(?! (?:to|for|from|of|you(?:'ll| will) need)\b){_NO_TURN}",
    # a virtue named in what the client says or does ("There's so much warmth in the way you
    # describe your team.", "That's a lot of loyalty to a business that hasn't always paid
    # you back."); not a feeling, "There's a lot of anger in the way you talk about him.",
    # nor a virtue not the client's, "...loyalty in that family business, from what you say.",
    # nor a regard held for someone, "There's genuine respect for your boss."
    r"\b(?:there'?s|there is|that'?s|that is) (?:so much|a lot of|real|such|genuine) "
    r"(?:love|care|warmth|kindness|loyalty|integrity|generosity|courage|honesty|wisdom|patience|"
    r"grit|determination|commitment|respect|compassion) "
    r"(?:(?:in|behind) (?:the way|how|what) you\b|for (?:your|the) (?:team|people|staff|family|kids|clients|patients)\b|"
    # (the one it is owed to, and the client in it a short way on, read once from each cue)
    r"to (?:a|an|the|your) [^.!?]{0,60}?\byou\b)"
    rf"{_NO_TURN}{_NOT_KEPT}",
    # what a step of the client's says of them ("...says a lot about what you've got."; not a
    # state, "It says a lot about how tired you are...")
    r"\bsays a lot about (?:you(?=\s*(?:[.!,]|$|that\b))|what you(?:'ve| have) got\b|who you are(?=\s*(?:[.!,]|$))|"
    r"(?:how|what) you (?!(?:are|'re|were|feel|felt|think|thought|believe|make of)\b))"
    r"(?![^.!?]{0,30}\b(?:tired|stressed|worried|scared|anxious|exhausted|stuck|low|bad|afraid)\b)",
    # a step that took nerve, whatever its subject ("Ringing him first... takes some guts.")
    r"\b(?:takes|took) some (?:guts|courage|nerve|bottle)\b(?!,? (?:from|of|for|on the part of) (?!you\b))",
    # a quality kept, named again ("And that same honesty is what your team will hear.")
    rf"\bthat same (?:honesty|courage|grit|openness|determination|resilience|care|calm|patience)\b{_NOT_KEPT}",
    # a quality the client kept through something hard ("You stayed curious, even with the
    # parts that hurt."; not "You stayed late again.")
    rf"\byou stayed (?:curious|open|calm|honest|steady|kind|patient|with it)\b{_NO_TURN}{_NOT_KEPT}",
    # a gift the client has ("You've got a real gift for calming a room down."; not a
    # present, "You've got a gift for her birthday.")
    r"\byou(?:'ve got| have got| have|'ve) (?:a |such a )?(?:real |genuine |rare |natural )?(?:gift|knack|talent|flair) "
    rf"for (?:\w+ing|getting|making|finding|seeing|reading|knowing)\b{_NOT_KEPT}",
    # the grit the client has shown named again ("That's the same grit you showed at the
    # trial."; not another's, "...the same grit he expects from everyone.")
    r"\bthat'?s (?:the )?(?:same |very same )?(?:grit|courage|determination|resilience|strength|backbone|nerve) "
    rf"(?:that |which )?(?:you|got you|kept you|carried you|brought you)\b{_NOT_KEPT}",
    # what the client did, credited with working ("You noticed the clash early, you raised
    # it, and it worked."); not another's step, "Your manager tried that and it worked.", nor
    # one that worked only for a while, "..., and it worked, for about a day."
    rf"{_SENTENCE_START}(?:(?:and|so),? )?you (?!know\b)[^.!?]{{0,150}}?,? and it worked[.!]*(?=\s|$)",
    r"\byou(?:'?ve| have) (?:come|travelled|traveled) (?:such |a )?(?:a )?long way\b",
    r"\byou(?:'?ve| have) (?:made|shown) (?:real|great|huge|so much|a lot of|such) (?:progress|effort|courage|commitment)\b",
    r"\byou(?:'?re| are| have been|'ve been) (?:really |clearly |so |very )?(?:making|putting in|made|put in) (?:a (?:real |big |huge )?|an |so much |a lot of )?effort\b",
    r"\byou(?:'?re| are) doing (?:really |so |very |incredibly |remarkably )?well\b",
    r"\byou know (?:yourself|your (?:own )?\w+|them|this \w+) (?:really |very |so |pretty )?well\b",
    r"\byou(?:'?ve| have) been (?:really |very |so )?(?:open|honest|brave|generous|patient|persistent)\b",
    rf"\b(?:that'?s|that is|what|it'?s|it is|this is|(?:that|it) (?:sounds|seems) like) (?:a|an|such an?|quite an?) (?:really |very |truly |genuinely )?"
    r"(?:real |great |good |big |huge |genuine |important |significant |powerful |sharp )?"
    rf"(?:strength|achievement|accomplishment|step forward|breakthrough|insight|skill|milestone|realisation|realization|discovery)\b{_NO_DOUBT}{_THE_CLIENTS}",
    # a step the client chose, named as a good one ("That sounds like a really solid step.";
    # not "That's a big step down.", and not "That's a good step.", as plain as "Good plan.")
    rf"\b(?:that'?s|that is|what|it'?s|it is|this is|(?:that|it) (?:sounds|seems) like) (?:a|such a|quite a) (?:really |very )?"
    r"(?:real|big|huge|genuine|important|significant|brave|bold|courageous|solid|concrete|smart|sensible|strong|clear|practical) "
    rf"(?:step|shift|leap)\b(?! (?:down|back|backwards?)\b){_NO_DOUBT}{_THE_CLIENTS}",
    _MOVEMENT_NAMED,
    # a finding or an admission of the client's named for what it took ("That's a big thing
    # to see.", "That's a hard thing to say about yourself."; not "That's a hard thing to
    # see." of a parent's decline, nor "That's a big thing to see in a child."; "that", what
    # the client has just done, not "it", a thing in general: "It's a big thing to see, your
    # dad in hospital."; what was found, not what is still to find: "That's an important
    # thing to work out."; nor what the clause after it makes general: "..., when you talk
    # to HR.", "..., for any parent.")
    r"\b(?:that'?s|that is|what|that (?:sounds|seems) like) (?:a|an|such an?|quite an?) (?:really |very |truly )?"
    r"(?:(?:big|huge|important|powerful|significant|real|brave|courageous|honest|generous|sharp|key|valuable) (?:thing|realisation|realization|insight|connection|discovery) to "
    r"(?:see|notice|realise|realize|recognise|recognize|name|admit|own|spot|catch|say|put into words)|"
    r"(?:hard|difficult|tough) thing to (?:admit|own|name|say|put into words))"
    r"(?: out loud| so clearly| for yourself| (?:about|in) yourself)?"
    r"(?=\s*[.!]|$|,? (?:and you|to someone)\b|,? when you(?:'ve| have)\b|, (?!(?:when|if|before|once|whenever|for|as) )\w)",
    # the client's own thinking or finding named as good ("That's a sharp connection to
    # make.", "That's a good instinct."; not "That's a good question.", "That's a big
    # ask.", a contact, "a good connection to have", nor a thing, "That sounds like a
    # useful resource." said of a helpline the client has heard of)
    r"\b(?:that'?s|that is|what|(?:that|it) (?:sounds|seems) like) (?:a|an|such an?|quite an?) (?:really |very |truly )?"
    r"(?:good|great|sharp|smart|sound|wise|strong|powerful|astute|perceptive|useful|important|brilliant|excellent|solid) "
    r"(?:instinct|observation|catch|connection (?:to make|you(?:'ve| have)? made|you'?re making)|pair|combination|reframe|distinction|"
    # (a read of someone or of the room: "That's a sharp read on yourself.", "That's an
    # astute read of the room."; not a book, "That's a good read.")
    r"read (?:on|of) (?:yourself|him|her|them|it|that|the (?:room|situation|team|people)))\b"
    r"(?! of\b| (?:for|from) (?!you\b)\w)",
    # a step the client has chosen, named by its verb and called a smart one ("Asking her for
    # the figures first is a smart move.", "Booking the room early was a wise call."); not one
    # denied or asked about ("Quitting now isn't a smart move.", "Is waiting a smart
    # move?"), another's ("...was a smart move by your boss."), nor a thing ("Nothing is...")
    rf"{_SENTENCE_START}(?:(?:and|so|okay|ok|well|yeah|yes|right|honestly|i think),? )*"
    r"(?!(?:no|some|any|every)?thing\b|morning\b|evening\b|meeting\b)[a-z]+ing\b[^.!?,;]{0,60}? (?:is|was|'s) (?:a |an )?(?:really |very )?"
    r"(?:smart|wise|clever|shrewd|savvy|canny) (?:move|call|choice|decision|idea|way (?:to|of))\b"
    # (nor a step of another's or for them: "...a smart way of doing it for the board")
    # (nor "...was a smart move by Tom.", "...a wise call for your parents.")
    r"(?![^.!?,]{0,60}?\b(?:by (?!you\b)[a-z]|(?:for|on the part of) (?:him|her|them|the (?:board|company|team|business|firm)|"
    r"your (?!own\b|self\b)[a-z]+)\b))",
    # the client's step named as what their role asks of them, as a sentence of its own
    # ("That's what a good manager does.", "That's exactly what a leader does."); one of a
    # kind, not a role's habits said of all who hold it ("That's what managers do."), nor a
    # role explained ("That's what a manager does when they're scared."), another's habit
    # ("That's what your manager does."), or a question
    rf"{_SENTENCE_START}(?:(?:and|so|honestly|really),? )*(?:that'?s|that is|this is) (?:exactly |precisely |just )?what an? "
    r"(?:(?:good|great|real|strong|grown-up) )?(?:leader|manager|director|head|founder|owner|professional|partner|ceo|boss|team lead) does"
    r"(?:[.!]+(?=\s|$)|$)",
    rf"\b(?:(?:that|this|it)(?:'s| is| was| sounds| seems)(?: like)?|what) (?:a |an |such an? )?(?:really |very |so |truly |incredibly |genuinely )?{_PRAISE}\b",
    r"\bthat'?s (?:a|such a) (?:really |very )?clear (?:sense|picture|idea|view|vision)\b",
    # the client's plan or answer named for a quality of its own ("That's a clear plan.",
    # "That's a really clear plan, and it's yours.", "That's a very specific ask."); "Good
    # plan." approves, as any plan would be (:data:`_APPROVAL`)
    rf"\b(?:that'?s|that is|it'?s|it is|what|(?:that|it) (?:sounds|seems) like) (?:a|such a) (?:really |very )?"
    r"(?:clear|concrete|specific|realistic|thoughtful|honest|solid|well thought[- ]out) "
    # (not "It's a solid plan on paper, but...", "That's a clear line management structure.")
    rf"(?:plan|answer|ask|request|commitment|line(?=\s*[.!,]|$)|script|way (?:to put it|of putting it))\b{_NO_DOUBT}{_THE_CLIENTS}"
    rf"(?![^.!?]{_REACH}\bbut\b)",
    # the client's answer named the best the coach has heard ("It's probably the most
    # honest answer I've had all week."; not another's, "That's the most honest answer
    # he's given.", nor a plain one, "It's the most common answer I hear.")
    rf"\b(?:that'?s|that is|it'?s|it is)(?: (?:probably|maybe|perhaps|easily|honestly|genuinely))? (?:the|one of the) (?:most|best|bravest|clearest) "
    rf"(?:{_PRAISE} )?(?:answer|reply|response|thing (?:to say|anyone'?s said))s? i(?:'ve| have)? (?:had|heard)\b",
    # how the client just put it ("That was really clear.", "You said it so well."; not
    # "That was clear." of a rule, "It was very clear she'd had enough.")
    # (as a sentence of its own: not "So the brief that was really clear.")
    rf"{_SENTENCE_START}(?:(?:and|so|okay|ok|well|wow|yes|yeah|right|honestly),? )*(?:that|what you (?:just )?said) was "
    r"(?:really|very|so|super|beautifully|incredibly|remarkably) clear(?:ly put)?(?=\s*[.!]|$)",
    r"\byou (?:put|said|explained|described) (?:that|it) (?:really |so |very |beautifully )?(?:clearly|well)(?=\s*[.!]|$)",
    # ("That was clear and confident.", "That was calm and direct."; not "It was clear and
    # cold.", nor another's, "His email was clear and direct.")
    rf"{_SENTENCE_START}(?:(?:and|so|okay|ok|well|wow|yes|yeah|right|honestly),? )*(?:that|what you (?:just )?said) was (?:really |very |so )?"
    r"(?:clear|calm|direct|confident|strong|assured|grounded) and (?:really |very |so )?(?:clear|calm|direct|confident|strong|assured|grounded|powerful)(?=\s*[.!]|$)",
    # the client heard in what they just said, as a sentence of its own ("Listen to you.")
    rf"{_SENTENCE_START}(?:(?:wow|oh|well|and|just),? )*listen to you(?:rself)?(?: (?:now|there|go))?\s*[.!]*$",
    # a number the client has just given, named as honest ("Six is honest.")
    rf"{_SENTENCE_START}(?:(?:and|so|okay|ok|well|right),? )*(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?: and a half)? "
    r"(?:is|'s|feels|sounds) (?:really |very )?(?:honest|brave|realistic)\b"
    # (not a number weighed, "So four is realistic, but six feels like a stretch.", nor one
    # of others, "Two is realistic for most teams.")
    r"(?!\s*(?:for|in|as|given|if|when|because)\b)(?![^.!?]*\bbut\b)",
    # candour named in what the client just said or saw ("That's a candid thing to see
    # about yourself.", "That's very candid of you."; not "It was a candid conversation.",
    # "That's candid feedback from your boss.", "That was candid of her.")
    r"\b(?:that(?:'s| is| was)|what) (?:a |such a )?(?:really |very |so |remarkably )?candid"
    r"(?: of you\b| (?:thing|answer|admission|reply|observation|way to put it)\b(?! (?:for|from) (?!you\b)\w)|(?=\s*[.!]|$))",
    rf"\b(?:that(?:'s| is| was)|shows?|showed|takes|took) (?:real |such |a lot of |great |genuine |so much |some )?{_VIRTUE}\b{_NOT_KEPT}",
    r"\b(?:that|this|it) (?:took|takes|must have taken|must've taken) (?:a lot|so much|real|guts|nerve)\b",
    r"\byou (?:clearly |really )?(?:handled|managed|did|dealt with|navigated|ran|led|played) (?:that|it|this|the \w+|that \w+|those \w+)(?: \w+)? (?:really |so |very |incredibly )?well\b",
    r"\byou(?:'ve| have)? (?:clearly |really )?put (?:a lot of|so much|real|serious|a great deal of) (?:thought|work|effort|care|energy)\b",
    r"\byou(?:'ve| have)? (?:really |actually |just )?(?:stuck with it|kept going|kept at it|didn'?t give up|followed through|held your ground|held (?:a |the |your )?(?:firm )?line|showed up|kept (?:to )?your (?:word|promise|commitment))\b",
    r"\band (?:that|it) (?:wasn'?t|isn'?t|can'?t have been) easy\b",
    # a step taken in spite of fear ("You were shaky, and you said it anyway."; not "and
    # you drank anyway", nor one taken in spite of the harm it would do, "You knew he'd be
    # hurt, and you said it anyway.")
    rf"{_SENTENCE_START}(?![^.!?]*\b(?:hurt|upset|offend\w*|wrong|regret\w*|angry|shouldn'?t|warned|told you not)\b)"
    r"[^.!?]*?\band you (?:said|asked|spoke up|showed up|turned up|kept going|tried)(?: it| that| up| for it)? anyway\b",
    # the client's effort acknowledged, once made, as a sentence of its own ("I know today
    # wasn't easy."; not "I know it isn't easy to find the time." nor "..., but you
    # should...", and not sympathy with what is still hard, "I know it isn't easy.")
    r"\bi know (?:that )?(?:today|this|that|it|this conversation) (?:wasn'?t|hasn'?t been|can'?t have been|was not) (?:an? )?(?:easy|comfortable)(?: one| for you)?(?=\s*[.!]|$)",
    r"\byou (?:did|chose|took|made) the (?:hard|harder|difficult|brave|right) (?:thing|path|option|road|call|choice)\b",
    r"\b(?:it'?s (?:obvious|clear)|clearly|obviously) (?:that )?you (?:really |deeply )?(?:care|value|love)\b",
    r"\byou (?:care|cared) (?:so |very )?deeply\b",
    rf"\byour {_VIRTUE}\b(?: \w+){{0,3}} (?:is|was) (?:really |so |very )?(?:striking|impressive|clear|obvious|remarkable|inspiring|admirable)\b",
    rf"\byour {_VIRTUE}\b(?: \w+){{0,3}} (?:shows|showed|comes through|came through|stands out)\b",
    r"\bi can (?:see|tell|hear) (?:how much|that) you (?:really )?(?:care|value|love)\b",
    r"\b(?:comes?|came) from (?:a (?:lot|place) of |real |genuine |deep |such )?(?:love|care|caring|integrity|loyalty|commitment|courage|strength|generosity|kindness|compassion)\b",
    # (what it says of the client, not of those around them: "...about you and your mum's
    # relationship.", "...about your boss.", "...about the kind of manager you had.",
    # "...about who you are dealing with.")
    r"\b(?:says|shows) (?:a lot|so much) about (?:you\b(?! and\b)|"
    r"your (?!(?:own )?(?:mum|mom|mother|dad|father|parents?|partner|wife|husband|boss|manager|team|family|kids?|children|son|daughter|brother|sister|friends?|company|colleagues?|staff|employer|school)\b)|"
    r"who you are(?!(?: \w+)? (?:dealing|working|up against|talking|with))\b|"
    r"the (?:kind|sort|type) of (?:\w+ )?\w+ you(?:'re| are| were|'ve become| have become| want| wanted| hope| aim| try| strive|'d like| would like| could be| can be| will be|'ll be| became)\b)",
    r"\b(?:a lot of|many|most) people (?:in your (?:shoes|position|situation) )?would have (?:given up|thrown in the towel|quit|walked away)\b",
    # (with a word of degree or two: "You're clearly very talented.")
    r"\byou(?:'?re| are) (?:(?:clearly|really|so|very|obviously|incredibly) ){0,2}"
    r"(?:resourceful|determined|committed|resilient|thoughtful|capable|creative|brave|strong|talented|gifted|skilled)\b",
    r"\byour (?:commitment|determination|persistence|honesty|courage|resilience|creativity) (?:is|really|shows)\b",
    rf"{_SENTENCE_START}(?:well,? )?good for you\b",
    r"\bthat'?s (?:great|wonderful|fantastic|brilliant|excellent|amazing) (?:that|how) you\b",
    r"\bimpressive\b",
    rf"{_SENTENCE_START}(?:\w+,? )?you did it\s*[.!]*(?:$|\s)",
)

# Others, as a coach names them when proposing what they do ("some leaders", "a lot of
# founders", "other people I work with").
_OTHERS = (
    r"(?:(?:some|many|a lot|lots|plenty|a few|most) of (?:the|my)|some|many|a lot of|lots of|plenty of|a few|other|most) (?:[\w-]+ )?"
    r"(?:people|managers|leaders|parents|clients|founders|owners|entrepreneurs|executives|"
    r"directors|professionals|coaches|teachers|nurses|doctors|engineers|carers|couples|families|folk|folks|teams)"
)
# A step a coach proposes, as its first words: writing or planning something, asking
# for time or help, splitting or naming what there is. Not a verb that as often opens a
# mistake ("...is agree to everything.", "...is send an angry email.", "...is share too
# much.", "...is use humour to deflect.", "...is set themselves impossible targets.").
_A_STEP = (
    r"(?:write|jot|note|list|draft|split|break (?:it|this|that|them|the \w+) (?:down|into|up)|separate|"
    r"plan|prepare|practi[sc]e|rehearse|book|block|schedule|ask (?:for|their|a|someone)|"
    r"set (?:a|an|aside|up|some|clear)|map|name|lead with|invite|check in|"
    r"start (?:with|by|small)|sleep on)\b"
)
# Telling the client what they could or should do, also softened ("you could ask her").
_ADVICE = _rx(
    r"\byou (?:should|ought to)\b",
    # (not how far the client has come, "...summarise where you've got to.")
    r"(?<!\bwhere )(?<!\bhow far )\byou(?:'ve| have)? (?:got to|gotta)\b",
    r"\bi(?:'d| would)? (?:suggest|recommend|advise|encourage you)\b",
    # the same, put first ("What I'd suggest is...", "Here's what I'd do:"); "do" only
    # after a modal ("What I do notice is..." says what the coach sees)
    r"\b(?:what|here'?s what) i(?:(?:'d| would)? (?:really |strongly )?(?:suggest|recommend|advise)|(?:'d| would) (?:really )?do)\b(?! (?:if|when|whether)\b)",
    r"\bi(?:'d| would) (?:still |really |strongly )?(?:push|urge) you\b",
    r"\bmy (?:advice|suggestion|recommendation)\b",
    r"\b(?:you )?(?:might|may|could) (?:also |just )?(?:want to|try|consider)\b",
    r"\byou (?:might|could) (?:also |just |always |even )?(?:write|make|ask|start|keep|set|put|book|talk(?! (?:to|with) me\b)|practise|practice|note|block|schedule|send|call|email|tell (?!me\b)|offer|propose|share(?! with me\b)|bring|raise|suggest|check|go|take|give|use|plan|prepare|invite|say to)\b",
    r"\bwhy don'?t you\b",
    # what the coach would do in the client's place, said as a step ("I'd also let your
    # director know.", "And I'd send her a short note first."); not the coach's own past
    # habit ("When I was on the wards, I'd tell them...") nor an offer ("I'd tell you if...")
    rf"{_SENTENCE_START}(?:(?:and|so|honestly|but|yeah|okay|ok),? )*i'?d (?:also |just |probably |definitely |honestly |really )?"
    r"(?:let|tell|ask|send|ring|call|email|text|talk to|speak to|put|book|write|get)\b(?! (?:you|me)\b)"
    r"(?![^.!?]*\b(?:when i was|back then|back when|in my (?:old|last|first)|years ago|at the time|used to)\b)",
    # a step the client must start ("You need to start saying no."; not "You need to start
    # again.")
    r"\byou (?:need to|must|have to) start \w+ing\b",
    r"\bif i (?:were|was) you\b|\bin your (?:shoes|position),? i(?:'d| would)\b",
    # what to do put first ("So what you need to do is raise your rates.", "What you ought
    # to do is ring her."), not what the client said they must ("What you need is time.")
    r"\bwhat you (?:really )?(?:need|have|ought|want|'?ve got) to do (?:is|here is|now is)\b|\bwhat you should (?:really )?do (?:is|here is|now is)\b",
    # the coach's own weighing put to the client ("So I'd really think hard about whether
    # you want to close that door now.")
    r"\bi(?:'d| would) (?:really |seriously |honestly |just )?think (?:hard|carefully|twice|long and hard|very carefully) (?:about|before)\b",
    # a step softened ("So maybe think of it less as a presentation and more as...",
    # "Perhaps treat it as a first draft."), as a sentence of its own (not "Maybe think
    # about it is what he said.")
    rf"{_SENTENCE_START}(?:(?:so|and|okay|ok|then|well|but),? )*(?:maybe|perhaps) (?:just )?(?:think of|treat|see|frame|approach|picture) (?:it|this|that|them|him|her|the \w+)\b(?![^.!?]*\b(?:said|says)\b)",
    r"\b(?<!\bto )(?<!'d )try (?:to|doing|writing|asking|taking|saying)\b",
    r"\b(?:the )?best thing (?:you can|you could|to) do\b",
    r"\bit (?:might|may|could|would|will) (?:help|be worth|be useful|be good) (?:to|if you)\b",
    # (not what is worth knowing, which informs: "It's worth knowing that most landlords
    # expect a counter-offer.")
    r"\bit'?s worth (?!knowing\b|noting\b|bearing in mind\b|(?:no|some|any|every)thing\b)(?:\w+ing)\b",
    # a step put as what it might be worth, its subject dropped or not ("Might be worth a
    # quick word with payroll.", "It could be worth a second look at the contract.", "Would
    # be worth asking her first."); not what a thing might fetch ("The house might be worth
    # a lot more.", "It might be worth a fortune."), nor what is worth knowing
    rf"{_SENTENCE_START}(?:(?:so|and|then|but|well|honestly|maybe|perhaps),? )*(?:it |that |this )?(?:might|may|could|would) (?:well )?be worth "
    r"(?:(?:a|an) (?!(?:lot|fortune|bit|few|little|packet|bomb|mint|million|thousand|hundred)\b)[\w-]+|"
    # (nor what it might fetch put as a thing: "It might be worth nothing by then.")
    r"(?!knowing\b|noting\b|bearing\b|(?:no|some|any|every)thing\b)\w+ing\b)",
    r"\b(?:one|another) (?:option|idea|possibility|thing you (?:could|might) do) (?:is|would be|might be|could be)\b",
    # the same, put as what others do ("One thing some leaders do is split the review
    # into two columns.", "Some people find it helps to write it down."): a step of the
    # kind a coach proposes (not a habit or a mistake named, "What a lot of founders do
    # is panic.", "One thing many managers do is avoid it.", nor a plain fact, "Most
    # people find it hard to say no.")
    rf"\b(?:(?:one|another) thing (?:that )?|what )?{_OTHERS} (?:i (?:know|work with|(?:have|'ve) worked with|(?:have|'ve) coached) )?"
    rf"(?:do|try|(?:have|'ve) done|(?:have|'ve) tried|find (?:helps|useful|helpful|works)) is (?:to )?{_A_STEP}"
    # (not the step then dropped, "...is plan the conversation and then never have it.")
    rf"(?![^.?!]{_REACH}\b(?:and|but) (?:then )?(?:never|not|don'?t|do not|forget|fail|give up|avoid|ignore)\b)",
    rf"\b{_OTHERS} (?:i (?:know|work with|(?:have|'ve) worked with|(?:have|'ve) coached) )?(?:find|have found|'ve found|say) (?:that )?(?:it )?"
    r"(?:(?:really |genuinely )?helps|(?:really |genuinely )?(?:useful|helpful)) (?:to|if they|when they)\b"
    # (not a way out named, "Some directors find it helps to hide behind process.")
    r"(?! (?:hide|avoid|ignore|blame|deflect|vent|drink|complain|pretend|put (?:it|things|that) off)\b)",
    rf"\b{_OTHERS} (?:i (?:know|work with|(?:have|'ve) worked with|(?:have|'ve) coached) )?(?:find|have found|'ve found) (?:a|an) (?:[\w-]+ ){{1,4}}?(?:really )?helps\b",
)
# An obligation is advice from the coach, but as often the client's own situation given
# back ("You have to provide for your children."), so it does not outweigh a reflection.
_OBLIGATION = _rx(r"\byou (?:need to|must|have to)\b")
# A sentence that opens with a verb of doing addressed to the client ("Give him level
# three.", "Don't over-explain it."). Farewells and reassurance ("Take care.", "Don't
# worry.") and invitations to talk ("Tell me more.") are not advice, and neither are the
# openers of a reflection ("Put simply, ...", "Stop me if I'm wrong, ...", "Set against
# that, ...") or a noun that looks like a verb ("Plan B fell through").
_IMPERATIVE = re.compile(
    r"^(?:(?:and|so|then|just|maybe|perhaps|now|also)\s+)*"
    r"(?:don'?t (?!worry|apologi[sz]e|be sorry|mention it|know)\w+|do not \w+|never (?!mind)\w+|"
    r"use|give (?!me\b|us\b)|try|make|write|start|stop (?!me\b)|keep (?!going\b)|ask (?:him|her|them|for)|"
    r"tell (?:him|her|them)|hand|delegate|book|schedule|set (?!against\b)|"
    r"put (?!simply\b|another way\b|differently\b|bluntly\b|that way\b|like that\b)|send|block|pick|"
    r"plan (?![ab]\b)|"
    r"focus on|remember to|go and|have a (?:look|think|go|word|chat|conversation)|talk to (?:him|her|them)|speak to (?:him|her|them)|"
    r"let (?:him|her|them))\b",
    re.IGNORECASE,
)

# Words that, before an advice cue in the same sentence, make it the client's view or a
# question about it ("It sounds like you need to...", "what do you think you should...").
_NOT_TELLING = re.compile(
    r"\b(?:what|how|whether|if|feel|feels|feeling|you think|know|knows|sounds?|seems?|"
    r"reasons?|wonder(?:ing)?|because|'cause|wish|focused on)\b",
    re.IGNORECASE,
)


# A suggestion put as a question: "Why don't you ask them?", "Why not just try it?". The
# "why" asks for no reasons; what follows is a verb of doing (:data:`_IMPERATIVE`, or
# one of these). "Why don't you want to...?", "Why didn't you...?" and "Why don't you
# tell me about it?" ask.
_WHY_NOT = re.compile(r"^why (?:don'?t|do not) you |^why not ")
_DOING = re.compile(
    r"^(?:(?:just|maybe|perhaps|simply|also)\s+)*"
    r"(?:take|call|ring|email|text|bring|raise|invite|offer|propose|check|draft|share|show|"
    r"say (?:no|yes|something|it|that)|go (?:and|to|for|with)|get (?:in touch|someone|a|some)|sit down)\b"
)
# ... but sharing, taking a moment, checking or starting with what, how or where, or with
# noticing a feeling, is an invitation to talk ("Why don't you share what happened?",
# "Why don't you start wherever feels right?").
_INVITING = re.compile(
    r"^(?:(?:just|maybe|perhaps|simply|also)\s+)*(?:share|take|check|start)\b"
    r"(?=.*\b(?:what|how|where|wherever|whatever|notice|feel|feels|feeling)\b)"
)


def suggests(text: str) -> bool:
    """Whether a question suggests what the client could do ("Why don't you ask them?",
    "Why not try it this week?"): advice, not a question."""
    asking = _asking(_sentences(_clean(text)))
    if not asking:
        return False
    sentence = _LEAD.sub("", asking[-1])
    opening = _WHY_NOT.match(sentence)
    if opening is None:
        return False
    rest = sentence[opening.end() :]
    if re.search(r"\b(?:me|us)\b", rest) or _INVITING.match(rest):  # "Why don't you fill me in?"
        return False
    return bool(_IMPERATIVE.match(rest) or _DOING.match(rest))


# The coach asking leave to offer something ("Would you be open to a suggestion?", "Can I
# offer an idea?", "Would it be useful if I shared what has worked for others?"): what
# follows, once the client agrees, is what the coach offers (:func:`offered_advice`).
_LEAVE_ASKED = _rx(
    # (not a screen or a file shared: "Can I share my screen?")
    r"\b(?:can|could|may|might) i (?:just )?(?:offer|share|suggest|throw (?:in|out)|put forward|pass on|make an? (?:suggestion|observation)|"
    r"give you (?:an?|some|one|my) (?:idea|suggestion|thought|tip|option|advice))\b"
    r"(?! (?:(?:my|the|a|this|that|your) )?(?:screen|link|document|doc|slides?|file|form|calendar|diary|notes|recording|whiteboard)\b)",
    r"\bwould (?:it|that) (?:be )?(?:\w+ )?(?:useful|helpful|ok|okay|alright|all right|of interest) (?:if i|for me to|to hear)\b",
    # (what others have done only after "what": not "Would you like some time?", "Would
    # you want other people there?")
    r"\bwould you (?:be )?(?:open to|like|want|be interested in|mind if i (?:share|offer|suggest|made|make|gave|give)) "
    r"(?:to hear |hearing |me to (?:share|offer|suggest|give you) )?"
    r"(?:(?:a |an |some |one |my |a few |a couple of )?(?:suggestions?|ideas?|thoughts?|tips?|options?|advice)\b|"
    r"what (?:has|have|some|other|others|works|worked)\b)",
    r"\b(?:is it|would it be) (?:ok|okay|alright|all right|fine) (?:if i|for me to) (?:share|offer|suggest|give|make|tell you (?:what|about))\b",
)
# The client turning the offer down ("No, not right now.", "I'd rather not.").
_DECLINED = re.compile(
    r"^(?:(?:um|uh|hmm|well|honestly|actually|sorry),? )*(?:no\b|nope\b|nah\b|not (?:really|now|yet|right now|today)\b|"
    r"i'?d rather (?:not|you didn'?t)\b|please don'?t\b|maybe (?:later|another time)\b|i'?m (?:ok|okay|good|fine),? thanks\b|"
    # the client would rather find their own way ("Actually, I'd like to work it out myself.")
    r"i'?d (?:rather|prefer to|like to|want to) (?:work|figure|think|sort|find) (?:it|this|that|things|my way)\b)"
)
# Once invited, a step put as what the client might do or others do ("You might bring the
# register back.", "Some people set two alcohol-free nights a week.", "One option is...").
# Not what the client might feel or find ("You might find it hard."), nor a fact of
# others ("Some people struggle with it.").
_PROPOSED = _rx(
    r"\byou (?:might|could|can|may) (?>(?:also |just |always |even |then |perhaps |maybe )?)"
    # (not what the client may see, hear, have or disagree with, "You may have outgrown
    # the role.", "You can see it here.", nor leave given, "You can take your time.",
    # "You can always change your mind.", "You can let me know.")
    r"(?!(?:be|feel|find|think|know|notice|not|remember|imagine|wonder|already|see|hear|sense|recogni[sz]e|relate|"
    r"disagree|agree|argue|guess|say|tell me|ask me|let me know|call it|well|still|"
    r"have (?!a (?:go|look|chat|word|think|conversation|try)\b)|take (?:your|a|as much|all the) (?:time|moment|minute)|"
    r"change your mind)\b)[a-z]+\b",
    # (a step, not what others go through: "Some people do find it hard.", "Some people
    # take a while.", "Many give up.", "Others leave it too late.")
    rf"\b{_OTHERS} (?:i (?:know|work with|(?:have|'ve) (?:worked with|coached|seen)) )?(?:often |sometimes |usually |also )?"
    r"(?:set|try|write|keep|make(?! (?:the|that|a) mistake)|put|use|plan|schedule|book|take(?! (?:a (?:while|bit|long)|time|longer|ages|years|months|weeks|it (?:hard|badly|personally))\b)|"
    r"start(?! to\b| feeling\b)|swap|replace|switch|pick|choose|build|create|ask|agree|decide|block|"
    r"limit|cut|drop(?! out\b)|give(?! up\b| in\b)|bring|walk|call|text|track|list|break(?! down\b)|split|practi[sc]e|rehearse|prepare|"
    r"leave(?! it (?:too late|to the last|too long)\b)|save|do(?! (?:find|feel|struggle|get|have|worry|say|think|know|seem|tend|like|enjoy|hate|need|want|notice)\b))\b",
    r"\b(?:one|another) (?:option|idea|possibility|approach|thing (?:to try|that (?:works|helps|can help)|you (?:could|might|can)))\b",
    r"(?:^|[,;] )(?:maybe|perhaps) (?:you )?(?:try|start|set|pick|choose|make|consider)\b",
)


def offered_advice(text: str, asked: str, client_before: str) -> bool:
    """Whether a coach statement is advice given with leave: ``asked`` (the coach's line
    just before the client's) asked leave to offer something (:data:`_LEAVE_ASKED`), the
    client agreed in ``client_before`` (did not turn it down, :data:`_DECLINED`), and
    ``text`` proposes what the client could do (:data:`_PROPOSED` or plain advice)."""
    asked = _clean(asked)
    if "?" not in asked or not _LEAVE_ASKED.search(asked):
        return False
    if _DECLINED.match(_clean(client_before)):
        return False
    statements = [s for s in _sentences(_clean(text)) if not s.endswith("?")]
    return any(_is_advice(s) or _PROPOSED.search(s) for s in statements)


def _is_advice(sentence: str, obligations: bool = True) -> bool:
    if _IMPERATIVE.match(_LEAD.sub("", sentence)) and not sentence.endswith("?"):
        return True
    cues = (_ADVICE, _OBLIGATION) if obligations else (_ADVICE,)
    return any(
        not _NOT_TELLING.search(sentence[: match.start()])
        for cue in cues
        for match in cue.finditer(sentence)
    )


# Facts, research, explanations and normalising: general claims about people.
# Who such a claim is about ("most internal candidates", "a lot of new managers")...
_PEOPLE = (
    r"(?:people|managers|leaders|parents|clients|founders|women|men|candidates|applicants|"
    r"employees|staff|workers|professionals|graduates|students|coaches|executives|directors|"
    r"owners|entrepreneurs|carers|nurses|doctors|teachers|engineers|newcomers|starters|hires|"
    r"couples|families|adults|teenagers|folk|folks|"
    # (a trade by its plural: "a lot of illustrators", "most freelancers", "many therapists")
    r"[a-z]+(?:ers|ors|ists|ians|ants|ents)|"
    # (the places people work: "Lots of companies have a technical track now.")
    r"companies|organisations|organizations|firms|businesses|employers)"
    # where they work or what they do ("a lot of owners in hospitality", "many people at
    # that level")
    r"(?: (?:in|at|from)(?: [\w-]+){1,2}?)?"
)
# ... and what they do, as a rule.
_GENERALLY = (
    r"(?:feel|find|struggle|miss|worry|experience|go through|report|get|have|say|tell|"
    r"underestimate|overestimate|underrate|assume|expect|forget|overlook|notice|discover|"
    r"need|hit|end up|tend to|benefit|burn out|don'?t|can'?t|won'?t|offer|run|use|"
    # (what a trade does as a rule: "A lot of illustrators publish their rates.")
    r"publish|charge|post|quote|share|list|raise|set|ask for|work)"
)
# What follows such a "but" that keeps to the client: wondering or being curious, feeling
# with them ("that must have been..."), what is past ("that was..."), or their own words.
_NOT_ARGUING = (
    r"(?!(?:maybe |perhaps |also )?(?:i (?:\w+ )?(?:wonder|wondering)|i'?m (?:\w+ )?(?:curious|wondering)|"
    r"(?:that|it|this) (?:must|was|sounds|seems)))"
    # (looked for in the next words only: a scan to the sentence's end after every "but"
    # would read a long sentence of them in quadratic time)
    r"(?![^.?!]{0,120}?\bwhat you(?:'ve| have)? (?:just |already )?(?:said|say|told|mentioned|described|shared)\b)"
)
_INFORMATION = _rx(
    # (not a relative clause, "a lot of staff who need you", nor the client's own people,
    # "You manage a lot of engineers...", "your team has many...")
    rf"(?:(?<![\s\S])|(?<=[.!?] ))(?:(?!\byou(?:r|'re|'ve)?\b(?! know\b))[^.!?])*?"
    rf"\b(?:a lot of|many|most|lots of|plenty of) (?:[\w-]+ )?{_PEOPLE} (?:(?!who\b|that\b|which\b)\w+ )?{_GENERALLY}\b",
    r"\b(?:everyone|everybody) (?:feels|gets|goes through|has|struggles|hates|dreads|finds)\b",
    r"\b(?:no ?one|nobody) (?:likes|enjoys|looks forward to)\b",
    # what people in the client's place go through, as the coach has met it ("A lot of
    # people who move up from inside a team go through the same thing.", "Many of the
    # managers I've coached say..."), not the client's own people ("A lot of the people
    # who report to you say the same thing.")
    rf"\b(?:a lot of|many|most|lots of|plenty of) (?:(?:of )?the )?(?:[\w-]+ )?{_PEOPLE} (?:who|that) "
    r"(?:(?!\byou(?:r|'re|'ve)?\b)[^.!?]){0,80}?\b(?:describe|say|tell me|feel|go through|find|"
    r"experience|mention|report) (?:exactly |much |pretty much |almost exactly )?"
    r"(?:this|that|the same(?: thing)?|something (?:similar|like (?:this|that)))\b",
    rf"\b(?:a lot|many|most|lots|plenty|some|loads) of the {_PEOPLE} i(?:'ve| have)? "
    r"(?:worked with|work with|coached|coach|see|saw|seen|met|know|talk to|spoke to|spoken to)\b",
    # a claim that opens on people in the client's place, with nothing said to the client
    # ("Most people who lose a parent young carry some of it into how they lead."; not
    # "Most people who know you would say...")
    rf"{_SENTENCE_START}(?:(?:and|but|so|well|honestly|actually),? )*(?:a lot of|many|most|lots of|plenty of) "
    rf"(?:[\w-]+ )?{_PEOPLE} (?:who|that) (?:(?!\byou(?:r|'re|'ve|rself)?\b)[^.!?])*(?=[.!?]|$)",
    # most people, and what they do, with nothing said to the client ("Most people remember
    # the one sharp remark...", "Most people do."; not "Most people remember you...")
    rf"{_SENTENCE_START}(?:(?:and|but|so|well|honestly|actually),? )*(?:most|many|lots of|a lot of|plenty of) "
    r"(?:people|folk|folks) (?!who\b|that\b|which\b|(?:in|at|from|on) (?:your|you)\b)"
    r"(?:(?!\byou(?:r|'re|'ve|rself)?\b)[^.!?])*(?=[.!?]|$)",
    # ("..., for a lot of people.", "It's a very common part of grief.")
    r"\bfor (?:a lot of|lots of|many|most) (?:people|folk|folks)\s*[.!]",
    r"\b(?:a |an )?(?:very |really |quite |pretty |perfectly )?(?:common|normal|natural|typical) "
    r"(?:part|reaction|response|experience|stage|phase) (?:of|to)\b",
    # what is known of a field ("What we know about online courses is that...")
    r"\bwhat (?:we|i) know about [\w -]{3,40} is that\b",
    # research named ("There's quite a lot of research on this.")
    r"\bthere(?:'s| is) (?:quite |actually |some )?(?:a lot of|a fair bit of|good|plenty of|some|lots of) "
    r"(?:good )?(?:research|evidence|studies)\b",
    # what tends to happen ("That's what usually happens when prices go up.")
    r"\b(?:that'?s|that is|it'?s|it is|this is) (?:exactly |just |pretty much |often )?what "
    r"(?:tends to|usually|often|typically|generally|normally) happens?\b",
    r"\bfits? (?:with |in with )?what (?:tends to|usually|often|typically|generally|normally) happens?\b",
    # ("Something that often happens at this point is that the worry shrinks.", "What
    # usually happens next is that the team settles."; not the client's own pattern or
    # people given back, "What usually happens is you back down.", "What often happens is
    # that your manager steps in.", "What usually happens with your team is...")
    r"\b(?:something|one thing|what)(?: that)? (?:often|usually|typically|commonly|generally|tends to) happens?\b"
    # (nor one of the client's people, "What usually happens is she cancels.")
    r"(?:(?!\byou)[^.!?,]){0,40}? is (?!(?:that )?(?:you|your|she|he|her|his)\b)",
    r"\b(?:it'?s|it is) worth (?:knowing|noting|bearing in mind)\b",
    # what people do as a rule ("People often freeze at that point.", "Some people never get
    # there."), said as the sentence's claim, not the client's people given back ("So people
    # often let you down.", "The people at work never listen.")
    # (also after a clause that sets the scene, with no "you" in it: "When a meeting drags
    # on, people usually stop listening."; not "When you walk in, people usually go quiet.",
    # nor "So when Sam's in the room, people usually defer to him.")
    rf"{_SENTENCE_START}(?:(?:and|but|well|look|honestly|actually),? )*(?:(?:when|if|once|after) (?:(?!\byou)[^.!?,]){{1,60}}, )?"
    r"(?:(?:most|some|many) )?people (?:often|usually|generally|typically|tend to)\b|"
    rf"{_SENTENCE_START}(?:(?:and|but|well|look|honestly|actually),? )*some people never\b",
    # normalising ("So it's normal if Monday still feels formal.", "It's perfectly natural to
    # feel that.")
    r"\b(?:it'?s|it is|that'?s|that is) (?:perfectly |completely |quite |totally |very |really )?(?:normal|natural) (?:if|to|for|when|that)\b",
    # normalising ("...so you're not alone.")
    r"\byou(?:'re| are) (?:definitely |certainly |really |so |by no means |absolutely )?not (?:alone|the only one)\b",
    # a pattern named as typical ("What you're describing is pretty classic for burnout."),
    # not a person's habit ("That's typical of him.")
    r"\b(?:is|'s|are|'re|sounds?|seems?|looks?) (?:a |pretty |very |really |quite |so |absolutely )?(?:classic|typical|textbook) "
    r"(?:(?:for|of) (?!(?:him|her|them|you|me|us|your|his|their|my|our|that|this)\b)|signs? of|symptoms? of|(?:burnout|stress|anxiety|grief)\b)",
    # (evidence found, not weighed: "So the evidence from outside says one thing, and the
    # feeling says another." gives the client's two sides back)
    r"\b(?:research|studies|data)\b(?: [\w-]+){0,5} (?:shows?|showing|suggests?|suggesting|says|tells us|finds|found|indicates?)\b",
    r"\bevidence\b(?: \w+){0,3} (?:shows?|showing|suggests?|suggesting|tells us|finds|found|indicates?)\b",
    r"\b(?:really |very |quite |pretty |incredibly )?common (?:in|among|for|with)\b",
    # ("It's very common, and it eases.", "That's really common.")
    r"\b(?:it'?s|it is|that'?s|that is) (?:really |very |quite |pretty |so |incredibly )?common(?:[,.!]|$| and\b)",
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d+) (?:in|out of) (?:ten|\d+)\b",
    r"\bthere(?:'s| is) a (?:model|framework|tool|technique|concept|theory|method)\b",
    r"\bin my experience\b",
    r"\b(?:it'?s|it is) (?:often|usually|generally|normally) (?:easier|harder|helpful|useful|better|worse|the case)\b",
    # the coach arguing their own view against the client's: a concession, then "but"
    # ("Awkward, sure, but it's worth it."), "but I think...", "I'm (just|not) saying..."
    # ("Sure, but part of you wants it." and "But I think you're scared." give the
    # client back, and are not this, nor is wondering, feeling with the client or
    # pointing to their words: "I know, but that must have been hard.", "I hear you,
    # but I wonder...", "..., but I think there's something in what you just said.")
    rf"\b(?:sure|granted|true|of course|i know|i get (?:that|it)|i hear (?:you|that)|i understand(?: that)?|fair enough),? but (?!(?:maybe |perhaps |also )?(?:you|your|part of you|some part|it sounds|it seems|there'?s a part)\b){_NOT_ARGUING}",
    rf"\bbut i (?:really |honestly |genuinely |do |still |also )?(?:think|believe|reckon)\b(?! (?:that )?(?:you|your|part of you|some part|deep down|it sounds|it seems)\b){_NOT_ARGUING}",
    r"\bi'?m (?:just|only|simply) saying\b|\ball i'?m saying\b|\bi'?m not saying\b",
)


@dataclass(frozen=True, slots=True)
class _Act:
    code: str
    last: bool  # found in the last substantive sentence


# Generic approval, all an utterance says ("Great.", "That sounds like a good plan."):
# other, not an affirmation, whatever the model read. The marks after an opening word are
# read once, never given back to the marks that may end it: "Oh" and a long run of commas
# was read every way the run splits between the two, in a time that grew with its square.
_APPROVAL = re.compile(
    r"^(?:(?:oh|wow|well|okay|ok|yeah|so|right)[\s,]++)*"
    r"(?:(?:that|it|this)(?:'s| is| sounds| was)(?: like)?\s+|sounds(?: like)?\s+|what\s+|i (?:really )?(?:love|like) (?:that|it)\b)?"
    r"(?:(?:an?|such an?)\s+)?(?:(?:really|so|very|just|pretty)\s+)*"
    r"(?:(?:great|good|wonderful|fantastic|brilliant|excellent|amazing|awesome|perfect|lovely|nice|exciting|cool)"
    r"(?:\s+(?:plan|idea|start|question|point|news|stuff|one|contact|move|thought))?|a plan)?[\s,.!]*$",
    re.IGNORECASE,
)


# Leaving the client room to think ("Take your time.", "No rush."), or to turn down what
# the coach offers ("You can tell me if it doesn't fit."): other, whatever the model read.
# It gives the client time to think or leave to say no, not the session its shape ("We've
# got ten minutes left." does that), and it neither asks nor gives anything back. "So
# there's no rush." gives back what the client said of their decision: a reflection, left
# to the model; so does a reflection that ends on leave to correct it ("It sounds like you
# feel stuck. Tell me if I'm wrong."), as the leave is not all it says.
_ROOM = re.compile(
    r"^(?:(?:sure|okay|ok|no|just|please|so|and|that'?s (?:fine|okay|ok)|of course)[\s,.!]+)*"
    r"take (?:your|all the|as much|whatever|as long as|all the time) (?:time|you need|you like|you want)(?: you (?:need|like|want))?(?: with (?:it|that|this))?[\s.!]*$|"
    r"^(?:(?:sure|okay|ok|no|just|please|that'?s (?:fine|okay|ok)|of course)[\s,.!]+)*"
    r"(?:(?:there'?s|there is) )?no (?:rush|hurry|pressure)(?: at all| either way| here| in here| today)?[\s.!]*$|"
    r"^(?:(?:and|so|just|but|of course)[\s,]+)*(?:(?:you can|you'?re free to|feel free to|please) (?:always |just |absolutely )?)?"
    r"(?:tell me|say so|let me know|push back)(?: (?:straight away|honestly))? if "
    r"(?:(?:it|that|this|any of (?:it|this|that)|none of (?:it|this|that)) (?:doesn'?t |does not |don'?t |do not )?"
    r"(?:fits?|lands?|resonates?|rings? true|sounds? right|works? for you|helps?|makes? sense|is (?:off|wrong|useful|helpful))|"
    r"i'?m (?:wrong|off)|i(?:'ve| have) got (?:it|that|this) wrong|i get (?:it|that|this) wrong)\b"
    # (and no more: "Tell me if it helps, the breathing." names a step, "You can tell me
    # if it fits with what your manager wants." asks)
    r"(?: (?:the mark|or not|at all|for you|to you|either|in any way|any more|anymore|straight away|honestly))*(?:,? (?:okay|ok|alright|all right))?[.!]*$",
    re.IGNORECASE,
)


# The decision left with the client, and nothing more ("It's your call, of course.",
# "That's entirely up to you.", "It's your decision what you do, and I'm not here to push
# you."): other, whatever the model read. Not "So it's your call.", which gives back what
# the client said, nor a decision named ("It's your call whether you tell him."), nor
# more said of it ("It's your call, and that's hard."). The coach's "I'm not here to push
# you" alone says the same.
_NOT_PUSHING = (
    r"i(?:'m| am) (?:not|never) (?:here|going|trying) to (?:push|pressure|rush|tell you what to do|talk you into|persuade|convince)"
    r"(?: you)?(?: (?:in any direction|either way|one way or the other|into anything|into it|to do anything))?"
)
_YOUR_CALL = (
    r"(?:(?:it'?s|it is|that'?s|that is)"
    r"(?: (?:all|entirely|completely|totally|absolutely|really|ultimately|always|still))? "
    r"(?:your (?:call|choice|decision)|up to you|yours to (?:make|decide))"
    r"(?: what you (?:do|decide|choose)(?: (?:here|next|from here|with (?:it|this|that)))?)?"
    r"(?:,? (?:of course|in the end|ultimately|entirely|either way|though|after all))*"
    rf"(?:,? and {_NOT_PUSHING})?)"
)
_YOURS_LEAD = r"^(?:(?:and|but|of course|well|ultimately|in the end)[\s,]+)*"
_YOURS = re.compile(rf"{_YOURS_LEAD}(?:{_YOUR_CALL}|{_NOT_PUSHING})[.!]*$", re.IGNORECASE)
# "It's your call" and the like alone, without the coach's own stance ("I'm not going to
# tell you what to do" is the coach's, not the client's words given back).
_GIVEN_BACK = re.compile(rf"{_YOURS_LEAD}{_YOUR_CALL}[.!]*$", re.IGNORECASE)
# The client's own words for it ("In the end it's my call."): "It's your call." after
# them gives them back, a simple reflection.
_LEFT_WITH_ME = re.compile(
    r"\b(?:my (?:call|choice|decision)|up to me|mine to (?:make|decide))\b", re.IGNORECASE
)


# A belief challenged in two words, with or without its mark ("Says who.", "Who says?"):
# an open question, whatever the model read.
_SAYS_WHO = re.compile(
    r"^(?:(?:and|but|so|well|okay|ok),? )*(?:says who|who says(?: so)?)\s*[.!?]*$"
)


# Greetings, farewells and thanks for coming: other, whatever the model read.
_SOCIAL = re.compile(
    r"^(?:(?:okay|ok|right|well|so|great|thanks|thank you)[\s,]+)*"
    r"(?:take care|bye|goodbye|good ?bye|see you(?: soon| later)?|have a (?:good|great|lovely|nice) \w+|"
    r"(?:nice|good|great|lovely) to (?:see|meet) you(?: again)?|thanks? (?:you )?for (?:coming|your time|today)|"
    r"hi|hello|hey|good (?:morning|afternoon|evening)|welcome(?: back)?)\b[^.!?]{0,30}[.!]*$",
    re.IGNORECASE,
)


# The Australian and British greeting, asked and nothing more ("How're you going?",
# "How are you going today?"): other, as "Hello." is. Not "How are you going to tell
# him?", "How are you going with the plan?".
_GREETING_ASKED = re.compile(
    r"^(?:(?:so|and|hi|hey|hello|g'?day|morning|good (?:morning|afternoon|evening))[\s,.!]+)*"
    r"how(?:'re| are| r) (?:you|ya) going(?: (?:today|then|mate|this (?:morning|afternoon|evening)))?[\s,]*\?$"
)
# A step into the next part of the session put as a question, with no topic named
# ("So, shall we get into it?", "Shall we make a start?"): structuring. "Shall we start
# with the board meeting?" picks what to work on, a process question.
_MOVING_ON = re.compile(
    r"^(?:(?:good|great|okay|ok|right|so|alright|all right|now|well)[,.!]? )*(?:shall|should) we "
    r"(?:get (?:into it|started|going|stuck in|down to (?:it|business))|dive in|jump in|crack on|make a start|kick off|begin|start)"
    r"(?: (?:then|now|properly))?[\s,]*\?$"
)
# The next stage of the session named, and nothing more ("So, options.", "Right, next
# steps."): structuring, unless the client has just used the word ("So, options." after
# "I've got options now." gives it back).
_STAGE = re.compile(
    r"^(?:(?:so|okay|ok|right|now|alright|all right),? )+(?:on to |onto )?(?:the )?"
    r"(?P<stage>options|next steps|actions|way forward|commitments)[\s.!:]*$"
)


# The next item of the session named, and nothing more, after "now", "next" or "on to"
# ("Now the board.", "Next, your manager.", "On to the budget."): structuring, the word
# after it being a thing to turn to, whether or not the client has just named it (a
# reflection does not open with "now"). Not "Now the hard part." said of the client's
# week, nor a state ("Now the pressure's off.", "Now the silence.", "Now the waiting."),
# nor the next thing in the client's story ("And now the kids.", or "Next, the
# redundancy." after "...Next, the redundancy.": :func:`_turns_to`).
_TURN_TO = re.compile(
    r"^(?!(?:\w+,? )*and,? now\b)(?:(?:okay|ok|right|so|and|alright|all right|good|great),? )*"
    r"(?P<marker>now|next|on to|onto|moving on to|turning to),? "
    r"(?:to |on to |onto )?(?:the|your) (?!hard\b|easy\b|fun\b|good\b|bad\b|tricky\b|difficult\b|scary\b|best\b|worst\b)"
    r"(?!(?:guilt|fear|fears|worry|worries|silence|grief|anger|shame|panic|doubt|doubts|loneliness|emptiness|"
    r"quiet|relief|pressure|stress|tiredness|exhaustion|sadness|tears|nerves|regret|regrets|resentment|blame|"
    r"fallout|aftermath|waiting|worrying|crying|grieving|fighting|arguing|drinking|guilt trip)\b)"
    r"(?P<item>[\w-]+(?: [\w-]+)?)[.!:]*$"
)


# The client left to choose which of the coach's questions to answer ("It is. Sorry. Pick
# whichever one grabs you." after "That's three questions."): the coach mending their own
# stacked questions, structuring. Said of anything but the coach's questions ("Pick
# whichever one feels right." of two job offers, "Pick whichever one scares you most."
# after "They sent me ten practice questions.", "Just answer whichever question they ask
# honestly.") it is advice: the client or the coach must just have remarked on the coach's
# questions (:data:`_QUESTIONS_REMARKED`), or the coach name their own, or, with no other questions
# in sight, say "answer whichever one" or "pick whichever question" of no one else's.
_QUESTION_PICKED = re.compile(
    r"^(?:(?:just|so|okay|ok|then|and|sorry|well),? )*(?:pick|choose|take|answer|start with|go with) "
    r"(?:whichever|whatever|any) (?:one|question|of (?:them|those|these|my questions|the questions))\b[^.!?]{0,30}[.!]*$"
)
_OWN_QUESTIONS = re.compile(r"\bmy questions?\b|\bi(?:'ve| have)? (?:just )?asked\b")
_ANY_OF_MINE = re.compile(
    r"^(?:(?:just|so|okay|ok|then|and|sorry|well),? )*(?:answer (?:whichever|whatever|any) (?:one|of (?:them|those|these))|"
    r"(?:pick|choose|take|answer|start with|go with) (?:whichever|whatever|any) question)\b"
    r"(?![^.!?]*\b(?:they|he|she|them|him|her|the (?:panel|interviewer|board|exam|form|test))\b)"
)
_QUESTIONS_REMARKED = re.compile(
    r"\b(?:that'?s|that is|those are|that was|that were|you(?:'ve| have)? (?:just )?asked(?: me)?) "
    r"(?:(?:two|three|four|five|a few|several|many|so many|too many|a lot of|lots of|loads of|a couple of|a bunch of) )?questions\b|"
    r"\b(?:so|too) many questions[.!?]*$|\bwhich (?:one|question) (?:first|do you want(?: me)? to answer|should i (?:answer|start with))\b"
)


def _picks_a_question(text: str, client_before: str) -> bool:
    """Whether the last substantive sentence of ``text`` (cleaned) leaves the client to
    pick which of the coach's questions to answer (:data:`_QUESTION_PICKED`)."""
    sentences = _substantive(text)
    if not sentences or not _QUESTION_PICKED.match(sentences[-1]):
        return False
    said = _clean(client_before)
    if (
        _QUESTIONS_REMARKED.search(said)
        or _QUESTIONS_REMARKED.search(text)
        or _OWN_QUESTIONS.search(sentences[-1])
    ):
        return True
    return bool(_ANY_OF_MINE.match(sentences[-1])) and not re.search(r"\bquestions?\b", said)


# The plan or the list returned to, said bare ("You did. Fair cop. Back to the plan."):
# the coach steering back after a word or two of their own, structuring. After more ("So
# the loan fell through. Back to the plan.", "He cancelled again. Back to the plan.") it is
# the client's plan, given back.
_BACK_TO_THE_PLAN = re.compile(
    r"^back to (?:the|our|today'?s) (?:plan|list)(?: (?:then|for now|for today|we (?:agreed|set|started with)))?[.!]*$"
)
_FEW_WORDS = 2


def _back_to_the_plan(text: str) -> bool:
    """Whether ``text`` (cleaned) ends on :data:`_BACK_TO_THE_PLAN` after nothing but
    sentences of no more than :data:`_FEW_WORDS` words."""
    sentences = _sentences(text)
    return (
        bool(sentences)
        and bool(_BACK_TO_THE_PLAN.match(sentences[-1]))
        and all(len(s.split()) <= _FEW_WORDS for s in sentences[:-1])
    )


# A role-play set up or stepped out of ("Go ahead, I'll play Dana.", "Stepping out of
# role for a second."): the coach running the session's exercise, structuring. Not a
# game or a stance ("I'll play it by ear.", "Let me play devil's advocate.", "I'll play
# along."), nor a role the client stepped out of at work ("You stepped out of the role
# last year.": the coach's own step only).
_ROLE_PLAY = re.compile(
    r"^(?:(?:go ahead|okay|ok|right|sure|great|good|so|and|then|now|alright|all right),? )*"
    r"(?:(?:i'?ll|i will|let me) play (?!it\b|along\b|devil|catch|games?\b|fair\b|safe\b|dumb\b|"
    r"the (?:long|devil|fool|victim|field|game|card)|(?:football|tennis|golf|squash|cricket|music|"
    r"piano|guitar|cards|chess|sports?|with|for|a|some|more|that|this|on|in|at|again|there|later|back|nice|"
    r"the (?:recording|video|clip|tape|audio|song|track)|"
    # (a part taken in something, not a role: "I'll play my part.")
    r"(?:my|our) (?:part|bit|role|hand|cards?|best|game)|to\b)\b)"
    r"[\w']+(?: [\w']+)?"
    r"|(?:(?:let me|let's|i'm|i am|i'll|i will|just) )?(?:step(?:ping)?|com(?:e|ing)|break(?:ing)?) "
    r"(?:back )?out of (?:the )?role(?: (?:for a (?:second|moment|minute|sec)|now|there|briefly))?)"
    r"[.!]*$"
)


def _runs_a_role_play(text: str) -> bool:
    """Whether the last substantive sentence of ``text`` (cleaned) sets up or steps out
    of a role-play (:data:`_ROLE_PLAY`)."""
    sentences = _substantive(text)
    return bool(sentences) and bool(_ROLE_PLAY.match(sentences[-1]))


def _turns_to(text: str, client_before: str) -> bool:
    """Whether ``text`` (cleaned) only names the next item of the session
    (:data:`_TURN_TO`), and is not the client's own "now the..." or "next, the..." said
    back."""
    turn = _TURN_TO.match(text)
    if turn is None:
        return False
    said = _clean(client_before)
    return (
        re.search(rf"\b{turn['marker']},? (?:the|your) {re.escape(turn['item'])}\b", said) is None
    )


def moves_on(text: str, client_before: str = "") -> bool:
    """Whether an utterance only steps into the next part of the session, asked ("So,
    shall we get into it?", :data:`_MOVING_ON`) or named after ``client_before`` ("So,
    options.", :data:`_STAGE`): structuring, settled by the rules."""
    text = _clean(text)
    stepping = _MOVING_ON.match(text) or _turns_to(text, client_before)
    return bool(stepping) or _names_a_stage(text, client_before)


_MOVED = re.compile(_MOVEMENT_NAMED)
# A congratulation on what the client did or won ("Congratulations on winning two.",
# "Congrats on finally finishing the draft!", "Congratulations on your promotion."): it
# names the client's own achievement, an affirmation the rules settle
# (:func:`statement_settled`). Not bare ("Congratulations."), which approves as "Well
# done." does, nor on another's news or a day ("...on your daughter's wedding.", "...on
# your son getting in.", "...on the new baby.").
_CONGRATULATED = re.compile(
    r"\bcongrat(?:ulation)?s on (?:(?:finally|actually|really|now) )?"
    r"(?:(?!being\b|having\b|wedding\b|(?:no|some|any|every)thing\b)[a-z]+ing\b|"
    r"your (?:(?:new|first|big) )?(?:promotion|job|role|position|win|result|results|offer|award|"
    r"pass|degree|qualification|progress|launch|contract|deal)\b(?!'))"
)


_GOES_BACK_TO_THEIR_WORDS = re.compile(_BACK_TO_THEIR_WORDS)


def statement_settled(text: str, client_before: str = "") -> bool:
    """Whether the rules' code for a coach statement stands whatever a head reads: a step
    into the session's next part (:func:`moves_on`), the client left to pick which
    question to answer (structuring), the client's own question given back word for word
    (a simple reflection), a pattern in what the client brings noticed
    (:data:`_PATTERN_NOTICED`, a complex reflection), a return to the client's own words
    announced (:data:`_BACK_TO_THEIR_WORDS`, structuring) or the client's movement in the
    session named (:data:`_MOVEMENT_NAMED`, an affirmation) or congratulated on what they
    did (:data:`_CONGRATULATED`, an affirmation). Each names what no head has
    learned: the time or the sessions such lines mention read, to a head, as the
    session's structure."""
    if moves_on(text, client_before):
        return True
    text = _clean(text)
    if _picks_a_question(text, client_before) or _echoes_question(text, client_before):
        return True
    if _runs_a_role_play(text) or summarises(text) or _GOES_BACK_TO_THEIR_WORDS.search(text):
        return True
    if "?" in text:
        return False
    act = _act(text)
    if act is None:
        return _notices_pattern(text)
    return (
        act.code == "affirmation"
        and act.last
        and bool(_MOVED.search(text) or _CONGRATULATED.search(text))
    )


def _names_a_stage(text: str, client_before: str) -> bool:
    """Whether ``text`` (cleaned) only names the session's next stage (:data:`_STAGE`)."""
    stage = _STAGE.match(text)
    if stage is None:
        return False
    return not re.search(rf"\b{stage['stage'].rstrip('s')}", _clean(client_before))


# Checking the call rather than asking the client anything ("Hello?", "Can you hear me
# now? Hello?"): other, whatever the model read. An utterance is one when, without these
# phrases and the words around them, nothing but punctuation is left. Read on cleaned
# (lower-case) text; each pattern runs once, in linear time.
_CALL_CHECK = re.compile(
    # (a greeting with the client's name, "Hi Rachel, can you hear me okay?")
    r"\b(?:(?:hello|hi|hey)(?: [a-z]+)?(?=\s*[,.!?]|$)|can you (?:hear|see) me(?: (?:okay|ok|alright|all right|fine|now|clearly|properly|well))?|(?:are )?you (?:still )?there|loud and clear|"
    r"i can (?:hear|see) you(?: (?:fine|now|okay|ok|well|perfectly))?|"
    r"(?:is )?(?:my|the) (?:sound|audio|video|mic|microphone|connection|line) "
    r"(?:okay|ok|alright|all right|working|better))\b"
)
# The call going wrong, or joining it late: "Sorry, my laptop died.", "You froze there.", "I
# was on mute.", "Sorry I'm a couple of minutes late, my last meeting ran over."
_CALL_TROUBLE = re.compile(
    r"\b(?:sorry,? (?:i'?m|i am|for being|to be) (?:\w+ ){0,4}late(?:,? (?:the|my) (?:\w+ )?"
    r"(?:meeting|call|session|train|bus) (?:ran over|overran|ran late|was late|went on))?|"
    r"(?:my|the|your) (?:laptop|computer|phone|battery|wi-?fi|internet|connection|signal|"
    r"audio|sound|video|camera|mic|microphone|screen)(?: just)? (?:died|dropped|froze|crashed|"
    r"cut out|went (?:off|down|dead)|(?:is|was) (?:back|frozen|lagging|breaking up)|"
    r"keeps? (?:dropping|freezing|cutting out))|(?:you|i)(?: were| was| are|'re| am|'m) (?:on )?muted?|"
    r"(?:you|i) (?:froze|cut out|dropped out|broke up)|(?:you|i)(?:'re| are| were| was|'m| am) (?:breaking up|frozen)|"
    r"i (?:lost|dropped) (?:you|the (?:call|connection))|lost (?:the )?connection)\b"
)
_AROUND_A_CALL_CHECK = re.compile(
    r"\b(?:sorry|oh|so|okay|ok|now|alright|all right|properly|there|again|back|for a (?:second|moment|bit)|"
    r"i think|yes|yeah|a (?:bit|little)|(?:a )?(?:little|bit) there|quite a lot)\b"
)


# The silence on the line noticed, said to someone by name ("Tom, you've gone quiet"): a
# call check. Without the name ("You've gone quiet.") it notices a silence in the room,
# which the model reads.
_GONE_QUIET = re.compile(
    r"\byou(?:'ve| have)? (?:gone|went) (?:(?:very|really|a bit|a little|all) )?(?:quiet|silent)\b"
)
_NOTHING_SAID = " \t,.!?…"


def about_the_call(text: str, names: Sequence[str] = ()) -> bool:
    """Whether an utterance only checks or mends the call ("Hello? Can you hear me now?",
    "Sorry, my laptop died."): it asks, tells and discloses nothing about the client's
    work. ``names``: what the speaker may call the others on the call (folded,
    :func:`~coachconn.analysis.names.called`), so that calling one of them by name alone
    ("Olu?", "Maya? Maya?") or with the silence noticed ("Tom, you've gone quiet") checks
    the call too."""
    return _about_the_call(_clean(text), names)


def _about_the_call(text: str, names: Sequence[str] = ()) -> bool:
    """:func:`about_the_call` of text already cleaned (:func:`_clean`)."""
    named = False
    if names:
        text, named = _without_names(text, names)
        if named and not text.strip(_NOTHING_SAID):
            return True  # the name alone
    quiet = named and _GONE_QUIET.search(text) is not None
    if not (quiet or _CALL_CHECK.search(text) or _CALL_TROUBLE.search(text)):
        return False
    rest = _CALL_TROUBLE.sub(" ", _CALL_CHECK.sub(" ", text))
    if quiet:
        rest = _GONE_QUIET.sub(" ", rest)
    return not _AROUND_A_CALL_CHECK.sub(" ", rest).strip(_NOTHING_SAID)


def _without_names(text: str, names: Sequence[str]) -> tuple[str, bool]:
    """``text`` (cleaned) without any of ``names`` (folded) said as a word of its own, its
    accents set aside as a folded name's are, and whether there was one; ``text`` as it
    was where there was none. (The pattern made of the names is cached by the ``re``
    module until the analysis ends: see :func:`~coachconn.analysis.session.forget_text`.)"""
    forms = sorted({re.escape(name) for name in names if name}, key=len, reverse=True)
    if not forms:
        return text, False
    unnamed, found = re.subn(rf"(?<![\w'])(?:{'|'.join(forms)})(?![\w'])", " ", fold(text))
    return (unnamed, True) if found else (text, False)


# The acts, strongest cue first: a sentence with two is read as the first.
_ACT_CUES = (
    ("self_disclosure", _SELF_DISCLOSURE),
    ("structuring", _STRUCTURING),
    ("affirmation", _AFFIRMATION),
    ("information", _INFORMATION),
)


def _sentence_act(sentence: str, present: frozenset[str] | None = None) -> str | None:
    """The rule code one sentence carries, if any (the strongest cue first). ``present``:
    the acts whose cues occur anywhere in the utterance (the others need no look)."""

    def has(code: str) -> bool:
        return present is None or code in present

    for code, cue in _ACT_CUES[:3]:
        if has(code) and cue.search(sentence):
            return code
    if _is_advice(sentence):
        return "advice"
    if has("information") and _INFORMATION.search(sentence):
        return "information"
    return None


@lru_cache(maxsize=PER_ANALYSIS)  # read for a statement's code, then whether it is settled
def _act(text: str) -> _Act | None:
    """The act the rules read in an utterance (cleaned), if any.

    A first-person story with no "you" in it is self-disclosure; an utterance that only
    approves, greets, says goodbye or leaves the client time to think is other; a worry
    waved away and what it is instead named (:data:`_WAVED_AWAY`) is an affirmation.
    Otherwise the last substantive sentence that carries a cue decides (acknowledgements
    like "Great." are skipped), and information that backs a piece of advice in the same
    utterance is advice.
    """
    every = _sentences(text)
    # (the story's own sentences, without a bridge back to the client that advises nothing)
    story = " ".join(s for s in every if not (_BRIDGE.search(s) and not _is_advice(s)))
    if len(_FIRST_PERSON_PAST.findall(story)) >= 2 and not _SECOND_PERSON.search(story):
        return _Act("self_disclosure", last=True)
    sentences = _substantive(text)
    if every and all(_closes(s) and not _STRUCTURING.search(s) for s in sentences):
        return _Act("other", last=True)
    if (
        len(sentences) == 2
        and _WAVED_AWAY.match(sentences[0])
        and _SAYS_WHAT_IT_IS.match(sentences[1])
    ):
        return _Act("affirmation", last=True)
    # The cues found anywhere in the utterance spare a look for the others in each of its
    # sentences; where its one sentence is the whole of it, that look is the same search
    # made twice, and the sentence is read alone (None: every cue).
    present = (
        None
        if sentences == [text]
        else frozenset(code for code, cue in _ACT_CUES if cue.search(text))
    )
    for position in range(len(sentences) - 1, -1, -1):
        code = _sentence_act(sentences[position], present)
        if code is None:
            continue
        if code == "information" and _bridges_back(sentences[:position], sentences[position]):
            continue
        if code == "information" and any(_sentence_act(s, present) == "advice" for s in sentences):
            code = "advice"
        # (what follows it only leaves the client room or approves: "..., and I'll send over
        # the agreement. No pressure either way.")
        return _Act(
            code,
            last=all(
                _closes(s)
                or (code == "affirmation" and (_WHAT_IT_COST.match(s) or _WHAT_IT_SHOWS.match(s)))
                for s in sentences[position + 1 :]
            ),
        )
    return None


# A worry the client voiced waved away ("It doesn't sound daft to me.", "That's not silly
# at all."), then what it is instead ("It sounds like loyalty.", "It sounds like you know
# what keeps you going."): an affirmation, not when what it is is a feeling ("It sounds
# really frightening.", "It sounds like you're scared.").
_WAVED_AWAY = re.compile(
    r"^(?:(?:no|oh|honestly|well),? )*(?:it|that|this)(?: (?:doesn'?t|does not) sound|'?s not| is not) "
    r"(?:at all )?(?:daft|silly|vain|stupid|mad|selfish|weak|soft|ridiculous|petty|odd|strange)"
    r"(?: at all)?(?: to me)?[.!]*$"
)
_SAYS_WHAT_IT_IS = re.compile(
    r"^(?:it|that) (?:sounds|seems) like "
    # (the client doing or knowing something, not a state: not "...you're scared", "...you've
    # had enough"; nor another's doing, "...she doesn't listen", "...the company is in trouble")
    r"(?:you (?!(?:'re|are|were|feel|felt|must|'ve had|have had|don'?t|can'?t|won'?t|didn'?t)\b)|"
    r"someone who|somebody who|"
    r"(?:a lot of |real |genuine )?(?:love|loyalty|care|courage|honesty|pride|commitment|integrity|kindness|"
    r"wisdom|good sense|common sense|a (?:good|real|strong) \w+)\b)"
)


# What a strength named cost the client, said after it ("You've been really honest today
# about it. That's not easy to look at."): the affirmation stays the last act.
_WHAT_IT_COST = re.compile(
    r"^(?:(?:and|because),? )?(?:that'?s|that is|it'?s|it is|that was|it was|that can'?t have been) "
    r"(?:not (?:easy|an easy thing|a small thing|nothing)|(?:really |so )?(?:hard|tough|difficult)|no small thing|a big (?:thing|step))"
    r"(?: (?:to (?:do|say|look at|admit|hear|face|see)(?: \w+)?|for (?:anyone|most people)))?[.!]*$"
)


# What a strength named lets the client do, said after it ("That's a sharp read on
# yourself. You can spot it starting even mid-sentence."): the affirmation stays the last
# act. Not a doubt or a turn ("You can see it, but you can't stop it.").
_WHAT_IT_SHOWS = re.compile(
    r"^(?:(?:and|so),? )?you (?:can|could) (?:already |even |actually |really )?(?:see|spot|catch|hear|feel|tell|name)\b"
    r"(?![^.!?]*\b(?:but|yet|though|although|can'?t|couldn'?t|cannot)\b)"
)


def _closes(sentence: str) -> bool:
    """Whether a sentence only leaves the client room, approves, greets or leaves the
    decision with them: after an act, it leaves that act the last one."""
    return bool(
        _APPROVAL.match(sentence)
        or _SOCIAL.match(sentence)
        or _ROOM.match(sentence)
        or _YOURS.match(sentence)
    )


def _bridges_back(before: list[str], sentence: str) -> bool:
    """Whether ``sentence`` only hands the coach's own story, told in ``before``, back to
    the client (:data:`_BRIDGE`): the story is the act."""
    return bool(_BRIDGE.search(sentence)) and any(_SELF_DISCLOSURE.search(s) for s in before)


_SHORT_WORDS = 20


# Asking as a statement, at the end of the coach's turn ("I'm curious what's going on for
# you as I say that.", "I wonder what you make of that."): an invitation the client
# answers, an open question whatever the model read. Not a guess ("I wonder if...", a
# reading), nor a suggestion ("I wonder what it'd be like if you tried...").
_ASKS_AS_A_STATEMENT = re.compile(
    r"^(?:(?:and|so|but|well|okay|ok|now|just),? )*"
    r"(?:i(?:'m| am) (?:really |just |a bit |a little )?curious (?:what|how|about what|about how)\b|"
    r"i(?:'m| am)? (?:just )?wonder(?:ing)? (?:what|how) you (?:think|make|feel|see|notice)\b|"
    r"i(?:'m| am)? (?:just )?wonder(?:ing)? (?:what|how) (?:that|this|it)(?:'s| is) (?:like|landing|going) for you\b)"
    r"[^?]*[.!]?$"
)


def _asks_as_a_statement(text: str) -> bool:
    """Whether the last sentence of ``text`` (cleaned) asks as a statement
    (:data:`_ASKS_AS_A_STATEMENT`)."""
    sentences = _substantive(text)
    return bool(sentences) and bool(_ASKS_AS_A_STATEMENT.match(sentences[-1]))


# The coach's reading of the client offered as a statement: an observation put as a
# wh-cleft ("What I'm noticing is how much you care.", "What strikes me is...") or a
# tentative guess ("I wonder if something has happened."), with no question mark. It
# asks nothing, so it is a complex reflection however the model read it. Asking to know
# ("What I'd like to know is...") or asking for something ("I wonder if you could...",
# "I wonder if I might share...") is not one; nor is the coach's own reaction ("What I
# noticed was I got defensive."), a suggestion or a step for the session ("I wonder if
# it would help to...", "I wonder if we should stop there"), or a question softened
# ("I wonder if you have any thoughts on that").
_OFFERED_READING = re.compile(
    r"^(?:what (?:i(?:'m| am)? (?:notic(?:e|ed|ing)|see|saw|seeing|sens(?:e|ed|ing)|hear|heard|"
    r"hearing|pick(?:ed|ing)? up(?: on)?)|strikes me|struck me|stands out(?: (?:for|to) me)?) (?:is|was)\b"
    r"(?! (?:that )?(?:i|my|myself|me)\b)|"
    r"i(?:'m| am)? wonder(?:ing)? (?:if|whether) "
    r"(?!i\b|i'd\b|you'd\b|you (?:could|can|would|will|might (?!be\b))|"
    r"(?:it|that|this)(?:'d| would| might| could| will)? (?:help|be (?:worth|useful|helpful|good|better|an idea|a good|time))|"
    r"(?:it'?s|it is) (?:worth|time|a good idea)|now\b|(?:this|that)'?s? (?:is )?(?:a good (?:time|moment)|something)|"
    r"there(?:'s| is| might be| could be| may be| are) (?:another|other|a different|a way|a better|some other)\b)"
    r"(?![^.!?]*\b(?:we|we'\w+|us|let'?s|any|anything|anyone|anybody|ever)\b)\w)"
)
# The client's own words pointed to and given back, one sentence and no more ("You said
# it's not her.", "Earlier you said you felt trapped.", "You mentioned that it's the
# evenings."): a simple reflection. A contrast
# or a second thought after them ("You said it's fine, but your voice dropped.") adds
# the coach's reading; "You said it." agrees with the client.
_POINTS_TO_WORDS = re.compile(
    r"^(?:(?:so|and|okay|ok|right),? )*"
    r"(?:(?:earlier|before that|before|a moment ago|a minute ago|just now|at the start),? )?"
    r"you (?:said|told me(?! about\b)|mentioned(?= that\b| (?:you|he|she|they|it|there|i|we)(?:'\w+)?\b))(?: that)?,? "
    r"(?!(?:it|that|this|so|something)\b[.!]*$)"
    r"(?![^.!?]*(?:\b(?:but|yet|though|although|while|whereas|and then|and yet)\b|,\s*(?:and|not)\b))"
    # a topic named ("You told me about your sister."), what the client asked of the coach
    # ("You said you'd email me the dates."), the coach acting on it ("..., so I've brought
    # it.") or a recap of another session ("You mentioned last time...") is not one
    r"(?![^.!?]*\b(?:me|so (?:i|we|let'?s|let me|here)|last (?:time|week|session|month)|in our last|when we last)\b)"
    r"[^.!?]+[.!]*$"
)


# A summary the coach says they are giving, now ("Let me summarise what you've said.",
# "Let's pause and summarise where you've got to.", "So, to sum up, ..."), then gives:
# the client's own words and plan collected, a complex reflection however the model read
# it (in AnnoMI's training transcripts the 4 such lines that go on to the client are
# reflections). Not one promised for later ("I'll summarise what you've committed to.",
# "I'm going to summarise..."), nor one that gives nothing of the client's (:func:`summarises`).
_SUMMARY_OPENED = re.compile(
    r"^(?:(?:so|okay|ok|right|well|alright|all right|great|good|now),? )*"
    r"(?:(?:let me|let'?s|can i|could i|if i (?:can|could|may)|i(?:'d| would) like to|i want to|"
    r"(?:let me )?see if i can|i(?:'m| am) (?:just )?going to|just)\s+)?"
    r"(?:(?:pause|stop|step back|take a moment|try),? (?:and|to) )?"
    r"(?:summari[sz]e|sum (?:up|it up|that up|things up)|recap|pull (?:it |this |that |things )?together)\b"
    r"|^(?:(?:so|okay|ok|right|well),? )*(?:to (?:summari[sz]e|sum up|recap)|in summary|summing up),"
    # where the conversation has got to, taken stock of ("Let me check where we are,
    # because we've covered a lot."; not the clock, "...where we are with time.")
    r"|^(?:(?:so|okay|ok|right|well),? )*let me (?:just )?(?:check|see|take stock of) where we(?:'ve| have)? "
    r"(?:are|got to|'re at)\b(?! with (?:the )?time\b)"
)
# The session summed up from what the client came in with ("You came in wanting to decide
# about the move. You want to be near your mum...", "So you came in feeling like..., and
# you're leaving with one."), not that alone ("You came in wanting to talk about the move."),
# nor a quality named from it ("...You didn't, and that same honesty is what...").
_CAME_IN_WITH = re.compile(
    r"^(?:(?:so|okay|ok|right|and),? )*you came in (?:today |here |this morning )?"
    r"(?:wanting|with|feeling|asking|saying|hoping|worried|thinking|unsure|not sure)\b"
)
_LEAVING_WITH = re.compile(r"\byou(?:'re| are) (?:leaving|going|walking out|heading off) with\b")
# A summary's content: what the client wants, feels, said or will do, not the session's
# next step ("..., and then we'll agree the next step.").
# (not thanks, "Thank you for sharing all of that.")
_OF_THE_CLIENT = re.compile(r"(?<!\bthank )\byou(?:'re| are|'ve| have|'d| would|'ll| will)? \w+")
_NEXT_STEP = re.compile(r"\b(?:we(?:'ll| will)|let'?s|shall we|next session|next time)\b")
# A record read out, not the client's words ("In summary, the security report states that
# you were stopped...": information).
_ON_RECORD = re.compile(
    r"\b(?:report|record|form|questionnaire|results?|notes?|file|letter|chart|screening|tests?) "
    r"(?:states?|says?|shows?|notes?|records?|indicates?|suggests?)\b"
)


def summarises(text: str) -> bool:
    """Whether ``text`` (cleaned) sums the session up from what the client came in with
    (:data:`_CAME_IN_WITH`), or opens on a summary the coach gives now
    (:data:`_SUMMARY_OPENED`, not "I'll summarise...") and then gives the client's own:
    a further statement about the client, none of it a step for the session, advice
    ("I'd suggest you block Fridays.", "You should call her.") or a record read out
    (:data:`_ON_RECORD`)."""
    sentences = _substantive(text)
    if _checks_it_is_got(sentences):
        return True
    if (
        sentences
        and _CAME_IN_WITH.match(sentences[0])
        and (len(sentences) > 1 or _LEAVING_WITH.search(text))
        and not sentences[-1].endswith("?")
        and not any(_is_advice(s) or _AFFIRMATION.search(s) for s in sentences)
    ):
        return True
    opened = _SUMMARY_OPENED.match(_LEAD.sub("", sentences[0])) if len(sentences) > 1 else None
    if opened is None or re.search(r"\bi(?:'ll| will)\b", sentences[0]):
        return False
    # (what follows the opening in its own sentence: "To recap, you should call her.")
    rest = _LEAD.sub("", sentences[0])[opened.end() :].strip(" ,")
    if rest and _is_advice(rest):
        return False
    content = [s for s in sentences[1:] if not s.endswith("?")]
    return (
        bool(content)
        and all(_OF_THE_CLIENT.search(s) and not _is_advice(s) for s in content)
        and not any(_NEXT_STEP.search(s) for s in content)
        and not _ON_RECORD.search(text)
    )


# The coach checking they have understood, with what they understood after a colon or a
# comma in the same sentence ("So just so I've got it: Thursday at two, you open with...",
# "Let me check I've got this right, you want...").
_GOT_IT = re.compile(
    r"^(?:(?:so|okay|ok|right|well|alright|all right|now|and),? )*(?:just )?"
    r"(?:so i(?:'ve| have) got (?:it|this|that|you)(?: right)?|"
    r"(?:let me|can i|could i|i(?:'d| would) like to|i want to|to) (?:just )?check (?:that )?i(?:'ve| have) got (?:it|this|that|you|everything)(?: right)?)\s*[:,]\s*"
)


def _checks_it_is_got(sentences: list[str]) -> bool:
    """Whether ``sentences`` (after any approval, "Fair enough.") open on the coach
    checking they have understood (:data:`_GOT_IT`) and then give the client's own: about
    the client, no advice, no step for the session and no question."""
    sentences = list(itertools.dropwhile(_closes, sentences))
    opened = _GOT_IT.match(sentences[0]) if sentences else None
    if opened is None:
        return False
    content = [sentences[0][opened.end() :], *sentences[1:]]
    return any(_OF_THE_CLIENT.search(s) for s in content) and not any(
        _is_advice(s) or _NEXT_STEP.search(s) or s.endswith("?") for s in content
    )


# The client read as a kind of person, one sentence and no more ("That sounds like a
# mother who cares a great deal.", "It sounds like someone who has been carrying a lot."):
# the coach's reading of what the client told, a complex reflection where the model read
# other. Not a likeness with no one in it ("That sounds like a lot of work.", "That
# sounds like someone I know."), someone the coach knows or puts forward ("...a coach
# who I trained with.", "...a colleague who could mentor you."), nor a question.
_PERSON_READ = re.compile(
    r"^(?:(?:so|and|well|okay|ok|wow|mm|hmm),? )*(?:that|it|this|you) (?:sounds?|seems?) like "
    r"(?:a|an|someone|somebody|the (?:kind|sort) of (?:person|\w+)) (?:[\w-]+ ){0,3}?who\b"
    # (not someone the coach knows or puts forward: "...a coach who I trained with.",
    # "...a colleague who could mentor you.", "...someone who'd be great for the role.")
    r"(?! (?:i|we|you (?:could|should|might|can|may))\b)"
    r"(?!(?:'d| (?:could|would|might|can|may))(?: (?:really|also|definitely))? (?:help|mentor|support|coach|advise|"
    r"be (?:great|good|perfect|ideal|useful|worth|a (?:good|great))|fit|suit)\b)"
    r"[^.!?]*[.!]*$"
)


def _offers_a_reading(text: str) -> bool:
    """Whether the last substantive sentence of ``text`` (cleaned, with no question mark)
    offers the coach's reading of the client (:data:`_OFFERED_READING`)."""
    sentences = _substantive(text)
    return bool(sentences) and bool(_OFFERED_READING.match(_LEAD.sub("", sentences[-1])))


def _points_to_words(text: str) -> bool:
    """Whether ``text`` (cleaned) is one sentence that gives back what the client said
    (:data:`_POINTS_TO_WORDS`)."""
    sentences = _substantive(text)
    return len(sentences) == 1 and bool(_POINTS_TO_WORDS.match(sentences[0]))


# The client's own last words said back, and nothing else ("That stung.", "February.",
# "Another one."): a simple reflection. Every word must be one the client has just used,
# and one at least a word of content ("I know.", "They do.", "True.", "I agree." agree,
# "Yes." answers, "Morning." and "Happy new year." greet). Not an answer to what the
# client asked ("Tuesday." after "Is it Tuesday or Wednesday? I forget."), nor a time
# confirmed ("Thursday at ten." after "Thursday at ten works for me."). The client's "I"
# is the coach's "you" ("Everyone you know." after "everyone I know"), and a word's ending
# may change ("Starting from wanting to do it well." after "I want to... So it starts
# from..."). In AnnoMI's training transcripts 7 of the 10 such lines of up to four words
# after a client's statement are simple reflections; the 10 more that the swap, the
# endings and up to eight words find there and in the written examples all are.
_ECHO_WORDS = 8
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
_FUNCTION_WORDS_TEXT = (
    "a an the this that these those it it's its i i'm me my you you're your he she his her "
    "him they them their we us our and or but so then to of in on at for with by as not no "
    "yes yeah do does did don't is isn't are was were be been am have has had can could "
    "will would know think see mean just really very too all there here what well "
    # agreement, apology and goodbye
    "agree agreed true totally definitely indeed fair sorry exactly absolutely certainly sure "
    "course bye goodbye cheers welcome thanks please"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
# The articles and prepositions that join the client's words given back: they need not be
# the client's own ("A few words at the offsite." after "There's a leadership offsite...
# A few words, that's all.").
_JOINING_WORDS = frozenset({"a", "an", "the", "at", "in", "on", "of", "to", "for", "with", "by"})
# A greeting returned ("Morning." after "Morning!"), not the client's words reflected.
_GREETING = re.compile(
    r"^(?:(?:happy|merry) (?:new year|christmas|birthday|holidays|easter|anniversary)|"
    r"(?:good )?(?:morning|afternoon|evening|night)|same to you|you too)[.!]*$"
)
# A day or a time settled: the coach's words name one ("Thursday at ten.") and the client
# has just agreed to it ("Thursday at ten works for me.", "Next Tuesday suits me.").
_WHEN = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|tomorrow|tonight|noon|o'?clock|[ap]m|half past|quarter (?:past|to)|"
    r"at (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\b"
)
_TIME_SETTLED = re.compile(
    r"\b(?:works?(?: (?:for me|fine|better|best))?[.!]*$|suits?(?: me)?\b|(?:is|'s) (?:fine|good|better|best) (?:for|with) me\b|"
    r"fine by me\b|i(?:'m| am) free\b|i can (?:do|make) (?:it|that|then)\b|book (?:it|that|me)\b|put (?:it|me) (?:in|down)\b)"
)
# A feeling the coach names as what something did to the client ("That surprised you.",
# "It must have stung you."): a reflection, complex where the client did not name it
# (their first four letters are enough to find "surprising" for "surprised").
_FEELING_NAMED = re.compile(
    r"^(?:(?:so|and|oh|and so),? )?(?:that|it|this|which)"
    r"(?: (?:really|must have|must've|might have|may have|probably|clearly|kind of|a bit|quite))? "
    r"(?P<feeling>surprised|shocked|hurt|stung|scared|frightened|upset|annoyed|frustrated|embarrassed|"
    r"moved|touched|rattled|unsettled|worried|delighted|pleased|excited|relieved|disappointed|"
    r"humiliated|thrown) you(?: (?:a bit|a little|a lot|more than you expected|most))?[.!]*$"
)
# The same, as what something sounds or must have been ("That sounds bruising.", "That
# must have been lonely."): a feeling, not a verdict on the plan ("That sounds great.")
# nor a difficulty ("That sounds hard."), and said of the client, not of another ("That
# sounds bruising for him.").
_FEELING_SOUNDS = re.compile(
    r"^(?:(?:so|and|oh|and so|gosh|wow),? )?(?:that|it|this) (?:sounds|sounded|must (?:have been|'ve been|be)|must (?:have )?felt)"
    r"(?: like it was| like it'?s)?(?: (?:really|so|quite|pretty|a bit|a little|incredibly|very|genuinely))? "
    r"(?P<feeling>bruising|painful|lonely|isolating|scary|frightening|unsettling|exhausting|draining|humiliating|"
    r"embarrassing|disheartening|demoralising|demoralizing|deflating|overwhelming|stressful|upsetting|hurtful|"
    r"maddening|infuriating|frustrating|confusing|heartbreaking|gutting|crushing|daunting|nerve-wracking|"
    r"unnerving|disorienting|disorientating|raw|freeing|liberating|thrilling|exhilarating)[.!]*$"
)
# The same, said of the client in a few words ("You were furious.", "You're exhausted."):
# a feeling word, not a verdict ("You were right.") or a place ("You were there.").
_FEELING_YOU = re.compile(
    r"^(?:(?:so|and|oh|and so|gosh|wow),? )?you(?:'re| are| were| felt| feel| must have been| must've been| sound| sounded| seem| seemed)"
    r"(?: (?:really|so|quite|pretty|a bit|a little|absolutely|completely|utterly|just))? "
    r"(?P<feeling>furious|livid|angry|scared|terrified|frightened|hurt|gutted|exhausted|drained|ashamed|"
    r"embarrassed|humiliated|relieved|proud|lonely|anxious|nervous|devastated|heartbroken|overwhelmed|"
    r"frustrated|upset|resentful|jealous|guilty|torn|lost|trapped|stuck|betrayed|crushed|rattled|shaken|"
    r"thrilled|elated|excited|disappointed|fed up|worn out|burnt out|burned out)[.!]*$"
)
# The stem of a feeling word, found at the start of a word in what the client said:
# "bruis" in "bruised", "overwhelm" in "overwhelmed" (not "over" in "over").
_FEELING_SUFFIX = re.compile(r"(?:ing|ed|ful|y|ly)$")
# The same feeling in the client's other words ("That must have been lonely." after "I
# felt so alone."): the feeling given back, a simple reflection.
_FEELING_KIN = {
    "lonely": r"alone|isolated|on my own|by myself",
    "isolating": r"alone|lonely|on my own|by myself",
    "scary": r"afraid|frightened|terrified|petrified|fear",
    "frightening": r"scared|afraid|terrified|petrified|fear",
    "painful": r"hurt|pain",
    "hurtful": r"hurt|pain",
    "exhausting": r"tired|drained|knackered|shattered|worn out|wiped out",
    "draining": r"tired|exhausted|knackered|shattered|worn out|wiped out",
    "stressful": r"stress",
    "upsetting": r"upset",
    "heartbreaking": r"heartbroken|devastated",
    "gutting": r"gutted|devastated",
    "crushing": r"crushed|devastated",
    "maddening": r"furious|livid|angry|fuming",
    "infuriating": r"furious|livid|angry|fuming",
    "overwhelming": r"swamped|snowed under|drowning",
    "nerve-wracking": r"nervous|anxious",
}


# The coach's words for the client, as the client says them of themselves.
_AS_THE_CLIENT = {
    "you": ("i", "me"),
    "your": ("my",),
    "yours": ("mine",),
    "yourself": ("myself",),
    "you're": ("i'm",),
    "you've": ("i've",),
    "you'd": ("i'd",),
    "you'll": ("i'll",),
    "are": ("am",),
}
# A word's ending, set aside when two words are compared ("starting" and "starts").
_ENDING = re.compile(r"(?:ing|ed|es|s|er|ly)$")


def _stem(word: str) -> str:
    """``word`` without its possessive and its ending, where at least two letters stay
    ("doing" is "do"); a word that only ends as an inflected one does ("news") keeps it."""
    word = word.replace("'s", "")
    if word in lexicon.NOT_INFLECTED:
        return word
    found = _ENDING.search(word)
    if found is not None and found.start() >= 2:
        return word[: found.start()]
    return word


@dataclass(frozen=True, slots=True)
class _Heard:
    """What the client said, as the coach's words are compared with it: ``words``, the
    words and their stems (:func:`_stem`); ``roots``, the words they are made from
    (:func:`.lexicon.roots`: "honest" for "honesty", "decide" for "decision")."""

    words: frozenset[str]
    roots: frozenset[str]


def _heard(said: str) -> _Heard:
    """The words of ``said`` (cleaned), their stems and their roots."""
    words = _WORD.findall(said)
    return _Heard(
        frozenset(words) | frozenset(_stem(w) for w in words),
        frozenset(root for w in words for root in _roots(w)),
    )


def _roots(word: str) -> frozenset[str]:
    """:func:`.lexicon.roots` of ``word`` as said."""
    return lexicon.roots(lexicon.stem(word))


def _heard_word(word: str, heard: _Heard) -> bool:
    """Whether the coach's ``word`` is one the client said (:func:`_heard`), in the
    client's person, whatever its ending, or in another word made from the same
    ("honesty" after "honest", "decision" after "decide")."""
    return (
        word in heard.words
        or any(w in heard.words for w in _AS_THE_CLIENT.get(word, ()))
        or _stem(word) in heard.words
        or not heard.roots.isdisjoint(_roots(word))
    )


def _said_back(text: str, client_before: str) -> str | None:
    """How deep a statement (cleaned) that only gives the client something back goes:
    "simple" for their own last words (:data:`_ECHO_WORDS`), "complex" for a feeling
    they did not name (:data:`_FEELING_NAMED`, :data:`_FEELING_SOUNDS`,
    :data:`_FEELING_YOU`), "simple" for one they did; None for any other statement."""
    sentences = _substantive(text)
    if len(sentences) != 1 or "?" in text or not client_before:
        return None
    said = _clean(client_before)
    feeling = _FEELING_NAMED.match(sentences[0])
    if feeling is not None:
        return "simple" if feeling["feeling"][:4] in said else "complex"
    sounds = _FEELING_SOUNDS.match(sentences[0]) or _FEELING_YOU.match(sentences[0])
    if sounds is not None:
        stem = _FEELING_SUFFIX.sub("", sounds["feeling"])[:9]
        kin = _FEELING_KIN.get(sounds["feeling"])
        same = re.search(rf"\b{re.escape(stem)}", said) or (
            kin and re.search(rf"\b(?:{kin})", said)
        )
        return "simple" if same else "complex"
    said_back = _LEAD.sub("", sentences[0])
    words = _WORD.findall(said_back)  # not "okay" in "Okay, February."
    # (after a question from the client, "Seven?", the same words answer it)
    if not words or len(words) > _ECHO_WORDS or said.rstrip().endswith("?"):
        return None
    if _GREETING.match(said_back) or (_WHEN.search(said_back) and _TIME_SETTLED.search(said)):
        return None
    heard = _heard(said)
    if not (
        all(w in _JOINING_WORDS or _heard_word(w, heard) for w in words)
        and any(w not in _FUNCTION_WORDS for w in words)
    ):
        return None
    asked = " ".join(s for s in _sentences(said) if s.endswith("?"))
    if any(w in _WORD.findall(asked) for w in words if w not in _FUNCTION_WORDS):
        return None  # "Tuesday." after "Is it Tuesday or Wednesday? I forget."
    return "simple"


# A phrase with no verb, put as a statement, that holds a word the client has just used
# ("A name by spring, and none yet.", "Three weeks of early starts.", "Your sister,
# again.", "Honesty and showing up." after "I want to be honest with her"): the coach
# gives back what the client said, in few words, and asks nothing. Its full stop says so
# where the text is punctuated; a caption's line with no mark at all ("three weeks of
# early starts") may have lost its question mark, and is left to the model, as is a word
# of the coach's own ("Loyalty.", "Interesting."). A verb a question could turn on is
# looked for as an auxiliary ("is", "do", "would"), a verb's contraction ("it's",
# "you've", "isn't") or a subject pronoun ("I", "she", and "you" or "it" with a word after
# them and no preposition before them: "For you." has none).
_FRAGMENT_WORDS = 15
_VERBAL = AUXILIARIES | frozenset({"be", "been", "being", "let's", "gonna", "wanna", "gotta"})
_CONTRACTED = ("n't", "'re", "'ve", "'ll", "'d", "'m")
_SUBJECTS = frozenset({"i", "we", "he", "she", "they"})
# "you" and "it" after one of these are an object ("For you, again.", "All of it.").
_GOVERNING = PREPOSITIONS | frozenset(
    {"like", "than", "without", "after", "before", "into", "towards", "toward", "around",
     "over", "under", "behind", "between", "against", "beside", "near", "through", "and"}
)  # fmt: skip
# "you" or "it" before one of these is no subject either ("You and your sister.", "You
# too.", "It again.").
_NOT_A_VERB_AFTER = frozenset({"and", "too", "both", "all", "again", "alone", "included"})
# The words whose "'s" is "is" or "has" ("it's", "that's", "what's", "here's").
_CONTRACTING = PRONOUN_SUBJECTS | WH_WORDS | {"here"}
# What asks without a verb: leave for more ("Anything else.", "Any thoughts."),
# a choice offered ("Tea or coffee."), a condition ("And if he says no."), the client's
# view asked for ("Your thoughts on that."), a number on a scale and a time proposed.
_ASKS_WITHOUT_A_VERB = re.compile(
    r"\b(?:any|anything|anyone|anybody|else|or|if|unless|whether|versus|vs)\b|"
    r"\b(?:your|any) (?:thoughts|ideas|take|view|views|sense|reaction|reactions|guess)\b"
)


def _verbless(text: str, client_before: str) -> bool:
    """Whether ``text`` (cleaned) is a phrase with no verb that gives back a word of
    content the client has just used, in any form (:func:`_heard_word`), in
    :data:`_FRAGMENT_WORDS` words at most, closed with a full stop or an
    exclamation mark, that asks nothing: no question mark or invitation ("Tell me more.",
    :func:`._asks`), no sentence that opens on an asking word or continues a line broken
    off ("-as an alternative."), no opening "but" ("But some."), no word that asks
    (:data:`_ASKS_WITHOUT_A_VERB`), a scale or a time, and no verb (:data:`_VERBAL`,
    :data:`_CONTRACTED`, :data:`_SUBJECTS`). Not after a question of the client's ("Seven."
    after "Seven?" is an answer) or nothing of substance ("Mm-hmm.")."""
    said = _clean(client_before)
    if not _substantive(said) or said.rstrip().endswith("?"):
        return False
    sentences = _substantive(text)
    if not sentences or not text.rstrip().endswith((".", "!")) or text.rstrip().endswith(".."):
        return False
    if _asks(text) or _ASKS_WITHOUT_A_VERB.search(text) or is_ruler(text) or _WHEN.search(text):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > _FRAGMENT_WORDS or words[0] == "but":
        return False
    if not all(_asks_nothing(sentence) for sentence in sentences):
        return False
    heard = _heard(said)
    return any(_heard_word(w, heard) for w in words if w not in _FUNCTION_WORDS and len(w) > 2)


def _asks_nothing(sentence: str) -> bool:
    """Whether one sentence of a phrase (:func:`_verbless`) opens on no asking word and
    holds no verb."""
    first = _opening(sentence).first.partition("'")[0]
    if not first or first in WH_WORDS or first in AUXILIARIES:
        return False
    for clause in re.split(r"[,;:\u2013\u2014]| - ", sentence):
        words = _WORD.findall(clause)
        for k, word in enumerate(words):
            if word in _VERBAL or word in _SUBJECTS or word.endswith(_CONTRACTED):
                return False
            if word.endswith("'s") and word[:-2] in _CONTRACTING:
                return False
            if word in ("you", "it") and _subject(words, k):
                return False
    return True


def _subject(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` ("you", "it") is a subject: a word follows it that is not
    :data:`_NOT_A_VERB_AFTER`, and no preposition comes before it (:data:`_GOVERNING`)."""
    after = words[k + 1] if k + 1 < len(words) else None
    if after is None or after in _NOT_A_VERB_AFTER:
        return False
    return not (k and words[k - 1] in _GOVERNING)


# A question's opening word: what the coach's words must open with to give back the
# question the client has just asked (:func:`_echoes_question`), rather than answer it.
_ASKING_WORD = re.compile(
    r"^(?:what|why|how|who|whose|where|when|which|is|are|am|was|were|do|does|did|can|could|will|would|should|have|has)\b"
)
# Words of a question shorter than this are not taken for its echo.
_ECHOED_WORDS = 3


def _echoes_question(text: str, client_before: str) -> bool:
    """Whether a statement (cleaned) only gives back, word for word in the client's
    person, the question the client has just asked ("Then what are you for." after "It
    wouldn't fall... Then what am I for?"): a simple reflection. Its words open as a
    question does (:data:`_ASKING_WORD`) and run, in order, through one of the client's
    asking sentences, and it is the last sentence, closed with a full stop or an
    exclamation mark. An answer ("Tuesday." after "Is it Tuesday or Wednesday?") opens
    otherwise, or follows the echo ("Can you bring your notes. Of course."); a question put
    back with its own mark, or with no mark at all (a transcript that writes none), is
    left to the model."""
    if "?" in text or not client_before:
        return False
    sentences = _sentences(text)
    if not sentences or not sentences[-1].endswith((".", "!")):
        return False
    if not all(_FILLER.match(s) for s in sentences[:-1]):
        return False
    words = _WORD.findall(_LEAD.sub("", sentences[-1]))
    if len(words) < _ECHOED_WORDS or not _ASKING_WORD.match(words[0]):
        return False
    for asked in _asking(_sentences(_clean(client_before))):
        theirs = _WORD.findall(_LEAD.sub("", asked))
        for start in range(len(theirs) - len(words) + 1):
            if all(
                said == mine or said in _AS_THE_CLIENT.get(mine, ())
                for said, mine in zip(theirs[start : start + len(words)], words, strict=True)
            ):
                return True
    return False


# A pattern in what the client brings, noticed across the conversation or the sessions
# ("I'm noticing we've been here before. Session three, it was the hiring. Each time it
# comes round to 'if I let go, what am I for.'", "We keep coming back to your father."):
# the coach's reading of the client, a complex reflection, as a statement. Where the rules
# read another act in it, that act stands: the session steered ("We keep coming back to
# this, so let's park it." is structuring), the coach's own story. Read sentence by
# sentence, in none that gives someone else's words back (:data:`_VOICED`: not "We've been
# here before, you and your brother, you said.").
_PATTERN_NOTICED = _rx(
    r"\bwe(?:'ve| have) been here before\b",
    # (not "we keep getting round to it", of a job put off)
    r"\bwe (?:keep|kept) (?:(?:coming|circling|going|returning|looping) (?:back|round|around)|getting back) to\b",
    # a turn the talk takes, not a topic ("Every time it comes to money, you go quiet."),
    # nor what decides ("Every time it comes down to money, he walks out."), and in the talk:
    # "we" reach it, or the conversation or the client in it are named ("Every time it gets
    # back to the money, the conversation stops."; not "Every time it gets back to head
    # office, they bin it."), in the next 300 characters of the sentence (some fifty
    # words): a long line without a full stop is then not read again to its end from
    # each "every time"
    r"\b(?:each|every) time,? we(?: [\w'-]+)? (?:come|came|get|got|circle|circled) (?:back|round|around) to\b",
    r"\b(?:each|every) time,? (?:it|this|that)(?: [\w'-]+)? (?:comes?|came|gets?|got|circles?|circled) (?:back|round|around) to\b"
    r"(?=[^.!?]{0,300}\b(?:the conversation|our conversation|we|us|you (?:go|went|get|got|fall|fell) (?:quiet|silent|still)|you (?:change|changed) the subject)\b)",
    # the client seen in the session itself, not a habit ("Every time..., you go quiet."): a
    # change in them noticed ("You went quiet just then.", "You sound lighter.", "I noticed
    # the energy in your voice when you talked about the book.", "Your face lit up.")
    r"\byou(?:'ve)? (?:went|gone|got|seemed|seem|looked|look|sounded|sound) (?:very |really |a bit |a little |quite |suddenly |all )?"
    r"(?:quiet|silent|still|tearful|teary|emotional|animated|lighter|brighter|tense|flat)\b",
    r"\bi (?:really |just )?(?:noticed|notice|could hear|heard|saw|could see|can see|can hear) (?:the |a |how much |some )?"
    r"(?:energy|change|shift|smile|light|lift|spark|warmth|tension|emotion|excitement|catch)(?: \w+)? in your (?:voice|face|eyes)\b",
    r"\byour (?:voice|face|eyes|energy) (?:changed|lit up|dropped|lifted|softened|brightened|came (?:right )?back)\b",
)
# Someone else's "we" given back ("So at home it's like, we keep going round and round.",
# "We've been here before, you and your brother, you said."): narrower than
# :data:`_REPORTED`, which also takes "you went" and "your dad said" for reported words.
_VOICED = re.compile(
    r"\bit'?s like\b|\bas if\b|"
    r"\b(?:you|he|she|they|(?:your|his|her|their) [\w'-]+)(?: both| all)? (?:said|says|say|told|tells|thought|thinks?|put it|(?:were|are|'re) (?:saying|thinking))"
    r"(?: (?:to )?(?:me|him|her|them|you))?(?=\s*[.!?,;]|$)|"
    r"\byou(?:'re| are| were) (?:thinking|telling yourself|saying),|"
    r"""(?:^|[\s,:])(?:"|'(?!til\b|cause\b|em\b))(?=\w)"""
)


def _notices_pattern(text: str) -> bool:
    """Whether ``text`` (cleaned) is a statement, and a sentence of it notices a pattern
    (:data:`_PATTERN_NOTICED`) and gives no one else's words back (:data:`_VOICED`).

    Not where the utterance asks or invites: a question mark, an invitation ("We keep
    coming back to your father. Tell me more about him."; :func:`._asks`,
    :func:`.invites`) or a question with its mark left off ("I notice we keep coming back
    to work. What is that about"; :func:`.segment.unmarked_question`): the noticing leads
    into the question, which is what the utterance does."""
    sentences = _sentences(text)
    if _asks(text) or invites(text) or any(unmarked_question(s) for s in sentences):
        return False
    return any(
        _PATTERN_NOTICED.search(sentence) and not _VOICED.search(sentence) for sentence in sentences
    )


# A question that leads to its own answer, a yes it leans on: a negative auxiliary first
# ("Wouldn't it be a shame to let it go?", "Isn't that what you wanted?", "Don't you think
# he knows?"), or a commitment put back for a yes ("So you'll send it even if you feel
# it's not ready?"). Asked with its question mark, it is a closed question however much
# of the client's words it carries. A tag after a statement ("It's hard, isn't it?") is
# not one (AnnoMI mostly labels those reflections), nor is "why don't you...".
_LEADING = re.compile(
    r"^(?:(?:and|so|but|okay|ok|well|now|then|i mean),? )*"
    r"(?:(?:wouldn'?t|isn'?t|aren'?t|won'?t|doesn'?t|don'?t|didn'?t|can'?t|couldn'?t|shouldn'?t|wasn'?t|weren'?t|haven'?t|hasn'?t) "
    r"(?:it|you|that|this|there|they|he|she|we)\b|"
    r"you(?:'ll| will|'re going to| are going to|'re gonna) )[^?]*\?$"
)


def _leads(text: str) -> bool:
    """Whether the last sentence of ``text`` (cleaned) asks a leading question
    (:data:`_LEADING`)."""
    sentences = _sentences(text)
    return bool(sentences) and bool(_LEADING.match(sentences[-1]))


def coach_code(
    text: str,
    behaviour: str,
    subtype: dict[str, str],
    client_before: str = "",
    names: Sequence[str] = (),
) -> str:
    """Our coach code from the model's AnnoMI behaviour, its subtypes and the rules.

    ``subtype`` holds the model's pick per subtype head (question, reflection, input);
    ``client_before`` is what the client said last before the utterance; ``names``: what
    the coach may call the others on the call (:func:`about_the_call`).
    The rules read one act per utterance (:func:`_act`). In what the model calls
    "other" that act stands. Self-disclosure, plainly about the coach's own life, also
    overrides a reflection or input; the other acts do so where they are what the
    utterance does: in its last substantive sentence, or in a short utterance (in a long
    reflection a passing "that's great" is not what it does). A "question" with nothing
    that asks (no question mark, no "tell me...") is whatever act the rules read in it,
    a complex reflection where it offers the coach's reading of the client, or a
    reflection where it only gives the client's last words back (:func:`_said_back`) or
    gives a word of theirs back in a phrase with no verb (:func:`_verbless`: "Three weeks
    of early starts.", as deep as the model's reflection head reads it). The
    client's words given back after "you said" are a simple reflection where the model
    read a reflection or other; what the model read as other and only gives the client
    back their last words or a feeling is a reflection (:func:`_said_back`). A belief
    challenged in two words ("Says who.") is an open question with or without its mark.
    Whatever the model read, the client left to pick which question to answer is
    structuring (:func:`_picks_a_question`), the client's own question given back word for
    word a simple reflection (:func:`_echoes_question`), and a pattern in what the client
    brings noticed, with no other act, a complex reflection (:data:`_PATTERN_NOTICED`), and
    so is a summary the coach says they are giving (:func:`summarises`) and, where the
    model read other, the client read as a kind of person (:data:`_PERSON_READ`). A
    leading question ("Wouldn't it be a shame to...?") is closed (:data:`_LEADING`). Advice
    given with leave asked and given needs the line before: see :func:`offered_advice`.
    """
    text = _clean(text)
    if _about_the_call(text, names) or _GREETING_ASKED.match(text):
        return "other"
    if (
        _MOVING_ON.match(text)
        or _turns_to(text, client_before)
        or _names_a_stage(text, client_before)
        or _picks_a_question(text, client_before)
        or _back_to_the_plan(text)
        or _runs_a_role_play(text)
    ):
        return "structuring"
    if summarises(text):
        return "complex_reflection"
    if _echoes_question(text, client_before):
        return "simple_reflection"
    if _notices_pattern(text) and _act(text) is None:
        return "complex_reflection"
    if _SAYS_WHO.match(text):  # before the model's form: "Says who?" is open too
        return "open_question"
    if leaves_open(text):  # "And if Martin asks another tricky question"
        return "open_question"
    if _leads(text):  # "Wouldn't it be a shame to...?", "So you'll do it even if...?"
        return "advice" if suggests(text) else "closed_question"
    if behaviour == "question" and _asks(text):
        return "advice" if suggests(text) else f"{subtype['question']}_question"
    if _caption_asks(text):  # a caption dropped its question mark, whatever the model read
        return "advice" if suggests(text) else f"{subtype['question']}_question"
    if behaviour == "other" and invites(text):  # "Say more."
        return "open_question"
    if behaviour in ("reflection", "other") and _asks_as_a_statement(text):
        return "open_question"  # "I'm curious what's going on for you as I say that."
    if _GIVEN_BACK.match(text) and _LEFT_WITH_ME.search(client_before):
        return "simple_reflection"
    act = _act(text)
    if behaviour == "question":
        if act is not None:
            return act.code
        if _offers_a_reading(text):
            return "complex_reflection"
        # Nothing asks, and the words are the client's own, just said: "Showing up."
        # before the question that follows it in the same turn gives them back.
        depth = _said_back(text, client_before)
        if depth:
            return f"{depth}_reflection"
        # A phrase with no verb that asks nothing gives back what the client said in the
        # coach's words: "Honesty and showing up." before "What would that look like?"
        if _verbless(text, client_before):
            return f"{subtype['reflection']}_reflection"
        return f"{subtype['question']}_question"
    if act is not None and _overrides(act, behaviour, text):
        return act.code
    if behaviour in ("reflection", "other") and _points_to_words(text):
        return "simple_reflection"
    if behaviour == "other" and act is None and _PERSON_READ.match(text):
        return "complex_reflection"
    if behaviour in ("other", "reflection"):
        depth = _said_back(text, client_before)
        if depth is not None:
            return f"{depth}_reflection"
    if behaviour == "reflection":
        return f"{subtype['reflection']}_reflection"
    if behaviour == "therapist_input":
        sentences = _sentences(text)
        advice = any(_sentence_act(s) == "advice" for s in sentences)
        return "advice" if advice else subtype["input"]
    return "other"


# The client's question about the coach's story ("Did it work?", "And did you tell him?",
# "What happened?"): short, asked with its mark.
_ASKED_ABOUT_IT = re.compile(
    r"^(?:(?:and|so|but|oh|really|wow),? )*(?:did|does|do|was|were|has|have|is|how|what|why|when)\b[^?]{0,50}\?$"
)
_ANSWER_WORDS = 8


def answers_about_own_story(text: str, coach_before: str, client_before: str) -> bool:
    """Whether ``text``, the coach's short answer (no more than :data:`_ANSWER_WORDS`
    words, no question, no "you") to the client's question (``client_before``,
    :data:`_ASKED_ABOUT_IT`) about a story of the coach's own just told (``coach_before``,
    self-disclosure), goes on with that story: "I had the same with my brother." "Did it
    work?" "Eventually. Took a few goes." It is self-disclosure too."""
    text, asked = _clean(text), _clean(client_before)
    if "?" in text or len(text.split()) > _ANSWER_WORDS or _SECOND_PERSON.search(text):
        return False
    if not _ASKED_ABOUT_IT.match(asked):
        return False
    act = _act(_clean(coach_before)) if coach_before.strip() else None
    return act is not None and act.code == "self_disclosure"


def _caption_asks(text: str) -> bool:
    """Whether ``text`` has no question mark anywhere and its last sentence asks all the
    same (:func:`.segment.asks_unmarked`), as an auto-caption writes a question: "what's
    the stupid part", "...would it be useful if i shared it". Punctuated text never asks
    this way: there the mark (or the model) decides."""
    if "?" in text:
        return False
    sentences = split_sentences(text)
    return bool(sentences) and asks_unmarked(sentences[-1].text)


def _overrides(act: _Act, behaviour: str, text: str) -> bool:
    """Whether the act the rules read replaces the model's reflection, input or other."""
    if behaviour == "other" or act.code == "self_disclosure":
        return True
    if not (act.last or len(text.split()) <= _SHORT_WORDS or _throughout(act, text)):
        return False
    if behaviour == "reflection" and act.code == "advice":
        return any(_is_advice(s, obligations=False) for s in _sentences(text))
    return True


def _throughout(act: _Act, text: str) -> bool:
    """Whether the act is what a long utterance does, though its last sentence carries no
    cue: information (:func:`_informs_throughout`), or structuring in two or more of its
    sentences ("Before we begin, a word on how this works. What we say here stays between
    us... And I won't be handing you answers.")."""
    if act.code == "structuring":
        return sum(bool(_STRUCTURING.search(s)) for s in _sentences(text)) >= 2
    return _informs_throughout(act, text)


def _informs_throughout(act: _Act, text: str) -> bool:
    """Whether information is what a long utterance does, though its last sentence carries
    no cue: two or more of its sentences inform ("What you're describing is pretty classic
    for burnout. The research shows... It tends to show up as exhaustion first."), or
    every sentence after the first that informs goes on with how things tend to go
    (:data:`_HOW_IT_GOES`: "A lot of new managers find the first term brutal.
    The second one usually settles...") or with others than the two speakers
    (:data:`_SPEAKERS_OR_CLIENT`)."""
    if act.code != "information":
        return False
    informs = [bool(_INFORMATION.search(s)) for s in _sentences(text)]
    if sum(informs) >= 2:
        return True
    after = _sentences(text)[informs.index(True) + 1 :] if True in informs else []
    return bool(after) and all(
        _HOW_IT_GOES.match(s) or not _SPEAKERS_OR_CLIENT.search(s) for s in after
    )


# Words for the coach, the client or the two together: a sentence without them, after a
# claim about people, goes on with the claim ("Teams cope with disagreement about the work
# far better than with disagreement about each other.").
_SPEAKERS_OR_CLIENT = re.compile(
    r"\b(?:you|your|yours|yourself|you're|you've|you'll|you'd|i|i'm|i've|i'd|i'll|me|my|"
    r"mine|we|we're|we've|we'll|our|us)\b"
)
# How things tend to go, said of someone other than the client before its "usually" ("The
# second one usually settles, because...", "It tends to pass once..."): it goes on with a
# claim about people in the client's place. Not "You usually blame yourself first."
_HOW_IT_GOES = re.compile(
    r"^(?:(?:and|but|so|because),? )?(?:(?!(?:you|your|you'?re|you'?ve|yourself)\b)[\w'-]+,? ){0,5}?"
    r"(?:tends? to|usually|typically|generally|normally|often)\b"
)


# --- reflection depth --------------------------------------------------------------------

# A reflection adds meaning, whatever its length, when it gives the client's situation
# back as a figure of speech ("You're running on empty.", "It's like you're holding up
# the whole team.") or names what two sides both want ("So you both want to be heard.").
# A figure verb here ("drowning in") must be one of lexicon.FIGURE_VERBS, which reads the
# client's images for rapport; not all of those are here (see the note there).
_FIGURATIVE = _rx(
    r"\brunning on (?:empty|fumes)\b",
    r"\b(?:the|your) tank(?:'s| is) (?:empty|low|running low)\b",
    r"\b(?:hit|hitting|hits) (?:a|the) wall\b",
    r"\bthe end of (?:your|the) (?:rope|tether)\b",
    r"\bwalking on eggshells\b",
    r"\btreading water\b",
    r"\bspinning (?:plates|your wheels)\b",
    r"\b(?:on a|the) (?:treadmill|hamster wheel)\b",
    r"\b(?:banging|hitting) your head against\b",
    r"\b(?:keep|keeping) your head above water\b",
    r"\bdrowning in\b",
    r"\bthe weight of the world\b",
    r"\bcarrying (?:the|all the|everyone'?s|everybody'?s) (?:weight|load|burden|bags)\b",
    # a burden named as a load ("That's a lot to carry."; not one carried, "That's a lot to
    # carry up the stairs.", nor none, "It's not a lot to carry.")
    r"(?<!not )(?<!n't )\b(?:a lot|so much|too much|quite a lot|quite a load|a heavy load|a lot of weight) (?:for you )?to (?:carry|shoulder)\b"
    r"(?! (?:up|down|around|about|home|in|into|to|across|by|with|there|back|on (?:the|a|an|board|to))\b)",
    r"\bpulled in (?:two|different|a hundred|a million|opposite|too many) directions\b",
    r"\bat a crossroads\b|\bfork in the road\b",
    r"\bstuck in a rut\b",
    r"\bburning the candle\b",
    r"\bon autopilot\b",
    r"\bin the driver'?s seat\b",
    r"\btug of war\b",
    r"\bholding (?:it all|everything|the whole \w+) together\b",
    r"\bputting out fires\b|\bfirefight(?:ing|er)\b",
    r"\bwearing (?:too )?many hats\b",
    r"\b(?:an )?uphill (?:battle|climb|struggle)\b",
    r"\bon a knife'?s? edge\b",
    # (not "It's like you said, ...": the client's words pointed to, no figure)
    rf"{_SENTENCE_START}(?:so,? )?(?:it'?s|it is|it'?s almost|it'?s a bit) (?:like|as if|as though) you\b"
    r"(?!(?:'ve| have)? (?:just |already )?(?:said|say|mentioned|told|put it|described|were saying)\b)",
)
_BOTH_SIDES = _rx(
    r"\b(?:you both|both of you|the two of you|you two) (?:\w+ )?(?:want|need|care|value|fear|wish|hope|feel|are (?:afraid|scared|trying|hoping|looking))\b",
)
# What the client feels or wants set against what they just said ("She said go for it,
# and you still feel you'd be letting her down."): both sides of it, unless the client
# set them so themselves ("I asked twice and I still don't have an answer."). A fact that
# has not changed ("..., and you still don't have an answer.") is not a feeling.
_STILL_FEEL = _rx(
    r"(?<=\w),? (?:and|but|yet)(?: yet)? (?:you|part of you)(?:'re| are)? still (?:feels?|wants?|thinks?|believes?|worr(?:y|ies)|wonders?|doubts?|wish(?:es)?|hopes?|fears?|(?:can'?t|don'?t|doesn'?t) (?:quite )?(?:feel|want|believe|trust|let (?:it )?go|shake|stop))\b",
)
_STILL_SAID = re.compile(r"\bstill\b")
_VERY_SAID = re.compile(r"\bthe very\b")
# An irony the coach points out ("So the board is asking for the very thing you've kept
# from them."): the point behind the words, unless the client put it so themselves. What
# the client wanted and got ("the very thing you asked for") is no irony: the very thing
# must be one the client avoids, fears or holds back.
_IRONY = _rx(
    r"\bthe very (?:thing|things|one|ones|quality|qualities|person|people|habit|habits|skill|skills|reason)"
    r"(?: (?:that|which|who))? (?:you|you'?ve|you'?re|you'?d|you were|you had|you have)\b[^.!?]{0,30}?"
    r"\b(?:avoid\w*|escap\w*|fear\w*|dread\w*|hat(?:e|ed|es|ing)|resent\w*|resist\w*|criticis\w*|criticiz\w*|"
    r"complain\w*|(?:keep|keeping|kept|hid|hide|hidden|hiding|push\w*|run\w*|ran) (?:\w+ )?(?:from|away)|"
    r"(?:don'?t|didn'?t|never) (?:want|like)|worried about|scared of|afraid of|"
    r"(?:trying|tried|try) to (?:avoid|stop|get away from|escape|fix|change|get rid of))",
)


# A value named for the client ("Being good at it matters a lot to you.", "You value
# your independence."): the point behind their words, unless they named it themselves.
_VALUE_NAMED = _rx(
    r"\b(?:matters?|mattered) (?:(?:so |very |really |such )?(?:a lot|so much|deeply|hugely|enormously|a great deal) )?to you\b",
    r"\b(?:is|are|was|were|it'?s|that'?s)(?: (?:really|so|very|clearly|deeply|hugely))? important to you\b",
    r"\byou (?:really |clearly |deeply |obviously )?(?:value|care (?:a lot |so much |deeply )?about)\b",
)
_VALUE_SAID = re.compile(r"\b(?:matter\w*|important|importance|valu\w*|care|cares|cared|caring)\b")
# Where the client comes alive or feels most like themselves, named for them ("The
# teaching is where you come alive.", "Running the workshops is where you feel most like
# yourself."): what the work means to them, unless they said it so ("I came alive in
# that room.", "I feel most like myself on the ward.").
_ALIVE_NAMED = _rx(
    # (the client coming alive, not a thing: "So the project came alive after you left.")
    r"\b(?:you|you'?re|you'?ve|you were|in you)\b[^.!?]{0,40}?\b(?:come|comes|came|coming) alive\b",
    # (not "feels like you identified as a runner": a thought, not the client as themselves)
    r"\b(?:feel|feels|felt) (?:most |more |really |truly )?like yourself\b",
)
_ALIVE_SAID = re.compile(r"\balive\b|\blike (?:myself|me)\b")
# What a habit does for the client, named for them ("So staying late is how you protect
# your team.", "Keeping the books was a way of staying in charge.", "Arguing back is your
# way of keeping your dignity."): the purpose behind it, unless they named it ("That's
# how I protect myself."). Not how something came about ("That's how you found out."),
# nor a way of getting somewhere ("The bus was a way of getting to work.").
_PURPOSE_NAMED = _rx(
    r"\b(?:is|was|'s) how you (?:protect|keep|stay|cope|prove|show|look after|hold on to|hold onto|stay in|avoid|make sure|get through|survive|earn)\b",
    r"\b(?:is|was|'s|were|are) (?:a|your|their|an old) way (?:of|to) (?:not |never )?"
    r"(?!(?:getting|going|travelling|traveling|coming) (?:to|there|home|in|out|back)\b)"
    # (nor a way of seeing or saying it: "That's your way of thinking about it.")
    r"(?!(?:thinking|seeing|looking|putting|saying|describing|doing|working)\b)[a-z]+ing\b",
)
_PURPOSE_SAID = re.compile(r"\bhow i\b|\bway (?:of|to)\b")
# A likeness the coach draws at the end of a reflection ("So you send the agenda first,
# almost like a shield.", "Kind of like an alarm going off."): the coach's image, unless
# the client named the thing it likens ("It's like a reflex." before "Almost like a
# reflex."). Not a likeness of no thing ("You look almost like you've slept.").
_LIKENESS_DRAWN = re.compile(
    r"(?:^|[,;] |\b(?:so|and|it'?s|that'?s) )(?:almost|a bit|kind of|sort of|a little|rather) like (?:a|an) ([a-z][a-z'-]*)"
)


# Words that frame a reflection or fill it rather than say what it is about ("It sounds
# like you want...", "So you feel..."): set aside, with the function words, when a
# reflection's words are compared with the client's.
_FRAMING_TEXT = (
    "like um uh mm hmm okay ok right kind sort actually quite bit lot thing things "
    "something anything get got go going gonna wanna want wants say said sounds sound "
    "seems seem feel feels felt"
)
_FRAMING = frozenset(_FRAMING_TEXT.split())
# A reflection of at least this many content words, every one of them the client's own.
_REPEATED_WORDS = 2
# One thing denied and another put in its place, where the client denied nothing
# ("You're not lazy, you're tired." after "Everyone says I'm lazy. I'm just so tired."):
# a reframe, not a repeat. ("Some notes, so you don't lose the thread." after "...some
# notes, rather than lose the thread" puts nothing in place of what it denies.)
_REFRAME = re.compile(
    r"(?:\bnot\b|n't\b)[^.?!,;]{1,40}[,;] (?:you'?re|you are|it'?s|it is|that'?s|but|just)\b"
)
_DENIAL = re.compile(r"\b(?:not|never|no|nothing|none|nobody|no one)\b|n't\b")
# The client's words linked by the coach ("Studying art feels like disappointing your
# dad."): "feels like" after a word of content joins two things the client said apart.
_LINK = re.compile(r"\b(?:feels?|felt|seems?|sounds?|looks?|is|'s) like\b")


def repeats_client(text: str, client_before: str = "") -> bool:
    """Whether a reflection only says back the client's last words (``client_before``):
    every content word it has, at least two, is one the client just used (in the
    client's person, whatever its ending), as in "So you need a reason to get up, and
    relaxing isn't it." after "I'm not a relaxer... I need a reason to get up.". Such a
    reflection adds no meaning: it is simple. In AnnoMI's training transcripts and the
    written examples all 32 such reflections are simple, and no complex one is such."""
    if "?" in text or not client_before:
        return False
    words = [
        w
        for w in _WORD.findall(_clean(text))
        if w not in _FUNCTION_WORDS and w not in _FRAMING and len(w) > 2
    ]
    said = _clean(client_before)
    heard = _heard(said)
    if not (len(words) >= _REPEATED_WORDS and all(_heard_word(w, heard) for w in words)):
        return False
    text = _clean(text)
    if _REFRAME.search(text) and not _DENIAL.search(said):
        return False
    return not any(_content_before(text[: link.start()]) for link in _LINK.finditer(text))


def _content_before(text: str) -> bool:
    """Whether the last sentence of ``text`` (cleaned) so far has a word of content: a
    "like" after it links two things rather than frames the reflection."""
    sentence = re.split(r"[.!?]\s", text)[-1]
    return any(
        w not in _FUNCTION_WORDS and w not in _FRAMING and len(w) > 2
        for w in _WORD.findall(sentence)
    )


# Both sides of what the client feels, put side by side by the coach ("Part of you wants
# to go, and part of you is pulling the handbrake.", "You'd rather leave a place you like
# than lose another year of yourself.", "You can be lucky and grieving at the same time.",
# "So it's the teaching you miss, not the school.", "The evidence says one thing, and the
# feeling says another."): a complex reflection unless it only repeats the client
# (:func:`repeats_client`). In the written examples the 8 reflections with these that add
# words are complex, and the one that only repeats the client ("It's the admin, not the
# teaching.") simple; "at the same time" as a link ("..., but at the same time you...") is
# left to the model.
_TWO_SIDES = _rx(
    # (and a reframe of what the client did: "You've been building your case for weeks
    # without calling it that.")
    r"\bwithout (?:calling|naming) it (?:that|anything|so)\b",
    rf"{_IN_ONE_SENTENCE}(?>[^.?!]*?\bpart of you\b)(?>[^.?!]*?\b(?:and|but|while|whereas)\b)[^.?!]*?\bpart\b",
    rf"{_IN_ONE_SENTENCE}(?>[^.?!]*?\byou(?:'d| would) rather\b)[^.?!]{{3,}}?\bthan\b",
    # (two states held together: not "..., but at the same time you don't like it...", nor
    # two things done, "You're working and studying at the same time.", "trying to cook and
    # clean at the same time", "managing the team and budget at the same time")
    r"\b(?:(?<!to )(?<!the )(?<!your )(?<!a )(?!\w+ing and \w+ing\b)\w+ and \w+|both\b[^.?!]{1,40}),? (?:at the same time|at once)\b|\bboth at once\b",
    r"\b(?:it'?s|that'?s|it is|that is) (?:the |your |what )[^.?!,]{1,40},? not (?:the|your|what|about|so much)\b",
    r"\bnot (?:the|your|so much the|really the|so much) [^.?!,]{1,40},? (?:it'?s|but) (?:the|your|what|about)\b",
    rf"{_IN_ONE_SENTENCE}(?>[^.?!]*?\bsays? one thing\b)[^.?!]*?\b(?:another|something else)\b",
    # what a habit gives the client set against what it costs them ("So the wine helps
    # you relax and then costs you your sleep.", "It gives you a break, but it leaves you
    # feeling worse."; not two gains, "It helps you relax and gets you to sleep.", nor
    # "...and it leaves you a note.")
    rf"{_IN_ONE_SENTENCE}(?>[^.?!]*?\b(?:helps?|gives?|buys?|gets?|works? for) you\b)[^.?!]*?"
    r"\b(?:and|but|yet) (?:then |also |later |afterwards |at the same time )?(?:it )?"
    # (a cost, not "...and it costs you nothing", nor a second gain, "...and leaves you
    # energised", "...leaves you feeling refreshed")
    r"(?:(?:costs?|takes? (?:away|from)|robs?) you\b(?! (?:nothing|very little|little|next to nothing)\b)|"
    r"leaves? you (?:feeling )?(?:worse|short|behind|awake|drained|exhausted|wrecked|tired|empty|flat|low|guilty|anxious|"
    r"wired|on edge|hungover|ashamed|resentful|lonely|isolated|exposed|stuck|frustrated|depleted|wiped out|"
    r"bad|awful|terrible|rough|rubbish|sick)\b)",
    # two wants named as one ("You want both: to be there for her and to do the job
    # well."; not "You want both of them to come.", nor what is needed, "You need both:
    # the training and the sign-off.")
    r"\byou (?:want|value) (?:them )?both(?: things)?\s*[:;,\u2013\u2014-]",
)


# A reframe: what the client said put another way, in the coach's words ("She's not
# careless; she's missing information.", "So it's less about the numbers and more about
# the voice.", "Maybe the question isn't whether you can do it but whether you'd let
# yourself call it that.", "So part of this is really about keeping faith with your
# team."). The same subject on both sides of "not...; ...": not a list of what the
# client told ("That's not helping, you're worried about getting caught."), nor a fact set
# beside it ("It's not working, it's been three weeks."). Said back
# word for word, it is the client's own (:func:`repeats_client`).
_BE = r"(?:'s| is| are|'re| was| were)"
_REFRAMED = re.compile(
    r"\b(?P<who>she|he|they|it|you|that|this)"
    rf"{_BE} not (?:really |just |only )?[\w' ]{{1,25}}[;,] (?:(?:but|just|rather),? )?(?P=who){_BE} "
    # (not the same said again: "You're not sure, you're still deciding.", "It's not
    # finished, it's halfway there.")
    r"(?!(?:not|been|got|gone|had|also|still|halfway|almost|nearly|partly|already|yet|"
    r"happened|done|finished)\b)"
    r"|\b(?:less|not so much) about\b[^.;?]{1,60}\b(?:and|but|it'?s) more about\b"
    r"|\bisn'?t (?:whether|about|if)\b[^.;?]{1,80}\bbut (?:whether|about|if)\b"
    r"|\b(?:this|it|that)\b[\w' ]{0,40}?(?: is|'s) really about\b"
)


def deeper_reflection(text: str, client_before: str = "") -> bool:
    """Whether a reflection adds meaning by its words alone: a reframe
    (:data:`_REFRAMED`) or both sides of what the client feels (:data:`_TWO_SIDES`) that do
    not only repeat the client's words just before (``client_before``); what two sides both
    want; a likeness drawn or the client's image mapped onto their life; or a meaning the
    coach names that those words did not (:data:`_NAMED_UNLESS_SAID`: a feeling kept
    despite what was said, a value, an irony, where the client comes alive, what a habit
    does for them, a figure of speech). Said back after the client named it, it is their
    words, not the coach's."""
    said_back = text  # as the coach said it: :func:`repeats_client` reads it so
    text = _clean(text)
    if (_TWO_SIDES.search(text) or _REFRAMED.search(text)) and not repeats_client(
        said_back, client_before
    ):
        return True
    if _BOTH_SIDES.search(text):
        return True
    said = _clean(client_before)
    if any(named.search(text) and not saying.search(said) for named, saying in _NAMED_UNLESS_SAID):
        return True
    likeness = _LIKENESS_DRAWN.search(text)
    if likeness and not _heard_word(likeness.group(1), _heard(said)):
        return True
    return _maps_the_image(text, said)


# A meaning the coach names in a reflection, and what in the client's words just before
# shows they named it themselves: (the coach's words, the client's).
_NAMED_UNLESS_SAID: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (_STILL_FEEL, _STILL_SAID),
    (_VALUE_NAMED, _VALUE_SAID),
    (_IRONY, _VERY_SAID),
    (_ALIVE_NAMED, _ALIVE_SAID),
    (_PURPOSE_NAMED, _PURPOSE_SAID),
    (_FIGURATIVE, _FIGURATIVE),
)


# The client's own image mapped onto their life ("...a boat that's come loose from the
# mooring." "So the mooring was the school."): the coach says what the image stands for.
_IMAGE_MAPPED = re.compile(
    r"\bthe ([a-z][a-z'-]{3,}) (?:was|is|'s|were|are|has been) (?:the|your|that|this|my) ([a-z][a-z'-]{2,})\b"
)


def _maps_the_image(text: str, said: str) -> bool:
    """Whether a reflection (cleaned) names what the client's image (``said``, cleaned)
    stands for: "the <a word of a likeness the client drew> was the <a word they did not
    use>" (:data:`_IMAGE_MAPPED`); the likeness is a sentence of theirs with "like", "as
    if" or "as though" in it, and the word no ordinary one (:data:`_FUNCTION_WORDS`,
    :data:`_PLAIN_THINGS`)."""
    likeness = " ".join(s for s in _sentences(said) if _LIKENESS.search(s))
    if not likeness:
        return False
    drawn, heard = _heard(likeness), _heard(said)
    return any(
        _heard_word(image, drawn)
        and not _heard_word(meant, heard)
        and image not in _FUNCTION_WORDS
        and image not in _PLAIN_THINGS
        for image, meant in _IMAGE_MAPPED.findall(text)
    )


# (a likeness, not a liking: "I like the anchor tattoo.") Its lookbehinds are read only
# where "like" is (_boundary_first), not at every place in the text.
_LIKENESS = re.compile(
    _boundary_first(
        r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!'d )(?<!\bwould )(?<!\bdon't )(?<!\bdidn't )"
        r"\blike (?:a|an|the|i'?m|you'?re|we'?re|it'?s|some|someone|something|\w+ing)\b|\bas (?:if|though)\b"
    )
)


# Words the client uses for what is plainly so, not an image ("the problem is the
# money", "the issue was the timing"): naming what they are is no image mapped.
_PLAIN_THINGS_TEXT = (
    "problem issue thing point worry question answer reason trouble difficulty plan idea "
    "hard part bit fear risk goal aim main"
)
_PLAIN_THINGS = frozenset(_PLAIN_THINGS_TEXT.split())


# --- question categories -----------------------------------------------------------------

# Each category: (pattern, weight). The category with the highest total wins; ties
# go to the earlier category; no match at all is plain exploration.
# On a scale of nought to ten, a number then a lower one ("seven and not four", "a five
# rather than a four", "a six and not a two or three", "eight or nine rather than six or
# seven"): why the client is not lower.
_SCALE = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _scale_number(n: int) -> str:
    return f"(?:{_SCALE[n]}|{n})"


_A_NUMBER_NOT_A_LOWER = (
    "(?:"
    + "|".join(
        rf"{_scale_number(n)}\b(?: or {_scale_number(n + 1) if n < 10 else _scale_number(n - 1)})?,? (?:and not|rather than|instead of)"
        rf"(?: a| an| at a| at an| at)? (?:{'|'.join(_scale_number(m) for m in range(n))})\b"
        for n in range(1, 11)
    )
    + ")"
)


# A yes-or-no question about the client's account ("Is that...", "Was it..."), up to an
# "or" in the same sentence; and what follows that "or" up to the word that names another
# reading of it ("or is it an excuse", "or a story", "or do you know").
_ACCOUNT_ASKED = r"\b(?:is|was|are|were) (?:that|it|this|those|these|they)\b[^?.!]{0,40}?"
# A reading of what the client said, set against a fact ("a feeling or a fact").
_READING = "guess|hunch|feeling|story|assumption|belief|impression|fear|worry|opinion"
_OR_READ = (
    r"\bor (?:(?:is|was|are|were) (?:that|it|this|they) |do you )?"
    r"(?:(?:just|more|really|simply|partly|maybe|perhaps|actually) )?"
    r"(?:(?:a|an|the|your|some) )?(?:[\w'-]+ )?"
)

# Whom the client's own words are rehearsed for, after "what would you say to": one of
# their people, by pronoun, name or role ("...to him?", "...to Tom?", "...to your
# manager?", "...to the team?"). Not one pictured in the client's place or a point put to
# them ("...to a friend who...", "...to someone in your position?", "...to yourself at
# twenty?", "...to that?", "...to the idea that...?"), which invite another perspective.
_REHEARSED_FOR = (
    r"(?!(?:a|an|someone|somebody|anyone|anybody|people|yourself|that|this|it|those|these|"
    r"the (?:idea|suggestion|thought|question|notion|claim|point|argument|criticism|charge|view)|"
    r"your (?:younger|older|future|past|old|former) self)\b)"
    r"(?![^?]{0,20}\bfriend\b)[a-z]+\b"
)
# Going to do something, said with the one who is ("What are you going to do?", "Is it
# going to hold?", "When's that going to happen?"); not someone going to a person or a
# place ("What do you make of Tom going to Priya?").
_GOING_TO = r"(?:\b(?:am|is|are|was|were|be|i'm|you're|we're|they're|he's|she's|it's)|'s|'re|'m) (?:\w+ ){0,2}going to\b"


_CATEGORY_CUES: tuple[tuple[str, tuple[tuple[re.Pattern[str], float], ...]], ...] = (
    (
        "process",
        (
            (
                _rx(
                    # the session and the relationship themselves
                    r"\b(?:our|this) (?:conversation|session|work|coaching)\b|\b(?:our|this) time ",
                    r"\bwork(?:ing)? together\b",
                    # (not what brought the client to it, "What's brought you to coaching right
                    # now?", "What made you decide to try coaching?")
                    r"(?<!brought you to )(?<!brings you to )(?<!led you to )(?<!leads you to )(?<!come to )(?<!coming to )"
                    r"(?<!try )(?<!trying )(?<!look for )(?<!looking for )\bcoaching\b",
                    r"\b(?<!next )sessions?\b",
                    r"\bhow (?:was|has|is|did you find|are you finding) (?:today|the session|our session|this conversation|our time)\b",
                    # what to work on today, and where the conversation goes next
                    r"\bwhere (?:would|do|shall|should|could) (?:you (?:like|want) to|we) (?:start|begin)\b",
                    r"\bwhat (?:would|do) you (?:like|want) to (?:focus on|work on|talk about|cover|start with|look at|get out of|take away)\b",
                    r"\b(?:cover|focus on|work on|talk about|look at|get to|spend (?:our|the) time on|raise|bring up|discuss)\b[^?]{0,25}\btoday\b",
                    r"\b(?:get|take) (?:out of|away from) (?:today|this|our time)\b",
                    # what the client wants from this session ("What would you like to get from
                    # today?"; not "...from today's meeting", "...from this conversation with her")
                    r"\b(?:get|like|want|need) from (?:today|this (?:session|conversation|hour)|our (?:session|conversation|time|hour)|the session)\b(?!'s| with\b)",
                    r"\b(?:want(?:ed)?|like|need(?:ed)?) to (?:cover|add|put on the agenda)\b",
                    r"\bwant(?:ed)? to bring\b|\bbring (?:to )?(?:today|here|this session|our session)\b",
                    r"\b(?:walk|go|leave) (?:out )?(?:of )?(?:here|this session|today) with\b",
                    r"\bwhat you(?:'d)? (?:want|like) to (?:focus on|work on|talk about)\b",
                    # the session's time asked at its start ("Before we start, how much time
                    # do you have today, still the full hour?"; not the client's week, "How
                    # much time do you have for yourself each week?")
                    r"\bhow much time (?:do you have|have you got|do we have|have we got)(?: (?:today|left|now|for (?:this|us|today)))?"
                    # (not the client's week, after a comma: "How much time do you
                    # have, realistically, each week?")
                    r"(?=\s*\?|$|,\s*(?:still|today|now|is that|or|the (?:full|whole))\b)",
                    # (the hour asked of the session, not how long something else ran: "And
                    # you sat in that meeting the whole hour?")
                    r"(?:\bstill|\b(?:do|have) (?:we|you) (?:have|got)|^(?:and |so )?is it) the (?:full|whole) hour\s*\?",
                    # scheduling the next session
                    r"^(?:so,? |and |okay,? |ok,? )?same time\b",
                    r"\b(?:does|would|will) (?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: after next| next week| week)?(?: still)? (?:work|suit)(?: for you| you)?\s*\?$",
                    r"\bwhich (?:one |of (?:those|these|them) )?(?:feels|is|seems|would be) (?:more|most) (?:pressing|urgent)\b",
                    r"\b(?:shall|should|can|could) we (?:pause|stop|start|begin|move on|come back|go back|look at|turn to|take|leave it|park)\b",
                    # asking permission to share, suggest or challenge (not leave to ask that
                    # runs on into the question itself, as a caption writes it: "can i ask you
                    # something about the money side what would you need to earn", which is
                    # read for that question)
                    r"\b(?:can|could|may) i (?:share|suggest|offer|give you|tell you|push|challenge|be (?:direct|honest|blunt)|play|reflect|interrupt|stop you|point out|make an observation|"
                    rf"ask you something(?![^?]{_REACH}\b(?:what|how|where|who|which|why|when)(?:'s|'re| (?:is|are|was|were|do|does|did|would|will|could|can|should|might|has|have|had))\b))\b",
                    r"\b(?:is it|would it be|are you|would you be) (?:ok|okay|alright|all right|fine|happy|comfortable|open|helpful|useful) (?:if i|for me|with me|to me|if we|to share|to hear)\b",
                    r"\bdo you mind if i\b",
                    # ("Would you be open to a suggestion?"; not "Would you be open to
                    # exploring it?", which asks about the client's readiness, nor a new
                    # challenge or other options the client might take up, "Are you open
                    # to other options?", "Would you be open to a new challenge?")
                    r"\b(?:would|are) you (?:be )?open to (?:a |an |some |one |my |a few |a couple of )?(?:(?!new )\w+ )?"
                    r"(?:suggestion|idea|thought|observation|perspective|advice|tip)s?\s*\?|"
                    r"\b(?:would|are) you (?:be )?open to (?:a |one |my |a few |a couple of )?(?:challenge|option)s?\s*\?|"
                    r"\b(?:would|are) you (?:be )?open to (?:hearing|me (?:sharing|offering|suggesting))\b",
                    # checking an arrangement or a summary
                    r"\b(?:does|would|will) (?:that|this|it) (?:still )?(?:work|suit) (?:for )?you\b",
                    r"\bis (?:that|this|it) (?:still )?(?:ok|okay|alright|all right|fine)(?: with you| for you)?\s*\?",
                    r"\bwe (?:said|agreed)\b",
                    r"\bhave i (?:missed|left out|got (?:that|it|this|everything) right|understood)\b",
                    r"\bdid i (?:miss|get (?:that|it|this) right)\b",
                    r"\b(?:a fair|an accurate) (?:summary|picture)\b",
                    # ("Does that match what you heard?"; not a fact set beside another
                    # source, "...what you heard from HR?", "...what your manager said?")
                    r"\b(?:does|did) (?:that|this|it)(?: all)? (?:match|fit) what (?:you|we) "
                    r"(?:heard|said|agreed|discussed|talked about|had in mind|have in mind)\b(?! from\b)",
                    r"\b(?:are|is) (?:we|this) (?:talking about|working on|focusing on|looking at|on) the right\b",
                    # (not set against a belief, "How does that sit with the it's-the-market story?")
                    r"\bhow(?:'s| is| does) (?:this|that|it) (?:land|landing|sit|sitting)\b(?! with (?!you\b))",
                    # checking what the coach has just proposed ("How does that sound?"; not
                    # "How does that sound when you say it out loud?", nor after someone's words
                    # given back: "When she says you're too quiet, how does that sound?")
                    r"^(?![^?]*(?:\b(?:says?|said|saying|tells? you|told you|calls? you|called you)\b|(?:^|\s)['\"\u201c\u2018]\w))"
                    r".*\bhow (?:does|do) (?:that|this)(?: plan| idea| suggestion)? sound(?: to you)?\s*\?",
                    # how the coaching works, and what the client wants of the coach
                    r"\bquestions? (?:\w+ ){0,4}about (?:how (?:this|we|it|coaching|the sessions?|our sessions?) (?:works?|will work|goes|will go)|(?:the|this) process|coaching|working together)\b",
                    # the terms of the work ("Is there anything about confidentiality you'd want
                    # to ask?"; not "...about confidentiality at work", "...about the agreement
                    # with your landlord")
                    r"\b(?:anything|questions?) (?:\w+ ){0,4}about (?:confidentiality|the (?:agreement|contract|fees?|format|notice period)|how i work)\b"
                    r"(?! (?:at|in|with|for|from) (?:work|your|his|her|their|the (?:office|company|team|firm))\b)",
                    # the first conversation looked back on ("How has this felt, as a first
                    # conversation?"; not "How has this felt?" of what the client has told)
                    r"\bhow (?:has|is|was|did) (?:this|that|it|today) (?:felt|feel|been|gone|go)\b[^?]{0,10}\bas (?:a|an|our|your) (?:first |opening |initial |trial )?(?:conversation|session|call|meeting|chat)\b",
                    r"\b(?:would|do|did) you (?:like|want|need|prefer) me to\b|\byou(?:'d| would) (?:like|want|prefer) me to\b",
                    r"\bhow (?:would|will|do|can|could|might) i (?:know|tell|notice|find out)\b",
                    # how the client likes to be worked with ("How do you like to receive
                    # challenge?"; not "How do you take feedback from your boss?", "How do you
                    # like to get feedback at work?", "How do you want to be challenged in your
                    # next role?", "...give feedback to your manager?")
                    r"\bhow (?:do|would|will) you (?:like|prefer|want) (?:to (?:receive|get|hear|take|be given) |me to (?:give|offer|deliver|share|bring|handle) )?"
                    r"(?:(?:difficult|honest|critical|tough|hard|direct) )?(?:challenge|feedback|pushback|push-back)\b"
                    rf"(?![^?]{_REACH}\b(?:from|at (?:work|home|the)|in (?:your|the|a|his|her|their) (?!sessions?\b)|to (?:your|the|him|her|them|his|their))\b)",
                    r"\bhow (?:do|would) you (?:like|prefer|want) (?:me )?to (?:be challenged|be pushed|challenge you|push you|be held to account)\b"
                    rf"(?![^?]{_REACH}\b(?:from|at (?:work|home|the)|in (?:your|the|a|his|her|their) (?!sessions?\b)|by (?:your|the|him|her|them))\b)",
                    # closing an agreement ("Deal?", "Agreed?")
                    r"^(?:(?:so|okay|ok|right|and|then),? )*(?:deal|agreed|is that a deal|do we have a deal|are we agreed)\s*\?$",
                    # the coach's last move checked ("Was that a bit direct?", "Was that too
                    # much to hear?", "Did I push too hard?"; not "Was the workload too much?",
                    # nor what the client has told of, "Three shifts and a wedding. Was that
                    # too much?", "Was that too soon?" of going back to work)
                    r"\bwas (?:that|this) (?:maybe )?(?:a bit |a little |too )+(?:direct|blunt|harsh|pushy|personal)(?: (?:for you|to hear))?\s*\?",
                    r"\bwas (?:that|this) (?:maybe )?(?:a bit |a little |too )+(?:much|far|strong) (?:to (?:hear|ask)|(?:for you )?to hear|of (?:me|a question))\s*\?",
                    # (not another's question, "So you're left wondering, did I push too hard?")
                    rf"{_SENTENCE_START}(?:(?:and|so|okay|ok|sorry|hmm|wait|actually),? )*did i (?:push|go) (?:a bit |a little )?too (?:hard|far|fast)\b",
                    # how the session is going ("How's this going for you so far?"; not "How's it
                    # going at work?", "How's today going so far?" of the client's day, nor
                    # "How's this going so far, the new role?")
                    r"\bhow(?:'s| is) (?:this|the session|our (?:session|conversation|time)) (?:going|working)(?: for you)? so far\s*\?",
                    # (not the client's fear given back, "You're thinking, what if I get it wrong?")
                    r"(?<!what )\bif i(?:'d| had| have|'ve)? (?:ever )?(?:(?:get|got|gotten) (?:it|that|something|anything|things) wrong|overstep(?:ped)?|push(?:ed)? too (?:hard|far)|miss(?:ed)? (?:something|anything))\b",
                    # the relationship, the pace and the direction of the session ("How has it been working
                    # with me so far?", "Is the pace all right for you?", "Is this okay, or is it getting
                    # too heavy?", "Does this feel like the right direction, or are we drifting?"; not "Is
                    # it getting too much at work?", "Is this the right direction for your career?")
                    r"\bwork(?:ing|ed)? with me\b|\bbetween us\b(?! and\b)|\bhow we(?:'re| are)? (?:doing|working on|work(?:ing)?(?: on)?) (?:this|together|it)\b",
                    # (the pace checked as such: not "Is this pace sustainable for you?", "Was the pace too
                    # much for the team?" of the client's work)
                    r"\b(?:is|'s|was) (?:the|this) pace(?: (?:all right|alright|ok|okay|right|good|working|too (?:fast|slow|quick|much)))?(?: for you)?(?: (?:today|here|in here))?\s*(?:[?,]|or\b)|\bthe pace (?:all right|alright|ok|okay|right|good)\b",
                    r"\bis this (?:still )?(?:okay|ok|all right|alright)(?: for you)?,? or\b|\bis (?:this|it) (?:getting |becoming )?(?:too|a bit too|a little too) (?:heavy|intense|deep)(?: for you)?(?: (?:right )?now| here| today)?\s*(?:[?,]|$|or\b)|\bis this (?:getting |becoming )?(?:too|a bit too|a little too) (?:much|fast)(?: for you)?(?: (?:right )?now| here| today)?\s*(?:[?,]|$|or\b)",
                    # (for the session: not "Does that feel like the right direction?" of a plan, nor "..., or
                    # are you doing it for your parents?")
                    r"\b(?:is|does) (?:this|that|it) (?:still )?(?:feel(?:s)? like )?the right direction(?: for (?:us|today|(?:this|the|our) (?:session|conversation|time))\b|,? or (?:are we|should we|do we|shall we|would you rather we|is there something else)\b)",
                    r"\bare we (?:drifting|getting off (?:track|topic)|going off (?:track|topic)|off track|on track|going (?:round|around) in circles|going in circles)\b",
                    # the session's time and what the client takes from it ("Where do you want to take the
                    # rest of the time?", "What's one thing you're taking from today?", "How do you want to
                    # close today?"; not "...the rest of the time" of a habit, "What did you take from
                    # today's meeting?", "How do you want to spend your weekend?")
                    # (the session's time: not "How do you spend the rest of the time, when the kids are at
                    # school?", "...the rest of the call once the client has said no?")
                    r"\b(?:take|spend|use|do with)\b[^?]{0,30}\brest of (?:the|our|this|today'?s) (?:session\b|(?:time|hour|call)(?=\s*\?|$| (?:we have|we've got|left|today|together|in here|that'?s left)\b))|\brest of (?:our|this|today'?s) (?:time|session|hour|call)\b",
                    r"\b(?:take|taking|took|get|getting|got|leave|leaving|hold onto|holding onto) (?:away )?(?:from|out of|with) (?:today|this session|our (?:session|time|conversation))\b(?!'s)|\bone thing from today\b",
                    # (not "How would you like to spend the time you've got back?", "How do you want to end
                    # the session with your team?", "...the rest of your day?")
                    r"\bhow (?:do|would) you (?:want|like) to (?:use|spend|split|close|end|finish|start|begin|open) (?:today(?=\s*\?|$| (?:between|together|with me|here)\b)|(?:the|our) time(?=\s*\?|$| (?:we have|we've got|left|today|together|in here|that'?s left)\b)|the (?:rest|remaining) (?:of (?:the|our|this|today'?s) (?:time|session|hour|call)|minutes|time)|this (?:session|hour|time)|the session(?! with\b))",
                    r"\b(?:did|has) today (?:give|given|gave)\b|\b(?:need|needed|wanted) (?:from )?today\b(?!'s)|\btoday'?s (?:list|agenda|focus|topics?)\b(?! (?:at|for) work\b)|\bour attention\b",
                    # what to work on next ("Do you want to start there, or with what you'd planned?", "What
                    # do you think we should be working on?", "...back to the original question?")
                    # (what to take up first in the session, not a step of the client's plan: "Would you start
                    # there, or with your manager first?")
                    r"\b(?:start|begin) (?:there|here),? or (?:with what you|somewhere else|elsewhere|with something else|go back to|come back to)\b|\bor with what you(?:'d| had)? (?:planned|brought|come (?:in )?with)\b|\b(?:the )?original question\b",
                    r"\b(?:we should|should we) (?:really )?(?:be )?(?:working on|talking about|focusing on|looking at)\b",
                    # the coach's last move ("What's going on for you with what I just said?", "Want me to
                    # pull the threads together?")
                    # (the last move, not one the client took home: "When you did what I suggested, how did
                    # it go?")
                    r"\bwhat i just (?:said|asked|suggested|offered|shared)\b|\bwhat i (?:said|asked|suggested|offered|shared) (?:just now|there|a (?:moment|minute|second) ago)\b|^(?:\w+,? )?(?:want|like) me to\b",
                    # the agenda checked again ("Do you still want that, or is something else
                    # more pressing?", "Is anything more urgent today?", "Is there something
                    # more pressing you'd like to look at?"; not "...more pressing at work?",
                    # "Is there anything more pressing on your plate this week?", "Was there
                    # something more urgent your manager needed?", "Is the mortgage more
                    # pressing?")
                    r"\b(?:something|anything) (?:else )?(?:(?:that'?s|that is|that feels|feels|feeling) )?more (?:pressing|urgent)"
                    r"(?: (?:for (?:you|us)|to (?:you|us)|on your mind))?(?: (?:today|right now|now|at the moment|here|in (?:this|our) (?:session|time)|this (?:session|hour)))?"
                    r"(?:(?=\s*\?|$|,? or\b)| (?:(?:that )?you(?:'d)? (?:want|like|need) to|for us to|to|we (?:should|could|need to)) "
                    r"(?:talk about|look at|work on|focus on|bring|discuss|cover|start with|get to|spend)\b)",
                    # a way back to the plan offered ("Is it okay to be here, or do you want to go
                    # back to the plan?", "Shall we get back to what you came in with?"; not "Do
                    # you want to go back to the plan you made with your sister?", "...to your old
                    # job?", "Would you rather go back to your original plan?", "...to what you
                    # brought home from the course?")
                    r"\b(?:(?:do|would) you (?:want|like|prefer|rather)(?: (?:us|me))?(?: to)?|(?:shall|should|can|could) we|or) (?:go|get|come|head|move) back to "
                    r"(?:(?:(?:the|our|today'?s) (?:practical )?(?:plan|agenda|topic|list|question)|your (?:agenda|topic|question)|the original (?:agenda|topic|question))"
                    r"(?= for today\b| we (?:made|agreed|set|started with)\b|\s*\?|$|,? or\b)|"
                    r"what (?:you (?:came (?:in )?with|brought(?= today\b| in\b| with you\b|\s*\?|$|,? or\b)|wanted to (?:work on|talk about|look at|cover|focus on|explore))|we (?:planned|agreed|said|set out to do))\b)",
                    # staying with what is here, asked ("Is it okay to be here?", "Is it okay to
                    # stay with this for a bit?", "Is it all right to keep going?"; not "Is it okay
                    # to be angry?", "...to be a bit selfish?", "...to keep going with your mum's
                    # care?", "...to keep going for a while at that pace?", "...to stay now,
                    # after everything he said?")
                    r"\bis (?:it|this) (?:still )?(?:ok|okay|all right|alright)(?: (?:for|with) you)? to "
                    r"(?:(?:be|stay) (?:here|with (?:this|it|that)|in (?:this|it))|(?:stay|keep going|go on|continue|carry on)(?: (?:here|with (?:this|it|that)|in (?:this|it)))?)"
                    r"(?: (?:for )?(?:a (?:bit|moment|minute|while|little)(?: (?:longer|more))?|a few (?:more )?minutes|longer|now|today|for now))?(?=\s*\?|$|,? or\b)",
                    # where the next session picks up, and when it meets ("Shall we pick up with
                    # how the chat went, in two weeks?", "Shall we meet again in three weeks?",
                    # "Can we book in another session?"; not "Can we pick up on something you
                    # said?", "Can we meet the deadline?", "Shall we schedule a time for you to
                    # call her?", "Should we schedule your workouts?")
                    r"\b(?:shall|should|can|could) we (?:pick (?:up|(?:it|this|that) (?:back )?up)(?! on\b(?![^?]{0,25}\b(?:next (?:time|session|week)|when we (?:next )?meet)\b))|carry on(?=\s*[?,]|$| (?:with|from|where|here|there|now|next)\b)|"
                    r"meet(?=\s*[?,]|$| (?:again|up|then)\b)|"
                    r"meet(?! (?:the (?!same time\b)|(?:your|that|this|those|these|my|his|her|their|its) |an? (?!bit\b|little\b)|our (?!usual\b))\w)"
                    r"(?=[^?]{0,30}\b(?:again|next (?:time|week|session|month)|same time|in (?:a|\w+) (?:weeks?|days?|months?|fortnight)|on (?:the )?\w+day|"
                    r"every|weekly|fortnightly|monthly|online|in person|on (?:zoom|teams|video|the phone)|by (?:video|phone))\b)|"
                    r"(?:book|schedule)(?: (?:it|that|this|one|something))? in(?=\s*[?,]|$| again\b| for (?:(?:a|the|next|two|three|four|six) )?(?:weeks?|fortnight|month|time|session|(?:mon|tues|wednes|thurs|fri)day)\b)|"
                    r"(?:book|schedule) (?:(?:in|a|the|our|another|one|your) )*(?:(?:next|follow-up|review|further|final) )?(?:session|follow-up|check-in|catch-up|call|meeting|appointment|date|slot|time)s?\b"
                    r"(?! for you\b| with (?!me\b|us\b))|say (?:the )?same time)",
                ),
                2.0,
            ),
            (
                _rx(
                    r"\bin (?:this|the) room\b",
                    r"\bas we (?:talk|speak)\b",
                    r"\bwe keep (?:coming|returning|going) back\b",
                    r"\bi notice (?:we|that we|you)\b",
                    r"(?:\bnot|n'?t)(?: you)? (?:telling|saying|mentioning)\b",
                    r"\bmost useful\b",
                    r"\b(?:how|what) (?:is|was) (?:this|that|it) (?:like|for you) (?:to|talking)",
                    r"\bhow (?:are|am) (?:we|i) doing\b",
                    r"\bfeedback\b",
                    r"\bwhere should we\b",
                    r"\bwhat should we (?:focus|talk)\b",
                    r"\buseful (?:to|for you|so far)\b",
                    r"\bhelpful (?:so far|here)\b",
                    r"\bhow (?:do you|would you) want (?:us|me) to\b",
                    r"\bwould it (?:help|be useful) if (?:we|i)\b",
                    r"\bhow should i\b",
                    # the coach's part in the conversation, and how it is going
                    r"\b(?:from|of) me\b",
                    r"\bwhen i (?:leave|ask|push|challenge|say|interrupt|stay quiet|go quiet)\b",
                    r"\bwould you like (?:me to|a|an|some) (?:\w+ )?(?:suggestion|idea|thought|feedback|observation|challenge|summary)s?\b",
                    r"\b(?:minutes|the time|an hour|time) (?:be )?enough\b",
                    # the pace of the session, not of the client's work ("who sets the pace?")
                    r"\btoo much,? too (?:soon|fast)\b|\b(?:finding|how(?:'s| is)) the pace\b",
                    r"\bthe pace (?:of (?:this|today|our|the session)|today|here)\b",
                    r"\bstill the (?:priority|focus|right|topic|plan|agenda|thing to work on)\b",
                    # how long the session has
                    r"\bhow (?:much time|long) (?:do|have) we (?:have|got)(?: left)?"
                    r"(?: today| in this session| together| for this)?\s*\?",
                    r"\b(?:your|the) headline (?:from|of) (?:today|this|the session|our)\b",
                    r"\b(?:for|in) (?:our|the) next session\b",
                    r"\bwhat (?:made|makes) (?:it|this|that|today) (?:useful|helpful|worthwhile)\b",
                    # what would make the session worth it ("What would make this hour worthwhile?")
                    # (not "What would make this job worthwhile?", "...this useful for the kids?")
                    r"\bwhat (?:would|will|could|might) make (?:this|today|our time|the time|this (?:hour|session|conversation|time)|today'?s session) "
                    r"(?:(?:really|most|more|truly|genuinely|properly|feel) )?(?:useful|helpful|worthwhile|valuable|worth (?:it|your while|the time)|a good use)\b"
                    r"(?! (?:for|to) (?!you\b|us\b)\w)",
                    r"\bpick (?:it|this|that) (?:back )?up\b",
                    r"\bwhen we (?:started|began|first (?:met|started|spoke))\b",
                ),
                1.5,
            ),
            (
                # "we" doing something together in a coach's question is usually the
                # coach and the client; any other category's cue outweighs it. "Are we
                # talking", asked, sizes up what the client said ("How much money are we
                # talking about?"), so only "we're talking" counts.
                _rx(
                    r"\b(?:should|shall|could|can) we\b",
                    # ("when we're talking about your brother" is about the brother)
                    r"\bwe(?:'re| are)? (?:doing|working|spending|using)\b|\bwe(?:'re| are) talking\b(?! about (?:your|his|her|their|him|them|my)\b)",
                    r"\bhaven'?t we\b",
                    r"\bfor us to\b",
                ),
                1.0,
            ),
        ),
    ),
    (
        "assumption_challenging",
        (
            (
                _rx(
                    r"\bhow (?:do|can) you (?:know|be sure)\b",
                    r"\bwhat makes you (?:so )?(?:sure|certain|think|believe|say)\b",
                    r"\b(?:certain|sure) (?:that|of)\b",
                    r"\bevidence\b",
                    r"\bassum",
                    r"\bthe opposite\b",
                    r"\bis (?:that|it|this) (?:always|necessarily|really) (?:true|the case|so)\b",
                    # a belief the client has just stated, tested as it stands ("Is that
                    # true?", "Is it entirely decided?"; not "Is it true that she left?", nor a
                    # fact or a rumour checked: "Is it true?", "Was that true?")
                    r"\bis (?:that|this) (?:(?:really|actually|entirely|completely|totally|definitely|absolutely|strictly|necessarily) )?true\s*\?",
                    r"\bis it (?:really|actually|entirely|completely|totally|definitely|absolutely|strictly|necessarily) true\s*\?",
                    r"\bis (?:that|it|this) (?:entirely|completely|totally|definitely|absolutely|fully|really) (?:decided|settled|fixed|final|certain|out of your hands)\s*\?",
                    # asked, not said ("Is the budget set in stone?", "How set in stone is it?";
                    # not "Nothing's set in stone yet, so what would you like?")
                    r"(?:^|[.?!,;] )(?:(?:and|but|so|okay|ok|well),? )*(?:is|are|isn'?t|aren'?t)\b[^.?!,;]{0,40}?(?:set in stone|a done deal)[^.?!,;]{0,15}\?",
                    r"\bhow set in stone\b",
                    r"\bwho says\b",
                    r"\bsays who\b",
                    r"\bwhat if (?:you(?:'re| are| were) wrong|it(?:'s| is| were)n'?t)\b",
                    r"\b(?:another|a different|other) ways? (?:to|of) (?:see|look|think|read|interpret|understand|explain)",
                    r"\b(?:another|a different|other) (?:angle|perspective|explanation|reading|interpretation)\b",
                    r"\b(?:telling|tell) yourself\b",
                    r"\bwhole (?:story|picture|truth)\b",
                    r"\bhow else (?:could|might|would|can) you (?:look|see|read|think|interpret|explain)\b",
                    r"\bsomeone else\b",
                    r"\bhow (?:might|would|could) (?:\w+ )?(?:else|others|your \w+) (?:see|view|describe|say)\b",
                    # (not the client's own words rehearsed, "What would you say to him?",
                    # unless said as to a friend: "If a friend were in your spot, what would
                    # you say to her?")
                    rf"\bwhat would (?!you (?:\w+ )?say to {_REHEARSED_FOR})(?:\w+ ){{0,3}}say\b",
                    # (a friend pictured in the client's place, not one the client fell out with)
                    rf"\b(?:if (?:a|your) (?:\w+ )?friend|(?:a|your) (?:\w+ )?friend (?:were|was|came to you|in your)|friend in your)\b[^?]{_REACH}\bwhat would you (?:\w+ )?say\b",
                    r"\b(?:really|actually) (?:have to|need to|true)\b",
                    # (not what the client has, to do something with: "What support do you
                    # have to help you do that?")
                    r"(?<!you )\bhave to\b",
                    r"(?:^|[^\w\s'-] ?|\b(?!(?:support|resources|help|people|strengths|tools|skills|allies|experience|do|did|would|could|can|will)\b)[\w'-]+ )(?:(?:do|did|would|could|can|will) )?you have to\b",
                    r"\bmust\b",
                    r"\bstory (?:you(?:'?re| are)|you tell)\b",
                    r"\bbelie(?:f|ve)\b",
                    r"\bwhat (?:would|might) need to (?:be|change) (?:different|for)\b",
                    r"\b(?:would|might) (?:need to|have to) be true\b",
                    r"\bwhat(?:'s| is) the worst\b(?! (?:part|bit|thing about|thing that(?:'s| has)? happened|(?:day|moment|week|time)\b|of it|so far)\b)",
                    r"\bwhat (?:are you|am i) (?:assuming|missing)\b",
                    r"\bother (?:explanation|possibilit)",
                    r"\bwhat tells you\b",
                    r"\b(?:he|she|they)(?:'d| would) (?:say|think|make of)\b",
                    r"\bhow (?:can|could|do|would) you tell\b",
                    r"\bwhat if\b",
                    r"\b(?:(?<![\s\S])|(?<=,)|(?<=, ))(?:though|really)\s*\?\s*$",
                    r"\b(?:every single|each and every)\b",
                    r"\b(?:always|never|everyone|everybody|nobody|no one|every time)\s*\?\s*$",
                    r"\bhow (?:might|would|could|does|do you think) (?!you\b)\w+ (?:see|view|experience|interpret|read|describe|explain)\b",
                    r"\b(?:from|through) (?:his|her|their) (?:point of view|perspective|eyes|side)\b",
                    r"\bin (?:his|her|their) shoes\b",
                    r"\b(?:their|his|her|the other) side of\b",
                    r"\bif (?:it|that) were (?:his|hers|theirs|someone else'?s|a friend'?s|\w+ doing)\b",
                    r"^(?:and |so |but )?(?:everyone|everybody|all of them|nobody|no one)\b[^?]{0,40}\?$",
                    # checking the evidence for a belief
                    # (not the account of one event asked for, "What did the board actually say?")
                    r"\bactually (?:said|told|notice|noticed|happen|run|checked?|asked?|know)\b",
                    # (not the client's own words to come, "How confident are you that you could actually
                    # say that on Thursday?")
                    r"^(?![^?]*\bwhat did (?:[\w'-]+ ){1,3}actually (?:say|tell)\b)[^?]*(?<!could )(?<!would )(?<!can )(?<!will )(?<!might )(?<!'ll )(?<!'d )\bactually (?:say|tell)\b",
                    # a belief set beside what the client has said ("How does that sit with the
                    # it's-the-market story?"; not "How does that sit with you?", "...with your
                    # partner?")
                    r"\bhow (?:does|do|can|would|could) (?:that|this|it|those|these) (?:sit|square) with "
                    r"(?:(?:the|your) (?:[\w'-]+ ){0,4}(?:story|belief|view|idea|explanation|assumption|theory|narrative|version|picture|account)|"
                    r"what you(?:'ve)? (?:said|told me|were saying|believe|think)|(?:everything|all) you(?:'ve)? (?:said|told me))\b",
                    r"\b(?:has|have|did) (?:anyone|anybody|any of them|he|she|they) (?:ever )?(?:said|told you)\b",
                    r"\bor (?:are you )?(?:guessing|assuming|what you (?:expect|fear|imagine)|a fear|the fear)\b",
                    r"\b(?:by|according to) (?:whose|whom)\b|\bwhose (?:rule|idea|voice|standard|expectation)s?\b",
                    r"\b(?:compared (?:to|with)|for) what,? exactly\b|\bcompared (?:to|with) what\b",
                    r"\b(?:is (?:that|it|this) )?(?:definitely |really )?the only (?:way|option|choice|answer|sensible)\b",
                    r"\b(?:everyone|everybody|all of them),? or\b",
                    r"^(?:\w+,? )?not (?:once|one|ever|a single)\b",
                    r"\bthink less of\b",
                    r"\bmakes? you (?:a|an) (?:bad|terrible|awful|worse|failure|fraud)\b",
                    r"\bactually (?:help|be (?:a|an) (?:strength|advantage|asset))\b",
                    r"\b(?<!i )(?:suppose|supposing)\b(?! so\b)|\blet'?s say\b",
                    r"\bwhat would (?:a|an|your|the) (?:\w+ ){1,4}say\b",
                    # another's view taken ("How might someone on your team see it?", "How might it have
                    # looked from where Kofi was sitting?"; not "How would you describe it?")
                    r"\bhow (?:might|would|could|do you think) (?!you\b|i\b|we\b|it\b|that\b|this\b|things\b|there\b)(?:(?!to\b)[\w'-]+ ){1,5}?(?:see|view|read|experience|describe|interpret) (?:it|this|that|things|the situation|what|you|the \w+|your \w+|him|her|them)\b",
                    r"\bfrom where (?!you\b|i\b|we\b)[\w'-]+ (?:was |is |were |are )?(?:sitting|standing|sat|stood|sits|stands)\b",
                    # other readings of the same facts ("What else might be going on for him?", "Is that the
                    # only explanation?", "What's another reason he might have picked you?")
                    r"\bwhat else (?:could|might|may) (?:it|that|this|the [\w'-]+|he|she|they) (?:mean\b|be(?=\s*[?,]|$| (?:about|telling|saying|showing|behind|driving|going on|the reason|a sign)\b))|\bwhat else (?:could|might|may) be going on\b|"
                    r"\b(?:other|another) reasons? (?:why )?(?:he|she|they|someone|people|it|that|this) (?:might|could|may)\b|\bwhat other reasons? (?:might|could)\b",
                    r"\bthe only (?:explanation|reason|possibility|way to (?:read|see))\b|\b(?:(?:something|anything|somewhere|what'?s|an option|options?|a way) in between\b(?! (?:the|your|sessions?|meetings?|calls?|jobs?|shifts?|now)\b)|in between\s*\?|a middle (?:ground|way|path)|between (?:all in|everything) and)\b",
                    # the certainty and the evidence of a belief ("Do you know that for certain?", "How sure
                    # are you?", "What makes 'never' feel so certain?", "What tells you that?")
                    # (not a fact sought, "Do you know for sure when the restructure happens?", nor confidence
                    # in a step, "How sure are you that you'll do it?")
                    r"\bfor (?:certain|a fact)\s*\?|\bknow (?:that |this |it )for (?:certain|sure|a fact)\b|\bknow for (?:certain|sure|a fact)(?:\s*\?| that (?:he|she|they|it|this|that|nobody|no one|everyone|people)\b)|\bhow (?:sure|certain) (?:are|were) you\b(?! (?:that )?(?:you(?:'ll|'d| will| would| can| could| want)|it(?:'ll| will)|this will)\b)",
                    r"\bmakes? (?:[\w'-]+ ){1,3}(?:feel|seem|sound) so (?:certain|sure|true|definite|final|fixed)\b|\b(?:that|which) tells? you (?:that|so)\b",
                    r"\btest (?:that|this|the) (?:theory|belief|assumption|story)\b|\btest (?:that|this) idea(?:\s*\?| (?:about|that)\b)|\bcompared (?:to|with) (?:whom|who)\b|\btrue (?:of|for) (?:every|all|everyone|everybody)\b",
                    # the client's account set against another reading of it, either or
                    # ("Is that a good reason or is it an excuse?", "Is that a fact or a
                    # story?", "Is it a feeling or a fact?", "Is that a guess, or do you
                    # know?"; not two things it may be, "Is it the work or is it the
                    # people?", "Is that a thought or a feeling?", "Is it a reason to stay
                    # or a reason to go?")
                    rf"{_ACCOUNT_ASKED}{_OR_READ}(?:excuses?|rationali[sz]ations?|justifications?|stor(?:y|ies)|assumptions?|guess(?:es)?|hunch(?:es)?|beliefs?)\b",
                    rf"{_ACCOUNT_ASKED}\b(?:{_READING})s?,? {_OR_READ}(?:facts?|truth|reality|evidence|know)\b",
                    rf"{_ACCOUNT_ASKED}\b(?:facts?|truth|reality),? {_OR_READ}(?:{_READING})s?\b",
                    r"\bor is (?:that|it) (?:more |just )?(?:of )?(?:a (?:sense|feeling|guess|hunch|story|fear|worry|read)|an? (?:assumption|impression))\b|\bactual (?:track record|evidence)\b|\bactual (?:record|facts?|data|numbers)\b[^?]{0,20}\b(?:say|says|show|shows|tell|tells|suggest|suggests|support)\b",
                ),
                2.0,
            ),
        ),
    ),
    (
        "resource_accessing",
        (
            (
                _rx(
                    r"\bstrengths?\b",
                    r"\bresources?\b",
                    r"\bsupport\b",
                    r"\bwho (?:in your \w+ |else )?(?:could|can|might|would) (?:help|support|you turn|back)",
                    # someone who could tell, show or open a door for the client (not
                    # "Who would give you a hard time?", "Who could tell you that you're
                    # wrong?", "your circle of friends")
                    r"\bwho (?:in your \w+ |else |out there )?(?:could|can|might|would) (?:\w+ )?(?:tell you(?! that\b|(?: you)?(?:'re| are)\b)|show you|teach you|advise|guide|mentor|coach you|introduce|connect you|explain|give you (?:a hand|(?:\w+ )?(?:advice|feedback|support|guidance|pointers|a reference|an introduction))|point you|vouch|sponsor|open)",
                    r"\b(?:in|from|across|through) your (?:network|contacts|connections|circle(?! of\b))\b",
                    r"\bwho (?:else )?(?:do you|could you|can you) (?:turn|lean|ask|talk)\b",
                    # someone, anywhere, who could be on the client's side ("Who in finance
                    # might actually listen to you?"; not "Who would listen to that?", nor "Who
                    # was in the room when he said nobody would listen to you?")
                    r"\bwho(?: else)?(?: do you think| (?:in|at|on|from|among|across|outside|inside|within|around|of) [^?.,;]{1,30}?)? (?:could|can|might|would) (?:actually |really |genuinely )?"
                    r"(?:help you|support you|listen to you|hear you out|back you|speak up for you|stand up for you|vouch for you|take your side|be on your side|be an ally|put in a (?:good )?word|"
                    # someone who could share the work ("Who else on the team could take
                    # something off your plate?")
                    r"take (?:something|some(?: of)? (?:this|that|it|the \w+)|(?:a |some )?(?:\w+ )?(?:work|load|pressure|weight)) off (?:your plate|you|your hands)|"
                    r"share the (?:load|work)|step in(?! front\b| it\b)|cover for you|pick up (?:some|part) of)\b(?! (?:least|less)\b)",
                    # help the client has asked for, or a time they managed ("Have you ever asked
                    # her for help?", "Has there been a time when someone trusted you with it?")
                    r"\bhave you (?:ever )?(?:asked|gone to|turned to|leaned on|reached out to) (?:\w+ ){0,2}?for (?:help|support|advice|a hand)\b",
                    # (not time to spare, "Has there been time to rest?", nor a time it went
                    # wrong, "Has there been a time when it went badly?")
                    rf"\b(?:has there|have there) (?:ever )?been (?:a|another|any|one) (?:time|moment|occasion)s?\b(?! (?:to|for)\b)(?![^?]{_REACH}\b(?:badly|wrong|worse|failed|gave up|give up|giving up|low|hopeless|leaving|quit|quitting)\b)",
                    rf"\b(?:can|could) you (?:think of|remember|recall) (?:a|another|one) (?:time|moment|occasion)\b(?![^?]{_REACH}\b(?:badly|wrong|worse|failed|gave up|give up|giving up|low|hopeless|leaving|quit|quitting)\b)",
                    r"\bwhen (?:else |in your (?:life|career|past|work) |in the past |before )?have you\b",
                    # strengths just named put to use ("Where might those be useful now?"), and
                    # someone on the client's side ("And is your partner supportive?")
                    r"\bwhere (?:might|could|would|can) (?:those|these|they|that|it) (?:be |come in )?(?:useful|helpful|handy|help(?: you)?|serve you)\b",
                    r"\bsupportive\b",
                    r"\bhave you (?:ever )?(?:handled|managed|dealt|done|faced|overcome|got through)\b",
                    # (not what got in the way, "What's made it hard to do in the past?")
                    # (but "when things got hard" is the time asked about, not the obstacle)
                    r"^(?![^?]*\b(?:(?:made|makes|make|making) (?:it|this|that|things) (?:so |really |more )?(?:hard|harder|difficult|tough|tricky)|(?:was|is) (?:so |really )?(?:hard|difficult|tough|tricky) about|got in the way|gets in the way|stopped you|held you back|went wrong)\b)[^?]*\bin the past\b",
                    # why a number on a scale is not lower ("Why seven and not four?", "Why
                    # did you choose a five rather than a four?"): it draws out what the
                    # client already has, not a belief tested
                    # (the client's own number: not "Why did she give you a seven and not a nine?")
                    # (the second number lower: "What makes it a seven and not a ten?"
                    # asks what is missing, not what the client has)
                    r"\b(?:why|how come|what makes (?:it|you))(?:,? (?:did you (?:say|choose|pick|go for|give (?:it|yourself))|are you(?: at)?|is it|it'?s|you(?:'re| are)(?: at)?))? "
                    rf"(?:a |an |at (?:a |an )?)?{_A_NUMBER_NOT_A_LOWER}",
                    r"\bbefore,? (?:when|how)\b",
                    r"\bwhat (?:has )?(?:worked|helped)\b",
                    # what made something go well ("What made that work?"; not "What made
                    # you work late?", "What made that work so draining?")
                    r"\bwhat (?:made|makes) (?:that|it|this) (?:work(?: out)?|go (?:so |really )?well|succeed)"
                    r"(?=\s*(?:[?,.!]|$|for you\b|then\b|back then\b|that time\b|so well\b|when\b|before\b|last time\b|in the end\b))",
                    r"\bskills?\b",
                    r"\bdraw on\b",
                    r"\bat your best\b",
                    r"\bgot you through\b",
                    r"\bwhat do you already\b",
                    r"\balready (?:have|know|do)\b",
                    r"\b(?:good|best) at\b",
                    r"\bwhat helps you\b",
                    r"\bwhat (?:would|could|might) help\b",
                    # what the client, or a part of them, needs to be able to do it
                    r"\bwhat (?:do|does|would|might) (?:(?:the|that|this) (?:\w+ )?part(?: of you)?|part of you) need\b",
                    r"\bwhat (?:do|does) (?:you|(?:the|that|this) (?:\w+ )?part(?: of you)?|part of you) need (?:in order (?:to|for)|so (?:that )?(?:you|it|they|i)\b|to (?:feel|be able|let))",
                    # what it takes to do a step well ("What do you need to have that
                    # conversation well?"; not "What do you need to do well in this job?")
                    r"\bwhat (?:do|would|will|might) you need(?: in order)? to (?!(?:do|be doing) well\b)[^?]{0,50}\bwell\s*\?",
                    r"\bsimilar (?:situation|challenge)\b",
                    r"\blearn(?:ed|t)? from\b",
                    r"\bhave you ever (?:had to|managed|handled|done|been able|pulled off)\b",
                    r"\bthat (?:worked|helped)\b",
                    r"\b(?:that|which) (?:might|could|would|will) help\b",
                    r"\bin your corner\b|\bon your side\b",
                    r"\bwho(?:'s| has) (?:been|helped|supported|backed)\b",
                    r"\b(?:worked|helped) (?:before|last time|in the past)\b",
                    # what has worked, steadied or carried the client before
                    r"\b(?:has|have) (?:anything|something|any of (?:it|that|them)) (?:ever )?(?:worked|helped)\b",
                    r"\bwhat'?s (?:ever )?(?:worked|helped)\b",
                    r"\b(?:steadied|lifted|sustained|carried) (?:you|them)\b",
                    r"\b(?:gives?|gave) you (?:energy|strength|confidence)\b",
                    r"\bkeeps? you going\b",
                    r"\bdone you good\b",
                    r"\b(?:have|had|has) going for (?:it|you|them)\b",
                    # (not a step into the days ahead, "What would you like to carry with
                    # you into Monday?")
                    r"\b(?:carry|bring|take) (?:it |that |this )?(?:over|with you)\b"
                    r"(?! (?:into|to|for) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the (?:week|weekend|days?|weeks|months?) ahead|the (?:coming|next) \w+)\b)",
                    r"\bcould you borrow\b|\byou could borrow\b",
                    r"\bhow did you (?:get through|manage|cope|handle|pull)\b",
                    r"\bhave you (?:ever )?(?:been through|stuck with|pulled off|come through)\b",
                    r"\b(?:what|which) (?:\w+ ){0,4}do you (?:really |actually )?do well\b",
                    r"\byour best (?:\w+ )?(?:moment|day|work|manager|ideas|self|year|time)\b",
                    # people and places the client can turn to
                    r"\b(?:do you know|is there|are there|have you got) (?:anyone|anybody|someone|somebody|people|a (?:mentor|colleague|friend|coach|peer|group|network))\b",
                    r"\bwhich (?:colleague|friend|person|people|of your \w+) (?:would|could|might) you\b",
                    r"\b(?:are you in|is there) (?:any|a|an) (?:\w+ )?(?:group|network|community|space|club|forum|scheme)s?\b",
                    r"\bwhere else could you (?:find|get|go)\b",
                    r"\bwho do you know\b",
                    r"\b(?:does|do|could) (?:your|the) (?:employer|company|firm|team|organisation|organization|union|school|practice) (?:offer|provide|have)\b",
                    # people who have made it easier, and who the client could tell ("Who did you lean on
                    # last time?", "Who could you tell about the plan?", "Do you have any colleagues who've
                    # done it?")
                    r"\bwho\b[^?]{0,25}\b(?:lean|leaned|rely|relied|count|counted) on\b|\bwho (?:could|can|might|would) you (?:tell|share (?:it|this|that|the \w+) with|call on|go to(?=\s*[?,]|$| (?:for|about)\b| with (?:this|that|it)\b))",
                    # (not "Do you have a friend's birthday?", "...a peer review coming up?", "...any people
                    # reporting to you?")
                    r"\bdo you have (?:any|a|an) (?:[\w'-]+ )?(?:colleagues?|friends?|mentors?|peers?|contacts?|people|allies|ally)\b(?!'s\b| (?:review|reviews|group|meeting|manager|managers|day|event|events|reporting|working|problem|issue)\b)",
                    r"\b(?:made|make|makes) (?:it|things|that|this|life) (?:even )?(?:a (?:little |bit |lot )?)?easier\b(?! if\b| for (?:him|her|them|his|their|the \w+)\b)|\bhow (?:could|can|might|would) your (?:[\w'-]+ ){1,2}help\b",
                    # a time it went well, and what was different then ("Tell me about a time you managed
                    # it.", "When studying has gone well, what was working?", "What's different on the days
                    # you don't?")
                    r"\ba time (?:when )?(?:you|it|that|an? [\w'-]+|things?)\b[^?.]{0,40}\b(?:went (?:well|better|okay|right)|worked(?= out| well| for you|\s*[?,.]|$)|managed|handled|succeeded|got through|pulled (?:it |that )?off)\b",
                    r"\bwhen\b[^?]{0,40}\b(?:has gone|went|goes|has been going|was going|have gone) (?:well|better|right)\b",
                    rf"\bwhen (?:you do|it (?:does|did)|it works|it worked)\b[^?]{_REACH}\bwhat(?:'s| is| was) different\b|\bwhat(?:'s| is) different (?:on|about) the (?:days|times|weeks) (?:you|when|it)\b",
                    r"\banything (?:that )?(?:ever |used to )?(?:help(?:ed|s)?|made a difference)\b|\bever (?:helped|made a difference)\b|\bdrawn on\b|\bdrawing on\b(?! (?:the|a) (?:board|whiteboard|wall|paper|page|flipchart)\b)|\b(?:served|serve|serves) you (?:well|before|then)\b",
                    # what the client already has, carried into a new setting ("What do you do with the
                    # clinic managers that you could take into the board room?"), and what they need in place
                    # (not "Is the contract already in place?", "Is there a course that you could take in the
                    # spring?")
                    r"\b(?:what(?:'s| is)|what do you have|what have you got|anything|something) already (?:there for you|in place)\b|\balready (?:got going for you|love|good at)\b|\bthat you (?:could|can|might|would) (?:take|bring|carry|use|apply|borrow|transfer) (?:into|across|over (?:to|into)|here|with you (?:into|to))\b",
                    r"\b(?:need|needs|needed) (?:to (?:be|have) )?(?:\w+ )?in place\b|\bhave in place\b",
                    # a score's reasons (solution-focused scaling: "What makes it a five and not a two?")
                    r"\bwhat makes it (?:a|an) (?:\w+|\d+)(?:,| and| rather than| instead of)? not (?:a |an )?(?:\w+|\d+)\b",
                ),
                2.0,
            ),
        ),
    ),
    (
        "future_focused",
        (
            (
                _rx(
                    r"\bsuccess\b",
                    # what it would look like, not what it looks like now
                    r"^(?!.*\b(?:typical(?:ly)?|usual(?:ly)?|normal(?:ly)?|ordinary|at the moment|"
                    r"right now|now|these days|day to day|currently|when you do|did|was|were)\b)"
                    r".*\blook like\b",
                    r"\b(?:would|will|could|might)\b[^?]{0,60}\blook like\b",
                    r"\bfuture\b",
                    r"\bimagine\b",
                    r"\bideal(?:ly)?\b",
                    # ahead, not looking back ("the last two weeks", "two weeks ago")
                    r"(?<!last )(?<!past )(?<!previous )(?<!first )\b(?:a|one|two|five|six|twelve|next) "
                    r"(?:year|years|months?|weeks?)\b(?! ago| before| earlier)",
                    r"\bbefore (?:we (?:meet|speak|talk) again|(?:we|our) next)\b",
                    r"\bhow will you know\b",
                    r"\bwhen you(?:'?ve| have) (?:achieved|done|reached|got)\b",
                    r"\bif (?:this|that|it) (?:were|was) (?:resolved|solved|sorted|different)\b",
                    # (not what is different in someone now, "What might be different about her?")
                    r"\bwhat would (?:be )?different\b",
                    r"\bwhat (?:might|could|will) (?:be )?different\b(?! about (?:him|her|them|he|she|they|his|their)\b)",
                    r"\bwant to (?:become|be|achieve|create)\b",
                    r"\b(?:next|first|smallest) step\b",
                    _GOING_TO,
                    r"\bwill you\b",
                    r"\bgoals?\b",
                    r"\bwhat do you want\b",
                    # (not the coach's own part asked for, "What would you want me to write?")
                    r"\bwhat would you (?:like|love)\b",
                    r"\bwhat would you want\b(?! me\b)",
                    # (not the past undone, "If you could have done it differently...", "If
                    # you could do it all again...")
                    r"\bif you could (?:have(?! (?:done|been|said|gone|seen|known|had|made|told|got|stopped|changed|acted|handled)\b)|change|do(?! (?:it|that|this|things|everything) (?:all )?(?:again|over)\b)|wave)\b",
                    # a conversation rehearsed ("What would you say to him one on one?")
                    rf"\bwhat (?:would|will|could|might) you (?:want to |like to |need to )?say to {_REHEARSED_FOR}",
                    # success pictured ("If the team watched you deal with it the way you'd
                    # want to, what would they see?")
                    # (pictured: not "Is it working the way you'd like?", "Did it go the way
                    # you'd hoped?")
                    rf"\b(?:if|imagine|picture|suppose)\b[^?]{_REACH}\bthe way you(?:'d| would) (?:want|like|love|hope)\b",
                    r"\bcommit(?:ment)?\b",
                    r"\bplan\b",
                    r"\bfrom here\b",
                    r"\b(?<!happened )(?<!came )next\b",  # "what happened next" is the story
                    r"\bby when\b",
                    r"\bhope\b",
                    r"\bdream\b",
                    r"\bvision\b",
                    # commitment, its timing and what it will take
                    r"\bhow (?:likely|confident|committed|ready)\b",
                    r"\bwhen (?:would|will|do) you (?:like|want|plan|hope|need) to\b",
                    r"\b(?:decided|done|finished|sorted|ready) by\b",
                    r"\bget in (?:the|your) way\b",
                    r"\bobstacles?\b",
                    r"\bwhat (?:would|will) (?:it|that|this) take\b",
                    r"\bwhat (?:would|will) you need (?:to|in order)\b",
                    r"\bto (?:make|take) (?:a|the|that) (?:\w+ )?decision\b",
                    # (not what has come of it, "Give me an example from this week.", nor
                    # what is on the client's mind now, "What's most on your mind this
                    # week?"; what is on their plate this week is work ahead)
                    r"(?<!from )(?<!of )(?<!mind )\b(?:this|next) (?:week|weekend|fortnight|month)\b",
                    # an action to take ("What's one place you could try that?")
                    r"\b(?:(?:could|can|might) you|you (?:could|can|might)) "
                    r"(?:try|test|experiment|practi[sc]e)\b"
                    # not "try to remember", "test whether it was true"
                    r"(?! to (?:remember|recall|think|explain|describe|say|put|picture)\b"
                    r"| (?:whether|if)\b)",
                    r"\btomorrow\b",
                    r"\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)\b",
                    r"\b(?:(?:are|would) you|you(?:'d| would)) (?:be )?willing\b",
                    r"\b(?:could|can|will|would) you do (?:that|it|this)\b",
                    # an option put as a question, and what the client wants to happen
                    r"\bhave you (?:thought about|considered|tried) \w+ing\b",
                    r"\bwould (?:a|an|it|that) (?:\w+ )?(?:\w+ )?(?:make sense|work for you)\b",
                    r"\bwhat (?:might|could|would|will) (?:stop|trip|derail|knock|get in)\b",
                    r"\bhow (?:would|do) you (?:like|want) (?:\w+ )?(?:\w+ )?(?:to )?(?:go|respond|react|end|turn out|look|feel|land)\b",
                    r"\bwhat (?:needs|has) to happen\b",
                    r"\bbetween now and\b",
                    # what happens if nothing changes ("And if you don't ask, what happens
                    # to the team?"; not "If you don't mind me asking, what happened?")
                    # (not what usually happens, "What happens if you don't eat lunch, usually?",
                    # nor a state, "If you don't know, what happens in your body right now?"; read
                    # after the words that must come first, not from every "if" and "what")
                    rf"\bif (?:you|we) (?![^?]{_REACH}\b(?:usually|normally|typically|generally|tend to|right now|at the moment|in your body)\b)(?:don'?t|do not|never|keep (?:on |going\b|\w+ing\b)|carry on|do nothing|say nothing|change nothing)(?! (?:mind|know|remember|understand)\b)[^?]{{0,60}}\bwhat (?:happens|will happen|would happen|'?s going to happen)\b",
                    rf"\bwhat (?:happens|will happen|would happen|'?s going to happen)\b(?![^?]{_REACH}\b(?:usually|normally|typically|generally|tend to|right now|at the moment|in your body)\b)[^?]{{0,30}}\bif (?:you|we|nothing) (?:don'?t|do not|never|keep (?:on |going\b|\w+ing\b)|carry on|do nothing|say nothing|change nothing|changes)(?! (?:mind|know|remember|understand)\b)",
                    r"\bgets? done\b",
                    r"\b(?:drag|pull|knock|tip|set) you (?:back|off course)\b",
                    r"\b(?:is|be|set|give (?:her|him|them|yourself)) (?:\w+ )?(?:a |the )?deadline\b",
                    r"\baim(?:ing)? for\b",
                    r"\byou(?:'?ll| will)\b",
                    r"\bin (?:a few|a couple of|ten|five|three|two|twenty|\d+) (?:years|months|weeks)\b",
                    r"\bpicture (?:it|yourself|that|the)\b",
                    r"\bbefore or after\b",
                    r"\bwhich (?:day|evening|morning|afternoon|week|weekend|month|time)\b",
                    r"^(?:so |and |okay,? )?(?:today|tonight)\s*\?$",
                    # (a hope still held: not "What were you hoping for when you signed up?")
                    r"^(?![^?]*\b(?:were|was|had)\b[^?]*\bhoping\b)[^?]*\bhoping (?:for|to|that|will)\b",
                    r"\bwhat (?:would|will) tell you\b|\bwhat would (?:take|get|move|bring) (?:it|you|that) (?:up )?(?:to|from)\b",
                    r"\bwhat would (?:\w+ing)\b[^?]{0,30}\b(?:give|change for|do for) you\b|\b(?:most |least )?likely to (?!have\b)\w",
                    # (not "What do you mean by summer?")
                    r"\b(?<!mean )(?<!meant )by (?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|the summer|summer|spring|autumn|the autumn|new year)\b",
                    r"\bstarting (?:tonight|today|tomorrow|now|(?:this|next) (?:week|weekend|month|evening|morning|afternoon|time)|next|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\bwhen (?:will|would|are you going to|do you plan to|do you want to) (?:that|it|this|the \w+|you)\b(?! (?:say|describe|have|call|put|date)\b)",
                ),
                1.5,
            ),
            (
                # a scene set ahead of now, then the question ("Imagine it's a year from
                # now and you took the role. What's different?", "Say you got the job.
                # What would you do first?"): it outweighs "suppose" or "have to" read as
                # a challenge
                _rx(
                    rf"{_SCENE_START}(?:imagine|picture|suppose|pretend|say)\b[^.?!]{{0,60}}"
                    r"\b(?:from now|(?:years?|months?|weeks?) (?:from now|on|ahead|down the (?:line|road|track))|"
                    r"in (?:a|one|two|three|five|six|ten|twelve|\d+) (?:years?|months?|weeks?)|"
                    r"next (?:year|month|spring|summer|autumn|fall|winter))\b",
                    # a day pictured ahead ("Imagine it's next Tuesday evening and..."; not a
                    # step supposed to test a fear, "Suppose he took one call next week.
                    # What's the worst that happens?")
                    rf"{_SCENE_START}(?:imagine|picture)(?: that)? it'?s (?:next|this coming) "
                    r"(?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                    rf"{_SCENE_START}fast[- ]?forward\b",
                    rf"{_SCENE_START}(?:imagine|picture|suppose|pretend|say)(?: that)? "
                    r"(?:it'?s|it is|everything'?s|everything is) (?:all )?(?:\w+ )?"
                    r"(?:done|sorted|resolved|solved|fixed|finished|over|settled|working|gone well)\b",
                    rf"{_SCENE_START}(?:imagine|picture|suppose|pretend|say)(?: that)? "
                    r"you(?:'ve| have|'d|'re| are)? (?:already |just |finally |now )?"
                    r"(?:got|took|taken|landed|won|made|done|achieved|reached|finished|solved|"
                    r"sorted|passed|become|started|left|decided|said yes|in the (?:role|job|post)|there)\b",
                    rf"{_SCENE_START}picture yourself\b",
                    # a question set a stretch of time ahead ("And in ten years, what would you hope
                    # they'd say about you?")
                    r"^(?:(?:and|so|okay|ok|now),? )*in (?:a|one|two|three|five|six|ten|twelve|twenty|\d+) (?:years?|months?)(?: time)?,",
                    # what the client wants changed, by the end of the work or of a time
                    # ("...what would you want to have changed by the end of the six
                    # sessions?", "What do you hope will be different by the end of the six
                    # sessions?"): the outcome, not the session's agenda or the way of
                    # working ("What would you want to have changed about today's session?",
                    # "...will be different about how we work together?")
                    r"\b(?:want|like|hope|expect)(?: to)? (?:(?:have|see) (?:changed|shifted)|(?:will |would |might )?be different)\b"
                    rf"(?![^?]{_REACH}\b(?:about|in) (?:(?:today'?s|this|the|our) (?:session|conversation|call|hour)|how we work)\b)",
                ),
                2.5,
            ),
        ),
    ),
)


# Asking whether or how an action the client took on went ("Did you get a chance to try
# that?", "Were you able to send it?", "How did the conversation go?"): a follow-up on
# what happened, exploration unless another category's cue says otherwise.
_FOLLOW_UP = re.compile(
    r"^(?:(?:and|so|okay|ok|right|well|now),? )*"
    r"(?:did you (?:get (?:a|the) chance|get (?:round|around)|get time|find time|manage|end up) to|"
    r"were you able to|have you (?:had (?:a|the) chance|had time|managed|got (?:round|around)) to|"
    r"how did (?:it|that|(?:the|your) (?:[\w']+ ){0,3}?[\w']+) go)\b"
)


# A question that only asks for a fact or an example ("Like what?", "Sorry, is that forty
# a month?") or for the client's history with being coached ("Have you had a coach
# before?"): exploration, unless another category's cue says otherwise.
_FINDS_FACTS = re.compile(
    r"^(?:(?:and|so|okay|ok|right|sorry|hmm),? )*(?:like what|such as|for example|for instance|meaning|how do you mean|in what way)\s*\?$|"
    # the things the client named, asked for bare ("Which things?", "What sorts?"; not one
    # picked, "Which evening?", a step's time)
    r"^(?:(?:and|so|okay|ok|right|sorry|hmm),? )*(?:which|what) (?:things|ones|bits|parts|areas|kinds|sorts|"
    r"people|tasks|decisions|sums)\s*\?$|"
    r"^(?:[^?]*\W)?(?:have|had|did) you (?:ever )?(?:had|worked with|seen|been to|tried|done) (?:a |an |any )?(?:\w+ )?"
    r"(?:coach|coaching|mentor|mentoring|therapist|therapy|counsell?or|counsell?ing)(?: before)?\s*\?$"
)


# What the client just said checked, the coach having missed or misheard it ("Sorry, is
# that forty a month?", "Sorry, did you say Tuesday?"): a time it names is no time ahead
# ("a month" here is a rate). A belief tested stays a challenge ("Sorry, is that
# true?"), and a question put after the apology is read as any other ("Sorry, is that
# something you'd want to change by next year?").
_CHECKS_WHAT_WAS_SAID = re.compile(
    r"^(?:(?:sorry|wait|hang on|just to check|just so i'?m clear),? )+(?:so,? )?"
    r"(?:is that|was that|is it|was it|did you say|do you mean|you mean|that'?s|that was)(?: [\w'-]+){1,4}\s*\?$"
)


# What has stood or stands in the client's way asked ("What's made it hard to do in the
# past?", "What got in the way last time?", "So what's stopping you from calling her?"):
# exploration of the obstacle (what stops the client, in the guide), not a resource, whatever "in
# the past" reads. Not what may stand in the way ("What might get in the way?", future),
# nor what kept the client going ("What stopped you from giving up?").
_OBSTACLE_MET = re.compile(
    r"^(?:(?:and|so|okay|ok|right|well|now),? )*what(?:'s| has)? (?:made it (?:so )?(?:hard|difficult|tough|tricky)|"
    r"got in (?:the|your) way|held you back|(?:been )?stopping you|(?:been )?holding you back)\b"
    # (not where it goes on to how the client got past it: "What got in your way, and how
    # did you get past it?")
    r"(?![^?]*\b(?:how did you (?:get|overcome|manage|deal|handle|push|work)|what (?:helped|got you through|worked)|"
    r"get (?:past|round|around|over) it)\b)"
)


# The client's reading of something asked ("What do you make of Tom going to Priya?", "So
# what did you make of her email?", "What's your read on how it ended?"): what it means to
# them, exploration, however the head reads the words of what is read ("going to").
# Where the thing read lies ahead ("...of the plan you're going to try?"), a category's
# cue reads it first, and it is not settled.
_READING_ASKED = re.compile(
    r"^(?:(?:and|so|okay|ok|right|well|now|but),? )*"
    r"(?:what (?:do|did) you make of|what(?:'s| is) your (?:read|take) on)\b"
)


# How the client is asked at the start ("How are you doing today?", "How have you been?",
# "How's things?"): exploration of the present, not a resource, however the head reads it.
_CHECK_IN = re.compile(
    r"^(?:(?:and|so|okay|ok|right|well|now|hi|hello|morning|good morning|hey),? )*"
    r"(?:how (?:are you|are you doing|are you feeling|are you keeping|are things|have you been|have you been keeping|is everything)|"
    r"how'?s (?:it going|things|everything|life|your (?:week|day))|how are things)"
    r"(?: (?:today|this morning|this afternoon|this week|at the moment|right now|now|since (?:we last (?:met|spoke)|last time)))?\s*\?$"
)


def finds_facts(text: str) -> bool:
    """Whether a question only asks for a fact, an example, or whether the client has
    been coached before (:data:`_FINDS_FACTS`), and no category's cue reads anything
    else in it: exploration, settled by the rules."""
    return _settled_exploration(text, (_FINDS_FACTS, _CHECKS_WHAT_WAS_SAID))


def follows_up(text: str) -> bool:
    """Whether a question asks how something the client set out to do went
    (:data:`_FOLLOW_UP`) and no category's cue reads anything else in it: exploration,
    settled by the rules."""
    return _settled_exploration(text, (_FOLLOW_UP,))


def exploration_settled(text: str, lead: str = "") -> bool:
    """Whether the rules settle a question as exploration, which no head may recode: it
    follows up on an action (:func:`follows_up`), only finds a fact (:func:`finds_facts`),
    asks what has stood in the client's way (:data:`_OBSTACLE_MET`), how the client is
    (:data:`_CHECK_IN`) or how they read something (:data:`_READING_ASKED`).
    ``lead``: the coach's own line just before it, as :func:`question_category` reads it."""
    return _settled_exploration(
        text,
        (_FOLLOW_UP, _FINDS_FACTS, _CHECKS_WHAT_WAS_SAID, _OBSTACLE_MET, _CHECK_IN, _READING_ASKED),
        lead,
    )


def _settled_exploration(text: str, patterns: tuple[re.Pattern[str], ...], lead: str = "") -> bool:
    """Whether the question ``text`` asks, in its last asking sentence, what one of
    ``patterns`` matches, and no category's cue reads anything but exploration in it."""
    asking = _asking(_sentences(_clean(text)))
    return (
        bool(asking)
        and any(pattern.match(asking[-1]) for pattern in patterns)
        and question_category(text, lead) == "exploration"
    )


def question_category(text: str, lead: str = "") -> str:
    """The coaching inquiry category of a question; plain exploration when nothing else
    fits. ``lead``: what the coach said just before it in the same turn (the line before,
    when it is the coach's own; see :func:`category_scores`)."""
    return category_of(category_scores(text, lead))


def category_of(scores: dict[str, float]) -> str:
    """The category :func:`category_scores` weigh highest (ties to the earlier one);
    exploration when none weighs anything."""
    best, best_score = "exploration", 0.0
    for category, total in scores.items():
        if total > best_score:
            best, best_score = category, total
    return best


# A step the client has planned, named in a ruler ("...how likely is it you'll ring her on
# Thursday?", "...that the Monday call happens?", "...to send it on the fourth?"), or the
# commitment asked ("How committed are you to that, out of ten?"): the
# number is for the commitment, a future-focused question. A ruler without one asks
# where the client stands now ("...how confident do you feel about the new role right
# now?", "Same scale, where's your confidence now?"): exploration.
_A_STEP_AHEAD = re.compile(
    r"\byou(?:'ll| will|'re going to| are going to)\b|\bhappens?\b|"
    r"\b(?:on|by|before|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"the \w+(?:st|nd|rd|th))\b|\btomorrow\b|\bcommit\w*"
)
# What the client wants from this session ("What would you like to walk away with by the
# end of the hour?", "So what would you like to come away with today?", "Does that work
# as a goal for the hour?"): what to work on today, a process question, however far
# ahead "like to" reads. Not what to take from another event ("...come away with from the
# appraisal?", "...from today's board meeting?", "your goal for today's presentation?"),
# nor a step done by the end of a day ("What will you have sent by the end of today?").
_THIS_SESSION_AIM = re.compile(
    r"\b(?:walk|come|go|get|take) away with\b(?![^?]{0,40}\bfrom (?!(?:today|this|here|our)\b(?!'s)))"
    r"[^?]{0,40}\b(?:today|the hour|this hour|this session|our session|the session|our time|here)\b(?!'s)|"
    r"\b(?:like|want|hope) to (?:have )?(?:got|gotten|get|reach|be)\b[^?]{0,30}\bby the end of "
    r"(?:the hour|this session|our session|the session|our time|today)\b|"
    r"\b(?:a |the |your )?(?:goal|focus|aim) for (?:the hour|today|this session|our session|our time)\b(?!'s)"
)
# What the client wants from the whole of the coaching ("What would you like to be true by
# the end of our six sessions?"): the desired outcome, future-focused, though it names the
# sessions.
_WHOLE_WORK_AIM = re.compile(r"\bby the end of (?:our|the|these) (?:\w+ )?(?:sessions|coaching)\b")


# What the next session picks up, asked ("Where would you like to start next time?", "What
# shall we look at next session?"): the session's agenda, not a step ahead for the client,
# whatever "next" and "want" read. Not the client's own next time ("What would you like to
# focus on next time you see him?"), nor what comes before it ("What will you start with
# before next session?").
_NEXT_SESSION_AGENDA = re.compile(
    r"\b(?:we|(?:do|would) you (?:want|like) to|you(?:'d| would) (?:want|like) to)(?: [\w'-]+){0,2}? "
    r"(?:start|begin|pick (?:up|(?:it|this|that) (?:back )?up)|open|kick off|come back to|carry on|continue|look at|focus on|work on|bring)"
    # (nothing between but the session's words: not "...to bring up with her next time?",
    # "...to focus on at the gym next time?", "...to start doing next time?")
    r"(?: (?:with|from|on|in|at|to|for|during|up))?(?: (?:the|our))? next (?:time|session)(?=\s*[?,]|$| (?:we (?:meet|speak|talk)|together|then)\b)"
)


# A question that asks nothing of its own, read with what the coach said just before it:
# the coach's own line just before it in the same turn, and the sentences before it in its
# own text. After the coach notices the conversation itself ("I'm noticing we keep circling
# back to the budget.", "Just now you went quiet."), "What do you make of that?" asks about
# the process; after the session's end named ("We're nearly at time.", "Before we
# finish,"), "How did this go for you?" asks for feedback on it. Alone, or after anything
# else, both are exploration: "How did this go for you?" may ask about the client's week.
_ABOUT_THE_CONVERSATION = _rx(
    # (the coach noticing "we", the two of them: not "I noticed we're out of milk" said of
    # the client's household, which a coach does not say)
    r"\bi(?:'m| am)? notic(?:e|ing) (?:that )?we\b",
    r"\bwe(?:'ve| have)? (?:keep|kept|seem to keep|'ve been|have been) (?:circling|coming|going|getting|returning|looping|drifting) (?:back|round|around)\b",
    r"\bwe(?:'ve| have) been (?:here|round this|around this|over this|down this road) (?:before|already)\b",
    # (how far the conversation has gone: not "we've moved a long way from my family")
    r"\bwe(?:'ve| have) (?:moved|shifted|travelled|traveled) (?:quite )?(?:a (?:long|fair|good) way|a lot|quite a (?:way|bit|distance))\b(?! (?:from|away from) (?!where\b|what\b|how\b)\w)",
    r"\bwe(?:'ve| have) (?:come|gone|got) (?:quite )?a (?:long|fair|good) way (?:today|already|in (?:this|the last|a short)|since (?:we|you) (?:started|began|sat down))\b",
    # what the client did just now, in the session ("Just now you paused.", "You laughed
    # there.", "I noticed you sighed just then."), said as a sentence of its own: not "You
    # laughed when he told you.", "You laughed there, in the meeting.", "So you got to the
    # door and you stopped there."
    r"\b(?:just now|just then|a (?:moment|minute|second) ago),? you (?:just )?(?:paused|laughed|went (?:very |a bit |really )?(?:quiet|silent|still)|sighed|smiled|hesitated|stopped|looked away|shook your head|teared up|took a (?:deep )?breath|lit up|slowed down|sped up|frowned|winced)\b",
    rf"{_SENTENCE_START}(?:(?:and|so|okay|ok|hmm|mm|oh),? )*(?:i (?:noticed|notice|saw|see)(?: that)? )?"
    r"you (?:just )?(?:paused|laughed|went (?:very |a bit |really )?(?:quiet|silent|still)|sighed|smiled|hesitated|stopped|looked away|shook your head|teared up|took a (?:deep )?breath|lit up|slowed down|sped up|frowned|winced)"
    r"(?: (?:a bit|a little|for a (?:moment|second)))? (?:just now|just then|there|a (?:moment|minute|second) ago|as you (?:said|say) (?:that|it))(?=\s*[.!]|$)",
    r"\byou(?:'ve| have) (?:just )?gone (?:very |a bit |really )?(?:quiet|silent|still)\b|\bi(?:'m| am)? notic(?:e|ing) (?:that )?you(?:'re| are)? (?:just )?(?:paused|pausing|laughing|smiling|quiet|went quiet|sighed|sighing|hesitat(?:ed|ing))\b",
)
_ASKS_WHAT_IT_IS = re.compile(
    r"(?:^|[,;] )(?:(?:and|so|okay|ok|well|hmm|now|just|i wonder),? )*"
    r"(?:what do you make of (?:that|this|it)|what do you notice(?: (?:about|in) (?:that|this|it))?|what are you noticing|"
    r"what(?:'s| is) (?:happening|going on|coming up|showing up)(?: for you)?(?: (?:there|here|right now|now|just now|in you))?|"
    r"what(?:'s| is| was) (?:that|this) about|what (?:might|could|do you think) (?:that|this|it)(?:'s| is| be) about|"
    r"what (?:was|happened) (?:that|there|just then|just now)|what just happened|where did that come from)(?: for you)?\s*\?$"
)
_SESSION_ENDING = _rx(
    r"\bwe(?:'re| are|'ve| have)(?: got)? (?:almost |nearly |just about |about |right |pretty much |coming up |close |running |run )?(?:at|on|up to|out of|short of|close to) (?:the )?time\b",
    # (the session's time, said as such: not "You were almost out of time on the exam.",
    # "Your time's up on the lease.")
    rf"{_SENTENCE_START}(?:(?:okay|ok|so|right|well|oh|and|look|gosh),? )*(?:(?:almost|nearly|just about) (?:at|out of) time|time(?:'s| is) (?:nearly |almost |just about )?up)(?=\s*[.!,;]|$| for today\b)",
    r"\bour time(?:'s| is) (?:nearly |almost |just about )?up\b",
    r"\b(?:before|as) we (?:finish|wrap up|wrap|close|end|stop|say goodbye)\b",
    r"\b(?:let'?s|let me|i(?:'d| would) like to|i want to|time to) (?:wrap (?:up|us up|things up)|bring (?:this|us|it|things|the session) to a close|close (?:up|there|here|off|for today))\b",
    # (not "We're coming to the end of the year.")
    r"\bwe(?:'re| are) (?:(?:coming|getting|drawing) (?:to|towards|near)|close to|near|nearly at|almost at) (?:the|an) (?:end|close)\b(?! of (?!(?:our|the|this|today'?s) (?:session|time|hour|call|conversation)\b))",
    # (not "In the last few minutes of the game...", "Over the last few minutes you've...")
    r"\bour (?:last|final) (?:few |couple of )?minutes\b|\bthe (?:last|final) (?:few |couple of )?minutes (?:of|in) (?:our|this|today'?s) (?:session|time|hour|call)\b",
    # (the session's minutes: not "with five minutes left in the interview", "there were only
    # two minutes left when she walked in")
    rf"(?:\bwe(?:'ve| have)?(?: (?:still|only|just))?(?: got)? |{_SENTENCE_START}(?:(?:okay|ok|so|right|well|and|look),? )*(?:with )?|, (?:so |and )?)"
    r"(?:only |just |about |around )?(?:a few|a couple of|two|three|four|five|ten|fifteen|twenty) (?:more )?minutes (?:left|to go|remaining)\b"
    r"(?! (?:in|of|on|at|before|until|till) (?!(?:our|this|the|today'?s) (?:session|time|hour|call)\b))",
    r"\bwe(?:'ve| have)(?: (?:still|only|just))?(?: got)? (?:only |just )?(?:a few|a couple of) (?:more )?minutes\b",
)
_ASKS_HOW_IT_WENT = re.compile(
    r"(?:^|[,;] )(?:(?:and|so|okay|ok|well|right|now|just|finally|lastly|quickly),? )*"
    r"(?:how (?:did|has|have|was|is) (?:this|that|all (?:of )?(?:this|that)|today)(?: (?:go|gone|been|felt|feel|land|landed))?(?: (?:for|with) you)?(?: today)?|"
    r"how (?:did|has) it (?:go|gone|been|felt|feel|land|landed) (?:for|with) you(?: today)?|how was it(?: for you)?|"
    r"how (?:did|do) you find (?:this|that|it|today|our time|the time)(?: today)?|what was (?:this|that|it|today) like(?: for you)?|"
    r"how are you (?:leaving|feeling)(?: (?:now|today))?)\s*\?$"
)
# After the coach recalls the agenda ("Last time you said you wanted to use today on the
# move.", "We said we'd plan your first ninety days."), a question whether it still stands
# ("Is that still where you want to go?", "Do you still want that?") checks the agenda
# again. Alone it may ask about the client's aims ("Is that still where you want to go?" of
# a career), and so it may after a topic taken up ("Let's stay with the promotion. Is it
# still what you want?"), or after the client's aims recalled ("Last time you said you'd
# quit if they cut your hours.", "Last time we talked, you were set on leaving."), or after
# an agenda that is someone else's ("The board had its own agenda.").
_AGENDA_RECALLED = _rx(
    r"\b(?:our|today'?s|this session'?s) agenda\b|\b(?:the|your) agenda (?:today|for (?:today|this session|our session|the session))\b|\bagenda for today\b",
    r"\b(?:i|we) (?:also )?said (?:last time |last session |earlier )?we(?:'d| would)\b",
    # what the last session left for this one ("Last time we agreed we'd start today with
    # Priya.", "Next time we'll start with the numbers."; not "Last time we talked, you
    # were set on leaving.", "Last time we agreed you'd call your sister.")
    r"\b(?:last|next) time,? we (?:agreed|said|decided)(?: (?:that )?we(?:'d| would)| to)? (?:look at|work on|focus on|talk about|come back to|start|begin|pick up|use|spend|cover|go through)\b",
    r"\bnext time,? we(?:'ll| will| can| could)\b",
    # what the client said last time they wanted of this one ("Last time you said you wanted
    # to spend it on the board meeting."; not "Last time you mentioned moving to Spain.")
    r"\b(?:(?:last time|last session|when we (?:last )?(?:met|spoke)|in our last session),? you (?:said|mentioned|told me)|"
    r"you (?:said|mentioned|told me) (?:last time|last session|when we (?:last )?(?:met|spoke)|in our last session))"
    r"(?: that)? you(?:'d| would)? (?:want(?:ed)?|like|liked|'d like) to (?:use|spend|work on|focus on|talk about|come back to|bring|cover|start with)\b",
    # (the session's time: not "You'd use the time on the train to read.")
    r"\b(?:use|spend) (?:today|this (?:session|hour)|our (?:time|session|hour)|the session|today'?s session) (?:on|for|to|looking|talking|working)\b",
)
_ASKS_IF_IT_STANDS = re.compile(
    r"(?:^|[,;] )(?:(?:and|so|okay|ok|well|right|now|just|but),? )*"
    r"(?:is (?:that|this|it) still (?:where|what|how) you(?:'d)? (?:want|like)|(?:do|would) you still (?:want|like) (?:that|this|it|to)\b|"
    r"does (?:that|this|it) still (?:feel right|work|fit|stand|suit)|is (?:that|this|it) still (?:the (?:plan|priority|focus)|right|okay|ok|good|on the (?:table|agenda|cards)))"
    r"[^?]{0,80}\?$"
)
# Whether what the coach has just set out suits the client ("Does that work?", "Does that
# all sound okay?", "Any questions about any of that before we start?"): process after an
# arrangement for the session (:data:`_STRUCTURING`) in its lead-in or in the question.
_ASKS_IF_IT_SUITS = re.compile(
    r"^(?:(?:and|so|okay|ok|well|right|now|just|but|then),? )*"
    r"(?:does (?:that|this)(?: all| plan)? (?:work|sound (?:ok|okay|good|alright|all right|fair|right|like a plan)|suit you|feel (?:ok|okay|right))(?: for you)?|"
    r"(?:is|would) (?:that|this) (?:be )?(?:ok|okay|alright|all right)(?: (?:with|for) you)?|how does (?:that|this) sound|"
    r"any questions(?: (?:about|on) (?:any of )?(?:that|this|it))?)\b[^?]{0,60}\?$"
)
# The coach's own reading checked ("So I wonder if you don't really want the role." then
# "Would you say that's fair?"): process, as a summary checked is.
_READING_OFFERED = re.compile(
    r"\bi(?:'m| am)? (?:just )?wonder(?:ing)? (?:if|whether)\b|\bmy (?:sense|guess|hunch|read|reading) is\b|\bi(?:'m| am) (?:getting|sensing) (?:a|the) sense\b"
)
_ASKS_IF_IT_IS_FAIR = re.compile(
    r"^(?:(?:and|so|okay|ok|well|right|now|just|but),? )*"
    r"(?:would you say (?:that'?s|that is|that was)|is that|does that (?:sound|feel|seem)) (?:fair|accurate|right|close)\s*\?$"
)
# The weight the next session's agenda or a lead-in gives process: a cue of the first
# rank's.
_FIRST_RANK = 2.0
# How much of the coach's line before a question is read as its lead-in: its last
# :data:`_LEAD_SENTENCES` sentences with the question's own sentences before it, taken
# from no more than its last :data:`_LEAD_CHARS` characters (a long run of statements
# before a question costs no more to read than a short one).
_LEAD_SENTENCES = 2
_LEAD_CHARS = 600


def _lead_in(lead: str, before: list[str]) -> list[str]:
    """The sentences that lead into a question: the last :data:`_LEAD_SENTENCES` of the
    coach's line before it (``lead``, uncleaned) and the question's own sentences before it
    (``before``, cleaned)."""
    tail = lead[-_LEAD_CHARS:]
    sentences = _sentences(_clean(tail)) if tail.strip() else []
    if len(tail) < len(lead):
        sentences = sentences[1:]  # (the first may be cut off)
    return [*sentences, *before][-_LEAD_SENTENCES:]


def _led_to_process(text: str, lead: str) -> bool:
    """Whether a question (cleaned) that no cue places asks about the conversation or the
    session for what the coach said just before it (:func:`_lead_in`: ``lead``, uncleaned,
    and the sentences before it in ``text``): :data:`_ABOUT_THE_CONVERSATION` then
    :data:`_ASKS_WHAT_IT_IS`, :data:`_SESSION_ENDING` then :data:`_ASKS_HOW_IT_WENT`,
    :data:`_AGENDA_RECALLED` then :data:`_ASKS_IF_IT_STANDS`, an arrangement
    (:data:`_STRUCTURING`, anywhere in the tail of ``lead``) then
    :data:`_ASKS_IF_IT_SUITS`, or the coach's reading
    (:data:`_READING_OFFERED`) then :data:`_ASKS_IF_IT_IS_FAIR`. A lead-in sentence that
    gives someone else's words back (:data:`_VOICED`: "So at home it's like, we keep going
    round and round.") leads into nothing."""
    sentences = _sentences(text)
    asking = _asking(sentences)
    if not asking:
        return False
    question = asking[-1]
    at = len(sentences) - 1 - sentences[::-1].index(question)
    said = [s for s in _lead_in(lead, sentences[:at]) if not _VOICED.search(s)]
    if not _VOICED.search(question):
        said.append(question)

    def led(lead_in: re.Pattern[str], asks: re.Pattern[str]) -> bool:
        return bool(asks.search(question)) and any(lead_in.search(s) for s in said)

    return (
        led(_ABOUT_THE_CONVERSATION, _ASKS_WHAT_IT_IS)
        or led(_SESSION_ENDING, _ASKS_HOW_IT_WENT)
        or led(_AGENDA_RECALLED, _ASKS_IF_IT_STANDS)
        or led(_STRUCTURING, _ASKS_IF_IT_SUITS)
        or led(_READING_OFFERED, _ASKS_IF_IT_IS_FAIR)
        # (an arrangement set out at length, a contract, is read for in the whole of the
        # line's tail: the question checks all of it)
        or (
            bool(_ASKS_IF_IT_SUITS.search(question))
            and bool(_STRUCTURING.search(_clean(lead[-_LEAD_CHARS:])))
        )
    )


# A question about what happened ("What did the trustees say about the plan?", "Where
# did that show up this week?", "Tell me what happened this week.") is not future-focused
# for naming a plan, a goal or this week, unless it also looks ahead.
_LOOKS_BACK = re.compile(
    r"^(?:(?:and|so|okay|ok|but|right),? )?(?:(?:tell me|talk me through|walk me through)(?: about)? )?"
    r"(?:(?:what|how|when|where|who|why|which) )?"
    r"(?:\w+ )?(?:did|was|were|had|happened|stood out|struck|surprised|came up|went)\b"
)
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|won'?t|'ll|going to|gonna|next time|from now|want(?:ed)? to|would you|"
    r"'d like|would like|commit\w*|tomorrow|next (?:week|weekend|fortnight|month)|"
    r"by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)|"
    r"(?:could|can|might) you (?:try|test)|you (?:could|can|might) (?:try|test))\b"
)


def category_scores(text: str, lead: str = "") -> dict[str, float]:
    """The weight of the cues each category (other than exploration) finds in ``text``.
    Where none finds any, the coach's lead-in to it (``lead``, what the coach said just
    before it in the same turn, and the sentences before it in ``text``) may place it in
    process (:func:`_led_to_process`), or in the future where it sets a scene ahead
    (:func:`_in_a_scene_ahead`); the question alone is read the same with or without
    it."""
    return dict(_category_scores(text, lead))  # a copy: the caller may change it


# A question is weighed for the rules' category, then for the category head's features.
@lru_cache(maxsize=PER_ANALYSIS)
def _category_scores(text: str, lead: str = "") -> dict[str, float]:
    """:func:`category_scores`, kept for the rest of the analysis (never changed)."""
    text = _clean(text)
    scores = {
        category: sum(weight for pattern, weight in cues if pattern.search(text))
        for category, cues in _CATEGORY_CUES
    }
    if _CHECKS_WHAT_WAS_SAID.match(text):
        scores["future_focused"] = 0.0
    if scores.get("future_focused") and is_ruler(text) and not _A_STEP_AHEAD.search(text):
        scores["future_focused"] = 0.0  # where the client stands now, on a scale
    if _NEXT_SESSION_AGENDA.search(text) or _THIS_SESSION_AIM.search(text):
        scores["future_focused"] = 0.0
        scores["process"] += _FIRST_RANK
    elif _WHOLE_WORK_AIM.search(text):
        scores["process"] = 0.0
        scores["future_focused"] += _FIRST_RANK
    # (what happened asked inside a scene set ahead is asked of the future: "Imagine it's
    # next Tuesday and it went well. What happened in the room?")
    if (
        scores.get("future_focused")
        and _looks_back(text)
        and not _LOOKS_AHEAD.search(text)
        and not _SCENE_AHEAD.search(text)
    ):
        scores["future_focused"] = 0.0
    if not any(scores.values()) and _led_to_process(text, lead):
        scores["process"] = _FIRST_RANK
    if not any(scores.values()) and _in_a_scene_ahead(lead):
        scores["future_focused"] = _FIRST_RANK
    return scores


def _in_a_scene_ahead(lead: str) -> bool:
    """Whether the coach's line just before a question in the same turn (``lead``,
    uncleaned; its last :data:`_LEAD_CHARS` characters) sets a scene ahead of now
    ("Imagine it's next Tuesday and the pitch went well. What happened in the room?"):
    the question that follows, with no cue of its own ("What did you do?"), asks inside
    it, future-focused."""
    return bool(lead.strip()) and _SCENE_AHEAD.search(_clean(lead[-_LEAD_CHARS:])) is not None


# A scene set ahead of now: the first-rank future cues of :data:`_CATEGORY_CUES` (the last
# group of the future-focused ones).
_SCENE_AHEAD = dict(_CATEGORY_CUES)["future_focused"][-1][0]


def _looks_back(text: str) -> bool:
    """Whether a question (cleaned) asks what happened: the whole of it, or the sentence
    that asks after a set-up ("Picture the meeting. What did she say?")."""
    if _LOOKS_BACK.search(text):
        return True
    asking = _asking(_sentences(text))
    return bool(asking) and bool(_LOOKS_BACK.search(asking[-1]))
