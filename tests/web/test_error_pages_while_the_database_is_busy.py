"""Nothing that only reads waits for a change in progress: while another connection
holds SQLite's write lock (a command, or another request, mid-change), an error page
answers at once and still names the coach, as it was before the change; the pages and
listings that only read answer too, and the health check as if nothing were held. A
change still waits its turn."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from coachconn.config import Settings
from coachconn.core.coaches import Coach
from coachconn.core.errors import NotFound
from coachconn.core.sessions import SessionView
from coachconn.storage.engine import sqlite_path
from coachconn.web import errors
from coachconn.web.deps import CoachDep

HOLD_S = 4.0  # how long the other connection keeps the lock
# A page that reads answers within this: well before the lock is let go, with room for a
# slow machine's first render of a page (1.3 s seen under a full suite on 2 busy cores).
PROMPT_S = 2.0
AT_ONCE_S = 0.3  # the health check's, while a page is being answered
# What the other connection's change, not yet committed, calls the coach.
UNCOMMITTED_NAME = "Name Not Yet Committed"


@contextmanager
def lock_held(settings: Settings) -> Iterator[None]:
    """Another connection holds the database's write lock, mid-change (the coach's name
    changed, not committed), as a command or another request does, for :data:`HOLD_S` at
    most (rolled back on a timer, whatever the test does)."""
    path = sqlite_path(settings.resolved_database_url)
    if path is None:
        pytest.skip("holds SQLite's write lock; PostgreSQL lets readers read")
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE coaches SET name = ?", (UNCOMMITTED_NAME,))
    released = threading.Event()

    def release() -> None:
        if not released.is_set():
            released.set()
            other.execute("ROLLBACK")
            other.close()

    timer = threading.Timer(HOLD_S, release)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        timer.join()
        release()


def timed(call: Callable[[], httpx.Response]) -> tuple[httpx.Response, float]:
    start = time.monotonic()
    answer = call()
    return answer, time.monotonic() - start


def in_the_background(
    call: Callable[[], httpx.Response],
) -> Callable[[], tuple[httpx.Response, float]]:
    """Start ``call`` on a thread now; the returned function waits for its answer."""
    result: list[tuple[httpx.Response, float]] = []
    thread = threading.Thread(target=lambda: result.append(timed(call)))
    thread.start()

    def answer() -> tuple[httpx.Response, float]:
        thread.join(timeout=60)
        return result[0]

    return answer


def answered_while_locked(
    http: TestClient, settings: Settings, call: Callable[[], httpx.Response]
) -> tuple[httpx.Response, float]:
    """``call``'s answer and how long it took, asked while the lock is held; the health
    check asked meanwhile must answer at once."""
    with lock_held(settings):
        waiting = in_the_background(call)
        time.sleep(0.1)  # the page is being answered now
        health, health_took = timed(lambda: http.get("/healthz"))
        page, page_took = waiting()

    assert health.status_code == 200
    assert health_took < AT_ONCE_S
    return page, page_took


def named(coach: Coach) -> str:
    return f'<span class="who">{coach.name}</span>'


def test_a_not_found_page_names_the_coach_at_once_while_a_change_holds_the_lock(
    http: TestClient, settings: Settings, coach: Coach
) -> None:
    page, page_took = answered_while_locked(http, settings, lambda: http.get("/no/such/page"))

    assert page.status_code == 404
    assert page_took < PROMPT_S
    assert "There is nothing at this address." in page.text
    assert named(coach) in page.text  # as committed: the change in progress is not read
    assert UNCOMMITTED_NAME not in page.text


def test_a_form_refused_as_cross_site_answers_at_once_too(
    http: TestClient, settings: Settings, coach: Coach
) -> None:
    cross_site = {"sec-fetch-site": "cross-site"}

    page, page_took = answered_while_locked(
        http, settings, lambda: http.post("/sessions/1/transcript/remove", headers=cross_site)
    )

    assert page.status_code == 403
    assert page_took < PROMPT_S
    assert named(coach) in page.text


@pytest.mark.parametrize(
    "address",
    [
        "/",
        "/api/v1/clients",
        "/transcripts",
        "/api/v1/transcripts",
        "/sessions/{first}/transcript",
        "/api/v1/sessions/{first}/transcript",
        "/clients/{client}/transcripts",
        "/transcripts?client_id={client}",
        "/api/v1/clients/{client}/transcripts/trend",
    ],
)
def test_a_page_that_only_reads_answers_at_once_while_a_change_holds_the_lock(
    http: TestClient,
    settings: Settings,
    two: tuple[SessionView, SessionView],
    address: str,
) -> None:
    first, _ = two
    path = address.format(first=first.id, client=first.client_id)

    page, page_took = answered_while_locked(http, settings, lambda: http.get(path))

    assert page.status_code == 200, page.text
    assert page_took < PROMPT_S


def test_a_change_still_waits_for_the_one_in_progress(
    http: TestClient, settings: Settings, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two

    page, page_took = answered_while_locked(
        http,
        settings,
        lambda: http.post(
            f"/sessions/{first.id}/transcript/remove",
            headers={"sec-fetch-site": "same-origin"},
            follow_redirects=False,
        ),
    )

    assert page.status_code == 303  # removed once the other change had ended
    assert page_took >= HOLD_S - 0.2


def _missing_client(coach: CoachDep) -> None:
    raise NotFound("client", 42)


def test_a_coach_resolved_for_the_request_is_named_without_reading_again(
    app: FastAPI, http: TestClient, coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.add_api_route("/test/missing-client", _missing_client)

    def unreadable(*args: object) -> Coach:
        raise AssertionError("the error page read the coach again")

    monkeypatch.setattr(errors, "get_default_coach", unreadable)

    page = http.get("/test/missing-client")

    assert page.status_code == 404
    assert "client 42 not found" in page.text
    assert named(coach) in page.text


def test_an_error_page_goes_without_the_name_when_the_lookup_fails(
    http: TestClient, coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> Coach:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(errors, "get_default_coach", broken)

    page = http.get("/no/such/page")

    assert page.status_code == 404
    assert "There is nothing at this address." in page.text
    assert coach.name not in page.text
