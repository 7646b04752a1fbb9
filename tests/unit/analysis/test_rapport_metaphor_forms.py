"""Everyday metaphor forms: a simile whose thing is said more of ("like a boat that's
come loose from the mooring"), a verb that pictures the client said of themselves ("I've
been drifting"), a person or a part of one said to be a figurative role ("I was the
fixer", "my gut's a pessimist") and figures of speech ("running on coffee", "a numbers
game"); and the literal lines of the same shapes that are none."""

from __future__ import annotations

import pytest

from coachconn.analysis.rapport import Metaphor, client_metaphors
from coachconn.analysis.types import Utterance


def _utterances(*lines: tuple[str, str]) -> list[Utterance]:
    return [
        Utterance(i, i, "Ana" if role == "coach" else "Ben", role, text)
        for i, (role, text) in enumerate(lines)
    ]


@pytest.mark.parametrize(
    ("said", "found"),
    [
        (
            "Yeah. Like a boat that's come loose from the, the mooring.",
            [("Like a boat that's come loose from the, the mooring", "boat")],
        ),
        (
            "Since June I've just been sort of drifting.",
            [("I've just been sort of drifting", "drifting")],
        ),
        ("I'm floundering, honestly.", [("I'm floundering", "floundering")]),
        ("And I'm like, I'm running on coffee.", [("running on coffee", "coffee")]),
        (
            "My gut's always been a bit of a pessimist.",
            [("My gut's always been a bit of a pessimist", "pessimist")],
        ),
        ("I was the fixer.", [("I was the fixer", "fixer")]),
        ("I've always been the glue in that team.", [("I've always been the glue", "glue")]),
        ("I'm a bit of a doormat at home.", [("I'm a bit of a doormat", "doormat")]),
        ("Everybody says it's a numbers game.", [("a numbers game", "game")]),
        # the clause after the thing ends on a verb: the thing alone
        ("It's like a treadmill that never stops.", [("It's like a treadmill", "treadmill")]),
        # a simile on a doing, hedged or not
        (
            "Feels a bit like going to the dentist when you haven't flossed.",
            [("Feels a bit like going to the dentist", "dentist")],
        ),
        ("It feels like going to the dentist.", [("feels like going to the dentist", "dentist")]),
        ("It was like a punch in the stomach.", [("like a punch in the stomach", "stomach")]),
        # people as things, in the plural
        ("He talks to people like they are machines.", [("like they are machines", "machines")]),
        # a stranger where one belongs
        ("I'm an outsider in my own team.", [("I'm an outsider in my own team", "outsider")]),
        ("You didn't let me off the hook.", [("off the hook", "hook")]),
        # a doing of one's own life done to a physical thing: still an image
        ("It felt like losing my head.", [("felt like losing my head", "head")]),
    ],
)
def test_everyday_metaphor_forms_are_found(said: str, found: list[tuple[str, str]]) -> None:
    got = client_metaphors(_utterances(("client", said)))
    assert [(m.text, m.image) for m in got] == found


@pytest.mark.parametrize(
    "said",
    [
        "I like a quiet evening.",
        "It's like ten minutes away.",
        "I was the manager.",
        "I was the manager for six years and then I left.",
        "I'm the one who does the school run.",
        "I was drifting off to sleep on the sofa.",
        "The boat was drifting towards the rocks.",
        "The business was sinking.",
        "My head is sore today.",
        "My heart is fine, the doctor says.",
        "I'm running on the treadmill in the mornings.",
        "It's a game we play with the kids.",
        "We had a meeting that ran over.",
        "I've been a teacher for thirty years.",
        "My brother was the manager there.",
        # a doing liked or wished for, not likened to
        "I like going to the gym on Mondays.",
        "I like going to the dentist early.",
        "I feel like going to the gym on Mondays.",
        "I really don't feel like being an outcast.",
        "It feels like going home.",  # no thing with an article: not read as one
        # a post in one's own place, and people as people
        "I'm an accountant in my own firm.",
        "We were guests at my own sister's wedding.",
        "They treat us like we are friends.",
        # what an experience is, asked or told: nothing is likened to it
        "Nobody asks what it's like to sit across from someone you hired.",
        "I don't know what it's like to lose a parent.",
        "You have no idea what it's like being the only woman in the room.",
        "I remember what that felt like, going to a new school.",
        # a doing of the client's own life, done to their own thing: no image
        "I hadn't let myself think about it because it felt like admitting the job is ending.",
        "It feels like letting the team down.",
        "Saying no felt like betraying my manager.",
        "It feels like giving up on the project.",
    ],
)
def test_literal_lines_of_the_same_shapes_are_no_metaphors(said: str) -> None:
    assert client_metaphors(_utterances(("client", said))) == []


