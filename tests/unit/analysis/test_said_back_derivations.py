"""The client's word said back in another form made from it: "honest" as "Honesty.",
"decide" as "the decision", "anxious" as "anxiety", "confident" as "confidence". The
coder reads it as the client's own word (a simple reflection, a reflection that only
repeats them) and the key terms as taken up; a word that only shares letters with the
client's ("party" after "part", "news" after "new", "care" after "car") is not theirs.
"""

from __future__ import annotations

import pytest

from coachconn.analysis.lexicon import roots, stem
from coachconn.analysis.rapport import Term, client_terms
from coachconn.analysis.rules import coach_code, repeats_client
from coachconn.analysis.types import Utterance

SUBTYPES = {"question": "open", "reflection": "complex", "input": "information"}


def _one_word(a: str, b: str) -> bool:
    return bool(roots(stem(a)) & roots(stem(b)))


@pytest.mark.parametrize(
    ("said", "made"),
    [
        ("honest", "honesty"),
        ("decide", "decision"),
        ("deciding", "decisive"),
        ("anxious", "anxiety"),
        ("confident", "confidence"),
        ("trust", "trusting"),
        ("frustrated", "frustration"),
        ("creative", "creativity"),
        ("tense", "tension"),
        ("expect", "expectations"),
        ("happy", "happiness"),
        ("difficult", "difficulty"),
        ("deny", "denial"),
    ],
)
def test_a_word_made_from_another_is_a_form_of_it(said: str, made: str) -> None:
    assert _one_word(said, made)
    assert _one_word(made, said)


@pytest.mark.parametrize(
    ("said", "other"),
    [
        # letters shared, meaning not
        ("car", "care"),
        ("part", "party"),
        ("new", "news"),
        ("quest", "question"),
        ("state", "station"),
        ("found", "foundation"),
        ("author", "authority"),
        ("seven", "seventy"),
        ("busy", "business"),
        ("pass", "passion"),
        ("tend", "tension"),
        ("mend", "mention"),
        ("affect", "affection"),
        # the endings the made-from list leaves out on purpose
        ("state", "statement"),
        ("grate", "grateful"),
    ],
)
def test_words_that_only_share_letters_are_not_one_word(said: str, other: str) -> None:
    assert not _one_word(said, other)


def test_present_and_presence_are_one_word() -> None:
    # Being "present" and a "presence" are the same quality: taken as one word.
    assert _one_word("present", "presence")


# --- said back by the coach ---------------------------------------------------------------


@pytest.mark.parametrize("behaviour", ["other", "reflection", "question"])
@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        ("Honesty.", "I want to be honest with him."),
        ("Decisions.", "I can't decide. I never could."),
        ("Anxiety, again.", "I get anxious again before every call."),
        ("Confidence.", "I'm just not confident with the board."),
    ],
)
def test_the_clients_word_given_back_in_another_form_is_a_simple_reflection(
    text: str, client_before: str, behaviour: str
) -> None:
    assert coach_code(text, behaviour, SUBTYPES, client_before) == "simple_reflection"


@pytest.mark.parametrize(
    ("text", "client_before"),
    [
        ("Party.", "That's the hardest part."),
        ("News.", "It's a new job."),
        ("Care.", "I had to sell the car."),
        ("The question.", "It felt like a quest."),
    ],
)
def test_a_word_that_only_shares_the_clients_letters_is_not_said_back(
    text: str, client_before: str
) -> None:
    assert coach_code(text, "other", SUBTYPES, client_before) == "other"


def test_a_reflection_that_repeats_the_clients_words_in_other_forms_is_simple() -> None:
    before = "I want to be honest with him, and to trust him again."
    assert repeats_client("Honesty and trusting him.", before)
    # one word of the coach's own ("loyalty") adds to them
    assert not repeats_client("Honesty and loyalty.", before)


# --- key terms taken up -------------------------------------------------------------------


def _terms(*lines: tuple[str, str]) -> dict[str, Term]:
    utterances = [
        Utterance(i, i, "Ana" if role == "coach" else "Ben", role, text)
        for i, (role, text) in enumerate(lines)
    ]
    return {t.term: t for t in client_terms(utterances)}


@pytest.mark.parametrize(
    ("client", "coach", "reused"),
    [
        ("honest", "Where does honesty come in?", True),
        ("decisive", "What would the decision give you?", True),
        ("confident", "When did confidence last show up?", True),
        # letters shared, not the word
        ("partial", "Which part matters most?", False),
        ("careful", "Whose car was it?", False),
    ],
)
def test_a_term_is_taken_up_in_another_form_of_the_word(
    client: str, coach: str, reused: bool
) -> None:
    # The client's word x2 (a short session: said once would do), then the coach's line.
    terms = _terms(
        ("client", f"I want to be {client} with him. Properly {client}, for once."),
        ("coach", coach),
    )
    assert terms[client].reused is reused
