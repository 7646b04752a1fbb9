"""Rapport measures: the client's own words and images, and their senses.

Verbal matching: a coach who picks up the client's distinctive terms and
metaphors. Representational systems: whether the client speaks mostly in
visual, auditory or kinesthetic predicates, and whether the coach answers in
the same system.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice

from coachconn.analysis.lexicon import (
    ADJECTIVE_ENDINGS,
    ADJECTIVES,
    BODY_PARTS,
    CARRIED_GROUPS,
    CARRYING_VERBS,
    CLAUSE_CUES,
    CLAUSE_SUBJECTS,
    COMMON_WORDS,
    FEELING_WORDS,
    FIGURE_IDIOMS,
    FIGURE_ROLES,
    FIGURE_VERBS,
    FILLER_PHRASES,
    HEDGE_AFTER_FEEL_LIKE,
    INNER_PARTS,
    MEASURED,
    MEASURES,
    METAPHOR_CUES,
    NOT_IMAGES,
    NOT_VISUAL_AFTER_LOOK,
    NOUNS_LIKE_ADJECTIVES,
    OWN_PLACE_ROLES,
    PEERS,
    PERSON_LIKE,
    PERSONIFIED_ROLES,
    PHRASE_BREAKS,
    PHRASE_END_VERBS,
    PHRASE_OPENERS,
    PHYSICAL_THINGS,
    PREDICATES,
    SELF_FIGURE_VERBS,
    SHUT_OUT_ACTIVE,
    SHUT_OUT_PASSIVE,
    STOPWORDS,
    is_filler,
    is_plain,
    roots,
    stem,
    term_words,
    without_set_phrases,
    words,
)
from coachconn.analysis.types import Utterance

# At most this many distinctive terms are reported.
MAX_TERMS = 10
# At most this many names the client said are reported.
MAX_NAMES = 8
# At most this many distinct metaphors are reported.
MAX_METAPHORS = 10
# A word or phrase is the client's own when they say it at least this often: a word
# said once is as likely a passing word ("project", "brings") as their language. A
# client who says fewer than FEW_CLIENT_WORDS words in all gives too little to repeat,
# so there a content word counts from its first use (repeated words still rank first).
MIN_TERM_COUNT = 2
MIN_PHRASE_COUNT = 2
FEW_CLIENT_WORDS = 50
# Phrases are two to this many words within one clause ("out of my depth").
MAX_PHRASE_WORDS = 4
# A client phrase of this many words that the coach says back word for word is the
# client's language taken up, said once or more (see _echoes).
ECHO_WORDS = tuple(range(2, MAX_PHRASE_WORDS + 1))
# The words that join a pair said back whole ("guilty and excited", "stuck or scared"):
# two ideas, so never inside a phrase of the client's, but a coach who says the pair back
# word for word has taken up the client's words (see _is_pair).
PAIR_JOINS = frozenset({"and", "or"})
# A dominant system needs at least this many predicates, at least this share of
# them, and this many more than the runner-up; otherwise it is "mixed".
MIN_PREDICATES = 5
MIN_DOMINANT_SHARE = 0.5
MIN_DOMINANT_LEAD = 2
# The coach's share in the client's system is read from this many coach predicates on:
# with one or two, the share is 0, 50 or 100% and a single word read otherwise moves it
# from none to half or more, so "0.0%" would say more than the words do. Three is the
# fewest at which no one word does that.
MIN_COACH_PREDICATES = 3
_FEEL = frozenset({"feel", "feels", "felt", "feeling"})
_LOOK = frozenset({"look", "looks", "looked", "looking"})
# Words of a metaphor kept after its cue, and how many more are read to reach the noun
# of a thing cut short ("like a big old rusty tin can").
_METAPHOR_WORDS = 4
_MORE_WORDS = 2
# The cues, and two read only in context: "feel like" before "I" or "we" ("I feel like
# I'm holding up the ceiling"; "I feel like a hamster" is read at "like a"), and "like"
# before a person being something (PERSON_LIKE: "Like I was furniture"). The leftmost cue
# is read, so "It's like I'm ..." and "It feels like I'm ..." keep their own.
_CUE = re.compile(
    r"\b("
    + "|".join(re.escape(c) for c in METAPHOR_CUES)
    + r"|feel like(?= (?:i|i'm|i've|i'd|we|we're|we've|we'd)\b)|"
    + PERSON_LIKE
    + r")\b"
)
_PERSON_CUE = re.compile(PERSON_LIKE)
_IDIOM = re.compile(r"\b(?:" + "|".join(FIGURE_IDIOMS) + r")\b")
_FIGURE = re.compile(r"\b(" + "|".join(FIGURE_VERBS) + r")\b")
# "feels like I've been carrying a backpack...": who, then the words before their doing.
_DOERS = frozenset({"i", "i'm", "i've", "i'd", "we", "we're", "we've", "we'd"})
_BEFORE_DOING = frozenset({"am", "are", "was", "were", "have", "had", "been", "just", "still"})
# A word that may come between a doing and its thing ("holding up the ceiling").
_PARTICLES = frozenset(
    {"up", "down", "out", "off", "on", "over", "under", "through", "around", "along", "away"}
)
# What may open a doing's thing besides "a" or "an": there the thing must be a physical
# one (PHYSICAL_THINGS) to be an image, as "the team" or "my time" is the client's life.
_DETERMINERS = frozenset(
    {"the", "my", "our", "his", "her", "their", "this", "that", "all", "everyone's"}
)
_CLAUSE_END = re.compile(r"[.,;:!?\"“”()]")
# A dash that sets words apart, not a hyphen: one with a space on each side ("doing well
# – being honest"), or an em dash. No hyphenated word of the client's is read across it.
_DASH_BREAK = re.compile(r"\s[-\u2010-\u2015]+\s|[\u2014\u2015]")
# Words in quotation marks: the coach quoting the client ("What does "good enough" mean?").
# In single quotation marks too ('managing'), though not an apostrophe: a quotation
# opens after no letter and closes before none ("the kids' tea" opens nothing).
_QUOTED = re.compile(
    r"\"([^\"]+)\"|“([^“”]+)”|(?<![\w'])'([^'\n]+?)'(?![\w'])|‘([^‘'\n]+)'"
)  # ’ is read as '
_WORD_SPAN = re.compile(r"[^\W_]+(?:'[^\W\d_]+)*")  # as lexicon.words reads words
# Words that open a new clause inside a figurative phrase: the image comes before them.
_NEW_CLAUSE = frozenset(
    {
        "and", "but", "or", "so", "because", "i", "i'm", "i've", "i'd", "you", "we", "he",
        "she", "they", "it", "that", "which", "who", "when", "if", "where", "while",
        "that's", "who's", "it's",
    }
)  # fmt: skip
# Words that open a clause saying more of a simile's thing ("like a boat that's come loose
# from the mooring"): its last noun is the image's too, and a coach who says it back
# ("So the mooring was the school") has taken the image up.
_RELATIVE = frozenset({"that", "that's", "which", "who", "who's"})
# Between the words of a group its own words are apart from those of the clause after it
# (see _image_reused).
_OR = "|"
# A word said twice across a comma as one stumbles ("from the, the mooring").
_STUMBLE = re.compile(r"\b([^\W\d_]+),(?= \1\b)")


@dataclass(frozen=True, slots=True)
class Term:
    """A client's distinctive word or phrase, in the form said most often; ``count``
    counts every form of it ("run", "runs" and "running" are one term), and
    ``other_forms`` holds the forms besides ``term`` (most often said first, then first
    said), so that a count is not read as one form's; ``reused`` when the coach said it
    after the client first did."""

    term: str
    count: int
    reused: bool
    other_forms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Metaphor:
    """A figurative phrase of the client: ``image`` is its last word (the noun of a
    thing: "like a pressure cooker" -> "cooker"), or the verb of a figure said without
    "like" ("drowning in it" -> "drowning"); ``utterance`` where it was first said,
    ``count`` how often, and ``reused`` when a later coach utterance holds the image's
    own words, all of them ("pressure cooker"; see :func:`_image_words`), not just a
    word the image shares with everyday talk. ``coach_first``: the coach said the image
    first, figuratively, and the client took it up (see :func:`client_metaphors`)."""

    text: str
    image: str
    utterance: int
    count: int
    reused: bool
    coach_first: bool = False


@dataclass(frozen=True, slots=True)
class Representational:
    """Sensory predicate counts per system for each role, the client's dominant
    system (None without enough evidence), ``client_system`` as shown to the
    coach (the dominant system, "mixed" when no system leads clearly, "unknown"
    when there are fewer than MIN_PREDICATES predicates) and the share of the
    coach's predicates that are in the dominant system (None when there is
    nothing to compare, or fewer than MIN_COACH_PREDICATES coach predicates)."""

    client: dict[str, int]
    coach: dict[str, int]
    client_dominant: str | None
    coach_matching_pct: float | None
    client_system: str = "unknown"


def client_terms(utterances: list[Utterance], nouns: set[str] | None = None) -> list[Term]:
    """The client's distinctive terms, most frequent first (then longer phrases
    first, then first said), at most MAX_TERMS. ``nouns``: the session's
    :func:`proper_nouns`, where the caller has read them already.

    A term is a content word (3+ letters, neither a stopword, an everyday word
    nor a filler such as "exactly" or "you know") said at least MIN_TERM_COUNT times
    (from its first use where the client said fewer than FEW_CLIENT_WORDS words in
    all), or a phrase of the client's: two to four words within one clause, said at
    least MIN_PHRASE_COUNT times, that reads as a phrase (:func:`_is_phrase`), or one
    of two to four words, or a pair joined by "and" or "or" ("guilty and excited"), that
    the coach says back word for word (:func:`_echoes`). Fillers are
    dropped first, so "feel really stuck" is "feel stuck". Words are compared by
    :func:`stem`, so "deadline" and "deadlines" are one term. A word or phrase said only
    as part of a longer term, every time (:func:`_drop_overlapped`: "under pressure" in
    "under pressure from the board", beside "pressure from the board"), is left out in
    favour of it.

    ``reused``: a later coach utterance holds the term's content words (by stem;
    for "feel stuck", "stuck"), or says the phrase back. A term whose content words the
    coach said before the client first did is the coach's, taken up by the client, and
    is not listed.
    """
    said = _client_clauses(utterances, proper_nouns(utterances) if nouns is None else nouns)
    grams = _client_grams(said)
    _part_senses(grams, said, utterances)
    least = MIN_TERM_COUNT if _client_words(utterances) >= FEW_CLIENT_WORDS else 1
    kept = {
        key: g
        for key, g in grams.items()
        if g.count >= (least if len(key) == 1 else MIN_PHRASE_COUNT)
    }
    for key, echo in _echoes(utterances, said).items():
        kept.setdefault(key, echo)
    coach_said = _with_joined(_coach_stems(utterances), utterances, kept)
    images = _ImagesSaid(utterances, coach_said)
    for key, gram in grams.items():
        if key not in kept and (
            _feeling_taken_up(gram, coach_said) or _image_taken_up(gram, images)
        ):
            gram.echoed = True  # chosen as one said MIN_TERM_COUNT times, and reused
            kept[key] = gram
    kept = _drop_overlapped(_without_bare_prepositions(kept, grams))
    # A term the coach said first is the coach's word the client took up, not the
    # client's own language: leaving it in would count the coach "reusing" their own.
    # Checked in rank order until enough are kept, each against the coach utterances
    # holding its rarest stem only, so a long session costs no more than a short one.
    by_stem = _utterances_by_stem(coach_said)
    # A term the coach said back is chosen as one said MIN_TERM_COUNT times, however
    # seldom the client said it: taken up, it is as much the client's language as a
    # repeat, and is not crowded out by the words said twice. Shown most often said first.
    ranked = sorted(
        kept.values(),
        key=lambda g: (-_weight(g), not _feels(g), -g.count - g.echoed, -len(g.key), g.first),
    )
    own: list[_Gram] = []
    for gram in ranked:
        if len(own) == MAX_TERMS:
            break
        if gram.echoed or not _said_first_by_coach(gram, by_stem):
            own.append(gram)
    own.sort(key=lambda g: (-g.count, -len(g.key), g.first))
    capitals = _in_capitals(utterances, {w for g in own for form in g.forms for w in form.split()})

    def shown(form: str) -> str:
        return " ".join(capitals.get(w, w) for w in form.split())

    return [
        Term(
            shown(g.shown),
            g.count,
            g.echoed or _reused(g, coach_said),
            tuple(shown(f) for f in g.other_forms),
        )
        for g in own
    ]


def _in_capitals(utterances: list[Utterance], wanted: set[str]) -> dict[str, str]:
    """Of the ``wanted`` words (lower case), those the client always writes in capitals
    ("CFO", "OKRs"), or always with a capital, so inside a sentence at least once, where
    nobody in the session writes them in lower case (a language, "in English"; not
    "Deadlines." opening a sentence, nor the client's "Budget Meeting" that the coach
    calls the "budget meeting"), as written: a key term is shown as said, not lowered."""
    seen: dict[str, set[str]] = {}
    inside: set[str] = set()  # words the client capitalises inside a sentence
    lowered: set[str] = set()  # words anyone writes in lower case
    for u in utterances:
        text = u.text.replace("’", "'")
        said = _WORD_SPAN.findall(text)
        lowered.update(word for word in said if word.islower())
        if u.role == "client":
            inside.update(match[1] for match in _CAPITALISED.finditer(text))
            for word in said:
                if (lower := word.lower()) in wanted:
                    seen.setdefault(lower, set()).add(word)
    return {
        lower: form
        for lower, forms in seen.items()
        if len(forms) == 1
        and (_acronym(form := next(iter(forms))) or (form in inside and lower not in lowered))
    }


def _acronym(word: str) -> bool:
    """Written in capitals, with at most a plural "s" after them ("CFO", "KPIs")."""
    letters = word.removesuffix("s")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


# The stems of the words that name a feeling.
_FEELING_STEMS = frozenset(stem(word) for word in FEELING_WORDS)


def _feels(gram: _Gram) -> bool:
    """Whether a term holds a word that names a feeling (FEELING_WORDS)."""
    return not _FEELING_STEMS.isdisjoint(gram.key)


def _feeling_taken_up(gram: _Gram, coach_said: list[tuple[int, frozenset[str]]]) -> bool:
    """Whether ``gram`` is a feeling word of the client's (FEELING_WORDS) that a coach
    utterance after the client's first use holds, in any form (:func:`roots`: "anxious"
    and "anxiety"), and none before it: the client's "I'm a bit scared", said once, and
    the coach's "the scared part" after it.
    Said back, a feeling is the client's language taken up, as a phrase said back word for
    word is; a feeling the coach named first ("You get to feel safe.") is the coach's."""
    if len(gram.key) != 1 or gram.key[0] not in _FEELING_STEMS:
        return False
    word = gram.key[0]
    holding = [index for index, said in coach_said if roots(word) & _roots_of(said)]
    return bool(holding) and min(holding) > gram.first[0]


