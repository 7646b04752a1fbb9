"""Two changes at the same moment keep the rules a check before writing keeps for
one: a client has one open engagement, a session one transcript, a version of
an agreement is acknowledged once, a coach is booked once at a time, and a
completed engagement keeps no session ahead. Each test runs two threads, each
with its own connection, on SQLite and (with COACHCONN_TEST_DATABASE_URL) on
PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from tests.concurrency import Meeting, run_together
from tests.factories import LONG, SHORT, FlagCoder, make_client, make_engagement, make_session

from coachconn.core.agreements import AgreementVersionView
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.engagements import Completion, EngagementView
from coachconn.core.errors import Conflict, InvalidInput
from coachconn.core.goals import RatedGoal
from coachconn.core.sessions import SessionView
from coachconn.services import agreements, engagements, goals, sessions, transcripts
from coachconn.storage.store import Store
from coachconn.storage.tables import SessionRow, SessionTranscriptRow

pytestmark = pytest.mark.db


def _split(results: list[object], kind: type) -> tuple[list[object], list[object]]:
    done = [r for r in results if isinstance(r, kind)]
    return done, [r for r in results if not isinstance(r, kind)]


def test_two_starts_at_once_leave_one_open_engagement(
    store: Store, coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = make_client(store, coach)

    def start() -> EngagementView:
        return engagements.start_engagement(store.unit_of_work(), coach.id, client.id)

    with monkeypatch.context() as patch:
        patch.setattr(
            engagements, "_open_engagement", Meeting().after(engagements._open_engagement)
        )
        results = run_together(start, start)

    started, refused = _split(results, EngagementView)
    assert len(started) == 1, results
    assert len(refused) == 1 and isinstance(refused[0], Conflict), results
    assert "already has an open engagement" in str(refused[0])
    listed = engagements.list_engagements(store.unit_of_work(), coach.id, client.id)
    assert listed == started


def test_two_transcripts_attached_at_once_leave_one(
    store: Store, coach: Coach, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")

    def attach(data: bytes) -> transcripts.TranscriptAnalysisView:
        return transcripts.attach_transcript(
            store.unit_of_work(), coach.id, held.id, data=data, filename="s.txt",
            coder=FlagCoder(), coach="Coach",
        )  # fmt: skip

    with monkeypatch.context() as patch:
        # The second look is the one made again as the transcript is stored.
        patch.setattr(
            transcripts, "_has_transcript", Meeting().after(transcripts._has_transcript, call=2)
        )
        results = run_together(lambda: attach(LONG), lambda: attach(SHORT))

    attached, refused = _split(results, transcripts.TranscriptAnalysisView)
    assert len(attached) == 1, results
    # Refused by the check (it saw the other's) or by the database (it did not).
    assert len(refused) == 1, results
    loser = refused[0]
    assert (isinstance(loser, InvalidInput) and loser.field == "replace") or (
        isinstance(loser, Conflict) and "already has a transcript" in str(loser)
    ), results
    with store.unit_of_work() as uow:
        stored = uow.session.scalars(select(SessionTranscriptRow.id)).all()
    assert stored == [attached[0].id]


def test_two_acknowledgements_at_once_keep_the_first(
    store: Store, coach: Coach, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement = make_engagement(store, coach)
    version = agreements.set_agreement(
        store.unit_of_work(),
        coach.id,
        engagement.client_id,
        kind="working",
        text="Direct feedback.",
    )
    clock.advance(hours=2)

    def acknowledge(minutes_ago: int) -> AgreementVersionView:
        at = clock() - timedelta(minutes=minutes_ago)
        return agreements.acknowledge_agreement(store.unit_of_work(), coach.id, version.id, at=at)

    with monkeypatch.context() as patch:
        patch.setattr(agreements, "_latest", Meeting().after(agreements._latest))
        results = run_together(lambda: acknowledge(90), lambda: acknowledge(30))

    acknowledged, refused = _split(results, AgreementVersionView)
    assert len(acknowledged) == 1, results
    assert len(refused) == 1 and isinstance(refused[0], Conflict), results
    assert "already acknowledged on 2026-03-02" in str(refused[0])
    kept = agreements.get_agreement_version(store.unit_of_work(), coach.id, version.id)
    assert kept.acknowledged_at == acknowledged[0].acknowledged_at  # not overwritten


def test_two_bookings_at_one_time_leave_one_session(
    store: Store, coach: Coach, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two clients, so no rule about one engagement keeps the two apart: only the
    # coach's diary, which a check before writing guards.
    first = make_engagement(store, coach, make_client(store, coach, preferred_name="Robin"))
    second = make_engagement(store, coach, make_client(store, coach, preferred_name="Noor"))
    at = clock() + timedelta(days=2)

    def book(engagement: EngagementView) -> SessionView:
        return sessions.schedule_session(
            store.unit_of_work(), coach.id, engagement.client_id, scheduled_at=at
        )

    with monkeypatch.context() as patch:
        patch.setattr(sessions, "_check_free", Meeting().after(sessions._check_free))
        results = run_together(lambda: book(first), lambda: book(second))

    booked, refused = _split(results, SessionView)
    assert len(booked) == 1, results
    assert len(refused) == 1 and isinstance(refused[0], Conflict), results
    assert f"session {booked[0].id} is booked then" in str(refused[0])
    with store.unit_of_work() as uow:
        assert uow.session.scalars(select(SessionRow.id)).all() == [booked[0].id]


def test_a_booking_as_its_engagement_is_completed_leaves_no_session_in_the_diary(
    store: Store, coach: Coach, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement = make_engagement(store, coach)
    at = clock() + timedelta(days=2)

    def book() -> SessionView:
        return sessions.schedule_session(
            store.unit_of_work(), coach.id, engagement.client_id, scheduled_at=at
        )

    def complete() -> Completion:
        return engagements.complete_engagement(store.unit_of_work(), coach.id, engagement.id)

    meeting = Meeting()
    with monkeypatch.context() as patch:
        # Each pauses once it has read what it checks: the engagement open; its diary.
        patch.setattr(
            sessions, "engagement_for_client", meeting.after(sessions.engagement_for_client)
        )
        patch.setattr(engagements, "_settle_diary", meeting.after(engagements._settle_diary))
        results = run_together(book, complete)

    # Either order a coach could have done them in: booked, then cancelled with the
    # rest of the diary; or completed first, and the booking refused.
    assert isinstance(results[1], Completion), results
    with store.unit_of_work() as uow:
        left = uow.session.scalars(select(SessionRow.status)).all()
    assert "scheduled" not in left, results
    if isinstance(results[0], SessionView):
        assert [s.id for s in results[1].cancelled] == [results[0].id], results


def test_a_rating_as_its_engagement_is_completed_the_day_before_is_not_kept_with_it(
    store: Store, coach: Coach, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement = make_engagement(store, coach)
    goal = goals.add_goal(store.unit_of_work(), coach.id, engagement.client_id, title="Delegate")
    yesterday = clock().date() - timedelta(days=1)

    def rate() -> RatedGoal:
        return goals.rate_goal(store.unit_of_work(), coach.id, goal.id, rating=6)

    def complete() -> Completion:
        return engagements.complete_engagement(
            store.unit_of_work(), coach.id, engagement.id, ended_on=yesterday
        )

    meeting = Meeting()
    with monkeypatch.context() as patch:
        # Each pauses once it has read what it checks: the engagement open; its last rating.
        patch.setattr(goals, "open_engagement_row", meeting.after(goals.open_engagement_row))
        patch.setattr(engagements, "_last_rating", meeting.after(engagements._last_rating))
        results = run_together(rate, complete)

    # Either order refuses the second: a rating today is after an end yesterday, and an
    # end yesterday is before a rating today. Never both, a rating after its end.
    done = [r for r in results if not isinstance(r, Exception)]
    assert len(done) == 1, results
    refused = next(r for r in results if isinstance(r, Exception))
    assert isinstance(refused, InvalidInput | Conflict), results


def test_a_transcript_replaced_is_still_one(store: Store, coach: Coach, clock: FixedClock) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    for data, replacing in ((LONG, False), (SHORT, True)):
        transcripts.attach_transcript(
            store.unit_of_work(), coach.id, held.id, data=data, filename="s.txt",
            coder=FlagCoder(), coach="Coach", replacing=replacing,
        )  # fmt: skip
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(SessionTranscriptRow)) == 1
