"""What every record command shares: reading ``--format`` and dates, opening the
practice, calling one service as its coach, and printing the result as text or
JSON.

Bad input raises ``InvalidInput`` naming the option, which ``coachconn.cli.main``
prints as one line.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

import typer

from coachconn.cli.app import CommandGroup, app
from coachconn.core.clock import json_time
from coachconn.core.engagements import ClientEngagement, EngagementStatus
from coachconn.core.errors import EXPECTED, InvalidInput, quoted, wrong_form
from coachconn.core.validation import (
    DAYS_AWAY_FORMS,
    calendar_date,
    days_from_today,
    number_text,
    time_of_day,
    wall_time,
    whole_number_text,
)

if TYPE_CHECKING:
    from coachconn.core.coaches import Coach
    from coachconn.storage.store import Store
    from coachconn.storage.uow import UnitOfWork

T = TypeVar("T")
FORMATS = ("text", "json")
# Where text output shows times: the coach's timezone while a command prints.
_SHOWN_IN: ContextVar[tzinfo] = ContextVar("shown_in", default=UTC)

# ---------------------------------------------------------------- parsing


# How to set a guessed coach, where the file is read and where it is stored.
SET_COACH = "to set the coach, pass --coach with their speaker name"
SET_COACH_AGAIN = (
    "to set the coach, attach the file again with --replace and --coach and their speaker name"
)


def print_warnings(warnings: Sequence[str], *, coach_guessed: bool, hint: str = SET_COACH) -> None:
    """A transcript's warnings on stderr, one ``warning:`` line each, then ``hint`` when
    the coach was guessed."""
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if coach_guessed:
        print(f"note: {hint}", file=sys.stderr)


def output_format(value: str) -> str:
    """``text`` or ``json``; anything else is refused by name."""
    if value not in FORMATS:
        raise InvalidInput("--format", f"expected text or json, got {value!r}")
    return value


# The values an option takes, by the name of its value (its metavar), where every option
# of that name takes the same: an option typed with no value names them.
VALUES: dict[str, Sequence[str]] = {"FORMAT": FORMATS}


def format_option() -> Any:
    # "JSON" is json: the value is lower-cased before any command sees it.
    return typer.Option(
        "text", "--format", metavar="FORMAT", help="Output format: text or json.", callback=_lower
    )


def _lower(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


def whole_number(value: str | int) -> int:
    """The ``parser`` of every whole-number option and argument (given the typed text,
    or the option's default): anything else is refused in the words the settings and
    the web use (:func:`coachconn.core.errors.wrong_form`), not the parser library's.
    Only ASCII digits are read (:func:`coachconn.core.validation.whole_number_text`):
    ``1_0`` or ``١`` is refused, not read as another record's id."""
    if isinstance(value, int):
        return value
    number = whole_number_text(value)
    if number is None:
        raise typer.BadParameter(wrong_form("int_parsing", value))
    return number


def number(value: str | float) -> float:
    """The ``parser`` of every number option, as :func:`whole_number`: ASCII digits and a
    decimal point only (:func:`coachconn.core.validation.number_text`)."""
    if isinstance(value, float | int):
        return float(value)
    found = number_text(value)
    if found is None:
        raise typer.BadParameter(wrong_form("float_parsing", value))
    return found


# The command that lists each kind of record a command may be given the id of: a name
# typed for an id (`--client Ana`) is pointed there, where the ids are shown.
LISTED_BY = {
    "client": "coachconn clients list",
    "engagement": "coachconn engagements list",
    "session": "coachconn sessions list",
}


def record_id(kind: str) -> Callable[[str | int], int]:
    """The ``parser`` of a ``kind`` record's id (a key of :data:`LISTED_BY`): a whole
    number, read as :func:`whole_number` reads one; anything else (a client's name) is
    refused saying that an id is wanted and which command shows the ids."""
    listed_by = LISTED_BY[kind]
    article = "an" if kind[0] in "aeiou" else "a"

    def parse(value: str | int) -> int:
        try:
            return whole_number(value)
        except typer.BadParameter:
            raise typer.BadParameter(
                f"expected {article} {kind} id ({EXPECTED['int_parsing']}), got {quoted(value)}; "
                f"`{listed_by}` shows each {kind}'s id"
            ) from None

    return parse


def id_argument(metavar: str) -> Any:
    """A required id argument, named ``metavar`` (``CLIENT_ID``): a whole number. The id
    of a kind of record :data:`LISTED_BY` names (``CLIENT_ID``, ``SESSION_ID``) is read by
    :func:`record_id`."""
    kind = metavar.removesuffix("_ID").lower()
    parser = record_id(kind) if kind in LISTED_BY else whole_number
    return typer.Argument(..., metavar=metavar, parser=parser)


def id_option(kind: str, help_text: str) -> Any:
    """``--client ID`` (``--session``, ``--engagement``: ``--`` and ``kind``), which may be
    left out: a ``kind`` record's id, read by :func:`record_id`."""
    return typer.Option(None, f"--{kind}", metavar="ID", help=help_text, parser=record_id(kind))


def engagement_option(*, reading: bool = False) -> Any:
    """``--engagement ID`` of a command that takes a client: another of the client's
    engagements than the one it acts on by default (their open one; to read, their
    latest if none is open)."""
    default = "their open one, else their latest" if reading else "their open one"
    return typer.Option(
        None,
        "--engagement",
        metavar="ID",
        help=f"One of the client's engagements (default: {default}).",
        parser=record_id("engagement"),
    )


def records_of(what: str, e: ClientEngagement) -> str:
    """The first line of a listing of a client's records in one engagement of theirs:
    ``Goals of Zoe Martin (client 15) in engagement 16``, saying so when that is not
    an active one (``(paused)``; ``, which was completed on 2026-06-30``)."""
    said = f"{what} of {e.client_name} (client {e.client_id}) in engagement {e.engagement_id}"
    if e.ended_on is not None:
        return f"{said}, which was completed on {e.ended_on}"
    return said if e.status == EngagementStatus.ACTIVE else f"{said} ({text(e.status)})"


def whose(name: str, client_id: int, engagement_id: int | None = None) -> str:
    """``Zoe Martin (client 15)``, or with the engagement ``Zoe Martin (client 15,
    engagement 16)``: how a command names the client it acted for, so a number typed
    for another client shows at once."""
    where = "" if engagement_id is None else f", engagement {engagement_id}"
    return f"{name} (client {client_id}{where})"


@dataclasses.dataclass(frozen=True, slots=True)
class TypedDay:
    """A day as typed: a date (``fixed``), or a count of days from the coach's today
    (``tomorrow``, ``+7d``), which becomes a date only once the command knows the
    coach (:func:`coach_day`)."""

    fixed: date | None
    from_today: int = 0

    def on(self, today: date) -> date:
        """The date, with ``today`` the coach's."""
        return self.fixed if self.fixed is not None else today + timedelta(days=self.from_today)


@dataclasses.dataclass(frozen=True, slots=True)
class TypedTime:
    """A time as typed: its day and the time of day, with the seconds and offset
    typed (an offset makes ``clock`` aware)."""

    day: TypedDay
    clock: time


def parse_date(option: str, value: str | None) -> TypedDay | None:
    """A ``YYYY-MM-DD`` date or a day from today (``today``, ``tomorrow``,
    ``yesterday``, ``+3d``, ``-2w``), or ``None`` when the option was not given. A
    date not on the calendar says why (``2026-02-30 is not a date: February 2026
    has 28 days``)."""
    if value is None:
        return None
    text = value.strip()
    try:
        return TypedDay(date.fromisoformat(text))
    except ValueError:
        pass
    return _typed_day(option, text, f"expected {DATE_FORMS}, got {quoted(value)}")


def _typed_day(option: str, text: str, expected: str) -> TypedDay:
    days = days_from_today(option, text)
    if days is not None:
        return TypedDay(None, days)
    found = _DATE.fullmatch(text)
    if found is None:
        raise InvalidInput(option, expected)
    return TypedDay(_calendar_day(option, found))


_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
# A day (a date or one from today: +7d), a space (or T after a date) and a time of
# day (the hour may be one digit: 9:00); seconds and an offset may follow.
_DATETIME = re.compile(
    r"(?P<day>\S+?)(?:T|\s+)"
    + r"(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    + r"(?P<seconds>:(?P<second>\d{2})(\.\d+)?)?"
    + r"(?P<offset>Z|[+-](?P<offset_hours>\d{2}):?(?P<offset_minutes>\d{2}))?"
)
# What a refusal says a date or a time may be written as: every form the parsers take.
DATE_FORMS = "YYYY-MM-DD or a day from today (today, tomorrow, yesterday, +3d, -2w)"
TIME_FORMS = (
    "'YYYY-MM-DD HH:MM', or with an offset 'YYYY-MM-DD HH:MM+02:00', "
    "or a day from today for the date ('+7d 09:00', 'tomorrow 9:00')"
)
DATETIME_HELP = (
    "'YYYY-MM-DD HH:MM' in your timezone (see `coachconn coach show`), "
    "or with an offset: 'YYYY-MM-DD HH:MM+02:00'; instead of the date: "
    f"{DAYS_AWAY_FORMS} ('+7d 09:00')."
)
# The help of an option that takes a day.
DATE_HELP = f"YYYY-MM-DD, or {DAYS_AWAY_FORMS}"


def parse_datetime(option: str, value: str) -> TypedTime:
    """``YYYY-MM-DD HH:MM`` (``9:00`` as well as ``09:00``), with seconds or an
    offset if wanted; the day may be one from today, as :func:`parse_date` takes it
    (``tomorrow 9:00``, ``+7d 09:00``). A date alone is refused: midnight is rarely
    what was meant. A date not on the calendar, or a time not on the clock, says
    why. Without an offset the time is one on the coach's clock: :func:`coach_time`
    places it."""
    expected = f"expected {TIME_FORMS}, got {quoted(value)}"
    found = _DATETIME.fullmatch(value.strip())
    if found is None:
        raise InvalidInput(option, expected)
    day = _typed_day(option, found["day"], expected)
    clock = time_of_day(option, int(found["hour"]), int(found["minute"]))
    _check_seconds_and_offset(option, found)
    rest = (found["seconds"] or "") + (found["offset"] or "")
    try:  # on any day: the seconds and offset do not depend on which
        read = datetime.fromisoformat(f"2000-01-01 {clock:%H:%M}{rest}")
    except ValueError:  # none left that the checks above let through; said all the same
        raise InvalidInput(option, expected) from None
    return TypedTime(day, read.timetz())


def _check_seconds_and_offset(option: str, found: re.Match[str]) -> None:
    """Seconds past 59, or an offset of a day or more, named with why."""
    if found["second"] is not None and int(found["second"]) > 59:
        shown = f"{found['hour']}:{found['minute']}{found['seconds']}"
        raise InvalidInput(option, f"{shown} is not a time of day: seconds go from 00 to 59")
    hours, minutes = found["offset_hours"], found["offset_minutes"]
    if hours is not None and (int(hours) > 23 or int(minutes) > 59):
        raise InvalidInput(
            option,
            f"{found['offset']} is not an offset from UTC: offsets go from -23:59 to +23:59 "
            "(+02:00 is two hours ahead of UTC)",
        )


def _calendar_day(option: str, found: re.Match[str]) -> date:
    return calendar_date(option, int(found["year"]), int(found["month"]), int(found["day"]))


def day_named(options: Mapping[str, str], field: str, typed: TypedDay | None) -> Mapping[str, str]:
    """``options`` with the service's ``field`` named ``today`` when its option was not
    typed: a refusal of the day the command took by default then says so, not naming
    an option the user never gave."""
    return options if typed is not None else {**options, field: "today"}


def coach_day(typed: TypedDay | None, uow: UnitOfWork, coach: Coach) -> date | None:
    """A typed day (if any) as a date: one counted from today, from the coach's today."""
    return None if typed is None else typed.on(_coach_today(uow, coach))


def coach_time(option: str, typed: TypedTime, uow: UnitOfWork, coach: Coach) -> datetime:
    """A typed time placed in the coach's timezone (kept if it has an offset), on its
    day (one counted from today, from the coach's today)."""
    moment = datetime.combine(typed.day.on(_coach_today(uow, coach)), typed.clock)
    return wall_time(option, moment, coach.timezone)


def _coach_today(uow: UnitOfWork, coach: Coach) -> date:
    """Today where the coach is, on the practice's clock (the one the services read)."""
    return uow.now().astimezone(ZoneInfo(coach.timezone)).date()


# ---------------------------------------------------------------- output


def jsonable(value: Any) -> Any:
    """Plain JSON values for dataclasses, enums, dates, sets and tuples. A dataclass
    field with ``metadata={"json": False}`` (something kept to save work, say) is left
    out."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.metadata.get("json", True)
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return json_time(value)  # UTC with a Z, as the web API writes it
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(jsonable(item) for item in value)
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(jsonable(k)): jsonable(v) for k, v in value.items()}
    return value


def text(value: Any) -> str:
    """A value as a person reads it in a terminal."""
    if value is None:
        return "—"
    if isinstance(value, Enum):  # as typed: `--flag cross_cultural` shows cross_cultural
        return str(value.value)
    if isinstance(value, datetime):
        shown = value.astimezone(_SHOWN_IN.get()) if value.tzinfo else value
        return shown.strftime("%Y-%m-%d %H:%M %Z").strip()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset | set | list | tuple):
        items = sorted(value) if isinstance(value, frozenset | set) else value
        return ", ".join(text(item) for item in items) or "—"
    return str(value)


# Where a cell's text had a line break: a row of a table stays one line.
LINE_BREAK = " ⏎ "


def one_line(value: str) -> str:
    """Text of several lines (a note, say) as one: its lines joined by
    :data:`LINE_BREAK`, blank ones left out, a tab as a space."""
    lines = [line.strip() for line in value.replace("\t", " ").splitlines()]
    return LINE_BREAK.join(line for line in lines if line)


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str], *, empty: str = "") -> str:
    """A plain aligned table, or ``empty`` when there are no rows. The last column
    may be long and is not padded. Each row is one line: text of several lines is
    shown on one (:func:`one_line`). A heading may take several lines (``"OPEN\\nQUESTIONS"``),
    so that a heading of words keeps its column narrow: the headings end on one line,
    just above the rows, each shorter one's first line lower down."""
    if not rows and empty:
        return empty
    cells = [[one_line(text(cell)) for cell in row] for row in rows]
    stacked = [h.split("\n") for h in headers]
    height = max((len(h) for h in stacked), default=1)
    heading = [[""] * (height - len(h)) + h for h in stacked]
    widths = [max(shown_width(part) for part in h) for h in stacked]
    for row in cells:
        widths = [max(w, shown_width(c)) for w, c in zip(widths, row, strict=True)]

    def line(values: Sequence[str]) -> str:
        padded = [v + " " * (w - shown_width(v)) for v, w in zip(values, widths, strict=False)]
        return "  ".join([*padded[:-1], values[-1]]).rstrip()

    lines = [line([h[k] for h in heading]) for k in range(height)]
    return "\n".join([*lines, *(line(row) for row in cells)])


def shown_width(value: str) -> int:
    """How many columns a terminal gives ``value``: two for a wide character (Chinese,
    Japanese, Korean), none for a combining accent (the one of "José" written as e and
    ´) or an invisible format character (a zero-width space), one for any other; so a
    table's columns line up whatever script its names are in."""
    width = 0
    for char in value:
        if unicodedata.combining(char) or unicodedata.category(char) in _NO_WIDTH:
            continue
        width += 2 if unicodedata.east_asian_width(char) in _WIDE else 1
    return width


# Unicode categories a terminal shows in no column, and widths it shows in two.
_NO_WIDTH = frozenset({"Mn", "Me", "Cf"})
_WIDE = frozenset({"W", "F"})


def fields_block(pairs: Sequence[tuple[str, Any]]) -> str:
    """``label: value`` lines, labels aligned; empty values are left out. A value of
    several lines keeps them, each under the first."""
    shown = [(label, value) for label, value in pairs if value not in (None, "", (), frozenset())]
    width = max((len(label) for label, _ in shown), default=0)
    indent = "\n" + " " * (width + 2)
    return "\n".join(
        f"{label.ljust(width)}  {indent.join(text(value).splitlines())}" for label, value in shown
    )


# Characters of JSON written at a time by :func:`echo_json`.
JSON_BLOCK = 1 << 16
# What json.dumps(value, ensure_ascii=False) writes, without making an encoder each time.
_ONE_LINE = json.JSONEncoder(ensure_ascii=False).encode


def echo_json(value: Any) -> None:
    """``value`` as JSON (other scripts than Latin kept as they are) and a newline on
    standard output, the value ``json.dumps`` gives: an object's keys a line each, two
    spaces a level in, and each item of a list written whole on a line of its own (an
    utterance of an analysis, a term). Written JSON_BLOCK characters at a time, so that a
    long session's analysis is never held whole as one string. Each item is written as
    ``json.dumps`` writes it without an indent: only then does json use its compiled
    encoder, several times faster than the Python one an indent takes."""
    block: list[str] = []
    size = 0
    for piece in _json_pieces(value, "\n"):
        block.append(piece)
        size += len(piece)
        if size >= JSON_BLOCK:
            typer.echo("".join(block), nl=False)
            block.clear()
            size = 0
    typer.echo("".join(block))


def _json_pieces(value: Any, newline: str) -> Iterator[str]:
    """The JSON of ``value`` for :func:`echo_json`, in pieces; ``newline`` starts a line
    at the depth ``value`` is written at."""
    inner = newline + "  "
    if isinstance(value, dict) and value and all(isinstance(key, str) for key in value):
        opening = "{"
        for key, item in value.items():
            yield f"{opening}{inner}{_ONE_LINE(key)}: "
            yield from _json_pieces(item, inner)
            opening = ","
        yield newline + "}"
    elif isinstance(value, list | tuple) and value:
        opening = "["
        for item in value:
            yield f"{opening}{inner}{_ONE_LINE(item)}"
            opening = ","
        yield newline + "]"
    elif isinstance(value, dict) and value:  # keys other than text, which json turns into text
        yield json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline)
    else:  # a plain value, or an empty list or object
        yield _ONE_LINE(value)


