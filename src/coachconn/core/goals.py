"""Goals and their progress ratings (0–10) over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from coachconn.core.engagements import ClientEngagement

RATING_MIN = 0
RATING_MAX = 10


@dataclass(frozen=True, slots=True)
class GoalRating:
    id: int
    goal_id: int
    rating: int
    rated_on: date
    created_at: datetime


@dataclass(frozen=True, slots=True)
class GoalView:
    id: int
    coach_id: int
    client_id: int
    client_name: str
    engagement_id: int
    title: str
    description: str | None
    ratings: tuple[GoalRating, ...]
    version: int
    created_at: datetime

    @property
    def latest_rating(self) -> int | None:
        return self.ratings[-1].rating if self.ratings else None


@dataclass(frozen=True, slots=True)
class EngagementGoals:
    """A client's goals in one engagement of theirs, and which engagement that is."""

    engagement: ClientEngagement
    goals: tuple[GoalView, ...]


def ordered_ratings(ratings: list[GoalRating]) -> tuple[GoalRating, ...]:
    """Oldest first; on the same day, the later entry wins the last place."""
    return tuple(sorted(ratings, key=lambda r: (r.rated_on, r.created_at, r.id)))


@dataclass(frozen=True, slots=True)
class RatedGoal:
    """A rating just given, and the goal with all its ratings. The rating given
    for an earlier day is not the goal's latest: ``is_latest`` says which."""

    rating: GoalRating
    goal: GoalView

    @property
    def is_latest(self) -> bool:
        return bool(self.goal.ratings) and self.goal.ratings[-1].id == self.rating.id

    @property
    def latest(self) -> GoalRating | None:
        return self.goal.ratings[-1] if self.goal.ratings else None
