"""Help reads as plain text: options and what they take, in words a coach reads
(``--at TIME``, ``--marker MARKER``), never the parser's Python types (``<str>``,
``<list[str]>``, ``INTEGER``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer

from coachconn.cli import main
from coachconn.cli.app import app

# The names Python, or the parser, gives the types of values: none is a metavar. (TEXT
# and PATH, which the parser also uses, are words a coach reads, and stay.)
PYTHON_TYPES = {"str", "int", "float", "bool", "list", "tuple", "dict", "integer", "boolean"}
# A metavar: a word or two in capitals (``ID``, ``CLIENT_ID``), for a repeated argument
# followed by ``...``.
WORDS = re.compile(r"[A-Z]+(?:_[A-Z]+)*(?:\.\.\.)?")


def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command of the app and its groups, with the words that run it."""
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


COMMANDS = dict(_commands(typer.main.get_command(app)))


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


def _rows(out: str) -> Iterator[tuple[str, str]]:
    """The first column of each row of the Arguments and Options sections: the
    section and what names the argument or option (``--by, --changed-by WHO``)."""
    section = ""
    for line in out.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            section = line[:-1]
        elif section in ("Arguments", "Options") and re.match(r"  \S", line):
            yield section, re.split(r"\s{2,}", line.strip())[0]


@pytest.mark.parametrize("argv", [["--help"], ["init", "--help"], ["keys", "rotate", "--help"]])
def test_flags_are_not_labelled_as_taking_a_value(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _help(argv, capsys)
    assert "--help" in out
    assert "<bool>" not in out


@pytest.mark.parametrize("path", list(COMMANDS), ids=lambda path: " ".join(path) or "coachconn")
def test_every_value_a_command_takes_is_named_in_words(
    path: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _help([*path, "--help"], capsys)

    assert not re.search(r"<[^<>\n]*>", out), out
    usage = out.splitlines()[0]
    assert not re.search(r"[{}]", usage), usage
    for section, named in _rows(out):
        metavar = named.split()[-1] if section == "Arguments" or " " in named else None
        if metavar is None or metavar.startswith("-"):
            continue  # a flag, which takes no value
        assert WORDS.fullmatch(metavar), (named, out)
        assert metavar.lower().removesuffix("...") not in PYTHON_TYPES, (named, out)


@pytest.mark.parametrize("path", [p for p, c in COMMANDS.items() if not hasattr(c, "commands")])
def test_every_option_that_takes_a_value_names_it(path: tuple[str, ...]) -> None:
    """Each names its value itself, rather than leaving the parser to name the type,
    which differs from one version of it to the next."""
    for param in COMMANDS[path].params:
        if param.param_type_name == "option" and not (param.is_flag or param.hidden):
            assert param.metavar is not None, (path, param.opts)
            assert WORDS.fullmatch(param.metavar), (path, param.opts, param.metavar)


@pytest.mark.parametrize("path", [p for p, c in COMMANDS.items() if not hasattr(c, "commands")])
def test_every_option_shown_says_what_it_is_for(path: tuple[str, ...]) -> None:
    for param in COMMANDS[path].params:
        if param.param_type_name == "option" and not param.hidden:
            assert param.help, (path, param.opts)


@pytest.mark.parametrize(
    ("argv", "shown"),
    [
        (
            ["sessions", "record", "--help"],
            ["SESSION_ID", "--status STATUS", "--notes TEXT", "--marker MARKER",
             "--theme THEME", "--by, --changed-by WHO", "--notice-hours HOURS",
             "--format FORMAT"],
        ),
        (
            ["sessions", "list", "--help"],
            ["--client ID", "--engagement ID", "--status STATUS", "--format FORMAT"],
        ),
        (["sessions", "add", "--help"], ["CLIENT_ID", "--at TIME", "--duration MINUTES"]),
    ],
)  # fmt: skip
def test_the_session_commands_name_what_they_take(
    argv: list[str], shown: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    named = [row for _, row in _rows(_help(argv, capsys))]

    assert [row for row in named if row in shown] == shown


def test_the_session_list_status_takes_one_value(capsys: pytest.CaptureFixture[str]) -> None:
    out = " ".join(_help(["sessions", "list", "--help"], capsys).split())

    assert "One of: scheduled, held, cancelled, no_show or rescheduled." in out
    assert "Only these" not in out