def emit(value: T, fmt: str, render: Callable[[T], str]) -> None:
    """Print ``value`` as JSON or through ``render``."""
    if output_format(fmt) == "json":
        typer.echo(json.dumps(jsonable(value), ensure_ascii=False, indent=2))
    else:
        typer.echo(render(value))


# ---------------------------------------------------------------- the practice


@contextmanager
def practice() -> Iterator[tuple[Store, Coach]]:
    """The open store and the signed-in (default) coach, closed afterwards."""
    # Imported here, not at the top: `coachconn --help` and `analyze` then start
    # without loading the database layer, nor the settings and their validation library.
    from coachconn.config import load_settings
    from coachconn.services.coaches import get_default_coach
    from coachconn.services.setup import open_store

    store = open_store(load_settings())
    try:
        yield store, get_default_coach(store.unit_of_work(readonly=True))
    finally:
        store.close()


def run_service(
    fmt: str,
    render: Callable[[T], str],
    call: Callable[[UnitOfWork, int], T],
    *,
    options: Mapping[str, str] | None = None,
) -> None:
    """The body of most commands: refuse a bad ``--format`` before touching the
    database, ``call`` one service with a fresh unit of work and the coach's id,
    and print what it returns, times in the coach's timezone.

    ``options`` maps the service's field names to the options the user typed
    (``{"duration_min": "--duration"}``), so an error names what they wrote."""
    run_as_coach(fmt, render, lambda uow, coach: call(uow, coach.id), options=options)