class _ImagesSaid:
    """The one-word images of the figures in each client utterance (``image`` of
    :func:`_metaphors_in` whose own words are that word alone: "gatekeeper" of "I make
    myself the gatekeeper", "drowning" of "I'm drowning"), by stem; read only for the
    utterances asked about, and only for a word the coach says somewhere (``coach_said``:
    :func:`_coach_stems`), so a session costs little where no word is said back."""

    def __init__(
        self, utterances: list[Utterance], coach_said: list[tuple[int, frozenset[str]]]
    ) -> None:
        self.coach_said = coach_said
        self._texts = {u.index: u.text for u in utterances if u.role == "client"}
        self._read: dict[int, frozenset[str]] = {}
        self._coach_roots: frozenset[str] | None = None

    def coach_says(self, word: str) -> bool:
        """Whether any coach utterance holds a form of ``word`` (a stem; :func:`roots`)."""
        if self._coach_roots is None:
            self._coach_roots = _roots_of(frozenset().union(*(s for _, s in self.coach_said)))
        return not roots(word).isdisjoint(self._coach_roots)

    def at(self, index: int) -> frozenset[str]:
        found = self._read.get(index)
        if found is None:
            found = frozenset(
                stem(own[0]) for _, _, own in _metaphors_in(self._texts[index]) if len(own) == 1
            )
            self._read[index] = found
        return found


def _image_taken_up(gram: _Gram, images: _ImagesSaid) -> bool:
    """Whether ``gram`` is the one-word image of a figure of the client's ("I make myself
    the gatekeeper", "I'm the bottleneck") that a coach utterance after the client's first
    use holds, in any form, and none before it: said back, the client's image is their
    language taken up, as a feeling word is (:func:`_feeling_taken_up`), though said once.
    The word said plainly ("the gatekeeper at the depot") is no image, nor one the coach
    said first."""
    if len(gram.key) != 1 or not images.coach_says(word := gram.key[0]):
        return False
    if not any(word in images.at(index) for index in {span[0] for span in gram.spans}):
        return False
    holding = [index for index, said in images.coach_said if roots(word) & _roots_of(said)]
    return bool(holding) and min(holding) > gram.first[0]


# A phrase of a preposition, a determiner and one word of substance ("with the team", "in
# the meeting") is the word with its grammar: a term only where the client says the word
# so at least this share of its times ("at the table" with "table" said only there, "out
# of my depth"). Said mostly without it ("team ×8", "with the team ×2"), the word alone is
# the client's term.
BARE_PREPOSITION_SHARE = 0.5
_DETERMINING = frozenset(
    {"a", "an", "the", "my", "your", "our", "his", "her", "their", "its", "this", "that",
     "these", "those"}
)  # fmt: skip


def _without_bare_prepositions(
    kept: dict[tuple[str, ...], _Gram], grams: dict[tuple[str, ...], _Gram]
) -> dict[tuple[str, ...], _Gram]:
    """``kept`` without each phrase that opens on a preposition and holds a determiner and
    one word of substance, where the client says that word mostly without the phrase
    (:data:`BARE_PREPOSITION_SHARE`): "with the team ×2" beside "team ×8" goes, "at the
    table ×2" (the table said only there) stays. "Under pressure" holds no determiner and
    stays as it is."""
    dropped = set()
    for key, gram in kept.items():
        if len(key) < 3 or gram.echoed:
            continue
        tokens = gram.text.split()
        if tokens[0] not in PHRASE_OPENERS or _DETERMINING.isdisjoint(tokens):
            continue
        content = [t for t in tokens if _is_content(t)]
        if len(content) != 1:
            continue
        word = grams.get((stem(content[0]),))
        if word is not None and gram.count < BARE_PREPOSITION_SHARE * word.count:
            dropped.add(key)
    return {key: gram for key, gram in kept.items() if key not in dropped} if dropped else kept


def _weight(gram: _Gram) -> int:
    return max(gram.count, MIN_TERM_COUNT) if gram.echoed else gram.count


@dataclass(slots=True)
class _Gram:
    """A client word or phrase: its stems, the words first said, how often, and
    where first (utterance index, order of first sight); ``spans``: where each time
    (:data:`_Span`); ``echoed`` when the coach said it back word for word after the
    client first did (:func:`_echoes`), or, for a feeling word, in any form
    (:func:`_feeling_taken_up`)."""

    key: tuple[str, ...]
    text: str
    content: frozenset[str]
    count: int
    first: tuple[int, int]
    forms: Counter[str] = field(default_factory=Counter)
    echoed: bool = False
    spans: list[_Span] = field(default_factory=list)

    @property
    def shown(self) -> str:
        """The form said most often ("deadlines" over "deadline"); the first said on a tie."""
        return max(self.forms, key=lambda form: (self.forms[form], form == self.text))

    @property
    def other_forms(self) -> tuple[str, ...]:
        """The forms besides :attr:`shown`, most often said first, then first said."""
        shown = self.shown
        return tuple(sorted((f for f in self.forms if f != shown), key=lambda f: -self.forms[f]))


# Each client utterance's index and the words of its clauses, read once for the terms.
_Said = list[tuple[int, list[list[str]]]]
# Where a term was said: the utterance's index, the clause's number in it, and the
# words' range in the clause (start, stop).
_Span = tuple[int, int, int, int]


def _client_words(utterances: list[Utterance]) -> int:
    return sum(len(words(u.text)) for u in utterances if u.role == "client")


def _client_clauses(utterances: list[Utterance], nouns: set[str]) -> _Said:
    """Each client utterance's index and the words of its clauses, the speakers' names
    taken out (:func:`_names`)."""
    names = _names(utterances, nouns)
    return [
        (u.index, _clauses(names.sub(",", u.text) if names else u.text))
        for u in utterances
        if u.role == "client"
    ]


