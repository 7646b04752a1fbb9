"""The log file, ``<data dir>/logs/coachconn.log``: where a command keeps a bug's
traceback and `coachconn serve` the web app's errors, for a bug report.

A traceback may quote what was being handled, so the log is as private as the database:
folder 0700, file 0600. The command line is never logged: it may carry a client's words.
"""

from __future__ import annotations

import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from coachconn.config import Settings

# What the web app logs under (web/errors.py and the rest of the package).
_APP_LOGGER = "coachconn"
# Where uvicorn writes the traceback of an error that left the app.
_SERVER_LOGGER = "uvicorn.error"
_FORMAT = "%(levelname)s %(name)s: %(message)s"


def log_path(settings: Settings) -> Path:
    return settings.data_dir / "logs" / "coachconn.log"


def append_to_log(log: Path, report: str) -> Path:
    """Add ``report`` to the log, stamped with the time; returns the log's path."""
    log.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
        handle.write(f"--- {datetime.now(UTC).isoformat(timespec='seconds')}\n{report}")
    return log


def log_web_errors(settings: Settings) -> None:
    """Send the web app's errors (warnings and worse) where the commands' go: in full,
    traceback and all, to the log file, and one line each to stderr that names the file;
    with ``COACHCONN_DEBUG=1`` in full to stderr instead, and no file. Replaces what an
    earlier call set up."""
    app_log, server_log = logging.getLogger(_APP_LOGGER), logging.getLogger(_SERVER_LOGGER)
    for handler in [h for h in app_log.handlers if isinstance(h, _Kept)]:
        app_log.removeHandler(handler)
    for found in [f for f in server_log.filters if isinstance(f, _LoggedByTheApp)]:
        server_log.removeFilter(found)
    if settings.debug:
        app_log.addHandler(_ToStderr(logging.Formatter(_FORMAT)))
        return
    log = log_path(settings)
    app_log.addHandler(_ToFile(log))
    app_log.addHandler(_ToStderr(_OneLine(log)))
    # The app's error handler has logged that error in full already (web/errors.py): the
    # server's copy of the traceback would reach the terminal, not the file.
    server_log.addFilter(_LoggedByTheApp())


class _Kept(logging.Handler):
    """A handler :func:`log_web_errors` set up, and replaces when called again."""


class _ToFile(_Kept):
    def __init__(self, log: Path) -> None:
        super().__init__(logging.WARNING)
        self.log = log
        self.setFormatter(logging.Formatter(_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:  # opened for each record: errors are rare, and the file may have been moved
            append_to_log(self.log, self.format(record) + "\n")
        except Exception:
            self.handleError(record)


class _ToStderr(_Kept):
    """Writes to the process's stderr of the moment (tests replace it)."""

    def __init__(self, formatter: logging.Formatter) -> None:
        super().__init__(logging.WARNING)
        self.setFormatter(formatter)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
            sys.stderr.flush()
        except Exception:
            self.handleError(record)


class _OneLine(logging.Formatter):
    """``error: <the message's first line>; details in <log>``, never a traceback."""

    def __init__(self, log: Path) -> None:
        super().__init__()
        self.log = log

    def format(self, record: logging.LogRecord) -> str:
        said = (record.getMessage().splitlines() or [""])[0]
        return f"{record.levelname.lower()}: {said}; details in {self.log}"


class _LoggedByTheApp(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Exception in ASGI application")
