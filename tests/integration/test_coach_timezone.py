"""The coach's timezone: set when the practice is made, changed later, always valid."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tests.factories import make_client, make_engagement, make_session

from coachconn.config import Settings
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import InvalidInput
from coachconn.services import clients, coaches
from coachconn.services.setup import initialize
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_a_new_practice_takes_the_timezone_given(settings: Settings, clock: FixedClock) -> None:
    made = initialize(settings, coach_name="Ana", coach_timezone="Europe/Berlin", clock=clock)
    assert made.coach.timezone == "Europe/Berlin"


def test_an_unknown_timezone_is_refused_before_anything_is_made(
    settings: Settings, clock: FixedClock
) -> None:
    with pytest.raises(InvalidInput) as caught:
        initialize(settings, coach_timezone="Mars/Olympus_Mons", clock=clock)
    assert caught.value.field == "timezone"
    assert not settings.data_dir.exists()


def test_the_coach_changes_timezone_and_keeps_the_name(store: Store, coach: Coach) -> None:
    moved = coaches.update_coach(store.unit_of_work(), coach.id, timezone="Asia/Tokyo")
    assert (moved.name, moved.timezone) == (coach.name, "Asia/Tokyo")
    assert coaches.get_coach(store.unit_of_work(), coach.id) == moved


@pytest.mark.parametrize("bad", ["  ", "", "Nowhere/Atall"])
def test_a_blank_or_unknown_timezone_changes_nothing(store: Store, coach: Coach, bad: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        coaches.update_coach(store.unit_of_work(), coach.id, timezone=bad)
    assert caught.value.field == "timezone"
    assert coaches.get_coach(store.unit_of_work(), coach.id) == coach


def test_today_is_the_date_where_the_coach_is(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    clock.set(clock().replace(hour=23))
    coaches.update_coach(store.unit_of_work(), coach.id, timezone="Asia/Tokyo")
    uow = store.unit_of_work()
    with uow:
        assert coaches.coach_today(uow, coach.id) == clock().date() + timedelta(days=1)


def test_the_last_session_a_client_shows_is_dated_where_the_coach_is(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    coaches.update_coach(store.unit_of_work(), coach.id, timezone="Asia/Tokyo")
    client = make_client(store, coach)
    engagement = make_engagement(store, coach, client)
    # 08:00 on 17 March in Tokyo is still the 16th in UTC.
    clock.set(datetime(2026, 3, 20, 0, 0, tzinfo=UTC))
    make_session(
        store, coach, engagement, at=datetime(2026, 3, 16, 23, 0, tzinfo=UTC), status="held"
    )

    detail = clients.get_client(store.unit_of_work(), coach.id, client.id)

    assert detail.last_session_on == date(2026, 3, 17)
