"""The two lists of figures of speech and how they relate: lexicon.FIGURE_VERBS reads the
client's images for rapport, rules.coach._FIGURATIVE the figures a coach's reflection
offers. They are kept apart (a reflection does not take every figure verb), but a figure
verb that a reflection offers is one the client's images read too."""

from __future__ import annotations

import pytest

from coachconn.analysis.lexicon import FIGURE_VERBS
from coachconn.analysis.rapport import client_metaphors
from coachconn.analysis.rules import deeper_reflection
from coachconn.analysis.types import Utterance

# Every word that follows a figure verb in the lexicon, and none (the clause ends).
AFTERS = sorted(set().union(*FIGURE_VERBS.values()))


def _said(subject: str, verb: str, after: str) -> str:
    return f"{subject} {verb} {after} all of it." if after else f"{subject} {verb}."


def _client_images(text: str) -> list[str]:
    return [m.image for m in client_metaphors([Utterance(0, 0, "Ben", "client", text)])]


def test_a_figure_verb_a_reflection_offers_is_the_clients_image_too() -> None:
    offered = [
        (verb, after)
        for verb in FIGURE_VERBS
        for after in AFTERS
        if deeper_reflection(_said("You're", verb, after))
    ]
    assert offered  # "drowning in"; were none left, the lists would no longer meet
    for verb, after in offered:
        said_first = _said("I'm", verb, after)
        assert (verb, after, _client_images(said_first)) == (verb, after, [verb])
        # the client's own figure said back is their words, not the coach's
        assert not deeper_reflection(_said("You're", verb, after), said_first)


@pytest.mark.parametrize(
    "figure",
    ["buried under all of it", "swamped with emails", "snowed under at work"],
)
def test_a_figure_verb_only_the_clients_images_read_does_not_deepen_a_reflection(
    figure: str,
) -> None:
    assert _client_images(f"I'm {figure}.") == [figure.split()[0]]
    assert not deeper_reflection(f"So you're {figure}.")
