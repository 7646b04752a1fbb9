"""A question's form, open or closed, from its syntax; whether an utterance asks at
all, and how many questions one sentence asks; and whether an answer is short.
"""

# ruff: noqa: E501  (phrase patterns read best one per line, whatever their length)

from __future__ import annotations

import re
from functools import lru_cache

from coachconn.analysis.opening import (
    AUXILIARIES,
    MODALS,
    PERSONAL_PRONOUNS,
    POSSESSIVES,
    VIEW_VERBS,
    WH_WORDS,
    WORD,
    Opening,
    inverted,
    is_tag,
    lead_length,
    read_opening,
    wh_opening,
)
from coachconn.analysis.rules._text import (
    _SENTENCE,
    PER_ANALYSIS,
    _asking,
    _clean,
    _sentences,
    _substantive,
)
from coachconn.analysis.segment import checks_it_is_right, unmarked_question


# A question's sentences are read from their opening for its form, for the heads'
# features and for what it invites, each time anew.
@lru_cache(maxsize=PER_ANALYSIS)
def _opening(sentence: str) -> Opening:
    """:func:`read_opening`, kept for the rest of the analysis."""
    return read_opening(sentence)


# A question's form is mostly syntax: a wh-word or an invitation ("tell me about") opens
# it; an auxiliary or modal verb first, a tag ("..., right?"), an either/or or a statement
# with a question mark closes it. The rules look at the last sentence that asks something,
# read from its opening (:mod:`coachconn.analysis.opening`).
# The wh-words that ask for the client's own account; the others ask for a fact (a time,
# a place, a person, a choice), as do "how many", "what time" and the like.
_OPEN_WH = ("what", "how", "why")
_FACT_WH = sorted(WH_WORDS - set(_OPEN_WH))
_WH_OPEN = re.compile(rf"^(?:{'|'.join(_OPEN_WH)}|in what way|whats)\b", re.IGNORECASE)
_WH_FACT = re.compile(
    rf"^(?:how (?:many|much|often|long|old|far|soon)|{'|'.join(_FACT_WH)}|"
    r"what (?:time|day|year|age|kind of (?:\w+ )?(?:do|did|is|are)))\b",
    re.IGNORECASE,
)
# Asking the client to say more: each phrase, with what must (not) follow it where the
# invitation alone makes an utterance a question (:func:`invites`): "Tell me if it
# helps." and "Explain the plan." ask for something other than the client's own account.
_SAY_MORE: tuple[tuple[str, str], ...] = (
    (r"tell me", r"(?! (?:if|when|whether|once|before|after)\b)"),
    (r"describe", ""),
    (r"walk me through", ""),
    (r"help me understand", ""),
    (r"say (?:a (?:little|bit) )?more", ""),
    (r"share (?:a (?:little|bit) )?more", ""),
    (r"explain", r"(?= (?:it|that|this|them|what|how|why|more|a bit|a little|to me)\b|\s*[.?!]*$)"),
)
# An invitation anywhere in a sentence, for the question's form.
_INVITATION = re.compile(
    r"\b(?:"
    + "|".join(
        (
            *(phrase for phrase, _ in _SAY_MORE),
            r"talk (?:to me )?(?:a (?:little|bit) )?(?:more )?about",
            r"(?:can|could|would|will) you (?:tell|say|describe|talk (?:to me |me |a (?:little|bit) |more )*(?:about|through)|"
            r"share|explain|walk|give me|help me|expand|elaborate|paint)",
            r"what (?:else|if)",
            r"how come",
            r"i(?:'m| am)? (?:wonder(?:ing)?|curious) (?:what|how|why|about)",
            r"anything else",
            r"what about",
        )
    )
    + r")\b",
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


# "Tell me about it" said in sympathy, after an exclamation or with one ("Oh, tell me
# about it.", "Ugh, tell me about it!"): the coach agreeing, not inviting the client to
# say more (a plain "Tell me about it." is an invitation).
_COMMISERATING = re.compile(
    r"^(?:(?:oh|ugh|urgh|god|gosh|ha|haha|man|boy|yeah|yep)\b[\s,!.]*)+tell me about it\s*[.!]*$|"
    r"^tell me about it\s*!+$",
    re.IGNORECASE,
)


def _asks(text: str) -> bool:
    """A question mark, or a sentence that opens with an invitation ("Tell me more.")
    and is no exclamation of sympathy (:data:`_COMMISERATING`)."""
    return "?" in text or any(
        _INVITATION.match(_opening(sentence).rest) and not _COMMISERATING.match(sentence)
        for sentence in _sentences(text)
    )


def _asking_sentence(text: str) -> str:
    """The last sentence with a question mark, else the question a caption's last
    sentence asks (:func:`_asked`), else the last sentence."""
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    if not sentences:
        return text.strip()
    asking = [s for s in sentences if s.endswith("?")] or _asked(sentences)
    return (asking or sentences)[-1]


def question_form_features(text: str) -> dict[str, float]:
    """Syntactic cues of a question's form, each 0 or 1, read from its asking sentence."""
    sentence = _asking_sentence(text)
    opening = _opening(sentence)
    core, first = opening.rest, opening.first
    fact = bool(_WH_FACT.match(core))
    return {
        "wh_open": float(bool(_WH_OPEN.match(core)) and not fact),
        "wh_fact": float(fact),
        "invitation": float(bool(_INVITATION.search(sentence))),
        "auxiliary_first": float(first in AUXILIARIES),
        "closed_cue": float(bool(_CLOSED_CUE.search(sentence))),
        "alternative": float(bool(_ALTERNATIVE.search(sentence)) and sentence.endswith("?")),
        "declarative_question": float(
            sentence.endswith("?")
            and first not in AUXILIARIES
            and not _WH_OPEN.match(core)
            and not fact
            and not _INVITATION.search(sentence)
        ),
        "question_mark": float("?" in text),
    }


# A ruler asks for a number on a scale: a closed question, however it opens ("On a scale
# of one to ten, how important is this?").
_RULER = re.compile(
    r"\bon a scale\b|\b(?:from |between )?(?:zero|nought|one|0|1) (?:to|and) (?:ten|10)\b|"
    # (the scale already set, asked again: "And how confident are you, on the same scale,
    # that you could do it?", "Where would you put it on that scale?")
    r"\b(?:on|using|with) (?:the same|that same|that|this) scale\b|"
    r"\bout of (?:ten|10)\b",
    re.IGNORECASE,
)


def is_ruler(text: str) -> bool:
    """Whether a question asks for a number on a scale (a closed question)."""
    return bool(_RULER.search(text))


# "Anything else you want to raise today?", "Anyone you could ask?": "is there" left
# out, a yes/no question. Said alone ("Anything else?") it works as "what else?" and is
# left to the model.
_ANYTHING = re.compile(r"^(?:anything|anyone|anybody)(?: else)?\b", re.IGNORECASE)
_NOTHING_MORE = re.compile(r"\b(?:at all|then|now|so far)\b|[^\w']+", re.IGNORECASE)


# Leave to ask that a caption runs on into the question itself ("can i ask you something
# about the money side what would you actually need to earn").
_ASK_PREFACE = re.compile(
    r"^(?:(?:so|and|okay|ok|um|uh|right|well),? )*(?:(?:can|could|may) i|let me) ask(?: you)?"
    r"(?: (?:something|a question))?\b",
    re.IGNORECASE,
)
# The question is looked for in the first words after the leave, at its first few wh-words.
_TAIL_WORDS = 40
_TAILS = 4
_WH_STARTS = frozenset(("what", "what's", "how", "how's", "where", "who", "which", "why", "when"))


def _asked(sentences: list[str]) -> list[str]:
    """The sentences that ask (:func:`_asking`); where none has a question mark, as in
    an auto-caption, the last sentence when it is plainly a question by its form ("what
    do you think they earn", :func:`.segment.unmarked_question`), or the question that
    leave to ask runs on into (:data:`_ASK_PREFACE`)."""
    asking = _asking(sentences)
    if asking or not sentences or any("?" in s for s in sentences):
        return asking
    last = sentences[-1]
    if _ASK_PREFACE.match(last):
        # (a wh-word looked for in the first words only, and the first few tried: tried
        # at each word of a long run-on line, the time grew with the square of its length)
        words = last.split()
        starts = [
            k for k in range(2, min(len(words), _TAIL_WORDS)) if words[k].lower() in _WH_STARTS
        ]
        for k in starts[:_TAILS]:
            tail = " ".join(words[k:])
            if unmarked_question(tail):
                return [tail]
    return [last] if unmarked_question(last) or checks_it_is_right(last) else []


# Asking when the client will take a step ("When would you do that?", "When will you send
# it?", "When would you like it finished by?"): a time is the answer, a closed question.
# Not "When do you think you'll do it?" (open in AnnoMI), nor when something happens
# ("When would you say it started?").
_WHEN_STEP = re.compile(
    r"^(?:by )?when (?:would|will|could|can|might|shall|are) you\b(?! (?:say|think|describe|know)\b)",
    re.IGNORECASE,
)
# The same after words set off by a comma that ask nothing of their own: a name, an
# adverb, a remark ("Nadia, when will you ring her?", "Realistically, when will you book
# it?", "That sounds settled, when are you going to tell him?"). Left to the model, such
# a question came out open or closed by the lines around it. Not after a part that asks
# itself ("What's the first step, and when will you take it?").
_SET_OFF_WHEN = re.compile(
    r",\s*(?:(?:and|so|then|okay|ok|well|now)\b,?\s*)*(?=(?:by )?when\b)", re.I
)


def _asks_when_step(core: str) -> bool:
    """Whether ``core`` (a sentence from its opening on) asks when the client will take a
    step (:data:`_WHEN_STEP`), at its start or after a lead-in set off by a comma
    (:data:`_SET_OFF_WHEN`)."""
    if _WHEN_STEP.match(core):
        return True
    for found in _SET_OFF_WHEN.finditer(core):
        before = core[: found.start()].lower()
        if "?" in before or any(
            word.partition("'")[0] in WH_WORDS for word in WORD.findall(before)
        ):
            return False  # the part before asks (and a later comma is no lead-in)
        if _WHEN_STEP.match(core[found.end() :]):
            return True
    return False


def plainly_closed(text: str) -> bool:
    """Whether the syntax alone makes a question closed, whatever a model reads: a ruler
    (:func:`is_ruler`), a yes/no question without its "is there" ("Anything you'd
    add?"), a check written without its mark (:func:`.segment.checks_it_is_right`), or
    when the client will take a step (:data:`_WHEN_STEP`)."""
    if is_ruler(text):
        return True
    asking = _asked(_sentences(_clean(text)))
    if not asking:
        return False
    if checks_it_is_right(asking[-1]):  # "...in a room. that about right"
        return True
    core = _opening(asking[-1]).rest
    if _asks_when_step(core) and not _ALTERNATIVE.search(core):
        return True
    opening = _ANYTHING.match(core)
    return opening is not None and bool(_NOTHING_MORE.sub("", core[opening.end() :]))


# "How was the week?", "How did it go?", "How do you feel about it?": asking how
# something is or went invites the client's own account, an open question (all 28 such
# questions in AnnoMI's training transcripts are labelled open). "How many", "how long"
# and the like ask for a number and are left to the model.
_HOW_OPEN = re.compile(
    r"^(?:(?:and|so|okay|ok|well|um|uh|right),? )*how (?:was|is|are|were|did|does|do|has|have)\b",
    re.IGNORECASE,
)


def is_open_how(text: str) -> bool:
    """Whether the last sentence that asks opens with "how was/is/did/do…" and offers no
    choice ("How was it, good or bad?" is closed)."""
    if "how" not in text.lower():  # most texts need no split
        return False
    return _open_how(text, _asked(_sentences(text)))


def _open_how(text: str, asking: list[str]) -> bool:
    """:func:`is_open_how` given ``asking``, the sentences of ``text`` that ask."""
    return bool(asking) and bool(_HOW_OPEN.match(asking[-1])) and question_form(text) != "closed"


# A question that ends on its wh-word asks for the client's own words: "Tired from what?",
# "And then what?".
_WH_LAST = re.compile(r"\b(?:what|how|why)\s*\?$", re.IGNORECASE)


# Asking the client to say more, in the imperative or as a request ("Say more.", "Could you
# walk me through it?"), at the start of a sentence (the caller strips its lead-in):
# the phrases of _SAY_MORE, held to what each must go on with; "what about…?" and
# "anything else?" are left to the model.
_INVITE = re.compile(
    r"(?:(?:can|could|would|will) you )?(?:"
    + "|".join(
        (
            *(phrase + then for phrase, then in _SAY_MORE),
            r"talk (?:to me |me )?(?:a (?:little|bit) )?(?:more )?(?:about|through)",
            r"expand",
            r"elaborate",
        )
    )
    + r")\b",
    re.IGNORECASE,
)
# ... unless it asks the client to tell someone else ("Describe it to your manager.").
_TO_SOMEONE_ELSE = re.compile(r"\bto (?:your|his|her|their|him|them|the team)\b", re.IGNORECASE)


def invites(text: str) -> bool:
    """Whether the last sentence opens with an invitation to say more ("Say more.",
    "Tell me about that.", "Could you walk me through it?"): an open question, with or
    without a question mark."""
    sentences = _substantive(text)
    if (
        not sentences
        or _TO_SOMEONE_ELSE.search(sentences[-1])
        or _COMMISERATING.match(sentences[-1])
    ):
        return False
    return bool(_INVITE.match(_opening(sentences[-1]).rest))


# "..., do you think?" after a wh-question asks for the client's view of it ("What is it,
# do you think?", "Why, do you think?"); after a yes/no question it is a closed tag.
_THINK_TAG = re.compile(
    rf",\s*(?:do you|d'you) (?:{'|'.join(VIEW_VERBS)})\s*\?$|,\s*would you say\s*\?$",
    re.IGNORECASE,
)


# A guess at one fact asked for with the tag ("What are the chances, do you think?",
# "What's his name, do you think?") stays closed.
_TAG_FACT = re.compile(
    r"^what(?:'s|'re| is| are| was| were| would be) (?:the|his|her|their|your|its) "
    r"(?:name|chances?|odds|number|date|deadline|price|cost|percentage|figure|score|budget|salary)\b",
    re.IGNORECASE,
)


def _wh_with_think_tag(sentence: str) -> bool:
    """Whether an asking sentence is a wh-question about the client's view with a
    "do you think?" tag, and no choice or single fact in it ("What is it, work or
    home, do you think?" offers one)."""
    core = _opening(sentence).rest
    return (
        bool(_THINK_TAG.search(core))
        and bool(_WH_OPEN.match(core))
        and not _WH_FACT.match(core)
        and not _TAG_FACT.match(core)
        and not _ALTERNATIVE.search(core)
    )


# An elliptical question names what to talk about and leaves the rest to the client: "What
# about Thursdays, with the team drinks?", "How about your grades?", "And the plan for this
# week?", "And if she does?", "And Wednesday?" (open in AnnoMI's training transcripts and
# the coaching examples). A proposal ("How about we stop there?", "How about Thursday at
# ten?", "How about a walk at lunch?", "What about asking her directly?", "How about if I
# book it?"), a yes/no clause after it ("What about her father, is he any help?", "What
# about the money, you've got enough?"), a verb ("And your mum knows?", "And the meeting
# went well?") or a main clause after the "if" ("And if she does, will you go?", "So if
# you don't go you lose the deposit?") makes it something else; so does a state or a
# number checked ("And happy?", "So, twice?").
_WHAT_ABOUT = re.compile(
    r"^(?:what|how) about (?!(?:you|we|i) (?!\w+\?$)\w)"
    # (a proposal: a time, an offer, a step to take, or the coach's own move)
    r"(?!(?:a|an|some|another|if (?:i|we)|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!s)|tomorrow|tonight|next \w+|this (?:week|weekend|afternoon|evening)|\d)\b)"
    r"(?!\w+ing \w)",
    re.IGNORECASE,
)
_NOUN_PHRASE = re.compile(
    r"^(?:the|your|his|her|their|those|these|any|all) (?P<head>(?:[\w'-]+ ){0,2}[\w'-]+)"
    r"(?: (?:for|with|at|on|about|from|in|of|after|before|between|around|this|next|last) [^,?]{1,30})?\?$",
    re.IGNORECASE,
)
# ... or with a named owner ("And Amira's PRs?"), whose "'s" may as well be "is" ("And
# Amira's leaving?", "And Tom's happy?", "And Jo's back?"): the word after it must read
# as a thing, not a state, a place or a verb.
_OWNED = re.compile(r"^[Aa]nd,? [A-Z][\w-]*'s (?P<head>(?:[\w'-]+ ){0,2}[\w'-]+)\?$")
_NOT_A_THING_WORDS = (
    "gone been done here there in out back away off on up down over right wrong coming going "
    "not just still also really the a an my your his her their our its "
    # a state or an age checked ("And Kate's pregnant?", "And Dan's single?", "And Leo's
    # twelve?")
    "new old ill sick single married pregnant sure free late early young ok okay open clear "
    "keen aware alone ready around well unwell pleased cross mad sad glad fit retired "
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
_NOT_A_THING = frozenset(_NOT_A_THING_WORDS.split())
_BARE_IF = re.compile(r"^(?:and|but|so|then),? if [^,?]{1,40}\?$", re.IGNORECASE)
_ONE_WORD = re.compile(r"^(?:and|but|so),? (?P<word>[\w'-]+)\?$", re.IGNORECASE)
_NOT_A_TOPIC_WORDS = (
    "yes no yeah really right okay ok sure so "
    # a state, a number or a time checked ("And happy?", "So, twice?", "So Thursday?")
    "happy sad ready done finished fine better worse good bad well alright enough "
    "both all none either neither never always sometimes often once twice again too also "
    "still yet now today tonight tomorrow angry busy calm upset sorry usually lately "
    "recently probably definitely honestly seriously"
)
_NOT_A_TOPIC = frozenset(_NOT_A_TOPIC_WORDS.split())
# ... and a weekday after "so", which checks an arrangement ("So Thursday?"; "And
# Wednesday?" asks about it)
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
# A verb after the noun ("And your husband agreed?", "And the doctor's happy?", "And your
# boss said yes?"): a statement checked, a yes/no question.
_PAST_WORDS = (
    "said went came got knew thought told felt left saw took made gave found kept paid sent "
    "spent lost won heard meant put set did had was were"
)
_PAST = frozenset(_PAST_WORDS.split())


def _elliptical(sentence: str) -> bool:
    """Whether an asking sentence is an elliptical question (:data:`_WHAT_ABOUT`)."""
    sentence = sentence.strip()
    if _BARE_IF.match(sentence):
        # no main clause after the condition ("And if she does you'll go?")
        after = sentence.lower().split(" if ", 1)[1].rstrip("?").split()[1:]
        return not any(_subject_or_modal(word) for word in after)
    one = _ONE_WORD.match(sentence)
    if one is not None:
        word = one["word"].lower()
        return not (
            word in AUXILIARIES
            or word in _NOT_A_TOPIC
            or word in PERSONAL_PRONOUNS
            or _state(word)
            or (sentence.lower().startswith("so") and bool(_WEEKDAY.fullmatch(word)))
        )
    core = _opening(sentence).rest
    if _WHAT_ABOUT.match(core):
        # no clause after a comma that asks for yes or no ("..., is he any help?",
        # "..., you've got enough?")
        return not any(
            part.split()[0].lower() in AUXILIARIES or _subject_or_modal(part.split()[0])
            for part in core.split(",")[1:]
            if part.split()
        )
    owned = _OWNED.match(sentence)
    if owned is not None:
        first = owned["head"].lower().split()[0]
        if (
            first in _NOT_A_THING
            or first.isdigit()
            or first in _PAST
            or first in _NOT_A_TOPIC
            or first.endswith(("ing", "ed"))
            or _state(first)
        ):
            return False
        phrase: re.Match[str] | None = owned
    else:
        starts = sentence.lower().startswith(("and ", "and,"))
        phrase = _NOUN_PHRASE.match(core) if starts else None
    if phrase is None:
        return False
    head = phrase["head"].lower().split()
    if any(word in AUXILIARIES or word in PERSONAL_PRONOUNS for word in head):
        return False
    # "And your mum knows?", "And your husband agreed?", "And the doctor's happy?": a verb
    # after the noun
    return len(head) == 1 or not any(
        (word.endswith("s") and not word.endswith(("ss", "'s")))
        or word.endswith(("ed", "'s"))
        or word in _PAST
        or word in _NOT_A_TOPIC
        for word in head[1:]
    )


def _state(word: str) -> bool:
    """Whether a single word reads as a state ("tired", "nervous", "hopeful"), not a topic
    ("sleep", "speed", "family")."""
    if word.endswith("ed") and not word.endswith("eed") and len(word) > 4:
        return True
    return word.endswith(("ous", "ful", "able", "ible", "ish"))


def _subject_or_modal(word: str) -> bool:
    """Whether a word opens a clause of its own: a subject ("you", "you'll", "that's") or
    a modal."""
    word = word.lower().strip(",")
    stem = word.split("'")[0]
    return (
        stem in PERSONAL_PRONOUNS or stem in MODALS or (stem in ("that", "there") and "'" in word)
    )


# "What did it cost her?", "What do you make of that?", "What does he want?": asking what
# someone did, does or makes of something invites an account (open in 28 of the 30 such
# questions in AnnoMI's training transcripts, and in all 10 of the written examples), and
# so does asking what happened ("What happened", its mark dropped by a caption). A
# choice ("What did you do, call or text?") or a yes/no clause after a comma ("What do you
# think, will she agree?") closes it.
_WHAT_DID = re.compile(r"^what (?:did|does|do) \w|^what happened\b", re.IGNORECASE)


# A guess put after the comma, where the "what" stands for what was done, wanted or said
# ("What did you do, quit?", "What does he want, a raise?"): a word or three to say yes or
# no to, not an aside ("..., honestly?", "..., Sam?", "What does forty look like,
# debt-free?").
_GUESS = re.compile(
    r"\b(?:do|want|need|say|mean|have|get|use|pick|choose|try|take|order|drink|eat|buy|suggest|offer)"
    r",\s*(?:a |an |the |to )?[a-z][\w'-]*(?: [\w'-]+){0,2}\?$"
)
_ASIDE_WORDS_TEXT = (
    "then though exactly really instead now today here there anyway honestly again first "
    "next overall mostly generally in at on for with after before by from over about "
    "looking thinking deep even still"
)
_ASIDE_WORDS = frozenset(_ASIDE_WORDS_TEXT.split())


# "What happened" said bare, its mark dropped (a caption's), which no other cue reads as
# asking (not "What happened was...").
_WHAT_HAPPENED = re.compile(
    r"^what happened(?: (?:next|then|there|after|afterwards|after that))?\s*[.!]*$", re.IGNORECASE
)


# Words that follow "you" or "it" as an object, not as a subject with its verb ("asks
# you again", "asks you to stay", "takes it back"; not "you lose", "it helped").
_AFTER_AN_OBJECT = (
    "again|too|back|now|then|off|out|up|down|about|in|on|at|to|for|with|there|here|over|"
    "first|more|anyway|later|tomorrow|today|tonight"
)


# A condition left open for the client to finish, "what then" understood ("And if he gets
# defensive", "And if she says no?"): open. Only the "if" clause, with no main clause
# after it ("And if he says no, will you still go?" is closed).
_IF_LEFT_OPEN = re.compile(
    r"^(?:(?:and|but|so|okay|ok),? )+(?:what )?if "
    # (a time first: "And if Tuesday it's raining again", "And if on the day he says no")
    r"(?:(?:on |next |this )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|the day|the night|friday night|next time|then|later),? )?"
    # (whoever it is, by name too: "And if Martin asks another tricky question")
    r"(?:he|she|they|it|it'?s|you|that|this|we|someone|somebody|(?:your|the|his|her|their) [\w'-]+|"
    r"(?!(?:i|i'm|i'd|so|not|only|that'?s|you'?re|you'?ve|you'?ll|you'?d|what|when|how|why|anything|nothing|there)\b)[a-z][\w-]*(?= [a-z]+s\b)) "
    # (and no second subject, a main clause run on without a comma: "So if you don't go you
    # lose the deposit?", "And if she does you'll go?"; "you" and "it" may be objects,
    # at the end or before a word that follows an object: "And if he gets angry with you",
    # "And if Martin asks you again", "And if she takes it back")
    r"(?![^,.!?]*\b(?:(?:i|we|he|she|they)\b|(?:you|it)\b(?!\s*[.?!]*$|\s+(?:"
    + _AFTER_AN_OBJECT
    + r")\b)))[^,.!?]{1,60}[.?]?$",
    re.IGNORECASE,
)


# A topic named and then the step in it, no verb, left for the client to take up at the
# end of the coach's turn ("And with the team, the quiet chat", "And for Friday, the
# email to Sam"): "what about it?" understood, an open question. Not the same again
# given back ("And with your mum, the same thing.") nor a clause ("And with the team,
# the chat went well.").
_TOPIC_LEFT_OPEN = re.compile(
    r"^(?:and|so|but|okay|ok),? (?:with|for|at|on|about) (?:the|your|his|her|their) [\w'-]+(?: [\w'-]+)?,? "
    r"(?:the|your|that|this) "
    r"(?![^.!?]*\b(?:same|too|again|also|as well|is|are|was|were|been|be|feels?|felt|seems?|sounds?|went|goes|has|had|have|did|does|do)\b)"
    r"(?![^.!?]*(?:'s|'re|'ve|'d|'ll|n't)\b)"
    r"[\w' -]{1,30}[.?]?$",
    re.IGNORECASE,
)


def leaves_open(text: str) -> bool:
    """Whether the last sentence of ``text`` leaves a condition (:data:`_IF_LEFT_OPEN`) or
    a topic (:data:`_TOPIC_LEFT_OPEN`) open for the client to finish: an open question,
    with or without its mark."""
    sentences = _sentences(text)
    return bool(sentences) and bool(
        _IF_LEFT_OPEN.match(sentences[-1]) or _TOPIC_LEFT_OPEN.match(sentences[-1])
    )


def _what_did(sentence: str) -> bool:
    """Whether an asking sentence is a "what did/do/does..." question with no choice in it
    (:data:`_WHAT_DID`), nor a guess after it (:data:`_GUESS`)."""
    core = _opening(sentence).rest
    if not _WHAT_DID.match(core) or _ALTERNATIVE.search(core) or _CLOSED_CUE.search(core):
        return False
    guess = _GUESS.search(core)
    if guess is not None:
        first = guess.group(0).split(",", 1)[1].strip(" ?").split()[0]
        if not (first in _ASIDE_WORDS or first.endswith("ly")):
            return False
    return not any(
        part.split()[0].lower() in AUXILIARIES for part in core.split(",")[1:] if part.split()
    )


def plainly_open(text: str) -> bool:
    """Whether the syntax alone makes a question open, whatever a model reads: "how
    was/did…" (:func:`is_open_how`), an invitation (:func:`invites`), a question that
    ends on its wh-word, a wh-question with a "do you think?" tag, an elliptical question
    (:func:`_elliptical`), a "what did/do/does..." question (:func:`_what_did`), "What
    happened" with its mark dropped (:data:`_WHAT_HAPPENED`), a condition left open ("And
    if he gets defensive", :data:`_IF_LEFT_OPEN`); for a
    caption's leave to ask run on into a wh-question ("can i ask you what did she say",
    :func:`_asked`), whether that question, asked bare, is."""
    sentences = _sentences(text)
    asking = _asked(sentences)
    if asking and asking[-1] not in sentences:
        # the wh-question a caption's leave to ask runs on into (:func:`_asked`), read as
        # it would be asked bare ("can i ask you how long have you been there" no more
        # plainly open than "how long have you been there")
        return plainly_open(asking[-1])
    if (
        asking
        and _WH_LAST.search(asking[-1])
        and _opening(asking[-1]).first not in AUXILIARIES  # not "Is it this, or what?"
    ):
        return True
    if asking and (
        _wh_with_think_tag(asking[-1]) or _elliptical(asking[-1]) or _what_did(asking[-1])
    ):
        return True
    if not asking and sentences and _WHAT_HAPPENED.match(_opening(sentences[-1]).rest):
        return True
    if leaves_open(text):
        return True
    return invites(text) or _open_how(text, asking)


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


# --- short answers -----------------------------------------------------------------------

_ANSWER_WORDS = 5


@lru_cache(maxsize=256)  # read for the rules' flags, then for the flag head
def short_answer(text: str) -> bool:
    """Fewer than five words once fillers and acknowledgements are set aside."""
    substantive = _substantive(_clean(text))
    return sum(len(s.split()) for s in substantive) < _ANSWER_WORDS


def questions_asked(text: str, *, after_a_question: bool = False) -> int:
    """How many questions a coach's question asks (at least one). A sentence may ask
    several, each in a part of its own, cut at commas, dashes and "and", "but" or "or",
    that opens as a question: a wh-word and a verb ("what would you do", "who would you
    tell", "what's it protecting"; "when you think about it", "how to start" ask
    nothing), or a verb such as "is", "do" or "would" before who or what it is about
    ("is there anything you'd change"), both read by :mod:`coachconn.analysis.opening`.
    One question about two things ("What did you notice about your energy and your
    sleep?") asks one; so does a question with its time or its either/or ("What will you
    do, and by when?", "Do you know that, or is it a guess?"), a tag or a preface ("…,
    would you say?", "Can I ask, what…?"), a scale's ends ("where 1 is not at all…") and
    a start broken off and begun again ("what would, uh, what would help?", "what-wh--
    in the moment, what…"). ``after_a_question``: the coach asked a question just before,
    in the same turn; a question that opens on "or" there is the other half of that
    either/or ("Is it the work? Or is it the people?"), and asks none of its own unless
    another part of it does ("Or what else could you try?" asks one)."""
    parts = _QUESTION_PARTS.split(_cut_starts(text))
    words = [WORD.findall(part) for part in parts]
    leads = [lead_length(w) for w in words]
    # each part's words after its lead ("and", "so", "um", "you know")
    said = [w[lead:] if lead else w for w, lead in zip(words, leads, strict=True)]
    asking = 0
    # an "or" leads in to the next part that has words, though a part of lead words
    # alone stands between ("Is it the work, or, um, is it the people?")
    either = False
    for k, tokens in enumerate(said):
        either = either or "or" in words[k][: leads[k]]
        if not tokens:
            continue
        alternative, either = either, False
        if _CUT in parts[k] or _begun_again(tokens, said[k + 1 :]):
            continue
        if alternative and tokens in _WHAT_DO_YOU_THINK:
            continue
        if wh_opening(tokens) or (not alternative and _opens_an_inverted_question(tokens)):
            asking += 1
    if after_a_question and next((w[0] for w in words if w), None) == "or":
        return asking
    return max(asking, 1)


# Where a sentence's questions part: a comma, a semicolon, a colon, a dash, a sentence's
# end, or "and", "but", "or".
_QUESTION_PARTS = re.compile(r"[,;:?!.…]+|\s[-–—]+\s|[–—]|\b(?=(?:and|but|or)\b)")
# A word broken off ("what-wh-- in the moment", "what are- what are"), marked so that the
# part it ends is not read as a question.
_BROKEN_OFF = re.compile(r"(?<=[^\W_])-+(?=\s|$)")
_CUT = "\x00"
# Words a part does not end on unless it was broken off: "what are the, uh, what…".
_NO_END = POSSESSIVES | frozenset({"the", "a", "an"})
_FILLERS = frozenset({"um", "uh", "er", "erm", "like"})
# "…, or what do you think?": a tag that leaves the question to the client.
_WHAT_DO_YOU_THINK = [["what", "do", "you", verb] for verb in VIEW_VERBS]


def _cut_starts(text: str) -> str:
    """``text`` in lower case, each word broken off marked (:data:`_BROKEN_OFF`)."""
    return _BROKEN_OFF.sub(_CUT + ",", text.lower().replace("\u2019", "'"))


def _begun_again(tokens: list[str], after: list[list[str]]) -> bool:
    """Whether a part (its words after its lead) is a start given up: it stops on "the"
    or "your" ("what are the, uh, what would…"), or the next part with words after its
    lead begins with all of it ("what would, uh, what would help…")."""
    said = list(tokens)
    while said and said[-1] in _FILLERS:
        said.pop()
    if not said or said[-1] in _NO_END:
        return True
    following = next((words for words in after if words), None)
    return following is not None and following[: len(said)] == said


def _opens_an_inverted_question(tokens: list[str]) -> bool:
    """Whether a part opens as "is there anything…", "do you want…", "would your boss see
    it" (:func:`coachconn.analysis.opening.inverted`), and more than a tag or a preface
    ("do you think", "isn't it", "can I ask you"). A noun after "do" or "have" begins
    what is to be done ("have your drinks", which goes on from a question before it),
    not who does it."""
    if not inverted(tokens) or is_tag(tokens[2:]):
        return False
    return not (tokens[0] in ("do", "have") and tokens[1] in ("your", "the"))
