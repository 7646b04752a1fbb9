"""A session's transcript page links to the same client's previous and next session that
has a transcript, named by number and day; never to another client's or another coach's.
Runs on SQLite and, with COACHCONN_TEST_DATABASE_URL, on PostgreSQL."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from tests.factories import (
    LONG,
    SHORT,
    attach_text,
    make_client,
    make_engagement,
    make_session,
    missed_despite_its_transcript,
)

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def _steps(http: TestClient, session: SessionView) -> dict[str, tuple[int, str]]:
    """The page's previous and next links: rel -> (session id, the link's words)."""
    got = http.get(f"/sessions/{session.id}/transcript")
    assert got.status_code == 200
    links = re.findall(
        r'<a class="\w+" rel="(prev|next)" href="/sessions/(\d+)/transcript">(.*?)</a>', got.text
    )
    words = {rel: " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())
             for rel, _, text in links}  # fmt: skip
    return {rel: (int(ident), words[rel]) for rel, ident, _ in links}


@pytest.fixture
def robins(store: Store, coach: Coach, clock: FixedClock) -> list[SessionView]:
    """Robin's sessions on 2, 9, 16 and 23 Feb and 1 Mar 2026: the second held without a
    transcript, the last stored as missed after its transcript was attached (so not
    listed); the others with one."""
    engagement = make_engagement(store, coach)
    days = (28, 21, 14, 7, 1)
    held = [
        make_session(store, coach, engagement, at=clock() - timedelta(days=d), status="held")
        for d in days[:-1]
    ]
    missed = make_session(store, coach, engagement, at=clock() - timedelta(days=days[-1]))
    # Each its own file (the same transcript is not attached to two sessions): the same
    # lines, with blank lines after them that change nothing else.
    for blank, session in enumerate((held[0], held[2], held[3], missed)):
        attach_text(store, coach, session, LONG + b"\n" * blank)
    missed_despite_its_transcript(store, missed)
    return [*held, missed]


def test_a_transcript_links_to_the_clients_previous_and_next_transcripts(
    http: TestClient, robins: list[SessionView]
) -> None:
    first, _, third, fourth, _ = robins

    # The second session has no transcript: the third steps over it to the first.
    assert _steps(http, third) == {
        "prev": (first.id, f"← previous: session {first.id} on 02 Feb 2026"),
        "next": (fourth.id, f"next: session {fourth.id} on 23 Feb 2026 →"),
    }


def test_the_first_and_the_last_transcripts_have_no_link_beyond_them(
    http: TestClient, robins: list[SessionView]
) -> None:
    first, _, third, fourth, _ = robins

    assert _steps(http, first) == {"next": (third.id, f"next: session {third.id} on 16 Feb 2026 →")}
    # The session missed after its transcript was attached is not listed: not a step.
    assert _steps(http, fourth) == {
        "prev": (third.id, f"← previous: session {third.id} on 16 Feb 2026")
    }


def test_the_steps_are_shown_again_below_the_transcript(
    http: TestClient, robins: list[SessionView]
) -> None:
    third = robins[2]
    page = http.get(f"/sessions/{third.id}/transcript").text

    navs = [
        (found.start(), html.unescape(found.group(1)), found.group(2))
        for found in re.finditer(
            r'<nav class="neighbours" aria-label="([^"]*)">(.*?)</nav>', page, re.DOTALL
        )
    ]
    assert [label for _, label, _ in navs] == [
        "Robin's other transcripts",
        "Robin's other transcripts, after this one",
    ]
    (above, _, top), (below, _, bottom) = navs
    assert above < page.index('<section aria-labelledby="transcript">')
    assert below > page.index('class="transcript"') and below > page.rindex('<tr id="u')
    assert " ".join(top.split()) == " ".join(bottom.split())  # the same two links
    assert f'href="/sessions/{robins[0].id}/transcript"' in bottom
    assert f'href="/sessions/{robins[3].id}/transcript"' in bottom


def test_a_lone_transcript_shows_no_steps_at_all(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    attach_text(store, coach, held, LONG)

    page = http.get(f"/sessions/{held.id}/transcript").text
    assert 'class="neighbours"' not in page


def test_the_steps_keep_to_the_client_and_the_coach(
    http: TestClient,
    store: Store,
    coach: Coach,
    clock: FixedClock,
    robins: list[SessionView],
    others_session: SessionView,
) -> None:
    first, _, third, fourth, _ = robins
    # Between Robin's first and third transcripts, another client's of the same coach;
    # after Robin's fourth, yesterday, another coach's (others_session).
    sam = make_engagement(store, coach, make_client(store, coach, preferred_name="Sam"))
    sams = make_session(store, coach, sam, at=clock() - timedelta(days=20), status="held")
    attach_text(store, coach, sams, SHORT.replace(b"Robin", b"Sam"))

    assert _steps(http, third)["prev"][0] == first.id
    assert "next" not in _steps(http, fourth)
    assert _steps(http, sams) == {}  # Sam's only transcript
    page = http.get(f"/sessions/{third.id}/transcript").text
    for stranger in (sams, others_session):
        assert f'href="/sessions/{stranger.id}/transcript"' not in page
    # Another coach's transcript page is not found: no steps from it to show either.
    assert http.get(f"/sessions/{others_session.id}/transcript").status_code == 404
