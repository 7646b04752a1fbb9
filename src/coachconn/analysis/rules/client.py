"""The client's side: talk for or against the change (change, sustain, neutral) and
the flags of what the client does in an utterance (reflecting, reporting, disclosure).
"""

# ruff: noqa: E501  (phrase patterns read best one per line, whatever their length)

from __future__ import annotations

import re
from dataclasses import dataclass

from coachconn.analysis.rules._text import (
    _FILLER,
    _REACH,
    _SENTENCE_START,
    _clean,
    _rx,
    _sentences,
    _substantive,
)
from coachconn.analysis.rules.form import short_answer

# --- client flags ------------------------------------------------------------------------

# The client making sense of themselves: a pattern, a motive, a value, a realisation
# about their own reactions. A feeling or a worry alone is not reflecting.
_REFLECTING = _rx(
    # realising, noticing, seeing it differently
    r"\bi(?:'?m| am)? ?(?:just |now |finally |starting to |beginning to )?(?:realis|realiz|recognis|recogniz)e?",
    r"\bi(?:'ve| have) (?:just |now |finally |only just )?(?:realised|realized|noticed|learned|learnt|discovered|worked out|figured out)\b",
    r"\bi (?:notice|noticed|can see|see now|get now|understand now|am learning|'m learning|learned|learnt) (?:that )?(?:i|my|myself|how i|what i|when i|why i)\b",
    r"\bwhat i (?:notice|see|realise|realize|'m learning|am learning|keep doing|really want)\b",
    r"\bi (?:hadn'?t|haven'?t|never|'?ve never|had never) (?:really )?(?:thought|looked at it|seen it|considered it)(?: about it| of it)? (?:like that|that way|like this|this way)\b",
    r"\bi'?ve (?:never|always) (?:really )?(?:thought|seen|noticed|let myself)\b",
    r"\bi didn'?t (?:notice|realise|realize|see) (?:that|it)\b",
    r"\bwhen you put it like that\b",
    r"\bnow that i (?:say|hear|think)\b",
    r"\bsaying it (?:out loud|aloud)\b",
    r"\bit (?:occurs to me|makes me (?:think|wonder|see))\b",
    r"\bi(?:'?m| am) (?:aware|seeing) (?:that|now|how)\b",
    # a view of themselves, hedged ("I think I've been waiting for permission"); a plan
    # ("I think I'll call her") is not one
    r"\bi (?:think|guess|suppose|feel like|wonder if|don'?t think|know),? (?:maybe |actually |probably )?i(?:'?ve|'?d|'?m(?! going to| gonna)| am(?! going to)| was| have| had| didn'?t| actually| just| really| always| never| tend| keep| do| don'?t| need| want| wanted| avoid| get| care| liked| like| love| hate| worry)\b",
    r"\bmaybe i(?:'?m| am)? (?:just |really )?(?:afraid|scared|avoiding|hiding|protecting|holding)\b",
    # patterns and habits
    r"\bi (?:tend|keep|always seem|seem) to\b",
    r"\b(?:my|a|the same) (?:pattern|habit|tendency|default|reaction)\b",
    r"\bthat'?s (?:so |kind of |just )?(?:me|like me|typical of me)\b",
    r"\b(?:always |it'?s )*the same (?:with|for) me\b",
    r"\bthe (?:thing|problem|trouble|issue) (?:with|about|for) me\b",
    r"\bmy (?:problem|issue|weakness|strength) is\b",
    r"\b(?:every time|whenever) i\b",
    r"\bi get like (?:that|this)\b",
    r"\bwhen i(?:'m| am| get| feel) \w+(?: \w+)?,? i\b",
    r"\bi always (?:end up|seem|feel|do|say|go|get|want|need|think|make|take|try)\b",
    r"\babout myself\b",
    r"\bpart of me\b",
    # who they are: identity, values, motives
    r"\bi(?:'?m| am) (?:just |not )?(?:the kind of|the sort of|the type of|someone who|a person who)\b",
    r"\bi used to be\b",
    r"\b(?:how|the way) (?:\w+ )?(?:sees?|saw) me\b",
    r"\b(?:matters?|important) to me\b",
    r"\bi (?:really )?(?:care|cared) (?:about|a lot)\b",
    r"\bi value\b",
    r"\b(?:that'?s why|the reason) i\b",
    r"\b(?:i guess|i think|i suppose|probably|maybe|partly),? (?:it'?s )?because\b",
    r"\bbecause (?:if )?i (?:don'?t|can'?t|care|trust|trusted|want|wanted|need|feel|felt|value|love|hate|never|always|didn'?t|wouldn'?t|couldn'?t|know)\b",
    r"\bwhich is (?:a bit |kind of |so |pretty |really |quite )?(?:silly|ridiculous|stupid|funny|strange|weird|ironic|daft|crazy)\b",
)

# Narration: events, what the client or others did or said, facts of their situation.
_PAST_VERB = (
    r"(?:said|told|asked|replied|sent|called|emailed|decided|came|went|got|had|did|wanted|"
    r"left|was|were|made|took|gave|saw|heard|found|ran|put|brought|wrote|spoke|talked|met|"
    r"drove|quit|lost|won|began|became|kept|bought|sold|(?!used\b|need|want|feel)\w{3,}ed)"
)
_NARRATION_ADVERB = (
    r"(?:just |then |also |finally |actually |even |never |basically |literally |suddenly |"
    r"eventually |immediately |only |always )"
)
_REPORTING = _rx(
    rf"\b(?:he|she|they|we|my \w+|his \w+|her \w+|our \w+|the \w+) {_NARRATION_ADVERB}?{_PAST_VERB}\b",
    rf"\b(?<!how )(?<!way )(?<!what )(?<!why )(?<!if )i {_NARRATION_ADVERB}?(?!was\b|were\b|had\b(?! a\b)|felt\b|realised\b|realized\b|noticed\b|learned\b|learnt\b|wondered\b|loved\b|hated\b|liked\b|needed\b|wanted\b|missed\b|cried\b|panicked\b){_PAST_VERB}\b",
    r"\bthen (?:he|she|they|we|i)\b",
    r"\b(?:yesterday|last (?:week|month|night|year|time|monday|tuesday|wednesday|thursday|friday)|this morning)\b",
    r"\bso (?:he|she|they) (?:said|just)\b",
    r"\bhappened\b",
    r"\b(?:after|before) (?:that|the meeting|lunch|work)\b",
    r"\b\w+ weeks? ago\b|\b\w+ days? ago\b",
    # what has been going on, and how others go on
    r"\b(?:he|she|they|we|it|(?:my|our|his|her|the) \w+)(?:'s| has|'ve| have) been (?:\w+ing)\b",
    r"\bthere(?:'s| has) been (?:a|an|some)\b",
    r"\b(?:keeps|kept) (?:saying|telling|asking|sending|calling|doing|pushing)\b",
    r"\b(?:we|he|she|they) used to\b",
    r"\b(?:he|she|they|(?:my|our|his|her|the) \w+) (?:always|never|doesn'?t|don'?t|won'?t|keeps) \w+",
)
_FEELING = (
    r"(?:scared|afraid|frightened|terrified|anxious|nervous|worried|ashamed|embarrassed|"
    r"guilty|hurt|lonely|alone|lost|sad|depressed|angry|furious|resentful|jealous|"
    r"vulnerable|exposed|overwhelmed|exhausted|stuck|hopeless|helpless|useless|worthless|"
    r"inadequate|insecure|like (?:a bit of )?a (?:fraud|failure)|(?:a|like a) fraud|a failure|not good enough|"
    r"small|invisible|unappreciated|devastated|heartbroken|panick?(?:ed|y)?|humiliated|"
    r"frustrated|upset|disappointed|miserable|unhappy|drained|burn(?:ed|t) out|relieved|grateful|"
    r"excited|hopeful|happy|proud)"
)
# Unmistakable emotion words, which express a feeling with an intensifier and no "I"
# ("A bit uncomfortable.", "It's kind of awkward now.").
_EMOTION = (
    r"(?:scared|scary|afraid|frightened|terrified|anxious|nervous|worried|ashamed|embarrass(?:ed|ing)|"
    r"guilty|hurt|lonely|sad|angry|furious|resentful|jealous|vulnerable|overwhelm(?:ed|ing)|"
    r"exhausted|panicky|uncomfortable|awkward|humiliat(?:ed|ing)|frustrat(?:ed|ing)|upset|"
    r"disappointed|miserable|unhappy|drained|relieved|excited|stressed|devastated|heartbroken|gutted|"
    r"proud|knackered)"
)
_DISCLOSURE = _rx(
    rf"\bi(?:'?m| am| feel| felt| was| get| have been|'ve been) (?:\w+ )?(?:so |really |very |quite |a bit |kind of |just )?{_FEELING}",
    rf"\bit (?:makes|made) me (?:feel )?(?:\w+ )?{_FEELING}",
    rf"\bpart of me (?:is|was|feels|felt) (?:\w+ )?{_FEELING}",
    rf"\b(?:feeling|feel) (?:so |really |very |quite |a bit )?{_FEELING}",
    rf"\b(?:a bit|a little|kind of|kinda|sort of|really|so|pretty|quite|very|totally|completely) {_EMOTION}\b",
    r"\b(?:feel|feels|feeling|felt) (?:(?:so|really|much|a lot|a bit) )*(?:lighter|heavier|better|worse|calmer|freer|different|good|great|awful|terrible|weird|strange|odd)\b",
    # how others' doing left them ("I feel dismissed.", "I felt so let down.")
    r"\bi(?:'m| am| was|'ve been| have been)? (?:feel|felt|feeling)(?: so| really| very| quite| a bit| a little| kind of| sort of| totally| completely| just)? "
    r"(?:(?!(?:then|when|often|even|used|based|supposed|inclined|obliged|qualified|entitled)\b)\w{2,}(?:ed|en)|"
    r"(?:let|put|talked|shut) (?:down|over|out)|left out|unheard|unseen|heard|seen)\b",
    r"\b(?:humiliat|embarrass|belittl|undermin|patronis|patroniz|upset|scare|terrif|frighten|infuriat|crush)\w* me\b",
    # admissions and self-doubt
    rf"{_SENTENCE_START}(?:honestly|to be honest|truthfully|the truth is|truth is)\b,?\s+\w",
    r"\bif i'?m (?:being )?honest\b",
    r"\bi(?:'?ve| have) never (?:told|said|admitted|shared)\b",
    r"\bhard (?:for me )?to (?:admit|say|talk about)\b",
    r"\b(?:awful|terrible|bad|wrong|strange|weird|silly|stupid|selfish) (?:thing )?to (?:say|admit)\b",
    r"\bwhich is (?:a bit |kind of |so |pretty |really |quite )?(?:silly|ridiculous|stupid|embarrassing|pathetic|daft)\b",
    r"\b(?:i'?m not sure|i doubt|i don'?t know if|i don'?t think) i(?:'d| would| could| can|'m| am)? (?:be |do )?(?:any good|good enough|able to|up to it|cut out)",
    r"\bi (?:struggle|am struggling|'m struggling|can'?t cope|cried|cry|couldn'?t sleep|can'?t sleep)\b",
    r"\bmy (?:fear|shame|anxiety|biggest worry|insecurit)",
    r"\bi(?:'?m| am) (?:scared|afraid|terrified) (?:of|that)\b",
    r"\bi hate (?:myself|that i|feeling)\b",
    r"\bimpost[eo]r\b",
    # ungrateful as the client feels it ("I feel ungrateful.", "I'm being ungrateful."); not
    # another's word for them, nor denied ("She thinks I'm ungrateful.", "I was never
    # ungrateful.")
    r"(?<!thinks )(?<!think )(?<!says )(?<!said )\bi(?: feel| felt| sound|'?m| am)(?: being)?"
    r"(?: so| a bit| really| kind of| just)? ungrateful\b",
    # a failing owned ("I'm a bit of a snob about it, maybe.", "I'm such a pushover."); not
    # another's view of the client ("He thinks I'm a pushover.")
    r"(?<!thinks )(?<!think )(?<!says )(?<!said )(?<!thought )\bi(?:'m| am) (?:a bit of |such |kind of |sort of |probably |just |a total |a complete )?(?:a )?"
    r"(?:snob|coward|control freak|pushover|people[- ]pleaser|hypocrite)\b",
    # a loss felt ("I miss understanding people.", "I really miss my team."); not a day
    # or a date missed ("If I miss one day...", "I miss the deadline every time.", "I miss
    # my weekly targets most months.", "I miss calls when I'm driving.", "I miss the first
    # ten minutes of every meeting."), nor something overlooked ("I miss something in the
    # reports.")
    r"(?<!\bif )(?<!\bwhen )(?<!\bwhenever )(?<!\bin case )\bi (?:really |still |do |so |kind of |sort of |just )?miss "
    r"(?!(?:a|an|one|two|the odd|the (?:start|point)|(?:some|any|no)thing|"
    r"(?:(?:the|my|our|all (?:the|my)|most of (?:the|my)) )?(?:\w+ ){0,2}"
    r"(?:bus(?:es)?|trains?|flights?|deadlines?|targets?|goals?|numbers?|quotas?|calls?|emails?|messages?|"
    r"meetings?|appointments?|sessions?|classes|lessons?|slots?|turn|cues?|shots?|stops?|signs?|details?|"
    r"stand-?ups?|minutes|briefings?|check-?ins?|reviews?))\b)"
    r"(?:it|him|her|them|that|those|my|the|our|being|having|doing|\w+ing)\b",
    # what the feeling did, and a feeling named alone ("I panicked.", "Nervous.")
    r"\bi (?:panicked|froze|freaked out|fell apart|broke down|lost it|fell to pieces)\b",
    # the feeling as a habit of the body, or in it ("I always freeze.", "I was shaking but
    # I said it."); not a thing frozen ("I always freeze the leftovers.")
    r"\bi (?:always |just |usually |tend to |still )(?:freeze|panic|clam up|go blank|shut down)(?: up)?"
    r"(?=[,;.!?…]|$| (?:when|if|whenever|every time|in front)\b)",
    # not a handshake, nor joy ("I was shaking hands.", "I was in tears laughing.")
    r"\bi was (?:literally |actually |physically )?(?:shaking|trembling|in tears|in bits)\b"
    r"(?! hands| with (?:excitement|laughter|joy)| (?:of )?laugh)",
    # what the client hates in their part of it ("The conflict stuff, I hate that."); not
    # what they hate in others' doing, told as a story ("I hate that he left.")
    # nor a question or another's words ("Do I hate it?", "He said I hate that.")
    r"(?:^|(?<=[.!…,] ))i (?:really |just |absolutely )?hate (?:that|it|doing (?:that|it))(?=[,;.!…]|$)",
    rf"{_SENTENCE_START}(?:honestly,? |just )?{_EMOTION}(?:,? (?:honestly|mostly|really))?[.!]",
)


@dataclass(frozen=True, slots=True)
class ClientFlags:
    reflecting: bool
    reporting: bool
    disclosure: bool


def client_flags(text: str) -> ClientFlags:
    """Reflecting (insight about self), reporting (narrating events) and disclosure.

    The flags are independent: a story with an insight at its end is both reporting and
    reflecting.
    """
    # A short answer ("I did.", "Huh. I suppose I did.") tells no story and draws no
    # insight, though it may still voice a feeling ("I was furious.").
    answer = short_answer(text)
    text = _clean(text)
    return ClientFlags(
        not answer and bool(_REFLECTING.search(text)),
        not answer and bool(_REPORTING.search(text)),
        bool(_DISCLOSURE.search(text)),
    )


# The client defending themselves ("I do listen, you know.", "I know how to run a
# meeting.", "I can handle it."): what they already do or can do, asserted. The flag head
# may read it as insight or as something vulnerable; alone, it is neither. A verb of
# seeing, feeling or wanting after it ("I can see that now.", "I do care.") says more, and
# so does a struggle or a lack in the rest of it ("I did cry.", "I can barely sleep.", "I
# do everything and nobody notices.").
_DEFENDING = re.compile(
    r"^(?:(?:well|look|listen|but|no|yes|yeah|i mean|honestly),? )*"
    r"i(?: do| did| can| know how to|(?:'m| am) (?:perfectly )?(?:capable|able) (?:of|to)) "
    r"(?!(?:that|this|it|so|too|not|a lot|the same|see|feel|hear|understand|tell|imagine|"
    r"relate|admit|say|remember|recogni[sz]e|reali[sz]e|notice|get|think|guess|suppose|"
    r"hope|wish|want|need|love|like|hate|worry|care|mind|miss|regret)\b)"
    r"(?![^.?!]*\b(?:barely|hardly|only|never|cry|cried|crying|struggle|struggled|struggling|"
    r"nobody|no one|no-one)\b)"
    r"[^.?!]*[.!]*$"
)


# Words about the conversation itself ("I'll be honest", "I'll tell you", "I want to
# talk about..."), unless aimed at someone else or a later time (:data:`_ELSEWHERE`),
# and "add" or "go back to" with nothing but the conversation after them
# (:data:`_SAID_HERE`): they neither plan nor commit to anything outside it.
_ELSEWHERE = (
    r"(?!(?: (?:it|that|this|something|anything|so|more|things))? (?:(?:to|with) (?:him|her|them|my|his|their|the|our|everyone|someone|somebody|people|a|an)\b|"
    r"(?:tomorrow|tonight|later|next|first thing|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:week|weekend|evening|afternoon))\b))"
)
_SAID_HERE = (
    r"(?=\s*(?:[,.:;!?\u2014-]|$)|"
    r" (?:what|where|something|one (?:more )?thing|your (?:question|point)|earlier|"
    r"(?:that|this|the) (?:point|question|bit|part|thing (?:you|i) said))\b|"
    r" (?:that|this|it)\s*(?:[,.:;!?\u2014-]|$))"
)
_ABOUT_THE_TALK = (
    r"(?:(?:tell you|ask you)\b|"
    rf"(?:say(?! no\b| yes\b)|mention|admit|be honest(?! about\b)|talk about)\b{_ELSEWHERE}|"
    rf"(?:add|go back to|come back to|start with|pick up on)\b{_SAID_HERE})"
)

