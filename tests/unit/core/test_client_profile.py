import pytest

from coachconn.core.clients import ClientFlag, RepresentationalSystem, clean_profile_fields
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
