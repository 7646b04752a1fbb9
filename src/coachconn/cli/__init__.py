"""Command line interface. ``main`` turns every error into one line and an exit code."""

from __future__ import annotations

import sys

from coachconn.cli import analyze, evaluate, records, setup  # noqa: F401  (register commands)
from coachconn.cli.app import app
from coachconn.core.errors import CoachconnError

INTERNAL_ERROR_EXIT = 70


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; never lets a traceback reach the user.

    Usage errors are reported by Typer itself (exit 2); errors raised by the
    services become ``error: <message>`` and the error's exit code.
    """
    try:
        app(args=argv, prog_name="coachconn")
    except SystemExit as done:
        code = done.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except CoachconnError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # a bug: say so in one line, keep the traceback out
        print(f"error: internal error ({type(err).__name__}); please report it", file=sys.stderr)
        return INTERNAL_ERROR_EXIT
    return 0


def run() -> None:
    sys.exit(main())
