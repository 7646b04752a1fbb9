"""Rules for what AnnoMI does not label: affirmation, self-disclosure, structuring,
the question categories of coaching inquiry, and the client's flags.

The model gives AnnoMI's four therapist behaviours with their subtypes; these rules
refine them. The phrase lists were written for this project from the categories in
the design (levels of inquiry, meta-conversation, client reflecting vs reporting,
openness and disclosure) and are tested on hand-written coaching utterances.
"""

# ruff: noqa: E501  (phrase patterns read best one per line, whatever their length)

from __future__ import annotations

import re
from dataclasses import dataclass


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# --- coach codes -------------------------------------------------------------------------

_STRUCTURING = _rx(
    r"\blet'?s (?!see\b|say\b|face it\b|be honest\b)\w+",
    r"\blet us\b",
    r"\b(?:we have|we've got|there are|we've|about|only) (?:\w+ )?(?:\d+|five|ten|fifteen|twenty|thirty|a few|couple of) minutes\b",
    r"\bminutes (?:left|remaining)\b",
    r"\b(?:before|as) we (?:finish|wrap up|close|end|stop|move on|start|begin)\b",
    r"\bto (?:wrap up|close|finish up|sum up today)\b",
    r"\b(?:today'?s|this|next|last|our next|our last) (?:session|meeting|call)\b",
    r"\bagenda\b",
    r"\bnext time we (?:meet|talk|speak)\b",
    r"\b(?:move|moving) on to\b",
    r"\b(?:come|coming) back to (?:that|this) (?:later|in a (?:moment|minute|bit))\b",
    r"\bpark (?:that|this|it)\b",
    r"\bi'?d like to (?:start|begin|check in|spend|use|go back|pause|shift|move)\b",
    r"\b(?:to start|to begin) (?:with|off)\b",
    r"\bour time\b",
    r"\bhalfway\b",
    r"\btake a (?:short )?break\b",
    r"\bwe(?:'ll| will) (?:spend|start|look at|focus|finish|come back)\b",
    r"\brecap\b",
    r"\bbetween (?:now and )?(?:sessions|next session)\b",
    r"\bhomework\b",
)
_SELF_DISCLOSURE = _rx(
    r"\bi remember when i\b",
    r"\bwhen i was (?:younger|starting|new|in|a|at|your)\b",
    r"\b(?:in|from) my own (?:experience|life|career|work)\b",
    r"\bi(?:'?ve| have) been there\b",
    r"\bi(?:'?ve| have)? ?(?:had|faced|gone through) (?:a |something )?(?:similar|the same)\b",
    r"\bi went through\b",
    r"\b(?:it )?happened to me\b",
    r"\bmy own (?:experience|story|journey)\b",
    r"\bpersonally,? i (?:found|have|had|struggled|was|felt)\b",
    r"\bspeaking for myself\b",
    r"\bi used to (?:struggle|be|feel|think|find|hate|worry)\b",
    r"\bi(?:'?ve| have) (?:struggled|wrestled|dealt) with\b",
    r"\bwhen i (?:started|first started|changed|left|lost|became|moved|joined|took|was promoted|went through|had my)\b",
    r"\bsomething i (?:learned|learnt|went through) (?:myself|the hard way)\b",
    r"\bi can relate\b",
    r"\bme too\b",
)
_AFFIRMATION = _rx(
    r"\bwell done\b",
    r"\b(?:great|good|nice|excellent|fantastic|amazing|wonderful) (?:job|work|effort|thinking|insight|point|progress|question)\b",
    r"\bi (?:really )?(?:admire|respect)\b",
    r"\bi (?:really )?appreciate (?:your|you|how|that you|the way)\b",
    r"\bthank(?:s| you) for (?:sharing|being|your|telling|trusting|opening)\b",
    r"\b(?:that|this|it) (?:took|takes) [\w ,]{0,30}?\b(?:courage|guts|strength|honesty|commitment|discipline|preparation|effort)\b",
    r"\b(?:courageous|brave)\b",
    r"\b(?:you should be|i'?m|be) (?:really |so |very )?proud\b",
    r"\byou(?:'?ve| have) (?:done|achieved|accomplished|managed) (?:a lot|so much|really well|something|a great deal)\b",
    r"\byou(?:'?ve| have) (?:worked|been working) (?:so |really )?hard\b",
    r"\b(?:that'?s|that is|what) a (?:real |great |big )?(?:strength|achievement|accomplishment|step forward|breakthrough)\b",
    r"\byou(?:'?re| are) (?:clearly |really |so |very )?(?:resourceful|determined|committed|resilient|thoughtful|capable|creative|brave|strong)\b",
    r"\byour (?:commitment|determination|persistence|honesty|courage|resilience|creativity) (?:is|really|shows)\b",
    r"\bgood for you\b",
    r"\bthat'?s (?:great|wonderful|fantastic|brilliant|excellent|impressive|amazing)\b",
    r"\bimpressive\b",
    r"\byou did it\b",
)
_ADVICE = _rx(
    r"\byou (?:should|ought to|need to|must|have to)\b",
    r"\bi(?:'d| would)? (?:suggest|recommend|advise|encourage you)\b",
    r"\bmy (?:advice|suggestion|recommendation)\b",
    r"\b(?:you )?(?:might|may|could) (?:also |just )?(?:want to|try|consider)\b",
    r"\byou (?:might|could) (?:also |just )?(?:write|make|ask|start|keep|set|put|book|talk|practise|practice|note)\b",
    r"\bwhy don'?t you\b",
    r"\bif i were you\b",
    r"\btry (?:to|doing|writing|asking|taking|saying)\b",
)