def _names(utterances: list[Utterance], nouns: set[str]) -> re.Pattern[str] | None:
    """The words of the speakers' names ("Robin", "Ashdown"), as written or capitalised,
    and the names said in the session (``nouns``, :func:`proper_nouns`: "Priya"), with a
    possessive "'s": a client who says "Thanks, Robin" twice, or talks about Priya all
    session, has not made the name their language. Each is read as a clause break, so no
    phrase runs across it. Case counts, so a coach named Hope leaves the client's "hope"
    alone."""
    parts = {
        form
        for speaker in {u.speaker for u in utterances}
        for part in _WORD_SPAN.findall(speaker)
        if len(part) > 1 and part.isalpha()
        for form in (part, part[0].upper() + part[1:])
    }
    parts |= nouns
    if not parts:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})(?:['’]s)?\b")


@dataclass(frozen=True, slots=True)
class Named:
    """A name the client said (a person, a place, an organisation) and how often."""

    name: str
    count: int


def client_names(utterances: list[Utterance], nouns: set[str] | None = None) -> list[Named]:
    """The names the client said (:func:`proper_nouns`, or ``nouns`` where the caller has
    read them), the speakers' own left out, a name of several words kept whole ("Lucky
    Saint", "Lloyds Bank": :func:`_name_runs`), most often said first (then first said),
    at most MAX_NAMES: the people, places and things a coach keeps among the details to
    remember, kept apart from the client's language. Not listed: the client's own names
    (what they say they were called: "At school I was Mrs Hale", :func:`_own_names`),
    the tools and products everyone uses (:data:`_PRODUCTS`: "a Teams call"), a
    capitalised piece of a hyphenated word ("the Co-op") and a method of several words
    (:func:`_a_method`: "Lean Six Sigma")."""
    speakers = {part.lower() for u in utterances for part in _WORD_SPAN.findall(u.speaker)}
    said = _joined(u.text for u in utterances if u.role == "client")
    speakers |= _own_names(said)
    found = proper_nouns(utterances) if nouns is None else nouns
    names = {name for name in found if name.lower() not in speakers | _PRODUCTS}
    if not names:
        return []
    counts = Counter(name for name in _name_runs(said, names, speakers) if not _a_method(name))
    ranked = sorted(counts, key=lambda name: -counts[name])  # a tie: the first said first
    return [Named(name, counts[name]) for name in ranked[:MAX_NAMES]]


# Words written with a capital, one space between each: "Lucky Saint", "Priya". Not the
# capitalised piece of a word joined to a lower-case one by a hyphen ("the Co-op").
_CAPITALS_RUN = re.compile(
    r"(?<![\w'-])[A-Z][^\W\d_A-Z][^\W\d_]*(?: [A-Z][^\W\d_A-Z][^\W\d_]*)*\b(?!-[a-z])"
)
# What the client says they were called: "At school I was Mrs Hale", "they called me
# Maggie", "my name's Jess"; a name with a title, or after "called me" or "my name".
_CALLED = re.compile(
    r"\b(?:I was|I'm|I am|I'd be|I'll always be) (?:Mrs|Mr|Ms|Miss|Mx|Dr|Sir)\.? "
    r"([A-Z][^\W\d_]+)\b(?!')"
    r"|\b(?:called me|call me|my name's|my name is|known as) ([A-Z][^\W\d_]+)\b(?!')"
)
# Tools and products everyone uses, written with a capital though nobody's name: "a Teams
# call", "on Zoom", "in Excel".
_PRODUCTS = frozenset(
    {
        "teams", "zoom", "skype", "slack", "webex", "outlook", "excel", "powerpoint",
        "sharepoint", "onedrive", "gmail", "google", "whatsapp", "facebook", "instagram",
        "linkedin", "twitter", "tiktok", "youtube", "netflix", "iphone", "ipad", "android",
        "windows", "kindle", "spotify", "uber", "amazon", "chatgpt",
    }
)  # fmt: skip
# Words that end, or numbers that sit in, the name of a method or a course rather than of
# a person or a place: "Lean Six Sigma", "Six Thinking Hats", "the Five Whys".
_METHOD_WORDS = frozenset(
    {
        "sigma", "method", "methods", "methodology", "framework", "model", "approach",
        "technique", "techniques", "principles", "theory", "programme", "program",
        "certification", "certificate", "diploma", "course", "training", "system",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    }
)  # fmt: skip


def _own_names(said: str) -> set[str]:
    """The names the client says they were called (``said``: their words), lower case:
    "At school I was Mrs Hale" gives "hale". Their own, not a third party's."""
    return {(m[1] or m[2]).lower() for m in _CALLED.finditer(said)}


def _a_method(name: str) -> bool:
    """Whether a name of several words names a method or a course, not a person or a
    place: one of its words is a number or a method's word ("Lean Six Sigma")."""
    parts = name.lower().split()
    return len(parts) > 1 and not _METHOD_WORDS.isdisjoint(parts)


def _name_runs(said: str, names: set[str], speakers: set[str]) -> list[str]:
    """Each name in ``said``, in order: a run of words written with a capital that holds
    one of ``names``, whole ("Lucky Saint" is one name, "Lloyds Bank" one though "bank"
    is said too). A run is cut at a word that is no name (the days, titles: "Mr
    Okafor", "Priya Monday") or a speaker's (``speakers``, lower case), and loses a
    first word that only opens a sentence ("Yesterday Priya" is "Priya"), unless the
    run is a name of several words said inside a sentence too ("Lucky Saint is fine",
    after "I drink Lucky Saint")."""
    runs = [
        (run[0].split(" "), not _inside_a_sentence(said, run.start()))
        for run in _CAPITALS_RUN.finditer(said)
    ]
    inside = {
        name
        for words_, opens in runs
        if not opens
        for name in _name_pieces(words_, names, speakers)
        if " " in name
    }
    found = []
    for words_, opens in runs:
        pieces = _name_pieces(words_, names, speakers)
        if opens and words_[0] not in names and not (pieces and pieces[0] in inside):
            pieces = _name_pieces(words_[1:], names, speakers)
        found += pieces
    return found


def _name_pieces(words_: list[str], names: set[str], speakers: set[str]) -> list[str]:
    """The names in a run of capitalised words: the run cut at each word that is no
    name or a speaker's, each piece that holds one of ``names``."""
    found = []
    piece: list[str] = []
    for word in [*words_, ""]:
        lower = word.lower()
        if word and lower not in speakers and not {lower, lower.removesuffix("s")} & _NOT_NAMES:
            piece.append(word)
            continue
        if any(w in names for w in piece):
            found.append(" ".join(piece))
        piece = []
    return found


def _inside_a_sentence(said: str, at: int) -> bool:
    """Whether a word at ``at`` follows a letter, a digit or a comma and a space, where
    a capital is no grammar's (as :data:`_CAPITALISED` reads it)."""
    before = at
    while before and said[before - 1].isspace():
        before -= 1
    return 0 < before < at and (said[before - 1].isalnum() or said[before - 1] == ",")


def proper_nouns(utterances: list[Utterance]) -> set[str]:
    """The words the session writes as names: capitalised inside a sentence at least once
    ("I told Priya", "we moved to Leeds"), and never written in lower case by anyone
    ("will" is a word, though "Will" is a name). "I" and its contractions, words in
    capitals ("HR"), and the days and months are not counted. A transcript written all in
    lower case has none."""
    text = _joined(u.text for u in utterances)
    found = {match[1] for match in _CAPITALISED.finditer(text)}
    # Each word the session writes, whole: a name of word characters only is written in
    # lower case where it is one of them, which one pass over the text tells for all the
    # names at once (a search of the whole text for each name grew with their product).
    written = set(_WORD_RUN.findall(text))
    return {
        word
        for word in found
        if not {word.lower(), word.lower().removesuffix("s")} & _NOT_NAMES
        and not _written_in_lower_case(word.lower(), text, written)
    }


# A run of word characters, as ``\b`` bounds it.
_WORD_RUN = re.compile(r"\w+")


def _written_in_lower_case(lower: str, text: str, written: set[str]) -> bool:
    """Whether ``lower`` stands in ``text`` as a word of its own (``\\b`` on each side);
    ``written``: the text's runs of word characters (:data:`_WORD_RUN`). A word of word
    characters only stands there just where it is one of those runs; another (a capital
    whose lower case adds a mark, such as "İ") is searched for."""
    if _WORD_RUN.fullmatch(lower):
        return lower in written
    return re.search(rf"\b{re.escape(lower)}\b", text) is not None


def _joined(texts: Iterable[str]) -> str:
    """The texts as one, each a sentence of its own (curly apostrophes made straight)."""
    return ". ".join(texts).replace("’", "'")


# A word written with a capital inside a sentence: after a letter, a digit or a comma
# and a space, not after a sentence's end, a colon, a quotation mark or a dash, where a
# capital is grammar. Its first letter a capital and another in lower case ("Priya",
# "McKenzie", "PowerPoint"; not "I", "I'm", "HR" or "RFCs"); a possessive "'s" is left out.
_CAPITALISED = re.compile(r"(?<=[^\W_]|,)\s+([A-Z][^\W\d_A-Z][^\W\d_]*)\b(?!'(?!s\b))")


# Capitalised inside a sentence, yet not names of anyone or anywhere a coach keeps: the
# days, months and holidays, titles, exclamations ("God, years"), a back-channel's sounds,
# peoples and languages.
_NOT_NAMES = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "okay", "mr", "mrs", "ms", "dr",
        "prof", "sir", "madam", "christmas", "easter", "god", "gosh", "jesus",
        # sounds a transcript may capitalise after a comma ("Yeah, Mm-hmm.")
        "mm", "mmm", "hmm", "mhm", "um", "uh", "uhm", "er", "erm", "ah", "oh", "yeah",
        "yep", "nope",
        # peoples and languages: a client's "I'm Australian" names no one to remember
        "english", "british", "american", "australian", "canadian", "irish", "scottish",
        "welsh", "french", "german", "spanish", "italian", "dutch", "polish", "european",
        "chinese", "japanese", "indian", "african", "asian", "kiwi", "aussie",
    }
)  # fmt: skip


# What says a word is a thing, one word or none before it: "a Teams call", "the call".
_DETERMINER = r"(?:a|an|the|my|your|his|her|their|our|this|that|one|every|each|no)"


def _part_senses(
    grams: dict[tuple[str, ...], _Gram], said: _Said, utterances: list[Utterance]
) -> None:
    """Keep apart, in each word of ``grams`` said both as a thing and in -ed, the two
    senses one stem joins: "a Teams call" and "I never called it that" are two words, not
    "call ×2". Where every time the plain form is said it follows a determiner, one word
    or none before it (:data:`_DETERMINER`), the word counts only its larger sense (the
    plain form on a tie). "Retired" and "retiring", or "apply" and "applied" (no thing),
    stay one."""
    texts: dict[int, str] | None = None
    clauses = dict(said)
    for gram in grams.values():
        if len(gram.key) != 1 or len(gram.forms) < 2:
            continue
        past = {f for f in gram.forms if f.endswith("ed")}
        plain = {f for f in gram.forms if not f.endswith(("ed", "ing"))}
        if not past or not plain:
            continue
        if texts is None:
            texts = {u.index: u.text for u in utterances if u.role == "client"}
        if not all(_only_a_thing(form, gram, clauses, texts) for form in plain):
            continue
        kept = (
            plain if sum(gram.forms[f] for f in plain) >= sum(gram.forms[f] for f in past) else past
        )
        gram.spans = [span for span in gram.spans if clauses[span[0]][span[1]][span[2]] in kept]
        gram.forms = Counter({f: n for f, n in gram.forms.items() if f in kept})
        gram.count = sum(gram.forms.values())
        first = gram.spans[0][0]
        gram.first = (first, gram.first[1])
        gram.text = next(f for f in gram.forms)


def _only_a_thing(
    form: str, gram: _Gram, clauses: dict[int, list[list[str]]], texts: dict[int, str]
) -> bool:
    """Whether every client utterance that says ``form`` says it after a determiner."""
    # Compiled here, once for each form: a form is read for one term only, and a cache
    # kept across analyses would hold the client's words after their transcript is done
    # (the ``re`` module's own cache is emptied with the others, by session.forget_text).
    escaped = re.escape(form)
    thing = re.compile(rf"\b{_DETERMINER}\s+(?:[\w']+\s+)?{escaped}\b", re.IGNORECASE)
    said = re.compile(rf"\b{escaped}\b", re.IGNORECASE)
    for index in {span[0] for span in gram.spans}:
        text = texts.get(index, "")
        if len(said.findall(text)) != len(thing.findall(text)):
            return False
    return True


def _client_grams(said: _Said) -> dict[tuple[str, ...], _Gram]:
    grams: dict[tuple[str, ...], _Gram] = {}
    for index, clauses in said:
        for number, clause in enumerate(clauses):
            for at, tokens in _candidates(clause):
                key = tuple(stem(t) for t in tokens)
                text = " ".join(tokens)
                if key in grams:
                    grams[key].count += 1
                else:
                    content = frozenset(stem(t) for t in tokens if _is_content(t)) or frozenset(
                        key
                    )  # "say no": its words, each, for the coach to say back
                    grams[key] = _Gram(key, text, content, 1, (index, len(grams)))
                grams[key].forms[text] += 1
                grams[key].spans.append((index, number, at, at + len(tokens)))
    return grams


def _echoes(utterances: list[Utterance], said: _Said) -> dict[tuple[str, ...], _Gram]:
    """The client's phrases of ECHO_WORDS words (``said``: their clauses) that a coach
    utterance after the client's first use says back in the same words (case and
    fillers aside, not by stem: "backlog keeps" is not said back by "backlog keep"),
    however seldom the client said them: a coach who quotes "good enough" back has taken
    up the client's language. The phrase must read as a phrase (:func:`_is_phrase`, as a
    repeated one must) or be a pair of content words joined by "and" or "or"
    (:func:`_is_pair`: "guilty and excited", said back whole), unless the coach puts it,
    and nothing else, in quotation marks: "good enough" is everyday words, and only the
    quotation marks say it is the client's.
    One the coach said first is the coach's. Of the phrases said back that overlap in
    one clause of the client's ("scared of choosing wrong", "choosing wrong"), only the
    longest (the first of equals) is one: the coach took up one piece of language.
    A hyphen, an en dash and a space are one joint (:func:`_joints`): "a hands on
    manager" says back the client's "hands-on manager", and "hands-on manager" their
    "hands on manager".
    Keyed by stem, as the repeated phrases are, with which they merge."""
    joined = {t for _, clauses in said for clause in clauses for t in clause if "-" in t}
    coach = _coach_phrases(utterances, joined)
    openings = {key[0] for key in coach}  # most of the client's runs open on no such word
    echoes: dict[tuple[str, ...], _Gram] = {}
    echo_openings: set[str] = set()  # the first stem of each key in ``echoes``
    for index, clauses in said:
        for number, clause in enumerate(clauses):
            stems = [stem(t) for t in clause]
            taken: list[range] = []  # the words of the phrases found in this clause
            # A single word counts only where the coach quotes it ('managing').
            words_quoted = [(i, 1) for i, t in enumerate(clause) if (t,) in coach]
            runs = _runs(clause) + words_quoted
            for i, n in sorted(runs, key=lambda run: (-run[1], run[0])):
                if stems[i] not in echo_openings and clause[i] not in openings:
                    continue  # neither said again nor said back: nothing to read
                tokens = clause[i : i + n]
                key = tuple(stems[i : i + n])
                if key in echoes:  # said again, in these words or others
                    echoes[key].count += 1
                    echoes[key].forms[" ".join(tokens)] += 1
                    echoes[key].spans.append((index, number, i, i + n))
                    taken.append(range(i, i + n))
                    continue
                back = coach.get(tuple(tokens)) if tokens[0] in openings else None
                if back is None or any(i < w.stop and w.start < i + n for w in taken):
                    continue
                first, quoted = back
                if first > index and (
                    quoted
                    or (
                        n > 1
                        and (
                            (_is_phrase(tokens) and _names_a_thing(tokens))
                            or _is_pair(tokens)
                            or _being_done(tokens)
                        )
                    )
                ):
                    echoes[key] = _echo(key, tokens, (index, number, i, i + n))
                    echo_openings.add(key[0])
                    taken.append(range(i, i + n))
    return echoes


def _names_a_thing(tokens: list[str]) -> bool:
    """Whether a phrase said back once is language of the client's rather than the
    grammar any reply shares: not a verb after "to" ("going to stop", "used to run"),
    nor a preposition with one content word ("on the nights", "at the moment")."""
    if len(tokens) > 1 and tokens[-2] == "to":
        return False
    return not (tokens[0] in PHRASE_OPENERS and sum(map(_is_content, tokens)) == 1)


def _echo(key: tuple[str, ...], tokens: list[str], span: _Span) -> _Gram:
    text = " ".join(tokens)
    content = frozenset(stem(t) for t in tokens if _is_content(t))
    echo = _Gram(key, text, content, 1, (span[0], -1), echoed=True, spans=[span])
    echo.forms[text] += 1
    return echo


