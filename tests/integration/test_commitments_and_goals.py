"""Commitments on both sides, and goals rated over time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.factories import make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.commitments import CommitmentOwner, CommitmentStatus
from coachconn.core.errors import Conflict, InvalidInput, NotFound
from coachconn.services import commitments, goals
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_both_sides_make_commitments_and_close_them(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    mine = commitments.add_commitment(
        uow, coach.id, engagement.client_id, owner="coach", text="Send the article on delegation"
    )
    theirs = commitments.add_commitment(
        uow,
        coach.id,
        engagement.client_id,
        owner="client",
        text="Block two mornings for deep work",
        due_on=date(2026, 3, 16),
    )
    clock.advance(days=2)
    done = commitments.complete_commitment(uow, coach.id, mine.id, expected_version=mine.version)
    dropped = commitments.drop_commitment(uow, coach.id, theirs.id)
    assert done.status == CommitmentStatus.DONE and done.done_at == clock()
    assert dropped.status == CommitmentStatus.DROPPED and dropped.done_at is None
    coach_side = commitments.list_commitments(uow, coach.id, engagement.id, owner="coach")
    assert [c.id for c in coach_side] == [mine.id]
    assert coach_side[0].owner == CommitmentOwner.COACH


def test_a_closed_commitment_stays_closed(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    made = commitments.add_commitment(
        uow, coach.id, engagement.client_id, owner="client", text="Walk"
    )
    commitments.drop_commitment(uow, coach.id, made.id)
    with pytest.raises(Conflict, match="already dropped"):
        commitments.complete_commitment(uow, coach.id, made.id)


def test_a_stale_completion_is_a_conflict(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    made = commitments.add_commitment(
        uow, coach.id, engagement.client_id, owner="client", text="Walk"
    )
    commitments.complete_commitment(uow, coach.id, made.id)
    with pytest.raises(Conflict):
        commitments.drop_commitment(uow, coach.id, made.id, expected_version=made.version)


def test_it_refuses_a_commitment_without_an_owner_it_knows(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    with pytest.raises(InvalidInput) as caught:
        commitments.add_commitment(uow, coach.id, engagement.client_id, owner="team", text="Plan")
    assert caught.value.field == "owner"
    assert commitments.list_commitments(uow, coach.id) == []


def test_goals_keep_their_ratings_in_date_order(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    goal = goals.add_goal(
        uow,
        coach.id,
        engagement.client_id,
        title="Lead the team without rescuing it",
        description="Measured by how often I take work back",
    )
    goals.rate_goal(uow, coach.id, goal.id, rating=6, rated_on=clock().date())
    goals.rate_goal(uow, coach.id, goal.id, rating=3, rated_on=clock().date() - timedelta(days=28))
    listed = goals.list_goals(uow, coach.id, engagement.client_id).goals
    assert [r.rating for r in listed[0].ratings] == [3, 6]
    assert listed[0].latest_rating == 6
    assert listed[0].description == "Measured by how often I take work back"


@pytest.mark.parametrize("rating", [-1, 11, 5.5])
def test_it_refuses_a_rating_outside_zero_to_ten(store: Store, coach: Coach, rating: float) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    goal = goals.add_goal(uow, coach.id, engagement.client_id, title="Sleep before midnight")
    with pytest.raises(InvalidInput) as caught:
        goals.rate_goal(uow, coach.id, goal.id, rating=rating)
    assert caught.value.field == "rating"
    assert goals.get_goal(uow, coach.id, goal.id).ratings == ()


def test_a_rating_cannot_be_dated_in_the_future(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    goal = goals.add_goal(uow, coach.id, engagement.client_id, title="Sleep before midnight")
    with pytest.raises(InvalidInput) as caught:
        goals.rate_goal(uow, coach.id, goal.id, rating=5, rated_on=clock().date() + timedelta(1))
    assert caught.value.field == "rated_on"


def test_it_refuses_another_coachs_commitments_and_goals(
    store: Store, coach: Coach, other_coach: Coach
) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    made = commitments.add_commitment(
        uow, coach.id, engagement.client_id, owner="client", text="Walk"
    )
    goal = goals.add_goal(uow, coach.id, engagement.client_id, title="Rest")
    with pytest.raises(NotFound):
        commitments.complete_commitment(uow, other_coach.id, made.id)
    with pytest.raises(NotFound):
        goals.rate_goal(uow, other_coach.id, goal.id, rating=4)
    with pytest.raises(NotFound):
        goals.list_goals(uow, other_coach.id, engagement.client_id)
    with pytest.raises(NotFound):
        commitments.add_commitment(
            uow, other_coach.id, engagement.client_id, owner="coach", text="x"
        )
    assert commitments.list_commitments(uow, other_coach.id) == []


def test_rating_an_earlier_day_returns_that_rating_and_says_it_is_not_the_latest(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    goal = goals.add_goal(uow, coach.id, engagement.client_id, title="Sleep before midnight")
    newer = goals.rate_goal(uow, coach.id, goal.id, rating=8, rated_on=clock().date())

    older = goals.rate_goal(
        uow, coach.id, goal.id, rating=4, rated_on=clock().date() - timedelta(days=7)
    )

    assert newer.is_latest and newer.rating.rating == 8
    assert (older.rating.rating, older.is_latest) == (4, False)
    assert older.latest == newer.rating
    assert [r.rating for r in older.goal.ratings] == [4, 8]


def test_a_commitment_tells_the_session_it_was_made_in(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(hours=2), status="held")
    uow = store.unit_of_work()

    made = commitments.add_commitment(
        uow, coach.id, engagement.client_id, owner="client", text="Walk", session_id=held.id
    )

    assert made.session_id == held.id
    assert commitments.get_commitment(uow, coach.id, made.id).session_id == held.id
