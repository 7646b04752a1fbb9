"""The client's self-images and group figures as metaphors and key terms: a role the
client makes themselves ("I make myself the gatekeeper", "I'm the bottleneck"), carrying
a group ("I've been carrying this team"), being cut out of one ("I was cut out of my own
team"); a self-image said once and said back by the coach as a key term taken up; a
"felt like" before a plain clause as no image; and a preposition with one word of
substance ("with the team") as no term where the word is said mostly without it."""

from __future__ import annotations

import pytest
from tests.unit.analysis.test_rapport_key_terms import LONG, _utterances

from coachconn.analysis.rapport import Term, client_metaphors, client_terms


def _images(said: str) -> list[tuple[str, str]]:
    return [(m.text, m.image) for m in client_metaphors(_utterances(("client", said)))]


@pytest.mark.parametrize(
    ("said", "found"),
    [
        (
            "I think I make myself the gatekeeper.",
            [("I make myself the gatekeeper", "gatekeeper")],
        ),
        ("Honestly I'm the bottleneck here.", [("I'm the bottleneck", "bottleneck")]),
        ("I've made myself the glue.", [("I've made myself the glue", "glue")]),
        (
            "I've been carrying this team for two years.",
            [("carrying this team", "carrying")],
        ),
        (
            "We carried the whole department, really.",
            [("carried the whole department", "carrying")],
        ),
        (
            "I felt like I'd been cut out of my own team.",
            [("I'd been cut out of my own team", "cut")],
        ),
        ("They froze me out of the project.", [("froze me out of the project", "froze")]),
    ],
)
def test_self_images_and_group_figures_are_metaphors(
    said: str, found: list[tuple[str, str]]
) -> None:
    assert _images(said) == found


@pytest.mark.parametrize(
    "said",
    [
        "I make myself a coffee first.",
        "I make myself the coordinator for the offsite.",
        "I was the manager.",
        "I was a bouncer for ten years.",
        "I was the goalkeeper for the county side.",
        "I carried the bags to the car.",
        "We're carrying the team kit in the van.",
        "I cut it out of the magazine.",
        "I'm not cut out for management.",
        "The paragraph was cut out of the report.",
        "I cut out sugar in January.",
    ],
)
def test_the_same_shapes_said_literally_are_no_metaphors(said: str) -> None:
    assert _images(said) == []


@pytest.mark.parametrize(
    "said",
    [
        "It felt like none of that counted.",
        "It feels like nobody listens.",
        "I felt like I was failing.",
        "It feels like most of the team has gone quiet.",
        "It felt like half the team left.",
        "It's like none of it matters.",
        "It's like nobody listens to me.",
        "It's like they don't care.",
    ],
)
def test_a_cue_before_a_plain_clause_is_no_metaphor(said: str) -> None:
    assert _images(said) == []


@pytest.mark.parametrize(
    ("said", "image"),
    [
        ("It feels like a treadmill.", "treadmill"),
        ("It's like somebody pulled the rug out.", "rug"),
        ("It's like there's a wall between us.", "wall"),
    ],
)
def test_a_cue_before_a_thing_pictured_is_still_one(said: str, image: str) -> None:
    assert [i for _, i in _images(said)] == [image]


def test_a_self_image_said_once_and_said_back_is_a_key_term_taken_up() -> None:
    terms = client_terms(
        _utterances(
            ("client", LONG),
            ("coach", "What do you notice?"),
            ("client", "That I make myself the gatekeeper."),
            ("coach", "You're the gatekeeper and the one who pays for it."),
        )
    )
    assert Term("gatekeeper", 1, reused=True) in terms


@pytest.mark.parametrize(
    "client",
    [
        "That I make myself the coordinator.",  # a post, not an image
        "That the gatekeeper at the depot was rude.",  # the word said plainly
    ],
)
def test_a_word_said_once_plainly_and_said_back_is_no_key_term(client: str) -> None:
    word = "coordinator" if "coordinator" in client else "gatekeeper"
    terms = client_terms(
        _utterances(
            ("client", LONG),
            ("coach", "What do you notice?"),
            ("client", client),
            ("coach", f"The {word}, and the one who pays for it."),
        )
    )
    assert word not in {t.term for t in terms}


def test_an_image_the_coach_said_first_is_no_key_term_of_the_clients() -> None:
    terms = client_terms(
        _utterances(
            ("client", LONG),
            ("coach", "Are you the gatekeeper, like a bouncer at the door?"),
            ("client", "I guess I make myself the gatekeeper."),
            ("coach", "So you're the gatekeeper and you pay for it."),
        )
    )
    assert "gatekeeper" not in {t.term for t in terms}


def test_a_preposition_and_a_word_said_mostly_without_it_is_no_phrase_term() -> None:
    terms = client_terms(
        _utterances(
            ("client", "I want to rebuild trust with the team."),
            ("coach", "Go on."),
            ("client", "The team found out first. The team is upset."),
            ("coach", "And?"),
            ("client", "I want to decide what I do with the team. The team matters."),
        )
    )
    said = {t.term: t.count for t in terms}
    assert said.get("team") == 5
    assert "with the team" not in said


def test_a_preposition_and_a_word_said_mostly_with_it_stays_a_phrase_term() -> None:
    terms = client_terms(
        _utterances(
            ("client", "I want a seat at the table."),
            ("coach", "Go on."),
            ("client", "They never ask me to sit at the table."),
        )
    )
    assert Term("at the table", 2, reused=False) in terms
