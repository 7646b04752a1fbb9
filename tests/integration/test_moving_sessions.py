"""Moving a session: only a scheduled one, only to a time still ahead, and the
moved session and the one booked in its place point at each other."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.factories import make_cancelled_session, make_engagement, make_session, move_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict, InvalidInput
from coachconn.services import sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_a_session_that_was_held_cannot_be_moved(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(hours=2), status="held")
    with pytest.raises(Conflict, match="only a scheduled session can be moved"):
        sessions.reschedule_session(
            store.unit_of_work(),
            coach.id,
            held.id,
            new_time=clock() + timedelta(days=7),
            changed_by="client",
        )
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == [held]


def test_a_moved_session_and_its_replacement_point_at_each_other(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() + timedelta(days=1))

    moved = move_session(store, coach, planned, to=clock() + timedelta(days=3))

    old = sessions.get_session(store.unit_of_work(), coach.id, planned.id)
    assert (old.replaced_by_id, old.replaces_id) == (moved.id, None)
    assert (moved.replaces_id, moved.replaced_by_id) == (planned.id, None)
    assert sessions.get_session(store.unit_of_work(), coach.id, moved.id) == moved
    listed = sessions.list_sessions(store.unit_of_work(), coach.id, engagement.id)
    assert [(s.id, s.replaces_id, s.replaced_by_id) for s in listed] == [
        (planned.id, None, moved.id),
        (moved.id, planned.id, None),
    ]


def test_a_session_moved_twice_links_each_step(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    first = make_session(store, coach, engagement, at=clock() + timedelta(days=1))
    second = move_session(store, coach, first, to=clock() + timedelta(days=2))

    third = move_session(store, coach, second, to=clock() + timedelta(days=4))

    middle = sessions.get_session(store.unit_of_work(), coach.id, second.id)
    assert (middle.replaces_id, middle.replaced_by_id) == (first.id, third.id)
    assert sessions.get_session(store.unit_of_work(), coach.id, first.id).replaced_by_id == (
        second.id
    )
    assert third.replaces_id == second.id


def test_sessions_booked_or_cancelled_are_linked_to_nothing(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    make_session(store, coach, engagement, at=clock() + timedelta(days=1))
    make_cancelled_session(store, coach, engagement, at=clock() + timedelta(days=2))

    listed = sessions.list_sessions(store.unit_of_work(), coach.id)

    assert [(s.replaces_id, s.replaced_by_id) for s in listed] == [(None, None), (None, None)]


def test_a_refused_move_links_nothing(store: Store, coach: Coach, clock: FixedClock) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() + timedelta(days=1))

    with pytest.raises(InvalidInput):
        move_session(store, coach, planned, to=clock() - timedelta(days=1))

    assert sessions.list_sessions(store.unit_of_work(), coach.id) == [planned]
    assert planned.replaced_by_id is None
