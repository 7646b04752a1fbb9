from datetime import UTC, date, datetime

from coachconn.core.agreements import (
    AGREEMENT_TOPICS,
    AgreementKind,
    AgreementsView,
    AgreementVersionView,
    latest_per_kind,
)
from coachconn.core.engagements import ClientEngagement, EngagementStatus

T = datetime(2026, 1, 5, tzinfo=UTC)


def _version(ident: int, kind: AgreementKind, number: int, acked: bool) -> AgreementVersionView:
    return AgreementVersionView(
        ident, 1, 2, "Zoe", 3, kind, number, f"v{number}", T, T if acked else None
    )


def test_the_latest_version_of_each_kind_wins() -> None:
    history = (
        _version(1, AgreementKind.LOGISTICS, 1, True),
        _version(2, AgreementKind.LOGISTICS, 2, False),
        _version(3, AgreementKind.WORKING, 1, True),
    )
    latest = latest_per_kind(history)
    assert [v.id for v in latest.values()] == [2, 3]
    engagement = ClientEngagement(2, "Zoe", 3, EngagementStatus.ACTIVE, date(2026, 1, 5), None)
    view = AgreementsView(engagement, latest, history)
    assert [v.id for v in view.unacknowledged()] == [2]


def test_every_kind_has_the_seeds_topics() -> None:
    assert set(AGREEMENT_TOPICS) == set(AgreementKind)
    assert "Rescheduling and cancellation policies" in AGREEMENT_TOPICS[AgreementKind.LOGISTICS]
