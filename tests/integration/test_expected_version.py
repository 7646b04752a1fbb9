"""``expected_version`` is a whole number; anything else is bad input, not a conflict."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.factories import make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.engagements import EngagementStatus
from coachconn.core.errors import InvalidInput, Stale
from coachconn.services import engagements, sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


@pytest.mark.parametrize("given", ["1", 1.0, True, [1]])
def test_it_refuses_an_expected_version_that_is_not_a_whole_number(
    store: Store, coach: Coach, given: object
) -> None:
    engagement = make_engagement(store, coach)
    with pytest.raises(InvalidInput) as caught:
        engagements.set_engagement_status(
            store.unit_of_work(),
            coach.id,
            engagement.id,
            status="paused",
            expected_version=given,  # type: ignore[arg-type]
        )
    assert caught.value.field == "expected_version"
    assert caught.value.reason == "expected a whole number"
    shown = engagements.get_engagement(store.unit_of_work(), coach.id, engagement.id)
    assert shown.status == EngagementStatus.ACTIVE


def test_a_session_refuses_a_text_expected_version(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() - timedelta(hours=1))
    with pytest.raises(InvalidInput) as caught:
        sessions.record_session(
            store.unit_of_work(),
            coach.id,
            planned.id,
            status="held",
            expected_version=str(planned.version),  # type: ignore[arg-type]
        )
    assert caught.value.field == "expected_version"
    assert sessions.get_session(store.unit_of_work(), coach.id, planned.id) == planned


def test_a_version_no_longer_current_is_stale_naming_both(store: Store, coach: Coach) -> None:
    engagement = make_engagement(store, coach)
    with pytest.raises(Stale) as caught:
        engagements.set_engagement_status(
            store.unit_of_work(), coach.id, engagement.id, status="paused", expected_version=7
        )
    # The command line names both; a page, where no version is typed, says to reload.
    assert (caught.value.version, caught.value.expected) == (engagement.version, 7)
    assert str(caught.value) == "the record was changed by someone else: reload and try again"
    shown = engagements.get_engagement(store.unit_of_work(), coach.id, engagement.id)
    assert shown.status == EngagementStatus.ACTIVE