def _coach_phrases(
    utterances: list[Utterance], joined: set[str]
) -> dict[tuple[str, ...], tuple[int, bool]]:
    """Each run of ECHO_WORDS words the coach says (its words, lower case), with the
    index of the first utterance saying it and whether the coach ever quotes it alone.
    A hyphen and a space are one joint: the runs are read again with the coach's
    hyphenated words in their pieces (:func:`_in_pieces`), and with the client's
    (``joined``) made whole where the coach says them with spaces (:func:`_made_whole`)."""
    coach: dict[tuple[str, ...], tuple[int, bool]] = {}
    for u in utterances:
        if u.role != "coach":
            continue
        given = _quoted_keys(u.text) | _said_back(u.text, joined)
        quoted = given | {tuple(k) for k in _other_joints([list(key) for key in given], joined)}
        clauses = _clauses(u.text)
        apart = clauses  # a dash that sets words apart ends a clause where words are made whole
        if joined and _DASH_BREAK.search(u.text) is not None:
            apart = _clauses(_DASH_BREAK.sub(".", u.text))
        for clause in [*clauses, *_in_pieces(clauses), *_made_whole(apart, joined)]:
            for i, n in _runs(clause):
                key = tuple(clause[i : i + n])
                known = coach.get(key)
                if known is None:
                    coach[key] = (u.index, key in quoted)
                elif quoted and not known[1] and key in quoted:  # (else it stands as it is)
                    coach[key] = (known[0], True)
        for key in quoted:  # a single word quoted: taken up, where the client said it first
            if len(key) == 1:
                coach[key] = (coach.get(key, (u.index, True))[0], True)
    return coach


def _other_joints(clauses: list[list[str]], joined: set[str]) -> list[list[str]]:
    """``clauses`` read with the other joint: :func:`_in_pieces` and :func:`_made_whole`."""
    return [*_in_pieces(clauses), *_made_whole(clauses, joined)]


def _in_pieces(clauses: list[list[str]]) -> list[list[str]]:
    """The ``clauses`` that hold a hyphenated word, each such word in its pieces
    ("hands-on manager": "hands", "on", "manager"), for a client who said it with spaces.
    An en dash between two words is a hyphen (:func:`term_words`)."""
    return [
        [piece for word in clause for piece in word.split("-")]
        for clause in clauses
        if any("-" in word for word in clause)
    ]


def _made_whole(clauses: list[list[str]], joined: set[str]) -> list[list[str]]:
    """The ``clauses`` that say a hyphenated word of the client's (``joined``) with
    spaces, with that word whole ("a hands on manager": "a", "hands-on", "manager").
    Whole phrases alone are compared so, never a word with another's pieces: the client's
    "well-being" is no term of the coach's "doing well being honest" unless the words
    around it are the client's phrase too."""
    if not joined:
        return []
    found = []
    heads = _hyphen_heads(joined)
    for clause in clauses:
        whole = _joined_toward(clause, joined, heads)
        if len(whole) < len(clause):
            found.append(whole)
    return found


def _hyphen_heads(joined: set[str]) -> set[str]:
    """What a word must be to open one of the hyphenated words ``joined``: the part
    before one of its hyphens ("hands" of "hands-on")."""
    return {word[:at] for word in joined for at, char in enumerate(word) if char == "-"}


def _joined_toward(
    clause: Sequence[str], joined: set[str], heads: set[str] | None = None
) -> list[str]:
    """``clause`` with each run of words that is one of ``joined`` said with spaces
    made that word, the longest first. ``heads``: :func:`_hyphen_heads` of ``joined``,
    where the caller has them for many clauses."""
    if heads is None:
        heads = _hyphen_heads(joined)
    # Most clauses hold no word that opens one, and are left as they are.
    if heads.isdisjoint(clause):
        return list(clause)
    longest = max(len(word.split("-")) for word in joined)
    whole: list[str] = []
    i = 0
    while i < len(clause):
        most = min(longest, len(clause) - i) if clause[i] in heads else 1
        n = next((n for n in range(most, 1, -1) if "-".join(clause[i : i + n]) in joined), 1)
        whole.append("-".join(clause[i : i + n]))
        i += n
    return whole


# A coach utterance of at most this many words is a reflection of the client's words
# ("Drifting.", "Being needed.") where it is no prompt (_PROMPTS).
SAID_BACK_WORDS = 3
_NUMBERS = frozenset(
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
    }
)  # fmt: skip
_PROMPTS = re.compile(
    r"(?:go on|say more|tell me more|and then|keep going|what else|such as|for example|"
    r"how so|meaning|really|okay|ok|right|yes|yeah|no|sure|fair enough|of course|thank you|"
    r"thanks|i see|got it|absolutely|exactly|wow|gosh|and|so|hmm+|mm+|mhm|uh-huh|go ahead|"
    r"anything else|and what else|what's that like|how come|such as what|like what|"
    r"(?:you're |you are )?welcome|(?:that )?sounds (?:good|great|fine|okay|ok)|good|great|"
    r"perfect|excellent|lovely|nice|wonderful|brilliant|no problem|all right|alright|fine|"
    r"cool|that's (?:okay|ok|fine|good|great))[.?!…]*"
)


def _said_back(text: str, joined: set[str]) -> set[tuple[str, ...]]:
    """The client's words a short coach utterance gives back, each alone, as if quoted:
    "Drifting." takes up the client's "drifting", "Being needed." their "needed". At most
    SAID_BACK_WORDS words, no prompt ("Go on.", "Tell me more."), and only words that
    are a term's: a content word, or an everyday word in an inflected form ("needed",
    not "go" or "see"); compared as said, not by stem. A hyphenated word of the client's
    (``joined``) said with spaces is one word ("Well being?" gives back "well-being"),
    though its pieces count against SAID_BACK_WORDS: "Doing well being here?" is no
    word given back."""
    said = term_words(text)
    if not said or len(said) > SAID_BACK_WORDS or _PROMPTS.fullmatch(text.strip().lower()):
        return set()
    said = _joined_toward(said, joined)
    return {
        (w,)
        for w in said
        if w not in _NUMBERS
        and (
            _is_content(w)
            or (_lettered(w) and w.endswith(("ed", "ing")) and len(w) > 4 and stem(w) != w)
        )
    }


def _runs(clause: list[str]) -> list[tuple[int, int]]:
    """(start, length) of each run of ECHO_WORDS words in ``clause`` without a word that
    joins two ideas ("and", "but") or one that is not letters, and of each pair of
    content words joined by "and" or "or" (:func:`_is_pair`)."""
    ok = [t not in PHRASE_BREAKS and _lettered(t) for t in clause]
    if all(ok):  # (most clauses: every run stands, and no "and" or "or" joins a pair)
        return [(i, n) for n in ECHO_WORDS for i in range(len(clause) - n + 1)]
    runs = [(i, n) for n in ECHO_WORDS for i in range(len(clause) - n + 1) if all(ok[i : i + n])]
    pairs = [(i - 1, 3) for i in range(1, len(clause) - 1) if clause[i] in PAIR_JOINS]
    return runs + [(i, n) for i, n in pairs if _is_pair(clause[i : i + n])]


def _quoted_keys(text: str) -> set[tuple[str, ...]]:
    """The words of each quotation of ECHO_WORDS words in ``text``, or of one content
    word (fillers aside)."""
    keys = set()
    for match in _QUOTED.finditer(text.lower().replace("’", "'")):
        tokens = _drop_fillers(term_words(next(g for g in match.groups() if g is not None)))
        if len(tokens) in ECHO_WORDS or (len(tokens) == 1 and _is_content(tokens[0])):
            keys.add(tuple(tokens))
    return keys


def _clauses(text: str) -> list[list[str]]:
    """Words of each clause of ``text``, fillers removed, a hyphenated word whole
    (:func:`term_words`: "hands-on")."""
    lowered = text.lower().replace("’", "'")
    return [_drop_fillers(term_words(part)) for part in _CLAUSE_END.split(lowered)]


# The filler phrases by the word they open with, in FILLER_PHRASES' order: only these
# need comparing where a word opens one.
_FILLER_OPENINGS: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(phrase for phrase in FILLER_PHRASES if phrase[0] == first)
    for first in dict.fromkeys(phrase[0] for phrase in FILLER_PHRASES)
}


# What stands where "like" was dropped between two words: no phrase runs across it
# ("acting like the tech lead" is no "acting the tech lead"; "like" is a filler, but as
# often the word that compares). Not letters, so no term holds it.
_LIKE_GAP = "|"


def _drop_fillers(tokens: list[str]) -> list[str]:
    """``tokens`` without fillers, so "feel really stuck" reads "feel stuck"; a "like"
    between two words leaves a gap (_LIKE_GAP)."""
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "like" and kept and i + 1 < len(tokens):
            kept.append(_LIKE_GAP)
            i += 1
            continue
        phrases = _FILLER_OPENINGS.get(token)
        if phrases is not None:
            phrase = next((p for p in phrases if tuple(tokens[i : i + len(p)]) == p), None)
            if phrase is not None:
                i += len(phrase)
                continue
        if not is_filler(token):
            kept.append(token)
        i += 1
    return kept


def _candidates(tokens: list[str]) -> list[tuple[int, list[str]]]:
    """Content words and the phrases that may be terms, each with where it starts, words
    first, then the phrases by length, each in the order said."""
    content = [_is_content(t) for t in tokens]
    found = [(i, [t]) for i, t in enumerate(tokens) if content[i]]
    found += [
        (i, tokens[i : i + 2])
        for i in range(len(tokens) - 1)
        if (
            tokens[i + 1] in _STANCE_ENDS
            and _lettered(tokens[i])
            and (stem(tokens[i]), tokens[i + 1]) in _STANCES
        )
        or (tokens[i] == "being" and _being_done(tokens[i : i + 2]))
    ]
    for n in range(2, MAX_PHRASE_WORDS + 1):
        # A phrase ends on a content word: the rest of _is_phrase is read only there.
        found += [
            (i, tokens[i : i + n])
            for i in range(len(tokens) - n + 1)
            if content[i + n - 1] and _is_phrase(tokens[i : i + n])
        ]
    return found


# Two everyday words that name a stance a client may keep coming back to ("I can't say
# no", "I need to let go"): a phrase though neither word is a content word, kept where
# the client says it MIN_PHRASE_COUNT times or more. By the verb's stem, so "saying no"
# is "say no".
_STANCES = frozenset(
    (stem(verb), end)
    for verb, ends in (
        ("say", ("no",)),
        ("said", ("no",)),
        ("gave", ("up", "in")),
        ("spoke", ("up",)),
        ("stood", ("up",)),
        ("held", ("back",)),
        ("let", ("go",)),
        ("give", ("up", "in")),
        ("speak", ("up",)),
        ("push", ("back",)),
        ("step", ("back", "up")),
        ("slow", ("down",)),
        ("switch", ("off",)),
        ("open", ("up",)),
        ("stand", ("up",)),
        ("back", ("off",)),
        ("hold", ("back",)),
        ("shut", ("down", "off")),
    )
    for end in ends
)
_STANCE_ENDS = frozenset(end for _, end in _STANCES)
# "Being needed", "being seen": what is done to the client, a phrase though both words
# are everyday ones.
_PARTICIPLES = frozenset({"seen", "heard", "known", "liked", "chosen", "taken", "forgotten"})


def _being_done(tokens: list[str]) -> bool:
    """Whether two words are "being" and a participle ("being needed", "being seen")."""
    if len(tokens) != 2 or tokens[0] != "being":
        return False
    done = tokens[1]
    return done in _PARTICIPLES or (len(done) > 4 and done.endswith("ed") and _lettered(done))


def clear_caches() -> None:
    """Forget the words cached while measuring one transcript."""
    _is_content.cache_clear()
    _stems_of.cache_clear()
    _roots_of.cache_clear()


@lru_cache(maxsize=1 << 15)
def _is_content(word: str) -> bool:
    return len(word) >= 3 and _lettered(word) and not is_plain(word) and not is_filler(word)


def _lettered(word: str) -> bool:
    """Whether a word is letters, or letters joined by hyphens ("hands-on")."""
    return word.replace("-", "").isalpha()


def _is_phrase(tokens: list[str]) -> bool:
    """Whether words read as a phrase, a unit naming a thing: they open on a word that is
    not a stopword, or on a preposition ("at the table"); hold no word that joins two
    ideas ("and") nor one that is not letters; and end on a content word that is not a
    verb of PHRASE_END_VERBS ("backlog grows", "keeps growing" are clauses cut short)."""
    first, last = tokens[0], tokens[-1]
    opens = first not in STOPWORDS or first in PHRASE_OPENERS
    inner_ok = not any(t in PHRASE_BREAKS or not _lettered(t) for t in tokens)
    return opens and inner_ok and _is_content(last) and last not in PHRASE_END_VERBS


def _is_pair(tokens: list[str]) -> bool:
    """Whether three words are two content words joined by "and" or "or" ("guilty and
    excited", "stuck or scared"): the client's pair of words, said back whole, is their
    language taken up, though a repeated phrase never holds such a join."""
    return (
        len(tokens) == 3
        and tokens[1] in PAIR_JOINS
        and _is_content(tokens[0])
        and _is_content(tokens[2])
    )


