"""Rapport measures: the client's own words and images, and their senses.

Verbal matching: a coach who picks up the client's distinctive terms and
metaphors. Representational systems: whether the client speaks mostly in
visual, auditory or kinesthetic predicates, and whether the coach answers in
the same system.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from coachconn.analysis.lexicon import METAPHOR_CUES, PREDICATES, STOPWORDS, is_plain, words
from coachconn.analysis.types import Utterance

# At most this many distinctive terms are reported.
MAX_TERMS = 10
# At most this many distinct metaphors are reported.
MAX_METAPHORS = 10
# A term must come up at least this often in the client's speech.
MIN_TERM_COUNT = 2
# A dominant system needs at least this many predicates and a strict lead.
MIN_PREDICATES = 2
# Words of a metaphor kept after its cue.
_METAPHOR_WORDS = 4
_CUE = re.compile(r"\b(" + "|".join(re.escape(c) for c in METAPHOR_CUES) + r")\b")
_CLAUSE_END = re.compile(r"[.,;:!?\"”()]")


@dataclass(frozen=True, slots=True)
class Term:
    """A client's distinctive word or two-word phrase; ``reused`` when the coach
    said it after the client first did."""

    term: str
    count: int
    reused: bool


@dataclass(frozen=True, slots=True)
class Metaphor:
    """A figurative phrase of the client: ``image`` is its last word,
    ``utterance`` where it was first said, ``count`` how often, and ``reused``
    when the coach said the image after the client first did."""

    text: str
    image: str
    utterance: int
    count: int
    reused: bool


@dataclass(frozen=True, slots=True)
class Representational:
    """Sensory predicate counts per system for each role, the client's dominant
    system (None when no clear lead) and the share of the coach's predicates that
    are in that system (None when there is nothing to compare)."""

    client: dict[str, int]
    coach: dict[str, int]
    client_dominant: str | None
    coach_matching_pct: float | None


def client_terms(utterances: list[Utterance]) -> list[Term]:
    """The client's distinctive terms, most frequent first (ties: first said).

    A term is a word of 3+ letters, or a pair of adjacent words, that the client
    says at least MIN_TERM_COUNT times and that is neither a stopword nor an
    everyday word (a pair may hold one everyday word but no stopword). A word
    that only ever occurs inside a kept pair is left out in favour of the pair.
    """
    counts, first_seen = _client_ngrams(utterances)
    kept = {g: n for g, n in counts.items() if n >= MIN_TERM_COUNT and _is_distinctive(g)}
    for gram in [g for g in kept if " " in g]:
        for word in gram.split(" "):
            if kept.get(word) == kept[gram]:
                del kept[word]
    ranked = sorted(kept, key=lambda g: (-kept[g], first_seen[g]))[:MAX_TERMS]
    last_said = _coach_last_said(utterances)
    return [Term(g, kept[g], last_said.get(g, -1) > first_seen[g][0]) for g in ranked]


def _ngrams(text: str) -> list[str]:
    tokens = words(text)
    return [*tokens, *(f"{a} {b}" for a, b in pairwise(tokens))]


def _client_ngrams(
    utterances: list[Utterance],
) -> tuple[Counter[str], dict[str, tuple[int, int]]]:
    """Counts of the client's words and pairs, and where each was first said
    (utterance index, position in the client's speech)."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, tuple[int, int]] = {}
    for u in utterances:
        if u.role != "client":
            continue
        for gram in _ngrams(u.text):
            counts[gram] += 1
            first_seen.setdefault(gram, (u.index, len(first_seen)))
    return counts, first_seen


def _coach_last_said(utterances: list[Utterance]) -> dict[str, int]:
    """For each word and pair the coach says, the index of the last utterance saying it."""
    last: dict[str, int] = {}
    for u in utterances:
        if u.role == "coach":
            last.update(dict.fromkeys(_ngrams(u.text), u.index))
    return last


def _is_distinctive(gram: str) -> bool:
    parts = gram.split(" ")
    if len(parts) == 1:
        return len(gram) >= 3 and gram.isalpha() and not is_plain(gram)
    if any(p in STOPWORDS or not p.isalpha() for p in parts):
        return False
    return not all(is_plain(p) for p in parts)


def client_metaphors(utterances: list[Utterance]) -> list[Metaphor]:
    """The client's figurative phrases, most frequent first (ties: first said),
    at most MAX_METAPHORS.

    A metaphor is a cue (``feels like``, ``as if``, ``like a`` ...) and up to
    four following words within the clause, with trailing stopwords dropped; a
    cue with no content word after it is ignored.
    """
    first: dict[str, tuple[str, int]] = {}
    counts: Counter[str] = Counter()
    for u in utterances:
        if u.role == "client":
            for text, image in _metaphors_in(u.text):
                first.setdefault(text, (image, u.index))
                counts[text] += 1
    last_said = _coach_last_said(utterances)
    ranked = sorted(first, key=lambda text: (-counts[text], first[text][1]))[:MAX_METAPHORS]
    return [
        Metaphor(
            t, first[t][0], first[t][1], counts[t], last_said.get(first[t][0], -1) > first[t][1]
        )
        for t in ranked
    ]


def _metaphors_in(text: str) -> list[tuple[str, str]]:
    lowered = text.lower().replace("’", "'")
    results: list[tuple[str, str]] = []
    for match in _CUE.finditer(lowered):
        clause = _CLAUSE_END.split(lowered[match.end() :], maxsplit=1)[0]
        tail = words(clause)[:_METAPHOR_WORDS]
        while tail and tail[-1] in STOPWORDS:
            tail.pop()
        if tail:
            results.append((" ".join([match.group(1), *tail]), tail[-1]))
    return results


def verbal_matching_pct(terms: list[Term]) -> float | None:
    """Percentage of the client's distinctive terms the coach reused; None if none."""
    if not terms:
        return None
    return round(100 * sum(t.reused for t in terms) / len(terms), 1)


def representational(utterances: list[Utterance]) -> Representational:
    """Predicate counts per system and role, with the client's dominant system."""
    client = _predicate_counts(u for u in utterances if u.role == "client")
    coach = _predicate_counts(u for u in utterances if u.role == "coach")
    dominant = _dominant(client)
    matching = None
    coach_total = sum(coach.values())
    if dominant is not None and coach_total:
        matching = round(100 * coach[dominant] / coach_total, 1)
    return Representational(client, coach, dominant, matching)


def _predicate_counts(utterances: Iterable[Utterance]) -> dict[str, int]:
    counts = dict.fromkeys(PREDICATES, 0)
    for u in utterances:
        for word in words(u.text):
            for system, lexicon in PREDICATES.items():
                counts[system] += int(word in lexicon)
    return counts


def _dominant(counts: dict[str, int]) -> str | None:
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    (top, most), (_, second) = ranked[0], ranked[1]
    return top if most >= MIN_PREDICATES and most > second else None
