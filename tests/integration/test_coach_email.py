"""A coach's email: kept in lower case, one per coach, within its column's length
on either database."""

from __future__ import annotations

import pytest

from coachconn.core.coaches import Coach
from coachconn.core.errors import Conflict, InvalidInput
from coachconn.services.coaches import create_coach
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_an_email_is_kept_in_lower_case_and_taken_once(store: Store, coach: Coach) -> None:
    made = create_coach(store.unit_of_work(), "Coach C", "Sam.Reyes@Example.org")
    assert made.email == "sam.reyes@example.org"

    with pytest.raises(Conflict, match="already exists"):
        create_coach(store.unit_of_work(), "Coach D", "SAM.REYES@example.org")


def test_an_email_of_the_longest_length_is_kept(store: Store, coach: Coach) -> None:
    email = "a@" + "b" * 314 + ".org"  # 320 characters, the most the column holds
    assert create_coach(store.unit_of_work(), "Coach C", email).email == email


def test_an_email_longer_once_in_lower_case_is_refused_by_name(store: Store, coach: Coach) -> None:
    # "İ" is one character, and two in lower case ("i" and a combining dot): 320 as
    # typed, more than the column holds as kept. PostgreSQL refuses the row ("value
    # too long"), where SQLite took any length.
    email = "a@example." + "İ" * 310
    assert len(email) == 320 and len(email.lower()) > 320
    with pytest.raises(InvalidInput) as raised:
        create_coach(store.unit_of_work(), "Coach C", email)
    assert raised.value.field == "email"
    assert "at most 320 characters" in str(raised.value)
