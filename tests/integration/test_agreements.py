"""Agreements: every change a new immutable version, acknowledged by the client."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from tests.factories import make_engagement

from coachconn.core.agreements import AgreementKind, VersionState
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict, InvalidInput, NotFound
from coachconn.services import agreements
from coachconn.storage.store import Store

pytestmark = pytest.mark.db

LOGISTICS_V1 = "Fortnightly, 60 minutes on video. 24 hours' notice to move a session."
LOGISTICS_V2 = "Fortnightly, 60 minutes on video. 48 hours' notice to move a session."


def test_each_change_is_a_new_version(store: Store, coach: Coach, clock: FixedClock) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    first = agreements.set_agreement(
        uow, coach.id, engagement.client_id, kind="logistics", text=LOGISTICS_V1
    )
    clock.advance(days=14)
    second = agreements.set_agreement(
        uow, coach.id, engagement.client_id, kind="logistics", text=LOGISTICS_V2
    )
    working = agreements.set_agreement(
        uow,
        coach.id,
        engagement.client_id,
        kind="working",
        text="Challenge me directly; name it when I deflect.",
    )
    assert (first.number, second.number, working.number) == (1, 2, 1)

    listed = agreements.list_agreements(uow, coach.id, engagement.client_id)
    assert listed.latest == {AgreementKind.LOGISTICS: second, AgreementKind.WORKING: working}
    assert listed.history == (replace(first, state=VersionState.REPLACED), second, working)
    assert listed.history[0].text == LOGISTICS_V1  # the old version is unchanged


def test_the_same_text_again_is_not_a_new_version(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    first = agreements.set_agreement(
        uow, coach.id, engagement.client_id, kind="logistics", text=LOGISTICS_V1
    )
    again = agreements.set_agreement(
        uow, coach.id, engagement.client_id, kind="logistics", text=f"  {LOGISTICS_V1} "
    )
    assert again == first


def test_the_client_acknowledges_a_version_once(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    version = agreements.set_agreement(
        uow,
        coach.id,
        engagement.client_id,
        kind="relationship",
        text="Confidential except where someone is at risk.",
    )
    acked = agreements.acknowledge_agreement(uow, coach.id, version.id)
    assert acked.acknowledged_at == clock()
    later = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    with pytest.raises(Conflict) as caught:
        agreements.acknowledge_agreement(uow, coach.id, version.id, at=later)
    assert str(caught.value) == (
        "version 1 of the relationship agreement was already acknowledged on 2026-03-02"
    )
    assert agreements.get_agreement_version(uow, coach.id, version.id) == acked
    assert agreements.list_agreements(uow, coach.id, engagement.client_id).unacknowledged() == ()


def test_a_replaced_version_cannot_be_acknowledged(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    old = agreements.set_agreement(
        uow, coach.id, engagement.client_id, kind="logistics", text=LOGISTICS_V1
    )
    clock.advance(hours=1)
    new = agreements.set_agreement(
        uow, coach.id, engagement.client_id, kind="logistics", text=LOGISTICS_V2
    )
    with pytest.raises(Conflict, match="replaced"):
        agreements.acknowledge_agreement(uow, coach.id, old.id)
    listed = agreements.list_agreements(uow, coach.id, engagement.client_id)
    assert listed.unacknowledged() == (new,)


def test_it_refuses_an_unknown_kind_or_empty_text(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    with pytest.raises(InvalidInput) as caught:
        agreements.set_agreement(
            uow, coach.id, engagement.client_id, kind="payment", text="Monthly"
        )
    assert caught.value.field == "kind"
    with pytest.raises(InvalidInput) as caught:
        agreements.set_agreement(uow, coach.id, engagement.client_id, kind="working", text="")
    assert caught.value.field == "text"
    assert agreements.list_agreements(uow, coach.id, engagement.client_id).history == ()


def test_it_refuses_another_coachs_agreements(
    store: Store, coach: Coach, other_coach: Coach
) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    version = agreements.set_agreement(
        uow, coach.id, engagement.client_id, kind="working", text="x"
    )
    with pytest.raises(NotFound):
        agreements.acknowledge_agreement(uow, other_coach.id, version.id)
    with pytest.raises(NotFound):
        agreements.list_agreements(uow, other_coach.id, engagement.client_id)
    with pytest.raises(NotFound):
        agreements.set_agreement(
            uow, other_coach.id, engagement.client_id, kind="working", text="y"
        )
    assert agreements.get_agreement_version(uow, coach.id, version.id).acknowledged_at is None


def test_acknowledging_needs_an_aware_time(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    uow = store.unit_of_work()
    version = agreements.set_agreement(
        uow, coach.id, engagement.client_id, kind="working", text="x"
    )
    with pytest.raises(InvalidInput):
        agreements.acknowledge_agreement(uow, coach.id, version.id, at=datetime(2026, 3, 3))
