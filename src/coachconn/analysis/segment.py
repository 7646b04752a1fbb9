"""Split a speaker's turn into utterances.

A turn is cut into sentences, then regrouped: a run of statements stays one
utterance (a reflection or a piece of advice often spans several sentences),
while every question is an utterance of its own. So "That sounds hard. What did
you do next?" gives two utterances, and two questions in a row give two.

A set-up that asks the client to imagine or recall a scene ("Imagine it's a year from
now and you took the role. What's different?") frames the question after it rather
than saying something of its own, so it stays with that question, and so does the
coach's naming of what the question just after it asks about ("I'm curious about the
four a.m. thing. If you imagine September, what do you notice?"). A question of a word
or two that a statement follows ("Honestly? I'm running on empty.", or "Do I? Huh.") leads
into what the speaker goes on to say rather than asks anything, so it stays with that.

Auto-captions often drop a coach's last question mark ("...so we've got twenty left.
Where do you want to take the rest of the time"), and write the question on in lower
case ("...let's start to wrap up. what's one thing you're taking from today"). In a coach's
turn, a last sentence with no closing mark that is plainly a question by its form is
split off as a question (:func:`unmarked_question`), and so is a question a caption runs
on from a reflection with no mark between them ("that sounds hard what did you do next",
:func:`_split_run_on_question`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from coachconn.analysis.opening import asking_word, inverted, read_opening, wh_opening

# Words that end in a full stop without ending a sentence. "No." is left out on
# purpose: in speech it is usually a whole answer.
_ABBREVIATIONS = frozenset(
    {
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "ph.d",
        "approx",
        "dept",
        "inc",
        "ltd",
        "mt",
        "fig",
    }
)
# A sentence ends at ., ? or ! (possibly repeated, possibly followed by closing
# quotes or brackets) that is followed by white space. A run of marks is tried once, from
# its first mark, and never given back: tried from every mark of "!!!!...", each try
# running to the run's end, a long run took a time that grew with its square.
_END = re.compile(r"(?<![.?!])[.?!]++[\"'”’)\]]*+(?=\s)")
CLOSERS = "\"'”’)]"
_OPENERS = tuple("\"'“‘(")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_NEXT_CHAR = re.compile(r"\s*(\S)")

# A sentence that sets a scene for the question after it, in the imperative: imagining
# ("Imagine...", "Picture yourself...", "Suppose...", "Say it's...", "Fast forward...")
# or recalling ("Think back to...", "Go back to...", "Think of a time..."). "Imagine
# how hard that was." and "Imagine that!" react to what the client said; "I suppose
# so." is no imperative. (The white space after "Imagine" is read once: given back, a
# long run of it was read every way it splits, in a time that grew with its square.)
_SET_UP = re.compile(
    r"^(?:(?:so|and|okay|ok|now|right|well|just|then|alright|all right)\b[\s,]*)*"
    r"(?:(?:let'?s |for a (?:moment|minute|second),? )?"
    r"(?:imagine|picture|suppose|pretend)\b(?!\s*+(?:that)?\s*+[.!]*$)(?! how\b)"
    r"|say (?:it'?s|it is|it was|you|that you|we|the)\b"
    r"|let'?s say\b|fast[- ]?forward\b|close your eyes\b|put yourself in\b|step into\b"
    r"|(?:think|cast your mind|go|take yourself) back\b|go (?:forward|ahead) to\b"
    r"|(?:think of|remember|recall|bring to mind) (?:a|an|one|the) (?:\w+ )?"
    r"(?:time|moment|day|occasion|person|situation)\b)",
    re.IGNORECASE,
)
# The coach naming what the question just after it asks about ("I'm curious about the
# four a.m. thing, though. If you imagine September, what do you notice?"): one question,
# not an invitation and a question stacked on it. Not asking how or what ("I'm curious
# about how you did that.", an invitation of its own), nor with a statement between it
# and the question.
_TOPIC_LEAD = re.compile(
    r"^(?:(?:so|and|but|okay|ok|now|right|well|actually)\b[\s,]*)*"
    r"i(?:'m| am)(?: (?:really|just|also|a bit|a little|quite))? (?:curious|wondering) about "
    r"(?!(?:what|how|why|whether|if|where|when|who|which)\b)[^?]*$",
    re.IGNORECASE,
)
# At most this many statements between a set-up and its question are part of the scene
# ("Imagine it's a year from now. You took the role. What's different?").
_SCENE = 2
# An acknowledgement just before a set-up ("Okay. Imagine...") goes with it.
_ACKNOWLEDGEMENT = re.compile(
    r"^(?:(?:okay|ok|right|alright|all right|so|well|good|great|mm+|mm-hmm|yeah|yes|sure|"
    r"fine|thanks|thank you)\b[\s,.!]*)+$",
    re.IGNORECASE,
)


# A sentence that asks by its form alone (:mod:`.opening`) is plainly a question, unless
# it is an exclamation ("What a week", "How interesting"), a wh-clause that is the subject
# of a statement ("Where you go from here is up to you", "What would help is a plan"), an
# imperative ("Do it anyway", "Have a think") or one of the refusals below.

# A wh-clause then the verb of a statement ("What would help most is a plan.").
_CLAUSE_AS_SUBJECT = re.compile(r"\b(?:is|was|are|were|isn't|wasn't)\b", re.IGNORECASE)
# A short aside between commas ("What's important, I think, is..."), set aside before the
# clause is read.
_ASIDE = re.compile(r",(?: [\w'\u2019]+){1,3},")
# "Which" with a verb after it that no subject follows is a relative clause a caption
# cut off ("You said no. Which is fine", "Which would make sense"); it asks where a
# subject or a comparison follows ("Which is better", "Which would you pick").
_WHICH_ASKS = re.compile(
    r"which(?:['\u2019]s| \w+) "
    r"(?:you|it|we|they|he|she|one|the (?:one|best|better|right|easier|harder|bigger|first)|"
    r"better|easier|harder|best|worse|worst|right|more (?!than\b)\w+|most \w+)\b|"
    r"which (?:do|did|does)\b",
    re.IGNORECASE,
)
# A wh-word and "'s" that open a statement ("What's more, you asked for help", "What's
# important, I think, is that you started").
_WHATS_ASIDE = re.compile(
    r"what['\u2019]s (?:really |most |also )?"
    r"(?:more|worse|better|funny|interesting|important|clear|great|odd|strange|striking|"
    r"nice|good|lovely|amazing|brilliant|encouraging|remarkable|key|telling|obvious|true),",
    re.IGNORECASE,
)
# Imperatives that open like a question ("Do your best with it", "Have the conversation
# with her first"), and a condition put first ("Should you need anything, just email",
# "Were you to say no, that would be fine").
_IMPERATIVE = re.compile(
    r"(?:"
    r"do your (?:best|homework|research|bit|part|thing|own|job|prep|preparation|reading|"
    r"exercises?|breathing|list|notes)|"
    r"have (?:the|your) (?:conversation|chat|talk|courage|confidence|say|break|rest|lunch|"
    r"day|weekend|holiday|meeting|call|think|go|turn|pick)|"
    r"(?:should|were|had) (?:you|we|they|it|that|this|there|he|she)\b[^,]*, "
    r"(?:just|then|please|feel|call|email|drop|let|give|get|send|come|i|we|you|that|it|"
    r"this|there(?:['\u2019]s| is))\b)\b",
    re.IGNORECASE,
)
# Openings that ask nothing, as a caption writes them with the rest of the turn run on:
# leave to speak with what is said already after it ("can i just say you've come a long
# way", "may i say that sounds exhausting", "can i be honest i think you know"; not
# "can i say something", "can i be honest with you about something", "can i point out a
# pattern i noticed", "can i add my two cents"), an exclamation ("would you believe it",
# "is it any wonder you're tired", "who would have thought", "are you kidding that's
# huge") and a condition with no comma after it, then what the client is to do ("should
# you want to pick it up just let me know"; not "were you going to let me know", where
# that is what the question asks about).
_SAYS_ANYWAY = re.compile(
    r"(?:can|could|may|might) i (?:just |also |honestly )?"
    r"(?:say|add|point out|be (?:honest|frank|straight)) "
    r"(?!(?:something|anything|one (?:thing|more)|a|an|my|some|what|this|that\s*$|"
    r"with you(?:\s*$| (?:about|for|on|here|now|just|a|if)\b)|here\s*$|now\s*$|"
    r"about|for a)\b)\S|"
    r"(?:would you believe (?:it|that)|will you look at (?:that|you)|is it any wonder|"
    r"isn'?t (?:that|it|this) (?:something|great|amazing|brilliant|lovely|wonderful)|"
    r"who would(?:'ve| have) (?:thought|guessed|believed)|am i glad|"
    r"are you (?:kidding|joking)(?: me)? \S)|"
    r"(?:should|were|had) (?:you|we) \S.*(?<!\bto)(?<!\bor)(?<!\bjust)(?<!\bplease) "
    r"(?:just |please )?"
    r"(?:let me know|feel free|get in touch|drop me|give me a (?:call|shout|ring)|email me|"
    r"ask me)\b",
    re.IGNORECASE,
)
# A caption cut off mid-phrase, on an article, a possessive or a conjunction ("And
# what's the", "Do you want to or").
_CUT_OFF_WORDS = frozenset(
    ("the", "a", "an", "your", "my", "their", "our", "its", "and", "or", "but", "because", "if")
)
# Where a caption writes on in lower case after a full stop ("...wrap up. what's one...").
_LOWER_BOUNDARY = re.compile(r"[.!]\s+(?=[a-z])")
# How a marked question written on in lower case may open besides a plain question form
# (:func:`unmarked_question`): "what" or "who" and a verb in the past or present ("so what
# happened?", "who knows?"), a scale ("on a scale of one to ten, how...?"), "anything" or
# "any" ("anything else before we stop?"), "is there", or a condition with the question
# after its comma. The mark says the words ask; these say where they start. Not an
# exclamation: "what a week it's been?"
_ASKS_FROM_HERE = re.compile(
    r"^(?:(?:so|and|but|okay|ok|now|then|right|well|um|uh)\b[\s,]*)*"
    r"(?:(?:what|who)(?!\s+an?\b)\s+[a-z]+(?:ed|s)\b|on a scale\b|any(?:thing|one|body)?\b|"
    r"is there\b|are there\b|"
    # (a condition, and the question after its comma: "so if Monday goes well, what
    # comes after it?")
    r"(?:if|when|once|suppose|supposing) [^,]{1,80}, (?:and |so |then )?"
    r"(?:what|how|where|who|which|why|is|are|do|does|did|would|could|can|will|should)\b)"
)


# A check that what the coach said is right, as a caption writes it with no mark after a
# summary ("...in a room. that about right", "sound right"); not agreement, "that's
# right", nor a check said with its full stop.
_CHECKS = re.compile(
    r"^(?:(?:so|and|okay|ok|right)\b[\s,]*)*(?:is |does )?(?:that|this|it) "
    r"(?:about |roughly |more or less |pretty much )?(?:right|fair|accurate)\s*$|"
    r"^(?:(?:so|and|okay|ok|right)\b[\s,]*)*(?:does (?:that|this|it) )?"
    r"sound (?:about )?(?:right|fair)\s*$",
    re.IGNORECASE,
)


def checks_it_is_right(sentence: str) -> bool:
    """Whether ``sentence`` only checks, with no mark, that what was said is right
    (:data:`_CHECKS`): a closed question."""
    return _CHECKS.match(sentence.strip()) is not None


def unmarked_question(sentence: str) -> bool:
    """Whether ``sentence``, with no closing mark, is plainly a question by its form: a
    wh-word with a verb after it (:func:`.opening.wh_opening`) or a verb before its
    subject (:func:`.opening.inverted`), after the words that lead in: "Where do you want
    to take the rest of the time", not "What a week" or "Where you go from here is up to
    you"."""
    sentence = sentence.strip()
    # (nor one cut off: "...or-", "Have I got the--")
    if not sentence or ends_a_sentence(sentence) or sentence.endswith(("..", "…", "-", "—", "–")):
        return False
    if sentence.lower().split()[-1].strip(",;:") in _CUT_OFF_WORDS:
        return False
    opening = read_opening(sentence)
    if _IMPERATIVE.match(opening.rest) or _SAYS_ANYWAY.match(opening.rest):
        return False
    asked = wh_opening(opening.words, verb_after=True)
    if not asked:
        return inverted(opening.words)
    if _WHATS_ASIDE.match(opening.rest):
        return False
    if opening.first.partition("'")[0] == "which" and _WHICH_ASKS.match(opening.rest) is None:
        return False
    # the clause up to its first comma (an aside set apart) has no second verb of being
    # after the opening
    clause = _ASIDE.sub("", opening.after(asked)).split(",", 1)[0]
    return _CLAUSE_AS_SUBJECT.search(clause) is None


