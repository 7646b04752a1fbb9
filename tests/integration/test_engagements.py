"""Engagements: one open at a time, status changes, and the phase from sessions held."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.factories import (
    make_cancelled_session,
    make_client,
    make_engagement,
    make_held_sessions,
    make_session,
)

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.engagements import EngagementStatus, Phase
from coachconn.core.errors import Conflict, InvalidInput, NotFound
from coachconn.services import clients, engagements, sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


@pytest.mark.parametrize(
    ("held", "phase"),
    [(0, Phase.INITIAL), (3, Phase.INITIAL), (4, Phase.DEEPENING), (9, Phase.MATURE)],
)
def test_the_phase_follows_sessions_held(
    store: Store, coach: Coach, clock: FixedClock, held: int, phase: Phase
) -> None:
    engagement = make_engagement(store, coach)
    make_held_sessions(store, coach, engagement, held, before=clock())
    shown = engagements.get_engagement(store.unit_of_work(), coach.id, engagement.id)
    assert (shown.sessions_held, shown.phase) == (held, phase)


def test_cancelled_and_missed_sessions_do_not_advance_the_phase(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    make_held_sessions(store, coach, engagement, 3, before=clock())
    make_session(store, coach, engagement, at=clock() - timedelta(days=2), status="no_show")
    make_cancelled_session(store, coach, engagement, at=clock() + timedelta(days=2))
    shown = engagements.get_engagement(store.unit_of_work(), coach.id, engagement.id)
    assert shown.phase == Phase.INITIAL and shown.sessions_held == 3


def test_a_client_has_one_open_engagement_at_a_time(store: Store, coach: Coach) -> None:
    client = make_client(store, coach)
    first = make_engagement(store, coach, client)
    with pytest.raises(Conflict):
        make_engagement(store, coach, client)
    engagements.set_engagement_status(
        store.unit_of_work(), coach.id, first.id, status="completed", ended_on=date(2026, 2, 27)
    )
    second = make_engagement(store, coach, client, started_on=date(2026, 3, 2))
    detail = clients.get_client(store.unit_of_work(), coach.id, client.id)
    assert detail.current_engagement == second
    assert [e.id for e in detail.engagements] == [first.id, second.id]


def test_it_pauses_resumes_and_completes(store: Store, coach: Coach, clock: FixedClock) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    paused = engagements.set_engagement_status(uow, coach.id, engagement.id, status="paused")
    assert paused.status == EngagementStatus.PAUSED and paused.ended_on is None
    engagements.set_engagement_status(uow, coach.id, engagement.id, status="active")
    done = engagements.set_engagement_status(uow, coach.id, engagement.id, status="completed")
    assert done.ended_on == clock().date()
    with pytest.raises(Conflict):
        engagements.set_engagement_status(uow, coach.id, engagement.id, status="active")


def test_a_completed_engagement_takes_no_new_sessions(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    engagements.set_engagement_status(
        store.unit_of_work(), coach.id, engagement.id, status="completed"
    )
    # After the day it ended, the day is what cannot be; on it, the engagement is done.
    with pytest.raises(InvalidInput) as after:
        make_session(store, coach, engagement, at=clock() + timedelta(days=1))
    with pytest.raises(Conflict):
        make_session(store, coach, engagement, at=clock() - timedelta(hours=1))
    assert after.value.field == "scheduled_at"


def test_it_refuses_an_end_before_the_start(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach, started_on=date(2026, 1, 5))
    with pytest.raises(InvalidInput) as caught:
        engagements.set_engagement_status(
            store.unit_of_work(),
            coach.id,
            engagement.id,
            status="completed",
            ended_on=date(2025, 12, 1),
        )
    assert caught.value.field == "ended_on"
    shown = engagements.get_engagement(store.unit_of_work(), coach.id, engagement.id)
    assert shown.status == EngagementStatus.ACTIVE


def test_it_refuses_an_unknown_cadence(store: Store, coach: Coach) -> None:
    client = make_client(store, coach)
    with pytest.raises(InvalidInput) as caught:
        engagements.start_engagement(store.unit_of_work(), coach.id, client.id, cadence="daily")
    assert caught.value.field == "cadence"
    assert engagements.list_engagements(store.unit_of_work(), coach.id) == []


def test_a_stale_status_change_is_a_conflict(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    engagements.change_cadence(
        uow, coach.id, engagement.id, cadence="weekly", expected_version=engagement.version
    )
    with pytest.raises(Conflict):
        engagements.set_engagement_status(
            uow, coach.id, engagement.id, status="paused", expected_version=engagement.version
        )


def test_it_refuses_another_coachs_engagement(
    store: Store, coach: Coach, other_coach: Coach
) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    with pytest.raises(NotFound):
        engagements.get_engagement(uow, other_coach.id, engagement.id)
    with pytest.raises(NotFound):
        engagements.set_engagement_status(uow, other_coach.id, engagement.id, status="paused")
    with pytest.raises(NotFound):
        engagements.start_engagement(uow, other_coach.id, engagement.client_id)
    with pytest.raises(NotFound):
        sessions.list_sessions(uow, other_coach.id, engagement.id)
    assert engagements.list_engagements(uow, other_coach.id) == []