def coach_code(text: str, behaviour: str, subtype: dict[str, str]) -> str:
    """Our coach code from the model's AnnoMI behaviour, its subtypes and the rules.

    ``subtype`` holds the model's pick per subtype head (question, reflection, input).
    Affirmation, self-disclosure and structuring refine AnnoMI's "other", and advice
    phrased as such ("you might try") is advice there too. Self-disclosure, plainly
    about the coach's own life, also overrides a reflection or input; affirmation and
    structuring do so only in a short utterance: AnnoMI has no code of its own for
    them, while in a long one a passing "that's great" is not what the utterance does.
    """
    if behaviour == "question":
        return f"{subtype['question']}_question"
    if _SELF_DISCLOSURE.search(text):
        return "self_disclosure"
    short = len(text.split()) <= _SHORT_WORDS
    if behaviour == "reflection":
        if short and _is_affirmation(text):
            return "affirmation"
        return f"{subtype['reflection']}_reflection"
    refined = _refine_other(text) if behaviour == "other" or short else None
    if refined is not None:
        return refined
    if behaviour == "therapist_input" or _ADVICE.search(text):
        return "advice" if _ADVICE.search(text) else subtype["input"]
    return "other"


_SHORT_WORDS = 20


def _is_affirmation(text: str) -> bool:
    return bool(_AFFIRMATION.search(text))


def _refine_other(text: str) -> str | None:
    if _SELF_DISCLOSURE.search(text):
        return "self_disclosure"
    if _STRUCTURING.search(text):
        return "structuring"
    if _is_affirmation(text):
        return "affirmation"
    return None


# --- question categories -----------------------------------------------------------------