# A caption runs a question on from the statement before it with no mark between them.
# Two tails ask however the sentence opens: leave asked to share or ask something ("i've
# got some numbers from other clients would it be useful if i shared it"), and a question
# after a scene the client is asked to imagine ("if you imagine a year from now what's
# your work day like"). Not leave reported ("she asked if it would be useful"), nor a
# wh-clause that is what the client imagines or thinks about ("if you think about what's
# changed that's a lot").
_LEAVE_TAIL = re.compile(
    r"\b(?:(?:would|will|could) (?:it|that) be (?:useful|helpful|okay|ok|alright|all right|"
    r"of (?:use|interest))|is it (?:okay|ok|alright|all right) (?:if|for me to)|"
    r"(?:would|do) you (?:mind if i|want me to|like me to|want to hear|like to hear)|"
    r"(?:can|could|may|might) i (?:share|offer|suggest|ask you|add|mention|give you|"
    r"tell you (?:what|something|how|about))|how would it be if i)\b[^.!?]*$",
    re.IGNORECASE,
)
# Leave asked in someone's words, reported or put in the client's mouth ("she said would
# you mind if i brought someone", "you could ask her would it be okay if you left early",
# "and he goes can i ask you something", "your boss asked you would it be okay if you
# stayed late", "he said to her can i ask you something"): the coach asks nothing.
_REPORTED = re.compile(
    r"\b(?:(?:said|says|say)(?: to (?:me|you|us|her|him|them|your \w+|\w+))?|"
    r"(?:asked|asks)(?: (?:me|you|us|her|him|them))?|ask (?:her|him|them|your \w+)|goes|went|"
    r"(?:told|tells) (?:me|you|us|her|him|them)|tell (?:her|him|them)|like|was like|wondered|"
    r"wonders)[\s,:]*$",
    re.IGNORECASE,
)
_SCENE_IF = re.compile(
    r"^(?:(?:so|and|okay|ok|now|right|well|just|then|um|uh)\b[\s,]*)*"
    r"(?:if|when) you (?:imagine|picture|pretend|fast[- ]?forward|look (?:ahead|forward)|"
    r"think (?:ahead|forward))\b",
    re.IGNORECASE,
)
# A condition, whose question comes after a comma: set on the client or on what they
# would do ("if you took...", "when you get there", "once we've agreed it") or on anyone
# else ("if he could see you now, what would he say"). What follows the comma decides:
# "when he left, what hurt most was the silence" asks nothing.
_CONDITION = re.compile(
    r"^(?:(?:so|and|okay|ok|now|right|well|just|then|um|uh)\b[\s,]*)*"
    r"(?:if|when|once|suppose|supposing) [\w'’]",
    re.IGNORECASE,
)
_WH_START = re.compile(r"^\s*(?:and |so |then )?(?:what|how|where|who|which|why|when)\b", re.I)
# A scene's question is looked for in its first words, and at its first few wh-words.
_TAIL_WORDS = 40
_TAILS = 4
_WH_WORDS = frozenset(("what", "what's", "how", "how's", "where", "who", "which", "why", "when"))
# Words before which a wh-word opens a clause that is part of the scene, not the question
# ("imagine what", "think about how").
_EMBEDS = frozenset(
    (
        "imagine",
        "picture",
        "pretend",
        "think",
        "about",
        "of",
        "at",
        "on",
        "to",
        "see",
        "know",
        "wonder",
        "consider",
        "remember",
        "from",
        "in",
        "with",
        "for",
        "like",
    )
)