# Reporting narrates what happened. A plan, a list of steps, a wish or a feared outcome
# ("I'll ask her on Sunday.", "Call Devon. This week.", "For her to come down once a
# month.", "If I ring her she'll get defensive.") narrates nothing, though it names days
# and people as a story does. Where an utterance looks ahead (:data:`_LOOKS_AHEAD`) and
# nothing in it is told in the past (:data:`_TOLD_IN_THE_PAST`), it is no report. The
# past is read from irregular forms too ("She rang me and hung up."), but not from those
# that are adjectives or nouns as often ("fed up", "stuck", "a bit", "give it a shot").
_IRREGULAR_PAST = (
    r"was|were|had|did|said|told|went|came|gave|took|made|saw|heard|found|ran|thought|felt|"
    r"knew|kept|began|became|bought|sold|wrote|spoke|met|drove|lost|sent|spent|left|fell|"
    r"broke|forgot|forgotten|caught|brought|taught|paid|sat|stood|understood|won|"
    r"rang|sang|drank|swam|threw|grew|drew|flew|blew|wore|tore|swore|woke|rode|froze|chose|"
    r"stole|hid|shook|hung|fought|held|led|fled|slept|wept|dealt|ate|forgave|overslept|"
    r"wasn'?t|weren'?t|hadn'?t|didn'?t"
)
_TOLD_IN_THE_PAST = _rx(
    rf"\b(?:{_IRREGULAR_PAST})\b(?!')",
    # "got" that is not having ("I've got plans", "she's got the kids")
    r"(?<!'ve )(?<!have )(?<!'s )(?<!has )(?<!we )(?<!you )(?<!they )\bgot\b",
    # a regular past: not an adjective or a number ("tired", "a hundred"), nor one that
    # says who someone is ("I'll message two people who moved into research.")
    r"(?<!\bwho )\b(?!(?:tired|scared|stressed|worried|bored|excited|interested|supposed|used|married|"
    r"hundred|sacred|naked|wicked|rugged|beloved|crooked|wretched|ragged|aged|"
    r"\w+eed)\b)\w{3,}ed\b",
    r"\b(?:yesterday|ago|last (?:night|week|month|year|time|session|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|weekend)|the other day|back then|at the time|used to|"
    r"earlier|before that|this morning|so far|since (?:then|\w+ (?:days|weeks|months|years))|"
    r"since (?:january|february|march|april|may|june|july|august|september|october|november|december))\b",
    r"\b(?:keeps|kept) (?:saying|asking|telling|doing|sending|calling)\b",
    r"\b(?:i|we|you|he|she|they|it|there|things)(?:'ve| have| has|'s) (?:been|done|seen|gone|had|taken|given|become)\b",
)
# How things stand with others ("He's in the office on Tuesdays.", "They pay locum
# rates.", "Then nobody speaks for two days."), which tells the client's situation; not
# in a condition ("ask her if she wants to"). A day said to be something ("Next week is
# the anniversary.", "Tomorrow's the big presentation.") tells it too.
_HOW_THINGS_STAND = _rx(
    r"(?<!\bif )(?<!\bwhether )(?<!\bwhen )(?<!\bunless )(?<!\buntil )(?<!\btill )(?<!\bonce )"
    r"\b(?:he|she|they|there|we|nobody|no one|everyone|everybody|(?:my|our|his|her|their|the) \w+)"
    r"(?:'s|'re| is| are| has| have|'ve got| (?:always |usually |still |never |normally )?(?!\w*(?:ss|us|is)\b)\w+s)\b",
    # a schedule ("The rota for next month goes out on the twentieth.")
    r"(?<!\bif )(?<!\bwhether )(?<!\bwhen )\b(?!(?:it|that|this|what|which|who)\b)\w+ "
    r"(?:goes|comes|starts|ends|finishes|opens|closes|runs|pays|works|lives)\b",
    rf"{_SENTENCE_START}(?:(?:and|but|so|well|because),? )*(?:tomorrow|tonight|"
    r"next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
    r"(?:'s| is) (?:the|my|our|his|her|their|a|an|when|going to be)\b",
)
# A routine ("I'll usually have one with dinner.", "Every night I'll open a beer."):
# the habitual "I'll" describes what the client does, and neither plans nor commits.
# "Every night" and the like read as a routine only before the "I'll"; after it they
# time a step ("I'll walk every morning.", "I'll walk most days."); "more often" is a
# step's aim ("I'll call my mum more often."). A "but" ends the routine ("Usually I drink
# at home, but from now on I'll only drink at weekends."), and so does a start named
# beside the "I'll" ("Most days I'll walk, starting tomorrow.", "Normally I'd cave, so
# this time I'll say no.").
_ROUTINE = _rx(
    r"\b(?:usually|normally|generally|typically|sometimes|(?<!more )(?<!less )(?<!as )(?<!so )often|"
    r"rarely|seldom|tend to|half the time|more often than not|nine times out of ten)\b",
)
_ROUTINE_BEFORE = _rx(
    r"\b(?:every (?:single )?(?:night|day|evening|morning|weekend|weekday|time)|each time|whenever|"
    r"most (?:days|nights|evenings|mornings|weekends|weeks)|at weekends|"
    r"on (?:weeknights|weekdays|weekends))\b",
)
# More of the routine before a habitual "I'll", read for talk only ("Most times I'll just
# get them from the exchange.", "Some nights I'll have a glass.").
_ROUTINE_BEFORE_TOO = _rx(
    r"\b(?:most times|at times|some (?:days|nights|evenings|mornings|weeks|weekends)|"
    r"now and (?:then|again)|every (?:so often|now and (?:then|again)))\b",
)
_FROM_NOW = _rx(
    r"\b(?:from now on|from (?:today|tomorrow|monday|next week)|starting (?:today|tomorrow|"
    r"monday|next week|now)|going forward|tomorrow|tonight|this week|next week|this time|"
    r"next time|for once|for a change)\b",
)
_BUT = re.compile(r"\bbut\b")


def _in_routine(text: str, start: int) -> bool:
    """Whether the sentence of ``text`` (cleaned) around ``start``, up to a "but" either
    side, describes a routine (:data:`_ROUTINE`, or :data:`_ROUTINE_BEFORE` or
    :data:`_ROUTINE_BEFORE_TOO` before ``start``) and names no start (:data:`_FROM_NOW`)."""
    first = max(text.rfind(stop, 0, start) for stop in ".?!") + 1
    ends = [i for i in (text.find(stop, start) for stop in ".?!") if i >= 0]
    last = min(ends) if ends else len(text)
    buts = [found.end() for found in _BUT.finditer(text, first, start)]
    first = buts[-1] if buts else first
    after = _BUT.search(text, start, last)
    last = after.start() if after else last
    return bool(
        _ROUTINE.search(text, first, last)
        or _ROUTINE_BEFORE.search(text, first, start)
        or _ROUTINE_BEFORE_TOO.search(text, first, start)
    ) and not _FROM_NOW.search(text, first, last)


_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|"
    r"the weekend|this week(?:end)?|next week)"
)
_LOOKS_AHEAD = _rx(
    # a step the client means to take, or what they fear would follow one ("If I ring
    # her, she'll get defensive."); not how things will go ("Then we'll know."), nor
    # words about the conversation before a story ("I'll be honest, she rang me...")
    r"\bi(?:'ll| will|'m going to| am going to|'m gonna| am gonna)\b"
    rf"(?! (?:just |really )?{_ABOUT_THE_TALK})(?! never forget\b)",
    # a step given a day to be done by ("Brief the team by Friday.")
    rf"\bby (?:the end of )?{_DAY}\b",
    r"\bif (?:i|we) \w+.{0,200}?\b(?:he|she|they|it|we)(?:'ll| will|'d| would)\b",
    r"\b(?:tomorrow|tonight|next (?:week|month|time|session|year|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday))\b",
    # a wish
    r"\bi(?:'d| would) (?:really )?(?:(?:like|love) (?:to|for|it if)|rather|prefer)\b",
    r"\bi (?:really )?(?:wish|hope)\b",
    # (not a reaction each time something happens: "I want to scream when he does that.",
    # "When I get home I just want to sleep.")
    r"(?:^|(?<=[.!?] ))(?:(?!\b(?:when|whenever|every time|each time)\b)[^.?!])*?"
    r"\bi (?:really |actually |just )?want to\b(?![^.?!]*\b(?:when|whenever|every time|each time)\b)",
    rf"{_SENTENCE_START}(?:(?:and|or|realistically|ideally|maybe|just),? )*"
    r"(?:for (?:him|her|them|us|(?:my|our) \w+) )?to (?!be (?:honest|fair|frank)\b)\w+",
    # a step, told as a list or as what to do ("Call Devon.", "Two, I check in with her.")
    rf"{_SENTENCE_START}(?:(?:and|then|and then|first|one|two|three|four|five),? )*"
    r"(?:talk to|speak to|call|ring|ask|tell|email|text|send|book|meet|check in|try|"
    r"sign up|look into|block out|write down|sort out|set up)\b",
    # a day alone, the answer to "When?" ("Saturday morning, maybe.")
    rf"{_SENTENCE_START}(?:(?:yeah|yes|okay|ok|so|maybe|probably),? )*(?:on )?{_DAY}"
    r"(?: (?:morning|afternoon|evening|night|lunchtime))?"
    r"(?:,? (?:maybe|probably|i think|i guess|then|first thing))*[.!]",
)


# What the client means to tell or ask someone, up to the end of its sentence ("I'll
# tell Aisha she's in charge.", "I'm going to ask him if he's free.", "I'll just say what
# I felt."): the words to be said, neither how things stand (:data:`_HOW_THINGS_STAND`)
# nor a story told (:data:`_TOLD_IN_THE_PAST`).
_TO_BE_SAID = re.compile(
    r"\bi(?:'ll| will|'m going to| am going to|'m gonna) (?:just )?(?:(?:tell|ask|remind|let) "
    r"(?:him|her|them|everyone|(?:my|the) \w+|\w+)(?: know)?\b(?!,)|"
    r"(?:say|explain|admit) (?=(?:what|how|why) ))[^.?!…,]*"
)


def _looks_ahead(text: str) -> bool:
    """Whether ``text`` (cleaned) plans, wishes or imagines, and tells nothing in the
    past, nor how things stand, outside what the client means to say
    (:data:`_TO_BE_SAID`)."""
    if not _LOOKS_AHEAD.search(text):
        return False
    unsaid = _TO_BE_SAID.sub(" ", text)
    return (
        not _ROUTINE.search(text)
        and not _ROUTINE_BEFORE.search(text)
        and not _TOLD_IN_THE_PAST.search(unsaid)
        and not _HOW_THINGS_STAND.search(unsaid)
    )


# Words about the session that only agree or look forward to it ("Sounds good. I've been
# looking forward to this one.", "Thanks. Same time works."): no feeling is disclosed.
_PLEASANTRY = re.compile(
    r"^(?:(?:yeah|yes|sure|okay|ok|great|good|right|honestly|oh|well),? )*"
    r"(?:sounds (?:good|great|fine|lovely|perfect)|"
    # (not "it", which may be the step: "I'm looking forward to it, actually.")
    r"(?:i'?ve been|i'?m|i am|i was) (?:really )?looking forward to (?:this|today|the session|our session|coming)(?: one)?|"
    r"same time works|talk (?:then|soon)|see you (?:then|next (?:time|week)))"
    r"(?:,? (?:honestly|really|though|too|actually))*[.!…]*$"
)


# Thanks and goodbyes at the close ("Thanks Mara. See you.", "Cheers. Take care.", "Thank
# you for today. See you in two weeks."), a name after them allowed: a courtesy, which
# neither discloses nor makes sense of the client.
_FAREWELL = re.compile(
    r"^(?:(?:yeah|yes|ok|okay|great|right|well|oh|mm+|perfect|lovely),? )*"
    r"(?:(?:(?:thanks|thank you|cheers|many thanks)(?: (?:so|very) much| again| a lot)?"
    r"(?: for (?:today|this|that|the session|listening|everything|your time))?)|"
    r"(?:bye|goodbye|bye for now|bye bye|ta-?ra|take care|speak soon|talk soon|until next time|"
    r"see you(?: (?:then|soon|later|next (?:time|week|month)|in (?:a|one|two|three|four|five|six|\d+) \w+))?|"
    r"have a (?:good|great|nice|lovely) (?:day|week|weekend|evening|one)))"
    r"(?:,? [a-z]+)?(?:,? (?:really|again|too))?[.!…]*$"
)


# The client judging themselves in a question ("Am I a bad mother?", "Why can't I just
# stop?", "Do you think I'm failing my kids?"), or asking whether what they feel or do is
# normal ("Is it normal to cry every night?"); not a question of the words, the session
# or a fact ("Is that allowed as an answer?", "Can I go now?", "Did I?").
_ABOUT_ONESELF = re.compile(
    r"\bam i (?:a |an |being |too |so |just |really )?(?:bad|terrible|awful|selfish|weak|crazy|mad|stupid|wrong|"
    r"failing|broken|lazy|useless|overreacting|good enough|enough|normal)\b|"
    r"\bi'?m (?:failing|a (?:bad|terrible|awful|useless)|not good enough|not enough|broken|useless|selfish|weak)\b|"
    r"\bwhy (?:can'?t i|(?:do|am|don'?t) i (?:always|never|keep|just|still))\b|"
    r"\bwhat'?s wrong with me\b|"
    r"\bis (?:it|that|this) (?:\w+ )?(?:normal|weird|strange|bad|wrong|awful|terrible|silly|stupid|crazy|mad) (?:to|that|for)\b"
)


# The numbers of a rating scale said as words, one to ten: the one list the patterns of a
# rating given read them from (:data:`_RATING`, :data:`_NUMBER`, :data:`_LOW`,
# :data:`_ANY_NUMBER`).
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# Nought said as a number.
_NOUGHT = "zero|nought"


def _number_words(up_to: int) -> str:
    """The number words from one to ``up_to``, as the alternatives of a pattern."""
    return "|".join(_NUMBER_WORDS[:up_to])


# A rating given ("Seven. Maybe six.", "Eight. Eight and a half. I'm doing it.", "Like a
# seven."): an answer on a scale, which narrates nothing unless more is told in the past
# (:data:`_TOLD_IN_THE_PAST`) or of how things stand (:data:`_HOW_THINGS_STAND`).
_RATING = re.compile(
    r"^(?:(?:um+|uh+|well|hm+|oh|honestly|probably|maybe|i'?d say|i think|about|like),? )*"
    rf"(?:an? )?(?:{_number_words(10)}|\d{{1,2}})"
    r"(?: and a half| out of ten|/10|,? (?:probably|maybe|honestly))?[.!,]"
    # not how often ("Two, three times a week I stay late.")
    r"(?!.*\b(?:times?|(?:a|per|every) (?:day|week|month|year)|hours?|of (?:us|them)|ago|old)\b)"
)
# The way of the world, said without the client in it ("That's business, isn't it.",
# "It's normal, isn't it. Everybody says it's a numbers game."): no sense made of
# themselves, so no reflecting, where no word of it is the client's own (:data:`_SELF`).
# A tag question alone is no sign of it: a client names their own pattern that way
# ("It's the perfectionism again, isn't it.").
_THE_WORLD = re.compile(
    r"\b(?:everybody|everyone|people (?:say|always|never)|(?:it|that)'?s (?:just |all )?(?:normal|life|business)|"
    r"that'?s (?:the way (?:it is|it goes|of the world)|(?:just )?how it (?:is|goes|works)))\b"
)
_SELF = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|myself|mine)\b")


def checked_flags(text: str, flags: ClientFlags) -> ClientFlags:
    """``flags`` (the flag head's, or the rules') for a client utterance, less
    reporting where it only looks ahead (:func:`_looks_ahead`) or only gives a rating
    (:data:`_RATING`); less reflecting where it only tells the way of the world
    (:data:`_THE_WORLD`) without the client in it; less disclosure where it
    only asks ("Is that allowed as an answer?") or only agrees to or looks forward to
    the session (:data:`_PLEASANTRY`) and the rules find no feeling in it ("Is that
    awful to say?" discloses); and less reflecting and disclosure where every sentence
    of it only defends the client (:data:`_DEFENDING`) and the rules find neither
    insight nor feeling in it; and less reflecting and disclosure where it only thanks or
    says goodbye (:data:`_FAREWELL`), with nothing but fillers and pleasantries beside,
    and the rules find neither insight nor feeling in it."""
    cleaned = _clean(text)
    if flags.reporting and (
        _looks_ahead(cleaned)
        or (
            _RATING.match(cleaned)
            and not _TOLD_IN_THE_PAST.search(cleaned)
            and not _HOW_THINGS_STAND.search(cleaned)
        )
    ):
        flags = ClientFlags(flags.reflecting, False, flags.disclosure)
    if (
        flags.reflecting
        and _THE_WORLD.search(cleaned)
        and not _SELF.search(cleaned)
        and not _REFLECTING.search(cleaned)
    ):
        flags = ClientFlags(False, flags.reporting, flags.disclosure)
    if not (flags.reflecting or flags.disclosure):
        return flags
    said = _sentences(cleaned)
    if (
        any(_FAREWELL.match(s) for s in said)
        and all(_FAREWELL.match(s) or _PLEASANTRY.match(s) or _FILLER.match(s) for s in said)
        and not _DISCLOSURE.search(cleaned)
        and not _REFLECTING.search(cleaned)
    ):
        return ClientFlags(False, flags.reporting, False)
    sentences = _substantive(cleaned)
    if (
        flags.disclosure
        and sentences
        and all(s.endswith("?") or _PLEASANTRY.match(s) for s in sentences)
        and not _DISCLOSURE.search(cleaned)
        # (a question about the client may disclose: "Am I a bad mother?", "Is it normal
        # to cry every night?", "Is it weird that I miss him?")
        and not _ABOUT_ONESELF.search(" ".join(s for s in sentences if s.endswith("?")))
    ):
        flags = ClientFlags(flags.reflecting, flags.reporting, False)
    if not sentences or not all(_DEFENDING.match(s) for s in sentences):
        return flags
    return ClientFlags(
        flags.reflecting and bool(_REFLECTING.search(cleaned)),
        flags.reporting,
        flags.disclosure and bool(_DISCLOSURE.search(cleaned)),
    )


# --- change and sustain talk -------------------------------------------------------------