# Each category: (pattern, weight). The category with the highest total wins; ties
# go to the earlier category; no match at all is plain exploration.
_CATEGORY_CUES: tuple[tuple[str, tuple[tuple[re.Pattern[str], float], ...]], ...] = (
    (
        "process",
        (
            (
                _rx(
                    r"\b(?:our|this) (?:conversation|session|work|coaching|time) (?:together)?",
                    r"\bwork(?:ing)? together\b",
                    r"\bcoaching\b",
                ),
                2.0,
            ),
            (
                _rx(
                    r"\bright now\b",
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
                ),
                1.5,
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
                    r"\bwho says\b",
                    r"\bsays who\b",
                    r"\bwhat if (?:you(?:'re| are| were) wrong|it(?:'s| is| were)n'?t)\b",
                    r"\banother way (?:to|of) (?:see|look|think)",
                    r"\bsomeone else\b",
                    r"\bhow (?:might|would|could) (?:\w+ )?(?:else|others|your \w+) (?:see|view|describe|say)\b",
                    r"\bwhat would (?:\w+ ){0,2}say\b",
                    r"\b(?:really|actually) (?:have to|need to|true)\b",
                    r"\bhave to\b",
                    r"\bmust\b",
                    r"\bstory (?:you(?:'?re| are)|you tell)\b",
                    r"\bbelie(?:f|ve)\b",
                    r"\bwhat (?:would|might) need to (?:be|change) (?:different|for)\b",
                    r"\bwhat(?:'s| is) the worst\b",
                    r"\bwhat(?:'s| is) stopping\b",
                    r"\bwhat (?:are you|am i) (?:assuming|missing)\b",
                    r"\bother (?:explanation|possibilit)",
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
                    r"\bwho (?:else )?(?:do you|could you|can you) (?:turn|lean|ask|talk)\b",
                    r"\bwhen have you\b",
                    r"\bhave you (?:ever )?(?:handled|managed|dealt|done|faced|overcome|got through)\b",
                    r"\bin the past\b",
                    r"\bbefore,? (?:when|how)\b",
                    r"\bwhat (?:has )?(?:worked|helped)\b",
                    r"\bskills?\b",
                    r"\bdraw on\b",
                    r"\bat your best\b",
                    r"\bgot you through\b",
                    r"\bwhat do you already\b",
                    r"\balready (?:have|know|do)\b",
                    r"\b(?:good|best) at\b",
                    r"\bwhat helps you\b",
                    r"\bwhat (?:would|could|might) help\b",
                    r"\bsimilar (?:situation|challenge)\b",
                    r"\blearned from\b",
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
                    r"\blook like\b",
                    r"\bfuture\b",
                    r"\bimagine\b",
                    r"\bideal(?:ly)?\b",
                    r"\b(?:a|one|two|five|six|twelve|next) (?:year|years|months?|weeks?)(?: from now| time)?\b",
                    r"\bhow will you know\b",
                    r"\bwhen you(?:'?ve| have) (?:achieved|done|reached|got)\b",
                    r"\bif (?:this|that|it) (?:were|was) (?:resolved|solved|sorted|different)\b",
                    r"\bwhat would (?:be )?different\b",
                    r"\bwant to (?:become|be|achieve|create)\b",
                    r"\b(?:next|first|smallest) step\b",
                    r"\bgoing to\b",
                    r"\bwill you\b",
                    r"\bgoals?\b",
                    r"\bwhat do you want\b",
                    r"\bwhat would you (?:like|love)\b",
                    r"\bcommit(?:ment)?\b",
                    r"\bplan\b",
                    r"\bfrom here\b",
                    r"\bnext\b",
                    r"\bby when\b",
                    r"\bhope\b",
                    r"\bdream\b",
                    r"\bvision\b",
                ),
                1.5,
            ),
        ),
    ),
)


def question_category(text: str) -> str:
    """The coaching inquiry category of a question; plain exploration when nothing else fits."""
    best, best_score = "exploration", 0.0
    for category, cues in _CATEGORY_CUES:
        total = sum(weight for pattern, weight in cues if pattern.search(text))
        if total > best_score:
            best, best_score = category, total
    return best


# --- client flags ------------------------------------------------------------------------