def _drop_overlapped(kept: dict[tuple[str, ...], _Gram]) -> dict[tuple[str, ...], _Gram]:
    """``kept`` without each term said only as part of a longer one that stays: as often,
    and every time sharing words with it in the same clause. So "front" and "of the
    board" inside "front of the board" go, and so does "in front" where it is said only
    in "in front of the board" (a phrase of five words, too long to be a term, so the two
    overlap rather than one holding the other); a term also said apart from the longer
    one, or more often, stays ("board" beside "board pack"). A term that a longer one
    holds whole also gives way where it is said MOSTLY_INSIDE of its times or more inside
    it (:func:`_mostly_inside`): "gym ×4, app ×4, gym app ×3" is one term, "gym app".
    Longest first, so a term gives way only to one that is listed.

    Each time a term was said is read once (:func:`_times_with`), however many longer
    terms lie beside it, so a word said often inside many phrases costs only its times."""
    covering: dict[tuple[int, int, int], list[int]] = {}  # each word said: its terms' ids
    listed: dict[int, _Gram] = {}  # the terms that stay, by id
    stays: set[tuple[str, ...]] = set()
    by_length: dict[int, list[tuple[tuple[str, ...], _Gram]]] = {}
    for key, gram in kept.items():
        by_length.setdefault(len(key), []).append((key, gram))
    for length in sorted(by_length, reverse=True):
        # Terms of one length are weighed against the longer ones, and against those as
        # long weighed before them: two windows of one phrase too long to be a term ("look
        # at the job" and "at the job description", each time in "look at the job
        # description") are one term, the later, as the noun of a phrase comes last.
        for key, gram in sorted(by_length[length], key=lambda kg: kg[1].first, reverse=True):
            if _gives_way(gram, listed, *_times_with(gram, covering)):
                continue
            stays.add(key)
            listed[id(gram)] = gram
            for u, c, start, stop in gram.spans:
                for w in range(start, stop):
                    covering.setdefault((u, c, w), []).append(id(gram))
    return {key: gram for key, gram in kept.items() if key in stays}


def _gives_way(
    gram: _Gram, listed: dict[int, _Gram], touching: Counter[int], holding: Counter[int]
) -> bool:
    """Whether a longer listed term is said as often as ``gram`` and shares a word with
    every time it was, or holds it MOSTLY_INSIDE of its times (:func:`_mostly_inside`)."""
    times = len(gram.spans)
    return any(
        (listed[ident].count == gram.count and touched == times)
        or _mostly_inside(gram, listed[ident], holding[ident])
        for ident, touched in touching.items()
    )


def _times_with(
    gram: _Gram, covering: dict[tuple[int, int, int], list[int]]
) -> tuple[Counter[int], Counter[int]]:
    """For each longer term (by ``id``) in ``covering`` where ``gram`` was said, how many of
    ``gram``'s times share a word with one of its times (``touching``) and how many lie
    whole inside its times, every word of the time one of its words (``holding``)."""
    touched: list[int] = []
    whole: list[int] = []
    for u, c, start, stop in gram.spans:
        if stop - start == 1:  # a word: what touches it holds it
            here = set(covering.get((u, c, start), ()))
            touched += here
            whole += here
            continue
        each = [set(covering.get((u, c, w), ())) for w in range(start, stop)]
        touched += set().union(*each)
        whole += set.intersection(*each)
    return Counter(touched), Counter(whole)


# A term that a longer one holds whole gives way to it where at least this share of its
# times are said inside it: said apart once in four times or less, it is the longer
# term's word ("gym" in "gym app", 3 of 4), not one of its own ("board" beside "board
# pack", 2 of 5, stays).
MOSTLY_INSIDE = 0.75


def _mostly_inside(gram: _Gram, longer: _Gram, inside: int) -> bool:
    """Whether ``longer`` holds ``gram``'s words whole, in order, and at least
    MOSTLY_INSIDE of the times ``gram`` was said (``inside`` of them, counted by
    :func:`_times_with`) lie inside a time ``longer`` was."""
    if inside < MOSTLY_INSIDE * gram.count:
        return False
    n = len(gram.key)
    return any(longer.key[i : i + n] == gram.key for i in range(len(longer.key) - n + 1))


def _coach_stems(utterances: list[Utterance]) -> list[tuple[int, frozenset[str]]]:
    """Each coach utterance's index and the stems of its words."""
    return [(u.index, _stems_of(u.text)) for u in utterances if u.role == "coach"]


def _with_joined(
    coach_said: list[tuple[int, frozenset[str]]],
    utterances: list[Utterance],
    kept: dict[tuple[str, ...], _Gram],
) -> list[tuple[int, frozenset[str]]]:
    """``coach_said`` with the client's hyphenated terms (in ``kept``) that each coach
    utterance says, with the hyphen or without: "hands on" and "hands-on" both take up the
    client's "hands-on". Read only where the client said such a term."""
    joined = {word for gram in kept.values() for word in gram.content if "-" in word}
    if not joined:
        return coach_said
    parts = {len(word.split("-")) for word in joined}
    texts = {u.index: u.text for u in utterances if u.role == "coach"}
    return [(index, said | _joined_in(texts[index], joined, parts)) for index, said in coach_said]


def _joined_in(text: str, joined: set[str], parts: set[int]) -> frozenset[str]:
    """The stems of ``joined`` (hyphenated stems) that ``text`` says in one clause, its
    words joined by hyphens, en dashes or spaces; not across a dash that sets words apart
    (_DASH_BREAK: "doing well – being honest" says no "well-being")."""
    found = set()
    for clause in _CLAUSE_END.split(_DASH_BREAK.sub(".", text.lower().replace("’", "'"))):
        said = words(clause)  # a hyphenated word in its pieces, as one said with spaces
        for n in parts:
            found |= {
                key
                for i in range(len(said) - n + 1)
                if (key := stem("-".join(said[i : i + n]))) in joined
            }
    return frozenset(found)


@lru_cache(maxsize=1 << 14)  # read for the terms, then for the metaphors
def _stems_of(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(text))


def _utterances_by_stem(
    coach_said: list[tuple[int, frozenset[str]]],
) -> dict[str, list[tuple[int, frozenset[str]]]]:
    """Each stem the coach says, with the coach utterances holding it, in order."""
    index: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for item in coach_said:
        for word in item[1]:
            index.setdefault(word, []).append(item)
    return index


def _said_first_by_coach(gram: _Gram, by_stem: dict[str, list[tuple[int, frozenset[str]]]]) -> bool:
    """Whether a coach utterance before the client's first use holds all its content."""
    holding = [by_stem.get(word, []) for word in gram.content]
    rarest = min(holding, key=len) if holding else []
    for index, said in rarest:
        if index >= gram.first[0]:
            break
        if gram.content <= said:
            return True
    return False


def _reused(gram: _Gram, coach_said: list[tuple[int, frozenset[str]]]) -> bool:
    """Whether a coach utterance after the client's first use holds the term's content
    words, in any form of the same word: by stem ("deadline", "deadlines"), and by
    :func:`roots` where one word is made from another ("curiosity" takes up "curious",
    "honesty" "honest")."""
    if any(index > gram.first[0] and gram.content <= said for index, said in coach_said):
        return True
    return any(
        index > gram.first[0] and all(roots(word) & _roots_of(said) for word in gram.content)
        for index, said in coach_said
    )


@lru_cache(maxsize=1 << 14)  # a coach utterance's stems, read again for every term
def _roots_of(stems: frozenset[str]) -> frozenset[str]:
    """Every :func:`roots` of each of ``stems``."""
    return frozenset(root for word in stems for root in roots(word))


def client_metaphors(utterances: list[Utterance]) -> list[Metaphor]:
    """The client's figurative phrases, in the words and case first said, most frequent
    first (ties: first said; case aside), at most MAX_METAPHORS.

    A metaphor is a cue (``feels like``, ``as if``, ``like a`` ...) and up to
    four following words within the clause, with trailing stopwords dropped; a
    cue with no content word after it is ignored, and so is a thing cut short
    before its noun ("like a remedial"). After "feel(s) like", a doing with a thing
    is one ("I've been carrying a backpack full of bricks": "carrying a backpack
    full of bricks"; with "the" or "my", a physical thing: "I'm holding up the
    ceiling"); so is a person said to be a thing ("Like I was furniture", "like I'm a
    ghost": PERSON_LIKE, PHYSICAL_THINGS). A verb that pictures the client's state is
    one without a cue ("I am drowning in it": "drowning in it"; FIGURE_VERBS), and so is
    a figure of speech ("treading water": FIGURE_IDIOMS). "Like" as a verb ("I'd like a
    coffee") or for "such as" ("things like a budget") opens none.

    A figure whose image the coach said first ("It's a bit like watching someone else
    drive your car", then the client's "It's like watching someone else drive my car
    while I'm in the back seat") is the coach's image taken up, not the client's own: it
    is kept, as the client working inside the coach's image is worth seeing, but marked
    ``coach_first`` and listed after the client's own. The coach said it first where an
    earlier coach utterance holds the image's own words (:func:`_image_words`) and speaks
    figuratively (:func:`_figurative`): a coach's literal "Did you take the car?" leaves
    the client's car image the client's. Earlier is before the client's first figure
    holding those words, in whatever phrase: a client who said "I'm drowning in it",
    heard "Drowning in it." back and later says "tired of drowning" is still in their own
    image.
    """
    # its words -> (as first said, image, the image's own words, at)
    first: dict[str, tuple[str, str, tuple[str, ...], int]] = {}
    counts: Counter[str] = Counter()
    # Every client figure: where it was said and the stems of its image's own words.
    said_by_client: list[tuple[int, frozenset[str]]] = []
    for u in utterances:
        if u.role == "client":
            for text, image, own in _metaphors_in(u.text):
                key = " ".join(words(text))  # case, apostrophes and hyphens aside
                first.setdefault(key, (text, image, own, u.index))
                counts[key] += 1
                said_by_client.append((u.index, frozenset(stem(w) for w in own if w != _OR)))
    if not first:
        return []  # no image of the client's: nothing for the coach to have said first
    coach_said = _coach_stems(utterances)
    figurative = [
        (u.index, _stems_of(u.text))
        for u in utterances
        if u.role == "coach" and _figurative(u.text)
    ]
    coach_first = {
        key: _image_said_before(
            first[key][2], _first_said(first[key][2], first[key][3], said_by_client), figurative
        )
        for key in first
    }
    ranked = sorted(first, key=lambda key: (coach_first[key], -counts[key], first[key][3]))
    return [
        Metaphor(said, image, at, counts[key], _image_reused(own, at, coach_said), coach_first[key])
        for key in ranked[:MAX_METAPHORS]
        for said, image, own, at in [first[key]]
    ]


# A line that speaks in figures: a cue of a simile anywhere in it ("a bit like watching
# someone else drive your car", where no cue of METAPHOR_CUES stands whole).
_SIMILE_WORD = re.compile(r"\b(?:like|as if|as though)\b", re.IGNORECASE)


def _figurative(text: str) -> bool:
    """Whether a coach line speaks figuratively: a figure is found in it
    (:func:`_metaphors_in`), or it holds "like", "as if" or "as though"."""
    return _SIMILE_WORD.search(text) is not None or bool(_metaphors_in(text))


def _first_said(
    own: tuple[str, ...], at: int, said_by_client: list[tuple[int, frozenset[str]]]
) -> int:
    """The first client utterance, at ``at`` or before, whose figures hold every one of the
    image's own words (``own``): where the client first brought the image, whichever
    phrase it came in ("drowning in it" before "tired of drowning")."""
    wanted = _image_groups(own)[0]
    if not wanted:
        return at
    return min([index for index, stems in said_by_client if wanted <= stems] + [at])


def _image_said_before(
    own: tuple[str, ...], at: int, figurative: list[tuple[int, frozenset[str]]]
) -> bool:
    """Whether a figurative coach utterance before utterance ``at`` holds every one of the
    image's own words (``own``, in any form, up to any ``_OR``), as :func:`_image_reused`
    reads a later one; an image with no word of its own is nobody's first."""
    wanted = _image_groups(own)[0]
    return bool(wanted) and any(index < at and wanted <= said for index, said in figurative)


def _image_reused(
    own: tuple[str, ...], at: int, coach_said: list[tuple[int, frozenset[str]]]
) -> bool:
    """Whether a coach utterance after utterance ``at`` holds every one of the image's
    own words (``own``, :func:`_image_words`), in any form: the coach's "a pressure
    cooker" takes up "like a pressure cooker", "the pressure" does not, and an image
    with no word of its own (none but everyday words) is taken up by nothing. Where the
    image says more of its thing (``_OR`` and the last noun of "that's come loose from the
    mooring"), a coach utterance holding that noun takes it up too."""
    return any(
        index > at and stems <= said
        for stems in _image_groups(own)
        if stems
        for index, said in coach_said
    )