def test_a_coach_who_says_the_noun_of_the_clause_after_the_thing_reuses_the_image() -> None:
    # Worked by hand: the client's image is "boat"; the coach never says "boat", but
    # "So the mooring was the school" says the noun that closes the image, so it is taken
    # up. "Drifting." after the client's "drifting" takes that one up.
    said = _utterances(
        ("client", "Since June I've just been sort of drifting."),
        ("coach", "Drifting."),
        ("client", "Yeah. Like a boat that's come loose from the, the mooring."),
        ("coach", "So the mooring was the school, and now there's just open water."),
    )
    assert client_metaphors(said) == [
        Metaphor("I've just been sort of drifting", "drifting", utterance=0, count=1, reused=True),
        Metaphor(
            "Like a boat that's come loose from the, the mooring",
            "boat",
            utterance=2,
            count=1,
            reused=True,
        ),
    ]


def test_a_coach_who_says_neither_the_thing_nor_its_clause_reuses_nothing() -> None:
    said = _utterances(
        ("client", "Like a boat that's come loose from the mooring."),
        ("coach", "What would help you settle?"),
        ("client", "I was the fixer."),
        ("coach", "What did that give you?"),
    )
    assert [m.reused for m in client_metaphors(said)] == [False, False]


@pytest.mark.parametrize(
    ("said", "found"),
    [
        # the image is the thing felt, not the part of the body it is felt in
        ("It sits like a stone in my stomach.", [("like a stone in my stomach", "stone")]),
        ("There's like a stone in my stomach.", [("like a stone in my stomach", "stone")]),
        ("I've got like a knot in my chest.", [("like a knot in my chest", "knot")]),
        (
            "It's like a heavy weight on my shoulders.",
            [("It's like a heavy weight on my shoulders", "weight")],
        ),
        ("Before a meeting, like a lump in my throat.", [("like a lump in my throat", "lump")]),
    ],
)
def test_a_physical_thing_felt_in_the_body_is_an_image_of_that_thing(
    said: str, found: list[tuple[str, str]]
) -> None:
    got = client_metaphors(_utterances(("client", said)))
    assert [(m.text, m.image) for m in got] == found


@pytest.mark.parametrize(
    "said",
    [
        "It was like a lot of people in my team, honestly.",
        "That was like a week ago, on my birthday.",
        "She's been like a friend in my team.",
        "He's like a colleague at my gym.",
        "I'd like a hand on my shoulder sometimes.",  # the verb: a wish
    ],
)
def test_lines_of_that_shape_that_liken_nothing_are_no_metaphors(said: str) -> None:
    assert client_metaphors(_utterances(("client", said))) == []


@pytest.mark.parametrize(
    ("coach", "reused"), [("What is the stone made of?", True), ("Where in your stomach?", False)]
)
def test_the_coach_takes_up_a_thing_felt_in_the_body_by_the_thing(coach: str, reused: bool) -> None:
    got = client_metaphors(
        _utterances(
            ("client", "Sunday nights there's like a stone in my stomach."), ("coach", coach)
        )
    )
    assert [(m.image, m.reused) for m in got] == [("stone", reused)]
