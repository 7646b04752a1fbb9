"""Loading the demo is all or nothing: a failure halfway leaves no client behind."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.concurrency import Meeting, run_together

from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict
from coachconn.demo import PRACTICE
from coachconn.services import clients, goals
from coachconn.services.clients import list_clients
from coachconn.services.coaches import get_coach
from coachconn.services.demo import load_demo, load_demo_practice
from coachconn.storage.store import Store

pytestmark = pytest.mark.db

TODAY = date(2026, 3, 2)


class DiskFull(Exception):
    clients_then = 0


@pytest.fixture
def failing_goal(monkeypatch: pytest.MonkeyPatch) -> DiskFull:
    """The fourth goal the loader adds fails, noting how many clients it had added by
    then (the load is one transaction: no other connection sees them yet)."""
    failure = DiskFull("the disk is full")
    real_add_goal, real_add_client = goals.add_goal, clients.add_client
    calls = 0

    def add_client(*args: Any, **kwargs: Any) -> Any:
        failure.clients_then += 1
        return real_add_client(*args, **kwargs)

    def add_goal(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 4:
            raise failure
        return real_add_goal(*args, **kwargs)

    monkeypatch.setattr(goals, "add_goal", add_goal)
    monkeypatch.setattr(clients, "add_client", add_client)
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


def test_two_loads_at_once_load_the_demo_once(
    store: Store, coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each pauses after finding the practice empty, until the other has looked too
    # (where the database lets both look before either loads).
    meeting = Meeting()
    monkeypatch.setattr(clients, "list_clients", meeting.after(clients.list_clients))

    results = run_together(
        lambda: load_demo_practice(store, coach.id), lambda: load_demo_practice(store, coach.id)
    )

    refused = [str(r) for r in results if isinstance(r, Conflict)]
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "DemoLoaded"]
    assert refused[0].startswith(f"the practice already has {len(PRACTICE.clients)} clients")
    assert len(list_clients(store.unit_of_work(), coach.id)) == len(PRACTICE.clients)
