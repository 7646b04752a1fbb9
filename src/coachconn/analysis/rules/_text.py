"""The text machinery every rule module reads through: the cue-list builder
(:func:`_rx`), the cleaning of a disfluent utterance (:func:`_clean`), sentence
splitting, and the patterns the coach, client and question-form rules share.

It imports nothing from the other rule modules.
"""

# ruff: noqa: E501  (phrase patterns read best one per line, whatever their length)

from __future__ import annotations

import re
from functools import lru_cache


def _rx(*patterns: str) -> re.Pattern[str]:
    """One pattern matching any of ``patterns``, in lower case: it reads text that
    :func:`_clean` has lowered (case-sensitive matching is about three times faster
    than ``re.IGNORECASE`` on these long lists).

    The word boundary that opens most of them is tested once, ahead of the branches
    (the same matches, several times faster on long lists). A pattern that opens on
    what came before ("(?<!said )we can") is tried from its first letter on
    (:func:`_letter_first`), and one whose word boundary follows such tests, from its
    word boundary (:func:`_boundary_first`): the same matches again, with no test run
    where the pattern's first letter or word boundary is not. Behind the word boundary,
    the alternatives are gathered by the letter they open on (:func:`_by_first_letter`).
    """
    for pattern in patterns:
        if _UPPER.search(pattern):
            raise ValueError(f"rule patterns are lower case: {pattern!r}")
    bounded = [_letter_first(p.removeprefix(r"\b")) for p in patterns if p.startswith(r"\b")]
    parts = [f"(?:{_boundary_first(p)})" for p in patterns if not p.startswith(r"\b")]
    if bounded:
        # Each pattern's own alternatives, in order ("(?:a|b)|(?:c)" matches as "a|b|c"),
        # without a word boundary of their own: the one ahead of them is tested at the
        # same place.
        alternatives = [a.removeprefix(r"\b") for p in bounded for a in _alternatives(p)]
        parts.insert(0, r"\b(?:" + _by_first_letter(alternatives) + ")")
    built = re.compile("|".join(parts))
    if bounded and built.groups:  # gathered, groups may be numbered out of order
        parts[0] = r"\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")"
        built = re.compile("|".join(parts))
    return built


def _by_first_letter(alternatives: list[str]) -> str:
    """``alternatives`` as one alternation, those that open on a plain letter gathered by
    it: "we can", "how", "what if" as ``w(?:e can|hat if)|how``. The regex engine tries
    each alternative of a long list in turn at every word; it now tries one gathering per
    letter, and inside only that of the letter the word opens on. The same matches, found
    in the same order: at any one place only the alternatives that open on the letter
    there can match, and they keep their order; one that opens otherwise (a group, a
    class, ``\\w``, a letter a quantifier repeats: ``w?hat``) stays where it is, and
    those on either side of it are gathered apart."""
    out: list[str] = []
    run: dict[str, list[str]] = {}

    def gather() -> None:
        for letter, rests in run.items():
            out.append(
                f"{letter}{rests[0]}" if len(rests) == 1 else f"{letter}(?:{'|'.join(rests)})"
            )
        run.clear()

    for alternative in alternatives:
        first = alternative[:1]
        if not first or first in _SPECIAL or alternative[1:2] in _REPEATS:
            gather()
            out.append(alternative)
        else:
            run.setdefault(first, []).append(alternative[1:])
    gather()
    return "|".join(out)


def _alternatives(pattern: str) -> list[str]:
    """``pattern`` split at each "|" outside its groups and character classes."""
    found: list[str] = []
    start = at = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "(":
            at = _group_end(pattern, at)
            continue
        if char == "[":
            at = _class_end(pattern, at)
            continue
        if char == "|":
            found.append(pattern[start:at])
            start = at + 1
        at += 1
    found.append(pattern[start:])
    return found


# An upper-case letter that is not part of an escape such as \b, \S or \W.
_UPPER = re.compile(r"(?<!\\)[A-Z]")

# What is more than itself in a pattern, and what repeats the character before it.
_SPECIAL = frozenset("\\.^$*+?{}[]|()")
_REPEATS = frozenset("*+?{")