def asks_unmarked(sentence: str) -> bool:
    """Whether ``sentence``, with no question mark, asks: plainly a question by its form
    (:func:`unmarked_question`) or a check that what was said is right (:func:`checks_it_is_right`),
    or a caption's statement that runs on into a question with no mark between them:
    leave asked to share something (:data:`_LEAVE_TAIL`) or a question after a scene the
    client is asked to imagine (:data:`_SCENE_IF`)."""
    sentence = sentence.strip()
    if not sentence or "?" in sentence or ends_a_sentence(sentence):
        return False
    if unmarked_question(sentence) or checks_it_is_right(sentence):
        return True
    leave = _LEAVE_TAIL.search(sentence)
    if leave and not _REPORTED.search(sentence, 0, leave.start()):
        return True
    if _CONDITION.match(sentence):
        # "So if you took that approach with Devon, what would you say first": the
        # question after the condition's comma (the first few commas tried)
        clauses = sentence.split(",")[1 : _TAILS + 1]
        if any(_WH_START.match(clause) and unmarked_question(clause) for clause in clauses):
            return True
    if not _SCENE_IF.match(sentence):
        return False
    # (a wh-word looked for in the first words only, and the first few tried: tried at
    # each word of a long run-on line, the time grew with the square of its length)
    words = sentence.split()
    tails = [
        k
        for k in range(3, min(len(words), _TAIL_WORDS))
        if words[k].lower().replace("\u2019", "'") in _WH_WORDS
        and words[k - 1].lower().strip(",") not in _EMBEDS
    ]
    return any(unmarked_question(" ".join(words[k:])) for k in tails[:_TAILS])


