"""A coach's name: changed by rename_coach, within the same rules as a new coach's."""

from __future__ import annotations

import pytest

from coachconn.core.coaches import Coach
from coachconn.core.errors import InvalidInput, NotFound
from coachconn.services.coaches import get_coach, rename_coach
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_a_coach_is_renamed(store: Store, coach: Coach) -> None:
    renamed = rename_coach(store.unit_of_work(), coach.id, name="  Ana Ruiz ")

    assert renamed.name == "Ana Ruiz"
    assert get_coach(store.unit_of_work(), coach.id) == renamed


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_a_blank_or_overlong_name_is_refused_and_kept(
    store: Store, coach: Coach, name: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        rename_coach(store.unit_of_work(), coach.id, name=name)

    assert caught.value.field == "name"
    assert get_coach(store.unit_of_work(), coach.id).name == coach.name


def test_a_name_of_120_characters_is_accepted(store: Store, coach: Coach) -> None:
    assert rename_coach(store.unit_of_work(), coach.id, name="x" * 120).name == "x" * 120


def test_an_unknown_coach_is_not_found(store: Store, coach: Coach) -> None:
    with pytest.raises(NotFound):
        rename_coach(store.unit_of_work(), coach.id + 1, name="Ana Ruiz")
