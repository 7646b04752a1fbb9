"""A message quotes back what was given, but never more than its first 60 characters:
text pasted into the wrong field is not said back in full."""

from __future__ import annotations

from coachconn.core.errors import QUOTED_CHARS, NotFound, quoted, wrong_form


def test_a_short_value_is_quoted_whole() -> None:
    assert quoted("Lena") == "'Lena'"
    assert quoted("x" * QUOTED_CHARS) == f"'{'x' * 60}'"


def test_a_long_value_is_cut_to_its_first_60_characters() -> None:
    assert QUOTED_CHARS == 60
    assert quoted("x" * 5000) == f"'{'x' * 60}…'"


def test_a_value_that_is_not_text_is_shown_as_python_writes_it() -> None:
    assert quoted(1.5) == "1.5"
    assert quoted([1] * 100) == repr([1] * 100)[:60] + "…"


def test_a_value_of_the_wrong_form_is_quoted_cut_short() -> None:
    assert wrong_form("int_parsing", "7" * 100) == f"expected a whole number, got '{'7' * 60}…'"


def test_a_name_with_both_kinds_of_quote_reads_as_written() -> None:
    # repr would give 'Zoë "Z" O\'Neil', a backslash in the middle of a client's name.
    assert quoted('Zoë "Z" O\'Neil') == "'Zoë \"Z\" O'Neil'"
    assert quoted("O'Neil") == '"O\'Neil"'  # one kind: the other quotes it, as before


def test_control_characters_stay_visible_in_a_value_with_both_quotes() -> None:
    assert quoted("a'b\"\tc\\") == "'a'b\"\\tc\\\\'"


def test_an_id_of_a_thousand_digits_is_named_by_its_first_60() -> None:
    # Typed into an address or a command: no record's id, and not said back in full.
    assert str(NotFound("session", 10**999)) == f"session 1{'0' * 59}… not found"
    assert str(NotFound("client", 42, hint="see clients list")) == (
        "client 42 not found; see clients list"
    )
