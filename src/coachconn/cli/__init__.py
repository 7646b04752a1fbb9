"""Command line interface. ``main`` turns every error into one line and an exit code."""

from __future__ import annotations

import sys
import traceback
from typing import Any

import typer

# Registering a command group adds it to `coachconn --help`, in import order:
# the record groups follow the order a coach meets them in.
# isort: off
from coachconn.cli import analyze, evaluate, setup, coach  # noqa: F401
from coachconn.cli import clients, engagements, sessions, notes, pins  # noqa: F401
from coachconn.cli import commitments, goals, agreements, keys  # noqa: F401
from coachconn.cli import transcripts  # noqa: F401

# isort: on
from coachconn.cli._common import VALUES
from coachconn.cli.app import app
from coachconn.core.errors import CoachconnError, Stale
from coachconn.entry import INTERRUPTED_EXIT

INTERNAL_ERROR_EXIT = 70
INTERRUPTED = "interrupted: a change not yet saved is not kept"


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; never lets a traceback reach the user.

    Usage errors (a missing option, a value of the wrong type) and errors
    raised by the services both become ``error: <message>`` and a non-zero
    exit code: 2 for usage, the error's own code otherwise.
    """
    try:
        result = app(args=argv, prog_name="coachconn", standalone_mode=False)
    except SystemExit as done:
        code = done.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except typer.Abort:
        print("error: aborted", file=sys.stderr)
        return 1
    except typer.Exit as done:
        return done.exit_code
    except typer.TyperException as err:  # Typer's usage errors
        print(f"error: {_usage_message(err)}", file=sys.stderr)
        return int(getattr(err, "exit_code", 2))
    except CoachconnError as err:
        print(f"error: {_message(err)}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:  # Ctrl-C: every change is one transaction, kept whole or not
        print(INTERRUPTED, file=sys.stderr)
        return INTERRUPTED_EXIT
    except Exception as err:  # a bug: say so in one line; the traceback goes to the log
        where = _keep_traceback(err)
        print(f"error: internal error ({type(err).__name__}); {where}", file=sys.stderr)
        return INTERNAL_ERROR_EXIT
    # Without standalone mode, a command that ends early returns its exit code. Typer
    # turns Ctrl-C in a command into code 130, which no command returns of itself.
    code = result if isinstance(result, int) else 0
    if code == INTERRUPTED_EXIT:
        print(INTERRUPTED, file=sys.stderr)
    return code


def _usage_message(err: typer.TyperException) -> str:
    """A usage error in the words of every other error, ``<what>: <why>``: the option
    or argument, then what is wrong with it (``CLIENT_ID: expected a whole number, got
    'abc'``), rather than the parser's "Invalid value for 'CLIENT_ID': …"."""
    negative = getattr(err, "option_name", None)
    if isinstance(negative, str) and negative[1:].isdigit():
        # "sessions show -1": read as an option, though what was meant is an id.
        return f"{negative} is not an id: ids are positive whole numbers"
    given_no_value = _option_given_no_value(err)
    if given_no_value is not None:
        return given_no_value
    wrong_option = _wrong_option(err)
    if wrong_option is not None:
        return wrong_option
    param = getattr(err, "param", None)
    if isinstance(err, typer.BadParameter) and param is not None:
        # The parser's MissingParameter, a BadParameter, has no message of its own.
        if type(err).__name__ == "MissingParameter":
            command = err.ctx.command_path if err.ctx is not None else "coachconn"
            return f"{_param_name(param)}: required; see {command} --help"
        return f"{_param_name(param)}: {err.message}"
    return err.format_message() if hasattr(err, "format_message") else str(err)


def _option_given_no_value(err: typer.TyperException) -> str | None:
    """An option that takes a value typed last with none (``analyze FILE --format``),
    said as ``--format: needs a value (text or json)``: the values it takes where they
    are known (:data:`coachconn.cli._common.VALUES`), else its value's name and where its
    help says more. ``None`` for any other error, a flag given a value among them."""
    name = getattr(err, "option_name", None)
    ctx = getattr(err, "ctx", None)
    if type(err).__name__ != "BadOptionUsage" or ctx is None:
        return None
    for param in ctx.command.params:
        if param.param_type_name == "option" and name in param.opts and not param.is_flag:
            values = VALUES.get(param.metavar)
            if values is not None:
                return f"{name}: needs a value ({' or '.join(values)})"
            return f"{name}: needs a value ({param.metavar}); see {ctx.command_path} --help"
    return None


def _wrong_option(err: typer.TyperException) -> str | None:
    """An option the command does not have (``--bogus: no such option; see coachconn
    sessions show --help``, with the near names the parser found), or a flag typed with a
    value (``--help: takes no value``), in the words of every other error. ``None`` for any
    other error."""
    name = getattr(err, "option_name", None)
    if not isinstance(name, str):
        return None
    shown = name if name.isprintable() else ascii(name)  # never a control character
    kind = type(err).__name__
    if kind == "NoSuchOption":
        ctx = getattr(err, "ctx", None)
        command = ctx.command_path if ctx is not None else "coachconn"
        near = sorted(getattr(err, "possibilities", None) or ())
        hint = f" (did you mean {' or '.join(near)}?)" if near else ""
        return f"{shown}: no such option{hint}; see {command} --help"
    if kind == "BadOptionUsage" and err.format_message().endswith("does not take a value."):
        return f"{shown}: takes no value"
    return None


def _param_name(param: Any) -> str:
    """An option as typed (its first name: ``--by``), an argument as its help shows it
    (``CLIENT_ID``)."""
    if param.param_type_name == "option":
        return str(param.opts[0])
    return str(param.metavar or param.name.upper())


def _message(err: CoachconnError) -> str:
    """A service's error as the command line says it. A record no longer at the version
    given with ``--expected-version`` names both versions and says to show it again (a
    page says to reload)."""
    if not isinstance(err, Stale):
        return str(err)
    again = "show it again and try again"
    if err.version is None or err.expected is None:
        return f"the record was changed by someone else meanwhile: {again}"
    said = (
        f"--expected-version: the record is at version {err.version}, you expected {err.expected}"
    )
    if err.expected < err.version:
        return f"{said}: it was changed since you read it; {again}"
    return f"{said}, a version it has not reached; {again}"


def _keep_traceback(err: Exception) -> str:
    """Write ``err``'s traceback where it can be found: the log file in the data
    folder, or stderr with ``COACHCONN_DEBUG=1`` (or when there is no usable
    folder). Returns the rest of the user's one line, saying where it went."""
    # Imported here, not at the top, as the log (and its logging library) is written only
    # on a bug.
    from coachconn.cli._log import append_to_log, log_path, not_written
    from coachconn.config import load_settings

    report = "".join(traceback.format_exception(err))
    try:
        settings = load_settings()
    except CoachconnError as problem:
        unlogged = f" (not logged: {problem})"
    else:
        if settings.debug:
            unlogged = ""
        else:
            log = log_path(settings)
            try:
                append_to_log(log, report)
                return f"details in {log}; please report it"
            except (CoachconnError, OSError) as problem:  # a log file that is a link, say
                unlogged = f" (not logged: {not_written(log, problem)})"
    sys.stderr.write(report)
    return f"please report it with the traceback above{unlogged}"


def run() -> None:
    # A path named in bytes that are not UTF-8 (a data folder, a file) reaches Python as
    # surrogates (surrogateescape): printed, it goes back out as the same bytes rather
    # than failing where standard output takes only UTF-8. (Standard error already
    # writes them as escapes.) The text of records holds none: it is refused on input.
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="surrogateescape")
    sys.exit(main())
