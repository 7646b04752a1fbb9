"""Which engagements take new work: an active or paused one does, on any day; a
completed one none, work dated after its end refused by the field that gave the day."""

from __future__ import annotations

from datetime import date

import pytest

from coachconn.core.engagements import Dated, EngagementStatus, check_takes_work
from coachconn.core.errors import Conflict, InvalidInput

ENDED = date(2026, 2, 27)


@pytest.mark.parametrize("status", [EngagementStatus.ACTIVE, EngagementStatus.PAUSED])
@pytest.mark.parametrize("work", [None, Dated("scheduled_at", date(2026, 9, 1))])
def test_an_open_engagement_takes_work_paused_or_not(
    status: EngagementStatus, work: Dated | None
) -> None:
    check_takes_work(12, status, None, work)


@pytest.mark.parametrize("field", ["scheduled_at", "new_time", "rated_on"])
def test_work_dated_after_the_end_is_refused_naming_its_field_and_the_end(field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_takes_work(12, EngagementStatus.COMPLETED, ENDED, Dated(field, date(2026, 2, 28)))

    assert caught.value.field == field
    assert caught.value.reason == (
        "2026-02-28 is after engagement 12 ended on 2026-02-27: "
        "a completed engagement takes no new work"
    )


@pytest.mark.parametrize(
    "work", [None, Dated("rated_on", ENDED), Dated("rated_on", date(2026, 2, 1))]
)
def test_other_work_for_a_completed_engagement_is_a_conflict(work: Dated | None) -> None:
    with pytest.raises(Conflict) as caught:
        check_takes_work(12, EngagementStatus.COMPLETED, ENDED, work)

    assert str(caught.value) == "engagement 12 is completed"
