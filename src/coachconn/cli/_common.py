"""What every record command shares: reading ``--format`` and dates, opening the
practice, calling one service as its coach, and printing the result as text or
JSON.

Bad input raises ``InvalidInput`` naming the option, which ``coachconn.cli.main``
prints as one line.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from coachconn.cli.app import app
from coachconn.config import load_settings
from coachconn.core.errors import InvalidInput

if TYPE_CHECKING:
    from coachconn.core.coaches import Coach
    from coachconn.storage.store import Store
    from coachconn.storage.uow import UnitOfWork

T = TypeVar("T")
FORMATS = ("text", "json")

# ---------------------------------------------------------------- parsing


def output_format(value: str) -> str:
    """``text`` or ``json``; anything else is refused by name."""
    if value not in FORMATS:
        raise InvalidInput("--format", f"expected text or json, got {value!r}")
    return value


def format_option() -> Any:
    return typer.Option("text", "--format", help="Output format: text or json.")


def parse_date(option: str, value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` date, or ``None`` when the option was not given."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(option, f"expected YYYY-MM-DD, got {value!r}") from None


def parse_datetime(option: str, value: str) -> datetime:
    """``YYYY-MM-DD HH:MM`` (or ISO 8601). Without an offset it is this machine's
    local time, which is what a coach at the terminal means."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(option, f"expected 'YYYY-MM-DD HH:MM', got {value!r}") from None
    return moment if moment.tzinfo is not None else moment.astimezone()


# ---------------------------------------------------------------- output


def jsonable(value: Any) -> Any:
    """Plain JSON values for dataclasses, enums, dates, sets and tuples."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
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
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M %Z").strip()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset | set | list | tuple):
        items = sorted(value) if isinstance(value, frozenset | set) else value
        return ", ".join(text(item) for item in items) or "—"
    return str(value)


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str], *, empty: str = "") -> str:
    """A plain aligned table, or ``empty`` when there are no rows. The last column
    may be long and is not padded."""
    if not rows and empty:
        return empty
    cells = [[text(cell) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]

    def line(values: Sequence[str]) -> str:
        padded = [v.ljust(w) for v, w in zip(values[:-1], widths[:-1], strict=True)]
        return "  ".join([*padded, values[-1]]).rstrip()

    return "\n".join([line(list(headers)), *(line(row) for row in cells)])


def fields_block(pairs: Sequence[tuple[str, Any]]) -> str:
    """``label: value`` lines, labels aligned; empty values are left out."""
    shown = [(label, value) for label, value in pairs if value not in (None, "", (), frozenset())]
    width = max((len(label) for label, _ in shown), default=0)
    return "\n".join(f"{label.ljust(width)}  {text(value)}" for label, value in shown)


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
    # without loading the database layer.
    from coachconn.services.coaches import get_default_coach
    from coachconn.services.setup import open_store

    store = open_store(load_settings())
    try:
        yield store, get_default_coach(store.unit_of_work())
    finally:
        store.close()


def run_service(fmt: str, render: Callable[[T], str], call: Callable[[UnitOfWork, int], T]) -> None:
    """The body of most commands: refuse a bad ``--format`` before touching the
    database, ``call`` one service with a fresh unit of work and the coach's id,
    and print what it returns."""
    output_format(fmt)
    with practice() as (store, coach):
        result = call(store.unit_of_work(), coach.id)
    emit(result, fmt, render)


def sub_app(name: str, help_text: str) -> typer.Typer:
    """A command group, ``coachconn <name> ...``, registered on the app."""
    sub = typer.Typer(help=help_text, no_args_is_help=True, pretty_exceptions_enable=False)
    app.add_typer(sub, name=name)
    return sub