def _letter_first(pattern: str) -> str:
    """``pattern`` matched from its first character on, where it opens on lookbehinds
    ("(?<!said )(?<!that )we can") and then one plain character, repeated by nothing:
    that character first, and each lookbehind read after it, the character added to
    what it looks for ("w(?<!(?:said )w)(?<!(?:that )w)e can"). The same matches: the
    character is there just before the lookbehind's new end, so it holds the same. The
    regex engine skips an alternative that opens on a character where the text has
    another without running it, where it runs every lookbehind at every place tried."""
    lookbehinds, at = _lookbehinds(pattern)
    first = pattern[at : at + 1]
    if not lookbehinds or not first or first in _SPECIAL or pattern[at + 1 : at + 2] in _REPEATS:
        return pattern
    moved = "".join(f"{kind}(?:{body}){first})" for kind, body in lookbehinds)
    return first + moved + pattern[at + 1 :]


def _boundary_first(pattern: str) -> str:
    """``pattern`` with the word boundary that follows its opening lookbehinds tested
    before them, then from its first character (:func:`_letter_first`): "(?<!if )\\bi
    could" is "\\bi(?<!(?:if )i) could". The same matches, as tests of one place may be
    made in any order; the boundary, checked at once, rules out most places."""
    _, at = _lookbehinds(pattern)
    if at and pattern.startswith(r"\b", at):
        return r"\b" + _letter_first(pattern[:at] + pattern[at + 2 :])
    return _letter_first(pattern)


def _lookbehinds(pattern: str) -> tuple[list[tuple[str, str]], int]:
    """The lookbehinds ``pattern`` opens on, each as its opening ("(?<!" or "(?<=") and
    what it looks for, and where the rest of the pattern starts."""
    found = []
    at = 0
    while pattern.startswith(("(?<!", "(?<="), at):
        end = _group_end(pattern, at)
        found.append((pattern[at : at + 4], pattern[at + 4 : end - 1]))
        at = end
    return found, at


def _group_end(pattern: str, start: int) -> int:
    """Where the group that opens at ``pattern[start]`` ends (just past its ")"): its
    escapes, its character classes and the groups inside it read as such."""
    depth = 0
    at = start
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = _class_end(pattern, at) - 1  # (on its "]")
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if not depth:
                return at + 1
        at += 1
    raise ValueError(f"unbalanced group in rule pattern: {pattern!r}")


def _class_end(pattern: str, start: int) -> int:
    """Where the character class that opens at ``pattern[start]`` ends (just past its
    "]"): a "]" first (after any "^") is one of its characters."""
    at = start + (2 if pattern.startswith("[^", start) else 1)
    at += 1 if pattern.startswith("]", at) else 0
    while at < len(pattern) and pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at + 1


# Real transcripts are disfluent ("you've- you've really, um, stuck with it"). The cues
# are read on the text without hesitations, inserted "you know" / "like", and repeated
# words, so a stutter does not hide a phrase.
# (_clean lowers the text first.)
_HESITATION = re.compile(r"\b(?:um+|uh+|erm*|er|hmm+)\b[,.]?\s*")
_INSERTED = re.compile(r",\s*(?:you know|like|i mean),\s*")
# (Each run of letters is taken whole, never given back: cut short, it is followed by a
# letter, where a repeat needs an apostrophe, a hyphen, a comma or a space. The same
# matches, without trying every shorter word at every word of every utterance.)
_REPEAT = re.compile(r"\b((?>\w+)(?:'(?>\w+))?)(?:-+|,)?\s+(?=\1\b)")


