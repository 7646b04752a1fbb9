"""Goals and the progress ratings (0–10) given over time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from coachconn.core import validation as v
from coachconn.core.engagements import Dated, check_within
from coachconn.core.errors import InvalidInput
from coachconn.core.goals import (
    RATING_MAX,
    RATING_MIN,
    EngagementGoals,
    GoalRating,
    GoalView,
    RatedGoal,
    ordered_ratings,
)
from coachconn.services.coaches import coach_today
from coachconn.services.engagements import (
    client_name,
    engagement_for_client,
    open_engagement_row,
)
from coachconn.storage.crypto import FieldCipher
from coachconn.storage.tables import ClientRow, GoalRatingRow, GoalRow
from coachconn.storage.uow import UnitOfWork

TABLE = "goals"


def add_goal(
    uow: UnitOfWork,
    coach_id: int,
    client_id: int,
    *,
    engagement_id: int | None = None,
    title: str,
    description: str | None = None,
) -> GoalView:
    """A goal of the client's in their open engagement (or ``engagement_id``, which
    must be theirs and open)."""
    name = v.required_text("title", title, max_len=300, one_line=True)
    about = v.optional_text("description", description)
    with uow:
        engagement, which = engagement_for_client(uow, coach_id, client_id, engagement_id)
        cipher = uow.keys.cipher(coach_id, engagement.client_id)
        now = uow.now()
        row = GoalRow(
            coach_id=coach_id,
            client_id=engagement.client_id,
            engagement_id=engagement.id,
            title=cipher.seal(TABLE, "title", name),
            description=cipher.seal_optional(TABLE, "description", about),
            created_at=now,
            updated_at=now,
        )
        uow.session.add(row)
        uow.flush()
        view = goal_view(row, [], cipher, which.client_name)
        uow.commit()
    return view


def rate_goal(
    uow: UnitOfWork,
    coach_id: int,
    goal_id: int,
    *,
    rating: int,
    rated_on: date | None = None,
) -> RatedGoal:
    """Add a progress rating (0–10) for a day (default today where the coach is,
    never in the future). Returns the rating given and the goal with every rating.
    A completed engagement's goals take no more ratings, as it takes no new work: one
    dated after its end is refused naming ``rated_on``."""
    score = v.int_between("rating", rating, RATING_MIN, RATING_MAX)
    with uow:
        today = coach_today(uow, coach_id)
        day = v.a_date("rated_on", rated_on or today)
        if day > today:
            raise InvalidInput("rated_on", "cannot be in the future")
        goal = uow.owned(GoalRow, coach_id, goal_id, "goal")
        dated = Dated("rated_on", day)
        engagement = open_engagement_row(uow, coach_id, goal.engagement_id, dated)
        check_within("rated_on", day, engagement.started_on, None)
        row = GoalRatingRow(
            coach_id=coach_id,
            client_id=goal.client_id,
            goal_id=goal.id,
            rating=score,
            rated_on=day,
            created_at=uow.now(),
        )
        uow.session.add(row)
        uow.flush()
        view = _view(uow, goal)
        uow.commit()
    given = next(r for r in view.ratings if r.id == row.id)
    return RatedGoal(rating=given, goal=view)


def get_goal(uow: UnitOfWork, coach_id: int, goal_id: int) -> GoalView:
    with uow:
        return _view(uow, uow.owned(GoalRow, coach_id, goal_id, "goal"))


def list_goals(
    uow: UnitOfWork, coach_id: int, client_id: int, *, engagement_id: int | None = None
) -> EngagementGoals:
    """The client's goals, oldest first, each with its ratings over time, in their open
    engagement, else their latest (or ``engagement_id``, which must be theirs), and
    which engagement that is."""
    with uow:
        engagement, which = engagement_for_client(
            uow, coach_id, client_id, engagement_id, reading=True
        )
        goals = uow.session.scalars(
            select(GoalRow)
            .where(GoalRow.coach_id == coach_id, GoalRow.engagement_id == engagement.id)
            .order_by(GoalRow.created_at, GoalRow.id)
        ).all()
        ratings = _ratings(uow, coach_id, [g.id for g in goals])
        cipher = uow.keys.cipher(coach_id, engagement.client_id)
        views = tuple(goal_view(g, ratings, cipher, which.client_name) for g in goals)
        return EngagementGoals(which, views)


def _view(uow: UnitOfWork, goal: GoalRow) -> GoalView:
    """Inside an open unit of work: the goal with its ratings, its client named."""
    client = uow.owned(ClientRow, goal.coach_id, goal.client_id, "client")
    cipher = uow.keys.cipher(goal.coach_id, goal.client_id)
    ratings = _ratings(uow, goal.coach_id, [goal.id])
    return goal_view(goal, ratings, cipher, client_name(uow, client))


def _ratings(uow: UnitOfWork, coach_id: int, goal_ids: Sequence[int]) -> list[GoalRating]:
    if not goal_ids:
        return []
    rows = uow.session.scalars(
        select(GoalRatingRow).where(
            GoalRatingRow.coach_id == coach_id, GoalRatingRow.goal_id.in_(goal_ids)
        )
    )
    return [
        GoalRating(
            id=r.id,
            goal_id=r.goal_id,
            rating=r.rating,
            rated_on=r.rated_on,
            created_at=r.created_at,
        )
        for r in rows
    ]


def goal_view(
    row: GoalRow, ratings: list[GoalRating], cipher: FieldCipher, client_name: str
) -> GoalView:
    return GoalView(
        id=row.id,
        coach_id=row.coach_id,
        client_id=row.client_id,
        client_name=client_name,
        engagement_id=row.engagement_id,
        title=cipher.open(TABLE, "title", row.title),
        description=cipher.open_optional(TABLE, "description", row.description),
        ratings=ordered_ratings([r for r in ratings if r.goal_id == row.id]),
        version=row.version,
        created_at=row.created_at,
    )
