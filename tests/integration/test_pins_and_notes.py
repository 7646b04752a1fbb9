"""Pins to bring up again, and the coach's notes about a client."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.factories import make_client, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import InvalidInput, NotFound
from coachconn.services import clients, notes, pins
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_pins_come_due_on_their_day_and_go_when_resolved(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    client = make_client(store, coach)
    uow = store.unit_of_work()
    later = pins.add_pin(
        uow,
        coach.id,
        client.id,
        text="Ask how the move to Porto went",
        bring_up_on=date(2026, 4, 20),
    )
    now = pins.add_pin(
        uow,
        coach.id,
        client.id,
        text="Daughter's graduation was last week",
        bring_up_on=date(2026, 3, 2),
    )
    anytime = pins.add_pin(uow, coach.id, client.id, text="Prefers tea to coffee")
    due = pins.list_pins(uow, coach.id, client.id, due_on=clock().date())
    assert [p.id for p in due] == [now.id, anytime.id]
    resolved = pins.resolve_pin(uow, coach.id, now.id)
    assert resolved.resolved and resolved.resolved_at == clock()
    assert [p.id for p in pins.list_pins(uow, coach.id, client.id)] == [later.id, anytime.id]
    assert len(pins.list_pins(uow, coach.id, client.id, include_resolved=True)) == 3
    detail = clients.get_client(uow, coach.id, client.id)
    assert [p.id for p in detail.open_pins] == [later.id, anytime.id]


def test_notes_belong_to_the_client_and_optionally_a_session(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    uow = store.unit_of_work()
    free = notes.add_note(uow, coach.id, engagement.client_id, text="Sounded tired on the phone")
    tied = notes.add_note(
        uow,
        coach.id,
        engagement.client_id,
        text="Cried when talking about her father",
        session_id=held.id,
    )
    assert notes.list_notes(uow, coach.id, engagement.client_id) == [free, tied]
    assert notes.list_notes(uow, coach.id, engagement.client_id, session_id=held.id) == [tied]


def test_a_note_cannot_point_at_another_clients_session(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    someone_else = make_client(store, coach, preferred_name="Tove")
    with pytest.raises(InvalidInput) as caught:
        notes.add_note(
            store.unit_of_work(), coach.id, someone_else.id, text="x", session_id=held.id
        )
    assert caught.value.field == "session_id"


def test_empty_text_is_refused(store: Store, coach: Coach) -> None:
    client = make_client(store, coach)
    uow = store.unit_of_work()
    with pytest.raises(InvalidInput):
        pins.add_pin(uow, coach.id, client.id, text=" ")
    with pytest.raises(InvalidInput):
        notes.add_note(uow, coach.id, client.id, text="")
    assert pins.list_pins(uow, coach.id, client.id) == []


def test_it_refuses_another_coachs_pins_and_notes(
    store: Store, coach: Coach, other_coach: Coach
) -> None:
    client = make_client(store, coach)
    uow = store.unit_of_work()
    pin = pins.add_pin(uow, coach.id, client.id, text="Marathon in May")
    with pytest.raises(NotFound):
        pins.resolve_pin(uow, other_coach.id, pin.id)
    with pytest.raises(NotFound):
        pins.list_pins(uow, other_coach.id, client.id)
    with pytest.raises(NotFound):
        notes.add_note(uow, other_coach.id, client.id, text="x")
    with pytest.raises(NotFound):
        notes.list_notes(uow, other_coach.id, client.id)
