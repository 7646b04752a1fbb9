import math
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from coachconn.core import validation as v
from coachconn.core.errors import InvalidInput
from coachconn.core.sessions import SessionFormat


def test_it_trims_text_and_refuses_blank_required_text() -> None:
    assert v.required_text("text", "  hello ") == "hello"
    with pytest.raises(InvalidInput) as caught:
        v.required_text("text", "   ")
    assert caught.value.field == "text"


def test_it_refuses_text_that_is_too_long() -> None:
    with pytest.raises(InvalidInput, match="at most 5"):
        v.optional_text("pronouns", "abcdef", max_len=5)


@pytest.mark.parametrize("control", ["\u202e", "\u202b", "\u2067"])
def test_a_name_that_would_turn_the_rest_of_a_row_around_is_refused(control: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.required_text("preferred_name", f"{control}Tom", one_line=True)
    assert caught.value.reason == (
        f"must not contain characters that turn the text's direction (found {control!r})"
    )


@pytest.mark.parametrize(
    "name",
    [
        "\u05d3\u05e0\u05d4 \u05db\u05d4\u05df",  # Dana Cohen in Hebrew
        "\u0644\u064a\u0644\u0649 (Layla)\u200f",  # with the right-to-left mark it may hold
        "Zo\u00eb",
    ],
)
def test_a_right_to_left_name_and_its_direction_marks_are_taken(name: str) -> None:
    assert v.required_text("preferred_name", name, one_line=True) == name


def test_text_of_several_lines_keeps_its_direction_controls() -> None:
    quoted = "She said \u2067\u05e9\u05dc\u05d5\u05dd\u2069 twice"
    assert v.required_text("text", quoted) == quoted


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        # A byte that is not UTF-8 in a command-line argument (Python's surrogateescape).
        ("Tom\udcff", "must be UTF-8 text (found the byte 0xff, which is not)"),
        # Half of a character, as JSON's "\ud83d" without its other half gives.
        (
            "Tom \ud83d",
            "must be text (found U+D83D, half of a character without its other half)",
        ),
    ],
)
@pytest.mark.parametrize("one_line", [True, False])
def test_text_that_cannot_be_written_as_utf8_is_refused(
    given: str, reason: str, one_line: bool
) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.required_text("text", given, one_line=one_line)
    assert caught.value.reason == reason


def test_a_whole_character_beyond_the_first_plane_is_taken() -> None:
    assert v.required_text("text", "Tom \U0001f600", one_line=True) == "Tom \U0001f600"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_line_or_paragraph_separator_ends_a_line_a_name_cannot_have(separator: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.required_text("preferred_name", f"Tom{separator}Baker", one_line=True)
    assert caught.value.reason == "must be one line"
    assert v.required_text("text", f"Tom{separator}Baker") == f"Tom{separator}Baker"


def test_it_names_the_allowed_choices() -> None:
    with pytest.raises(InvalidInput) as caught:
        v.choice("format", "carrier pigeon", SessionFormat)
    assert "in_person, video, phone" in caught.value.reason


def test_it_converts_aware_datetimes_to_utc_and_refuses_naive_ones() -> None:
    lisbon_summer = timezone(timedelta(hours=1))
    moment = v.aware_datetime("at", datetime(2026, 6, 1, 10, 0, tzinfo=lisbon_summer))
    assert moment == datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    assert moment.tzinfo == UTC
    with pytest.raises(InvalidInput, match="timezone"):
        v.aware_datetime("at", datetime(2026, 6, 1, 10, 0))


def test_a_datetime_is_not_a_date() -> None:
    with pytest.raises(InvalidInput):
        v.a_date("due_on", datetime(2026, 6, 1, tzinfo=UTC))
    assert v.a_date("due_on", date(2026, 6, 1)) == date(2026, 6, 1)


def test_it_checks_whole_numbers_in_range() -> None:
    assert v.int_between("rating", 7, 0, 10) == 7
    for bad in (11, -1, 7.5, True, "7"):
        with pytest.raises(InvalidInput):
            v.int_between("rating", bad, 0, 10)


@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan, float("9" * 10_000)])
def test_a_number_that_is_not_finite_is_told_the_range(bad: float) -> None:
    # A number typed with 10,000 digits reads as inf: the refusal names the range.
    with pytest.raises(InvalidInput) as caught:
        v.number_between("notice_hours", bad, 0, 17544)
    assert str(caught.value) == "notice_hours: must be a number between 0 and 17544"


def test_a_number_in_range_is_taken_and_one_outside_names_the_bound() -> None:
    assert v.number_between("notice_hours", 12.5, 0, 17544) == 12.5
    with pytest.raises(InvalidInput, match=r"^notice_hours: must be at most 17544$"):
        v.number_between("notice_hours", 17545, 0, 17544)


@pytest.mark.parametrize(
    ("text", "number"), [("10", 10), (" 7 ", 7), ("-1", -1), ("+3", 3), ("007", 7)]
)
def test_a_whole_number_is_read_from_ascii_digits(text: str, number: int) -> None:
    assert v.whole_number_text(text) == number


@pytest.mark.parametrize("text", ["1_0", "١", "٣٤", "１", "1.0", "1e3", "", "-", "9" * 5000])
def test_a_whole_number_written_otherwise_is_none(text: str) -> None:
    # int() would read the first four as 10, 1, 34 and 1; 5,000 digits it cannot read.
    assert v.whole_number_text(text) is None


def test_it_knows_real_timezones() -> None:
    assert v.timezone_name("timezone", "America/Bogota") == "America/Bogota"
    with pytest.raises(InvalidInput, match="unknown timezone"):
        v.timezone_name("timezone", "Mars/Olympus_Mons")


@pytest.mark.parametrize(
    ("typed", "read"),
    [("12", 12.0), (" -1 ", -1.0), ("2.5", 2.5), (".5", 0.5), ("24.", 24.0), ("1e3", 1000.0)],
)
def test_a_number_is_read_from_ascii_digits_and_a_point(typed: str, read: float) -> None:
    assert v.number_text(typed) == read


@pytest.mark.parametrize("typed", ["1_0", "١", "inf", "nan", "1e", "", "2,5", "--1"])
def test_a_number_in_other_forms_is_none(typed: str) -> None:
    assert v.number_text(typed) is None