# Putting off a decision after "I'll" ("I'll see.", "I'll think about it.", "I'll see how
# it goes, I guess."): where nothing follows in the sentence, no step is named, so it is no
# commitment; "I'll see her on Monday", "I'll think about it and call her" and "I'll think
# about it; I'm going to call her" name one. Each filler and hedge is in one list only, and
# the lists are matched possessively: a sentence made of nothing else is read in one pass.
_HEDGE_FILLERS = (
    r"(?:well|yeah|yes|ok|okay|oh|ha|hm+|mm+|so|i mean|i guess|i suppose|really|honestly|"
    r"then|we'?ll see)\b"
)
_HEDGES = (
    r"(?:maybe|perhaps|possibly|might do|might be|could be|(?:i|we) might|i may|"
    r"i don'?t know|dunno|(?:i'?m )?not sure)\b"
)
_PUT_OFF_VERB = (
    r"(?:(?:have to |just )?see(?: how (?:it goes|things go)| what happens)?|"
    r"think (?:about|on) (?:it|that)|think it over|have a think|give it (?:some )?thought|"
    r"consider it|mull it over|sleep on it|"
    r"cross (?:that|this|the)(?: bridge)?(?: when (?:i|we) (?:come|get) (?:to (?:it|that|them)|there))?)\b"
)
_HEDGE_TAIL = rf"(?:[,;]? (?:{_HEDGE_FILLERS}|{_HEDGES}))*+"
_PUT_OFF = rf"{_PUT_OFF_VERB}{_HEDGE_TAIL} *(?:[.!?…]|$)"
# A way out of the step after "I'll" ("I'll probably put it off.", "I'll chicken out."):
# no commitment, and foretold by the client, sustain talk (:data:`_FORETOLD_AVOIDANCE`).
# The way out ends its clause, or names only when or that it is one ("I'll put it off
# again.", "I'll find an excuse not to go."); not a step that sounds like one ("I'll back
# out of the committee.", "I'll bail on the pub quiz.", "I'll find an excuse to leave
# early.", "I'll put it off until after the exams, then start.").
_WAY_OUT_END = (
    r"(?: (?:again|as usual|like always|every time|anyway|in the end|at the last minute))?"
    rf"{_HEDGE_TAIL}(?=[,;.!?…]|$)"
)
_WAY_OUT = (
    r"(?:(?:probably|just|only|always|end up|likely|definitely|then) )*"
    r"(?:(?:put (?:it|this|that) off|bottle it|chicken out|back out|bail)"
    rf"(?:(?: (?:again|as usual|like always|every time|anyway|in the end))?"
    r"(?: (?:till|until) (?:the last minute|next \w+|later|tomorrow|the weekend)))?"
    rf"{_WAY_OUT_END}|"
    r"find (?:an|a|some) (?:excuse|reason)(?: not to\b| to (?:get out of|skip|avoid|not)\b|"
    rf"{_WAY_OUT_END})|"
    r"talk myself out of (?:it|this|that)\b)"
)

# Commitment and desire in the client's own words are change talk by definition; the
# model, trained on health conversations, misses some in coaching ("I'll ask her").
# Words about the conversation itself ("I'd like to say...", "I'll be honest", "I want
# to talk about...") commit to nothing outside it. The same verbs aimed at someone else or
# at a later time ("I'll mention it to her tomorrow.", "I'm going to be honest with my
# boss.") commit, and so do "go back to", "start with" and "add" with anything but the
# conversation after them ("I'm going to go back to the gym.", "I'll start with the
# smallest drawer.", "I'd like to add a walk to my lunch break.").
_CHANGE_TALK = _rx(
    # not after a doubt ("I doubt I'll call her."); a doubt denied is none ("No doubt I'll
    # call her tonight.", "I don't doubt I'm going to do it.")
    rf"(?<!\bwhether )(?<!\bif )(?<!(?<!\bno )(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bwithout )(?<!\bwithout a )\bdoubt )"
    rf"\b(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna)\b(?! not\b| see you\b)"
    rf"(?! {_PUT_OFF})(?! {_WAY_OUT})(?! (?:just |really )?{_ABOUT_THE_TALK})",
    r"\bi(?: (?:really )?(?:want|need|would like)|'?d (?:really )?like) to\b"
    rf"(?! (?:just |really )?{_ABOUT_THE_TALK})",
    # a step taken up, said as a whole sentence ("Oh, that's good. Yeah, I could do
    # that.", "I think I can try that."); not a condition or a doubt after it ("I could do
    # that if she agreed.", "I can do that, but not every week."), nor "might"
    rf"{_SENTENCE_START}(?:(?:yeah|yes|ok|okay|oh|mm-hmm|right|sure|and|so|like|actually),? )*"
    r"(?:i think |i guess |i suppose )?i (?:could|can) (?:probably |actually |definitely |easily |certainly )?"
    r"(?:do|try|manage|say) that(?: too| one)?(?:,? (?:i (?:guess|think|suppose)|yeah|actually|then))*[.!…]"
    # nor a step taken back in the next words ("I could do that. But I won't.", "Oh sure, I
    # could do that. And then who picks up the kids?")
    r"(?!\s*(?:but|and then|though|only|except|yeah right|not that)\b)",
    # a step tried out in the session ("Okay. Let me try the opening."); not words about
    # the conversation ("Let me try to explain.", "Let me try and remember.")
    # nor the call itself ("Let me try the link again.", "Let me try the other mic.")
    r"\blet me (?:just )?(?:try|have a go at|practi[cs]e|rehearse) (?!to\b|and\b)(?:it|that|this|the|my|what|how)\b"
    r"(?!(?: other)? (?:link|number|mic|microphone|camera|video|audio|sound|connection|call|headset|headphones|"
    r"laptop|phone|browser|wi-?fi|internet|app|screen|room|best|hardest)\b)"
    rf"(?![^.!?]{_REACH}\b(?:connect(?:ion|ed)?|muffled|froze(?:n)?|cut(?:ting)? out|lag(?:ging)?|hear me|signal)\b)",
    # ready to stop only thinking ("I'm kind of done just thinking about it."); not a
    # rest from it ("I'm done thinking about it for today.")
    # nor done with it for good ("I'm done thinking about it, it's never going to
    # happen.", "I'm so done talking about it with my mum."): only thinking
    r"\bi'?m (?:kind of |sort of |so |just |really )?done (?:just |only )(?:thinking|talking) about (?:it|this|that)\b"
    r"(?! for (?:now|today|tonight|the (?:day|week))\b)"
    rf"(?![^.!?]{_REACH}\b(?:never|not (?:doing|going to)|won'?t|give up|giving up|given up)\b)",
    # what stands in the way smaller than the client thought ("The money thing is not
    # really the wall I thought it was.", "It isn't as hard as I feared."); not the
    # problem made light of, which is sustain talk ("It's not as bad as I thought.")
    r"\b(?:isn'?t|is not|not) (?:really |actually |quite |that )?(?:the (?:wall|barrier|obstacle|hurdle|block)|"
    r"as (?:big|high|hard|scary|difficult) (?:a (?:wall|barrier|obstacle|hurdle|step) )?as) i (?:thought|feared|imagined|expected)\b"
    # (not where it turns out bigger: "It's not the wall I thought, it's worse.", "It's
    # not as big as I thought, but I still can't do it.")
    rf"(?![^.!?]{_REACH}\b(?:worse|harder|bigger|higher|scarier|tougher|still (?:can'?t|cannot|couldn'?t|won'?t))\b)",
    # a step put before the way out ("Friday. Before I talk myself out of it.", "I'll book
    # it now, before I lose my nerve."); not the habit of it ("I think about it for ages
    # before I talk myself out of it.")
    r"(?:(?<![\s\S])|(?<=[.!?,] ))before i (?:can )?(?:talk myself out of (?:it|this|that)|lose (?:my )?nerve|change my mind|"
    r"chicken out|bottle it|back out|think better of it)\b",
)

# A step the client says they could take, and when ("I could text her tomorrow and ask
# for half an hour Sunday."): what they are able to do, timed, is change talk; a "but",
# a condition or a way out after it ("I could ask her on Monday, but she'd say no.", "I
# could call her tomorrow if I knew what to say.", "..., or I could just leave it"), a
# wish or a condition before it ("If I could call him tomorrow...") or another's voice
# ("The boss said I could start on Monday.") is not, and nor are the idioms that take
# a step's verb ("I could tell you stories...", "I could put it off", "I could drop dead").
_STEP_VERB = (
    r"(?:text|call|ring|phone|message|email|ask|tell(?! you\b)|talk to|speak to|book|send|"
    r"write|try|start|meet|look into|sign up|set up|block out|drop(?! dead\b)|"
    r"put(?! (?:it|that|this|things|them) off\b| off\b))"
)
_WHEN = (
    r"(?:tomorrow|tonight|first thing|this (?:week|weekend|afternoon|evening)|"
    r"next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)"
)
_NO_BUT = r"(?:(?![.?!…]|\b(?:but|if|unless|or (?:i could|i might|not|just))\b)[^\n])"
_OFFERED_STEP = _rx(
    r"(?<!\bif )(?<!\bwish )(?<!\bthat )(?<!\bwhere )(?<!\bbefore )"
    rf"\bi could (?:just |probably |maybe |always |actually |easily )?{_STEP_VERB}\b"
    rf"{_NO_BUT}{{0,120}}?\b{_WHEN}\b{_NO_BUT}{{0,200}}(?:[.!…]|$)",
)


# What the client does not know or has still to work out, just before an "I'll" or
# "I'm going to" ("I don't know what I'm going to do about it.", "I have to figure out
# how I'm going to pay for it."): a question, not a commitment; what they do know is one
# ("That's what I'll aim for.", "I know what I'm going to say.").
_NOT_KNOWN = re.compile(
    r"\b(?:(?:don'?t|do not|not|no|never|didn'?t|haven'?t)(?: \w+){0,2}? (?:know|sure|decided|idea|clue)|"
    r"figure out|work out|wonder(?:ing)?|ask(?:ing)? myself)(?: (?:exactly|yet|really|even))? "
    r"(?:what|how|where|when) $"
)


def _change_talk(text: str, start: int = 0) -> re.Match[str] | None:
    """The first commitment or desire in ``text`` (cleaned) from ``start``
    (:data:`_CHANGE_TALK`) that is not a habitual "I'll" in a routine (:func:`_in_routine`)
    nor what the client does not know (:data:`_NOT_KNOWN`), else the first step offered
    (:data:`_OFFERED_STEP`) that no one else's voice reports (:data:`_REPORTED` before it
    in its sentence)."""
    for found in _CHANGE_TALK.finditer(text, start):
        habit = found.group().startswith(("i'll", "ill", "i will")) and _in_routine(
            text, found.start()
        )
        if not habit and _NOT_KNOWN.search(text, max(0, found.start() - 60), found.start()) is None:
            return found
    for found in _OFFERED_STEP.finditer(text, start):
        first = max(text.rfind(stop, 0, found.start()) for stop in ".?!") + 1
        if not _REPORTED.search(text, first, found.start()):
            return found
    return None


# A sentence that only hedges ("Maybe.", "Perhaps, I guess.", "I might.", "Not sure.") or
# puts the decision off ("We'll see.", "I don't know, I'll think about it.") commits to
# nothing: fillers, then a hedge or a put-off, then more of any of them, to its end.
_PUTTING_OFF = rf"(?:i|we)(?:'?ll| will|'?m going to|'?re going to) {_PUT_OFF_VERB}"
_HEDGE_ONLY = re.compile(
    rf"^(?:{_HEDGE_FILLERS},? )*+(?:{_HEDGES}|{_PUTTING_OFF})"
    rf"(?:[,;]? (?:{_HEDGE_FILLERS}|{_HEDGES}|{_PUTTING_OFF}))*+[\s.!?…-]*$"
)
# Nothing done yet, said bare ("None of it, really.", "Not yet.", "Nothing, this week."):
# an answer about what was done, not talk for the change. A bare "No.", "None." or
# "Nothing." may answer "What's stopping you?", so it needs a time ("this week") to be one.
_NOT_DONE_TAIL = r"(?:,? (?:really|at all|yet|i'?m afraid|sadly|honestly|to be honest|not really))*"
_NOT_DONE_WHEN = r",? (?:this (?:week|month|time)|last (?:week|month)|since (?:then|last time))"
_NOTHING_DONE = re.compile(
    r"^(?:(?:well|um+|hm+|mm+|oh|ha|honestly|sadly|so),? )*"
    r"(?:(?:none of (?:it|them|that|those)|(?:not|nothing) yet)"
    rf"{_NOT_DONE_TAIL}(?:{_NOT_DONE_WHEN}{_NOT_DONE_TAIL})?|"
    r"(?:no|none|nothing(?: much)?|not (?:really|much|a lot|at all))"
    rf"{_NOT_DONE_TAIL}{_NOT_DONE_WHEN}{_NOT_DONE_TAIL})"
    r"[\s.!…-]*$"
)


# Someone else's voice, reported ("My sister says I'm abandoning the family.", "He
# thinks I should stay."): what they say or want is not the client's own talk for or
# against the change. A sentence is only that voice where the client adds nothing of
# their own after it ("..., and I think she's right", "..., which I agree with"). The
# client's gut, heart or conscience is their own voice ("My gut says I should go.").
_ANOTHER_VOICE = re.compile(
    r"^(?:(?:and|but|so|well|yeah|plus|also|because|'cause|then|oh),? )*"
    r"(?!my (?:\w+ )?(?:gut|heart|instincts?|intuition|head|body|mind|conscience|inner)\b)"
    r"(?:he|she|they|everyone|everybody|people|nobody|no one|(?:my|his|her|our|their|the) (?:(?!i\b|we\b|you\b)\w+ ){0,2}?(?!i\b|we\b|you\b)\w+)"
    r" (?:just |always |even |keeps? |still |also )?"
    r"(?:says|said|thinks|thought|tells me|told me|telling me|reckons|reckoned|believes|insists|"
    r"insisted|claims|claimed|would say|will say|wants me to|wanted me to|expects me to|"
    r"expected me to|asks me|asked me|saying)\b"
    r"(?![^.?!]*(?:,|;|\band\b|\bbut\b|\bwhich\b) ?(?:\w+,? ){0,3}?i\b)"
)


