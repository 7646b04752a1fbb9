"""Which engagement of a client's a use case acts on: a coach gives the client, and the
client's open engagement is taken (or, to read, their latest), unless another of theirs
is named. Once a client has had two engagements their number and their engagement's
differ, so every test here has them differ."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from tests.factories import make_client, make_engagement, make_session

from coachconn.core.clients import ClientView
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.engagements import ClientEngagement, EngagementStatus, EngagementView
from coachconn.core.errors import Conflict, InvalidInput, NotFound
from coachconn.services import agreements, commitments, engagements, goals, notes, pins, sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


@dataclass(frozen=True)
class Practice:
    """Ana, whose first engagement ended and whose renewal is open; Zoe, whose one
    engagement is open; Sam, who has had none."""

    ana: ClientView
    ana_first: EngagementView
    ana_renewal: EngagementView
    zoe: ClientView
    zoe_engagement: EngagementView
    sam: ClientView


@pytest.fixture
def practice(store: Store, coach: Coach) -> Practice:
    ana = make_client(store, coach, preferred_name="Ana Ruiz")
    first = make_engagement(store, coach, ana, started_on=date(2025, 9, 1))
    engagements.complete_engagement(
        store.unit_of_work(), coach.id, first.id, ended_on=date(2026, 1, 30)
    )
    renewal = make_engagement(store, coach, ana, started_on=date(2026, 2, 2))
    zoe = make_client(store, coach, preferred_name="Zoe Martin")
    zoes = make_engagement(store, coach, zoe, started_on=date(2026, 2, 9))
    sam = make_client(store, coach, preferred_name="Sam Okafor")
    # What the tests are about: a client's number is not their engagement's.
    assert zoe.id != zoes.id and ana.id != renewal.id
    return Practice(ana, first, renewal, zoe, zoes, sam)


def _which(
    store: Store,
    coach: Coach,
    client_id: int,
    engagement_id: int | None = None,
    *,
    reading: bool = False,
) -> ClientEngagement:
    with store.unit_of_work() as uow:
        row, which = engagements.engagement_for_client(
            uow, coach.id, client_id, engagement_id, reading=reading
        )
        assert (row.id, row.client_id) == (which.engagement_id, which.client_id)
        return which


@pytest.mark.parametrize("reading", [False, True])
def test_it_takes_the_clients_open_engagement(
    store: Store, coach: Coach, practice: Practice, reading: bool
) -> None:
    zoes = _which(store, coach, practice.zoe.id, reading=reading)
    anas = _which(store, coach, practice.ana.id, reading=reading)

    assert (zoes.engagement_id, zoes.client_name) == (practice.zoe_engagement.id, "Zoe Martin")
    assert anas.engagement_id == practice.ana_renewal.id
    assert anas.takes_work and anas.status == EngagementStatus.ACTIVE


def test_a_paused_engagement_is_still_the_open_one(
    store: Store, coach: Coach, practice: Practice
) -> None:
    engagements.set_engagement_status(
        store.unit_of_work(), coach.id, practice.zoe_engagement.id, status="paused"
    )
    which = _which(store, coach, practice.zoe.id)
    assert which.engagement_id == practice.zoe_engagement.id and which.takes_work


def test_reading_falls_back_to_the_latest_engagement_when_none_is_open(
    store: Store, coach: Coach, practice: Practice
) -> None:
    engagements.complete_engagement(
        store.unit_of_work(), coach.id, practice.ana_renewal.id, ended_on=date(2026, 2, 27)
    )
    which = _which(store, coach, practice.ana.id, reading=True)
    assert which.engagement_id == practice.ana_renewal.id
    assert (which.takes_work, which.ended_on) == (False, date(2026, 2, 27))


def test_adding_needs_an_open_engagement_and_says_how_to_start_one(
    store: Store, coach: Coach, practice: Practice
) -> None:
    engagements.complete_engagement(
        store.unit_of_work(), coach.id, practice.ana_renewal.id, ended_on=date(2026, 2, 27)
    )
    with pytest.raises(Conflict) as ended:
        _which(store, coach, practice.ana.id)
    with pytest.raises(Conflict) as never:
        _which(store, coach, practice.sam.id, reading=True)

    ana, sam = practice.ana.id, practice.sam.id
    assert str(ended.value) == (
        f"client {ana} has no open engagement (Ana Ruiz's last, engagement "
        f"{practice.ana_renewal.id}, was completed on 2026-02-27): start one with "
        f"`coachconn engagements add {ana}`"
    )
    assert str(never.value) == (
        f"client {sam} has no open engagement (Sam Okafor has had none yet): start one "
        f"with `coachconn engagements add {sam}`"
    )


def test_a_named_engagement_of_the_client_is_taken(
    store: Store, coach: Coach, practice: Practice
) -> None:
    first = practice.ana_first.id
    read = _which(store, coach, practice.ana.id, first, reading=True)
    assert (read.engagement_id, read.takes_work) == (first, False)
    # Work is added to an open engagement only, named or not.
    with pytest.raises(Conflict, match=f"engagement {first} is completed"):
        _which(store, coach, practice.ana.id, first)


@pytest.mark.parametrize("reading", [False, True])
def test_another_clients_engagement_is_refused_naming_both(
    store: Store, coach: Coach, practice: Practice, reading: bool
) -> None:
    zoe, ana, renewal = practice.zoe.id, practice.ana.id, practice.ana_renewal.id
    with pytest.raises(InvalidInput) as caught:
        _which(store, coach, zoe, renewal, reading=reading)
    assert caught.value.field == "engagement_id"
    assert caught.value.reason == (
        f"engagement {renewal} is Ana Ruiz's (client {ana}), not Zoe Martin's (client {zoe}); "
        f"see `coachconn engagements list --client {zoe}`"
    )


def test_another_coachs_client_or_engagement_is_not_found(
    store: Store, coach: Coach, other_coach: Coach, practice: Practice
) -> None:
    theirs = make_engagement(store, other_coach, make_client(store, other_coach))
    with pytest.raises(NotFound, match=f"client {practice.zoe.id} not found"):
        _which(store, other_coach, practice.zoe.id, reading=True)
    with pytest.raises(NotFound, match=f"engagement {theirs.id} not found"):
        _which(store, coach, practice.zoe.id, theirs.id, reading=True)
    with pytest.raises(NotFound, match=f"engagement {practice.zoe_engagement.id} not found"):
        _which(store, other_coach, theirs.client_id, practice.zoe_engagement.id, reading=True)


# Each use case that adds to or lists a client's record within an engagement takes the
# client, and acts on the engagement found above.


def test_a_session_is_booked_in_the_clients_open_engagement(
    store: Store, coach: Coach, clock: FixedClock, practice: Practice
) -> None:
    zoes = sessions.schedule_session(
        store.unit_of_work(), coach.id, practice.zoe.id, scheduled_at=clock() + timedelta(days=3)
    )
    # Ana's number is Zoe's engagement's neighbour, not hers: hers is the renewal.
    anas = sessions.schedule_session(
        store.unit_of_work(), coach.id, practice.ana.id, scheduled_at=clock() + timedelta(days=4)
    )

    assert (zoes.client_id, zoes.engagement_id) == (practice.zoe.id, practice.zoe_engagement.id)
    assert zoes.client_name == "Zoe Martin"
    assert (anas.client_id, anas.engagement_id) == (practice.ana.id, practice.ana_renewal.id)


def test_a_session_is_not_booked_in_another_clients_engagement(
    store: Store, coach: Coach, clock: FixedClock, practice: Practice
) -> None:
    with pytest.raises(InvalidInput) as caught:
        sessions.schedule_session(
            store.unit_of_work(),
            coach.id,
            practice.zoe.id,
            engagement_id=practice.ana_renewal.id,
            scheduled_at=clock() + timedelta(days=3),
        )
    assert caught.value.field == "engagement_id"
    assert sessions.list_sessions(store.unit_of_work(), coach.id) == []


def test_a_clients_sessions_are_not_listed_by_another_clients_engagement(
    store: Store, coach: Coach, clock: FixedClock, practice: Practice
) -> None:
    booked = sessions.schedule_session(
        store.unit_of_work(), coach.id, practice.ana.id, scheduled_at=clock() + timedelta(days=3)
    )
    uow = store.unit_of_work()
    with pytest.raises(InvalidInput, match="not Zoe Martin's"):
        sessions.list_sessions(uow, coach.id, practice.ana_renewal.id, client_id=practice.zoe.id)
    listed = sessions.list_sessions(
        uow, coach.id, practice.ana_renewal.id, client_id=practice.ana.id
    )
    assert [s.id for s in listed] == [booked.id]


def test_a_commitment_is_made_in_the_clients_open_engagement(
    store: Store, coach: Coach, practice: Practice
) -> None:
    made = commitments.add_commitment(
        store.unit_of_work(), coach.id, practice.zoe.id, owner="client", text="Call her sister"
    )

    assert (made.client_id, made.engagement_id) == (practice.zoe.id, practice.zoe_engagement.id)
    assert made.client_name == "Zoe Martin"
    listed = commitments.list_commitments(store.unit_of_work(), coach.id)
    assert [(c.id, c.client_name) for c in listed] == [(made.id, "Zoe Martin")]


def test_a_commitment_is_not_made_in_another_clients_engagement(
    store: Store, coach: Coach, practice: Practice
) -> None:
    with pytest.raises(InvalidInput) as caught:
        commitments.add_commitment(
            store.unit_of_work(), coach.id, practice.zoe.id,
            engagement_id=practice.ana_renewal.id, owner="client", text="Call her sister",
        )  # fmt: skip
    assert caught.value.field == "engagement_id"
    assert commitments.list_commitments(store.unit_of_work(), coach.id) == []


def test_a_commitment_is_made_in_a_session_of_its_engagement_only(
    store: Store, coach: Coach, clock: FixedClock, practice: Practice
) -> None:
    zoes = make_session(
        store, coach, practice.zoe_engagement, at=clock() - timedelta(days=1), status="held"
    )
    with pytest.raises(InvalidInput) as caught:
        commitments.add_commitment(
            store.unit_of_work(), coach.id, practice.ana.id, owner="client", text="Walk",
            session_id=zoes.id,
        )  # fmt: skip
    assert caught.value.field == "session_id"
    assert caught.value.reason == (
        f"is a session of engagement {practice.zoe_engagement.id}, not of engagement "
        f"{practice.ana_renewal.id}, which the commitment is made in"
    )
    assert commitments.list_commitments(store.unit_of_work(), coach.id) == []


def test_a_clients_commitments_are_not_listed_by_another_clients_engagement(
    store: Store, coach: Coach, practice: Practice
) -> None:
    with pytest.raises(InvalidInput, match="not Zoe Martin's"):
        commitments.list_commitments(
            store.unit_of_work(), coach.id, practice.ana_renewal.id, client_id=practice.zoe.id
        )


def test_a_goal_is_set_in_the_clients_open_engagement_and_listed_by_client(
    store: Store, coach: Coach, practice: Practice
) -> None:
    goal = goals.add_goal(store.unit_of_work(), coach.id, practice.zoe.id, title="Rest")

    zoes = goals.list_goals(store.unit_of_work(), coach.id, practice.zoe.id)
    anas = goals.list_goals(store.unit_of_work(), coach.id, practice.ana.id)

    assert (goal.client_id, goal.engagement_id) == (practice.zoe.id, practice.zoe_engagement.id)
    assert [g.id for g in zoes.goals] == [goal.id] and zoes.goals[0].client_name == "Zoe Martin"
    assert zoes.engagement.engagement_id == practice.zoe_engagement.id
    assert (anas.engagement.engagement_id, anas.goals) == (practice.ana_renewal.id, ())
    assert goals.get_goal(store.unit_of_work(), coach.id, goal.id).client_name == "Zoe Martin"


def test_a_goal_is_not_set_or_listed_in_another_clients_engagement(
    store: Store, coach: Coach, practice: Practice
) -> None:
    other = practice.ana_renewal.id
    goals.add_goal(store.unit_of_work(), coach.id, practice.ana.id, title="Walk daily")
    with pytest.raises(InvalidInput, match="not Zoe Martin's"):
        goals.add_goal(
            store.unit_of_work(), coach.id, practice.zoe.id, engagement_id=other, title="Rest"
        )
    with pytest.raises(InvalidInput, match="not Zoe Martin's"):
        goals.list_goals(store.unit_of_work(), coach.id, practice.zoe.id, engagement_id=other)
    assert goals.list_goals(store.unit_of_work(), coach.id, practice.zoe.id).goals == ()


def test_an_agreement_is_written_in_the_clients_open_engagement_and_listed_by_client(
    store: Store, coach: Coach, practice: Practice
) -> None:
    version = agreements.set_agreement(
        store.unit_of_work(), coach.id, practice.zoe.id, kind="working", text="Plainly."
    )

    zoes = agreements.list_agreements(store.unit_of_work(), coach.id, practice.zoe.id)
    anas = agreements.list_agreements(store.unit_of_work(), coach.id, practice.ana.id)
    shown = agreements.get_agreement_version(store.unit_of_work(), coach.id, version.id)

    assert (version.client_id, version.engagement_id) == (
        practice.zoe.id,
        practice.zoe_engagement.id,
    )
    assert [v.id for v in zoes.history] == [version.id]
    assert zoes.engagement.engagement_id == practice.zoe_engagement.id
    assert (anas.engagement.engagement_id, anas.history) == (practice.ana_renewal.id, ())
    assert shown.client_name == version.client_name == "Zoe Martin"


def test_an_agreement_is_not_written_or_listed_in_another_clients_engagement(
    store: Store, coach: Coach, practice: Practice
) -> None:
    other = practice.ana_renewal.id
    agreements.set_agreement(
        store.unit_of_work(), coach.id, practice.ana.id, kind="working", text="Plainly."
    )
    with pytest.raises(InvalidInput, match="not Zoe Martin's"):
        agreements.set_agreement(
            store.unit_of_work(), coach.id, practice.zoe.id, engagement_id=other,
            kind="working", text="Gently.",
        )  # fmt: skip
    with pytest.raises(InvalidInput, match="not Zoe Martin's"):
        agreements.list_agreements(
            store.unit_of_work(), coach.id, practice.zoe.id, engagement_id=other
        )
    assert agreements.list_agreements(store.unit_of_work(), coach.id, practice.zoe.id).history == ()


def test_engagements_notes_and_pins_carry_their_clients_name(
    store: Store, coach: Coach, practice: Practice
) -> None:
    uow = store.unit_of_work()
    listed = engagements.list_engagements(uow, coach.id)
    shown = engagements.get_engagement(uow, coach.id, practice.zoe_engagement.id)
    note = notes.add_note(uow, coach.id, practice.zoe.id, text="Sounded tired")
    pin = pins.add_pin(uow, coach.id, practice.zoe.id, text="Her sister's visit")

    assert [(e.id, e.client_name) for e in listed] == [
        (practice.ana_first.id, "Ana Ruiz"),
        (practice.ana_renewal.id, "Ana Ruiz"),
        (practice.zoe_engagement.id, "Zoe Martin"),
    ]
    assert shown.client_name == "Zoe Martin"
    assert note.client_name == notes.get_note(uow, coach.id, note.id).client_name == "Zoe Martin"
    assert pin.client_name == pins.get_pin(uow, coach.id, pin.id).client_name == "Zoe Martin"
    assert [n.client_name for n in notes.list_notes(uow, coach.id, practice.zoe.id)] == [
        "Zoe Martin"
    ]
