"""An error page never waits on the event loop for the database: while another
connection holds SQLite's write lock (a command, or another request, mid-change), an
error page answers within moments, without the coach's name, and every other request,
the health check included, is answered as if nothing were held."""

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
from coachconn.storage.engine import sqlite_path
from coachconn.web import errors
from coachconn.web.deps import CoachDep

HOLD_S = 1.5  # how long the other connection keeps the lock
PROMPT_S = 1.0  # an error page's answer within this: the lookup gives up after 0.5 s
AT_ONCE_S = 0.3  # the health check's, while an error page waits


@contextmanager
def lock_held(settings: Settings) -> Iterator[None]:
    """Another connection holds the database's write lock, as a change in progress does,
    for :data:`HOLD_S` at most (released on a timer, whatever the test does)."""
    path = sqlite_path(settings.resolved_database_url)
    if path is None:
        pytest.skip("holds SQLite's write lock; PostgreSQL lets readers read")
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
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
    check asked as it waits must answer at once."""
    with lock_held(settings):
        waiting = in_the_background(call)
        time.sleep(0.1)  # the error page is waiting for the database now
        health, health_took = timed(lambda: http.get("/healthz"))
        page, page_took = waiting()

    assert health.status_code == 200
    assert health_took < AT_ONCE_S
    return page, page_took


def test_a_not_found_page_answers_promptly_and_the_health_check_at_once(
    http: TestClient, settings: Settings, coach: Coach
) -> None:
    page, page_took = answered_while_locked(http, settings, lambda: http.get("/no/such/page"))

    assert page.status_code == 404
    assert page_took < PROMPT_S
    assert "There is nothing at this address." in page.text
    assert coach.name not in page.text  # not known in time: the page goes without it


def test_a_form_refused_as_cross_site_answers_promptly_too(
    http: TestClient, settings: Settings
) -> None:
    cross_site = {"sec-fetch-site": "cross-site"}

    page, page_took = answered_while_locked(
        http, settings, lambda: http.post("/sessions/1/transcript/remove", headers=cross_site)
    )

    assert page.status_code == 403
    assert page_took < PROMPT_S


def test_once_the_database_answers_the_page_names_the_coach_again(
    http: TestClient, settings: Settings, coach: Coach
) -> None:
    with lock_held(settings):
        for _ in range(4):  # more pages than lookups may be left waiting at once
            page, took = timed(lambda: http.get("/no/such/page"))
            assert took < PROMPT_S
            assert coach.name not in page.text

    named = f'<span class="who">{coach.name}</span>'
    deadline = time.monotonic() + 5
    # The lookups left waiting end as the lock is released, and give their places back.
    while named not in http.get("/no/such/page").text and time.monotonic() < deadline:
        time.sleep(0.05)
    assert named in http.get("/no/such/page").text


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
    assert f'<span class="who">{coach.name}</span>' in page.text