# Sustain talk in the client's own words: doubting they can make the change, writing a
# step off as futile, defending the way things are, putting the change off. The model,
# trained on health conversations, reads much of it in coaching as neutral or as change
# ("I'd rather do a thing myself.", "I'm not sure I'd be any good."). The same words
# often argue for the change: about the status quo ("I can't see myself doing this at
# sixty."), a habit refused ("Shout at my kids? I'm not doing that."), a step made light
# of ("Asking for help is no big deal.") or a problem reframed ("That's not the problem.
# The problem is I never say no."). Where only what the words point at tells the side,
# there is no cue; each cue left is narrow, and is read only as the client's own
# present argument (:func:`_own_argument`).
_SENTENCE_END = r"(?=[,;.!?…]|$)"
_FULL_STOP = r"(?=[.!?…]|$)"
# Where a sentence starts, after its fillers ("No, that won't work.").
_OPENING = (
    rf"{_SENTENCE_START}(?:(?:no|yeah|yes|well|honestly|but|and|so|i mean|i think|i just think|"
    r"to be honest),? )*"
)
_ABLE = (
    rf"(?:(?:do|manage|handle|cope with) (?:it|this|that)(?: (?:alone|on my own|by myself|properly|well))?{_SENTENCE_END}|"
    rf"(?:manage|cope){_SENTENCE_END}|pull (?:it|this|that) off\b|make (?:it|this|that) work\b|"
    r"be (?:any good|good enough|up to (?:it|this|that))\b|"
    # ("I don't know if I'd even be good at it.")
    r"be (?:any |very |that |much )?good at (?:it|this|that)\b)"
)
_WONT = (
    r"(?:(?:it|that|this)(?: just| really)? (?:won'?t|wouldn'?t|isn'?t going to)|"
    r"(?:it|that|this)(?:'s| is)(?: just| really)? (?:not|never) going to)"
)
# Helplessness put as a question or a lack of choice ("What am I supposed to do, magic
# up budget?", "But what else can I do?", "What choice do I have?", "I don't have a
# choice."); not a question about a step ("What am I supposed to do first?", "What else
# can I do to help her?"), nor "What else can I do?" alone, which as often asks for
# ideas ("I've started walking. What else can I do?"), nor a choice between things ("I don't have a choice of dates"),
# nor no choice but the change ("I don't have a choice but to leave."). The questions
# argue, though they end in a question mark (:data:`_RHETORICAL`).
_HELPLESS = (
    r"what (?:else )?am i (?:supposed|meant) to do\b"
    r"(?! (?:first|next|now|then|here|instead|differently|about|with|to|when|if|for)\b)|"
    r"(?:(?<=but )|(?<=honestly, )|(?<=honestly )|(?<=i mean, )|(?<=i mean ))what else (?:can|could) i (?:really )?do(?=,? (?:really|honestly|though)\?|\?)|"
    r"what else (?:can|could) i possibly do\b|what else (?:can|could) i do, (?!do you\b)[^.?!,]{1,40}\?|"
    r"what (?:other )?choice (?:do i|have i) (?:really )?(?:have|got)\b(?:,? (?:really|honestly))?(?! (?:but|except|other than)\b)"
)
_NO_CHOICE = (
    r"\bi (?:don'?t|do not) (?:really |even )?have (?:a|any|much (?:of a)?|any other) choice\b|"
    r"\bi(?:'ve| have)(?: got)? no (?:other |real )?choice\b|\bi haven'?t got (?:a|any) choice\b"
)
# The way things are as a necessity or as the job ("Somebody has to do it.", "That's
# literally the job.", "It comes with the territory."), said as a last word: a "but"
# after it turns to what it costs or to a way out ("I'm always tired, that's just the
# job. But this month I missed...", "Somebody has to do it. But it doesn't have to be
# me."), and it is no necessity where it goes on ("Somebody has to do it, so I've asked
# Sam.") or names a step ("Saying no is part of the job.", "It's my job to tell him.").
# The "but" is looked for as far as :data:`_REACH` on.
_NO_BUT_AFTER = rf"(?![\s\S]{_REACH}\bbut\b)"
_THE_JOB = (
    r"\b(?:some(?:body|one)|some one) (?:has|'s got|has got|needs) to do (?:it|that|the job)|"
    r"\b(?:that'?s|it'?s|that is|it is|this is) (?:just |literally |simply |all |kind of |sort of |really )*"
    r"(?:(?:all )?part of )?(?:the|my) job|"
    r"\b(?:it|that|this) (?:just )?(?:comes|goes) with the (?:territory|job)"
)
# When the pull of the old way is strongest ("That's when I'm most tempted."); not a pull
# to a step ("I'm tempted to sign up.", "That's the bit I'm really tempted by, the new
# role."). It names the time of the pull, so a day beside it
# ("Wednesday is the late shift, and that's when I'm most tempted.") is no date of a step
# (:func:`_own_argument`).
_WHEN_TEMPTED = (
    r"\b(?:that'?s|that is|this is|it'?s|it is) (?:when|where|the (?:time|moment|night|day|bit)(?: when)?) "
    r"i(?:'m| am| get| feel)? (?:(?:most|really|so|always|the most|more) )?tempted\b(?! (?:to|by)\b)"
)
_TEMPTED = re.compile(_WHEN_TEMPTED)
_SUSTAIN_TALK = _rx(
    # helplessness, and the way things are as a necessity or the job
    rf"\b(?:{_HELPLESS})",
    # the blame that would fall on the client, as the reason to keep hold ("If I say no
    # and something goes wrong, that's on me.", "If it goes wrong, it's my name on it.");
    # not blame laid elsewhere ("If it goes wrong, that's on them.")
    r"\b(?:if|when)\b[^.?!…]{0,40}?\b(?:goes|go|went) (?:wrong|badly|pear-shaped)\b[^.?!…]{0,40}?"
    r"\b(?:(?:that|it)(?:'s| is|'ll be| will be|'d be| would be) (?:all )?(?:on me|my (?:fault|problem|neck|head))|"
    r"(?:it'?s|that'?s) my (?:name|head|neck) on (?:it|the line))(?=[,;.!?…]|$)",
    rf"(?:{_NO_CHOICE})(?!,? (?:but|except|other than|apart from|of|between)\b)",
    rf"(?:{_THE_JOB})\b(?:,? (?:really|though|isn'?t it|you know|right))*{_FULL_STOP}{_NO_BUT_AFTER}",
    # doubting they can make the change
    rf"\b(?:i don'?t know (?:if|whether) i|i'?m not sure (?:if |whether |that )?i|i don'?t think i)"
    rf"(?:'d| would| could| can|'ll| will)(?: (?:ever|really|actually|even))? {_ABLE}",
    r"\bi'?m (?:just )?not cut out for\b",
    # ("I'm not sure I know how to draw my own.", "I don't think I even know how to ask.")
    r"\b(?:i don'?t know (?:if|whether) i|i'?m not sure (?:if |whether |that )?i|i don'?t think i) "
    r"(?:even |really |actually )?know how(?: to\b|(?=[,;.!?…]|$))",
    # unable to refuse, now ("I just can't say no to her.", "I can't say no when it's right
    # in front of me."); not a limit reached ("I can't say no to her forever.", "I can't
    # keep saying yes."), nor the past ("I couldn't say no.")
    r"\bi (?:just |really |simply |honestly |still |never )?(?:can'?t|cannot) (?:seem to |ever )?say no"
    r"(?: to (?:him|her|them|people|anyone|anybody|(?:my|our|the) \w+|(?!that\b|this\b|it\b)\w+))?"
    r"(?=[,;.!?…]|$| (?:when|if|because|even|like)\b)",
    # no one wanting the client, foreseen ("I don't think anyone's going to want me.",
    # "Nobody's going to hire me at my age."); not a wish or another's view ("I don't
    # want anyone to hire me out of pity.")
    r"\b(?:i don'?t think (?:anyone|anybody)|(?<!worried )(?<!thought )(?<!feared )(?<!thinks )(?:no ?one|nobody))"
    r"(?:'s| is| will|'ll| would|'d)? "
    r"(?:(?:ever|really) )?(?:going to |gonna )?(?:(?:ever|really) )?(?:want|hire|employ|take on) me\b(?! to\b)",
    # what the change would cost, the last word of an ambivalent client ("The money's
    # better. But then I'd stop coding, basically.", "But then I'd lose the team."); not a
    # relief it would bring ("But then I'd stop worrying.", "But then I'd lose weight.")
    # relief ("But then I'd stop putting it off.", "...lose the commute, which would be
    # brilliant.", "...never have to see him again.", "...give up smoking too.")
    r"\bbut then,? i(?:'d| would) (?:have to |probably |just |basically |kind of )?"
    r"(?:stop|give up|lose|miss|never (?:get|see|have|do)(?! to\b))\b"
    r"(?! (?:worrying|stressing|panicking|feeling|being|having to|dreading|beating|wasting|"
    r"weight|the weight|a stone|pounds|my temper|sleep over|putting|nothing|the commute|"
    r"smoking|drinking|vaping|gambling|the (?:booze|drink|fags|cigarettes))\b)"
    r"(?: [\w'-]+){0,4}(?:,? (?:basically|really|though|i guess|i suppose|i think))?[.!…]*$",
    # a step refused until something else is done ("I'm not going to apply for anything
    # till the CV's done."); not a habit held off ("I'm not going to drink until Friday.")
    r"\bi(?:'m| am) not (?:going to|gonna) (?:apply|ask|tell|talk to|speak to|call|ring|book|send|start|"
    r"sign up|look for)\b[^.?!…]{0,60}?\b(?:till|until)\b",
    # a commitment taken back as it is made ("I'll write it. Not promising I'll send it.",
    # "I'll try. No promises."); the whole of what is not promised is the cue, so the
    # "I'll" in it reads as no change talk after it, up to a "but" ("No promises, but
    # I'll try.")
    # Not promises told of ("He made no promises.", "No promises were made."), nor what
    # the client no longer promises others ("I'm not promising her the weekend.").
    rf"{_SENTENCE_START}(?:(?:i'?m )?not promising (?:i'?ll|i will|that|anything(?=[,.!…]|$))|"
    r"no promises(?=[,.!…]|$))(?:(?!\bbut\b)[^.?!…])*",
    # not ready for the change; not an event ("for the meeting yet"), nor holding on to
    # what they value ("not ready to give up on this team")
    r"\bi'?m (?:just |really |honestly )?not ready (?:to (?!give up on\b|let (?:\w+ ){1,3}?go\b)|"
    r"for (?:this|that|it|any of (?:this|that)|(?:a |that |the )?(?:change|step|conversation|commitment)s?)\b)",
    # too old for a new start; not for a habit ("too old for all-nighters")
    r"\bi'?m (?:just )?too old (?:to (?:start|change|learn|retrain|go back|begin|switch|try)\b|"
    r"for (?:a (?:change|new career|career change)|change|retraining|university|college)\b)",
    # a step written off as futile, or the coach's idea as easy to say; the point
    # made at the client's own old way is not ("There's no point, really, in me
    # rewriting her work.")
    rf"\b(?:(?:there'?s|there is) (?:really |just )?no|what'?s the) point"
    rf"(?: (?:in |of )?(?:trying|asking|bothering|even trying))?{_SENTENCE_END}"
    r"(?![,;]? ?(?:(?:really|honestly|though),? )*(?:in|of)\b)",
    r"\beasy for you to say\b|\beasier said than done\b",
    # the plan fine in words, the doing doubted ("It sounds alright when I say it. Doing
    # it's another matter."); not the doing itself ("Doing it is another step closer.")
    r"\b(?:actually )?doing (?:it|that|this)(?:'s| is) (?:(?:a|an) (?:whole )?)?(?:another|different|other) "
    r"(?:matter|story|thing|kettle of fish)(?: (?:entirely|altogether|though))?"
    rf"{_SENTENCE_END}",
    # knowing or saying it set against doing it ("Knowing it and doing it are different.",
    # "Saying it is one thing, doing it is another."); not the two told apart as a step
    # ("Knowing it and doing it are different, so I'll start small." has change talk after)
    r"\b(?:knowing|saying|thinking|planning|talking about|deciding) (?:it|that|this)(?: is|'s)? "
    r"(?:and (?:actually )?doing (?:it|that|this) (?:are|is) (?:(?:two|very|completely|totally) )?"
    r"(?:different|not the same)(?: things?)?|one thing,? (?:but |and )?(?:actually )?doing (?:it|that|this)(?: is|'s) another)"
    rf"(?:,? (?:though|really|aren'?t they|isn'?t it))*{_SENTENCE_END}",
    # a step written off at the start of a sentence; not the old way written off
    # ("If I keep covering for him, it won't help.", "Staying late, it won't change
    # anything.")
    rf"{_OPENING}{_WONT} (?:really )?(?:work|help){_SENTENCE_END}",
    rf"{_OPENING}{_WONT} (?:really )?(?:change anything|make (?:a|any|much of a) difference){_FULL_STOP}",
    rf"(?:\bi'?m (?:just |really |honestly )?|\bi am |{_OPENING})not sure (?:it|that|this)(?:'ll| will|'d| would)(?: really)? "
    r"(?:work|help|change anything|make (?:a|any|much of a) difference)\b(?! (?:if|unless|until)\b)",
    # tried before, and nothing more said ("I've tried rotas before.", "I tried diets
    # already."; not "I tried that before and now it's routine.")
    r"\bi(?:'ve| have)? (?:already tried (?:that|it|this|all that|everything)|"
    r"tried (?:that|it|this|all that|everything|(?:(?:the|those|these) )?(?!\w+ss\b)\w{3,}s)"
    r"(?: (?:already|before)(?: and it (?:didn'?t|never|doesn'?t) (?:work|help))?|"
    r" and it (?:didn'?t|never|doesn'?t) (?:work|help)))"
    rf"(?:,? (?:though|too|already|to be honest|honestly|really))*{_FULL_STOP}",
    # defending the way things are
    r"\bi'?d (?:much )?rather (?:just )?do (?:it|things|a thing|everything|them) myself\b",
    r"\b(?:quicker|easier|faster|simpler) (?:if i|to) (?:just )?do (?:it|things|everything|them) myself\b",
    r"\b(?:(?:it'?s|it is) (?:fine|okay|ok|all right|alright) the way it is|"
    r"things are (?:fine|okay|ok|working|all right|alright) (?:the way they are|as they are))\b",
    r"\bi (?:like|prefer) (?:it|things) (?:the way (?:it is|they are)|as (?:it is|they are))\b(?! now\b| these days\b)",
    # why change, asked bare; not why keep the old way ("why I should keep covering for him")
    r"\bi (?:just |really )?don'?t see why i (?:should|need to|have to|would|'d)"
    rf"(?: (?:have to|bother|change|do (?:it|that|this|anything (?:different(?:ly)?|else))))?{_FULL_STOP}",
    r"\b(?:it'?s|that'?s|it is|things are) (?:really )?not (?:that|so|all that|really that) bad\b"
    r"(?! (?:once|when|after|now|these days|any ?more|since)\b)",
    # the problem made light of, with doubt ("I'm not sure it's a big deal.", "Everyone I
    # know does the same."); a bare "It's not a big deal." may make light of a step, as
    # "It's no big deal to ask her." does, and "everyone else does it" may set others'
    # change beside the client's ("Everyone else does it. Why can't I?"). "It's not like
    # I'm ..." makes light of a habit, not of what the client asks for or feels ("It's
    # not like I'm asking for a lot or anything.", "It's not like I'm enjoying it or
    # anything.")
    r"\b(?:i'?m not sure|i don'?t know if) (?:it'?s|that'?s|it is)(?: really)? "
    r"(?:(?:such |that much of )?a|(?:that|so|such) big (?:of )?a) (?:big |huge )?deal"
    rf"(?:,? (?:really|honestly|to be honest|though|anyway))*{_FULL_STOP}",
    r"\b(?:everyone|everybody|all my (?:friends|mates|colleagues))(?: (?:i know|at work))? "
    rf"(?:does|do|drinks|smokes) (?:it|that|the same)(?: thing)?{_FULL_STOP}",
    r"\bit'?s not like i'?m (?!(?:asking|begging|demanding|expecting|enjoying|loving|having|"
    rf"complaining|hoping|wanting)\b)\w+ing\b[^.?!,;]{{0,60}}? or anything{_FULL_STOP}",
    # what the old way gives them ("Without a drink I can't switch off."); "without it"
    # says nothing of which way it is ("The run keeps me sane. Without it I'm stressed.",
    # "My team are brilliant. Without them I'm a wreck.")
    r"\bwithout (?:a drink|a beer|a glass|(?:my|the|a) (?:wine|beer|drink|fags?|cigarettes?|smokes?)|"
    r"a cigarette|a fag|a smoke|a joint),? i(?:'m| am| get| feel)? "
    r"(?:still |just |really |so |completely )?(?:wound up|stressed|tense|on edge|anxious|"
    r"irritable|grumpy|snappy|restless|a wreck|can'?t (?:relax|sleep|unwind|switch off|cope|settle))\b",
    # the client's own leave for the old way, said to themselves ("A bad day, and I think,
    # I deserve this.", "I tell myself I've earned it."); not a deserving said to the
    # coach ("I think I deserve the promotion.")
    # ("I think" only set apart, "and I think, I deserve this"; or with the habit named:
    # not "I've done the job two years. I think I deserve it.", said of a promotion)
    r"\b(?:i think,|i (?:tell myself|say to myself|go)|and i'?m like),? (?:well,? |oh,? )?"
    r"i(?: deserve|'ve earned| have earned| earned) (?:this|it|one|a (?:drink|glass|treat|cigarette|smoke))"
    rf"(?:,? (?:though|really|don'?t i))*{_SENTENCE_END}",
    r"\bi think,? (?:well,? |oh,? )?i(?: deserve|'ve earned| have earned| earned) a (?:drink|glass|treat|cigarette|smoke|takeaway)"
    rf"(?:,? (?:though|really|don'?t i))*{_SENTENCE_END}",
    # when the pull of the old way is strongest (:data:`_WHEN_TEMPTED`)
    _WHEN_TEMPTED,
    # dreading the step, or expecting it to go wrong ("She might say no."); not dreading
    # "it", a call or a meeting, which are as often what is coming whatever the client
    # does ("My mum's coming to stay. I'm dreading it.", "I'm dreading the meeting with
    # the consultant.")
    r"\bi'?m (?:still |really |honestly |kind of |a bit |absolutely |just )*dreading "
    r"(?:the|that) (?:\w+ )?(?:conversation|chat|talk)\b",
    rf"\b(?:she|he|they)(?: might| could| may| will|'ll| would|'d) (?:just )?(?:say no|refuse){_SENTENCE_END}",
    r"\bi'?m (?:expecting|bracing (?:myself )?for) (?:a|an) (?:fight|row|argument|battle|backlash)\b",
    # how the step would make the client look ("I don't want to come across as the
    # person who blocks deals.", "...as someone who can't cope."); not the old way they
    # mean to leave ("I don't want to be seen as a pushover.", "...as the guy who gives in
    # again."), which is as often their reason for the change
    r"\bi (?:really |just |also )?(?:don'?t|do not) want to (?:come across|be seen|look) (?:as|like) "
    r"(?:the (?:one|person|guy|man|woman|boss|manager|kind of person) who|someone who)\b"
    rf"(?![^.?!]{_REACH}\b(?:any ?more|again|no longer)\b)"
    # (nor with the step taken all the same: "..., so I'm going to say it today.", "...,
    # and I won't.", "..., so I've practised it.")
    rf"(?![^.?!]{_REACH}\b(?:so|and|but) i(?:'m| am|'ll| will|'ve| have| won'?t)\b)",
    # the problem denied, with nothing after it (not "That's not the problem. The
    # problem is I never say no.")
    r"\b(?:that'?s|it'?s|that is|it is) not (?:really |actually )?the (?:problem|issue|point)(?: here)?"
    r"(?:,? (?:really|honestly|though))*[\s.!…]*$",
    r"\bthe problem(?:'s| is)?,? not me\b(?! any ?more\b)",
    # putting the change off; not a step timed ("I should hold off on replying until
    # I've calmed down.", "I should wait until Monday to call him.")
    r"\bi (?:should|ought to|'d better|might as well) (?:probably |just |maybe |really )*"
    r"(?:defer|hold off|put it off|leave it|wait(?: (?:a (?:bit|while|year|few (?:months|years)|couple of (?:months|years))|"
    rf"until\b[^.?!]{_REACH}\b(?:older|settled|settle|ready|calmer|calm down|quieter|better)))?)"
    rf"(?: for (?:now|a (?:bit|while)))?{_SENTENCE_END}",
    r"\bi(?:'m not (?:going to|gonna)| am not (?:going to|gonna)| won'?t) bother"
    rf"(?: (?:trying|asking|with (?:it|that|this)))?(?:,? (?:then|really|honestly|though))*{_SENTENCE_END}",
)

# A cue is the client's own present argument only outside these: a question ("Is it
# really faster if I do it myself?"; a tag question or a rhetorical "What's the point?"
# still argues), another's voice or the client's past voice in the same sentence ("My dad
# always told me I'm not cut out for business.", "I used to think..."), a denial just
# before it ("It isn't quicker to do it myself."), or a day or an hour in it or the
# sentence before ("Thursday? No, that won't work, I've got the board.").
_BREAK = re.compile(r"[.!?…]+\s+")
_STOP = re.compile(r"[.!?…]+|$")
# How far around a cue its sentence is looked for (a long run-on utterance stays one pass).
_LOOK_BACK = 400
_TAG_QUESTION = re.compile(
    r",? (?:(?:is|isn'?t|was|wasn'?t|does|doesn'?t|do|don'?t|can|can'?t|would|wouldn'?t) "
    r"(?:it|there|that|they|he|she|i|you)|right|you know|really|eh|yeah)\?+$"
)
_RHETORICAL = re.compile(
    rf"(?:(?:so|but|and|honestly|i mean|well|like|look|i mean like),? )*(?:what'?s (?:even )?the point\b|{_HELPLESS})"
)
_REPORTED = re.compile(
    r"\b(?:said|says|saying|told|tells|(?<!i'm )telling|thinks|thought(?! about| it over)|reckons|"
    r"reckoned|asked|asks|asking|reminds|reminding|used to|acts like|acting like)\b"
)
_DENIED = re.compile(r"\b(?:not that|isn'?t|wasn'?t|not) $")
_A_DATE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next week|"
    r"o'?clock|\d{1,2} ?(?:am|pm))\b"
)

# What the client says after a cue that takes it back: the change made or under way, or
# the doubt proved wrong ("It was easier said than done, but I did it.", "It's not that
# bad these days, since I started walking.", "..., so I've stopped.").
_TAKEN_BACK = _rx(
    r"\band now\b|\bnow that\b|\bthese days\b|\bin the end\b|\bturned out\b|\blooking forward\b",
    r"\bbut (?:i|it|that|she|he|they) (?:did|does|do|was|is|am|would|will|can|could|worked|helped)\b",
    r"\bi did it\b|\bit (?:worked|helped)\b|\bit'?s going well\b|\bi'?m glad\b",
    r"\bsince (?:i|we) (?:started|stopped|moved|began|changed|switched|cut)\b",
    r"\bi'?ve (?:stopped|started|signed up|changed|learned|learnt)\b",
    r"\bi'?m (?:asking|applying|starting|learning|changing)\b",
    r"\b(?:need|needs|has|have) to change\b",
    r"\bi (?:get|see|realise|realize|know) that now\b",
    # the step taken whatever comes of it ("She might say no, but it's worth a try.",
    # "I'm bracing myself for a backlash, but I'm doing it anyway.")
    r"\bbut (?:it'?s|it is) (?:still )?worth (?:it|a (?:try|shot|go)|asking|trying|doing)\b",
    r"\bbut i\b(?:(?!\b(?:not|never|can'?t|won'?t|don'?t|didn'?t|couldn'?t)\b)[^.?!]){0,60}?\banyway\b",
)

