"""Attaching a transcript to a session: analysed, sealed at rest, coach-scoped.

Runs on SQLite and, with COACHCONN_TEST_DATABASE_URL, on PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import timedelta
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import select, update
from tests.factories import (
    FlagCoder,
    make_cancelled_session,
    make_client,
    make_engagement,
    make_held_days_before,
    make_session,
    missed_despite_its_transcript,
)

from coachconn.analysis.types import CodedUtterance, Transcript
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import InvalidInput, NotFound
from coachconn.core.sessions import SessionStatus, SessionView
from coachconn.services import sessions, transcripts
from coachconn.services.transcripts import TABLE
from coachconn.storage import crypto
from coachconn.storage.store import Store
from coachconn.storage.tables import SessionTranscriptRow

pytestmark = pytest.mark.db

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"


class QuestionCoder:
    """Coach questions are open exploration questions, the rest 'other'."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [
            CodedUtterance(u, "open_question", "exploration")
            if u.role == "coach" and u.text.endswith("?")
            else CodedUtterance(u, "other" if u.role == "coach" else "neutral")
            for u in transcript.utterances
        ]


@pytest.fixture
def held(store: Store, coach: Coach, clock: FixedClock) -> SessionView:
    engagement = make_engagement(store, coach)
    return make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")


def _attach(
    store: Store,
    owner: Coach,
    session: SessionView,
    name: str,
    coach: str | None = None,
    *,
    replacing: bool = False,
    names_differ: bool = True,
    own_copy: bool = False,
) -> transcripts.TranscriptAnalysisView:
    """``name`` attached to ``session``. The fixture files' speakers are not the factory's
    client (Robin), so the check that the client speaks is confirmed unless the test
    says otherwise: it has tests of its own. ``own_copy``: one fixture serves several of
    a client's sessions, each with blank lines after it, as many as the session's number,
    that make it a file of its own (the same one is refused)."""
    return transcripts.attach_transcript(
        store.unit_of_work(),
        owner.id,
        session.id,
        data=(TRANSCRIPTS / name).read_bytes() + b"\n" * session.id * own_copy,
        filename=name,
        coder=QuestionCoder(),
        coach=coach,
        replacing=replacing,
        names_differ=names_differ,
    )


def _stored_rows(store: Store) -> list[tuple[bytes, bytes | None]]:
    """(raw_text, analysis) of every stored transcript, as the database holds them."""
    with store.unit_of_work() as uow:
        rows = uow.session.scalars(select(SessionTranscriptRow)).all()
        return [(row.raw_text, row.analysis) for row in rows]


def test_it_stores_the_analysis_with_the_session(
    store: Store, coach: Coach, held: SessionView
) -> None:
    view = _attach(store, coach, held, "zoom.vtt", coach="Lena Hart")
    assert (view.session_id, view.client_id, view.coach, view.coach_guessed) == (
        held.id,
        held.client_id,
        "Lena Hart",
        False,
    )
    # 3 questions, no reflections; 23 coach words of 52.
    assert view.metrics["pct_open_questions"] == 100.0
    assert view.metrics["talk_share_words"] == {"coach": 44.2, "client": 55.8}
    again = transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, held.id)
    assert again == view
    assert len(again.utterances) == 7


