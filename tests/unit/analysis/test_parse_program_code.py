"""A program's source passed as a transcript is refused as what it is, and no transcript
is: each reason worked out by hand from the rules in ``analysis/source_code.py`` (more
than half of a plain-text file's lines, and at least five, read as code; or every
speaker label found is code)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachconn.analysis.parse import parse_transcript
from coachconn.core.errors import InvalidInput

EXPECTED = "expected 'Name: text' lines or <v Name> voice tags"

# 11 lines hold something; all but the docstring (it ends as a sentence does) read as
# code: the import, the definition, the assignment, the blocks opened with a colon
# ("for", "if", "else"), the calls ending lines 9, 11, 12 and 14. "else:" alone on its
# line reads as a speaker label, "else", whose words are on the line below.
SCRIPT = b'''"""Make a transcript."""

import sys

def main():
    lines = []
    for name in ("Ana", "Ben"):
        if name == "Ana":
            lines.append(name)
        else:
            lines.append("?")
    print("\\n".join(lines))

main()
'''


def _reason(data: bytes) -> str:
    with pytest.raises(InvalidInput) as err:
        parse_transcript(data)
    assert err.value.field == "transcript"
    return err.value.reason


def test_a_script_is_refused_as_program_code_not_as_one_speaker() -> None:
    assert _reason(SCRIPT) == (
        "does not look like a transcript: 10 of its 11 lines read as program code (line 3: "
        f"'import sys'); {EXPECTED}"
    )


def test_a_file_whose_only_labels_are_code_is_no_session_of_try_and_except() -> None:
    # Four lines of code: too few to call the file code, but neither label is a name.
    data = b"try: run()\nexcept: stop()\ntry: go()\nexcept: halt()\n"
    assert _reason(data) == (
        "does not look like a transcript: its only 'Name:' labels are program code "
        f"('try:', 'except:'), not speakers' names; {EXPECTED}"
    )


def test_a_few_lines_of_code_are_not_yet_a_program() -> None:
    # An error message pasted into a file: one line that reads as a call, no label.
    reason = _reason(b"Error: Got unexpected extra argument(s) (notes.txt)\n")
    assert reason.startswith("only one speaker found (Error)")


def test_talk_with_brackets_and_a_formula_is_still_a_transcript() -> None:
    # One line of six ends on a call ("f(x)"): far from most. "Ana (Guest)" is a name.
    data = (
        b"Ana (Guest): What would you like to look at today?\n"
        b"Ben: The budget (again)\n"
        b"Ana (Guest): Say more, if you like (no rush)\n"
        b"Ben: I wrote it as f(x)\n"
        b"Ana (Guest): And then?\n"
        b"Ben: I stuck it on the fridge [laughs]\n"
    )
    assert len(parse_transcript(data).utterances) == 6


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in (Path(__file__).parents[2] / "fixtures" / "transcripts").iterdir()),
)
def test_no_transcript_fixture_is_taken_for_program_code(name: str) -> None:
    data = (Path(__file__).parents[2] / "fixtures" / "transcripts" / name).read_bytes()
    try:
        parse_transcript(data, filename=name)
    except InvalidInput as err:
        assert "does not look like a transcript" not in err.reason