# The client seeing through their own position ("I've been telling myself it's about
# money.", "I'm probably the bottleneck. Which is a horrible thing to realise.", "I think
# that's the thing I haven't let myself believe."): the model, reading the problem words
# around it, calls much of it sustain talk, but it argues for the way things are only
# where a sustain cue says so; in AnnoMI's train transcripts one such line in fifteen
# is sustain talk.
_SEES_THROUGH = _rx(
    # a story told to themselves; not a resolution they keep putting off ("I keep telling
    # myself I'll stop.", "I've been telling myself to go to the gym.")
    r"\bi(?:'ve been| have been| keep| kept| was) telling myself\b"
    r"(?! (?:that )?(?:to\b|i(?:'ll| will|'m going to| should| must| need to| have to| ought to|'ve got to|'d)\b))",
    # a realisation about themselves, or of what was just said ("I'm starting to realise
    # it."); not about others or how things are ("I realise you're busy.", "I realise
    # it's my second warning, but...")
    r"(?<!\bif )\bi(?:'m| am|'ve| have)? (?:just |now |finally |starting to |beginning to |only just )?"
    r"reali[sz]ed?(?: now)?,?(?:(?: (?:that|how|just how|what|why))?(?: (?:much|often|badly|long|far|hard|little))?"
    r" (?:i|my|myself|it'?s (?:been )?me)\b| (?:it|that)(?=[.,;!…]|$| (?:and|now)\b))",
    r"\bthing to reali[sz]e\b",
    r"\bi (?:can )?see (?:it|that|this) now\b(?! and (?:then|again)\b)|\bi see now\b(?! and (?:then|again)\b)|"
    r"\bnow i see(?= (?:it|that|why|how|what)\b|[.,!…]|$)",
    # what they had not seen, about themselves ("I hadn't even connected that."); not a
    # thing missed ("I hadn't noticed the dent in the car.")
    r"\bi hadn'?t (?:even |really |ever )?(?:(?:connected|noticed|realised|realized|clocked)"
    r"(?=[.,;!…]|$| (?:it|that|this|how|what|why|i|my|myself|but|and|before|until now|till now)\b)|"
    r"(?:seen|thought (?:of|about)) (?:it|that|this)\b)",
    # a way of seeing it new to them ("I've never really thought of it that way."); not
    # a thing never considered ("I've never thought about it.")
    r"\bi(?:'ve| have)? never (?:really |actually |even )?(?:thought (?:of|about)|looked at|seen) "
    r"(?:it|that|this|myself) (?:like (?:that|this)|(?:in )?that way|that way before)\b",
    # what they were doing, read back ("I think I was hiding a bit.", "I've been kidding
    # myself."); not where they hid ("I was hiding in the toilets.")
    r"\bi (?:think|guess|suppose|reckon|see (?:now )?(?:that )?) ?i(?:'ve been| have been| was) "
    r"(?:just |kind of |sort of |a bit |maybe )?(?:hiding|avoiding (?:it|things|them|him|her))"
    r"(?=[.,;!…]|$| (?:a bit|a little|really|from (?:it|them|him|her|that|this))\b)",
    r"\bi(?:'ve been| have been| was) (?:just |kind of |sort of )?(?:kidding|fooling|lying to) myself\b",
    # their own way called silly as they tell it ("Like justifying it. Which is, I know,
    # it's silly."); not what another thinks of it, nor kept to after ("I know it's silly
    # to you.", "I know it's silly, but I like it.")
    r"\b(?:which is|i know (?:it'?s|that'?s))(?:,? i know)?,? (?:it'?s )?(?:a bit |kind of |so |pretty |really |quite |just )?"
    r"(?:silly|ridiculous|daft|irrational|stupid)\b(?!,? (?:but|though)\b| to (?:you|them|him|her|people)\b)",
    # not the habit itself ("I never let myself sit down.")
    r"\bi (?:haven'?t|'ve never|have never) (?:really )?let myself\b",
    r"\bthe (?:thing|problem|truth) is,? it'?s me\b(?! (?:who|that|doing|having|left)\b)",
    # not said mockingly ("Oh, so now I'm the problem."), nor of others who leave it to
    # the client ("I'm the bottleneck, because nobody else will take anything on.")
    r"(?<!\bnow )(?<!\bapparently )\bi'?m (?:probably |actually |really |maybe )?the (?:problem|bottleneck)\b"
    r"(?!,? (?:because|'cause|cos|since|as) (?:nobody|no one|no-one|they|he|she|everyone|everybody|"
    r"the others|(?:my|our) \w+)\b)",
    r"\b(?:that'?s|it'?s) (?:a|just a|really a) me (?:thing|problem)\b",
    # hearing it anew ("Saying it out loud, it sounds a bit grim.")
    r"\bsaying (?:it|that|this)(?: all)? (?:out loud|aloud)\b|\bwhen you put it like that\b",
    # saying one thing and doing another ("I keep saying she left it to me, but I never
    # actually asked her.")
    r"\bi (?:keep|kept) (?:saying|telling (?:everyone|people|myself))\b[^.?!]{0,200}?"
    r"\bbut i (?:never|haven'?t|didn'?t|don'?t)(?: \w+)? actually\b",
    # the change in themselves ("It's not what I'd have written a month ago."); not what
    # they would have done but for something ("I would have left a year ago if I could.")
    r"\bi(?:'d| would)(?:n'?t)? have (?:\w+ ){1,2}?(?:a|one|two|three|six|a few) "
    r"(?:weeks?|months?|years?) ago\b(?!,? (?:if|unless|but)\b)",
)
# What, after a realisation, takes the client back to the way things are ("I realise
# I've been avoiding her, but I just can't face it.", "When you put it like that it
# sounds easy, but it isn't.").
_CONCEDED = _rx(
    r"\bbut\b[^.?!]{0,20}?\b(?:i (?:just |really |honestly |still )?(?:can'?t|won'?t|don'?t|couldn'?t|wouldn'?t)|"
    r"it (?:just |really )?(?:isn'?t|'?s not|is not|doesn'?t|won'?t)|i'?m (?:just |really |still )?not|"
    r"there'?s no)\b",
)

# A leading "No," that grants, closes or reassures rather than refuses ("No, go on,
# suggest away.", "No, that's fine.", "No, I think that's it.", "No, I'm alright. It's
# just..."): the model, reading the "no", calls much of it sustain talk. It is none
# where nothing after it refuses or argues for the way things are: no negation ("No,
# go ahead, I'm still not doing it.", "No, I'm fine. I don't need to change.") and no
# sustain cue. "I'm fine" and the like reassure only where the client goes on to say
# what it is ("It's just...", "Just..."); alone, or with more, they may turn help down
# ("Would you like some support?" "No, I'm fine, thanks."). "No, not at all" may answer
# "Would you consider cutting down?" and is not one.
_GRANT = (
    r"(?:go (?:on|ahead|for it)|please(?: do| go ahead| go on)?|carry on|keep going|feel free|by all means|"
    r"be my guest|(?:ask|suggest|fire|shoot) away|"
    r"(?:that'?s|that is|that'?d be|that would be) (?:totally |absolutely |completely |perfectly |really )?"
    r"(?:fine|okay|ok|alright|all right))\b"
)
_CLOSE = (
    r"(?:(?:i think )?(?:that'?s|that is) (?:it|all|everything)(?: for (?:now|today))?\b|"
    r"(?:i think )?that'?s\s*[\u2014\u2013-]|nothing (?:else|more)\b|"
    r"i think (?:we'?ve|i'?ve) (?:covered|got) (?:it|everything)\b)"
)
_REASSURE = (
    r"(?:i think )?i'?m (?:alright|all right|okay|ok|fine|good)[.,!]?\s*(?:[\u2014\u2013-]\s*)?"
    r"(?=(?:(?:it'?s|it is) )?just\b)"
)
_NO_THAT_GRANTS = re.compile(
    r"^(?:(?:oh|ah|well|um+|uh+),? )*no[,.!]? (?:no[,.!]? )?"
    rf"(?:{_GRANT}(?:[,.!]? (?:{_GRANT}))*|{_CLOSE}|{_REASSURE})"
)
# What a grant may end on without saying more ("No, that's fine, honestly.").
_GRANT_TAIL = re.compile(
    r"^[\s,]*(?:(?:honestly|really|then|though|thanks|thank you|cheers|please|of course)[\s,.!\u2026]*)*$"
)
# Words after a grant that keep to the old way ("No, that's fine, I'll do it myself.",
# "No, that's fine. I'll keep going as I am.").
_KEEPS_TO_IT = re.compile(
    r"\b(?:keep|keeps|keeping|stick with|stay|staying|myself|on my own|by myself|"
    r"the way (?:it is|they are|things are|i am)|as (?:it is|they are|i am))\b"
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|nothing|nobody|no one|none|cannot|dont|cant|wont|isnt|doesnt|didnt|"
    r"wasnt|arent|havent|shouldnt|wouldnt|couldnt)\b|n't\b"
)


def _granted(text: str) -> str | None:
    """What ``text`` (cleaned) says after a leading "No," that grants, closes or
    reassures (:data:`_NO_THAT_GRANTS`), where nothing after it refuses or argues for
    the way things are; else None."""
    found = _NO_THAT_GRANTS.match(text)
    if found is None:
        return None
    rest = text[found.end() :]
    if _NEGATION.search(rest) or _KEEPS_TO_IT.search(rest) or _argues(text):
        return None
    return rest


# The coach offering a way out of where the talk has gone, or asking leave ("We can step
# back out if you want.", "Is it okay to be here, or do you want to go back to the
# plan?", "Shall we leave it there for today?", "Do you mind if we stay with this?", "Is
# this getting too heavy?"): a "No" to it consents to go on. A bare stop, pause, break,
# step back or move on is the talk's only where the coach and client do it together, or
# the coach does ("Shall we stop?", "We can take a break.", "I can pause there."); asked
# of the client alone it may be the change itself ("So the smoking. Do you want to
# stop?", "Would you like to take a break this summer?", "You've been there eight years.
# Do you want to move on?"). Not a way out of a habit or a role ("Would you rather stop
# drinking?", "Do you want to take a break from the gym?", "Do you want to step back from
# the business?"), nor a plan made before ("Would you like to go back to the plan we
# made, the three nights off?"), nor what the client did ("Was that too much, too
# soon?"), nor leave for someone else ("Would you mind if your wife poured it away?").
_TALK_END = r"(?=[,.?!…]| if\b| or\b|$)"
_OFFERS_A_WAY_OUT = _rx(
    r"\b(?:do|would) you mind (?:if (?:i|we)|me)\b",
    # what only the talk can stop at, whoever is asked
    r"\b(?:we can|we could|i can|happy to|shall we|should we|(?:do|would) you (?:want|like|prefer|rather)|"
    r"want (?:me |us )?to|you'?d (?:rather|prefer)|or (?:would you rather|(?:do you )?want to))\b[^.?!]{0,30}?"
    r"\b(?:(?:stop|pause) (?:here|there|now|for (?:today|now|a (?:moment|minute|bit|second)))"
    rf"{_TALK_END}|take a (?:minute|moment)(?! from\b)|"
    r"leave (?:it|this|that) (?:there|for (?:now|today))|"
    r"park (?:it|this|that)\b|go back to (?:(?:the|our) (?:agenda|list|topic|question)|"
    r"(?:the|our) (?:plan|goal|practical|beginning|start)(?! (?:we|you|i) )|(?:what|where) we)\b|"
    rf"mov(?:e|ed) on to (?:something(?: else)?|the next|another (?:topic|thing|question)){_TALK_END}|"
    r"change (?:the subject|tack)|(?:talk about|go to) something else)",
    # a bare stop, pause, break, step back or move on, by the coach and client together
    # ("We could stop.", not "We could look at how you might stop.")
    r"\b(?:we can|we could|i can|i could|shall we|should we|let'?s|happy to|(?:do|would) you (?:want|like) (?:me|us) to|"
    r"(?:would you rather|you'?d rather|or) we)\b"
    r"(?: (?:just|also|always|easily|of course|maybe|perhaps|certainly|definitely|totally))*"
    rf" (?:(?:stop|pause)(?: (?:here|there|now|for (?:today|now|a (?:moment|minute|bit|second))))?{_TALK_END}|"
    r"take a (?:break|breather)(?! from\b)|step (?:back|out)(?! (?:from|of)\b)|"
    rf"mov(?:e|ed) on{_TALK_END})",
    r"\bis this (?:getting |becoming )?(?:a bit |a little )?too (?:much|heavy|intense|deep|fast)\b",
    r"\bis (?:it|that) (?:getting|becoming) (?:a bit |a little )?too (?:heavy|intense|deep|fast)\b",
)
# What consents after a leading "No" to such an offer ("No, it's fine. Keep going.", "No,
# it's okay.", "No, not at all.", "No, let's stay with it.").
_CONSENT = (
    rf"(?:{_GRANT}|(?:it'?s|it is|i'?m|i am|we'?re|we are) (?:totally |absolutely |completely |perfectly |"
    r"really |honestly )?(?:fine|okay|ok|alright|all right|good)|"
    r"(?:let'?s )?(?:keep going|go on|carry on|continue|stay (?:here|with (?:it|this|that)))|"
    r"not at all|i don'?t mind)\b"
)
_NO_THAT_CONSENTS = re.compile(
    r"^(?:(?:oh|ah|well|um+|uh+|hm+|mm+),? )*(?:no|nope)[,.!]? (?:(?:no|nope)[,.!]? )?"
    rf"{_CONSENT}(?:[,.!]? {_CONSENT})*"
)

# After the consent, the step or the change refused ("It won't work anyway.", "I don't
# want to stop.").
_REFUSES = re.compile(
    r"\b(?:won'?t|wouldn'?t|isn'?t going to|not going to|doesn'?t|don'?t) (?:really |even )?"
    r"(?:work|help|change|matter|make (?:a|any|much of a) difference|need to|"
    r"want to (?:change|stop|quit|cut|give up))\b|\bno point\b"
)


def _consents(text: str, question: str) -> str | None:
    """What ``text`` (cleaned) says after a leading "No" that consents
    (:data:`_NO_THAT_CONSENTS`) to go on where ``question`` (the coach's, cleaned) offers
    a way out of the talk or asks leave (:data:`_OFFERS_A_WAY_OUT`), and nothing after it
    keeps to the way things are or argues for it; else None. In answer to an offer, what
    the client goes on to say may deny things ("I haven't said that to anyone.") without
    refusing anything."""
    if _OFFERS_A_WAY_OUT.search(question) is None:
        return None
    found = _NO_THAT_CONSENTS.match(text)
    if found is None:
        return None
    rest = text[found.end() :]
    if (
        _KEEPS_TO_IT.search(rest)
        or _KEPT_AS_IT_IS.search(rest)
        or _REFUSES.search(rest)
        or _argues(text)
    ):
        return None
    return rest


# The client turning on the way things are, which the model, reading the negation, calls
# sustain talk: the old way's cost seen through a counterfactual ("If it was fine I
# wouldn't hide it, would I."), the pace that cannot go on ("I just can't keep doing it
# at this pace."), a barrier put down to themselves ("So maybe that's just in my head.").
# Not the new way that cannot go on ("I can't keep up the gym every day."), nor another's
# view ("He thinks it's all in my head."), and only where nothing after it argues back
# (:func:`_turns_on_the_old_way`).
# The doing that cannot go on: the way things are, not a step ("I can't keep training
# like this.", "I can't carry on saving at this rate.").
_OLD_WAY_VERB = (
    r"(?:doing|going|living|working|feeling|pretending|hiding|struggling|lying|covering|"
    r"drinking|smoking|spending|fighting|juggling|rushing)"
)
_OLD_WAY_REJECTED = _rx(
    r"\bif (?:it|this|that|things|everything|my \w+) (?:was|were)(?: really| actually| all| totally)? "
    r"(?:fine|okay|ok|alright|all right|normal|under control|not a problem|no problem|no big deal),? "
    r"i (?:wouldn'?t|would not|'d not)\b",
    rf"\bi (?:just |really |honestly |simply )?(?:can'?t|cannot|can not) (?:keep|carry on|go on|continue)"
    rf"(?: on)?(?: {_OLD_WAY_VERB})?(?: (?:it|this|that|things|on))? "
    r"(?:like (?:this|that)|at this (?:pace|rate)|this way|the way (?:it is|i am|things are)|"
    r"as (?:it is|i am|things are))\b",
    r"\b(?:maybe|probably|perhaps) (?:that'?s|it'?s|that is|it is|that was|it was) (?:just |all )in my head\b",
)
# What, after the old way is turned on, turns back ("I can't keep going like this, but
# I can't leave either.").
_BUT_AFTER = re.compile(r"\b(?:but|still|either way|anyway|even so|though)\b")

# What an excuse says: later, or not now ("next month's better", "it can wait"); not a
# thought that helps ("I'll look at the list and think, one thing at a time. I do that.").
_EXCUSE = (
    r"\b(?:next (?:week|month|time|year)|tomorrow|later|another (?:day|time)|busy|swamped|"
    r"can wait|not now|not today|too (?:tired|late|busy|much|early)|no point|"
    r"(?:doesn'?t|does not) matter|one more|just this once|(?:the|this) weekend|wait)\b"
)

# The client foretelling their own way out of the step ("I'll probably just put it
# off.", "I'll open the calendar and think, oh, she's busy this week, next week's
# better. I do that."): sustain talk, though its "I'll" reads to the model as a
# commitment, so it stands whatever the model's probability of sustain. Not a step taken
# to head it off ("I'll book it now, before I talk myself out of it.", "Friday. Before I
# talk myself out of it."), nor a fear of it ("I'm scared I'll bottle it."), nor an
# "I'll" that only sets out a habit without the excuse in it ("I'll go for a run when
# I'm stressed. I do that.").
_FORETOLD_AVOIDANCE = _rx(
    rf"\bi'?ll {_WAY_OUT}",
    # the excuse, then the habit owned at the very end
    r"\bi'?ll\b[^.?!…]{0,120}?\b(?:and|then) (?:i'?ll )?(?:think|tell myself|say to myself)\b"
    rf"(?=[^.?!…]{{0,160}}{_EXCUSE})[^.?!…]{{0,160}}[.!…]+\s*"
    r"(?:(?:and|yeah|honestly),? )*(?:i (?:always |just )?do that|that'?s what i (?:always )?do)[.!…]*$",
)

