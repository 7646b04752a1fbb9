"""Key terms: a stance said in everyday words ("say no"), what is done to the client
("being needed"), a word the coach gives back alone ("Drifting."), a word taken up in
another form of the same word ("curious", "curiosity"), and two senses one stem joins
("a Teams call", "never called it that") kept apart. Counts worked by hand in each test.
Every client line is long enough (over 50 words in all, LONG) that a word said once is
no term of itself."""

from __future__ import annotations

import pytest

from coachconn.analysis.lexicon import term_words
from coachconn.analysis.rapport import Term, client_terms
from coachconn.analysis.types import Utterance

# 52 words of the client's that repeat nothing, so a word said once is no term.
LONG = (
    "Last spring the office moved twice, the printer broke, my neighbour adopted a "
    "greyhound, our kitchen flooded, and somebody painted the stairwell orange without "
    "asking anybody, which honestly felt symbolic of everything happening around there "
    "lately, though I couldn't quite explain why to my brother over dinner on his "
    "birthday weekend in Brighton."
)


def _utterances(*lines: tuple[str, str]) -> list[Utterance]:
    return [
        Utterance(i, i, "Ana" if role == "coach" else "Ben", role, text)
        for i, (role, text) in enumerate(lines)
    ]


def _terms(*lines: tuple[str, str]) -> dict[str, Term]:
    return {t.term: t for t in client_terms(_utterances(("client", LONG), *lines))}


def test_a_stance_said_in_everyday_words_is_a_term_when_repeated() -> None:
    # "say no" x3 (once as "saying no"), said back by the coach after the first.
    terms = _terms(
        ("client", "She always asks last minute and I just can't say no to her."),
        ("coach", "Why do you think you can't say no?"),
        ("client", "If I say no and something goes wrong, that's on me."),
        ("client", "Saying no feels selfish."),
    )
    assert terms["say no"] == Term("say no", 3, reused=True, other_forms=("saying no",))


@pytest.mark.parametrize(
    "line",
    [
        "I think so, and I think it matters, and I think she knows.",
        "Let's go over it, and then let's go home.",
        "I gave up on running. Then I gave up on piano too.",  # "gave up" x2: listed below
    ],
)
def test_everyday_pairs_that_name_no_stance_are_no_terms(line: str) -> None:
    terms = _terms(("client", line))
    assert not {"i think", "think", "let's go", "let go"} & set(terms)
    if "gave up" in line:
        assert terms["gave up"].count == 2


def test_a_word_the_coach_gives_back_alone_is_the_clients_taken_up() -> None:
    # "drifting" once, "needed" twice, each given back by a coach line of its own; "Go
    # on.", "You're welcome." and "Three." are no reflections of a term.
    terms = _terms(
        ("client", "Since June I've just been sort of drifting."),
        ("coach", "Drifting."),
        ("client", "The school needed me, but really I needed the school. Three years."),
        ("coach", "Being needed."),
        ("coach", "Go on."),
        ("client", "Thanks, I'm welcome there, and I'd go back tomorrow."),
        ("coach", "You're welcome."),
        ("coach", "Three."),
    )
    assert terms["drifting"] == Term("drifting", 1, reused=True)
    assert terms["needed"] == Term("needed", 2, reused=True)
    assert not {"go", "welcome", "three", "years"} & set(terms)


def test_being_needed_said_back_is_a_term() -> None:
    terms = _terms(
        ("client", "I think being needed is a big part of who I am."),
        ("coach", "Why is being needed so important to you?"),
    )
    assert terms["being needed"] == Term("being needed", 1, reused=True)


def test_another_form_of_the_same_word_takes_a_term_up() -> None:
    # "curious" x2; the coach's "curiosity" is the same word made a noun.
    said = (
        ("client", "I was curious about every child. I could be curious again."),
        ("coach", "Where might that curiosity be useful now?"),
    )
    assert _terms(*said)["curious"] == Term("curious", 2, reused=True)
    # "curve" shares letters, not the word: no reuse.
    other = (said[0], ("coach", "What's the curve of that been like?"))
    assert _terms(*other)["curious"] == Term("curious", 2, reused=False)


@pytest.mark.parametrize(
    ("client", "coach"),
    [
        ("statement", "What state are you in when you write it?"),
        ("department", "When did you depart from the plan?"),
        ("basement", "What is the base you build on?"),
        ("grateful", "What would you grate, if you could?"),
    ],
)
def test_a_word_that_only_looks_made_from_another_does_not_take_it_up(
    client: str, coach: str
) -> None:
    # The client's word x2; the coach's word shares its letters, not its meaning.
    said = (
        ("client", f"It was the {client} again. Always the {client}, every single time."),
        ("coach", coach),
    )
    assert _terms(*said)[client].reused is False


