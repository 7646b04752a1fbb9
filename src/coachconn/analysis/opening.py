"""Whether a sentence opens as a question: the one reader of a sentence's opening.

Four readers ask it, each for a purpose of its own:

* segmentation (:mod:`.segment`): a "?" on a client's sentence that opens with no
  asking word (:func:`asking_word`) is rising intonation, not a question;
* a coach's caption that dropped its "?" (:func:`.segment.unmarked_question`): a
  wh-word with a verb after it (:func:`wh_opening` with ``verb_after``), or a verb put
  before its subject (:func:`inverted`);
* a question's form (:func:`.rules.form.question_form_features`): an auxiliary first,
  a wh-word first;
* how many questions one sentence asks (:func:`.rules.form.questions_asked`): each
  part of it that opens with a wh-word and a verb (:func:`wh_opening`) or with a verb
  before its subject (:func:`inverted`).

They share the word lists here and one reading (:func:`read_opening`): the words that
lead in ("so", "and", "okay, um", "I mean", "can I ask you") are taken off, and the
words after them are read in lower case with plain apostrophes. Each reader keeps its
own narrowing (an unmarked question refuses an exclamation, a clause as subject, an
imperative, a condition put first and a cut-off line; a part of a sentence refuses a
tag such as "do you think").

It imports nothing from the rest of the analysis, so :mod:`.segment` reads it without
the rules or the coder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from string import ascii_lowercase, ascii_uppercase
from typing import NamedTuple

WH_WORDS = frozenset({"what", "where", "when", "why", "how", "who", "whom", "whose", "which"})
# The verbs that go before their subject in a question ("Is it...", "Would you...",
# "Don't you..."), with their negations.
BE = frozenset({"is", "isn't", "are", "aren't", "was", "wasn't", "were", "weren't", "am"})
MODALS = frozenset(
    {
        "can", "can't", "could", "couldn't", "will", "won't", "would", "wouldn't", "shall",
        "should", "shouldn't", "may", "might", "must",
    }
)  # fmt: skip
DO = frozenset({"do", "does", "did", "don't", "doesn't", "didn't"})
HAVE = frozenset({"have", "has", "had", "haven't", "hasn't", "hadn't"})
AUXILIARIES = BE | MODALS | DO | HAVE
# What a verb put first may be about: who or what does it.
PERSONAL_PRONOUNS = frozenset({"i", "you", "we", "he", "she", "they", "it"})
PRONOUN_SUBJECTS = PERSONAL_PRONOUNS | frozenset(
    {
        "there", "that", "this", "these", "those", "anything", "anyone", "anybody",
        "someone", "somebody", "something", "everyone", "everybody", "everything",
    }
)  # fmt: skip
POSSESSIVES = frozenset({"your", "my", "his", "her", "their", "our"})
NOUN_SUBJECTS = PRONOUN_SUBJECTS | POSSESSIVES | frozenset({"the"})
# "do" and "have" open an imperative too ("Do that first", "Do something about it",
# "Have my notes ready"): after them only a person, "there" or "your" is who does it,
# and "the" after "have" ("Have the kids noticed?").
_SUBJECTS_AFTER = {
    "do": (PERSONAL_PRONOUNS - {"it"}) | {"there", "your"},
    "have": (PERSONAL_PRONOUNS - {"it"}) | {"there", "your", "the"},
}
# A verb held in a wh-word ("what's", "who'd", "where're", "how've").
CONTRACTED_VERBS = frozenset({"s", "re", "d", "ll", "ve"})
# What may come between a wh-word and its verb ("how long have you...", "what else
# would help").
WH_DETAIL = frozenset({"much", "many", "long", "often", "far", "soon", "old", "else", "exactly"})
# A preposition before a wh-word ("by when would you...", "with whom").
PREPOSITIONS = frozenset({"by", "with", "for", "from", "to", "in", "at", "on", "about", "of"})
# A tag or a preface: a verb put first with one of these and no more ("do you think",
# "would you say", "can I ask you", "isn't it") asks nothing of its own.
TAG_VERBS = frozenset(
    {
        "think", "say", "reckon", "suppose", "agree", "know", "mean", "feel", "see",
        "imagine", "ask", "wonder", "guess", "remember", "recall", "check", "tell",
    }
)  # fmt: skip
TAG_OBJECTS = frozenset({"you", "me", "something", "that", "this", "it", "so"})
# Of those, the verbs that ask for the client's view ("What is it, do you think?").
VIEW_VERBS = ("think", "reckon", "suppose")

# The words that lead into a sentence before what it says: conjunctions and fillers
# ("So, what...", "And then is it...", "Right, do you..."), and hesitations, however
# drawn out ("um", "umm", "mm", "hmmm").
LEAD_WORDS = frozenset(
    {
        "and", "but", "or", "so", "then", "also", "plus", "now", "well", "okay", "ok",
        "alright", "right", "just", "oh", "like", "yeah", "yes", "er", "erm",
    }
)  # fmt: skip
_HESITATION = r"um+|uh+|mm+|hmm+"
LEAD_PHRASES = (("all", "right"), ("i", "mean"))
# ... and "you know" where a comma or a dash sets it off ("You know, what..."): "You know
# what I mean?" and "You know how I said...?" ask whether the client knows.
SET_OFF_PHRASES = (("you", "know"),)
# A preface that asks leave to ask, at the start of a sentence where a question opens
# after it ("Can I ask you, what...", "May I ask how..."): "Can I ask you something?" is
# the question itself. (In a part of a sentence, a preface is a part of its own, a tag.)
PREFACES = (
    ("let", "me", "ask", "you"),
    ("can", "i", "ask", "you"),
    ("can", "i", "ask"),
    ("may", "i", "ask", "you"),
    ("may", "i", "ask"),
)
# A line that opens on a dash or dots continues one broken off ("-which is a big deal.",
# "...and then what"): it has no opening of its own.
_CONTINUES = ("-", "\u2013", "\u2014", "\u2026", "..")

# A word of text in lower case: letters and digits, with any apostrophe inside it
# ("don't", "what's").
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# What may come between two words (spaces, commas, dashes, quotes), and the end of a
# whole word.
_BETWEEN = r"[^a-z0-9]*"
_ENDS = r"(?![a-z0-9]|'[a-z])"


def _phrases(phrases: Iterable[Sequence[str]]) -> str:
    return "|".join(r"[^a-z0-9]+".join(words) for words in phrases)


# The lead of a sentence in lower case: the lists above in one pattern. A preface is
# taken off only where an asking word follows it (:func:`asking_word`).
_LEAD_ONE = (
    rf"(?:{_alternatives(LEAD_WORDS)}|{_HESITATION}|{_phrases(LEAD_PHRASES)}"
    rf"|(?:{_phrases(SET_OFF_PHRASES)})(?={_BETWEEN}(?:[,;:\-\u2013\u2014]|$))"
    rf"){_ENDS}{_BETWEEN}"
)
_ASKING = (
    rf"(?:{_alternatives(AUXILIARIES)}){_ENDS}|(?:{_alternatives(WH_WORDS)})(?:'[a-z]+)?{_ENDS}"
)
_LEAD = re.compile(
    rf"{_BETWEEN}(?:{_LEAD_ONE})*"
    rf"(?:(?:{_phrases(PREFACES)}){_ENDS}{_BETWEEN}(?:{_LEAD_ONE})*(?={_ASKING}))?"
)
# The words after the lead that the readers need: four ("by when would you").
_OPENING_WORDS = re.compile(rf"{WORD.pattern}(?:[^a-z0-9]+{WORD.pattern}){{0,3}}")


class Opening(NamedTuple):
    """A sentence read from its start, after the words that lead in: ``words``, its first
    words (up to four), lower case with plain apostrophes; ``rest``, the sentence from the
    first of them on, as written."""

    words: tuple[str, ...]
    rest: str

    @property
    def first(self) -> str:
        """The first word after the lead ("" if none)."""
        return self.words[0] if self.words else ""

    def after(self, count: int) -> str:
        """``rest`` after its first ``count`` words ("" if it has fewer)."""
        for k, word in enumerate(WORD.finditer(_folded(self.rest)), 1):
            if k == count:
                return self.rest[word.end() :]
        return ""


_NO_OPENING = Opening((), "")


def read_opening(sentence: str) -> Opening:
    """``sentence``'s opening: its first words after those that lead in (:data:`_LEAD`);
    none where it continues a line broken off (:data:`_CONTINUES`)."""
    if sentence.lstrip().startswith(_CONTINUES):
        return _NO_OPENING
    folded = _folded(sentence)
    lead = _LEAD.match(folded)
    start = lead.end() if lead else 0
    words = _OPENING_WORDS.match(folded, start)
    if words is None:
        return _NO_OPENING
    return Opening(tuple(WORD.findall(words.group())), sentence[start:])


# ASCII letters in lower case and plain apostrophes, one character for one.
_FOLD = str.maketrans(ascii_uppercase + "\u2019", ascii_lowercase + "'")


def _folded(text: str) -> str:
    """``text`` in lower case with plain apostrophes, each character for one, so that an
    offset in it is an offset in ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is two ("İ"): ASCII only
        return text.translate(_FOLD)
    return lowered.replace("\u2019", "'") if "\u2019" in lowered else lowered


