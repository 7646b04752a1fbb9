"""``coachconn goals``: goals and their progress ratings over time."""

from __future__ import annotations

from collections.abc import Sequence

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
    whole_number,
)
from coachconn.core.goals import GoalView, RatedGoal

goals_app = sub_app("goals", "Goals and their progress ratings over time.")
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {
    "title": "--title",
    "description": "--description",
    "rating": "--rating",
    "rated_on": "--on",
}


def _goal_rows(views: Sequence[GoalView]) -> str:
    return table(
        [
            (g.id, g.latest_rating, " ".join(str(r.rating) for r in g.ratings), g.title)
            for g in views
        ],
        ("ID", "NOW", "RATINGS", "GOAL"),
        empty="no goals yet",
    )


def _goal_detail(g: GoalView) -> str:
    head = fields_block(
        [
            ("goal", g.id),
            ("client", g.client_id),
            ("engagement", g.engagement_id),
            ("title", g.title),
            ("description", g.description),
            ("latest rating", g.latest_rating),
        ]
    )
    ratings = [f"  {r.rated_on}  {r.rating}/10" for r in g.ratings]
    return "\n".join([head, *(["ratings:", *ratings] if ratings else [])])


def _rated(r: RatedGoal) -> str:
    given = f"goal {r.goal.id}: rated {r.rating.rating}/10 on {r.rating.rated_on}"
    if r.is_latest or r.latest is None:
        return f"{given} (the latest rating)"
    return f"{given}; the latest is {r.latest.rating}/10 on {r.latest.rated_on}"


@goals_app.command("add")
def goals_add(
    engagement_id: int = id_argument("ENGAGEMENT_ID"),
    title: str = typer.Option(..., "--title"),
    description: str | None = typer.Option(None, "--description"),
    description_file: str | None = text_file_option("--description"),
    fmt: str = format_option(),
) -> None:
    """Add a goal to an engagement."""
    from coachconn.services.goals import add_goal

    output_format(fmt)  # a bad --format is named before the text is read
    given = read_client_text("--description", description, description_file)
    run_service(
        fmt,
        lambda g: f"added goal {g.id}: {g.title}",
        lambda uow, coach_id: add_goal(
            uow, coach_id, engagement_id, title=title, description=given["--description"]
        ),
        options=given.named(_OPTIONS),
    )


@goals_app.command("rate")
def goals_rate(
    goal_id: int = id_argument("GOAL_ID"),
    rating: int = typer.Option(..., "--rating", help="Progress, 0 to 10.", parser=whole_number),
    on: str | None = typer.Option(None, "--on", help=f"{DATE_HELP} (default today)."),
    fmt: str = format_option(),
) -> None:
    """Rate progress on a goal."""
    from coachconn.services.goals import rate_goal

    output_format(fmt)  # a bad --format is named before a bad date
    rated_on = parse_date("--on", on)
    run_as_coach(
        fmt,
        _rated,
        lambda uow, coach: rate_goal(
            uow, coach.id, goal_id, rating=rating, rated_on=coach_day(rated_on, uow, coach)
        ),
        options=_OPTIONS,
    )


@goals_app.command("list")
def goals_list(
    engagement_id: int = id_argument("ENGAGEMENT_ID"), fmt: str = format_option()
) -> None:
    """An engagement's goals with their ratings."""
    from coachconn.services.goals import list_goals

    run_service(
        fmt,
        _goal_rows,
        lambda uow, coach_id: list_goals(uow, coach_id, engagement_id),
        options=_OPTIONS,
    )


@goals_app.command("show")
def goals_show(goal_id: int = id_argument("GOAL_ID"), fmt: str = format_option()) -> None:
    """One goal and its ratings over time."""
    from coachconn.services.goals import get_goal

    run_service(
        fmt, _goal_detail, lambda uow, coach_id: get_goal(uow, coach_id, goal_id), options=_OPTIONS
    )
