"""Adding, reading, updating and listing clients; each coach sees only their own."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.factories import make_client, make_engagement, make_held_sessions, make_session

from coachconn.core.clients import ClientFlag, RepresentationalSystem
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.engagements import Phase
from coachconn.core.errors import Conflict, InvalidInput, NotFound
from coachconn.services import clients, engagements
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_it_adds_a_client_with_a_full_profile(store: Store, coach: Coach) -> None:
    added = clients.add_client(
        store.unit_of_work(),
        coach.id,
        preferred_name="Ines",
        pronouns="she/her",
        timezone="Europe/Lisbon",
        values="Fairness; time with her kids",
        representational_system="visual",
        flags=["executive", "cross_cultural"],
        relational_patterns="Builds trust slowly, then fiercely loyal",
    )
    shown = clients.get_client(store.unit_of_work(), coach.id, added.id)
    assert shown.client == added
    profile = shown.client.profile
    assert profile.values == "Fairness; time with her kids"
    assert profile.representational_system == RepresentationalSystem.VISUAL
    assert profile.flags == {ClientFlag.EXECUTIVE, ClientFlag.CROSS_CULTURAL}
    assert shown.phase is None and shown.sessions_held == 0


def test_it_refuses_a_blank_name_and_writes_nothing(store: Store, coach: Coach) -> None:
    with pytest.raises(InvalidInput) as caught:
        clients.add_client(store.unit_of_work(), coach.id, preferred_name="  ")
    assert caught.value.field == "preferred_name"
    assert clients.list_clients(store.unit_of_work(), coach.id) == []


def test_it_refuses_an_unknown_timezone_naming_the_field(store: Store, coach: Coach) -> None:
    with pytest.raises(InvalidInput) as caught:
        make_client(store, coach, timezone="Atlantis/Capital")
    assert caught.value.field == "timezone"
    assert clients.list_clients(store.unit_of_work(), coach.id) == []


def test_it_refuses_a_client_for_a_coach_who_does_not_exist(store: Store) -> None:
    with pytest.raises(NotFound):
        clients.add_client(store.unit_of_work(), 999, preferred_name="Ines")


def test_it_refuses_another_coachs_client(store: Store, coach: Coach, other_coach: Coach) -> None:
    client = make_client(store, coach)
    uow = store.unit_of_work()
    with pytest.raises(NotFound):
        clients.get_client(uow, other_coach.id, client.id)
    with pytest.raises(NotFound):
        clients.update_client(uow, other_coach.id, client.id, expected_version=1, values="x")
    with pytest.raises(NotFound):
        clients.erase_client(uow, other_coach.id, client.id)
    assert clients.list_clients(uow, other_coach.id) == []
    assert clients.get_client(uow, coach.id, client.id).client.profile.values is None


def test_it_updates_only_the_fields_given(store: Store, coach: Coach) -> None:
    client = make_client(store, coach, feedback_style="Direct, with examples")
    updated = clients.update_client(
        store.unit_of_work(),
        coach.id,
        client.id,
        expected_version=client.version,
        behavioural_patterns="Overcommits before holidays",
        pronouns=None,
    ).client
    assert updated.version == client.version + 1
    assert updated.profile.feedback_style == "Direct, with examples"
    assert updated.profile.behavioural_patterns == "Overcommits before holidays"
    assert updated.profile.pronouns is None


def test_a_stale_update_is_a_conflict_and_changes_nothing(store: Store, coach: Coach) -> None:
    client = make_client(store, coach)
    uow = store.unit_of_work()
    clients.update_client(uow, coach.id, client.id, expected_version=client.version, goals="Lead")
    with pytest.raises(Conflict):
        clients.update_client(
            uow, coach.id, client.id, expected_version=client.version, goals="Rest"
        )
    assert clients.get_client(uow, coach.id, client.id).client.profile.goals == "Lead"


def test_a_bad_field_in_an_update_changes_nothing(store: Store, coach: Coach) -> None:
    client = make_client(store, coach, values="Craft")
    uow = store.unit_of_work()
    with pytest.raises(InvalidInput) as caught:
        clients.update_client(
            uow, coach.id, client.id, expected_version=client.version, values="Speed", flags=["x"]
        )
    assert caught.value.field == "flags"
    shown = clients.get_client(uow, coach.id, client.id).client
    assert shown.profile.values == "Craft" and shown.version == client.version


def test_the_list_shows_phase_held_count_and_next_session(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    ines = make_client(store, coach, preferred_name="Ines", flags=["resistant"])
    bo = make_client(store, coach, preferred_name="bo")
    engagement = make_engagement(store, coach, ines)
    make_held_sessions(store, coach, engagement, 5, before=clock())
    upcoming = make_session(store, coach, engagement, at=clock() + timedelta(days=3))

    listed = clients.list_clients(store.unit_of_work(), coach.id)

    assert [c.preferred_name for c in listed] == ["bo", "Ines"]
    assert listed[0].id == bo.id and listed[0].phase is None
    summary = listed[1]
    assert summary.flags == {ClientFlag.RESISTANT}
    assert (summary.phase, summary.sessions_held) == (Phase.DEEPENING, 5)
    assert summary.engagement_status == "active"
    assert summary.next_session_at == upcoming.scheduled_at


def test_flags_are_added_and_removed_without_restating_the_rest(store: Store, coach: Coach) -> None:
    client = make_client(store, coach, flags=["executive", "resistant"])

    changed = clients.update_client(
        store.unit_of_work(),
        coach.id,
        client.id,
        expected_version=None,
        add_flags=["cross_cultural"],
        remove_flags=["resistant"],
    ).client

    assert changed.profile.flags == {ClientFlag.EXECUTIVE, ClientFlag.CROSS_CULTURAL}
    with pytest.raises(InvalidInput):
        clients.update_client(
            store.unit_of_work(),
            coach.id,
            client.id,
            expected_version=None,
            add_flags=["resistant"],
            flags=["executive"],
        )


def test_an_update_that_changes_nothing_keeps_the_version(store: Store, coach: Coach) -> None:
    client = make_client(store, coach, pronouns="she/her", flags=["executive"])

    done = clients.update_client(
        store.unit_of_work(),
        coach.id,
        client.id,
        expected_version=client.version,
        remove_flags=["resistant"],
        add_flags=["executive"],
        pronouns="she/her",
    )

    assert not done.changed
    assert done.client.version == client.version
    assert [(u.field, u.reason) for u in done.unchanged] == [
        ("pronouns", "already 'she/her'"),
        ("add_flags", "already has flag 'executive'"),
        ("remove_flags", "no flag 'resistant' to remove"),
    ]
    shown = clients.get_client(store.unit_of_work(), coach.id, client.id).client
    assert shown.version == client.version
    assert shown.profile.flags == {ClientFlag.EXECUTIVE}


def test_the_next_edit_against_the_same_version_is_not_a_conflict(
    store: Store, coach: Coach
) -> None:
    client = make_client(store, coach)
    uow = store.unit_of_work()
    clients.update_client(
        uow, coach.id, client.id, expected_version=client.version, remove_flags=["resistant"]
    )

    done = clients.update_client(
        uow, coach.id, client.id, expected_version=client.version, pronouns="he/him"
    )

    assert done.changed and not done.unchanged
    assert done.client.version == client.version + 1
    assert done.client.profile.pronouns == "he/him"


def test_a_partly_useless_update_changes_the_rest_and_says_what_it_left(
    store: Store, coach: Coach
) -> None:
    client = make_client(store, coach, preferred_name="Ines")

    done = clients.update_client(
        store.unit_of_work(),
        coach.id,
        client.id,
        expected_version=None,
        preferred_name="Ines",
        goals="Lead the new team",
    )

    assert done.changed
    assert done.client.version == client.version + 1
    assert [(u.field, u.reason) for u in done.unchanged] == [("preferred_name", "already 'Ines'")]


def test_a_stale_version_is_a_conflict_even_when_nothing_would_change(
    store: Store, coach: Coach
) -> None:
    client = make_client(store, coach)
    uow = store.unit_of_work()
    clients.update_client(uow, coach.id, client.id, expected_version=None, goals="Lead")

    with pytest.raises(Conflict):
        clients.update_client(
            uow, coach.id, client.id, expected_version=client.version, goals="Lead"
        )


def test_the_last_session_shown_is_the_clients_across_engagements(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    client = make_client(store, coach)
    first = make_engagement(store, coach, client)
    held_at = clock() - timedelta(days=10)
    make_session(store, coach, first, at=held_at, status="held")
    engagements.complete_engagement(store.unit_of_work(), coach.id, first.id)
    make_engagement(store, coach, client, started_on=clock().date())
    # Another client's later session is theirs, not this client's.
    later = clock() - timedelta(days=1)
    make_session(store, coach, make_engagement(store, coach), at=later, status="held")

    detail = clients.get_client(store.unit_of_work(), coach.id, client.id)

    assert detail.current_engagement is not None
    assert detail.current_engagement.sessions_held == 0
    assert detail.last_session_on == held_at.date()
