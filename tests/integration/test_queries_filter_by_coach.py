"""Every query filters by coach, not only the ownership check before it.

A row carrying another coach's id next to one of ``coach``'s ids cannot be made
through the services; the tests write one directly, as a fault or a bug
elsewhere might, and check it never reaches ``coach``.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update
from tests.factories import (
    LONG,
    attach_text,
    make_client,
    make_engagement,
    make_held_days_before,
    make_session,
    move_session,
)

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.engagements import EngagementView
from coachconn.core.errors import IntegrityFailure
from coachconn.core.goals import GoalView
from coachconn.services import agreements, clients, goals, sessions, transcripts
from coachconn.storage.store import Store
from coachconn.storage.tables import (
    AgreementVersionRow,
    GoalRatingRow,
    SessionRow,
    SessionTranscriptRow,
)

pytestmark = pytest.mark.db


def _goal_rated_also_under_another_coach(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock
) -> tuple[EngagementView, GoalView]:
    """A goal of ``coach``'s rated 4, and a rating of 9 for it written straight to the
    database under ``other_coach``'s id."""
    engagement = make_engagement(store, coach)
    goal = goals.add_goal(store.unit_of_work(), coach.id, engagement.client_id, title="Speak first")
    goals.rate_goal(store.unit_of_work(), coach.id, goal.id, rating=4)
    with store.unit_of_work() as uow:
        uow.session.add(
            GoalRatingRow(
                coach_id=other_coach.id,
                client_id=engagement.client_id,
                goal_id=goal.id,
                rating=9,
                rated_on=date(2026, 3, 2),
                created_at=clock(),
            )
        )
        uow.commit()
    return engagement, goal


def test_a_goal_shows_only_its_coachs_ratings(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock
) -> None:
    engagement, goal = _goal_rated_also_under_another_coach(store, coach, other_coach, clock)

    shown = goals.get_goal(store.unit_of_work(), coach.id, goal.id)
    listed = goals.list_goals(store.unit_of_work(), coach.id, engagement.client_id).goals

    assert [r.rating for r in shown.ratings] == [4]
    assert [r.rating for g in listed for r in g.ratings] == [4]


def test_the_current_agreement_is_found_among_its_coachs_versions(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    first = agreements.set_agreement(
        store.unit_of_work(), coach.id, engagement.client_id, kind="logistics", text="Fortnightly."
    )
    uow = store.unit_of_work()
    with uow:
        uow.session.add(
            AgreementVersionRow(
                coach_id=other_coach.id,
                client_id=engagement.client_id,
                engagement_id=engagement.id,
                kind="logistics",
                number=5,
                text=b"not a ciphertext of this client",
                created_at=clock(),
            )
        )
        uow.commit()

    acknowledged = agreements.acknowledge_agreement(store.unit_of_work(), coach.id, first.id)
    second = agreements.set_agreement(
        store.unit_of_work(), coach.id, engagement.client_id, kind="logistics", text="Weekly."
    )

    assert acknowledged.acknowledged_at == clock()
    assert second.number == 2 and second.coach_id == coach.id


def test_a_moved_session_is_replaced_only_by_one_of_its_coachs_sessions(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    planned = make_session(store, coach, engagement, at=clock() + timedelta(days=1))
    moved = move_session(store, coach, planned, to=clock() + timedelta(days=2), changed_by="coach")
    uow = store.unit_of_work()
    with uow:
        # The real replacement lets go, and another coach's row claims the place.
        uow.session.execute(
            update(SessionRow).where(SessionRow.id == moved.id).values(replaces_id=None)
        )
        uow.session.add(
            SessionRow(
                coach_id=other_coach.id,
                client_id=engagement.client_id,
                engagement_id=engagement.id,
                scheduled_at=clock() + timedelta(days=3),
                duration_min=60,
                format="video",
                status="scheduled",
                markers=b"not a ciphertext of this client",
                replaces_id=planned.id,
                created_at=clock(),
                updated_at=clock(),
            )
        )
        uow.commit()

    shown = sessions.get_session(store.unit_of_work(), coach.id, planned.id)

    assert shown.status.value == "rescheduled"
    assert shown.replaced_by_id is None


def test_a_transcripts_neighbours_are_only_its_coachs_sessions_with_its_coachs_transcripts(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    first, bare, third = make_held_days_before(store, coach, engagement, clock(), 20, 13, 6)
    for blank, session in enumerate((first, third)):  # each its own file
        attach_text(store, coach, session, LONG + b"\n" * blank)
    uow = store.unit_of_work()
    with uow:
        # Another coach's session of this client, with a transcript, between the two ...
        stray = SessionRow(
            coach_id=other_coach.id,
            client_id=engagement.client_id,
            engagement_id=engagement.id,
            scheduled_at=clock() - timedelta(days=9),
            duration_min=60,
            format="video",
            status="held",
            markers=b"not a ciphertext of this client",
            created_at=clock(),
            updated_at=clock(),
        )
        uow.session.add(stray)
        uow.flush()
        # (the transcript's row naming this coach), and another coach's transcript on
        # this coach's session that has none.
        for session_id, owner in ((stray.id, coach), (bare.id, other_coach)):
            uow.session.add(
                SessionTranscriptRow(
                    coach_id=owner.id,
                    client_id=engagement.client_id,
                    session_id=session_id,
                    raw_text=b"not a ciphertext of this client",
                    analysis=b"not a ciphertext of this client",
                    created_at=clock(),
                )
            )
        uow.commit()

    found = transcripts.transcript_and_neighbours(store.unit_of_work(), coach.id, third.id)

    assert found.previous == transcripts.SessionRef(first.id, first.scheduled_at)
    assert found.next is None


def test_a_client_key_is_handed_only_to_its_coachs_work(
    store: Store, coach: Coach, other_coach: Coach
) -> None:
    client = make_client(store, coach)
    with store.unit_of_work() as uow:
        with pytest.raises(IntegrityFailure):
            uow.keys.cipher(other_coach.id, client.id)
        uow.keys.destroy(other_coach.id, client.id)  # not theirs: nothing happens
        uow.commit()
    assert clients.get_client(store.unit_of_work(), coach.id, client.id).client == client


def test_erasing_counts_only_its_coachs_records(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock
) -> None:
    engagement, _ = _goal_rated_also_under_another_coach(store, coach, other_coach, clock)

    erased = clients.erase_client(store.unit_of_work(), coach.id, engagement.client_id)

    assert erased.records["goal_ratings"] == 1
