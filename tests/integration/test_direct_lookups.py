"""Reading one note, pin or commitment by its id, for its coach only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.factories import make_engagement

from coachconn.core.coaches import Coach
from coachconn.core.errors import NotFound
from coachconn.services import (
    agreements,
    clients,
    commitments,
    engagements,
    goals,
    notes,
    pins,
    sessions,
)
from coachconn.storage.store import Store
from coachconn.storage.uow import UnitOfWork

pytestmark = pytest.mark.db

Getter = Callable[[UnitOfWork, int, int], object]
GETTERS: dict[str, Getter] = {
    "note": notes.get_note,
    "pin": pins.get_pin,
    "commitment": commitments.get_commitment,
}


def test_a_note_is_read_by_its_id(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    added = notes.add_note(
        store.unit_of_work(), coach.id, engagement.client_id, text="Sounded tired on the phone"
    )

    assert notes.get_note(store.unit_of_work(), coach.id, added.id) == added


def test_a_pin_is_read_by_its_id_even_once_resolved(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    added = pins.add_pin(store.unit_of_work(), coach.id, engagement.client_id, text="Marathon")
    resolved = pins.resolve_pin(store.unit_of_work(), coach.id, added.id)

    assert pins.get_pin(store.unit_of_work(), coach.id, added.id) == resolved


def test_a_commitment_is_read_by_its_id(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    added = commitments.add_commitment(
        store.unit_of_work(),
        coach.id,
        engagement.client_id,
        owner="client",
        text="Block two mornings",
    )

    assert commitments.get_commitment(store.unit_of_work(), coach.id, added.id) == added


@pytest.mark.parametrize("kind", GETTERS)
def test_another_coachs_record_is_not_found(
    store: Store, coach: Coach, other_coach: Coach, kind: str
) -> None:
    engagement = make_engagement(store, coach)
    ident = _one_of_each(store, coach, engagement.id, engagement.client_id)[kind]

    with pytest.raises(NotFound) as caught:
        GETTERS[kind](store.unit_of_work(), other_coach.id, ident)

    assert str(caught.value) == f"{kind} {ident} not found"


@pytest.mark.parametrize("kind", GETTERS)
def test_an_id_that_does_not_exist_is_not_found(store: Store, coach: Coach, kind: str) -> None:
    with pytest.raises(NotFound):
        GETTERS[kind](store.unit_of_work(), coach.id, 404)


def _one_of_each(store: Store, coach: Coach, engagement_id: int, client_id: int) -> dict[str, int]:
    uow = store.unit_of_work()
    return {
        "note": notes.add_note(uow, coach.id, client_id, text="x").id,
        "pin": pins.add_pin(uow, coach.id, client_id, text="x").id,
        "commitment": commitments.add_commitment(
            uow, coach.id, client_id, engagement_id=engagement_id, owner="coach", text="x"
        ).id,
    }


# Ids a row can never have on either database: the schema's ids are INTEGER, 32 bits
# on PostgreSQL, which refuses even to compare one past that ("integer out of range").
# Typed in a command or a web address, each is simply not found, as on SQLite.
BEYOND_ANY_ID = (2**31, 2**63 - 1, 2**63, -(2**31) - 1)
LOOKUPS: dict[str, Getter] = {
    "client": clients.get_client,
    "engagement": engagements.get_engagement,
    "session": sessions.get_session,
    "goal": goals.get_goal,
    "agreement version": agreements.get_agreement_version,
    **GETTERS,
}


@pytest.mark.parametrize("ident", BEYOND_ANY_ID)
@pytest.mark.parametrize("kind", LOOKUPS)
def test_an_id_beyond_any_row_is_not_found(
    store: Store, coach: Coach, kind: str, ident: int
) -> None:
    with pytest.raises(NotFound) as raised:
        LOOKUPS[kind](store.unit_of_work(), coach.id, ident)
    assert str(raised.value) == f"{kind} {ident} not found"


@pytest.mark.parametrize("ident", BEYOND_ANY_ID)
def test_a_listing_for_a_client_id_beyond_any_row_says_it_is_not_found(
    store: Store, coach: Coach, ident: int
) -> None:
    with pytest.raises(NotFound, match=f"^client {ident} not found$"):
        notes.list_notes(store.unit_of_work(), coach.id, ident)
