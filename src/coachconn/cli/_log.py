"""The log file, ``<data dir>/logs/coachconn.log``: where a command keeps a bug's
traceback and `coachconn serve` the web app's errors, for a bug report.

A traceback may quote what was being handled, so the log is as private as the database:
folder 0700, file 0600, narrowed to that when found wider, and never written through a
symbolic link, which could lead the report to a file others read. The command line is
never logged: it may carry a client's words.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coachconn.core.errors import ConfigError

if TYPE_CHECKING:  # the settings load their validation library: imported where read
    from coachconn.config import Settings

# What the web app logs under (web/errors.py and the rest of the package).
_APP_LOGGER = "coachconn"
# Where uvicorn writes the traceback of an error that left the app.
_SERVER_LOGGER = "uvicorn.error"
_FORMAT = "%(levelname)s %(name)s: %(message)s"
# Set on a record the log file could not take, saying why, for the terminal's line.
_NOT_LOGGED = "coachconn_not_logged"


def log_path(settings: Settings) -> Path:
    return settings.data_dir / "logs" / "coachconn.log"


def append_to_log(log: Path, report: str) -> Path:
    """Add ``report`` to the log, stamped with the time; returns the log's path.

    The folder ends up 0700 and the file 0600. A :class:`ConfigError` names a log that
    is a symbolic link, which is not followed; an ``OSError`` says why else it failed.
    """
    _private_folder(log.parent)
    with os.fdopen(_open_private(log), "a", encoding="utf-8") as handle:
        handle.write(f"--- {datetime.now(UTC).isoformat(timespec='seconds')}\n{report}")
    return log


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    # mkdir leaves a folder that was there as it was: one made wider, by hand or by an
    # older version, is narrowed.
    if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) & 0o077:
        os.chmod(folder, 0o700)


def _open_private(log: Path) -> int:
    """A descriptor appending to ``log``, a file of its own (not a link) with mode 0600."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(log, flags, 0o600)
    except OSError:
        if log.is_symlink():
            raise ConfigError(
                f"{log} is a symbolic link: coachconn writes its log to a file of its own "
                "only; remove the link"
            ) from None
        raise
    try:
        if os.name == "posix" and stat.S_IMODE(os.fstat(descriptor).st_mode) & 0o077:
            os.fchmod(descriptor, 0o600)  # made before, under a wider mode
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def not_written(log: Path, problem: Exception) -> str:
    """Why ``log`` was not written, in one line."""
    if isinstance(problem, OSError):
        return f"cannot write {problem.filename or log}: {problem.strerror or problem}"
    return str(problem)


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
        except (ConfigError, OSError) as problem:  # said on the terminal's one line instead
            setattr(record, _NOT_LOGGED, not_written(self.log, problem))
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
    """``error: <the message's first line>; details in <log>`` (or why the log file did
    not take it), never a traceback."""

    def __init__(self, log: Path) -> None:
        super().__init__()
        self.log = log

    def format(self, record: logging.LogRecord) -> str:
        said = (record.getMessage().splitlines() or [""])[0]
        unlogged = getattr(record, _NOT_LOGGED, None)
        where = f"not logged: {unlogged}" if unlogged else f"details in {self.log}"
        return f"{record.levelname.lower()}: {said}; {where}"


class _LoggedByTheApp(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Exception in ASGI application")
