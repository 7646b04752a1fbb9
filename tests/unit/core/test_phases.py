import pytest

from coachconn.core.engagements import Cadence, EngagementStatus, Phase, check_transition, phase_for
from coachconn.core.errors import Conflict


@pytest.mark.parametrize(
    ("held", "phase"),
    [
        (0, Phase.INITIAL),
        (1, Phase.INITIAL),
        (3, Phase.INITIAL),
        (4, Phase.DEEPENING),
        (8, Phase.DEEPENING),
        (9, Phase.MATURE),
        (40, Phase.MATURE),
    ],
)
def test_it_derives_the_phase_from_sessions_held(held: int, phase: Phase) -> None:
    assert phase_for(held) == phase


def test_it_refuses_a_negative_count() -> None:
    with pytest.raises(ValueError):
        phase_for(-1)


def test_a_paused_engagement_can_resume_or_complete() -> None:
    check_transition(EngagementStatus.PAUSED, EngagementStatus.ACTIVE)
    check_transition(EngagementStatus.PAUSED, EngagementStatus.COMPLETED)


def test_a_completed_engagement_stays_completed() -> None:
    with pytest.raises(Conflict):
        check_transition(EngagementStatus.COMPLETED, EngagementStatus.ACTIVE)


def test_cadence_knows_its_interval() -> None:
    assert Cadence.FORTNIGHTLY.interval_days == 14
    assert Cadence.AD_HOC.interval_days is None


def test_an_engagement_is_completed_once() -> None:
    with pytest.raises(Conflict, match="already completed"):
        check_transition(EngagementStatus.COMPLETED, EngagementStatus.COMPLETED)
    check_transition(EngagementStatus.PAUSED, EngagementStatus.PAUSED)
