"""The ``coachconn`` command's entry point, kept apart from the CLI so that Ctrl-C
pressed while the CLI is still being imported (the first half second or so) is told in
one line, as it is once a command runs (:func:`coachconn.cli.main`), never as a
traceback."""

from __future__ import annotations

import sys

INTERRUPTED_EXIT = 130  # 128 + SIGINT, as a shell counts a program stopped by Ctrl-C
STARTING_INTERRUPTED = "interrupted as it started: nothing was done"


def run() -> None:
    try:
        from coachconn.cli import run as run_cli
    except KeyboardInterrupt:
        print(STARTING_INTERRUPTED, file=sys.stderr)
        sys.exit(INTERRUPTED_EXIT)
    run_cli()