# A question of at most this many words, with a statement after it in the same turn,
# leads into the statement ("Honestly? ...", "Me? ...", "Do I? ...").
_LEAD_IN_WORDS = 2


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a turn's text: ``text[start:end]`` of the text it was cut from."""

    start: int
    end: int
    text: str


def ends_a_sentence(text: str) -> bool:
    """``text`` ends with a full stop, question or exclamation mark (closing quotes
    aside); "..." trails off rather than ends."""
    ending = text.rstrip(CLOSERS + " ")
    return ending.endswith((".", "?", "!")) and not ending.endswith("..")


def is_question(sentence: str) -> bool:
    """True when the sentence ends with a question mark; closing quotes and a tail
    without letters or digits ("Why? 😀🙏", "Really? :)") are ignored."""
    end = len(sentence)
    while end and not (sentence[end - 1].isalnum() or sentence[end - 1] in ".?!？"):
        end -= 1
    return sentence[:end].rstrip(".!").endswith(("?", "？"))


def split_sentences(text: str) -> list[Span]:
    """Sentences of ``text`` with their character offsets, white space trimmed.

    Splits after ``?`` and ``!`` always, after ``.`` only when the next word
    starts with a capital, digit or quote and the word before is not a known
    abbreviation (Dr., e.g.) or a single initial. Decimals ("2.5") never split
    because a split needs white space after the mark. Ellipses do not split. A
    piece without letters or digits ("😀🙏", "!!") is not a sentence: it stays
    with the sentence before it.
    """
    spans: list[Span] = []
    begin = 0
    for match in _END.finditer(text):
        if _ends_sentence(text, match):
            _add_span(spans, text, begin, match.end())
            begin = match.end()
    _add_span(spans, text, begin, len(text))
    return spans


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    marks = match.group().rstrip(CLOSERS)
    after = _NEXT_CHAR.match(text, match.end())  # never a slice of the rest: long turns
    following = after.group(1) if after else ""
    if "?" in marks or "!" in marks:
        # A quoted question inside a sentence ('You said "why not?" and left.') runs on.
        return not (len(marks) < len(match.group()) and following.islower())
    if marks != ".":  # "..." trails off rather than ends
        return False
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    # the word before the dot: a short window, so long turns stay linear
    return not _is_abbreviation(text[max(match.start() - 40, 0) : match.start() + 1])