def _image_groups(own: tuple[str, ...]) -> list[set[str]]:
    """The stems of an image's own words (``own``, :func:`_image_words`) in the groups
    ``_OR`` parts: the image's thing first, then what more is said of it."""
    groups: list[set[str]] = [set()]
    for w in own:
        if w == _OR:
            groups.append(set())
        else:
            groups[-1].add(stem(w))
    return groups


def _image_words(tokens: list[str]) -> tuple[str, ...]:
    """The image's own words among the words of a figure's thing (``tokens``, lower
    case): the noun it ends on and the nouns just before it ("pressure cooker", "roller
    coaster"; "bricks" of "a backpack full of bricks", as "of" breaks the run; not the
    "big heavy old" of a suitcase), less the everyday ones ("day" of "Groundhog Day")."""
    run: list[str] = []
    for k, word in enumerate(reversed(tokens)):
        if word in STOPWORDS or not word.isalpha() or (k and not _ends_on_a_noun(word)):
            break
        run.append(word)
    return tuple(w for w in reversed(run) if _is_content(w))


def _metaphors_in(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(the phrase as the client said it, its image word, the image's own words) for each
    figure in ``text``, in the order said: a cue and what follows it (:func:`_simile`),
    and a verb that is a figure of itself (:func:`_figure`)."""
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):  # a character whose lower case is longer: no spans
        text = lowered
    lowered = _STUMBLE.sub(r"\1 ", lowered)  # "the, the mooring": one clause
    found = [
        *(_simile(lowered, m) for m in _CUE.finditer(lowered)),
        *(_gerund_simile(lowered, m) for m in _GERUND_CUE.finditer(lowered)),
        *(_stranger(m) for m in _STRANGER.finditer(lowered)),
        *(_figure(lowered, m) for m in _FIGURE.finditer(lowered)),
        *(_idiom(m) for m in _IDIOM.finditer(lowered)),
        *(_self_figure(lowered, m) for m in _SELF_FIGURE.finditer(lowered)),
        *(_being_a_role(m) for m in _ROLE.finditer(lowered)),
        *(_carrying(lowered, m) for m in _CARRYING.finditer(lowered)),
        *(_shut_out(lowered, m) for m in _SHUT_OUT.finditer(lowered)),
    ]
    kept: list[_Found] = []
    # One figure read two ways ("It's like walking on eggshells": a cue and an idiom) is
    # one: the first said, and of those the longest.
    for figure in sorted((f for f in found if f is not None), key=lambda f: (f[0], -f[1])):
        if not kept or figure[0] >= kept[-1][1]:
            kept.append(figure)
    return [(" ".join(text[start:end].split()), image, own) for start, end, image, own in kept]


# A simile on a doing: "feels like" or "it's like", perhaps hedged ("feels a bit like",
# "it was kind of like"), then a verb in -ing ("going to the dentist", "watching someone
# else drive my car"). "I feel like going for a run" is a wish (a person before "feel"):
# see _gerund_simile.
_GERUND_CUE = re.compile(
    r"\b((?:feels?|felt|it's|it is|it was|that's|that was)"
    r"(?: (?:a bit|a little|kind of|sort of|almost|just|a lot|more))? like)"
    r"(?= [^\W\d_]{2,}ing\b)"
)
# Who, said just before "feel like" and a doing, wants it rather than likens to it.
_WISHER = re.compile(
    r"\b(?:i|we|you|they|he|she)(?:'d)?(?: (?:really|just|don't|didn't|do|never|always)){0,3} $"
)
# Words in -ing that are no doing.
_NOT_DOINGS = frozenset(
    {"nothing", "something", "anything", "everything", "thing", "morning", "evening",
     "king", "ring", "spring", "string", "wing", "ceiling", "building", "meeting"}
)  # fmt: skip


# Doings of the client's own life, told of their situation rather than pictured: with
# "the" or "my" before the thing ("it feels like letting the team down", "felt like
# admitting the job is ending", "like betraying my manager"), the thing is the client's
# own and no image, unless it is a physical one ("like losing my right arm").
_LIFE_DOINGS = frozenset(
    {"admitting", "accepting", "acknowledging", "conceding", "confessing", "giving",
     "letting", "quitting", "failing", "betraying", "abandoning", "disappointing",
     "cheating", "lying", "pretending", "choosing", "deciding", "agreeing", "telling",
     "asking", "saying", "losing", "missing", "ignoring", "neglecting", "rejecting",
     "refusing", "resigning", "apologising", "apologizing", "blaming", "trusting"}
)  # fmt: skip


def _gerund_simile(lowered: str, match: re.Match[str]) -> _Found | None:
    """(start, end, image, its own words) of a simile on a doing (:data:`_GERUND_CUE`):
    the doing and the thing it is done to, with an article or a determiner before its
    noun ("going to the dentist", image "dentist"); None for a wish ("I feel like going
    to the gym": :data:`_WISHER`), a doing with no such thing ("like going home"), what
    an experience is (:func:`_what_it_is_like`), a doing of the client's own life done
    to their own thing (:data:`_LIFE_DOINGS`), or one that pictures nothing."""
    cue = match.group(1)
    if cue.startswith("feel") and _WISHER.search(
        lowered, max(0, match.start() - 30), match.start()
    ):
        return None
    if _what_it_is_like(lowered, match.start(1)):
        return None
    spans = _words_after(lowered, match.end(), 2 * _METAPHOR_WORDS + _MORE_WORDS)
    if not spans or spans[0].group() in _NOT_DOINGS:
        return None
    kept = _phrase(spans, _METAPHOR_WORDS + 1, noun=True)
    if kept is None or _pictures_nothing(kept) or len(kept) < 3:
        return None
    opener = next(
        (m.group() for m in kept[1:-1] if m.group() in _ARTICLES or m.group() in _DETERMINERS),
        None,
    )
    if opener is None:
        return None
    if (
        spans[0].group() in _LIFE_DOINGS
        and opener not in ("a", "an")
        and not any(_is_physical(m.group()) for m in kept[1:])
    ):
        return None
    own = _image_words(_texts(kept))
    return (match.start(1), kept[-1].end(), kept[-1].group(), own) if own else None


def _is_physical(word: str) -> bool:
    """Whether ``word`` names a physical thing (PHYSICAL_THINGS), in the plural too."""
    return word in PHYSICAL_THINGS or (word.endswith("s") and word[:-1] in PHYSICAL_THINGS)


# "what it's like to lose a parent", "what it was like being the only woman", "what that
# felt like": what an experience is, asked or told, and nothing likened to it.
_WHAT_BEFORE = re.compile(r"\bwhat (?:(?:it|that|this) )?$")


def _to_do(spans: list[re.Match[str]]) -> bool:
    """Whether the words after a cue open on "to" ("it's like to sit across from
    someone"): what doing something is like, with no thing likened to it."""
    return bool(spans) and spans[0].group() == "to"


def _what_it_is_like(lowered: str, cue_start: int) -> bool:
    """Whether the cue at ``cue_start`` ("it's like", "felt like") follows "what", as in
    "what it's like" or "what it felt like" (:data:`_WHAT_BEFORE`)."""
    return _WHAT_BEFORE.search(lowered, max(0, cue_start - 12), cue_start) is not None


# "I'm an outsider in my own team", "we were like strangers in our own home": a person
# said to be one who does not belong (OWN_PLACE_ROLES) where they do.
_STRANGER = re.compile(
    r"\b(?:i|we)(?:'m|'re| am| are| was| were| feel like| felt like| feel| felt)"
    r"(?: (?:just|like|kind of|sort of|always|really|still))*"
    r" (?:(?:a|an|the) )?(" + "|".join(sorted(OWN_PLACE_ROLES)) + r")s? in (?:my|our) own [^\W\d_]+"
)


def _stranger(match: re.Match[str]) -> _Found:
    """A person as a stranger in their own place (:data:`_STRANGER`): the role is the
    image and its own word."""
    role = match.group(1)
    return match.start(), match.end(), role, (role,)


def _idiom(match: re.Match[str]) -> _Found:
    """A figure of speech said without a cue (FIGURE_IDIOMS: "treading water"): its image
    is its last word, its own words those of :func:`_image_words`."""
    tokens = words(match.group())
    return match.start(), match.end(), tokens[-1], _image_words(tokens)


# (start, end, image, the image's own words) of a figure in a text.
_Found = tuple[int, int, str, tuple[str, ...]]


def _simile(lowered: str, match: re.Match[str]) -> _Found | None:
    """(start, end, image, its own words) of the phrase a cue opens, or None. The phrase
    stops at the clause's end, before a new clause ("like a treadmill I can't get off":
    the image is "treadmill") and before a time said after its thing ("like a zombie
    every morning"); a thing must end on its noun ("like a remedial", cut short, is none)
    and hold a word of its own, not only everyday ones ("like a day", cut short of "at
    the beach", reads on to the beach). After "feels like", "I" or "we" is an opinion
    ("it feels like we never finish"), unless what follows is a doing with a thing
    ("feels like I've been carrying a backpack full of bricks": the phrase is the doing).
    None where the thing pictures nothing (NOT_IMAGES: "I feel like a failure", "it
    feels like a decision") or counts an amount ("like a bottle and a half of wine",
    "like twenty minutes": :func:`_is_amount`)."""
    cue = match.group(1)
    person = _PERSON_CUE.fullmatch(cue) is not None
    spans = _words_after(lowered, match.end(), 2 * _METAPHOR_WORDS + _MORE_WORDS)
    felt = None if person or cue in CLAUSE_CUES else _in_the_body(spans, match.start(1))
    if felt is not None and not _likes(lowered, match.start(1)):
        return felt  # an image however "like" is said ("there's like a stone in my stomach")
    if (cue in ("like a", "like an") or person) and _filler_like(lowered, match.start(1)):
        return None
    if _what_it_is_like(lowered, match.start(1)) or _to_do(spans):
        return None  # what an experience is ("what it's like to sit across from…")
    start = match.start(1)
    if cue in _FEEL_CUES and spans and _is_hedge(spans[0].group()):
        return _doing(spans)
    if person:
        return _person_as_a_thing(spans, start)
    if cue in CLAUSE_CUES and (being := _person_being(spans)):
        # "as though I was part of the furniture": read as "like I was ..." where it
        # gives a thing; any other clause as before ("as if nobody can breathe")
        found = _person_as_a_thing(spans[being:], start)
        if found is not None:
            return found
    elif being := _person_being(spans):
        # "it's like I'm telling my hands": read as "like I'm ...", a person as a thing
        # or nothing
        return _person_as_a_thing(spans[being:], start)
    noun = cue not in CLAUSE_CUES
    kept = _phrase(spans, _METAPHOR_WORDS, noun=noun)
    if kept is None or _pictures_nothing(kept) or _is_amount(_texts(spans), len(kept)):
        return None
    if noun and (_compared(spans, kept) or _a_peer(_texts(spans))):
        return None
    if noun and cue not in ("like a", "like an") and _plain_clause(spans, kept):
        return None
    own = _image_words(_texts(kept)) if noun else _image_words(_texts(kept[-1:]))
    end = kept[-1].end()
    if noun and own and (more := _said_of_it(spans[len(kept) :])):
        end, own = more.end(), (*own, _OR, more.group())
    return start, end, kept[-1].group(), own


# Where a thing may be felt on the body: "a stone in my stomach", "a weight on my chest".
_ON_THE_BODY = frozenset({"in", "on", "inside", "across", "around", "over"})


def _in_the_body(spans: list[re.Match[str]], start: int) -> _Found | None:
    """(start, end, image, its own words) of a physical thing (PHYSICAL_THINGS) felt in or
    on a part of the client's body (BODY_PARTS), ``spans`` being the words after the cue:
    "like a stone in my stomach", "like a heavy weight on my shoulders". The image is the
    thing ("stone"), not where it is felt, so a coach's "the stone" takes it up. None for
    anything else ("like a friend in my team", "like a stone in my shoe")."""
    said = _texts(spans)
    k = 1 if said[:1] in (["a"], ["an"]) else 0  # after "it's like", "feels like"
    at = next((i for i in range(k + 1, min(k + 4, len(said))) if said[i] in _ON_THE_BODY), None)
    if at is None or at + 2 >= len(said) or said[at + 1] != "my":
        return None
    thing, place = said[k:at], said[at + 2]
    if not _is_physical(thing[-1]) or not (place in BODY_PARTS or place[:-1] in BODY_PARTS):
        return None
    own = _image_words(thing)
    return (start, spans[at + 2].end(), thing[-1], own) if own else None


def _plain_clause(spans: list[re.Match[str]], kept: list[re.Match[str]]) -> bool:
    """Whether the words after a cue open a clause on its subject (CLAUSE_SUBJECTS: "it's
    like nobody listens", "it's like none of it matters", "it's like they don't care")
    and name no thing with an article in it: said of the client's life, not pictured.
    "It's like somebody pulled the rug out" pictures a rug, and stays an image."""
    if not spans or spans[0].group().split("'")[0] not in CLAUSE_SUBJECTS:
        return False
    return not any(m.group() in _ARTICLES for m in kept[1:-1])


def _a_peer(said: list[str]) -> bool:
    """Whether the words after a cue name someone of the client's own place (PEERS) and
    where: "like a friend in my team", "like colleagues at work" (who they are, no image);
    "like a friend who never leaves" stays one."""
    k = 1 if said[:1] in (["a"], ["an"]) else 0
    return len(said) > k + 1 and said[k] in PEERS and said[k + 1] in PHRASE_OPENERS


def _said_of_it(after: list[re.Match[str]]) -> re.Match[str] | None:
    """The last noun of a clause that says more of a simile's thing, ``after`` being the
    words after the thing ("that's come loose from the mooring": "mooring"); None where
    no such clause follows or it ends on no word of its own ("that I can't get off")."""
    if len(after) < 3 or after[0].group() not in _RELATIVE:
        return None
    last = after[-1].group()
    if last in STOPWORDS or not _is_content(last) or not _ends_on_a_noun(last):
        return None
    if after[-2].group() not in _ARTICLES and after[-2].group() not in _DETERMINERS | {"its"}:
        return None  # "that never stops": a verb, not a thing
    return after[-1]


# "I've just been sort of drifting", "I'm floundering", "we were sinking": a verb of
# SELF_FIGURE_VERBS said of oneself, with at most a few helping and hedging words between.
_SELF_FIGURE = re.compile(
    r"\b(?:i|we)(?:'m|'ve|'d|'re| am| are| was| were| have| had)?"
    r"(?: (?:been|just|sort of|kind of|a bit|really|still|always|completely|totally|"
    r"slowly|basically|kinda|like)){0,4} (" + "|".join(sorted(SELF_FIGURE_VERBS)) + r")\b"
    r"(?! off\b)"
)
# "I was the fixer", "I've always been the glue", "I'm a bit of a doormat", "my gut's
# always been a bit of a pessimist": a person, or a part of one (INNER_PARTS), said to be
# a role that pictures their part (FIGURE_ROLES; for a part, PERSONIFIED_ROLES).
_BE = (
    r"(?:'m|'s|'re| am| is| are| was| were| became| become| becomes)"
    r"|(?:'ve|'s| have| has)(?: (?:always|just|really|kind of|sort of))? (?:been|become)"
)
_ROLE_FILLERS = r"(?: (?:always|just|really|still|kind of|sort of|basically|a bit of|bit of))*"
# "I make myself the gatekeeper", "I've made myself the glue", "we always make ourselves
# the buffer": a role the client takes on, as much as one they are.
_MAKE_SELF = (
    r"(?:(?:'ve| have)(?: (?:always|just|really|kind of|sort of))? made"
    r"|(?: (?:always|just|really|still|kind of|sort of))* (?:make|made|making))"
    r" (?:myself|ourselves)"
)
_ROLE_ADJECTIVES = frozenset(
    {"real", "big", "little", "official", "resident", "designated", "unofficial", "office"}
)
_ROLE = re.compile(
    r"\b(?:(?:i|we)(?:"
    + _BE
    + r"|"
    + _MAKE_SELF
    + r")"
    + _ROLE_FILLERS
    + r" (?:the|a|an|their|everyone's)"
    r"(?: (?:" + "|".join(sorted(_ROLE_ADJECTIVES)) + r"))?"
    r" (" + "|".join(sorted(FIGURE_ROLES)) + r")"
    r"|my (?:"
    + "|".join(sorted(INNER_PARTS))
    + r")(?:"
    + _BE
    + r")"
    + _ROLE_FILLERS
    + r" (?:a|an|the) ("
    + "|".join(sorted(PERSONIFIED_ROLES))
    + r"))\b"
)


def _self_figure(lowered: str, match: re.Match[str]) -> _Found:
    """A verb that pictures the client's state said of themselves ("I've been drifting"):
    the phrase runs from the person to the verb, its image and own word the verb."""
    verb = match.group(1)
    return match.start(), match.end(1), verb, (verb,)


def _being_a_role(match: re.Match[str]) -> _Found:
    """A person, or a part of one, said to be a role that pictures their part ("I was the
    fixer", "my gut's a pessimist"): the role is the image."""
    k = 1 if match.group(1) else 2
    role = match.group(k)
    return match.start(), match.end(k), role, (role,)


# "I've been carrying this team", "we carried the whole department", "carrying everyone":
# a verb of CARRYING_VERBS and a group (CARRIED_GROUPS) after a determiner and
# adjectives, or none (see _carrying for what may follow).
_CARRYING = re.compile(
    r"\b(" + "|".join(sorted(CARRYING_VERBS)) + r")"
    r"(?: (?:the|this|that|my|our|a|an|his|her|their))?"
    r"(?: (?:whole|entire|own|small|new|old|big|little|poor))*"
    r" (?:" + "|".join(sorted(CARRIED_GROUPS)) + r")\b"
)


def _carrying(lowered: str, match: re.Match[str]) -> _Found | None:
    """A group carried (:data:`_CARRYING`), where the group ends the thing carried: what
    follows it, if anything in the clause, is no word of substance ("carrying this team
    for two years"; not "carrying the team kit"). Its image and own word is the verb, as
    "carrying" (so the coach's "carrying them" takes it up)."""
    after = _words_after(lowered, match.end(), 1)
    if after and _is_content(after[0].group()):
        return None
    return match.start(1), match.end(), "carrying", (match.group(1),)


# "I was cut out of my own team", "I'd been frozen out of the project", "I felt squeezed
# out of it": the client shut out (SHUT_OUT_PASSIVE), with a form of "be", "get" or "feel"
# before the verb; or "they froze me out of the project" (SHUT_OUT_ACTIVE before "me" or
# "us"). Then "out of" and what the client is shut out of (see _shut_out).
_SHUT_OUT = re.compile(
    r"\b(?:(?:i|we)(?:'m|'d|'ve|'re| am| are| was| were| have| had| got| get| feel| felt)"
    r"(?: (?:been|being|got|getting|gotten|just|completely|totally|really|kind of|sort of))*"
    r" (" + "|".join(sorted(SHUT_OUT_PASSIVE)) + r")"
    r"|(" + "|".join(sorted(SHUT_OUT_ACTIVE)) + r") (?:me|us)) out of\b"
)


def _shut_out(lowered: str, match: re.Match[str]) -> _Found:
    """The client shut out of a group or a thing (:data:`_SHUT_OUT`), to what they were
    shut out of ("cut out of my own team"); its image is the verb, its own words the verb
    and "out", so the coach's "cut out" takes it up and a "cut" in the budget does not."""
    verb = match.group(1) or match.group(2)
    start = match.start() if match.group(1) else match.start(2)
    spans = _words_after(lowered, match.end(), _METAPHOR_WORDS)
    thing = _phrase(spans, _METAPHOR_WORDS, noun=False)
    end = thing[-1].end() if thing else match.end()
    return start, end, verb, (verb, "out")


_FEEL_CUES = frozenset({"feels like", "felt like", "feel like"})


def _person_being(spans: list[re.Match[str]]) -> int:
    """How many of the first words of ``spans`` say a person being ("I was", "I'm",
    "she was": PERSON_LIKE without its "like"); 0 where they do not."""
    for n in (1, 2):
        if len(spans) > n and _PERSON_CUE.fullmatch("like " + " ".join(_texts(spans[:n]))):
            return n
    return 0


def _person_as_a_thing(spans: list[re.Match[str]], start: int) -> _Found | None:
    """After "like I was" and the like (``spans``: the words after it): a thing with an
    article, an image as after "like a" ("like I'm a ghost"; not "like I was an idiot", a
    judgement), or a physical thing without one ("like I was furniture", not "like I was
    wrong"); the phrase runs from ``start``."""
    if not spans:
        return None
    if spans[0].group() not in ("a", "an"):
        return _physical(spans, start)
    kept = _phrase(spans, _METAPHOR_WORDS, noun=True)
    if kept is None or _pictures_nothing(kept) or _is_amount(_texts(spans), len(kept)):
        return None
    if _compared(spans, kept):
        return None
    return start, kept[-1].end(), kept[-1].group(), _image_words(_texts(kept))


def _doing(spans: list[re.Match[str]]) -> _Found | None:
    """After "feel(s) like" and "I" or "we": the doing with a thing that is a figure
    (:func:`_doing_a_thing`), the phrase from the doing on; None for an opinion. With
    "the" or "my" for "a", the thing must be a physical one straight after it, and the
    doing the client's own ("I'm holding the ceiling") or one with a particle ("we're
    holding up the ceiling"): "we're painting the walls" is a plan, not an image."""
    words = [m.group() for m in spans]
    found = _doing_a_thing(words)
    if found is None:
        return None
    doing, thing = found
    start = spans[doing].start()
    if spans[thing - 1].group() in ("a", "an"):
        kept = _phrase(spans[thing:], _METAPHOR_WORDS, noun=True)
        if kept is not None and not _pictures_nothing(kept):
            return start, kept[-1].end(), kept[-1].group(), _image_words(_texts(kept))
        return None
    if words[0] not in _OWN_DOERS and words[doing + 1] not in _PARTICLES:
        return None
    return _physical(spans[thing:], start)


# Who does a doing in the first person singular ("I feel like I'm holding the ceiling").
_OWN_DOERS = frozenset({"i", "i'm", "i've", "i'd"})
# What may stand between "like I was" and a physical thing that pictures the person:
# "part of the furniture", "a piece of the furniture", "the doormat".
_PART_OF = (("part", "of"), ("a", "piece", "of"))


def _physical(spans: list[re.Match[str]], start: int) -> _Found | None:
    """The phrase from ``start`` to a physical thing (PHYSICAL_THINGS) that comes straight
    at the head of ``spans`` (``spans``: the words of a thing, to the clause's end), the
    thing its image: "holding up the ceiling" (with my hands), "like I was furniture",
    "like I was part of the furniture", "like I'm the old doormat". Only "part of" or "a
    piece of", a determiner and adjectives may come before it: "like I was saying the
    door", "like we were at the bridge", "like I was on the floor" picture nothing (a
    doing or a place, not a person as a thing); None there."""
    words = [m.group() for m in spans]
    k = 0
    for lead in _PART_OF:
        if tuple(words[: len(lead)]) == lead:
            k = len(lead)
            break
    if k < len(words) and words[k] in _DETERMINERS:
        k += 1
    while k < len(words) and k < _METAPHOR_WORDS and words[k] in ADJECTIVES:
        k += 1
    if k < len(words) and _is_physical(words[k]):  # "like I was furniture", "machines"
        return start, spans[k].end(), words[k], (words[k],)
    return None


def _compared(spans: list[re.Match[str]], kept: list[re.Match[str]]) -> bool:
    """Whether a thing is set against another ("more like a conversation than a
    meeting"): a comparison of two plain things, not an image."""
    return any(m.group() == "than" for m in spans[: len(kept) + 1])


# "Like" straight after one of these words compares nothing: it is a filler ("go to like
# a party", "have like a diary", "there's like a school event") or gives an example ("or
# like a buddy"): no simile follows a preposition, a verb that takes a thing, or "or".
# "Of" only where a hedge is not "kind of" or "sort of" ("kind of like a double-edged
# sword" is one).
_FILLER_BEFORE_LIKE = frozenset(
    {
        "to", "into", "in", "at", "on", "with", "for", "from", "about", "by", "through",
        "have", "has", "had", "having", "got", "get", "there's", "there", "say", "says",
        "said", "or", "and", "um", "uh", "er", "erm",
        # "like" as "such as": "things like a budget"
        "things", "stuff",
    }
)  # fmt: skip
# Before "like" the verb: "I'd like a coffee", "we like a challenge", "don't like a mess".
_LIKERS = frozenset(
    {
        "i", "you", "we", "they", "i'd", "you'd", "we'd", "they'd", "he'd", "she'd",
        "would", "wouldn't", "do", "don't", "does", "doesn't", "did", "didn't",
    }
)  # fmt: skip
_FILLER_BEFORE_LIKE |= _LIKERS
# An adverb between the one who likes and "like" ("I really like a challenge", "we'd
# actually like a break"); after anything else it leaves a simile one ("it's really like
# a prison", "and just like a rabbit in headlights", "or rather like a treadmill").
_ADVERBS_BEFORE_LIKE = frozenset(
    {"actually", "really", "quite", "also", "still", "just", "genuinely", "honestly", "rather"}
)
_PREVIOUS_WORDS = re.compile(r"(?:([^\W_]+(?:'[^\W\d_]+)*) )?([^\W_]+(?:'[^\W\d_]+)*) $")


def _likes(lowered: str, at: int) -> bool:
    """Whether the "like" at ``at`` is the verb, by the words just before it: "I'd like a
    hand on my shoulder", "we really like a challenge" (:data:`_LIKERS`)."""
    before = _PREVIOUS_WORDS.search(lowered, max(0, at - 40), at)
    if before is None:
        return False
    if before[2] in _ADVERBS_BEFORE_LIKE:
        return before[1] in _LIKERS
    return before[2] in _LIKERS


def _filler_like(lowered: str, at: int) -> bool:
    """Whether the "like" of a "like a" cue at ``at`` is a filler, by the word just
    before it (:data:`_FILLER_BEFORE_LIKE`)."""
    before = _PREVIOUS_WORDS.search(lowered, max(0, at - 40), at)
    if before is None:
        return False
    if before[2] == "of":
        return before[1] not in ("kind", "sort")
    if before[2] in _ADVERBS_BEFORE_LIKE:  # "I do actually like a fancy tea": the verb
        return before[1] in _LIKERS
    return before[2] in _FILLER_BEFORE_LIKE


def _texts(spans: list[re.Match[str]]) -> list[str]:
    return [m.group() for m in spans]


def _pictures_nothing(kept: list[re.Match[str]]) -> bool:
    """Whether a figure's words name what pictures nothing (NOT_IMAGES): "like a
    failure", "like a fraud in meetings", "feels like a decision"."""
    return any(m.group() in NOT_IMAGES for m in kept)


# "It feels like twenty minutes", "felt like a week": how long something seemed, not an
# image to work inside (nor is the coach's "fifteen minutes left" a reuse of one).
_TIME_UNITS = frozenset(
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
        "weeks", "month", "months", "year", "years", "decade", "decades",
    }
)  # fmt: skip
_COUNTS = frozenset(
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "ninety", "hundred", "few", "couple", "of", "half", "whole", "several",
    }
)  # fmt: skip


# What may follow a measure and leave it an amount: a rate ("a bottle a night", "two
# pints per day") or a new clause ("a bottle and a half", "a pint or two").
_RATE = frozenset({"a", "an", "per", "every", "each"})


def _is_amount(after: list[str], kept: int) -> bool:
    """Whether the ``kept`` words of a phrase (of ``after``, the words after its cue to the
    clause's end) only count an amount, which "like" hedges ("about"), not an image:

    - a rough number: "a few", "a couple", "a lot", "a bit" ("like a few beers around");
    - a time ("twenty minutes", "a couple of days", "5 hours", "a week ago"), with
      nothing after it in that clause but a new one ("twenty minutes when I design") or
      a rate ("twice a week"). "Like Groundhog Day" names a thing, and "like a day at
      the beach" goes on to one: both stay images;
    - a measure (MEASURES: "a bottle", "two pints", "a glass of wine"), with nothing
      after it but a new clause ("a bottle and a half"), a rate ("a bottle a night") or
      "of" what it measures (MEASURED). "Like a glass wall" names a wall, and "like a
      bag of nerves" no measure: both stay images."""
    counted = after[1:] if after[:1] in (["a"], ["an"]) else after
    if counted[:1] in (["few"], ["couple"], ["lot"], ["lots"], ["bit"]) or counted[:2] == [
        "little",
        "bit",
    ]:
        return True  # "like a few beers", "like a lot of sitting": about so many
    k = 0
    while k < len(after) and (after[k] in _COUNTS or after[k].isdigit()):
        k += 1
    if k >= kept:
        return False
    unit, following = after[k], after[k + 1 : k + 3]
    if unit not in _TIME_UNITS and unit not in MEASURES:
        return False
    if not following or following[0] in _NEW_CLAUSE or following[0] in _RATE:
        return True
    if unit in _TIME_UNITS:
        return following[0] == "ago"
    return following[0] == "of" and following[1:2] != [] and following[1] in MEASURED


def _figure(lowered: str, match: re.Match[str]) -> _Found | None:
    """(start, end, image, its own words) of a figure verb and the words it needs
    ("drowning in paperwork", "I'm drowning."), or None; its image, and its own word,
    is the verb."""
    verb = match.group(1)
    spans = _words_after(lowered, match.end(), 1 + _METAPHOR_WORDS)
    after = spans[0].group() if spans else ""
    if after not in FIGURE_VERBS[verb]:
        return None
    if not spans:
        return match.start(1), match.end(1), verb, (verb,)
    # What it is in; "it" or "them" alone is said too ("drowning in it").
    thing = _phrase(spans[1:], _METAPHOR_WORDS, noun=False) or spans[1:2] or spans[:1]
    return match.start(1), thing[-1].end(), verb, (verb,)


def _words_after(lowered: str, at: int, most: int) -> list[re.Match[str]]:
    """Up to ``most`` words from ``at`` to the end of the clause. Only the words needed
    are read, so that a long utterance without punctuation (an export of captions) is
    read once however many cues it holds."""
    spans: list[re.Match[str]] = []
    for m in islice(_WORD_SPAN.finditer(lowered, at), most):
        if _CLAUSE_END.search(lowered, spans[-1].end() if spans else at, m.start()):
            break
        spans.append(m)
    return spans


def _phrase(spans: list[re.Match[str]], most: int, *, noun: bool) -> list[re.Match[str]] | None:
    """The words of a figurative phrase among ``spans``: at most ``most``, none from a new
    clause on nor from a time said after the thing ("a zombie every morning", though "a
    last resort" keeps its "last"), trailing stopwords dropped; None when no word is
    left. With ``noun``, a thing: up to _MORE_WORDS more are read to reach its noun and a
    word of its own (:func:`_image_words`: "a day at the beach" is read past "a day"),
    and None when it ends on none."""
    for k, m in enumerate(spans):
        if k and (
            m.group() in _NEW_CLAUSE
            or (m.group() in _TIME_AFTER_A_THING and spans[k - 1].group() not in _ARTICLES)
        ):
            spans = spans[:k]
            break
    longest = min(len(spans), most + _MORE_WORDS) if noun else min(len(spans), most)
    for n in range(min(len(spans), most), longest + 1):
        kept = spans[:n]
        while kept and kept[-1].group() in STOPWORDS:
            kept.pop()
        if kept and (
            not noun or (_ends_on_a_noun(kept[-1].group()) and _image_words(_texts(kept)))
        ):
            return kept
    return None


# Words that say when, after a figure's thing: the thing ends before them ("like a
# failure next time", "like a zombie every morning"), unless an article comes just before
# ("like a last resort").
_TIME_AFTER_A_THING = frozenset(
    {
        "next", "last", "every", "each", "again", "today", "tonight", "tomorrow",
        "yesterday", "now", "then", "sometimes", "anymore", "lately",
    }
)  # fmt: skip
_ARTICLES = frozenset({"a", "an", "the"})


def _doing_a_thing(tail: list[str]) -> tuple[int, int] | None:
    """Where the doing starts, and where its thing does, in words after "feels like" that
    read "I've been carrying a ...", "we're pushing a ...", "I'm holding up the ..." (who,
    up to two helping words, a verb in -ing that is not an everyday one, perhaps a
    particle, then "a", "an" or another determiner, _DETERMINERS); None otherwise."""
    if not tail or tail[0] not in _DOERS:
        return None
    k = 1
    while k < 3 and k < len(tail) and tail[k] in _BEFORE_DOING:
        k += 1
    opens = k + 2 if k + 1 < len(tail) and tail[k + 1] in _PARTICLES else k + 1
    if opens + 1 >= len(tail) or tail[opens] not in ("a", "an", *_DETERMINERS):
        return None
    verb = tail[k]
    if not verb.endswith("ing") or verb in COMMON_WORDS or is_plain(verb) or is_filler(verb):
        return None
    return k, opens + 1


def _ends_on_a_noun(word: str) -> bool:
    """Whether a thing's last word may be its noun: not an adjective (by ADJECTIVES or
    its ending, NOUNS_LIKE_ADJECTIVES aside), a participle in -ed ("fixed", though
    "seed" is a noun), an adverb or a verb that ends no phrase."""
    if word in NOUNS_LIKE_ADJECTIVES:
        return True
    if word in ADJECTIVES or word in PHRASE_END_VERBS or is_filler(word):
        return False
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return False  # "like a fixed" (thing): a participle, cut before its noun
    return not word.endswith(ADJECTIVE_ENDINGS)


# The reports give the share of key terms the coach reused only where there are at
# least this many terms; below it they give the count ("4 of 4 key terms") and say there
# are too few for a share. Under 6 terms one term taken up or not moves the share by 20
# points or more, and 4 terms can read only 0, 25, 50, 75 or 100%: "100.0%" would read
# as a measure of the coach's matching when it is a handful of words, each found by a
# rule of thumb. At most MAX_TERMS (10) are listed, so the threshold of the MI reference
# points (10 utterances) would leave nearly every session without a share; from 6 terms
# one term moves it by at most 17 points, about what one of 6 to 10 reflections does to
# the share of complex ones, which the reports give as a share from 10.
MIN_KEY_TERMS = 6


def verbal_matching_too_few(terms: Sequence[Term]) -> bool:
    """Whether the share of reused key terms rests on too few terms to read as a share
    (some, but fewer than MIN_KEY_TERMS)."""
    return 0 < len(terms) < MIN_KEY_TERMS


def verbal_matching_pct(terms: list[Term]) -> float | None:
    """Percentage of the client's distinctive terms the coach reused; None with fewer
    than MIN_KEY_TERMS terms (none, or too few for a share: the reports give the count,
    and the JSON, like the coach predicates' share, no share)."""
    if len(terms) < MIN_KEY_TERMS:
        return None
    return round(100 * sum(t.reused for t in terms) / len(terms), 1)


def representational(utterances: list[Utterance]) -> Representational:
    """Predicate counts per system and role, with the client's dominant system. The
    coach's share in it is None with fewer than MIN_COACH_PREDICATES coach predicates
    (too few to read), as it is without a dominant system."""
    client = _predicate_counts(u for u in utterances if u.role == "client")
    coach = _predicate_counts(u for u in utterances if u.role == "coach")
    dominant = _dominant(client)
    counted = Representational(client, coach, dominant, None, _system_label(client, dominant))
    if dominant is None or coach_matching_too_few(counted):
        return counted
    share = round(100 * coach[dominant] / sum(coach.values()), 1)
    return replace(counted, coach_matching_pct=share)


def coach_matching_too_few(rep: Representational) -> bool:
    """Whether the client has a dominant system but the coach said too few predicates
    (fewer than MIN_COACH_PREDICATES) for their share in it to read: the share is None
    then, and the reports say "too few to read"."""
    return rep.client_dominant is not None and sum(rep.coach.values()) < MIN_COACH_PREDICATES


def _predicate_counts(utterances: Iterable[Utterance]) -> dict[str, int]:
    counts = dict.fromkeys(PREDICATES, 0)
    for u in utterances:
        # A set phrase ("Good to see you", "See you next week") senses nothing.
        tokens = words(without_set_phrases(u.text.replace("\u2019", "'")))
        for i, word in enumerate(tokens):
            systems = _SYSTEMS.get(word)
            if systems and _is_predicate_use(word, tokens[i + 1 : i + 3]):
                for system in systems:
                    counts[system] += 1
    return counts


# Each predicate and the systems whose lexicon holds it.
_SYSTEMS: dict[str, tuple[str, ...]] = {
    word: tuple(system for system, lexicon in PREDICATES.items() if word in lexicon)
    for lexicon in PREDICATES.values()
    for word in lexicon
}


def _is_predicate_use(word: str, after: list[str]) -> bool:
    """False for "feel like" + a clause or a wish ("I feel like we should",
    "I feel like giving up": a hedge, not a sensation) and for "look for",
    "look forward" (searching, waiting), which are not sensory."""
    if word in _FEEL and after[:1] == ["like"] and len(after) == 2:
        return not _is_hedge(after[1])
    if word in _LOOK and after[:1]:
        return after[0] not in NOT_VISUAL_AFTER_LOOK
    return True


def _is_hedge(word: str) -> bool:
    return word in HEDGE_AFTER_FEEL_LIKE or word.endswith("ing")


def _dominant(counts: dict[str, int]) -> str | None:
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    (top, most), (_, second) = ranked[0], ranked[1]
    total = sum(counts.values())
    if total < MIN_PREDICATES or most < MIN_DOMINANT_SHARE * total:
        return None
    return top if most - second >= MIN_DOMINANT_LEAD else None


def _system_label(counts: dict[str, int], dominant: str | None) -> str:
    if dominant is not None:
        return dominant
    return "unknown" if sum(counts.values()) < MIN_PREDICATES else "mixed"