def lead_length(words: Sequence[str]) -> int:
    """How many of ``words``, the words of a part of a sentence cut at its commas and
    dashes, lead in: what :data:`_LEAD` takes off the start of a sentence, "you know"
    where it ends the part, and no preface (in a part, a part of its own)."""
    if not words or (words[0] not in _LEAD_STARTS and words[0][0] not in "umh"):
        return 0  # (most parts: at once)
    k = 0
    while k < len(words):
        word = words[k]
        if word in LEAD_WORDS or (word[0] in "umh" and _HESITATION_WORD.fullmatch(word)):
            k += 1
        elif tuple(words[k : k + 2]) in LEAD_PHRASES or (
            k + 2 == len(words) and tuple(words[k:]) in SET_OFF_PHRASES
        ):
            k += 2
        else:
            break
    return k


_HESITATION_WORD = re.compile(_HESITATION)
_LEAD_STARTS = LEAD_WORDS | {phrase[0] for phrase in LEAD_PHRASES + SET_OFF_PHRASES}


def asking_word(word: str) -> bool:
    """Whether ``word`` may open a question: a wh-word ("what", "what's") or a verb put
    first ("is", "don't")."""
    return word in AUXILIARIES or word.partition("'")[0] in WH_WORDS


def wh_opening(words: Sequence[str], *, verb_after: bool = False) -> int:
    """How many of ``words`` open a wh-question (0: none): a wh-word (after a
    preposition, if any: "by when would you...") with a verb after it, or held in it
    ("what's it protecting", "who would you tell", "what happened", "what else is
    there"). A wh-word before who does something asks nothing ("when you think about
    it", "what it means", "how long you've smoked", "what the weeks could look like"),
    nor before a number ("where 1 is not at all ready") or "to" ("how to start"), nor
    a topic ("what about Lou"), nor a wh-word with a word alone that is no verb ("how
    much", "what else").

    With ``verb_after``, only a verb held in the wh-word or an auxiliary after it
    counts, after a detail if any ("where do...", "how long have..."): "what happened"
    does not, "what happened is..." being as likely.
    """
    start = 1 if words[:1] and words[0] in PREPOSITIONS else 0
    words = words[start:]
    if len(words) < 2:
        return 0
    head, _, held = words[0].partition("'")
    if head not in WH_WORDS:
        return 0
    if held in CONTRACTED_VERBS:
        return start + 1
    if words[1] == "about":
        return 0
    at = 2 if words[1] in WH_DETAIL and len(words) > 2 else 1
    second = words[at]
    if verb_after:
        return start + at + 1 if second in AUXILIARIES else 0
    stem = second.partition("'")[0]
    if stem in NOUN_SUBJECTS or stem in _NOT_A_VERB or stem.isdigit():
        return 0
    if len(words) < 3 and words[1] in _NO_VERB:
        return 0
    return start + at + 1