def _is_abbreviation(before_and_dot: str) -> bool:
    found = _WORD_BEFORE.search(before_and_dot)
    if found is None:
        return False
    word = found.group(1)
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial, as in "J. Rivers"
    return word.lower() in _ABBREVIATIONS


def _add_span(spans: list[Span], text: str, begin: int, end: int) -> None:
    piece = text[begin:end]
    stripped = piece.strip()
    if not stripped:
        return
    if spans and not any(ch.isalnum() for ch in stripped):
        last = spans[-1]
        end = begin + len(piece.rstrip())
        spans[-1] = Span(last.start, end, text[last.start : end])
        return
    start = begin + (len(piece) - len(piece.lstrip()))
    spans.append(Span(start, start + len(stripped), stripped))


def segment_turn(text: str, *, role: str | None = None) -> list[Span]:
    """Utterances of one turn: each question alone, runs of statements together.

    The returned spans index into ``text``; joined statements keep the original
    text between them (``text[span.start:span.end] == span.text``).

    A set-up that asks the client to imagine or recall a scene, with up to _SCENE
    statements after it, stays with the question it leads to (:data:`_SET_UP`); in the
    coach's turn, so does the topic named just before it (:data:`_TOPIC_LEAD`).

    ``role``: whose turn it is, where known. In the coach's, a last sentence with no
    closing mark that is plainly a question (:func:`unmarked_question`) is a question,
    after a statement too, and a question run on from a reflection with no mark between
    them is cut from it (:func:`_split_run_on_question`). In anyone else's, a question
    mark on a sentence in a statement's form, with a statement after it, is rising
    intonation that a caption wrote down, not a question: it stays with what follows, so
    an answer is not cut mid-thought ("I think... it wants to matter? Like, really
    matter."). A coach's "You said Tuesday?" asks, whatever its form.
    """
    groups: list[Span] = []
    run: list[Span] = []
    sentences = split_sentences(text)
    uptalk = role is not None and role != "coach"
    unmarked = -1  # the sentence read as a question though it has no question mark
    if role == "coach" and sentences:
        sentences = _split_lower_case_marked(sentences, text)
        sentences = _split_lower_case_question(sentences, text)
        if asks_unmarked(sentences[-1].text):
            unmarked = len(sentences) - 1
        else:
            sentences = _split_run_on_question(sentences, text)
            unmarked = len(sentences) - 1 if asks_unmarked(sentences[-1].text) else -1
    for k, sentence in enumerate(sentences):
        following = sentences[k + 1 : k + 2]
        asks = (is_question(sentence.text) or k == unmarked) and not _quoted(sentence, text)
        if asks and groups and not run and _names_what_was_asked(sentence, groups[-1], text):
            last = groups.pop()  # "Do you think you'd be good at it? The lead role?"
            groups.append(Span(last.start, sentence.end, text[last.start : sentence.end]))
            continue
        if asks and not (
            _leads_in(sentence, following)
            or (uptalk and _rises(sentence, following))
            or (following and not is_question(following[0].text) and _tag_only(sentence.text))
        ):
            frame = _set_up(run)
            if frame == len(run) and role == "coach" and run and _TOPIC_LEAD.match(run[-1].text):
                frame -= 1
            scene = run[frame:]
            del run[frame:]
            _flush(groups, run, text)
            start = scene[0].start if scene else sentence.start
            groups.append(Span(start, sentence.end, text[start : sentence.end]))
        else:
            run.append(sentence)
    _flush(groups, run, text)
    return groups


