"""``coachconn coach``: you, the coach: your name and the timezone your times are in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from coachconn.cli._common import fields_block, format_option, run_as_coach, sub_app
from coachconn.core.errors import InvalidInput

if TYPE_CHECKING:
    from coachconn.core.coaches import Coach

coach_app = sub_app("coach", "You: your name and the timezone your times are read and shown in.")


def _coach_detail(c: Coach) -> str:
    return fields_block(
        [("coach", c.name), ("email", c.email), ("timezone", c.timezone), ("since", c.created_at)]
    )


@coach_app.command("show")
def coach_show(fmt: str = format_option()) -> None:
    """Your name and timezone."""
    run_as_coach(fmt, _coach_detail, lambda uow, coach: coach)


@coach_app.command("set")
def coach_set(
    name: str | None = typer.Option(None, "--name", metavar="NAME", help="The name you go by."),
    timezone: str | None = typer.Option(
        None,
        "--timezone",
        metavar="TIMEZONE",
        help="An IANA name such as Europe/Berlin: times you type are read in it, "
        "and times are shown in it.",
    ),
    fmt: str = format_option(),
) -> None:
    """Change your name or timezone; what you leave out stays."""
    from coachconn.services.coaches import update_coach

    if name is None and timezone is None:
        raise InvalidInput("coach set", "nothing to change: give --name, --timezone or both")
    run_as_coach(
        fmt,
        lambda c: f"coach: {c.name}, times in {c.timezone}",
        lambda uow, coach: update_coach(uow, coach.id, name=name, timezone=timezone),
        options={"name": "--name", "timezone": "--timezone"},
    )
