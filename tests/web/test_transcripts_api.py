"""The transcripts in the JSON API: a session's analysis, the list, a client's trend;
scoped to the signed-in coach. Runs on SQLite and, with COACHCONN_TEST_DATABASE_URL,
on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from tests.factories import SHORT, attach_text, make_client, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def test_a_sessions_transcript_comes_with_its_analysis_and_signals(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two
    got = http.get(f"/api/v1/sessions/{first.id}/transcript")
    assert got.status_code == 200
    body = got.json()
    assert set(body) == {  # as `coachconn transcripts show --format json` gives it
        "session_id", "client_id", "client_name", "scheduled_at", "session_status",
        "session_markers", "attached_at", "analysis",
    }  # fmt: skip
    assert (body["session_id"], body["client_name"], body["session_status"]) == (
        first.id, "Robin", "held"
    )  # fmt: skip
    assert len(body["analysis"]["utterances"]) == 10
    assert body["analysis"]["metrics"]["talk_share_words"] == {"coach": 23.1, "client": 76.9}
    surface = {s["marker"]: s["reading"] for s in body["analysis"]["signals"]}
    assert surface["surface_level_conversation"] == "seen"  # nothing reflects or discloses


def test_the_list_and_the_trend_follow_the_client(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, second = two
    listed = http.get("/api/v1/transcripts", params={"client_id": first.client_id}).json()
    assert [t["session_id"] for t in listed["transcripts"]] == [first.id, second.id]
    assert [t["figures"]["client_share_words"] for t in listed["transcripts"]] == [76.9, 50.0]
    trend = http.get(f"/api/v1/clients/{first.client_id}/transcripts/trend").json()
    series = {s["key"]: s for s in trend["series"]}
    assert series["disclosure_pct"]["values"] == [0.0, 100.0]
    assert (series["disclosure_pct"]["direction"], series["disclosure_pct"]["reading"]) == (
        "rising", "seen"
    )  # fmt: skip
    assert series["client_share_words"]["reading"] == "seen"  # 76.9% to 50%: falling
    assert series["reflecting_minus_reporting"]["unit"] == "pts"
    # A figure the sessions cannot give says why, here as in the CLI's JSON.
    assert listed["transcripts"][0]["unmeasured"]["silences_let_stand"] == "no end times"
    assert series["silences_let_stand"]["unmeasured"] == ["no end times", "no end times"]


def test_another_coachs_transcripts_are_not_found(
    http: TestClient, others_session: SessionView
) -> None:
    held = others_session  # the signed-in coach is the install's default
    for path, kind, ident in (
        (f"/api/v1/sessions/{held.id}/transcript", "session", held.id),
        (f"/api/v1/clients/{held.client_id}/transcripts/trend", "client", held.client_id),
    ):
        got = http.get(path)
        # The same answer as for an id that does not exist: nothing says it is taken.
        assert (got.status_code, got.json()["error"]["message"]) == (
            404, f"{kind} {ident} not found"
        ), path  # fmt: skip
    assert http.get("/api/v1/transcripts").json() == {"transcripts": []}
    listed = http.get("/api/v1/transcripts", params={"client_id": held.client_id})
    assert listed.status_code == 404


def test_the_list_keeps_to_the_client_asked_for(
    http: TestClient, store: Store, coach: Coach, two: tuple[SessionView, SessionView],
    clock: FixedClock,
) -> None:  # fmt: skip
    other = make_engagement(store, coach, make_client(store, coach, preferred_name="Sam"))
    held = make_session(store, coach, other, at=clock() - timedelta(days=3), status="held")
    attach_text(store, coach, held, SHORT.replace(b"Robin", b"Sam"))  # Sam speaks
    first, second = two
    everyone = http.get("/api/v1/transcripts").json()["transcripts"]
    assert [t["session_id"] for t in everyone] == [first.id, held.id, second.id]  # by time
    sams = http.get("/api/v1/transcripts", params={"client_id": held.client_id}).json()
    assert [t["client_name"] for t in sams["transcripts"]] == ["Sam"]


def test_a_session_without_a_transcript_is_a_clear_404(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    got = http.get(f"/api/v1/sessions/{held.id}/transcript")
    assert got.status_code == 404
    assert got.json()["error"]["message"] == (
        f"transcript of session {held.id} not found; the session has none attached yet"
    )
    assert http.get("/api/v1/sessions/abc/transcript").status_code == 422
    assert http.get(f"/api/v1/sessions/{10**30}/transcript").status_code == 404