# After a wh-word: a number, a word that begins a clause of its own ("to start",
# "a way"), or a possessive or article (who does something).
_NUMBERS = frozenset(
    {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
# An indefinite pronoun after a wh-word is who does something in a clause ("when nobody
# else has written one", "what everyone expects"), as a person's name or "you" is.
_INDEFINITE = frozenset(
    {
        "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone",
        "nothing", "everything", "something", "anything",
    }
)  # fmt: skip
_NOT_A_VERB = _NUMBERS | _INDEFINITE | frozenset({"a", "an", "to"})
# A word alone after a wh-word, that is no verb: "how much?", "why not?", "who from?".
_NO_VERB = WH_DETAIL | frozenset(
    {
        "not", "one", "ones", "then", "now", "again", "come", "so", "kind", "sort", "way",
        "from", "with", "for", "by", "to", "at", "in", "on",
    }
)  # fmt: skip


def inverted(words: Sequence[str]) -> bool:
    """Whether ``words`` open with a verb before who or what it is about: "is there
    anything...", "do you want...", "would your boss see it", "did that help". After
    "do" and "have", which open an imperative too, only a person, "there" or "your" is
    who does it, and "the" after "have" ("Do that first" and "Have my notes ready"
    tell); a noun there ("Do your kids know" but "Do your best", "Have the kids noticed"
    but "Have the conversation") is left to each reader's own narrowing."""
    if len(words) < 2 or words[0] not in AUXILIARIES:
        return False
    return words[1] in _SUBJECTS_AFTER.get(words[0], NOUN_SUBJECTS)


def is_tag(words: Sequence[str]) -> bool:
    """Whether ``words`` (what follows a verb and its subject) make no more than a tag or
    a preface: nothing, or "think", "say", "ask" with "you", "so", "that" ("do you
    think", "would you say", "can I ask you", "isn't it")."""
    return not words or (words[0] in TAG_VERBS and all(w in TAG_OBJECTS for w in words[1:]))
