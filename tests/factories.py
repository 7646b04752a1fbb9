"""Plain factory functions for tests: each makes one thing through the services,
with realistic defaults that a test overrides only where it matters."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import update

from coachconn.analysis.types import CodedUtterance, Transcript
from coachconn.core.clients import ClientView
from coachconn.core.coaches import Coach
from coachconn.core.engagements import EngagementView
from coachconn.core.errors import NotFound
from coachconn.core.sessions import SessionView
from coachconn.services import clients, engagements, sessions, transcripts
from coachconn.storage.store import Store
from coachconn.storage.tables import SessionRow


def make_client(store: Store, coach: Coach, **fields: object) -> ClientView:
    fields.setdefault("preferred_name", "Robin")
    fields.setdefault("pronouns", "they/them")
    fields.setdefault("timezone", "Europe/Lisbon")
    return clients.add_client(store.unit_of_work(), coach.id, **fields)


def make_engagement(
    store: Store,
    coach: Coach,
    client: ClientView | None = None,
    *,
    started_on: date = date(2025, 9, 1),
    cadence: str = "fortnightly",
) -> EngagementView:
    client = client or make_client(store, coach)
    return engagements.start_engagement(
        store.unit_of_work(), coach.id, client.id, started_on=started_on, cadence=cadence
    )


def make_session(
    store: Store,
    coach: Coach,
    engagement: EngagementView,
    *,
    at: datetime,
    status: str | None = None,
    **outcome: object,
) -> SessionView:
    """Schedule a session at ``at`` and, with ``status``, record its outcome."""
    planned = sessions.schedule_session(
        store.unit_of_work(),
        coach.id,
        engagement.client_id,
        engagement_id=engagement.id,
        scheduled_at=at,
    )
    if status is None:
        return planned
    return sessions.record_session(
        store.unit_of_work(),
        coach.id,
        planned.id,
        status=status,
        **outcome,
    )


def make_held_sessions(
    store: Store, coach: Coach, engagement: EngagementView, count: int, *, before: datetime
) -> list[SessionView]:
    """``count`` held sessions a fortnight apart, the last one two weeks before ``before``."""
    return [
        make_session(
            store, coach, engagement, at=before - timedelta(weeks=2 * (count - i)), status="held"
        )
        for i in range(count)
    ]


def make_held_days_before(
    store: Store, coach: Coach, engagement: EngagementView, now: datetime, *days: int
) -> list[SessionView]:
    """A held session ``d`` days before ``now`` for each ``d`` of ``days``, in that order."""
    return [
        make_session(store, coach, engagement, at=now - timedelta(days=d), status="held")
        for d in days
    ]


def make_cancelled_session(
    store: Store,
    coach: Coach,
    engagement: EngagementView,
    *,
    at: datetime,
    changed_by: str = "client",
) -> SessionView:
    """A session at ``at`` recorded as cancelled by ``changed_by`` (the client unless
    given), its notice the time left before it."""
    return make_session(store, coach, engagement, at=at, status="cancelled", changed_by=changed_by)


def move_session(
    store: Store, coach: Coach, session: SessionView, *, to: datetime, changed_by: str = "client"
) -> SessionView:
    """Reschedule ``session`` to ``to`` as ``changed_by`` asked (the client unless given);
    returns the session booked in its place."""
    return sessions.reschedule_session(
        store.unit_of_work(), coach.id, session.id, new_time=to, changed_by=changed_by
    )


class FlagCoder:
    """Coach lines are open questions; a client line reports when it names Monday and
    discloses when it says "scared"; a client line that says "maybe" is coded with a
    probability of 0.5, the rest by a rule (no probability)."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [
            CodedUtterance(u, "open_question", "exploration")
            if u.role == "coach"
            else CodedUtterance(
                u,
                "neutral",
                reporting="Monday" in u.text,
                disclosure="scared" in u.text,
                confidence=0.5 if "maybe" in u.text else None,
            )
            for u in transcript.utterances
        ]


def attach_text(
    store: Store, coach: Coach, session: SessionView, data: bytes, *, names_differ: bool = False
) -> None:
    """Attach ``Coach: ...`` / ``Client: ...`` lines to ``session``, coded by
    :class:`FlagCoder`; ``names_differ``: confirmed though no speaker bears the client's
    name (a group, each member by name)."""
    transcripts.attach_transcript(
        store.unit_of_work(), coach.id, session.id, data=data, filename="s.txt",
        coder=FlagCoder(), coach="Coach", names_differ=names_differ,
    )  # fmt: skip


# Five exchanges: coach 5 x 3 words, the client (Robin) 5 x 10 words, each line reporting.
LONG = b"Coach: What happened next?\nRobin: We met on Monday and it ran two hours over.\n" * 5
# Five exchanges where the client discloses in three words each.
SHORT = b"Coach: What happened next?\nRobin: I feel scared.\n" * 5

# A team of three and their coach, none of them the session's client by name
# (attach with names_differ). Worked by hand, at 2 words a second, each line lasting
# until the next later stamp: Coach 8 words, 4 s of 5 s; Ana 24 words, 12 s of 13 s; Ben
# 1 word, 0.5 s of 2 s; Chloe 20 words, 10 s of 11 s; the coach's last "Mm." (1 word, 1.9%
# of the 54, under the 2% that leaves talk time) has no end and no seconds.
# Words, of 54: Coach 9 (16.7%), Ana 24 (44.4%), Ben 1 (1.9%), Chloe 20 (37.0%).
# Seconds, of 26.5: Coach 4.0 (15.1%), Ana 12.0 (45.3%), Ben 0.5 (1.9%), Chloe 10.0 (37.7%).
_TEAM_ASKS = "Clearer roles on the team, and fewer meetings for all of us."  # 12 words
TEAM = (
    "[00:00] Coach: What would each of you like from today?\n"
    f"[00:05] Ana: {_TEAM_ASKS} {_TEAM_ASKS}\n"
    "[00:18] Ben: Same.\n"
    "[00:20] Chloe: I want us to stop missing the deadlines we set, and to say so early"
    " when one of them slips.\n"
    "[00:31] Coach: Mm.\n"
).encode()


def has_transcript(store: Store, coach: Coach, session: SessionView) -> bool:
    """Whether the session has a stored transcript, as the coach reads it."""
    try:
        transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, session.id)
    except NotFound:
        return False
    return True


def missed_despite_its_transcript(store: Store, session: SessionView) -> None:
    """Store ``session`` as missed (no-show), written straight to the database: a
    session with a transcript is no longer recorded so, but one stored that way by an
    earlier version still has to be read right (its transcript is kept, not listed)."""
    with store.unit_of_work() as uow:
        uow.session.execute(
            update(SessionRow).where(SessionRow.id == session.id).values(status="no_show")
        )
        uow.commit()
