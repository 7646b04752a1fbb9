"""Typer's own usage errors reach the user as one line, like every other error."""

from __future__ import annotations

import pytest

from coachconn.cli import main


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["clients", "show", "abc"], "CLIENT_ID"),
        (["clients", "add"], "--name"),
        (["no-such-command"], "no-such-command"),
    ],
)
def test_a_usage_error_is_one_line_naming_the_problem(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: ")
    assert err.count("\n") == 1
    assert expected in err
    assert "Traceback" not in err


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "Usage" in capsys.readouterr().out