@pytest.mark.parametrize(
    ("client", "coach"),
    [
        ("commitment", "What would you commit to?"),
        ("disappointment", "Who do you feel disappointed in?"),
        ("stressful", "Where is the stress coming from?"),
        ("helpful", "What would help most?"),
        ("achievement", "What would you like to achieve?"),
    ],
)
def test_a_word_made_from_another_with_its_meaning_takes_it_up(client: str, coach: str) -> None:
    said = (
        ("client", f"It was the {client} again. Always the {client}, every single time."),
        ("coach", coach),
    )
    assert _terms(*said)[client].reused is True


def test_a_thing_and_a_verb_in_ed_are_two_senses_not_one_term() -> None:
    # "a Teams call" (a thing) and "never called it that" (a verb): 1 each, so no term.
    terms = _terms(
        ("client", "It was a Teams call, twenty minutes, and that was it."),
        ("client", "That was basically SAP. I just never called it that."),
    )
    assert not {"call", "called"} & set(terms)


def test_forms_of_one_sense_still_count_as_one_term() -> None:
    # The verb each time: "call" x2 and "called" x1 are one term, x3; "retired" x2 and
    # "retiring" x1 too.
    terms = _terms(
        ("client", "I call her every week, I called her again on Sunday, I'll call tomorrow."),
        ("client", "Since I retired it's quiet. Retiring was hard. I retired too early."),
    )
    assert terms["call"] == Term("call", 3, reused=False, other_forms=("called",))
    assert terms["retired"] == Term("retired", 3, reused=False, other_forms=("retiring",))


def test_a_noun_made_from_a_verb_takes_up_its_past_form() -> None:
    # "frustrated" x2; the coach's "frustration" (the same word) takes it up.
    terms = _terms(
        ("client", "I was frustrated at work, and frustrated at home."),
        ("coach", "Where does the frustration go?"),
    )
    assert terms["frustrated"] == Term("frustrated", 2, reused=True)


def test_a_hyphenated_word_is_one_term_not_its_pieces() -> None:
    # "hands-on" x2 and "handed" x1: before, "hands" and "handed" were one term, x3.
    terms = _terms(
        ("client", "I want a hands-on manager."),
        ("client", "My last boss was never hands-on, she just handed it all to me."),
    )
    assert terms["hands-on"] == Term("hands-on", 2, reused=False)
    assert not {"hands", "handed"} & set(terms)


@pytest.mark.parametrize(
    ("coach", "reused"),
    [
        ("So someone hands on?", True),
        ("Someone hands-on, then.", True),
        ("Hands-on.", True),
        ("On the other hand, what would it give you?", False),  # the pieces, apart
        ("Your hands, on a good day, feel what?", False),  # across a comma
    ],
)
def test_the_coach_takes_up_a_hyphenated_term_with_or_without_the_hyphen(
    coach: str, reused: bool
) -> None:
    terms = _terms(
        ("client", "I want a hands-on manager."),
        ("client", "My last boss was never hands-on."),
        ("coach", coach),
    )
    assert terms["hands-on"].reused is reused


def test_each_hyphenated_word_counts_its_forms_as_one() -> None:
    # "burnt-out" x2; "follow-up" x1 and "follow-ups" x1: one term, x2.
    terms = _terms(
        ("client", "I'm burnt-out. The follow-up meeting ran late again."),
        ("client", "Properly burnt-out, and the follow-ups never end."),
    )
    assert terms["burnt-out"] == Term("burnt-out", 2, reused=False)
    assert terms["follow-up"] == Term("follow-up", 2, reused=False, other_forms=("follow-ups",))


def test_a_stammer_or_a_sound_with_a_hyphen_is_no_word_of_its_own() -> None:
    # "s-so tired" x2 is "tired" x2; "we-we" and "Mm-hmm" are no terms.
    terms = _terms(
        ("client", "Mm-hmm. I was s-so tired, we-we all were."),
        ("client", "Mm-hmm, s-so tired of it."),
    )
    assert terms["tired"] == Term("tired", 2, reused=False)
    assert not {"s-so", "we-we", "mm-hmm"} & set(terms)


