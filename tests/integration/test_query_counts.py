"""Listings and a client's page are read in a fixed number of queries, however many
sessions and clients the coach has: none is asked for row by row, nor is each client's
data key (``KeyRing.load`` unwraps a listing's keys in one query)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from tests.factories import (
    LONG,
    attach_text,
    make_client,
    make_engagement,
    make_session,
    move_session,
)

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.services import (
    agreements,
    clients,
    commitments,
    engagements,
    goals,
    notes,
    pins,
    sessions,
    transcripts,
)
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def _add_clients(store: Store, coach: Coach, clock: FixedClock, count: int) -> list[int]:
    """``count`` more clients, each with a session held (with its transcript), one moved
    and the one booked in its place, and one of each record a listing shows (a note, a
    pin, a commitment, a rated goal, an agreement); returns their ids. Each client's
    sessions are an hour apart from the last client's, so none overlaps another."""
    added = []
    for _ in range(count):
        hour = timedelta(hours=len(sessions.list_sessions(store.unit_of_work(), coach.id)))
        engagement = make_engagement(store, coach, make_client(store, coach))
        held = make_session(store, coach, engagement, at=clock() - timedelta(days=2) + hour)
        attach_text(store, coach, held, LONG)
        sessions.record_session(store.unit_of_work(), coach.id, held.id, status="held")
        ahead = make_session(store, coach, engagement, at=clock() + timedelta(days=3) + hour)
        move_session(store, coach, ahead, to=clock() + timedelta(days=20) + hour)
        _add_records(store, coach, engagement.client_id, engagement.id)
        added.append(engagement.client_id)
    return added


def _add_records(store: Store, coach: Coach, client_id: int, engagement_id: int) -> None:
    notes.add_note(store.unit_of_work(), coach.id, client_id, text="Prefers mornings")
    pins.add_pin(store.unit_of_work(), coach.id, client_id, text="Asked about the move")
    commitments.add_commitment(
        store.unit_of_work(), coach.id, client_id, owner="client", text="Draft the plan"
    )
    goal = goals.add_goal(store.unit_of_work(), coach.id, client_id, title="Lead calmly")
    goals.rate_goal(store.unit_of_work(), coach.id, goal.id, rating=4)
    agreements.set_agreement(
        store.unit_of_work(), coach.id, client_id, kind="working", text="We meet fortnightly"
    )


def _count(statements: list[str], read: object) -> int:
    """How many statements ``read`` (a call) sent."""
    statements.clear()
    assert callable(read)
    read()
    return len(statements)


def test_listing_sessions_costs_the_same_for_one_client_or_many(
    store: Store, coach: Coach, clock: FixedClock, statements: list[str]
) -> None:
    first = _add_clients(store, coach, clock, 1)[0]

    def listing() -> None:
        sessions.list_sessions(store.unit_of_work(), coach.id)

    def one_clients() -> None:
        sessions.list_sessions(store.unit_of_work(), coach.id, client_id=first)

    few, few_of_one = _count(statements, listing), _count(statements, one_clients)
    _add_clients(store, coach, clock, 3)
    listed = sessions.list_sessions(store.unit_of_work(), coach.id)

    assert len(listed) == 12
    assert (_count(statements, listing), _count(statements, one_clients)) == (few, few_of_one)
    assert few <= 3
    # What each session shows is all there: its client's name, the session in its place,
    # and its transcript.
    assert {s.client_name for s in listed} == {"Robin"}
    moved = [s for s in listed if s.replaced_by_id is not None]
    assert [s.status.value for s in moved] == ["rescheduled"] * 4
    assert {s.replaced_by_id for s in moved} == {s.id for s in listed if s.replaces_id}
    assert [s.has_transcript for s in listed].count(True) == 4


