"""Checks shared by the domain rules. Each raises :class:`InvalidInput` naming the field."""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coachconn.core.clock import as_utc
from coachconn.core.errors import InvalidInput

E = TypeVar("E", bound=StrEnum)

NAME_MAX = 200
TEXT_MAX = 50_000
# Nothing is dated further ahead than this, a session booked or an engagement, a
# commitment or a pin planned: a year 9999 is a typo, and two years is already
# more than anyone plans.
HORIZON = timedelta(days=2 * 365 + 1)


def required_text(
    field: str, value: object, *, max_len: int = TEXT_MAX, one_line: bool = False
) -> str:
    """A non-blank string, trimmed, at most ``max_len`` characters."""
    text = optional_text(field, value, max_len=max_len, one_line=one_line)
    if text is None:
        raise InvalidInput(field, "must not be empty")
    return text


def optional_text(
    field: str, value: object, *, max_len: int = TEXT_MAX, one_line: bool = False
) -> str | None:
    """A trimmed string or ``None``; blank means ``None``.

    Control characters are refused: an escape sequence would repaint a
    terminal that shows the value, and a line break in a name breaks every
    list it appears in. Text of several lines (``one_line=False``) keeps its
    line breaks and tabs; Windows line ends become ``\\n``."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(field, "must be text")
    text = value.replace("\r\n", "\n").strip()
    _check_characters(field, text, one_line=one_line)
    if len(text) > max_len:
        raise InvalidInput(field, f"must be at most {max_len} characters")
    return text or None


# The Unicode line and paragraph separators (U+2028, U+2029), which end a line as \n does.
_LINE_BREAKS = frozenset({"Zl", "Zp"})


def not_text(char: str) -> str:
    """Why a surrogate is refused where text is wanted: no text holds one, and it cannot
    be written as UTF-8. One in U+DC80..U+DCFF stands for a byte of a command-line
    argument that was not UTF-8 (Python's ``surrogateescape``), named as that byte."""
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"must be UTF-8 text (found the byte 0x{code - 0xDC00:02x}, which is not)"
    return f"must be text (found U+{code:04X}, half of a character without its other half)"


# Characters that turn the direction of the text after them (right-to-left override,
# embedding, isolate). In a name, which every list shows amid other columns, one left
# open reverses the rest of the row ("‮Tom" shows the next columns backwards); the marks
# a right-to-left name may hold (U+200E, U+200F) only place neutral characters, and stay.
_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _check_characters(field: str, text: str, *, one_line: bool) -> None:
    allowed = "" if one_line else "\n\t"
    for char in text:
        kind = unicodedata.category(char)
        if kind == "Cs":
            raise InvalidInput(field, not_text(char))
        if one_line and kind in _LINE_BREAKS:
            raise InvalidInput(field, "must be one line")
        if kind == "Cc" and char not in allowed:
            if one_line and char in "\n\r":
                raise InvalidInput(field, "must be one line")
            raise InvalidInput(field, f"must not contain control characters (found {char!r})")
        if one_line and char in _DIRECTION_CONTROLS:
            raise InvalidInput(
                field,
                f"must not contain characters that turn the text's direction (found {char!r})",
            )


def choice(field: str, value: object, enum: type[E]) -> E:
    """One of the enumeration's values (given as the member or its string)."""
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise InvalidInput(field, f"must be one of: {allowed}") from None


def choices(field: str, values: object, enum: type[E]) -> tuple[E, ...]:
    """Distinct enumeration values, in the order first given."""
    if isinstance(values, str) or not _is_iterable(values):
        raise InvalidInput(field, "must be a list")
    picked: list[E] = []
    for value in values:  # type: ignore[attr-defined]
        member = choice(field, value, enum)
        if member not in picked:
            picked.append(member)
    return tuple(picked)


def aware_datetime(field: str, value: object) -> datetime:
    """An aware datetime, converted to UTC."""
    if not isinstance(value, datetime):
        raise InvalidInput(field, "must be a date and time")
    try:
        return as_utc(value)
    except OverflowError:
        raise _off_the_calendar(field, value) from None
    except ValueError:
        raise InvalidInput(field, "must include a timezone") from None


def _off_the_calendar(field: str, value: datetime) -> InvalidInput:
    """A time at the very edge of the calendar (0001-01-01 00:00 in Berlin, say) whose
    moment in UTC falls before year 1 or after year 9999, where no date can hold it."""
    shown = value.isoformat(" ", "minutes")
    return InvalidInput(field, f"{shown} is outside the calendar (years 1 to 9999, in UTC)")


def a_date(field: str, value: object) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidInput(field, "must be a date")
    return value


def within_horizon(field: str, value: date, now: date, zone: tzinfo | None = None) -> None:
    """``value`` is no more than :data:`HORIZON` after ``now``: both days (``now`` the
    coach's today) or both moments (``now`` the time now). The refusal names the last
    day taken, or the last time, in ``zone`` (the coach's) where given."""
    latest = now + HORIZON
    if value > latest:
        if isinstance(latest, datetime):
            shown = latest.astimezone(zone) if zone is not None else latest
            bound = shown.strftime("%Y-%m-%d %H:%M") + ("" if zone is not None else " UTC")
        else:
            bound = latest.isoformat()
        raise InvalidInput(field, f"is more than two years ahead (the latest is {bound})")


# A whole number as people type one: ASCII digits, a sign first if any.
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


def whole_number_text(text: str) -> int | None:
    """The whole number ``text`` writes in ASCII digits (a sign first if any, spaces
    around it let be), else ``None``. ``int()`` alone also reads ``1_0`` as 10 and other
    scripts' digits (``١`` as 1): a slip read as another record's id, never what was
    meant. Too many digits to read (Python's own limit) is ``None`` as well."""
    written = text.strip()
    if _WHOLE_NUMBER.fullmatch(written) is None:
        return None
    try:
        return int(written)
    except ValueError:
        return None


# A number as written with ASCII digits: "12", "-1", "2.5", ".5", "24.", "1e3".
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def number_text(text: str) -> float | None:
    """The number ``text`` writes in ASCII digits, with a decimal point if any (a sign
    first if any, spaces around it let be), else ``None``. ``float()`` alone also reads
    ``1_0`` as 10, other scripts' digits (``١`` as 1) and "inf" or "nan", which nobody
    means as hours. Too many digits to hold is infinity, for the range check to name."""
    written = text.strip()
    return float(written) if _NUMBER.fullmatch(written) else None


def int_between(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(field, "must be a whole number")
    if not low <= value <= high:
        raise InvalidInput(field, f"must be between {low} and {high}")
    return value


def number_between(field: str, value: object, low: float, high: float) -> float:
    """A finite number from ``low`` to ``high``; ``nan`` and infinities are refused.
    Their refusal names the range, not the value: ``inf`` is also what a number typed
    with too many digits to hold reads as, so "not inf" would name what was never
    typed."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput(field, "must be a number")
    if not math.isfinite(value):
        raise InvalidInput(field, f"must be a number between {low:g} and {high:g}")
    if value < low:
        raise InvalidInput(field, f"must be at least {low:g}")
    if value > high:
        raise InvalidInput(field, f"must be at most {high:g}")
    return float(value)


def timezone_name(field: str, value: object) -> str | None:
    """An IANA timezone name such as ``Europe/Lisbon``, or ``None`` for none.
    A blank name is refused rather than taken to mean "none": it is a typo far
    more often than a wish to forget where someone lives."""
    if value is None:
        return None
    name = optional_text(field, value, max_len=64, one_line=True)
    if name is None:
        raise InvalidInput(field, "must be an IANA name such as Europe/Lisbon, not blank")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(field, f"unknown timezone {name!r}") from None
    return name


def wall_time(field: str, value: object, zone: str) -> datetime:
    """A date and time as read on a clock in ``zone``, made aware and converted
    to UTC; one that already has an offset keeps it. A time the clocks skip
    there (the hour lost when they go forward) is refused, and so is one they
    pass twice (going back): which of the two was meant is the coach's to say,
    with the offset, and the refusal names both."""
    if not isinstance(value, datetime):
        raise InvalidInput(field, "must be a date and time")
    if value.tzinfo is not None:
        return aware_datetime(field, value)
    place = ZoneInfo(zone)
    moment = value.replace(tzinfo=place)
    try:
        in_utc = moment.astimezone(UTC)
        back = in_utc.astimezone(place).replace(tzinfo=None)
    except OverflowError:
        raise _off_the_calendar(field, value) from None
    if back != value:
        raise InvalidInput(
            field, f"{value:%Y-%m-%d %H:%M} does not exist in {zone} (the clocks go forward)"
        )
    second = moment.replace(fold=1)
    if second.utcoffset() != moment.utcoffset():
        raise InvalidInput(field, _happens_twice(value, zone, moment, second))
    return in_utc


def _happens_twice(value: datetime, zone: str, first: datetime, second: datetime) -> str:
    """``2026-10-25 02:30 happens twice in Europe/Berlin ...``, naming both offsets."""
    shown = f"{value:%Y-%m-%d %H:%M}"

    def written(moment: datetime, which: str) -> str:
        offset, name = moment.strftime("%z"), moment.tzname() or ""
        label = f"{name}, the {which}" if name[:1].isalpha() else f"the {which}"
        return f"'{shown}{offset[:3]}:{offset[3:]}' ({label})"

    return (
        f"{shown} happens twice in {zone} (the clocks go back): say which with its "
        f"offset, {written(first, 'first')} or {written(second, 'second')}"
    )


def calendar_date(field: str, year: int, month: int, day: int) -> date:
    """The date, or :class:`InvalidInput` saying why there is none: ``2026-02-30 is
    not a date: February 2026 has 28 days``."""
    shown = f"{year:04d}-{month:02d}-{day:02d}"
    if not 1 <= month <= 12:
        raise InvalidInput(field, f"{shown} is not a date: there is no month {month}")
    if year < 1:
        raise InvalidInput(field, f"{shown} is not a date: there is no year 0")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise InvalidInput(
            field, f"{shown} is not a date: {calendar.month_name[month]} {year} has {days} days"
        )
    return date(year, month, day)


# A day named from today: a word, or a signed count of days or weeks.
_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1}
_DAYS_AWAY = re.compile(r"([+-])([0-9]+)([dw])")
DAYS_AWAY_MAX = 9999
DAYS_AWAY_FORMS = "today, tomorrow, yesterday, or days or weeks away: +3d, -2w"


def days_from_today(field: str, value: str) -> int | None:
    """How many days after today (before it, if negative) ``value`` names: ``today``,
    ``tomorrow``, ``yesterday``, or a signed count of days or weeks (``+3d``, ``-2w``),
    in any case; ``None`` when it is none of these, for the caller to read it as a
    date. A count over :data:`DAYS_AWAY_MAX` is refused, naming it. Which day today
    is stays the caller's: the coach's, on the practice's clock."""
    written = value.strip().lower()
    if written in _DAY_WORDS:
        return _DAY_WORDS[written]
    found = _DAYS_AWAY.fullmatch(written)
    if found is None:
        return None
    sign, count, unit = found.groups()
    if int(count) > DAYS_AWAY_MAX:
        raise InvalidInput(
            field, f"{value.strip()} is too far from today: at most {DAYS_AWAY_MAX} days or weeks"
        )
    days = int(count) * (7 if unit == "w" else 1)
    return -days if sign == "-" else days


def time_of_day(field: str, hour: int, minute: int) -> time:
    """The time on a 24-hour clock, or :class:`InvalidInput` saying why not."""
    shown = f"{hour}:{minute:02d}"
    if not 0 <= hour <= 23:
        raise InvalidInput(field, f"{shown} is not a time of day: hours go from 0 to 23")
    if not 0 <= minute <= 59:
        raise InvalidInput(field, f"{shown} is not a time of day: minutes go from 00 to 59")
    return time(hour, minute)


def _is_iterable(value: object) -> bool:
    try:
        iter(value)  # type: ignore[call-overload]
    except TypeError:
        return False
    return True
