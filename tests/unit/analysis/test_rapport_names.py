"""The names the client used: third parties only. Not a capitalised piece of a hyphenated
word ("the Co-op"), a tool everyone uses ("a Teams call"), the client's own name ("At
school I was Mrs Hale") or a method of several words ("Lean Six Sigma")."""

from __future__ import annotations

import pytest

from coachconn.analysis.rapport import Named, client_names
from coachconn.analysis.types import Utterance


def _said(*client_lines: str, client: str = "Margaret") -> list[Utterance]:
    lines = [("Priya", "coach", "Go on.")]
    lines += [(client, "client", text) for text in client_lines]
    return [Utterance(i, i, who, role, text) for i, (who, role, text) in enumerate(lines)]


def test_a_piece_of_a_hyphenated_word_is_no_name() -> None:
    said = _said("I went into the Co-op last week and saw Tom there.")
    assert client_names(said) == [Named("Tom", 1)]


def test_a_tool_everyone_uses_is_no_name() -> None:
    said = _said("It was a Teams call, twenty minutes, and Aisha wasn't even on it.")
    assert client_names(said) == [Named("Aisha", 1)]


def test_what_the_client_says_they_were_called_is_their_own_name() -> None:
    said = _said(
        "At school I was Mrs Hale, and Tom still laughs at that.",
        "People stopped me in the car park, and Aisha too.",
    )
    assert client_names(said) == [Named("Tom", 1), Named("Aisha", 1)]


def test_a_third_party_with_a_title_stays_a_name() -> None:
    # Not what the client was called: someone the client talks about.
    said = _said("I rang Mrs Hale about it, and Leo came along.")
    assert client_names(said) == [Named("Hale", 1), Named("Leo", 1)]


@pytest.mark.parametrize("method", ["Lean Six Sigma", "Six Thinking Hats", "the Prince Method"])
def test_a_method_of_several_words_is_no_name(method: str) -> None:
    said = _said(f"The postings all want, like, SAP this and {method} that, says Leo.")
    assert client_names(said) == [Named("Leo", 1)]


def test_a_name_of_several_words_that_is_no_method_stays_whole() -> None:
    said = _said("I bank at Lloyds Bank, and I drink Lucky Saint with Tom.")
    assert client_names(said) == [Named("Lloyds Bank", 1), Named("Lucky Saint", 1), Named("Tom", 1)]