# The client's record of giving the change up, every time ("Every time I've tried to stop
# completely I last three days.", "Whenever I try to cut down I give in by Friday."): the
# model, reading the attempt, calls it change talk, so it stands whatever the model's
# probability of sustain. Only a short-lived attempt or a giving in: "every time I try to
# lose it, I end up gaining it back" is as often said of a problem the client wants to
# fix (AnnoMI's train transcripts code the one such line change talk).
_GAVE_UP_BEFORE = _rx(
    r"\b(?:every (?:single )?time|whenever|each time) i(?:'ve| have)? (?:tried|try|tries) "
    r"(?:to (?:\w+,? ){1,4}?)?(?:i )?(?:only |just |barely |never )?"
    r"(?:last(?:ed)?|manage(?:d)?|make it|made it) (?:about |maybe |like )?"
    r"(?:a|an|one|two|three|four|five|six|a few|a couple of|\d+) (?:days?|weeks?|hours?|nights?)\b"
    # (not how often the client keeps it up, "I make it two days a week", "five days in
    # a row", nor what an attempt gives, "I manage two hours of focused work")
    r"(?! (?:a|per|every|each|in a) (?:week|month|fortnight|row)\b| of\b)",
    r"\b(?:every (?:single )?time|whenever|each time) i(?:'ve| have)? (?:tried|try|tries) "
    r"(?:to (?:\w+,? ){1,4}?)?i (?:always |just |soon |eventually )?(?:give (?:up|in)|gave (?:up|in)|cave(?:d)?)\b",
)


# The coach asking how the session itself has gone or is going ("How was today's
# session for you?", "How is this conversation landing for you so far?", "How has it
# been working with me?", "Was there anything in today that didn't land for you?",
# "Is the pace all right for you?", "Is this okay, or is it getting too heavy?"); not a
# conversation the client has had or will have ("How did the conversation go?", "How
# did this conversation with your brother go?"), nor the client's day ("How has today
# been?").
_ASKING_IT = (
    r"(?:(?:and|so|okay|ok|also|finally|lastly|one more thing|before we finish|before we stop),? )*"
    r"(?:(?:was|is|were|has) there |(?:can|could) you think of |did you notice )?"
)
_ASKS_ABOUT_THE_SESSION = _rx(
    r"\bhow(?:'s| is| has| have| was| did| does) (?:(?:today'?s|this|our) (?:session|conversation|call|hour|coaching)|"
    r"the (?:session|coaching)|coaching|this way of (?:talking|working|looking)(?: (?:about|at) (?:it|this|that))?)"
    r"(?! with\b| about\b)(?: (?:together|so far|today|for you))*,? "
    r"(?:been|gone|go|felt|feel|going|landing|land|working|work|for you|compared)\b",
    r"\bhow (?:are you feeling|do you feel) about (?:today'?s|this|our) (?:session|conversation|call)\b",
    r"\bworking with me\b",
    r"\b(?:anything|something) (?:(?:in|about|from) )?(?:today |this session |the session )?(?:that )?"
    r"(?:didn'?t|did not|hasn'?t|has not) (?:land|work|help|sit right)\b",
    r"\b(?:want|like|need) me to do (?:anything |something )?differently\b",
    # what the coach did, asked as the coach's own question ("Was there anything I did that
    # got in the way?", "Anything I could have done differently?"); not what may get in
    # the way of a step ("What could get in the way?"), nor the client's own question put
    # back to them ("And you're left asking, was there anything I could have done
    # differently?", "Would you ask her: is there anything I could have done
    # differently?")
    rf"{_SENTENCE_START}{_ASKING_IT}(?:anything|something) (?:that )?i (?:did|said|do|say)(?: today)?,? "
    r"(?:that |which )?(?:got|gets|get|was getting|might have got) in (?:the|your) way\b",
    rf"{_SENTENCE_START}{_ASKING_IT}(?:anything|something) (?:that )?i could(?:'ve| have) (?:done|said) "
    r"(?:differently|better)\b",
    r"\b(?:did|have) i (?:push|pushed|go|gone) (?:a bit |a little )?too (?:hard|far)\b|\bthat i pushed (?:you )?too hard\b",
    r"\b(?:is|'s|was) the pace (?:all right|alright|ok|okay|right|good)\b",
    r"\bis this (?:still )?(?:okay|ok|all right|alright)(?: for you)?,? or (?:is it )?(?:getting |becoming )?"
    r"(?:a bit |a little )?too (?:heavy|much|intense|deep)\b",
)
# An answer that opens on a verdict of it ("Good. Uncomfortable in places.", "It's
# good.", "No, it was good.", "It's... strange. Good strange.", "Really good.
# Lighter.", or "No." to what did not land).
_SEP = r"[\s,.…!?-]+"
_VERDICT = re.compile(
    rf"^(?:(?:oh|ah|yeah|yes|honestly|really|actually|hm+|mm+|so|well|i think|i'?d say){_SEP})*+"
    rf"(?:(?:no|nope){_SEP}(?:(?:i think|honestly|really){_SEP})*+)?"
    rf"(?:(?:it|this|that|today)(?:'s| is| was|'s been| has been| felt| feels)?{_SEP})?"
    rf"(?:(?:really|very|so|quite|pretty|actually|genuinely|honestly|a bit|surprisingly|mostly|more|much){_SEP})*+"
    r"(?:good|great|useful|helpful|fine|okay|ok|alright|all right|different|strange|weird|odd|hard|tough|"
    r"uncomfortable|intense|interesting|valuable|lighter|brilliant|not bad|a lot|positive|challenging|"
    r"excellent|amazing|fantastic|lovely|nice|better|worth it)\b"
    rf"|^(?:(?:oh|um+|hm+|honestly){_SEP})*+(?:no|nope)[.!…]"
)

# The coach asking what the client takes from the session ("What are you taking away
# from today?", "What's one thing you're taking from today?"); not what they want from
# it ("What would you like to get out of today?"), nor another meeting ("What did you
# take from today's meeting?").
_ASKS_WHAT_IS_TAKEN = _rx(
    r"\b(?:take|taking|took) (?:away )?(?:from|out of) (?:today|this session|our (?:session|time|conversation)|the session)\b"
    r"(?!'s| with\b)",
    r"\bone thing from today\b(?!'s)",
)


# What the client takes from the session that keeps things as they are ("That the job
# isn't the problem. I'm staying put.", "That I don't need to do anything about it.").
_KEPT_AS_IT_IS = re.compile(
    r"\b(?:(?:isn'?t|is not|wasn'?t|was not|not) (?:really )?(?:the|a|my|much of a|that (?:much of )?a) "
    r"(?:problem|issue|big deal)|staying (?:put|where i am|as i am)|"
    r"(?:don'?t|do not|doesn'?t) (?:really |actually )?(?:need|have) to (?:do|change)|no need to|"
    r"(?:fine|ok|okay|alright) (?:as (?:it is|i am|things are)|the way (?:it is|i am|things are))|"
    r"nothing (?:needs|has) to change|not (?:ready|going) to)\b"
)


# The coach asking leave to offer something ("Would you be open to a suggestion?", "Can I
# share what others have found?", "Would it be useful if I told you something I
# noticed?"): an answer that only grants it ("Go for it.", "Sure, go ahead.", "Sure. I'll
# listen.") takes no side; its "go" and "I'll" are no step. Not the coach asking whether
# the client would try a step ("Would you like to try that?").
_ASKS_LEAVE = _rx(
    r"\b(?:can|could|may|might) i (?:share|offer|suggest|make a suggestion|give you|tell you|add|mention|"
    r"throw (?:in|out)|run something|name|point out|say (?:something|what)|reflect (?:something|back)|"
    r"be (?:honest|direct|blunt))\b",
    # (open to something offered, not to trying a step: "Would you be open to trying it
    # this week?")
    r"\b(?:would|do) you (?:be open to (?:hearing|me (?:sharing|offering|suggesting|telling)|"
    r"(?:a |an |some |one |my |a few |a couple of )?(?:\w+ )?(?:suggestion|idea|thought|observation|feedback|perspective|advice|tip)s?\b)|"
    r"mind if i|like (?:me to (?:share|suggest|tell|offer)|to hear|"
    r"some (?:ideas|suggestions|information|thoughts))|want (?:me to (?:share|suggest|tell|offer)|to hear))\b",
    r"\b(?:is it|would it be) (?:ok|okay|alright|all right|useful|helpful) (?:if i|for me to) "
    r"(?:do |just )?(?:share|offer|suggest|told|tell|shared|offered|suggested|made a suggestion|gave|give|mention|mentioned)\b",
    r"\bopen to (?:a |some |an )?(?:suggestion|idea|thought|observation|feedback)s?\b",
)
_GRANTS_LEAVE = re.compile(
    r"^(?:(?:yeah|yes|yep|sure|okay|ok|of course|absolutely|definitely|please|oh|um+|alright|all right|go on),? )*"
    r"(?:go (?:on|ahead|for it)|please(?: do| go ahead| go on)?|fire away|shoot|be my guest|by all means|"
    r"feel free|why not|i'?m all ears|i(?:'ll| will) listen|i'?m listening|"
    r"sure|yes|yeah|okay|ok|absolutely|of course|definitely)"
    r"(?:,? (?:then|please|yeah|sure|by all means))*"
    # (the coach teased for asking: "Go on, you're going to anyway.")
    r"(?:,? you(?:'re| are) going to (?:anyway|regardless)|,? you(?:'ll| will) (?:anyway|regardless))?[\s.!…]*$"
)


def _grants_leave(text: str, question: str) -> bool:
    """Whether ``text`` (cleaned) only grants the leave ``question`` (the coach's,
    cleaned) asks to offer something (:data:`_ASKS_LEAVE`)."""
    if _ASKS_LEAVE.search(question) is None:
        return False
    sentences = _substantive(text)
    return bool(sentences) and all(_GRANTS_LEAVE.match(s) for s in sentences)


# The coach asking what the client will do ("What would a director do differently,
# starting this week?", "What's one step you could take?", "What would you like to carry
# with you into Monday?"), and the client's answer naming a step bare, as an item of a
# list ("Hand it to Ravi. Properly.", "Curious not defensive. And book Greta."): the
# model reads the fragments as neutral, or the words around them as sustain talk; a
# step named in answer to that question is the client's plan. Not a question back
# ("Call him?"), and not where the client argues for the way things are.
_ASKS_FOR_A_STEP = _rx(
    # (a role the client takes up, "that kind of director", "your best self"; not someone
    # in the client's life, "What would your manager do?", whose doing is no plan of theirs)
    r"\bwhat (?:would|will|could|might|can) (?:you|(?:a|that|this|such a) (?:\w+ ){0,3}?\w+|"
    r"your (?:best|future|wiser|older|younger|braver|calmer|ideal|confident) self) "
    r"(?:do|try|change|carry|take)\b",
    r"\bwhat are you (?:going to|gonna) (?:do|try|change)\b",
    r"\bwhat(?:'s| is) (?:your|the|one) (?:first |next |one )?(?:step|plan|thing you(?:'ll| will| could| can| want to))\b",
    r"\bwhat would you like to (?:do|try|carry|take)\b",
)
_STEP_LISTED = re.compile(
    rf"{_SENTENCE_START}(?:(?:and|then|and then|first|second|next|also|plus|so),? )*"
    r"(?:hand|book|call|ring|phone|text|email|message|tell|ask|send|let (?:him|her|them) (?:own|take|run|lead|do)|"
    r"delegate|write|block out|set up|sign up|talk to|speak to|lower|schedule|arrange|pass|share|"
    r"check in with) (?!me\b|you\b|us\b|on (?:that|this)\b)(?:it|him|her|them|my|the|a|an|\w+)\b[^.?!…]*(?:[.!…]|$)"
)


def _lists_steps(text: str, question: str) -> bool:
    """Whether ``text`` (cleaned) names a step bare (:data:`_STEP_LISTED`) in answer to
    ``question`` (the coach's, cleaned) asking what the client will do
    (:data:`_ASKS_FOR_A_STEP`), with no sustain talk of theirs in it."""
    return (
        _ASKS_FOR_A_STEP.search(question) is not None
        and _STEP_LISTED.search(text) is not None
        and not _argues(text)
    )


# A lapse made light of, then the change taken up again ("That one night isn't failing.
# I can just pick it back up the next week.", "One slip doesn't mean I've failed. I'll
# start again on Monday."): the model, reading the failing, calls it sustain talk; it
# plans for the change. Not a way back to the old way ("I can always pick the habit
# back up.", "I can just carry on as normal."), the change put off ("I can always try
# again next year.") nor a lapse alone ("One night isn't failing.").
_LAPSE_MADE_LIGHT = _rx(
    r"\b(?:isn'?t|is not|wasn'?t|was not|doesn'?t (?:mean|make (?:it|me))|does not (?:mean|make (?:it|me))|not)"
    r"(?: (?:really|necessarily))? (?:a |the )?(?:fail(?:ing|ure|ed)?|i(?:'ve| have) failed|the end of the world|"
    r"a disaster|giving up)\b",
)
_TAKEN_UP_AGAIN = _rx(
    r"\bi(?: can| could| will|'ll| just) (?:just |always |simply )?(?:pick (?:it|things) (?:back )?up|"
    r"get back on (?:track|it|the wagon)|start (?:again|over)|try again|go again|carry on(?! as (?:normal|usual|before)\b))\b"
    # (not put off: "I can always try again next year.", "I'll start again at some point.")
    r"(?![^.?!]*\b(?:next (?:year|month)|some ?day|one day|at some point|sometime|some time|later|eventually|"
    r"in the new year|when things (?:calm|settle|quiet)|when i(?:'m| am) ready|maybe)\b)",
)


def _resumes_after_lapse(text: str) -> bool:
    """Whether ``text`` (cleaned) makes a lapse light (:data:`_LAPSE_MADE_LIGHT`) and
    then takes the change up again in the client's own voice (:data:`_TAKEN_UP_AGAIN`),
    with no sustain talk of theirs in it."""
    lapse = _LAPSE_MADE_LIGHT.search(text)
    if lapse is None or _argues(text):
        return False
    return any(
        _own_voice(text, found.start(), found.end(), after=False)
        for found in _TAKEN_UP_AGAIN.finditer(text, lapse.end())
    )


# Below this probability of sustain talk the model is taken to know better than a cue
# (a cue about a habit the client wants to break can argue for the change).
SUSTAIN_FLOOR = 0.05

# Where the client says more after a "No" that consents to go on ("No, it's fine. I
# like my wine, that's all there is to it."), the model's reading of sustain at or above
# this is taken to rest on what they say, not on the "No"; below it, on the "No".
CONSENT_SUSTAIN_CEILING = 0.5


def client_code(
    text: str,
    talk_type: str,
    sustain: float = 1.0,
    otherwise: str = "neutral",
    asked: str = "",
) -> str:
    """The model's talk type, turned to sustain where the client ends on sustain talk in
    their own words (:data:`_SUSTAIN_TALK`, with no change talk after it) and the
    model's probability of sustain, ``sustain``, is at least :data:`SUSTAIN_FLOOR`
    (1.0: the cues alone decide), or foretells their own way out of the step
    (:func:`_foretells_avoidance`) or tells their record of giving it up
    (:func:`_gave_up_before`), whatever ``sustain``; to change where the client
    commits; and change to neutral where the client only reports another's voice, only
    hedges ("Maybe.", "I'll think about it.") or only says nothing was done ("None of
    it, really.").

    Sustain where the client sees through their own position (:func:`_sees_through`)
    and argues nothing for it becomes change where they commit, else ``otherwise``:
    the model's likelier reading of change and neutral; where they turn on the way
    things are (:func:`_turns_on_the_old_way`) it becomes change. Sustain where a
    leading "No," only grants, closes or reassures (:func:`_granted`) becomes neutral,
    or ``otherwise`` where the client says more after it.

    Sustain where the client ends on a commitment after a "but" ("I'll hate it. But
    I'll shut up."; :func:`_commits_after_all`) becomes change.

    ``asked``: what the coach said last before it (empty: unknown). A verdict on the
    session asked for (:func:`_judges_the_session`) is neutral, and what the client
    takes from the session (:data:`_ASKS_WHAT_IS_TAKEN`) is sustain talk only where a
    cue says so. Sustain where a leading "No" consents to go on after the coach offers a
    way out of the talk (:func:`_consents`) becomes neutral, or ``otherwise`` where the
    client says more and ``sustain`` is below :data:`CONSENT_SUSTAIN_CEILING`; neutral
    that names the day the coach asked for (:func:`_sets_the_day`) becomes change, and
    a bare no to whether the client will take a step (:func:`_declines_the_step`) and a
    bare yes to whether they would miss the way things are (:func:`_would_miss_it`)
    become sustain, and change that only names what might stand in the way, as the
    coach asked (:func:`_names_the_obstacle`), becomes neutral, and neutral that tells the
    past success the coach asked for (:func:`_tells_a_success`) becomes change.
    An answer that only grants the leave the coach asks to offer something
    (:func:`_grants_leave`) is neutral; steps named bare in answer to what the client
    will do (:func:`_lists_steps`), and a lapse made light of with the change taken up
    again (:func:`_resumes_after_lapse`, over the model's sustain), are change."""
    cleaned = _clean(text)
    question = _clean(asked) if asked else ""
    if talk_type != "neutral" and question and _judges_the_session(cleaned, question):
        return "neutral"
    if question and _grants_leave(cleaned, question):
        return "neutral"
    if talk_type == "change" and question and _rates_bare(cleaned, question):
        return "neutral"
    if talk_type != "neutral" and question and _nothing_else(cleaned, question):
        return "neutral"
    if talk_type != "neutral" and _only_relief(cleaned):
        return "neutral"
    if talk_type != "sustain" and _ability_taken_back(cleaned):
        return "sustain"
    if talk_type == "sustain" and _rejects_the_excuse(cleaned):
        return "change"
    if talk_type != "change" and question and _lists_steps(cleaned, question):
        return "change"
    if talk_type != "sustain" and (_foretells_avoidance(cleaned) or _gave_up_before(cleaned)):
        return "sustain"
    if talk_type == "sustain" and _resumes_after_lapse(cleaned):
        return "change"
    if talk_type == "sustain" and not _argues(cleaned):
        if _sees_through(cleaned) or (
            question and _ASKS_WHAT_IS_TAKEN.search(question) and not _KEPT_AS_IT_IS.search(cleaned)
        ):
            return "change" if _change_talk(cleaned) else otherwise
        if _turns_on_the_old_way(cleaned):
            return "change"
    if talk_type == "sustain" and (rest := _granted(cleaned)) is not None:
        said = [s for s in _sentences(rest) if not _GRANT_TAIL.match(s)]
        return otherwise if said else "neutral"
    if talk_type == "sustain" and question and (rest := _consents(cleaned, question)) is not None:
        if not [s for s in _sentences(rest) if not _GRANT_TAIL.match(s)]:
            return "neutral"
        if sustain < CONSENT_SUSTAIN_CEILING:
            return otherwise
    if talk_type == "sustain" and _commits_after_all(cleaned):
        return "change"
    if talk_type != "sustain" and sustain >= SUSTAIN_FLOOR and _ends_on_sustain(cleaned):
        return "sustain"
    if talk_type == "neutral" and question and _sets_the_day(cleaned, question):
        return "change"
    if (
        talk_type != "sustain"
        and question
        and (_declines_the_step(cleaned, question) or _would_miss_it(cleaned, question))
    ):
        return "sustain"
    if talk_type == "change" and question and _names_the_obstacle(cleaned, question):
        return "neutral"
    if talk_type == "neutral" and question and _tells_a_success(cleaned, question):
        return "change"
    if (
        talk_type == "neutral"
        and (step := _change_talk(cleaned))
        and not (question and _ARRANGES.search(question) and _TAKEN_UP.search(step.group()))
    ):
        return "change"
    if talk_type == "change" and (_only_another_voice(cleaned) or _commits_to_nothing(cleaned)):
        return "neutral"
    return talk_type


