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


@pytest.mark.parametrize("argv", [["sessions", "show", "-1"], ["transcripts", "trend", "-5"]])
def test_a_negative_id_is_named_as_an_id_not_an_option(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert (
        capsys.readouterr().err
        == f"error: {argv[-1]} is not an id: ids are positive whole numbers\n"
    )


def test_an_unknown_option_is_still_named_as_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sessions", "show", "--bogus"]) == 2
    assert capsys.readouterr().err == "error: No such option: --bogus\n"
