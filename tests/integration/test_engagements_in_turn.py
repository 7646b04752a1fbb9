"""A client's engagements do not overlap: a new one starts no earlier than the day the
client's previous one ended, and a refusal names that engagement and changes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from tests.factories import make_client, make_engagement

from coachconn.core.clients import ClientView
from coachconn.core.coaches import Coach
from coachconn.core.engagements import EngagementView
from coachconn.core.errors import InvalidInput
from coachconn.services import engagements
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def _ended(
    store: Store, coach: Coach, client: ClientView, started: date, ended: date
) -> EngagementView:
    made = make_engagement(store, coach, client, started_on=started)
    return engagements.complete_engagement(
        store.unit_of_work(), coach.id, made.id, ended_on=ended
    ).engagement


def _refused(store: Store, coach: Coach, client: ClientView, started: date) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        make_engagement(store, coach, client, started_on=started)
    assert caught.value.field == "started_on"
    return caught.value


def test_a_start_before_the_previous_one_ended_is_refused_and_nothing_is_added(
    store: Store, coach: Coach
) -> None:
    client = make_client(store, coach)
    first = _ended(store, coach, client, date(2026, 1, 5), date(2026, 2, 20))

    refused = _refused(store, coach, client, date(2026, 2, 19))

    assert refused.reason == (
        f"is before the client's previous engagement {first.id} ended (it ran from "
        "2026-01-05 to 2026-02-20); the earliest is 2026-02-20, the day it ended"
    )
    assert engagements.list_engagements(store.unit_of_work(), coach.id, client.id) == [first]


def test_a_renewal_starts_on_the_day_the_previous_one_ended(store: Store, coach: Coach) -> None:
    client = make_client(store, coach)
    first = _ended(store, coach, client, date(2026, 1, 5), date(2026, 2, 20))

    renewal = make_engagement(store, coach, client, started_on=date(2026, 2, 20))

    listed = engagements.list_engagements(store.unit_of_work(), coach.id, client.id)
    assert [e.id for e in listed] == [first.id, renewal.id]


def test_a_renewal_completed_today_is_followed_by_one_starting_today(
    store: Store, coach: Coach
) -> None:
    client = make_client(store, coach)
    first = make_engagement(store, coach, client, started_on=date(2026, 1, 5))
    done = engagements.complete_engagement(store.unit_of_work(), coach.id, first.id)

    renewal = engagements.start_engagement(store.unit_of_work(), coach.id, client.id)

    assert renewal.started_on == done.engagement.ended_on


def test_the_bound_is_the_engagement_that_ended_last(store: Store, coach: Coach) -> None:
    client = make_client(store, coach)
    _ended(store, coach, client, date(2025, 9, 1), date(2025, 12, 19))
    second = _ended(store, coach, client, date(2026, 1, 5), date(2026, 2, 20))

    # Between the two: after the first ended, inside the second.
    refused = _refused(store, coach, client, date(2026, 1, 12))

    assert f"previous engagement {second.id} ended" in refused.reason
    assert "the earliest is 2026-02-20" in refused.reason


def test_another_clients_engagements_do_not_count(store: Store, coach: Coach) -> None:
    client = make_client(store, coach)
    other = make_client(store, coach, preferred_name="Ines")
    _ended(store, coach, other, date(2026, 1, 5), date(2026, 2, 20))

    started = make_engagement(store, coach, client, started_on=date(2026, 1, 12))

    assert started.started_on == date(2026, 1, 12)