def _split_lower_case_question(sentences: list[Span], text: str) -> list[Span]:
    """``sentences`` with the last one cut where a caption writes a question on in lower
    case after a full stop ("...let's wrap up. what's one thing you're taking"), where
    the rest is plainly a question with no closing mark (:func:`unmarked_question`) or a
    check (:func:`checks_it_is_right`: "...in a room. that about right")."""
    last = sentences[-1]
    if ends_a_sentence(last.text):
        return sentences
    for boundary in reversed(list(_LOWER_BOUNDARY.finditer(last.text))):
        rest = last.text[boundary.end() :]
        if unmarked_question(rest) or checks_it_is_right(rest):
            cut = last.start + boundary.start() + 1  # after the full stop
            start = last.start + boundary.end()
            head = Span(last.start, cut, text[last.start : cut])
            return [*sentences[:-1], head, Span(start, last.end, text[start : last.end])]
        break  # only the last boundary
    return sentences


def _split_lower_case_marked(sentences: list[Span], text: str) -> list[Span]:
    """``sentences`` with each question cut where a caption writes it on in lower case
    after a full stop ("...well done. what would it look like if you kept it?"): a full
    stop before a lower-case word ends no sentence (:func:`split_sentences`), so the
    statement and the question came as one. Cut at the last such stop, where the words
    after it ask by their form (:func:`unmarked_question`) or open as a question does
    (:data:`_ASKS_FROM_HERE`), and the word before it is no abbreviation ("e.g. would a
    walk work?")."""
    out: list[Span] = []
    for sentence in sentences:
        boundaries = (
            list(_LOWER_BOUNDARY.finditer(sentence.text)) if is_question(sentence.text) else []
        )
        last = boundaries[-1] if boundaries else None
        if last is not None:
            rest = sentence.text[last.end() :].rstrip(CLOSERS + "?？!. ")
            before = sentence.text[max(last.start() - 40, 0) : last.start() + 1]
            asks = unmarked_question(rest) or _ASKS_FROM_HERE.match(rest) is not None
            if asks and not _is_abbreviation(before):
                cut = sentence.start + last.start() + 1  # after the full stop
                start = sentence.start + last.end()
                out += [
                    Span(sentence.start, cut, text[sentence.start : cut]),
                    Span(start, sentence.end, text[start : sentence.end]),
                ]
                continue
        out.append(sentence)
    return out


