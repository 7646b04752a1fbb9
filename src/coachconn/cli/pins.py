"""``coachconn pins``: details to remember and bring up again."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import typer

from coachconn.cli._client_text import read_client_text, text_file_option
from coachconn.cli._common import (
    DATE_HELP,
    coach_day,
    fields_block,
    format_option,
    id_argument,
    output_format,
    parse_date,
    run_as_coach,
    run_service,
    sub_app,
    table,
    whose,
)

if TYPE_CHECKING:
    from coachconn.core.pins import PinView

pins_app = sub_app("pins", "Details to remember and bring up again.")
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {"text": "--text", "bring_up_on": "--bring-up"}


def _state(p: PinView) -> str:
    return "resolved" if p.resolved else "open"


def _pin_rows(views: Sequence[PinView]) -> str:
    return table(
        [(p.id, p.bring_up_on, _state(p), p.text) for p in views],
        ("ID", "BRING UP", "STATE", "PIN"),
        empty="no pins yet",
    )


def _pin_detail(p: PinView) -> str:
    return fields_block(
        [
            ("pin", p.id),
            ("client", f"{p.client_name} (id {p.client_id})"),
            ("bring up", p.bring_up_on),
            ("state", _state(p)),
            ("pinned", p.created_at),
            ("text", p.text),
        ]
    )


@pins_app.command("add")
def pins_add(
    client_id: int = id_argument("CLIENT_ID"),
    pin: str | None = typer.Option(None, "--text", metavar="TEXT", help="What to remember."),
    pin_file: str | None = text_file_option("--text"),
    bring_up: str | None = typer.Option(
        None, "--bring-up", metavar="DAY", help=f"The day to raise it: {DATE_HELP}."
    ),
    fmt: str = format_option(),
) -> None:
    """Pin a detail to remember."""
    from coachconn.services.pins import add_pin

    output_format(fmt)  # a bad --format is named before a bad date or text
    day = parse_date("--bring-up", bring_up)
    given = read_client_text("--text", pin, pin_file)
    words = given.required("--text")
    run_as_coach(
        fmt,
        lambda p: f"pinned {p.id} for {whose(p.client_name, p.client_id)}",
        lambda uow, coach: add_pin(
            uow, coach.id, client_id, text=words, bring_up_on=coach_day(day, uow, coach)
        ),
        options=given.named(_OPTIONS),
    )


@pins_app.command("list")
def pins_list(
    client_id: int = id_argument("CLIENT_ID"),
    include_resolved: bool = typer.Option(False, "--all", help="Resolved pins too."),
    fmt: str = format_option(),
) -> None:
    """A client's pins, dated ones first."""
    from coachconn.services.pins import list_pins

    run_service(
        fmt,
        _pin_rows,
        lambda uow, coach_id: list_pins(
            uow, coach_id, client_id, include_resolved=include_resolved
        ),
        options=_OPTIONS,
    )


@pins_app.command("show")
def pins_show(pin_id: int = id_argument("PIN_ID"), fmt: str = format_option()) -> None:
    """One pin."""
    from coachconn.services.pins import get_pin

    run_service(
        fmt, _pin_detail, lambda uow, coach_id: get_pin(uow, coach_id, pin_id), options=_OPTIONS
    )


@pins_app.command("resolve")
def pins_resolve(pin_id: int = id_argument("PIN_ID"), fmt: str = format_option()) -> None:
    """Mark a pin as dealt with."""
    from coachconn.services.pins import resolve_pin

    run_service(
        fmt,
        lambda p: f"pin {p.id} for {whose(p.client_name, p.client_id)}: resolved",
        lambda uow, coach_id: resolve_pin(uow, coach_id, pin_id),
        options=_OPTIONS,
    )
