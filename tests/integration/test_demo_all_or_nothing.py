"""Loading the demo is all or nothing: a failure halfway leaves no client behind."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from coachconn.core.coaches import Coach
from coachconn.demo import PRACTICE
from coachconn.services import goals
from coachconn.services.clients import list_clients
from coachconn.services.coaches import get_coach
from coachconn.services.demo import load_demo
from coachconn.storage.store import Store

pytestmark = pytest.mark.db

TODAY = date(2026, 3, 2)


class DiskFull(Exception):
    clients_then = 0


@pytest.fixture
def failing_goal(store: Store, coach: Coach, monkeypatch: pytest.MonkeyPatch) -> DiskFull:
    """The fourth goal the loader adds fails, noting how many clients existed then."""
    failure = DiskFull("the disk is full")
    real_add_goal = goals.add_goal
    calls = 0

    def add_goal(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 4:
            failure.clients_then = len(list_clients(store.unit_of_work(), coach.id))
            raise failure
        return real_add_goal(*args, **kwargs)

    monkeypatch.setattr(goals, "add_goal", add_goal)
    return failure


def test_a_failure_halfway_leaves_no_clients_and_the_name_unchanged(
    store: Store, coach: Coach, failing_goal: DiskFull
) -> None:
    with pytest.raises(DiskFull) as caught:
        load_demo(store, coach.id, today=TODAY)

    assert caught.value is failing_goal
    assert failing_goal.clients_then > 1  # it failed in the middle, not at the start
    assert list_clients(store.unit_of_work(), coach.id) == []
    assert get_coach(store.unit_of_work(), coach.id).name == coach.name


def test_after_a_failed_load_the_demo_loads_whole(
    store: Store, coach: Coach, failing_goal: DiskFull, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(DiskFull):
        load_demo(store, coach.id, today=TODAY)
    monkeypatch.undo()

    load_demo(store, coach.id, today=TODAY)

    assert len(list_clients(store.unit_of_work(), coach.id)) == len(PRACTICE.clients)