# A caption's reaction to what the client said run on into the coach's question with no
# mark between them ("that sounds hard what did you do next", "you were exhausted did
# you tell her"): a reflection first, in its own plain form ("that sounds", "it must
# have been", "you were"), then a question that asks with a verb and its subject ("what
# did you", "did you", "how was it"). Nothing else is cut: a wh-word after a word that
# makes it part of the sentence ("that's what did it", "you know what you want", "you
# were saying is it worth it") or after a subject ("it's something you did you know"),
# and a question without its subject ("what would happen"), stay as written.
_REACTION = re.compile(
    r"^(?:(?:so|and|okay|ok|right|yeah|yes|mm+|wow|oh|ah|gosh|hmm)\b[\s,]*)*"
    r"(?:(?:that|it|this)(?:['’]s| is| was| sounds| must| seems| feels| looks)|"
    r"sounds|you(?:['’]re| are| were| sound| seem| felt| feel| must|['’]ve been| have been))\b",
    re.IGNORECASE,
)
_RUN_ON_QUESTION = re.compile(
    r"^(?:(?:and|so|but|then) )?"
    r"(?:(?:what|how|where|when|why|who|which)(?: (?:else|much|many|long|often))? )?"
    r"(?:do|does|did|are|is|was|were|have|has|had|would|could|can|will|should|might)"
    r"(?:n['’]t)? (?:you|we|they|he|she|it|that|this|there|your|the|things)\b",
    re.IGNORECASE,
)
# At least this many words in the question: "...is it", "...aren't you" is a tag.
_RUN_ON_WORDS = 3
# Words after which a question's words are part of the sentence, not a question of its own.
_RUNS_ON_AFTER = _EMBEDS | _WH_WORDS | frozenset(
    ("is", "was", "that's", "it's", "what's", "said", "saying", "asked", "asking",
     "wondering", "wondered", "sure", "clear", "exactly", "just", "and", "or", "but",
     "because", "so", "if", "whether", "that", "i", "you", "we", "they", "he", "she", "it",
     "me", "him", "her", "them", "us")
)  # fmt: skip
# Tags that ask nothing of their own ("...you know", "do you see").
_BARE_TAGS = frozenset(("do you know", "do you see", "you know", "do you know what i mean"))


def _split_run_on_question(sentences: list[Span], text: str) -> list[Span]:
    """``sentences`` with the last one cut where a caption runs a reflection on into a
    question with no mark between them (:data:`_REACTION`, :data:`_RUN_ON_QUESTION`): at
    the first word, among the first _TAIL_WORDS, where a question that is plain by its
    form (:func:`unmarked_question`) begins. A sentence with a closing mark is left."""
    last = sentences[-1]
    if ends_a_sentence(last.text) or not _REACTION.match(last.text):
        return sentences
    words = list(itertools.islice(re.finditer(r"\S+", last.text), _TAIL_WORDS))
    for k in range(2, len(words)):
        before = words[k - 1].group().lower().replace("\u2019", "'").rstrip(",")
        if before in _RUNS_ON_AFTER or before in _CUT_OFF_WORDS:
            continue
        if "'" in before and before.split("'")[0] in _RUNS_ON_AFTER:
            continue  # "you'd", "i'll": a subject
        rest = last.text[words[k].start() :]
        if (
            len(words) - k >= _RUN_ON_WORDS
            and _RUN_ON_QUESTION.match(rest)
            and unmarked_question(rest)
            and rest.lower() not in _BARE_TAGS
        ):
            cut = last.start + words[k - 1].end()
            start = last.start + words[k].start()
            head = Span(last.start, cut, text[last.start : cut])
            return [*sentences[:-1], head, Span(start, last.end, text[start : last.end])]
    return sentences


# A question's own tail that names what it asks about, with no verb of its own: a word
# or three after "about" or "with", or after "the" or a possessive where the question
# points at a thing it has not named ("it", "that": "Do you think you'd be good at it?
# The lead role?", "Have you told her? About the move?"). Not a question that asks
# something more ("Anything else?", "Or is it the money?"), nor one that offers an answer
# to choose ("When will you tell her? This week?", "What's stopping you? The money?").
_NAMING_TAIL = re.compile(
    r"^(?:(?P<thing>the|your|his|her|their|our)|with|about)"
    r"(?: [\w'’-]+){1,3}\?+[\"'”’)\]]*$",
    re.IGNORECASE,
)
_POINTS_AT = re.compile(r"\b(?:it|that|this|them|those|these|there)\b", re.IGNORECASE)
# A tag that asks nothing where the speaker goes straight on ("...meetings don't feel like
# work, you know? It took me years to see it."): "right?" or "isn't it?" so placed may
# still check something, so only "you know?" and "know what I mean?" count.
_TAG = re.compile(r",\s*(?:you know|(?:do )?(?:you )?know what i mean)\?+[\"'”’)\]]*$", re.I)
# Quotation marks: a curly pair, or a straight one ("), whose opening is told from its
# closing by counting.
_OPEN_QUOTE = "“"
_CLOSE_QUOTE = "”"