_REFLECTING = _rx(
    r"\bi(?:'?m| am)? ?(?:just |now |finally |starting to |beginning to )?(?:realis|realiz|recognis|recogniz)e?",
    r"\bi (?:think|guess|suppose|wonder if|feel like) i(?:'?m| am| tend| always| never| keep| do| don'?t| have| need| want| avoid| get)\b",
    r"\bi (?:tend|keep|always seem|seem) to\b",
    r"\bi (?:notice|noticed|can see|see now|get now|understand now|am learning|'m learning|learned|learnt) (?:that )?(?:i|my|myself|how i|what i|when i|why i)\b",
    r"\bwhat i (?:notice|see|realise|realize|'m learning|am learning|keep doing|really want)\b",
    r"\babout myself\b",
    r"\bmy (?:pattern|habit|tendency|default|reaction)\b",
    r"\bpart of me\b",
    r"\bit occurs to me\b",
    r"\bthat'?s (?:so )?(?:me|like me|typical of me)\b",
    r"\bmaybe i(?:'?m| am)? (?:just |really )?(?:afraid|scared|avoiding|hiding|protecting|holding)\b",
    r"\bi'?ve (?:never|always) (?:really )?(?:thought|seen|noticed|let myself)\b",
    r"\bnow that i (?:say|hear|think)\b",
    r"\bsaying it (?:out loud|aloud)\b",
    r"\bit makes me (?:think|wonder|see)\b",
    r"\bi(?:'?m| am) (?:aware|seeing) (?:that|now|how)\b",
)
# Past-tense narration of events: who did or said what, when.
_REPORTING = _rx(
    r"\b(?:he|she|they|we|my \w+|the \w+) (?:said|told|asked|replied|sent|called|emailed|decided|came|went|got|had|did|wanted|left|was|were)\b",
    r"\bthen (?:he|she|they|we|i)\b",
    r"\b(?:yesterday|last (?:week|month|night|year|time|monday|tuesday|wednesday|thursday|friday)|this morning)\b",
    r"\bwe had (?:a|the|our) \w+",
    r"(?<!how )(?<!way )(?<!what )(?<!why )\bi (?:said|told|asked|went|sent|called|emailed|met|had a|did|got|wrote|spoke|talked)\b",
    r"\bso (?:he|she|they) (?:said|just)\b",
    r"\bhappened\b",
    r"\b(?:after|before) (?:that|the meeting|lunch|work)\b",
    r"\b\w+ weeks? ago\b|\b\w+ days? ago\b",
)
_FEELING = (
    r"(?:scared|afraid|frightened|terrified|anxious|nervous|worried|ashamed|embarrassed|"
    r"guilty|hurt|lonely|alone|lost|sad|depressed|angry|furious|resentful|jealous|"
    r"vulnerable|exposed|overwhelmed|exhausted|stuck|hopeless|helpless|useless|worthless|"
    r"inadequate|insecure|like a (?:fraud|failure)|(?:a|like a) fraud|a failure|not good enough|"
    r"small|invisible|unappreciated|devastated|heartbroken|panick?(?:ed|y)?|humiliated|"
    r"frustrated|upset|disappointed|miserable|unhappy|drained|burn(?:ed|t) out|relieved|grateful|"
    r"excited|hopeful|happy|proud)"
)
_DISCLOSURE = _rx(
    rf"\bi(?:'?m| am| feel| felt| was| get| have been|'ve been) (?:\w+ )?(?:so |really |very |quite |a bit |kind of |just )?{_FEELING}",
    rf"\bit (?:makes|made) me (?:feel )?(?:\w+ )?{_FEELING}",
    rf"\b(?:feeling|feel) (?:so |really |very |quite |a bit )?{_FEELING}",
    r"\b(?:honestly|to be honest|truth is|if i'?m honest|the truth is)\b",
    r"\bi(?:'?ve| have) never (?:told|said|admitted|shared)\b",
    r"\bhard (?:for me )?to (?:admit|say|talk about)\b",
    r"\bi (?:struggle|am struggling|'m struggling|can'?t cope|cried|cry|couldn'?t sleep|can'?t sleep)\b",
    r"\bmy (?:fear|shame|anxiety|biggest worry|insecurit)",
    r"\bi(?:'?m| am) (?:scared|afraid|terrified) (?:of|that)\b",
    r"\bi hate (?:myself|that i|feeling)\b",
    r"\bimpost[eo]r\b",
)


# Commitment and desire in the client's own words are change talk by definition; the
# model, trained on health conversations, misses some in coaching ("I'll ask her").
_CHANGE_TALK = _rx(
    r"\b(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna)\b(?! not\b)",
    r"\bi (?:really )?(?:want|need|would like|'?d like) to\b",
)


def client_code(text: str, talk_type: str) -> str:
    """The model's talk type, with neutral turned to change where the client commits."""
    if talk_type == "neutral" and _CHANGE_TALK.search(text):
        return "change"
    return talk_type


@dataclass(frozen=True, slots=True)
class ClientFlags:
    reflecting: bool
    reporting: bool
    disclosure: bool


def client_flags(text: str) -> ClientFlags:
    """Reflecting (insight about self) vs reporting (narrating events), and disclosure.

    Reflecting and reporting exclude each other: an utterance that narrates and then
    draws an insight about the speaker counts as reflecting.
    """
    reflecting = bool(_REFLECTING.search(text))
    reporting = not reflecting and bool(_REPORTING.search(text))
    return ClientFlags(reflecting, reporting, bool(_DISCLOSURE.search(text)))


# --- question form (open / closed) -------------------------------------------------------

