"""What the database refuses reaches the user as the right kind of error: a
broken reference or check is bad input, a duplicate is a conflict."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from tests.factories import SHORT, attach_text, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict, InvalidInput
from coachconn.services import agreements, goals
from coachconn.storage import uow as uow_module
from coachconn.storage.store import Store
from coachconn.storage.tables import (
    AgreementVersionRow,
    EngagementRow,
    GoalRatingRow,
    SessionRow,
    SessionTranscriptRow,
)
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
    goal = goals.add_goal(store.unit_of_work(), coach.id, engagement.client_id, title="Delegate")
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
        store.unit_of_work(),
        coach.id,
        engagement.client_id,
        kind="working",
        text="Direct feedback.",
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
    with pytest.raises(Conflict) as caught:
        _write(store, row, finish)
    assert "another version of this agreement was written at the same moment" in str(caught.value)


def _second_open_engagement(store: Store, coach: Coach, clock: FixedClock) -> EngagementRow:
    engagement = make_engagement(store, coach)
    return EngagementRow(
        coach_id=coach.id,
        client_id=engagement.client_id,
        started_on=clock().date(),
        status="paused",  # paused is open too
        cadence="weekly",
        created_at=clock(),
        updated_at=clock(),
    )


@pytest.mark.parametrize("finish", [UnitOfWork.flush, UnitOfWork.commit])
def test_a_second_open_engagement_is_a_conflict_that_says_so(
    store: Store, coach: Coach, clock: FixedClock, finish: Callable[[UnitOfWork], None]
) -> None:
    row = _second_open_engagement(store, coach, clock)
    with pytest.raises(Conflict) as caught:
        _write(store, row, finish)
    assert str(caught.value) == (
        "this client already has an open engagement: complete it before starting another"
    )


def test_completed_engagements_do_not_count_as_open(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    row = _second_open_engagement(store, coach, clock)
    row.status = "completed"
    row.ended_on = clock().date()
    _write(store, row, UnitOfWork.commit)


@pytest.mark.parametrize("finish", [UnitOfWork.flush, UnitOfWork.commit])
def test_a_second_transcript_of_a_session_is_a_conflict_that_says_so(
    store: Store, coach: Coach, clock: FixedClock, finish: Callable[[UnitOfWork], None]
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    attach_text(store, coach, held, SHORT)
    row = SessionTranscriptRow(
        coach_id=coach.id,
        client_id=engagement.client_id,
        session_id=held.id,
        raw_text=b"x",  # sealed in real rows; this one never gets that far
        analysis=b"x",
        created_at=clock(),
    )
    with pytest.raises(Conflict) as caught:
        _write(store, row, finish)
    assert str(caught.value).startswith("this session already has a transcript")


def test_each_uniqueness_rule_of_the_schema_says_what_breaking_it_means() -> None:
    rules = uow_module._unique_rules()

    assert set(uow_module._CLASH_MEANINGS) == set(rules)
    assert rules["uq_agreement_versions_engagement_id_kind_number"] == (
        "agreement_versions.engagement_id, agreement_versions.kind, agreement_versions.number"
    )