# Where a sentence starts, in a single sentence or in a whole utterance.
_SENTENCE_START = r"\b(?:(?<![\s\S])|(?<=[.!?] ))"
# How far on from a cue a pattern reads for what would complete it or take it back ("I
# love how you did it, but..."): 400 characters, some seventy words, more than a spoken
# sentence runs between the two. Read on to the end of the sentence (or the text) from
# each of many cues in a long run-on utterance, the time grew with the square of its
# length. As ``[^.!?]{_REACH}`` in a pattern.
_REACH = "{0,400}"
# Where a cue that spans a sentence ("part of you ... and ... part") is tried, where its
# reach is left whole: at the start of each sentence (of the text, or just after ., ? or
# !) only, reading on to the cue's first word in it, and to the first of each later word
# it waits for, in a group never gone back into, ``(?>[^.?!]*?\bword\b)``. The first
# can reach whatever a later one can, so the same sentences match, in one pass.
_IN_ONE_SENTENCE = r"(?<![^.?!])"
# Where a set-up for a question starts ("So, let's say...", "Okay, imagine...").
_SCENE_START = (
    rf"{_SENTENCE_START}(?:(?:so|and|okay|ok|now|well|just|then|right),? )*"
    r"(?:let'?s |for a (?:moment|minute|second),? )?"
)


# How many texts a per-analysis cache holds: every utterance of a long session. The
# coder reads each utterance in several passes over the whole transcript (its code, then
# the statement and category heads), so a cache that held only the last few would miss on
# every later pass. session.forget_text() empties them all after each analysis.
PER_ANALYSIS = 1 << 14


@lru_cache(maxsize=PER_ANALYSIS)
def _clean(text: str) -> str:
    """``text`` in lower case, with typographic apostrophes made plain, without
    hesitations, inserted fillers and repeated words: what every cue list (:func:`_rx`)
    reads."""
    text = _INSERTED.sub(" ", _HESITATION.sub("", text.lower().replace("\u2019", "'")))
    return re.sub(r"\s{2,}", " ", _REPEAT.sub("", text)).strip()


# Sentences that carry no act of their own: acknowledgements and bare approval. Each
# word must end at a word boundary: without it "mmmm..." splits into "mm"+"mm"+... in
# exponentially many ways before the match fails.
_FILLER = re.compile(
    r"^(?:(?:great|good|perfect|okay|ok|right|sure|yes|yeah|yep|mm+|mm-hmm|uh-huh|fine|lovely|"
    r"alright|all right|brilliant|excellent|wonderful|fantastic|ha|oh|wow|well|look|thanks|huh|hm+|oof|ah|um+|uh+|"
    r"thank you|not at all|of course|absolutely|exactly|got it|i see|fair enough|so)\b[\s,.!]*)+$",
    re.IGNORECASE,
)


# A sentence: what runs up to its closing punctuation.
_SENTENCE = re.compile(r"[^.?!]+[.?!]*")


def _sentences(text: str) -> list[str]:
    return list(_split(text))  # a copy of its own: a caller may change it


# The rules split one text (cleaned or as said) into sentences several times over.
@lru_cache(maxsize=PER_ANALYSIS)
def _split(text: str) -> tuple[str, ...]:
    """:func:`_sentences`, kept for the rest of the analysis."""
    return tuple(s.strip() for s in _SENTENCE.findall(text) if s.strip())


def _substantive(text: str) -> list[str]:
    """The sentences of ``text`` that carry an act of their own: all but the
    acknowledgements and bare approval of :data:`_FILLER` ("Okay.", "Great, thanks.")."""
    return list(_substantive_of(text))  # a copy of its own: a caller may change it


# The rules read one text's substantive sentences a dozen times over.
@lru_cache(maxsize=PER_ANALYSIS)
def _substantive_of(text: str) -> tuple[str, ...]:
    """:func:`_substantive`, kept for the rest of the analysis."""
    return tuple(s for s in _split(text) if not _FILLER.match(s))


def _asking(sentences: list[str]) -> list[str]:
    """The sentences that ask (end on a question mark)."""
    return [s for s in sentences if s.rstrip().endswith("?")]


# The words that lead into what a sentence says ("And so, what...", "Okay, let me ask
# you..."), taken off before its opening is read.
_LEAD = re.compile(
    r"^(?:(?:and|but|so|okay|ok|well|now|um+|uh+|mm+|hmm+|yeah|yes|right|alright|all right|"
    r"oh|then|also|just|and so|i mean|you know|let me ask you|can i ask you|may i ask)\b[\s,]*)+",
    re.IGNORECASE,
)