# After a verdict, words that reach past the session: what it made the client see or
# decide, what they want or are ready for, or that nothing will change ("Really useful.
# It's made me see I'm ready to leave.", "Fine. But nothing's going to change.").
_BEYOND_THE_SESSION = re.compile(
    r"\b(?:(?:made|makes|making|helped|helps) me (?:see|realise|realize|think|decide|want)|"
    r"i'?ve (?:decided|realised|realized|made up my mind)|i (?:decided|realised|realized)|"
    r"i'?m (?:ready|determined|applying|leaving|quitting|starting|stopping)|i (?:really )?want\b|"
    r"nothing(?:'s| is)? (?:going to|gonna|will|ever) change|(?:won'?t|will not|never) (?:change|listen)|"
    r"no point|not going to|what'?s the point)"
)


# The coach asking about arrangements, whose "I can do that." takes up no step ("Can we
# move next week's session to Thursday?", "Could you send me the form before Friday?").
_ARRANGES = re.compile(
    r"\b(?:(?:next|our|the|this|that|a|week'?s) (?:session|appointment|meeting|slot)|reschedul\w*|"
    r"the (?:form|questionnaire|invoice|notes|link)|fill (?:in|out)|sign (?:it|this|the)|"
    r"send (?:me|it|that|them)|email me|zoom|video|camera|time (?:work|suit)s?)\b"
)
# The change talk found is the taking up of a step ("I can do that.").
_TAKEN_UP = re.compile(r"\b(?:do|try|manage) that\b")

# The coach asking when the client will take the step ("When will you send it?", "Which
# day will you ring him?", "When's that going to happen?", "You should put a date on
# it."): a day named in answer (:data:`_NAMES_A_DAY`) sets one, which is change talk (in
# the coaching dev sessions every such answer is). Not a question of habit or of fact
# ("When do you usually drink?", "When will you know the results?", "When's your next
# one-to-one?"), nor arrangements with the coach (:data:`_WITH_THE_COACH`).
_ASKS_WHEN = _rx(
    r"\b(?:when|which day|what day|what time)\b[^.?!]{0,40}?\b(?:(?:will|could|can|shall) (?:you|we)|"
    r"are you (?:going to|gonna|planning|thinking of|hoping)|would you (?:like|want|be able) to|"
    r"do you think you(?:'?ll| will|'?re going to|'?re gonna))\b"
    r"(?! (?:usually|normally|typically|generally|often|know|hear|find out|get|be|have)\b)",
    r"\bwhen(?:'s| is| does| will| would) (?:that|it|this)\b[^.?!]{0,30}?\b(?:going to|gonna|get done|happen)\b",
    r"\b(?:put|set|pick|choose) a (?:date|day|time|deadline)\b",
    r"\bby when\b",
    # the coach's whole line a bare "When?", or a time offered as a question ("Before the
    # weekend?", "By Friday?"), after a step is named
    r"^(?:(?:and|so|okay|ok|right|great),? )*(?:when|when,? then|and when)\?$",
    r"^(?:(?:and|so|okay|ok|right|great),? )*(?:before|by) (?:the weekend|the end of (?:the|this|next) week|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\?$",
)
_WITH_THE_COACH = re.compile(
    r"\b(?:(?:next|our|the|this|that|a|week'?s) (?:session|appointment|slot)|(?:next|our) (?:call|meeting)|"
    r"reschedul\w*|we (?:meet|speak|talk)|(?:see|meet) (?:me|each other|you) again)\b"
)
# An answer that opens on a day, said as the answer: alone in its clause, or with the
# time of day or what it comes before or after ("Thursday.", "Yeah. Thursday. Team
# stand-up is Thursday.", "Probably by the end of this week.", "Tomorrow morning, before
# work.", "Saturday. After football.", "Sunday night, probably."). Not a day that opens
# a sentence about it ("Monday's no good.", "Tomorrow he's away.", "Saturday used to
# work, before the baby.", "Next week is review week for everyone.").
_NAMES_A_DAY = re.compile(
    r"^(?:(?:yeah|yes|yep|okay|ok|so|um+|uh+|well|right|sure|mm+|hm+|probably|maybe|i think|i guess|"
    r"i'?d say)[,.!]? )*"
    r"(?:on |by |this |next |first thing )?(?:(?:the )?end of (?:the|this|next) week|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|this (?:week|weekend|afternoon|"
    r"evening|morning)|next week)\b"
    r"(?: (?:morning|afternoon|evening|night|lunchtime|first thing))?"
    r"(?=[,.!…;?]|$| (?:first thing|after|before|at|when|once|then|and|straight)\b)"
)
# A day offered as a question with what it waits for after it ("Wednesday? After the
# release is out."): the question mark there asks nothing back (:data:`_DAY_DOUBTED`).
_DAY_OFFERED = re.compile(r"\?(?= (?:after|before|once|first thing|straight after)\b)")
# After the day, a doubt, a condition, a question back, a vague time or another's word
# ("Thursday, but I doubt it.", "Friday? No, I've got the board.", "Monday. Or Tuesday.
# Whenever, honestly.", "Friday, supposedly.", "Monday, we'll see.", "Tomorrow. Famous
# last words.", "Thursday, she says.").
_DAY_DOUBTED = re.compile(
    r"\?|\b(?:but|unless|if|doubt|not sure|don'?t know|no idea|might not|probably not|can'?t|won'?t|"
    r"never|no way|no chance|whenever|sometime|some time|at some point|one of these days|in theory|"
    r"supposedly|allegedly|famous last words|we'?ll see|i'?ll see|joking|kidding|or not|"
    r"(?:he|she|they) (?:says|said|reckons|wants)|(?:says|said) (?:he|she|they))\b"
)


# The coach asking when the client will go back to the habit they are changing ("When
# will you go back to the pub?", "When are you going to start drinking again?", "When
# will you have your next cigarette?"): a day named in answer sets no step of change.
# Not a step taken up again ("When will you go back to the gym?", "start running again").
_THE_HABIT = (
    r"(?:drinking|smoking|vaping|gambling|betting|using|"
    r"(?:(?:the|a|another|your next|the next|your first|a quick) )?(?:pub|bar|bottle|booze|casino|bookies|"
    r"drink|pint|cigarette|smoke|fag|joint|bet|vape|takeaway)s?)"
)
_HABIT_NAMED = re.compile(rf"\b{_THE_HABIT}\b")
_BACK_TO_THE_HABIT = re.compile(
    rf"\b(?:(?:go|going|get|getting|head|heading) back (?:to|on) {_THE_HABIT}|"
    rf"(?:start|starting|begin|take up|pick up) {_THE_HABIT}(?: up)? again|"
    rf"(?:have|having) {_THE_HABIT})\b"
)


def _sets_the_day(text: str, question: str) -> bool:
    """Whether ``text`` (cleaned) names the day (:data:`_NAMES_A_DAY`) the coach asked
    for in ``question`` (cleaned; :data:`_ASKS_WHEN`), with no doubt, condition or
    question in it (:data:`_DAY_DOUBTED`; a day offered as a question, :data:`_DAY_OFFERED`,
    asks none) and no sustain talk, where the question is
    not about going back to the habit (:data:`_BACK_TO_THE_HABIT`)."""
    return (
        _ASKS_WHEN.search(question) is not None
        and _WITH_THE_COACH.search(question) is None
        and (day := _NAMES_A_DAY.match(text)) is not None
        and _DAY_DOUBTED.search(text, day.end() + bool(_DAY_OFFERED.match(text, day.end()))) is None
        and _BACK_TO_THE_HABIT.search(question) is None
        and not _argues(text)
    )


# The coach asking whether the client will take a step ("Are you going to talk to her
# this week?", "Will you ring him?", "Could you ask for the day off?"), and the client
# answering with a bare no ("Probably not. Not yet.", "No.", "I doubt it."): the step
# declined, which is sustain talk. Not a step away from the habit they are changing ("Are
# you going to have a drink tonight?" "No.", :data:`_THE_HABIT`), nor a no with more
# said after it, which says which way it goes ("No, I'll do it Monday.").
_ASKS_WILL_YOU = re.compile(
    r"\b(?:are you (?:going to|gonna)|will you|do you think you(?:'ll| will| could| can)|"
    r"would you be able to|could you|can you)\b(?: (?:actually|really|still|definitely|maybe|just))?"
    r"(?! \w+ (?:me|us)\b) (?:talk to|speak to|tell|ask|call|ring|phone|email|text|message|send|book|apply|sign up|"
    r"bring (?:it|this|that) up|raise (?:it|this|that)|have (?:that|the|this) (?:conversation|chat|talk)|"
    r"contact|reach out|write|set up|put in)\b"
)
_ONLY_NO = re.compile(
    r"^(?:(?:um+|uh+|well|honestly|hm+|mm+|ha|oh|i mean)[,.]? )*"
    r"(?:no|nope|probably not|not yet|not really|i doubt it|i don'?t think so|unlikely|not this week|not now)"
    r"(?:[,.!…]* (?:no|nope|probably not|not yet|not really|i doubt it|i don'?t think so|not this week|"
    r"not now|honestly|to be honest|really))*[\s.!…]*$"
)


def _declines_the_step(text: str, question: str) -> bool:
    """Whether ``text`` (cleaned) only says no (:data:`_ONLY_NO`) to ``question`` (the
    coach's, cleaned) asking whether the client will take a step
    (:data:`_ASKS_WILL_YOU`) that is no step back to the habit (:data:`_THE_HABIT`)."""
    return (
        _ONLY_NO.match(text) is not None
        and _ASKS_WILL_YOU.search(question) is not None
        and _HABIT_NAMED.search(question) is None
    )


# The coach asking what might stand in the way of the step ("What might get in the way?",
# "What could stop you?", "What could go wrong?"), and the client naming it ("Me. Me
# cancelling it.", "Honestly, me chickening out."): the obstacle is what was asked for,
# and names no side; in AnnoMI's train transcripts such an answer ("Not going to bed on
# time.") is neutral. Not an answer that there is none ("Nothing. I can't think of
# anything."), which says the way is clear.
_ASKS_WHAT_STOPS = re.compile(
    r"\bwhat (?:might|could|would|will|is likely to|'s likely to) (?:get in the way|stop you|trip you up|derail|"
    r"go wrong|make (?:it|that|this) (?:hard|harder|difficult))\b"
)
_NOTHING_STOPS = re.compile(
    r"^(?:(?:um+|uh+|well|honestly|hm+|oh),? )*(?:nothing|none|no ?one|nobody|i can'?t think of (?:any|anything))\b"
)


def _names_the_obstacle(text: str, question: str) -> bool:
    """Whether ``text`` (cleaned) names what might stand in the way, as ``question``
    (the coach's, cleaned) asked (:data:`_ASKS_WHAT_STOPS`), with no commitment in it and
    without saying there is nothing (:data:`_NOTHING_STOPS`)."""
    return (
        _ASKS_WHAT_STOPS.search(question) is not None
        and _NOTHING_STOPS.match(text) is None
        and _change_talk(text) is None
    )


# The coach asking whether the client would miss the way things are ("Do you think you'd
# miss it?", "Would you miss coding?", "Will you miss the pub?"), and the client saying
# yes, bare ("Yes. Definitely.", "I would, yeah."): what the change would cost, which is
# sustain talk (in AnnoMI's train transcripts the one answer to such a question is).
_ASKS_WOULD_MISS = re.compile(
    r"\b(?:would|will|won'?t|wouldn'?t) you (?:\w+ )?miss\b|\bdo you think you(?:'d| would|'ll| will) (?:\w+ )?miss\b"
)
_ONLY_YES = re.compile(
    r"^(?:(?:um+|uh+|well|oh|hm+|honestly|god|gosh),? )*(?:yes|yeah|yep|definitely|absolutely|totally|"
    r"of course|i would|i will|i think so|probably|massively|so much)"
    r"(?:[,.!…]* (?:yes|yeah|definitely|absolutely|totally|of course|i would|i will|i think so|probably|"
    r"massively|so much|honestly|really|a lot))*[\s.!…]*$"
)


def _would_miss_it(text: str, question: str) -> bool:
    """Whether ``text`` (cleaned) only says yes (:data:`_ONLY_YES`) to ``question`` (the
    coach's, cleaned) asking whether the client would miss the way things are
    (:data:`_ASKS_WOULD_MISS`)."""
    return _ONLY_YES.match(text) is not None and _ASKS_WOULD_MISS.search(question) is not None


# The coach asking for a past success ("What did you do there that worked?", "When have
# you said no to her and it went OK?", "What's worked before?"), and the client telling
# it ("I went in curious. I said what I'd seen."): ability shown, which is change talk.
# Not an answer that there was none ("Nothing, really.", "I can't remember.",
# :data:`_NO_SUCCESS`), nor one that argues against the change.
_ASKS_FOR_A_SUCCESS = _rx(
    r"\bwhat did you do (?:there |then |that time |differently )?that (?:worked|helped)\b",
    r"\bwhen have you (?:ever )?[^.?!]{0,80}?\band it (?:went|worked|turned out) (?:ok|okay|well|alright|all right|fine)\b",
    r"\bwhat(?:'s| has) worked (?:for you )?(?:before|in the past)\b",
)
_NO_SUCCESS = re.compile(
    r"^(?:(?:um+|uh+|well|honestly|hm+|oh|gosh),? )*(?:no\b|nothing|none|never|not (?:really|much|that i)|"
    r"i (?:don'?t|can'?t|do not|cannot) (?:really |honestly )?(?:know|think|remember|recall)|i haven'?t|"
    r"i'?m not sure)|\b(?:didn'?t|never|doesn'?t|wasn'?t|hasn'?t) (?:really )?(?:work|help)|"
    r"\bnothing (?:has |ever |really )?(?:worked|helped)"
)


def _tells_a_success(text: str, question: str) -> bool:
    """Whether ``text`` (cleaned) tells the past success ``question`` (the coach's,
    cleaned) asked for (:data:`_ASKS_FOR_A_SUCCESS`), without saying there was none
    (:data:`_NO_SUCCESS`) or arguing against the change."""
    return (
        _ASKS_FOR_A_SUCCESS.search(question) is not None
        and _NO_SUCCESS.search(text) is None
        and _SELF.search(text) is not None
        and not _argues(text)
    )


# A commitment after the last "but", where the client ends on it ("I'll hate it. But
# I'll shut up.", "It'll be awkward, but I'm going to ask her."): an ambivalent client
# takes the side they end on, as :func:`_ends_on_sustain` reads it the other way. In
# AnnoMI's train transcripts a commitment or a wish after "but" is change talk 9 times
# in 12 and sustain talk in none. Not the old way kept ("but I'll still go to the pub",
# "but I'll keep doing it my way"), nor a refusal ("but I'll never manage it"), nor a
# way out (:data:`_CHANGE_TALK` has none), nor a question, nor the step put off ("but
# I'll deal with it later", "but I'll do it next year", "at some point", "another time").
_BUT = re.compile(r"\bbut\b")
_AFTER_BUT = re.compile(r",? ")
_KEPT_ON = re.compile(
    r"\b(?:still|keep|keeps|keeping|carry on|stay|staying|never|not|the same|my (?:own )?way|"
    r"as (?:i am|it is|usual)|wait|leave it|when i'?m ready|in my own time|when i feel like it|"
    r"one day|some ?day|eventually|at some point|later(?! (?:today|tonight|this (?:week|morning|afternoon|evening)))|"
    r"another (?:time|day)|some (?:other )?time|sometime|one of these days|next (?:month|year)|one (?:more|last))\b|n'?t\b"
)
_WILL = re.compile(r"i'?ll|i will|i'?m going to|i am going to|i'?m gonna")
# What, after an "I'll" or "I'm going to" (:data:`_WILL`), foretells rather than
# commits: what will happen to the client, or what they will do instead of the step
# ("but I'll probably cave", "but I'll just end up drinking more", "but I'll be fine",
# "but I'm going to need a drink after that", "but I will miss it", "but I'll lose my
# friends", "but I'll live", "but I'll decide that myself", "but I'll go mad without
# it"); not a step that shares its words ("but I'll be more careful", "but I'll put on
# my trainers", "but I'll regret it if I don't").
_FORETOLD = re.compile(
    r"(?: (?:probably|likely|most likely|just|only|also|definitely|always|still))*"
    r" (?:probably|likely|end up|need (?!to\b)|miss|hate|live(?=[,.!…;]|$| with it)|cave|crack|fail|slip|give in|decide|"
    r"be (?:fine|okay|ok|alright|all right|grand|bored|miserable|grumpy|stressed|lonely|unbearable|"
    r"a nightmare|(?:just )?the odd one out|back (?:on|at|to))|"
    r"get (?:fat|bored|stressed|angry|grumpy|ill|sick|lonely|worse|cravings|withdrawals?|irritable|"
    r"anxious|depressed|hungry|fed up)|gain (?:weight|a stone|pounds)|put (?:on weight|weight on)|"
    r"lose (?:my (?:friends|mates|job|mind|temper|social life)|all my|them|friends|it)|"
    r"go (?:mad|crazy|nuts|insane|spare|stir crazy)|go back to (?:my|the) (?:old|usual)|"
    r"cross (?:that|this|the) bridge|regret it(?! if\b)|do (?:what|whatever) i (?:want|like))\b"
)


