"""What the database refuses reaches the user as the right kind of error: a
broken reference or check is bad input, a duplicate is a conflict."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.factories import make_engagement

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict, InvalidInput
from coachconn.services import agreements, goals
from coachconn.storage.store import Store
from coachconn.storage.tables import AgreementVersionRow, GoalRatingRow, SessionRow
from coachconn.storage.uow import UnitOfWork

pytestmark = pytest.mark.db


def _write(store: Store, row: object, finish: Callable[[UnitOfWork], None]) -> None:
    uow = store.unit_of_work()
    with uow:
        uow.session.add(row)
        finish(uow)


@pytest.mark.parametrize("finish", [UnitOfWork.flush, UnitOfWork.commit])
def test_a_reference_to_nothing_is_bad_input(
    store: Store, coach: Coach, clock: FixedClock, finish: Callable[[UnitOfWork], None]
) -> None:
    engagement = make_engagement(store, coach)
    row = SessionRow(
        coach_id=coach.id,
        client_id=engagement.client_id,
        engagement_id=engagement.id + 1000,
        scheduled_at=clock(),
        duration_min=60,
        format="video",
        status="scheduled",
        markers=b"",  # a sealed list in real rows; this one never gets that far
        created_at=clock(),
        updated_at=clock(),
    )
    with pytest.raises(InvalidInput) as caught:
        _write(store, row, finish)
    assert caught.value.field == "record"


@pytest.mark.parametrize("finish", [UnitOfWork.flush, UnitOfWork.commit])
def test_a_failed_check_is_bad_input(
    store: Store, coach: Coach, clock: FixedClock, finish: Callable[[UnitOfWork], None]
) -> None:
    engagement = make_engagement(store, coach)
    goal = goals.add_goal(store.unit_of_work(), coach.id, engagement.id, title="Delegate")
    row = GoalRatingRow(
        coach_id=coach.id,
        client_id=engagement.client_id,
        goal_id=goal.id,
        rating=11,
        rated_on=clock().date(),
        created_at=clock(),
    )
    with pytest.raises(InvalidInput):
        _write(store, row, finish)


@pytest.mark.parametrize("finish", [UnitOfWork.flush, UnitOfWork.commit])
def test_a_duplicate_is_still_a_conflict(
    store: Store, coach: Coach, clock: FixedClock, finish: Callable[[UnitOfWork], None]
) -> None:
    engagement = make_engagement(store, coach)
    first = agreements.set_agreement(
        store.unit_of_work(), coach.id, engagement.id, kind="working", text="Direct feedback."
    )
    row = AgreementVersionRow(
        coach_id=coach.id,
        client_id=engagement.client_id,
        engagement_id=engagement.id,
        kind="working",
        number=first.number,
        text=b"x",
        created_at=clock(),
    )
    with pytest.raises(Conflict):
        _write(store, row, finish)
