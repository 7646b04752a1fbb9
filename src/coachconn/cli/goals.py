"""``coachconn goals``: goals and their progress ratings over time."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from coachconn.cli._client_text import read_client_text, text_file_option
from coachconn.cli._common import (
    DATE_HELP,
    coach_day,
    day_named,
    engagement_option,
    fields_block,
    format_option,
    id_argument,
    output_format,
    parse_date,
    records_of,
    run_as_coach,
    run_service,
    sub_app,
    table,
    whole_number,
    whose,
)

if TYPE_CHECKING:
    from coachconn.core.goals import EngagementGoals, GoalView, RatedGoal

goals_app = sub_app("goals", "Goals and their progress ratings over time.")
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {
    "title": "--title",
    "description": "--description",
    "rating": "--rating",
    "rated_on": "--on",
}


def _goal_rows(found: EngagementGoals) -> str:
    heading = records_of("Goals", found.engagement)
    if not found.goals:
        return f"{heading}: none yet"
    rows = table(
        [
            (g.id, g.latest_rating, " ".join(str(r.rating) for r in g.ratings), g.title)
            for g in found.goals
        ],
        ("ID", "NOW", "RATINGS", "GOAL"),
    )
    return f"{heading}\n{rows}"


def _goal_detail(g: GoalView) -> str:
    head = fields_block(
        [
            ("goal", g.id),
            ("client", f"{g.client_name} (id {g.client_id})"),
            ("engagement", g.engagement_id),
            ("title", g.title),
            ("description", g.description),
            ("latest rating", g.latest_rating),
        ]
    )
    ratings = [f"  {r.rated_on}  {r.rating}/10" for r in g.ratings]
    return "\n".join([head, *(["ratings:", *ratings] if ratings else [])])


def _rated(r: RatedGoal) -> str:
    g = r.goal
    rated = f"rated {r.rating.rating}/10 on {r.rating.rated_on}"
    given = f"goal {g.id} for {whose(g.client_name, g.client_id, g.engagement_id)}: {rated}"
    if r.is_latest or r.latest is None:
        return f"{given} (the latest rating)"
    return f"{given}; the latest is {r.latest.rating}/10 on {r.latest.rated_on}"


@goals_app.command("add")
def goals_add(
    client_id: int = id_argument("CLIENT_ID"),
    title: str = typer.Option(..., "--title", metavar="TITLE", help="The goal, in a few words."),
    description: str | None = typer.Option(
        None, "--description", metavar="TEXT", help="What reaching it would look like."
    ),
    description_file: str | None = text_file_option("--description"),
    engagement: int | None = engagement_option(),
    fmt: str = format_option(),
) -> None:
    """Add a goal of a client's, in their open engagement."""
    from coachconn.services.goals import add_goal

    output_format(fmt)  # a bad --format is named before the text is read
    given = read_client_text("--description", description, description_file)
    run_service(
        fmt,
        lambda g: (
            f"added goal {g.id} for {whose(g.client_name, g.client_id, g.engagement_id)}: {g.title}"
        ),
        lambda uow, coach_id: add_goal(
            uow,
            coach_id,
            client_id,
            engagement_id=engagement,
            title=title,
            description=given["--description"],
        ),
        options=given.named(_OPTIONS),
    )


@goals_app.command("rate")
def goals_rate(
    goal_id: int = id_argument("GOAL_ID"),
    rating: int = typer.Option(
        ..., "--rating", metavar="SCORE", help="Progress, 0 to 10.", parser=whole_number
    ),
    on: str | None = typer.Option(
        None, "--on", metavar="DAY", help=f"{DATE_HELP} (default today)."
    ),
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
        options=day_named(_OPTIONS, "rated_on", rated_on),
    )


@goals_app.command("list")
def goals_list(
    client_id: int = id_argument("CLIENT_ID"),
    engagement: int | None = engagement_option(reading=True),
    fmt: str = format_option(),
) -> None:
    """A client's goals with their ratings, in their open engagement (else their latest)."""
    from coachconn.services.goals import list_goals

    run_service(
        fmt,
        _goal_rows,
        lambda uow, coach_id: list_goals(uow, coach_id, client_id, engagement_id=engagement),
        options=_OPTIONS,
    )


@goals_app.command("show")
def goals_show(goal_id: int = id_argument("GOAL_ID"), fmt: str = format_option()) -> None:
    """One goal and its ratings over time."""
    from coachconn.services.goals import get_goal

    run_service(
        fmt, _goal_detail, lambda uow, coach_id: get_goal(uow, coach_id, goal_id), options=_OPTIONS
    )