def test_a_file_without_the_sessions_client_is_refused_unless_confirmed(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    # The factory's client is Robin; zoom.vtt is Lena Hart with Sam Ortiz.
    engagement = make_engagement(store, coach)
    robin = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    with pytest.raises(InvalidInput) as err:
        _attach(store, coach, robin, "zoom.vtt", coach="Lena Hart", names_differ=False)
    assert (err.value.field, err.value.reason, err.value.nothing_stored) == (
        "names_differ",
        "the session's client, Robin, is not among the speakers ('Sam Ortiz'): is this another "
        "client's file?",
        True,
    )
    assert _stored_rows(store) == []
    view = _attach(store, coach, robin, "zoom.vtt", coach="Lena Hart", names_differ=True)
    assert view.warnings[-1] == (
        "the session's client, Robin, is not among the speakers ('Sam Ortiz'): attached as "
        "confirmed"
    )
    sam = make_engagement(store, coach, make_client(store, coach, preferred_name="Sam"))
    held = make_session(store, coach, sam, at=clock() - timedelta(days=2), status="held")
    found = _attach(store, coach, held, "zoom.vtt", "Lena Hart", names_differ=False)
    assert not any("client" in w for w in found.warnings)  # Sam speaks: no check to confirm


def test_a_confirmed_files_warning_names_the_client_as_the_refusal_did_never_as_a_repr(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    zoe = make_client(store, coach, preferred_name='Zoë "Z" O\'Neil')
    held = make_session(
        store, coach, make_engagement(store, coach, zoe), at=clock() - timedelta(days=1),
        status="held",
    )  # fmt: skip

    view = _attach(store, coach, held, "zoom.vtt", coach="Lena Hart", names_differ=True)

    assert view.warnings[-1] == (
        "the session's client, Zoë \"Z\" O'Neil, is not among the speakers ('Sam Ortiz'): "
        "attached as confirmed"
    )


def test_it_refuses_a_named_coach_who_is_the_sessions_client(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    sam = make_engagement(store, coach, make_client(store, coach, preferred_name="Sam"))
    held = make_session(store, coach, sam, at=clock() - timedelta(days=1), status="held")
    with pytest.raises(InvalidInput) as err:
        _attach(store, coach, held, "zoom.vtt", coach="Sam")
    assert err.value.field == "coach"
    assert str(err.value) == (
        "coach: 'Sam Ortiz' is the session's client, Sam; name the coach's speaker instead "
        "(speakers: 'Lena Hart', 'Sam Ortiz')"
    )
    assert _stored_rows(store) == []
    # No name given and the coach's own name not a speaker: the client asks most here,
    # but the coach is the one speaker who is not the session's client.
    inferred = _attach(store, coach, held, "client_asks_most.txt")
    assert (inferred.coach, inferred.coach_guessed) == ("Lena Hart", False)
    assert "the coach is taken to be 'Lena Hart', since 'Sam Ortiz' is the session's client" in (
        inferred.warnings
    )
    assert {u["role"] for u in inferred.utterances if u["speaker"] == "Sam Ortiz"} == {"client"}


def test_it_seals_the_transcript_and_the_analysis_at_rest(
    store: Store, coach: Coach, held: SessionView
) -> None:
    _attach(store, coach, held, "zoom.vtt", coach="Lena Hart")
    ((raw_text, analysis),) = _stored_rows(store)
    assert b"treadmill" not in raw_text
    assert analysis is not None and b"treadmill" not in analysis
    text = transcripts.get_transcript_text(store.unit_of_work(), coach.id, held.id)
    assert text.startswith("WEBVTT\n") and "treadmill" in text


def test_it_guesses_the_coach_when_the_coach_name_is_not_a_speaker(
    store: Store, coach: Coach, held: SessionView
) -> None:
    view = _attach(store, coach, held, "teams.vtt")
    assert (view.coach, view.coach_guessed) == ("Priya Nair", True)
    assert view.warnings[0] == "the engagement's coach 'Coach A' is not among the speakers"


def test_it_replaces_an_earlier_transcript_of_the_session(
    store: Store, coach: Coach, held: SessionView
) -> None:
    first = _attach(store, coach, held, "zoom.vtt", replacing=True)  # none to replace
    assert not first.replaced
    view = _attach(store, coach, held, "teams.vtt", replacing=True)
    assert view.replaced
    assert len(_stored_rows(store)) == 1
    got = transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, held.id)
    assert got.coach == view.coach == "Priya Nair"


def test_a_session_keeps_its_transcript_unless_replacing_it_is_asked_for(
    store: Store, coach: Coach, held: SessionView
) -> None:
    _attach(store, coach, held, "zoom.vtt")
    before = _stored_rows(store)
    with pytest.raises(InvalidInput) as err:
        _attach(store, coach, held, "teams.vtt")
    assert err.value.field == "replace"
    assert err.value.reason.endswith(f"session {held.id} already has")  # the why alone
    assert err.value.nothing_stored
    assert _stored_rows(store) == before


def test_a_file_that_cannot_be_read_is_refused_as_such_before_replacing_is_asked_for(
    store: Store, coach: Coach, held: SessionView
) -> None:
    _attach(store, coach, held, "zoom.vtt")
    before = _stored_rows(store)
    with pytest.raises(InvalidInput) as err:
        _attach(store, coach, held, "empty.txt")
    assert (err.value.field, err.value.reason) == ("transcript", "empty")
    assert _stored_rows(store) == before


def test_a_transcript_attached_while_another_was_coded_is_not_replaced_unasked(
    store: Store, coach: Coach, held: SessionView
) -> None:
    """The check runs again when storing: the first one passed before coding."""

    class AttachesMeanwhile(QuestionCoder):
        def code(self, transcript):  # type: ignore[no-untyped-def]
            _attach(store, coach, held, "teams.vtt")  # another tab, say
            return super().code(transcript)

    with pytest.raises(InvalidInput) as err:
        transcripts.attach_transcript(
            store.unit_of_work(), coach.id, held.id, data=(TRANSCRIPTS / "zoom.vtt").read_bytes(),
            filename="zoom.vtt", coder=AttachesMeanwhile(), names_differ=True,
        )  # fmt: skip
    assert err.value.field == "replace"
    assert len(_stored_rows(store)) == 1
    got = transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, held.id)
    assert got.coach == "Priya Nair"  # teams.vtt's, as attached meanwhile


@pytest.mark.parametrize(
    "name", ["empty.txt", "binary.bin", "latin1.txt", "no_speakers.txt", "single_speaker.vtt"]
)
def test_it_stores_nothing_for_bad_input(
    store: Store, coach: Coach, held: SessionView, name: str
) -> None:
    with pytest.raises(InvalidInput) as err:
        _attach(store, coach, held, name)
    assert err.value.field == "transcript"
    assert _stored_rows(store) == []


def test_it_stores_nothing_for_an_unknown_coach_name(
    store: Store, coach: Coach, held: SessionView
) -> None:
    with pytest.raises(InvalidInput):
        _attach(store, coach, held, "zoom.vtt", coach="Morgan")
    assert _stored_rows(store) == []


def test_it_refuses_a_session_that_did_not_take_place(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    cancelled = make_cancelled_session(store, coach, engagement, at=clock() + timedelta(days=3))
    with pytest.raises(InvalidInput) as err:
        _attach(store, coach, cancelled, "zoom.vtt")
    assert str(err.value) == (
        "session_id: the session did not take place (it was cancelled): no transcript"
    )


def test_it_refuses_a_session_that_has_not_started_yet(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    ahead = make_session(store, coach, engagement, at=clock() + timedelta(hours=2))
    with pytest.raises(InvalidInput) as err:
        _attach(store, coach, ahead, "zoom.vtt")
    when = f"{clock() + timedelta(hours=2):%Y-%m-%d %H:%M} UTC"
    assert str(err.value) == (
        f"session_id: the session is scheduled for {when} and has not started yet: "
        "attach its transcript once it has taken place"
    )
    assert _stored_rows(store) == []
    clock.advance(hours=3)  # it has taken place (its outcome not yet recorded)
    assert _attach(store, coach, ahead, "zoom.vtt").session_id == ahead.id


def test_attaching_for_a_client_refuses_a_session_of_another(
    store: Store, coach: Coach, other_coach: Coach, held: SessionView
) -> None:
    ana = make_client(store, coach, preferred_name="Ana Ruiz")
    attach = partial(
        transcripts.attach_transcript, data=(TRANSCRIPTS / "zoom.vtt").read_bytes(),
        filename="zoom.vtt", coder=QuestionCoder(), names_differ=True,
    )  # fmt: skip
    with pytest.raises(InvalidInput) as err:
        attach(store.unit_of_work(), coach.id, held.id, client_id=ana.id)
    assert str(err.value) == f"session_id: session {held.id} is not one of Ana Ruiz's sessions"
    theirs = make_client(store, other_coach, preferred_name="Tove")
    with pytest.raises(NotFound, match=f"client {theirs.id} not found"):
        attach(store.unit_of_work(), coach.id, held.id, client_id=theirs.id)
    assert _stored_rows(store) == []
    # The session's own client: attached.
    view = attach(store.unit_of_work(), coach.id, held.id, client_id=held.client_id)
    assert view.session_id == held.id


def test_attaching_for_a_client_refuses_a_missing_or_another_coachs_session_alike(
    store: Store, coach: Coach, other_coach: Coach, held: SessionView, clock: FixedClock
) -> None:
    theirs = make_session(
        store, other_coach, make_engagement(store, other_coach),
        at=clock() - timedelta(days=1), status="held",
    )  # fmt: skip
    attach = partial(
        transcripts.attach_transcript, data=(TRANSCRIPTS / "zoom.vtt").read_bytes(),
        filename="zoom.vtt", coder=QuestionCoder(), names_differ=True,
    )  # fmt: skip
    missing = theirs.id + 100
    for session_id in (missing, theirs.id):
        with pytest.raises(InvalidInput) as err:
            attach(store.unit_of_work(), coach.id, session_id, client_id=held.client_id)
        assert str(err.value) == f"session_id: session {session_id} is not one of Robin's sessions"
    # Without a client, as the command line attaches: not found.
    with pytest.raises(NotFound, match=f"session {missing} not found"):
        attach(store.unit_of_work(), coach.id, missing)
    # A client who is not the coach's is not found, whatever the session.
    with pytest.raises(NotFound, match=f"client {theirs.client_id} not found"):
        attach(store.unit_of_work(), coach.id, missing, client_id=theirs.client_id)
    assert _stored_rows(store) == []


def test_another_coach_can_neither_attach_nor_read(
    store: Store, coach: Coach, other_coach: Coach, held: SessionView
) -> None:
    _attach(store, coach, held, "zoom.vtt")
    with pytest.raises(NotFound):
        _attach(store, other_coach, held, "teams.vtt")
    with pytest.raises(NotFound):
        transcripts.get_transcript_analysis(store.unit_of_work(), other_coach.id, held.id)
    with pytest.raises(NotFound):
        transcripts.get_transcript_text(store.unit_of_work(), other_coach.id, held.id)


def test_a_removed_transcript_is_gone_and_the_session_stays(
    store: Store, coach: Coach, other_coach: Coach, held: SessionView
) -> None:
    _attach(store, coach, held, "zoom.vtt")
    with pytest.raises(NotFound):
        transcripts.remove_transcript(store.unit_of_work(), other_coach.id, held.id)
    assert len(_stored_rows(store)) == 1
    transcripts.remove_transcript(store.unit_of_work(), coach.id, held.id)
    assert _stored_rows(store) == []
    assert sessions.get_session(store.unit_of_work(), coach.id, held.id).id == held.id
    with pytest.raises(NotFound):
        transcripts.remove_transcript(store.unit_of_work(), coach.id, held.id)


def test_attaching_says_what_the_session_was_recorded_as(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    past = make_session(store, coach, engagement, at=clock() - timedelta(days=1))
    assert _attach(store, coach, past, "zoom.vtt").session_status == "scheduled"
    got = transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, past.id)
    assert got.session_status == "scheduled"
    sessions.record_session(store.unit_of_work(), coach.id, past.id, status="held")
    got = transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, past.id)
    assert got.session_status == "held"


def test_role_labels_leave_no_names_to_check(store: Store, coach: Coach, held: SessionView) -> None:
    data = b"Coach: What would you like from today?\nClient: Some clarity, I think.\n"
    view = transcripts.attach_transcript(
        store.unit_of_work(), coach.id, held.id, data=data, filename="s.txt",
        coder=QuestionCoder(),
    )  # fmt: skip
    assert (view.coach, view.coach_guessed, view.warnings) == ("Coach", False, [])
    # A client labelled by another name still asks whether this is the right session.
    data = data.replace(b"Client:", b"Sam (Client):")
    with pytest.raises(InvalidInput) as err:
        transcripts.attach_transcript(
            store.unit_of_work(), coach.id, held.id, data=data, filename="s.txt",
            coder=QuestionCoder(), replacing=True,
        )  # fmt: skip
    assert err.value.field == "names_differ"


def test_the_sessions_that_can_take_a_transcript_are_those_that_took_place(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    older = make_session(store, coach, engagement, at=clock() - timedelta(days=9), status="held")
    make_session(store, coach, engagement, at=clock() - timedelta(days=6), status="no_show")
    unrecorded = make_session(store, coach, engagement, at=clock() - timedelta(days=2))
    make_session(store, coach, engagement, at=clock() + timedelta(days=5))  # still ahead
    someone_else = make_engagement(
        store, coach, client=make_client(store, coach, preferred_name="Pat")
    )
    make_session(store, coach, someone_else, at=clock() - timedelta(days=1), status="held")
    _attach(store, coach, older, "zoom.vtt")

    found = transcripts.trend_and_attachable(
        store.unit_of_work(), coach.id, older.client_id
    ).attachable

    assert [(s.session_id, s.status, s.has_transcript) for s in found] == [
        (unrecorded.id, "scheduled", False),  # newest first
        (older.id, "held", True),
    ]
    assert [s.still_scheduled for s in found] == [True, False]
    # The rule is the one attaching keeps: each offered session takes a transcript.
    _attach(store, coach, unrecorded, "zoom.vtt", own_copy=True)
    with pytest.raises(NotFound):
        transcripts.trend_and_attachable(store.unit_of_work(), other_coach.id, older.client_id)


def test_the_trend_and_its_attachable_sessions_are_read_together_once(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock, statements: list[str]
) -> None:
    engagement = make_engagement(store, coach)
    older = make_session(store, coach, engagement, at=clock() - timedelta(days=9), status="held")
    missed = make_session(store, coach, engagement, at=clock() - timedelta(days=6))
    newer = make_session(store, coach, engagement, at=clock() - timedelta(days=2), status="held")
    make_session(store, coach, engagement, at=clock() + timedelta(days=5))  # still ahead
    _attach(store, coach, older, "zoom.vtt", own_copy=True)
    _attach(store, coach, missed, "zoom.vtt", own_copy=True)
    # Stored as missed after its transcript: neither in the trend nor offered.
    missed_despite_its_transcript(store, missed)
    statements.clear()

    found = transcripts.trend_and_attachable(store.unit_of_work(), coach.id, older.client_id)

    # Which sessions have a transcript is read once, with the trend.
    assert sum("FROM session_transcripts" in s for s in statements) == 1
    assert found.trend == transcripts.transcript_trend(
        store.unit_of_work(), coach.id, older.client_id
    )
    # Newest first; the missed session and the one still ahead are not offered.
    assert found.attachable == [
        transcripts.AttachableSession(newer.id, newer.scheduled_at, SessionStatus.HELD, False),
        transcripts.AttachableSession(older.id, older.scheduled_at, SessionStatus.HELD, True),
    ]
    assert found.likely == newer.id
    with pytest.raises(NotFound):
        transcripts.trend_and_attachable(store.unit_of_work(), other_coach.id, older.client_id)


def _ref(session: SessionView) -> transcripts.SessionRef:
    return transcripts.SessionRef(session.id, session.scheduled_at)


def _steps(store: Store, coach: Coach, session: SessionView) -> tuple[object, object]:
    found = transcripts.transcript_and_neighbours(store.unit_of_work(), coach.id, session.id)
    return found.previous, found.next


def test_a_transcript_comes_with_the_clients_transcripts_either_side_of_it(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    first, bare, third = make_held_days_before(store, coach, engagement, clock(), 20, 13, 6)
    fourth = make_session(store, coach, engagement, at=clock() - timedelta(days=2))  # unrecorded
    pat = make_engagement(store, coach, client=make_client(store, coach, preferred_name="Pat"))
    pats = make_session(store, coach, pat, at=clock() - timedelta(days=9), status="held")
    for session in (first, third, fourth, pats):
        _attach(store, coach, session, "zoom.vtt", own_copy=True)

    found = transcripts.transcript_and_neighbours(store.unit_of_work(), coach.id, third.id)

    assert found.view == transcripts.get_transcript_analysis(
        store.unit_of_work(), coach.id, third.id
    )
    # The session without a transcript is stepped over; Pat's is another client's.
    assert (found.previous, found.next) == (_ref(first), _ref(fourth))
    assert _steps(store, coach, first) == (None, _ref(third))
    assert _steps(store, coach, fourth) == (_ref(third), None)
    assert _steps(store, coach, pats) == (None, None)
    # Stored as missed after its transcript: no longer listed, so no longer a step.
    missed_despite_its_transcript(store, fourth)
    assert _steps(store, coach, third) == (_ref(first), None)
    with pytest.raises(NotFound):
        transcripts.transcript_and_neighbours(store.unit_of_work(), other_coach.id, third.id)
    with pytest.raises(NotFound):
        transcripts.transcript_and_neighbours(store.unit_of_work(), coach.id, bare.id)


def test_a_replaced_transcript_is_read_as_the_sessions_one_without_choosing_among_rows(
    store: Store, coach: Coach, held: SessionView, statements: list[str]
) -> None:
    """A session has one transcript row at most (migration 0002's unique index): the
    readers take it as it is, with no ordering by upload to pick the newest of several."""
    _attach(store, coach, held, "zoom.vtt")
    _attach(store, coach, held, "teams.vtt", replacing=True)
    statements.clear()

    listed = transcripts.list_transcripts(store.unit_of_work(), coach.id)
    trend = transcripts.transcript_trend(store.unit_of_work(), coach.id, held.client_id)
    shown = transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, held.id)
    text = transcripts.get_transcript_text(store.unit_of_work(), coach.id, held.id)

    assert [s.session_id for s in listed] == [s.session_id for s in trend.sessions] == [held.id]
    assert shown.coach == "Priya Nair"  # the replacement's
    assert text == (TRANSCRIPTS / "teams.vtt").read_text(encoding="utf-8")
    assert not [s for s in statements if "session_transcripts.created_at DESC" in s]


def test_a_session_without_a_transcript_is_not_found(
    store: Store, coach: Coach, held: SessionView
) -> None:
    with pytest.raises(NotFound) as err:
        transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, held.id)
    assert str(err.value) == (
        f"transcript of session {held.id} not found; the session has none attached yet"
    )


# Two sessions of one client, five exchanges each, hand-made so every figure is known:
# in the first the client answers at length and reports (coach 5 x 3 words, client
# 5 x 10); in the second briefly, disclosing each time (coach 5 x 12, client 5 x 3).
FIRST = (b"Coach: What happened next?\nClient: We met on Monday and it ran two hours over.\n") * 5
SECOND = (
    b"Coach: What is that like for you, when you think about it now?\nClient: I feel scared.\n"
) * 5


def _two_sessions(store: Store, coach: Coach, clock: FixedClock) -> tuple[SessionView, SessionView]:
    engagement = make_engagement(store, coach)
    first = make_session(store, coach, engagement, at=clock() - timedelta(days=15), status="held")
    second = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    # Attached out of order: the list follows the sessions, not the uploads.
    for session, data in ((second, SECOND), (first, FIRST)):
        transcripts.attach_transcript(
            store.unit_of_work(), coach.id, session.id, data=data, filename="s.txt",
            coder=FlagCoder(), coach="Coach",
        )  # fmt: skip
    return first, second


def test_a_clients_transcripts_are_listed_in_session_order_with_their_figures(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    first, second = _two_sessions(store, coach, clock)
    listed = transcripts.list_transcripts(store.unit_of_work(), coach.id, first.client_id)
    assert [s.session_id for s in listed] == [first.id, second.id]
    assert [s.utterances for s in listed] == [10, 10]
    assert [s.figures["client_share_words"] for s in listed] == [76.9, 20.0]  # 50/65, 15/75
    assert [s.figures["disclosure_pct"] for s in listed] == [0.0, 100.0]
    assert [s.figures["reporting_pct"] for s in listed] == [100.0, 0.0]
    working_harder = [
        {x["marker"]: x["reading"] for x in s.signals}["coach_working_harder"] for s in listed
    ]
    assert working_harder == ["not_seen", "seen"]
    assert transcripts.list_transcripts(store.unit_of_work(), coach.id) == listed


def test_the_trend_reads_the_markers_across_sessions(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    first, second = _two_sessions(store, coach, clock)
    found = transcripts.transcript_trend(store.unit_of_work(), coach.id, first.client_id)
    assert [s.session_id for s in found.sessions] == [first.id, second.id]
    readings = {s.key: (s.direction.value, s.reading and s.reading.value) for s in found.series}
    assert readings["disclosure_pct"] == ("rising", "seen")  # openness, 0% to 100%
    assert readings["client_share_words"] == ("falling", "seen")  # engagement falling
    # The second session neither reflects nor reports: its report can't tell that marker,
    # so its 0 - 0 is no reading, and one session is too few for a trend.
    assert readings["reflecting_minus_reporting"] == ("too_few", None)
    assert readings["reporting_pct"] == ("falling", None)


def test_the_list_carries_the_markers_the_coach_ticked(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    first, _ = _two_sessions(store, coach, clock)
    sessions.record_session(
        store.unit_of_work(), coach.id, first.id, status="held",
        markers=["comfortable_silences"],
    )  # fmt: skip
    listed = transcripts.list_transcripts(store.unit_of_work(), coach.id, first.client_id)
    assert [s.markers for s in listed] == [("comfortable_silences",), ()]


def test_another_coach_sees_none_of_a_clients_transcripts(
    store: Store, coach: Coach, other_coach: Coach, clock: FixedClock
) -> None:
    first, _ = _two_sessions(store, coach, clock)
    assert transcripts.list_transcripts(store.unit_of_work(), other_coach.id) == []
    with pytest.raises(NotFound):
        transcripts.list_transcripts(store.unit_of_work(), other_coach.id, first.client_id)
    with pytest.raises(NotFound):
        transcripts.transcript_trend(store.unit_of_work(), other_coach.id, first.client_id)


def test_a_client_without_transcripts_has_an_empty_trend(
    store: Store, coach: Coach, held: SessionView
) -> None:
    found = transcripts.transcript_trend(store.unit_of_work(), coach.id, held.client_id)
    assert found.sessions == []
    assert {s.direction.value for s in found.series} == {"too_few"}


def test_a_session_stored_as_missed_after_its_transcript_leaves_the_listing(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    past = make_session(store, coach, engagement, at=clock() - timedelta(days=1))
    _attach(store, coach, past, "zoom.vtt")  # still recorded as scheduled
    assert len(transcripts.list_transcripts(store.unit_of_work(), coach.id)) == 1
    missed_despite_its_transcript(store, past)  # as an earlier version let it be
    # It did not take place: no figures of it in a listing or a trend.
    assert transcripts.list_transcripts(store.unit_of_work(), coach.id) == []


def test_a_row_without_an_analysis_is_no_transcript(
    store: Store, coach: Coach, held: SessionView
) -> None:
    _attach(store, coach, held, "zoom.vtt")
    with store.unit_of_work() as uow:
        uow.session.execute(update(SessionTranscriptRow).values(analysis=None))
        uow.commit()
    with pytest.raises(NotFound):
        transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, held.id)
    assert not sessions.get_session(store.unit_of_work(), coach.id, held.id).has_transcript
    assert transcripts.list_transcripts(store.unit_of_work(), coach.id) == []


def test_a_session_recorded_as_missed_while_coding_gets_no_transcript(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    past = make_session(store, coach, engagement, at=clock() - timedelta(days=1))

    class MissedMeanwhile(QuestionCoder):
        def code(self, transcript: Transcript) -> list[CodedUtterance]:
            sessions.record_session(store.unit_of_work(), coach.id, past.id, status="no_show")
            return super().code(transcript)

    with pytest.raises(InvalidInput):
        transcripts.attach_transcript(
            store.unit_of_work(), coach.id, past.id,
            data=(TRANSCRIPTS / "zoom.vtt").read_bytes(), filename="zoom.vtt",
            coder=MissedMeanwhile(),
        )  # fmt: skip
    assert _stored_rows(store) == []


def test_the_same_transcript_is_not_attached_to_two_of_a_clients_sessions(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    first, second = _two_sessions(store, coach, clock)
    # The first session's file again, for the second session: one conversation twice.
    with pytest.raises(InvalidInput) as err:
        transcripts.attach_transcript(
            store.unit_of_work(), coach.id, second.id, data=FIRST, filename="s.txt",
            coder=FlagCoder(), coach="Coach", replacing=True,
        )  # fmt: skip
    assert (err.value.field, err.value.reason, err.value.nothing_stored) == (
        "transcript",
        f"this transcript is already attached to session {first.id}; choose the file of "
        f"session {second.id}",
        True,
    )
    stored = transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, second.id)
    assert stored.metrics["client_disclosure_pct"] == 100.0  # still SECOND's
    # A session's own file attached to it again replaces it, as asked.
    again = transcripts.attach_transcript(
        store.unit_of_work(), coach.id, first.id, data=FIRST, filename="s.txt",
        coder=FlagCoder(), coach="Coach", replacing=True,
    )  # fmt: skip
    assert again.replaced


def _sealed_the_earlier_way(
    store: Store, coach: Coach, client_id: int, data: dict[str, object], text: str
) -> None:
    """Store ``data`` and ``text`` as versions before packing and compression did:
    the analysis's whole JSON form and the text, each sealed uncompressed (format 0x01)."""
    with store.unit_of_work() as uow:
        key = uow.keys.cipher(coach.id, client_id).data_key
        row = uow.session.scalars(select(SessionTranscriptRow)).one()
        row.raw_text = crypto.seal(key, text.encode(), crypto.field_aad(TABLE, "raw_text"))
        row.analysis = crypto.seal(
            key,
            json.dumps(data, ensure_ascii=False).encode(),
            crypto.field_aad(TABLE, "analysis"),
        )
        uow.commit()


def test_an_analysis_stored_whole_and_uncompressed_reads_back_as_before(
    store: Store, coach: Coach, held: SessionView
) -> None:
    attached = _attach(store, coach, held, "zoom.vtt", coach="Lena Hart")
    text = transcripts.get_transcript_text(store.unit_of_work(), coach.id, held.id)
    _sealed_the_earlier_way(store, coach, held.client_id, attached.analysis, text)
    ((raw_text, analysis),) = _stored_rows(store)
    assert raw_text[:1] == analysis[:1] == crypto.FORMAT_V1  # type: ignore[index]
    again = transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, held.id)
    assert again.analysis == attached.analysis
    assert transcripts.get_transcript_text(store.unit_of_work(), coach.id, held.id) == text
    (listed,) = transcripts.list_transcripts(store.unit_of_work(), coach.id)
    assert listed.utterances == 7


def test_the_stored_analysis_keeps_no_words_the_stored_transcript_has(
    store: Store, coach: Coach, held: SessionView
) -> None:
    attached = _attach(store, coach, held, "zoom.vtt", coach="Lena Hart")
    ((_, sealed),) = _stored_rows(store)
    with store.unit_of_work() as uow:
        cipher = uow.keys.cipher(coach.id, held.client_id)
        stored = cipher.open(TABLE, "analysis", sealed)  # type: ignore[arg-type]
    assert "treadmill" not in stored and '"metrics"' not in stored
    again = transcripts.get_transcript_analysis(store.unit_of_work(), coach.id, held.id)
    assert again.analysis == attached.analysis
    (listed,) = transcripts.list_transcripts(store.unit_of_work(), coach.id)
    assert listed.utterances == 7
