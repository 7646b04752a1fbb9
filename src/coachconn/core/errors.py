"""The one error hierarchy. Web and CLI map these to a status or exit code and a
one-line message; anything else is a bug and is logged, never shown as a traceback."""

from __future__ import annotations


class CoachconnError(Exception):
    """Base of every error a user may see. ``str(err)`` is the message shown."""

    exit_code = 1
    http_status = 400


# What a refusal adds where nothing of what was sent was kept (InvalidInput.nothing_stored).
NOTHING_STORED = "nothing was stored"


class InvalidInput(CoachconnError):
    """A value is wrong. Names the field and why; nothing was changed.

    ``nothing_stored``: the refusal says so, where the user may wonder whether what they
    sent was kept (a file refused until they confirm it): ``str(err)``, the one line the
    command line prints, ends "(nothing was stored)"; ``reason`` is the why alone, for a
    page that says once, for every refusal, that nothing was stored."""

    exit_code = 2
    http_status = 422

    def __init__(self, field: str, reason: str, *, nothing_stored: bool = False) -> None:
        self.field = field
        self.reason = reason
        self.nothing_stored = nothing_stored
        said = f"{field}: {reason}"
        super().__init__(f"{said} ({NOTHING_STORED})" if nothing_stored else said)

    def renamed(self, field: str) -> InvalidInput:
        """The same refusal, of the same kind, with its field named as the user knows it
        (an option, a form's label)."""
        return type(self)(field, self.reason, nothing_stored=self.nothing_stored)


class TooLarge(InvalidInput):
    """An input over its size limit, refused before it is read (413 on the web)."""

    http_status = 413


class NotFound(CoachconnError):
    """No such thing, or it belongs to another coach (the two are not told apart)."""

    exit_code = 3
    http_status = 404

    def __init__(self, kind: str, ident: object, hint: str | None = None) -> None:
        self.kind = kind
        self.ident = ident
        # An id of a thousand digits typed into an address is no record's: named by its
        # start, not said back in full.
        said = f"{kind} {shortened(str(ident))} not found"
        super().__init__(said + (f"; {hint}" if hint else ""))


class Forbidden(CoachconnError):
    exit_code = 4
    http_status = 403


class Conflict(CoachconnError):
    """The record changed since it was read (optimistic version check), or a
    uniqueness rule would break."""

    exit_code = 5
    http_status = 409


class Stale(Conflict):
    """The record changed since the caller read it: it is at ``version``, not the
    ``expected`` one they gave (both None for a change made meanwhile, found only as this
    one was written). ``str(err)`` is what a page says; the command line, where the
    versions are typed, names them (``coachconn.cli``)."""

    def __init__(self, version: int | None = None, expected: int | None = None) -> None:
        self.version = version
        self.expected = expected
        super().__init__("the record was changed by someone else: reload and try again")


class Busy(CoachconnError):
    """The database was held by another change for longer than a change waits
    (SQLite's busy timeout), or gave this one up to let another through
    (PostgreSQL: a deadlock or serialization failure). Nothing was changed; the
    same request a moment later will usually succeed."""

    exit_code = 75  # EX_TEMPFAIL: a temporary failure, try again later
    http_status = 503
    retry_after_s = 5


class ConfigError(CoachconnError):
    """Set-up problem: missing or wrong master key, unreachable database.

    ``str(err)`` is the operator's message (the command line's one line, the server's
    log), which may name files and key fingerprints. ``public``, where the raiser gives
    one, is what a web page may tell the coach: what to do, naming no file, key or
    address. Without it a page says only that something went wrong on the server."""

    exit_code = 6
    http_status = 500

    def __init__(self, message: str, *, public: str | None = None) -> None:
        super().__init__(message)
        self.public = public


class IntegrityFailure(CoachconnError):
    """A stored value failed its integrity check: it was altered, moved to another
    field, or its key was destroyed. Never shown as garbage text."""

    exit_code = 7
    http_status = 500


# What a value of the wrong form was expected to be, by the parser's error type: the
# slips people make typing a number or a yes/no, in words rather than the parser's.
EXPECTED = {
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_parsing": "a number",
    "bool_parsing": "true or false",
}


def wrong_form(kind: str, given: object) -> str:
    """``expected a whole number, got 'abc'``: a value of the wrong form, by the
    parser's error type (``kind``, a key of :data:`EXPECTED`), in the words every
    surface uses."""
    return f"expected {EXPECTED[kind]}, got {quoted(given)}"


# How much of what was given a message quotes back: enough to know it by.
QUOTED_CHARS = 60


def quoted(given: object, limit: int = QUOTED_CHARS) -> str:
    """What was given, as a message quotes it (``'abc'``; a value that is not text as
    its ``repr``), cut to its first ``limit`` characters and "…": text pasted into the
    wrong field, thousands of characters long, is not said back in full. Control and
    unprintable characters show as Python writes them (``'a\\tb'``), so that they can be
    seen; a name with both kinds of quote in it reads as written (``'Zoë "Z" O'Neil'``),
    with no backslash before a quote."""
    if not isinstance(given, str):
        return shortened(repr(given), limit)
    text = shortened(given, limit)
    if "'" in text and '"' in text:  # repr would put a backslash before one of them
        return "'" + "".join(repr(char)[1:-1] for char in text) + "'"
    return repr(text)


def shortened(text: str, limit: int = QUOTED_CHARS) -> str:
    """``text`` whole, or where it is longer than ``limit`` its first ``limit`` characters
    and "…": how a message says back what was given (:func:`quoted`), or an id."""
    return text if len(text) <= limit else f"{text[:limit]}…"