def test_listing_clients_costs_the_same_for_one_client_or_many(
    store: Store, coach: Coach, clock: FixedClock, statements: list[str]
) -> None:
    _add_clients(store, coach, clock, 1)

    def listing() -> None:
        clients.list_clients(store.unit_of_work(), coach.id)

    few = _count(statements, listing)
    _add_clients(store, coach, clock, 3)

    assert _count(statements, listing) == few
    assert len(clients.list_clients(store.unit_of_work(), coach.id)) == 4


def test_a_client_is_read_without_reading_every_clients_sessions(
    store: Store, coach: Coach, clock: FixedClock, statements: list[str]
) -> None:
    first = _add_clients(store, coach, clock, 1)[0]

    def reading() -> None:
        clients.get_client(store.unit_of_work(), coach.id, first)

    few = _count(statements, reading)
    _add_clients(store, coach, clock, 3)
    assert _count(statements, reading) == few
    # Each question about sessions is asked of this client's (or engagement's) only.
    about_sessions = [s for s in statements if "FROM sessions" in s]
    assert about_sessions
    assert all(
        "sessions.client_id =" in s or "sessions.engagement_id IN" in s for s in about_sessions
    ), about_sessions
    detail = clients.get_client(store.unit_of_work(), coach.id, first)
    assert detail.next_session_at == clock() + timedelta(days=20)
    assert detail.last_session_on == (clock() - timedelta(days=2)).date()


# Every other listing that opens values of one client or many, by what it is given
# besides a unit of work and the coach's id: nothing (the practice's: four items once
# three more clients are added to the first), the first client's id, or its
# engagement's (one client's or one engagement's: as many items then as before).
LISTINGS: dict[str, dict[str, Callable[..., object]]] = {
    "practice": {
        "the practice's commitments": commitments.list_commitments,
        "open commitments of the coach's clients": lambda uow, me: commitments.list_commitments(
            uow, me, status="open", owner="client"
        ),
        "the practice's transcripts": transcripts.list_transcripts,
        "the practice's engagements": engagements.list_engagements,
    },
    "client": {
        "a client's commitments": lambda uow, me, client: commitments.list_commitments(
            uow, me, client_id=client
        ),
        "a client's transcripts": transcripts.list_transcripts,
        "a client's transcript trend": lambda uow, me, client: (
            transcripts.transcript_trend(uow, me, client).sessions
        ),
        "a client's trend and sessions to attach to": lambda uow, me, client: (
            transcripts.trend_and_attachable(uow, me, client).attachable
        ),
        "a client's notes": notes.list_notes,
        "a client's pins": lambda uow, me, client: pins.list_pins(
            uow, me, client, include_resolved=True
        ),
        "a client's engagements": engagements.list_engagements,
        "a client's goals": lambda uow, me, client: list(goals.list_goals(uow, me, client).goals),
        "a client's agreements": lambda uow, me, client: list(
            agreements.list_agreements(uow, me, client).history
        ),
    },
    "engagement": {
        "an engagement's commitments": commitments.list_commitments,
    },
}


@pytest.mark.parametrize(
    ("given", "listing"),
    [pytest.param(given, listing, id=listing) for given in LISTINGS for listing in LISTINGS[given]],
)
def test_a_listing_costs_the_same_for_one_client_or_many(
    store: Store,
    coach: Coach,
    clock: FixedClock,
    statements: list[str],
    given: str,
    listing: str,
) -> None:
    read = LISTINGS[given][listing]
    first = _add_clients(store, coach, clock, 1)[0]
    engagement = engagements.list_engagements(store.unit_of_work(), coach.id, first)[0].id
    ids = {"practice": (), "client": (first,), "engagement": (engagement,)}[given]

    def reading() -> object:
        return read(store.unit_of_work(), coach.id, *ids)

    few = _count(statements, reading)
    before = reading()
    _add_clients(store, coach, clock, 3)
    after = reading()

    assert _count(statements, reading) == few
    assert isinstance(before, list) and isinstance(after, list) and before
    assert len(after) == (4 if given == "practice" else len(before))
    # Each data key is asked for once at most, in one query for the lot.
    assert sum("FROM client_keys" in s for s in statements) <= 1
