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
    where the pattern's first letter or word boundary is not.
    """
    for pattern in patterns:
        if _UPPER.search(pattern):
            raise ValueError(f"rule patterns are lower case: {pattern!r}")
    bounded = [_letter_first(p.removeprefix(r"\b")) for p in patterns if p.startswith(r"\b")]
    parts = [f"(?:{_boundary_first(p)})" for p in patterns if not p.startswith(r"\b")]
    if bounded:
        parts.insert(0, r"\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")")
    return re.compile("|".join(parts))


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
        if char == "[":  # a class: a "]" first (after any "^") is one of its characters
            at += 2 if pattern.startswith("[^", at) else 1
            at += 1 if pattern.startswith("]", at) else 0
            while at < len(pattern) and pattern[at] != "]":
                at += 2 if pattern[at] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if not depth:
                return at + 1
        at += 1
    raise ValueError(f"unbalanced group in rule pattern: {pattern!r}")


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