@pytest.mark.parametrize(
    ("client", "coach", "shown"),
    [
        ("hands-on", "hands on", "hands-on manager"),
        ("hands-on", "hands–on", "hands-on manager"),  # an en dash between the words
        ("hands–on", "hands on", "hands-on manager"),
        ("hands–on", "hands-on", "hands-on manager"),
        ("hands on", "hands-on", "hands on manager"),  # the client's form is the one shown
        ("hands on", "hands–on", "hands on manager"),
        ("hands-on", "hands-on", "hands-on manager"),
    ],
)
def test_a_phrase_said_back_is_the_same_whether_a_hyphen_en_dash_or_space_joins_its_words(
    client: str, coach: str, shown: str
) -> None:
    # Said once by the client, said back once by the coach after it: an echo, x1, reused.
    terms = _terms(
        ("client", f"I want a {client} manager, not another inbox."),
        ("coach", f"What would a {coach} manager give you?"),
    )
    assert terms == {shown: Term(shown, 1, reused=True)}


def test_a_hyphenated_phrase_of_four_words_said_back_with_spaces_is_the_whole_phrase() -> None:
    # The client: "a hands-on line manager" (4 words, "hands-on" one of them); the coach
    # says it back as 5 words. Before, only "line manager" was found said back.
    terms = _terms(
        ("client", "She is a hands-on line manager, I guess."),
        ("coach", "So, a hands on line manager."),
    )
    assert terms == {"hands-on line manager": Term("hands-on line manager", 1, reused=True)}


@pytest.mark.parametrize(
    "coach",
    [
        "What would a manager hands on give you?",  # the same words, not the phrase
        "Your hands, on a manager's desk?",  # across a comma
        "Hands – on a manager's list?",  # a dash that sets words apart joins nothing
        "Hands—on manager duty?",  # nor does an em dash
    ],
)
def test_the_pieces_of_a_hyphenated_phrase_said_apart_are_not_it(coach: str) -> None:
    terms = _terms(
        ("client", "I want a hands-on manager, not another inbox."),
        ("coach", coach),
    )
    assert "hands-on manager" not in terms


@pytest.mark.parametrize(
    ("coach", "reused"),
    [
        ("How is your well being now?", True),
        ("Your well–being, then?", True),
        ("You're doing well – being honest helps.", False),  # a dash between two clauses
        ("You're doing well—being honest helps.", False),
    ],
)
def test_well_being_is_taken_up_with_a_space_or_en_dash_not_across_a_dash(
    coach: str, reused: bool
) -> None:
    # "well-being" x2: one term, not "well" and "being".
    terms = _terms(
        ("client", "My well-being comes last at work."),
        ("client", "I want my well-being back."),
        ("coach", coach),
    )
    assert terms["well-being"] == Term("well-being", 2, reused=reused)
    assert not {"well", "being"} & set(terms)


@pytest.mark.parametrize(
    ("coach", "terms"),
    [
        ("Well being?", {"well-being": Term("well-being", 1, reused=True)}),
        ("Well-being?", {"well-being": Term("well-being", 1, reused=True)}),
        ("Doing well being here?", {}),  # no word given back alone: "well" and "being"
    ],
)
def test_a_hyphenated_word_given_back_alone_with_a_space_is_the_word(
    coach: str, terms: dict[str, Term]
) -> None:
    assert _terms(("client", "I never put my well-being first."), ("coach", coach)) == terms


def test_a_session_with_hyphens_en_dashes_and_spaces_worked_by_hand() -> None:
    # "hands-on manager" x2 (the second with an en dash: the same word), said back with a
    # space between the two: reused. "well-being" x2; the coach's "well – being" is two
    # clauses, no "well-being": not reused. "manager" and "hands-on" x2 each, always
    # inside "hands-on manager": left to it. Most said first, then the longer.
    terms = client_terms(
        _utterances(
            ("client", LONG),
            ("client", "I want a hands-on manager, not another inbox."),
            ("coach", "What would a hands on manager give you?"),
            ("client", "More room for my well-being. My well-being always comes last."),
            ("coach", "You're doing well – being honest about that helps."),
            ("client", "A hands–on manager would notice."),
        )
    )
    assert terms == [
        Term("hands-on manager", 2, reused=True),
        Term("well-being", 2, reused=False),
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("a hands–on manager", ["a", "hands-on", "manager"]),  # en dash between words
        ("a hands‑on manager", ["a", "hands-on", "manager"]),  # a non-breaking hyphen
        ("tired – really tired", ["tired", "really", "tired"]),  # a dash between clauses
        ("a 9–5 job", ["a", "9", "5", "job"]),  # a range of numbers
    ],
)
def test_an_en_dash_between_two_words_joins_them_as_a_hyphen(text: str, said: list[str]) -> None:
    assert term_words(text) == said
