"""A page says what a form's button just did ("the transcript was removed", "this
transcript replaced the one the session had") once, right after it was done, and never
because of an address alone: typed by hand, bookmarked or opened again later, the same
page says nothing of it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from tests.factories import (
    LONG,
    SHORT,
    attach_text,
    has_transcript,
    make_client,
    make_engagement,
    make_session,
)

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.storage.store import Store
from coachconn.web.notices import NOTICE_COOKIE

pytestmark = pytest.mark.db

OWN_PAGE = {"Sec-Fetch-Site": "same-origin"}
REMOVED = "was removed"
REPLACED = "This transcript replaced the one the session had."


@pytest.fixture
def held(store: Store, coach: Coach, held: SessionView) -> SessionView:
    """Robin's session of yesterday (the web tests' own), with a transcript."""
    attach_text(store, coach, held, LONG)
    return held


def _replace(http: TestClient, held: SessionView) -> str:
    """Attach SHORT in the place of the session's transcript, as the form offers it; the
    address the answer leads to."""
    got = http.post(
        "/transcripts",
        params={"client_id": str(held.client_id)},
        data={"session_id": str(held.id), "replaces": str(held.id)},
        files={"file": ("session.txt", SHORT, "text/plain")},
        headers=OWN_PAGE,
        follow_redirects=False,
    )
    assert got.status_code == 303, got.text
    return got.headers["location"]


def test_an_address_typed_by_hand_claims_no_removal(http: TestClient, held: SessionView) -> None:
    page = http.get(f"/clients/{held.client_id}/transcripts?removed={held.id}")

    assert page.status_code == 200
    assert REMOVED not in page.text
    assert f"/sessions/{held.id}/transcript" in page.text  # it has its transcript still


def test_an_address_typed_by_hand_claims_no_replacement(
    http: TestClient, held: SessionView
) -> None:
    page = http.get(f"/sessions/{held.id}/transcript?replaced=1")

    assert page.status_code == 200
    assert REPLACED not in page.text


def test_a_removal_is_said_once_on_the_page_it_leads_to(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    got = http.post(
        f"/sessions/{held.id}/transcript/remove", headers=OWN_PAGE, follow_redirects=False
    )
    assert not has_transcript(store, coach, held)
    assert "?" not in got.headers["location"]  # nothing in the address to say it again

    after = http.get(got.headers["location"])
    assert f"The transcript of session {held.id} on 01 Mar 2026 {REMOVED}" in after.text
    assert REMOVED not in http.get(got.headers["location"]).text  # reloaded
    assert NOTICE_COOKIE not in http.cookies


def test_a_replacement_is_said_once_on_the_page_it_leads_to(
    http: TestClient, held: SessionView
) -> None:
    shown = _replace(http, held)

    assert shown == f"/sessions/{held.id}/transcript"
    assert REPLACED in http.get(shown).text
    assert REPLACED not in http.get(shown).text  # reloaded
    assert NOTICE_COOKIE not in http.cookies


def test_a_transcript_attached_where_there_was_none_claims_no_replacement(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    fresh = make_session(store, coach, engagement, at=clock() - timedelta(days=2), status="held")
    got = http.post(
        "/transcripts",
        data={"session_id": str(fresh.id)},
        files={"file": ("session.txt", LONG, "text/plain")},
        headers=OWN_PAGE,
    )

    assert got.status_code == 200
    assert REPLACED not in got.text


def test_a_notice_is_said_only_on_the_page_it_was_left_for(
    http: TestClient, store: Store, coach: Coach, held: SessionView, clock: FixedClock
) -> None:
    """The removal of Robin's transcript, its page not yet opened, is not said on Tom's."""
    tom = make_engagement(store, coach, make_client(store, coach, preferred_name="Tom"))
    other = make_session(store, coach, tom, at=clock() - timedelta(days=3), status="held")
    attach_text(store, coach, other, LONG.replace(b"Robin", b"Tom"))
    http.post(f"/sessions/{held.id}/transcript/remove", headers=OWN_PAGE, follow_redirects=False)

    elsewhere = http.get(f"/clients/{other.client_id}/transcripts")
    assert REMOVED not in elsewhere.text


def test_a_notice_the_app_did_not_sign_is_not_said(http: TestClient, held: SessionView) -> None:
    http.cookies.set(NOTICE_COOKIE, f"removed {held.id} 0123abcd")

    page = http.get(f"/clients/{held.client_id}/transcripts")

    assert REMOVED not in page.text