def _tag_only(sentence: str) -> bool:
    """Whether ``sentence`` asks only by a tag after a comma (:data:`_TAG`): "...feel like
    work, you know?", not "How do you know?" nor "Do you know what I mean?"."""
    return bool(_TAG.search(sentence)) and not _in_asking_form(sentence)


def _quoted(sentence: Span, text: str) -> bool:
    """Whether ``sentence`` asks only inside someone's words that the speaker quotes: its
    question mark stands within quotation marks that open earlier in the turn (a rehearsed
    line, 'something like, "Dev, I want to check in. What's going on?"') or within the
    sentence after words that do not ask ('He asked me, "Why are you late?"'), or wholly
    in quotation marks with more said in the turn ('He asked me. "Why are you late?" And I
    froze.'). A question that quotes within its own asking ('What if you asked her, "What
    do you need?"') still asks, as does one whose quote closes before its mark ('What
    happens if you say "no"?') and a turn that is nothing but a quoted question."""
    if '"' not in text and _OPEN_QUOTE not in text:
        return False
    end = sentence.text.rstrip().rstrip(CLOSERS + " ")
    if not end.endswith("?"):
        return False
    upto = sentence.start + len(end)  # the question mark's offset in text
    before = text[: sentence.start]
    inside = before.count('"') % 2 == 1 or before.count(_OPEN_QUOTE) > before.count(_CLOSE_QUOTE)
    if inside:
        return True
    own = text[sentence.start : upto]
    straight, curly = own.rfind('"'), own.rfind(_OPEN_QUOTE)
    opened = curly if curly > straight else (straight if own.count('"') % 2 == 1 else -1)
    if opened < 0:
        return False
    if opened == 0:  # the sentence is the quote: speech told, where the turn says more
        return bool(text[: sentence.start].strip() or text[sentence.end :].strip())
    return not _in_asking_form(own[:opened])


def _names_what_was_asked(tail: Span, question: Span, text: str) -> bool:
    """Whether ``tail`` is a question's own tail (:data:`_NAMING_TAIL`) that comes straight
    after ``question``, the turn's last group and a question."""
    named = _NAMING_TAIL.match(tail.text.strip())
    return (
        named is not None
        and is_question(question.text)
        and not text[question.end : tail.start].strip()
        and (named["thing"] is None or bool(_POINTS_AT.search(question.text)))
    )


def _leads_in(question: Span, following: list[Span]) -> bool:
    """Whether ``question`` is a word or two ("Honestly?", "Do I?") and a statement
    follows it in the turn: it leads into that statement (:data:`_LEAD_IN_WORDS`)."""
    spoken = [w for w in question.text.split() if any(ch.isalpha() for ch in w)]
    return len(spoken) <= _LEAD_IN_WORDS and bool(following) and not is_question(following[0].text)


def _rises(question: Span, following: list[Span]) -> bool:
    """Whether ``question`` is in a statement's form (:func:`_in_asking_form`) and a
    statement follows it in the turn."""
    return (
        bool(following)
        and not is_question(following[0].text)
        and not _in_asking_form(question.text)
    )


def _in_asking_form(sentence: str) -> bool:
    """Whether ``sentence`` is in a question's own form: after the words that lead in, it
    opens with a wh-word or a verb put first ("Is that normal?", "So should I just
    quit?", :func:`.opening.asking_word`)."""
    return asking_word(read_opening(sentence).first)


def _set_up(run: list[Span]) -> int:
    """Where in ``run`` (the statements before a question) a set-up for that question
    begins: the first among its last _SCENE + 1 sentences, with the acknowledgements
    just before it; ``len(run)`` if none."""
    for k in range(max(len(run) - _SCENE - 1, 0), len(run)):
        if _SET_UP.match(run[k].text):
            while k and _ACKNOWLEDGEMENT.match(run[k - 1].text):
                k -= 1
            return k
    return len(run)


def _flush(groups: list[Span], run: list[Span], text: str) -> None:
    if run:
        start, end = run[0].start, run[-1].end
        groups.append(Span(start, end, text[start:end]))
        run.clear()
