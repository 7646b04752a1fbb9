"""Typer's own usage errors reach the user as one line, like every other error."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

import pytest
import typer

from coachconn.cli import main
from coachconn.cli.app import app


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


# What a number parameter expects, by its type.
_EXPECTS = {
    int: "a whole number",
    int | None: "a whole number",
    float: "a number",
    float | None: "a number",
}


def _commands(command: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, [*path, name])
    if not hasattr(command, "commands"):
        yield path, command


# The id of a record of these kinds, by the parameter's name: a name typed for it is
# pointed to the command that lists the ids.
_IDS = {
    "client": ("a client id", "coachconn clients list"),
    "session": ("a session id", "coachconn sessions list"),
    "engagement": ("an engagement id", "coachconn engagements list"),
}


def _expects(param: Any, given: type) -> str | None:
    """What a refusal of "abc" for ``param`` says after "expected" and before "got"."""
    expects = _EXPECTS.get(given)
    kind = param.name.removesuffix("_id")
    if expects is None or kind not in _IDS:
        return expects
    return f"{_IDS[kind][0]} ({expects})"


def _after(name: str, expects: str) -> str:
    """What a refusal says after "got 'abc'": for an id, the command that lists them."""
    for kind, (said, listed_by) in _IDS.items():
        if expects.startswith(said):
            return f"; `{listed_by}` shows each {kind}'s id"
    return ""


def _number_parameters() -> list[tuple[list[str], str, str]]:
    """Every number option and argument of every command: a command line that gives it
    "abc" (and 1 to each other argument), the name an error gives it, and what it
    expects. An option comes first on the line, so it is read before anything else."""
    found = []
    for path, command in _commands(typer.main.get_command(app), []):
        types = typing.get_type_hints(command.callback)
        arguments = [p for p in command.params if p.param_type_name == "argument"]
        for param in command.params:
            if (expects := _expects(param, types[param.name])) is None:
                continue
            if param in arguments:
                given = ["abc" if a is param else "1" for a in arguments]
                found.append(([*path, *given], param.metavar, expects))
            else:
                ones = ["1"] * len(arguments)
                found.append(([*path, param.opts[0], "abc", *ones], param.opts[0], expects))
    return found


NUMBER_PARAMETERS = _number_parameters()
assert len(NUMBER_PARAMETERS) > 40, "the walk over the commands found too few numbers"


@pytest.mark.parametrize(
    ("argv", "name", "expects"),
    NUMBER_PARAMETERS,
    ids=[" ".join(a) for a, _, _ in NUMBER_PARAMETERS],
)
def test_a_number_typed_wrong_is_refused_in_words_naming_what_was_given(
    argv: list[str], name: str, expects: str, capsys: pytest.CaptureFixture[str]
) -> None:
    after = _after(name, expects)
    assert main(argv) == 2
    assert capsys.readouterr().err == f"error: {name}: expected {expects}, got 'abc'{after}\n"


def test_every_client_session_and_engagement_id_points_to_its_list() -> None:
    pointed = {kind for _, _, expects in NUMBER_PARAMETERS for kind in _IDS if kind in expects}
    assert pointed == set(_IDS)


# An id (every whole number) is written in ASCII digits: int() alone reads 1_0 as 10 and
# another script's digits (١, Arabic-Indic one) as its own, another record's number.
WHOLE_NUMBERS = [
    (["x" if arg == "abc" else arg for arg in argv], name, expects)
    for argv, name, expects in NUMBER_PARAMETERS
    if expects.endswith("a whole number)") or expects == "a whole number"
]


@pytest.mark.parametrize("written", ["1_0", "١", "1.0", "٣٤"])
@pytest.mark.parametrize(
    ("argv", "name", "expects"), WHOLE_NUMBERS, ids=[" ".join(a) for a, _, _ in WHOLE_NUMBERS]
)
def test_a_whole_number_not_in_ascii_digits_is_refused_in_words(
    argv: list[str], name: str, expects: str, written: str, capsys: pytest.CaptureFixture[str]
) -> None:
    given = [written if arg == "x" else arg for arg in argv]
    after = _after(name, expects)

    assert main(given) == 2
    said = f"error: {name}: expected {expects}, got '{written}'{after}\n"
    assert capsys.readouterr().err == said


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["goals", "show", "abc"], "error: GOAL_ID: expected a whole number, got 'abc'\n"),
        (["notes", "show", "abc"], "error: NOTE_ID: expected a whole number, got 'abc'\n"),
        (["clients", "add"], "error: --name: required; see coachconn clients add --help\n"),
        (["clients", "show"], "error: CLIENT_ID: required; see coachconn clients show --help\n"),
        (
            ["sessions", "reschedule", "1", "--by", "client"],
            "error: --to: required; see coachconn sessions reschedule --help\n",
        ),
    ],
)
def test_a_usage_error_reads_as_every_other_error_what_then_why(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err == expected


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


def test_an_unknown_option_is_named_with_where_to_look(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sessions", "show", "--bogus"]) == 2
    assert (
        capsys.readouterr().err
        == "error: --bogus: no such option; see coachconn sessions show --help\n"
    )


def test_an_option_nearly_typed_is_named_with_the_one_meant(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["clients", "list", "--form", "json"]) == 2
    assert (
        capsys.readouterr().err == "error: --form: no such option (did you mean --format?); "
        "see coachconn clients list --help\n"
    )


def test_an_option_with_a_control_character_is_shown_escaped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["clients", "list", "--x\x1b[2J"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert err.startswith("error: '--x\\x1b[2J': no such option")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["analyze", "session.vtt", "--format"], "error: --format: needs a value (text or json)\n"),
        (["clients", "list", "--format"], "error: --format: needs a value (text or json)\n"),
        (
            ["sessions", "list", "--status"],
            "error: --status: needs a value (STATUS); see coachconn sessions list --help\n",
        ),
        (
            ["clients", "add", "--name"],
            "error: --name: needs a value (NAME); see coachconn clients add --help\n",
        ),
    ],
)
def test_an_option_given_no_value_says_what_it_needs_in_one_line(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err == expected


def test_a_flag_given_a_value_is_refused_saying_it_takes_none(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["clients", "list", "--help=x"]) == 2
    assert capsys.readouterr().err == "error: --help: takes no value\n"


def _options_taking_a_value() -> list[tuple[list[str], str]]:
    """Every option of every command that takes a value: a command line that ends with it
    (after 1 for each argument), and the option."""
    found = []
    for path, command in _commands(typer.main.get_command(app), []):
        ones = ["1" for p in command.params if p.param_type_name == "argument"]
        for param in command.params:
            if param.param_type_name == "option" and not param.is_flag:
                found.append(([*path, *ones, param.opts[0]], param.opts[0]))
    return found


OPTIONS_TAKING_A_VALUE = _options_taking_a_value()


@pytest.mark.parametrize(
    ("argv", "option"), OPTIONS_TAKING_A_VALUE, ids=[" ".join(a) for a, _ in OPTIONS_TAKING_A_VALUE]
)
def test_every_option_given_no_value_says_so_in_the_same_words(
    argv: list[str], option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {option}: needs a value (")
    assert err.count("\n") == 1