# A question's form is mostly syntax: a wh-word or an invitation ("tell me about") opens
# it; an auxiliary or modal verb first, a tag ("..., right?"), an either/or or a statement
# with a question mark closes it. The rules look at the last sentence that asks something.
_SENTENCE = re.compile(r"[^.?!]+[.?!]*")
_LEAD = re.compile(
    r"^(?:(?:and|but|so|okay|ok|well|now|um+|uh+|mm+|hmm+|yeah|yes|right|alright|all right|"
    r"oh|then|also|just|and so|i mean|you know|let me ask you|can i ask you|may i ask)\b[\s,]*)+",
    re.IGNORECASE,
)
_AUXILIARY_WORDS = (
    "do does did don't doesn't didn't is isn't are aren't was wasn't were weren't am "
    "have has had haven't hasn't hadn't can can't could couldn't would wouldn't will won't "
    "shall should shouldn't may might must"
)
_AUXILIARY = frozenset(_AUXILIARY_WORDS.split())
_WH_OPEN = re.compile(r"^(?:what|how|why|in what way|what's|how's|whats)\b", re.IGNORECASE)
_WH_FACT = re.compile(
    r"^(?:how (?:many|much|often|long|old|far|soon)|when|where|who|whom|whose|which|"
    r"what (?:time|day|year|age|kind of (?:\w+ )?(?:do|did|is|are)))\b",
    re.IGNORECASE,
)
_INVITATION = re.compile(
    r"\b(?:tell me|describe|walk me through|help me understand|talk (?:to me )?(?:a (?:little|bit) )?(?:more )?about|"
    r"say (?:a (?:little|bit) )?more|share (?:a (?:little|bit) )?more|explain|"
    r"(?:can|could|would|will) you (?:tell|say|describe|talk|share|explain|walk|give me|help me|expand|elaborate|paint)|"
    r"what (?:else|if)|how come|i(?:'m| am)? (?:wonder(?:ing)?|curious) (?:what|how|why|about)|"
    r"anything else|what about)\b",
    re.IGNORECASE,
)
_CLOSED_CUE = re.compile(
    r"(?:,\s*(?:right|yeah|yes|no|ok|okay|correct|huh|eh|isn't (?:it|that)|don't you|aren't you|"
    r"didn't you|wasn't it|is that right|is that correct|would you say|do you think|am i right)\s*\?\s*$)|"
    r"\bi(?:'m| am)? wonder(?:ing)? (?:if|whether)\b|"
    r"\b(?:is that|would that be) (?:right|correct|fair|true|ok|okay)\b",
    re.IGNORECASE,
)
_ALTERNATIVE = re.compile(
    r"\bor\b(?! (?:something|anything|not|what|whatever|so)\b)", re.IGNORECASE
)


def _asking_sentence(text: str) -> str:
    """The last sentence with a question mark, else the last sentence."""
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    if not sentences:
        return text.strip()
    asking = [s for s in sentences if s.endswith("?")]
    return (asking or sentences)[-1]


def question_form_features(text: str) -> dict[str, float]:
    """Syntactic cues of a question's form, each 0 or 1, read from its asking sentence."""
    sentence = _asking_sentence(text)
    core = _LEAD.sub("", sentence).strip(" ,")
    first = core.split()[0].lower().strip(",") if core.split() else ""
    fact = bool(_WH_FACT.match(core))
    return {
        "wh_open": float(bool(_WH_OPEN.match(core)) and not fact),
        "wh_fact": float(fact),
        "invitation": float(bool(_INVITATION.search(sentence))),
        "auxiliary_first": float(first in _AUXILIARY),
        "closed_cue": float(bool(_CLOSED_CUE.search(sentence))),
        "alternative": float(bool(_ALTERNATIVE.search(sentence)) and sentence.endswith("?")),
        "declarative_question": float(
            sentence.endswith("?")
            and first not in _AUXILIARY
            and not _WH_OPEN.match(core)
            and not fact
            and not _INVITATION.search(sentence)
        ),
        "question_mark": float("?" in text),
    }


def question_form(text: str) -> str | None:
    """ "open" or "closed" where the syntax settles it; None where it does not."""
    f = question_form_features(text)
    if f["invitation"]:
        return "open"
    if f["closed_cue"] or f["alternative"]:
        return "closed"
    if f["wh_open"]:
        return "open"
    if f["auxiliary_first"] or f["declarative_question"]:
        return "closed"
    return None