def _after_last_but(text: str) -> re.Match[str] | None:
    """The comma and space after the last "but" of ``text``, where they follow it: found
    in one pass, as a lookahead for a later "but" would read the rest of the text again
    from each one."""
    last = None
    for found in _BUT.finditer(text):
        last = found
    return None if last is None else _AFTER_BUT.match(text, last.end())


def _commits_after_all(text: str) -> bool:
    """Whether ``text`` (cleaned) ends on a commitment in the client's own voice just
    after its last "but" (:func:`_change_talk`), that keeps to nothing of the old way in
    its sentence (:data:`_KEPT_ON`) and has no sustain talk after it."""
    but = _after_last_but(text)
    if but is None:
        return False
    step = _change_talk(text, but.end())
    if step is None or step.start() != but.end():
        return False
    if _WILL.match(step.group()) and _FORETOLD.match(text, step.end()):
        return False
    stop = _STOP.search(text, step.end())
    return (
        _KEPT_ON.search(text, but.end(), stop.start() if stop else len(text)) is None
        and _own_voice(text, step.start(), step.end())
        and not any(
            _own_argument(text, cue.start(), cue.end())
            for cue in _SUSTAIN_TALK.finditer(text, but.end())
        )
    )


# The coach asking for a rating on a scale ("On a scale of nought to ten, how important
# is it...?", "How confident are you, on the same scale?", "What number would you
# give it?"): a ruler question.
_ASKS_A_RATING = _rx(
    r"\bscale\b",
    r"\b(?:nought|naught|zero|one|0|1) to (?:ten|10)\b",
    r"\bout of (?:ten|10)\b",
    r"\bwhat number\b",
)
# An answer that only gives a low number on it, hedged or taken again ("Like a four?
# Maybe a four.", "Four or five.", "Oh. That's lower."): in AnnoMI a bare rating of five
# or below is neutral; a higher one is read either way, and a rating with reasons is not
# bare.
_NUMBER = rf"(?:{_number_words(9)}|[1-9])(?: and a half|\.5)?"
_LOW = re.compile(rf"\b(?:{_NOUGHT}|{_number_words(5)}|[0-5])\b")
_ANY_NUMBER = re.compile(rf"\b(?:{_NOUGHT}|{_number_words(10)}|\d+)\b")
_BARE_RATING = re.compile(
    r"^(?:(?:oh|well|honestly|probably|maybe|perhaps|i'?d say|i would say|i think|i guess|about|"
    r"around|like|so|i'?m at|i'?m|it'?s|a solid|right now),? )*(?:an? )?"
    rf"{_NUMBER}(?:,? (?:or|to|maybe|,) (?:an? )?{_NUMBER})?(?: out of (?:ten|10)|/10)?"
    r"(?:,? (?:probably|maybe|i guess|i think|i'?d say))?[\s.!?…]*$"
)
_RATING_REMARK = re.compile(
    r"^(?:oh,? )?(?:that'?s|it'?s) (?:a bit |a lot |much )?(?:lower|higher|less|more|harder|trickier)[\s.!?…]*$"
)


def _rates_bare(text: str, question: str) -> bool:
    """Whether ``text`` (cleaned) only gives a number (:data:`_BARE_RATING`), the first
    of them five or below (:data:`_LOW`), in answer to ``question`` (the coach's,
    cleaned) asking for a rating on a scale (:data:`_ASKS_A_RATING`): no reasons for
    it, so no side taken."""
    if _ASKS_A_RATING.search(question) is None:
        return False
    first = _ANY_NUMBER.search(text)
    if first is None or not _LOW.fullmatch(first.group()):
        return False
    sentences = _substantive(text)
    return any(_BARE_RATING.match(s) for s in sentences) and all(
        _BARE_RATING.match(s) or _RATING_REMARK.match(s) for s in sentences
    )


# What the client feels now, lighter or calmer, said alone or with thanks ("Yeah, I feel
# a bit lighter actually.", "Thank you. I feel more calm now.", "I feel calmer."): a
# feeling with no side to it, neither a reason to change nor one to stay. Not "better",
# which AnnoMI often reads as what a change has done for the client.
_RELIEF = re.compile(
    r"^(?:(?:yeah|yes|well|oh|honestly|actually|and),? )*(?:i (?:feel|felt)|i'?m feeling|feeling|that feels) "
    r"(?:(?:a (?:bit|little|lot)|a little bit|so much|much|quite|somehow|kind of|sort of|more|less|really),? )*"
    r"(?:lighter|calmer|calm|relieved|clearer|more settled|settled|less (?:stressed|anxious|heavy|tense|worried)|"
    r"more relaxed|relaxed)"
    r"(?:,? (?:now|actually|already|honestly|to be honest|than (?:before|when i (?:came|walked) in)|"
    r"(?:after|for) (?:that|this|talking(?: about it)?|saying it(?: out loud)?)))*[\s.!…]*$"
)
_THANKS = re.compile(r"^(?:thank you|thanks)(?: so much| very much)?(?:,? \w+)?[\s.!…]*$")


def _only_relief(text: str) -> bool:
    """Whether ``text`` (cleaned) only tells the relief or calm the client feels now
    (:data:`_RELIEF`), with at most acknowledgements and thanks besides."""
    sentences = [s for s in _substantive(text) if not _THANKS.match(s)]
    return bool(sentences) and all(_RELIEF.match(s) for s in sentences)


# Ability said bare, then taken back by what stands in the way ("I could. I could try.
# It's just, my sister's wedding is Saturday so this week's a bit mad.", "I know I can,
# but it's really difficult.", "I could, but that could backfire on me."): the client
# ends on the reason not to. Not ability said with more in it ("I could do it pretty
# easy. It's just...") and not where a step follows the obstacle.
_BARE_ABILITY = (
    r"(?:(?:yeah|yes|well|i mean|i guess|i suppose|i think|maybe|probably|i know|and),? )*"
    r"i (?:could|can|might)(?: probably| maybe| possibly)?"
    r"(?: (?:try|do (?:it|that)|manage (?:it|that)|give it a (?:go|try|shot)|try (?:it|that)))?"
    r"(?:,? (?:i guess|i suppose|maybe|probably|in theory|i think))?"
)
_ABILITY_TAKEN_BACK = re.compile(
    rf"^(?:{_BARE_ABILITY}[.,!…]? )+"
    # (an obstacle after "it's just", not the step made small: "It's just a phone call.")
    r"(?:(?:but|only|except|the (?:only )?(?:thing|problem|trouble|issue) is)\b,?|"
    r"(?:it'?s just|it'?s only)(?:,|\s*[-–—]| that\b))"
)


def _ability_taken_back(text: str) -> bool:
    """Whether ``text`` (cleaned) says only that the client could, then what stands in
    the way (:data:`_ABILITY_TAKEN_BACK`), at least a few words of it and no limit set
    on the step, and no step after."""
    found = _ABILITY_TAKEN_BACK.match(text)
    if found is None:
        return False
    rest = text[found.end() :].split()
    # (a limit set on the step is no obstacle to it: "I can do that, but not every week.")
    if len(rest) < 3 or rest[0] in ("not", "only"):
        return False
    return _change_talk(text, found.end()) is None


# A leading "No" that rejects the client's own excuse, then the step taken up ("Then
# I'll get wet. No, honestly, I'll just go.", "It might be busy. No, I'll do it
# anyway."): the client ends on the step, not on the excuse.
_NO_THEN_STEP = re.compile(
    r"(?<=[.!?…] )no,? (?:(?:honestly|really|seriously|actually|look|but|no),? )*(?=\S)"
)


def _rejects_the_excuse(text: str) -> bool:
    """Whether ``text`` (cleaned), after a sentence of its own, turns with "No," on what
    it said (:data:`_NO_THEN_STEP`) straight to a commitment in the client's own voice
    (:func:`_change_talk`), with no sustain talk of the client's after it."""
    turns = list(_NO_THEN_STEP.finditer(text))
    if not turns:
        return False
    turn = turns[-1]
    step = _change_talk(text, turn.end())
    if step is None or step.start() != turn.end():
        return False
    if _WILL.match(step.group()) and _FORETOLD.match(text, step.end()):
        return False
    return _own_voice(text, step.start(), step.end()) and not any(
        _own_argument(text, cue.start(), cue.end())
        for cue in _SUSTAIN_TALK.finditer(text, turn.end())
    )


# The coach asking, near the end, whether there is anything more ("Anything else on your
# mind?", "Is there anything else you want to bring?", "Anything else before we
# finish?"), and the client answering that there is not ("No, I think that's it.", "Not
# really.", "Nope."), with at most a verdict on the session or how full it felt ("It's
# helpful.", "It's just, like, a lot."): nothing said for or against a step. Not where
# more follows ("No, that gives me something to work towards.", "No, not really. Like I
# said, I don't drink that much.").
_ASKS_ANYTHING_ELSE = re.compile(
    r"\b(?:anything|something) else\b(?:(?! you (?:could|can|would|will|might) (?:do|try)\b)[^?.!])*\?"
)
_NOTHING_ELSE = re.compile(
    r"^(?:(?:um+|uh+|oh|well|hm+|no|nope|nah|not really|i think|honestly),? )*"
    r"(?:no|nope|nah|not really|nothing(?: else)?|that'?s (?:it|all|everything)|i'?m (?:good|okay|ok|fine)|"
    r"i don'?t think so)(?:,? (?:i think|really|for now|for today|thanks|thank you))*[\s.!…]*$"
)
_HOW_FULL = re.compile(
    r"^(?:(?:yeah|and|but|it'?s|it was|that'?s|this is|just|like|kind of|a bit|quite|really),? )*"
    r"(?:a lot|loads|plenty|lots)(?: to (?:think about|take in|chew on))?[\s.!…]*$"
)


def _nothing_else(text: str, question: str) -> bool:
    """Whether ``text`` (cleaned) only says there is nothing more (:data:`_NOTHING_ELSE`)
    in answer to ``question`` (the coach's, cleaned) asking whether there is
    (:data:`_ASKS_ANYTHING_ELSE`), with at most verdicts (:data:`_VERDICT`) or how full
    it was (:data:`_HOW_FULL`) after, and no change or sustain talk."""
    if _ASKS_ANYTHING_ELSE.search(question) is None:
        return False
    sentences = _substantive(text)
    if not sentences or not _NOTHING_ELSE.match(sentences[0]):
        return False
    return (
        all(_HOW_FULL.match(s) or _VERDICT.match(s) for s in sentences[1:])
        and _change_talk(text) is None
        and not _argues(text)
        and _BEYOND_THE_SESSION.search(text) is None
    )


def _judges_the_session(text: str, question: str) -> bool:
    """Whether ``text`` (cleaned) answers ``question`` (the coach's, cleaned) about how
    the session has gone (:data:`_ASKS_ABOUT_THE_SESSION`) with a verdict on it
    (:data:`_VERDICT`), and neither commits to a step nor argues for the way things are
    nor keeps to them after it (:data:`_KEPT_AS_IT_IS`: "It was fine. The smoking's not
    a problem, though."): words about the conversation itself argue for nothing outside
    it."""
    return (
        _ASKS_ABOUT_THE_SESSION.search(question) is not None
        and (verdict := _VERDICT.match(text)) is not None
        and _BEYOND_THE_SESSION.search(text, verdict.end()) is None
        and _KEPT_AS_IT_IS.search(text, verdict.end()) is None
        and _change_talk(text) is None
        and not _argues(text)
        and not _turns_on_the_old_way(text)
    )


# Before a foretold way out, in its sentence: a fear of it, or a step that heads it off
# ("I'm scared I'll bottle it.", "Book it now, or I'll talk myself out of it.").
# An "if" heads it off only where its condition is the client's own holding back ("If I
# don't book it now, I'll talk myself out of it.", "If I wait, I'll bottle it."); a
# circumstance ("If work goes badly I'll talk myself out of it.") foretells it.
_HEADED_OFF = re.compile(
    r"\b(?:afraid|scared|terrified|frightened|worried|worry|fear|nervous|before|unless|in case|"
    r"so that|otherwise|or else|or)\b|"
    r"\bif i (?:don'?t|do not|didn'?t|wait|leave|put|give|think|stop|sit|hesitate|let|have time|"
    r"(?:have|get) (?:time|the chance|a chance))\b"
)


def _foretells_avoidance(text: str) -> bool:
    """Whether ``text`` (cleaned) foretells the client's own way out of the step
    (:data:`_FORETOLD_AVOIDANCE`) in their own voice, with no fear of it or step against
    it before it in its sentence (:data:`_HEADED_OFF`) and no change talk after it."""
    for found in _FORETOLD_AVOIDANCE.finditer(text):
        first = max(text.rfind(stop, 0, found.start()) for stop in ".?!…") + 1
        if (
            _own_voice(text, found.start(), found.end(), after=False)
            and _HEADED_OFF.search(text, first, found.start()) is None
            and _change_talk(text, found.end()) is None
        ):
            return True
    return False


_THIS_TIME = re.compile(r"\b(?:this time|but now|now i(?:'m| am| have|'ve))\b")


def _gave_up_before(text: str) -> bool:
    """Whether ``text`` (cleaned) tells the client's record of giving the change up
    (:data:`_GAVE_UP_BEFORE`) in their own voice, with no change talk after it."""
    return any(
        _own_voice(text, found.start(), found.end(), after=False)
        and _change_talk(text, found.end()) is None
        and _TAKEN_BACK.search(text, found.end()) is None
        # (the record set against this time: "..., and this time I want it to stick")
        and _THIS_TIME.search(text, found.end()) is None
        for found in _GAVE_UP_BEFORE.finditer(text)
    )


def _turns_on_the_old_way(text: str) -> bool:
    """Whether ``text`` (cleaned) turns on the way things are in the client's own voice
    (:data:`_OLD_WAY_REJECTED`), with no "but" after it."""
    return any(
        _own_voice(text, found.start(), found.end(), after=False)
        and _BUT_AFTER.search(text, found.end()) is None
        for found in _OLD_WAY_REJECTED.finditer(text)
    )


def _ends_on_sustain(text: str) -> bool:
    """Whether ``text`` (cleaned) holds sustain talk in the client's own voice
    (:data:`_SUSTAIN_TALK`, :func:`_own_argument`) with nothing after the last of it
    that argues for the change (:data:`_CHANGE_TALK`) or takes it back
    (:data:`_TAKEN_BACK`): an ambivalent client takes the side they end on ("It's not
    that bad, but I want to stop." is change talk)."""
    cues = list(_SUSTAIN_TALK.finditer(text))
    for cue in reversed(cues):  # only the last cue in the client's own voice counts
        if _own_argument(text, cue.start(), cue.end()):
            return (
                _change_talk(text, cue.end()) is None
                and _TAKEN_BACK.search(text, cue.end()) is None
            )
    return False


def _argues(text: str) -> bool:
    """Whether ``text`` (cleaned) holds sustain talk in the client's own voice anywhere
    (:data:`_SUSTAIN_TALK`, :func:`_own_argument`)."""
    return any(_own_argument(text, cue.start(), cue.end()) for cue in _SUSTAIN_TALK.finditer(text))


def _sees_through(text: str) -> bool:
    """Whether ``text`` (cleaned) holds a realisation of the client's own
    (:data:`_SEES_THROUGH`): not in a question, not after another's voice in its
    sentence ("My wife thinks I'm the problem."), not denied ("I'm not saying it out
    loud."), and not taken back after it (:data:`_CONCEDED`)."""
    for found in _SEES_THROUGH.finditer(text):
        if _own_voice(text, found.start(), found.end(), after=False) and not _CONCEDED.search(
            text, found.end()
        ):
            return True
    return False


def _own_argument(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``text[start:end]`` is the client's own present argument: not
    in a question, not in another's or their past voice, not denied, not about a date."""
    low = max(0, start - _LOOK_BACK)
    breaks = [found.end() for found in _BREAK.finditer(text, low, start)]
    before = breaks[-2] if len(breaks) > 1 else low
    stop = _STOP.search(text, end, end + _LOOK_BACK)
    last = stop.end() if stop else end
    return _own_voice(text, start, end) and (
        _A_DATE.search(text, before, last) is None or _TEMPTED.match(text, start) is not None
    )


# A clause of the client's own after another's act, begun with "and I", "but I" or "so
# I" ("She asks and I say yes.").
_OWN_CLAUSE = re.compile(r"\b(?:and|but|so)(?= i\b)")


def _own_voice(text: str, start: int, end: int, after: bool = True) -> bool:
    """Whether the words at ``text[start:end]`` are the client's own: not in a question,
    not in another's or their past voice in the same sentence (before them, and after
    them too where ``after``), not denied just before them."""
    low = max(0, start - _LOOK_BACK)
    breaks = [found.end() for found in _BREAK.finditer(text, low, start)]
    first = breaks[-1] if breaks else low
    stop = _STOP.search(text, end, end + _LOOK_BACK)
    last = stop.end() if stop else end
    sentence = text[first:last]
    if (
        sentence.endswith("?")
        and _TAG_QUESTION.search(sentence[-40:]) is None
        and _RHETORICAL.match(sentence) is None
    ):
        return False
    # (a clause of the client's own begun after another's act: "She always asks last
    # minute and I just can't say no to her.")
    own = [found.end() for found in _OWN_CLAUSE.finditer(text, first, start + 2)]
    if _REPORTED.search(text, own[-1] if own else first, start) or (
        after and _REPORTED.search(text, end, last)
    ):
        return False
    return _DENIED.search(text, max(first, start - 16), start) is None


def _only_another_voice(text: str) -> bool:
    """Whether every substantive sentence of ``text`` (cleaned) reports what someone
    else says, thinks or wants (:data:`_ANOTHER_VOICE`)."""
    sentences = _substantive(text)
    return bool(sentences) and all(_ANOTHER_VOICE.match(s) for s in sentences)


def _commits_to_nothing(text: str) -> bool:
    """Whether every substantive sentence of ``text`` (cleaned) only hedges or puts off a
    decision (:data:`_HEDGE_ONLY`) or says nothing was done (:data:`_NOTHING_DONE`)."""
    sentences = _substantive(text)
    return bool(sentences) and all(
        _HEDGE_ONLY.match(s) or _NOTHING_DONE.match(s) for s in sentences
    )
