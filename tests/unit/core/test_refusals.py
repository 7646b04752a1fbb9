"""A refusal names the field and why; one that says nothing was stored carries that apart
from the why: the command line prints it in the same line, a page that says it once for
every refusal shows the why alone."""

from __future__ import annotations

import pytest

from coachconn.core.errors import InvalidInput, TooLarge


def test_a_refusal_says_what_was_wrong_with_which_field() -> None:
    err = InvalidInput("transcript", "empty")
    assert (str(err), err.reason, err.nothing_stored) == (
        "transcript: empty",
        "empty",
        False,
    )


def test_a_refusal_that_stored_nothing_says_so_after_the_why() -> None:
    err = InvalidInput("names_differ", "confirm to attach it", nothing_stored=True)
    assert str(err) == "names_differ: confirm to attach it (nothing was stored)"
    assert err.reason == "confirm to attach it"
    assert err.nothing_stored


@pytest.mark.parametrize("stored_nothing", [False, True])
def test_a_renamed_refusal_keeps_its_kind_its_why_and_whether_nothing_was_stored(
    stored_nothing: bool,
) -> None:
    err = TooLarge("file", "over the 5 MB limit", nothing_stored=stored_nothing)
    renamed = err.renamed("--file")
    assert type(renamed) is TooLarge
    assert (renamed.field, renamed.reason) == ("--file", "over the 5 MB limit")
    assert renamed.nothing_stored is stored_nothing
    assert str(renamed) == str(err).replace("file:", "--file:", 1)