def run_as_coach(
    fmt: str,
    render: Callable[[T], str],
    call: Callable[[UnitOfWork, Coach], T],
    *,
    options: Mapping[str, str] | None = None,
) -> T:
    """:func:`run_service` for a call that needs the coach, not just their id
    (to read a time in their timezone). Returns what the call returned, printed."""
    output_format(fmt)
    with practice() as (store, coach), option_names(options or {}):
        result = call(store.unit_of_work(), coach)
    with shown_in_zone_of(coach):
        emit(result, fmt, render)
    return result


@contextmanager
def shown_in_zone_of(coach: Coach) -> Iterator[None]:
    """Inside, :func:`text` shows times in the coach's timezone."""
    token = _SHOWN_IN.set(ZoneInfo(coach.timezone))
    try:
        yield
    finally:
        _SHOWN_IN.reset(token)


@contextmanager
def option_names(options: Mapping[str, str]) -> Iterator[None]:
    """Rename the field of an :class:`InvalidInput` raised inside to the
    option the user typed; a field already written as an option is left be."""
    try:
        yield
    except InvalidInput as err:
        named = options.get(err.field) or COMMON_OPTIONS.get(err.field)
        if named is None or named == err.field:
            raise
        raise err.renamed(named) from None


# Service fields that every command spells the same way on the command line.
COMMON_OPTIONS: dict[str, str] = {
    "expected_version": "--expected-version",
    "engagement_id": "--engagement",
}


def sub_app(name: str, help_text: str) -> typer.Typer:
    """A command group, ``coachconn <name> ...``, registered on the app."""
    sub = CommandGroup(help=help_text, no_args_is_help=True, pretty_exceptions_enable=False)
    app.add_typer(sub, name=name)
    return sub
