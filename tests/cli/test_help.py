"""Help reads as plain text: options and what they take, nothing more."""

from __future__ import annotations

import pytest

from coachconn.cli import main


@pytest.mark.parametrize("argv", [["--help"], ["init", "--help"], ["keys", "rotate", "--help"]])
def test_flags_are_not_labelled_as_taking_a_value(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "--help" in out
    assert "<bool>" not in out
