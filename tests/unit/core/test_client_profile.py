from datetime import UTC, datetime

import pytest

from coachconn.core.clients import (
    ClientFlag,
    ClientProfile,
    ClientView,
    RepresentationalSystem,
    clean_profile_fields,
    client_changes,
)
from coachconn.core.errors import InvalidInput


def test_it_cleans_profile_fields() -> None:
    cleaned = clean_profile_fields(
        {
            "values": "  family, craft  ",
            "representational_system": "kinesthetic",
            "flags": ["executive", "resistant", "executive"],
            "timezone": "Asia/Kolkata",
        }
    )
    assert cleaned["values"] == "family, craft"
    assert cleaned["representational_system"] == RepresentationalSystem.KINESTHETIC
    assert cleaned["flags"] == frozenset({ClientFlag.EXECUTIVE, ClientFlag.RESISTANT})


def test_it_refuses_an_unknown_field_by_name() -> None:
    with pytest.raises(InvalidInput) as caught:
        clean_profile_fields({"favourite_colour": "teal"})
    assert caught.value.field == "favourite_colour"


def test_it_refuses_an_unknown_flag() -> None:
    with pytest.raises(InvalidInput) as caught:
        clean_profile_fields({"flags": ["difficult"]})
    assert caught.value.field == "flags"


def test_flags_must_be_a_list_not_a_string() -> None:
    with pytest.raises(InvalidInput, match="list"):
        clean_profile_fields({"flags": "resistant"})


def _client(**profile: object) -> ClientView:
    return ClientView(
        id=7,
        coach_id=1,
        preferred_name="Noor",
        profile=ClientProfile(**profile),  # type: ignore[arg-type]
        version=3,
        created_at=datetime(2026, 1, 5, tzinfo=UTC),
    )


def test_a_value_the_client_already_has_is_no_change() -> None:
    current = _client(pronouns="she/her", values="A long paragraph about family " * 3)

    changes = client_changes(
        current,
        name="Noor",
        fields={"pronouns": "she/her", "values": current.profile.values, "timezone": None},
    )

    assert not changes.any
    assert [(u.field, u.reason) for u in changes.unchanged] == [
        ("preferred_name", "already 'Noor'"),
        ("pronouns", "already 'she/her'"),
        ("values", "already says that"),
        ("timezone", "already empty"),
    ]


def test_only_what_differs_is_changed() -> None:
    changes = client_changes(
        _client(pronouns="she/her"), name="Noor A.", fields={"pronouns": "they/them"}
    )

    assert changes.any and changes.unchanged == ()
    assert changes.preferred_name == "Noor A."
    assert changes.fields == {"pronouns": "they/them"}


def test_flags_added_or_removed_for_nothing_are_named() -> None:
    current = _client(flags=frozenset({ClientFlag.EXECUTIVE}))

    changes = client_changes(
        current,
        add_flags=frozenset({ClientFlag.EXECUTIVE, ClientFlag.CROSS_CULTURAL}),
        remove_flags=frozenset({ClientFlag.RESISTANT}),
    )

    assert changes.fields == {"flags": {ClientFlag.EXECUTIVE, ClientFlag.CROSS_CULTURAL}}
    assert [u.reason for u in changes.unchanged] == [
        "already has flag 'executive'",
        "no flag 'resistant' to remove",
    ]


def test_removing_a_flag_the_client_does_not_have_changes_nothing() -> None:
    changes = client_changes(_client(), remove_flags=frozenset({ClientFlag.RESISTANT}))

    assert not changes.any
    assert [(u.field, u.reason) for u in changes.unchanged] == [
        ("remove_flags", "no flag 'resistant' to remove")
    ]


def test_the_same_whole_list_of_flags_changes_nothing() -> None:
    flags = frozenset({ClientFlag.RESISTANT, ClientFlag.EXECUTIVE})

    changes = client_changes(_client(flags=flags), fields={"flags": flags})

    assert not changes.any
    assert [u.reason for u in changes.unchanged] == ["already executive, resistant"]
