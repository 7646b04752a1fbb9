"""The web app on the test's store, and a client that never raises server errors
into the test: a 500 is a response to look at, like a user would see it. ``http`` has
signed in as the coach does, through the sign-in address; ``anonymous`` has not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from tests.factories import (
    LONG,
    SHORT,
    FlagCoder,
    attach_text,
    make_engagement,
    make_session,
)

from coachconn.config import Settings
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.storage.store import Store
from coachconn.web import create_app


@pytest.fixture
def app(settings: Settings, store: Store, token: str) -> FastAPI:
    # Transcripts attached through the web are coded by FlagCoder: no model to load.
    # The access token is the data folder's, as `coachconn serve` has it.
    return create_app(settings, store=store, coder=FlagCoder())


@pytest.fixture
def anonymous(app: FastAPI) -> Iterator[TestClient]:
    """A browser on this machine that has not signed in (another account's, say)."""
    # The address a coach's browser uses: the app answers to no other Host.
    with TestClient(app, base_url="http://127.0.0.1:8000", raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def http(app: FastAPI, token: str) -> Iterator[TestClient]:
    """The coach's browser, signed in by opening the address `coachconn serve` prints."""
    with TestClient(app, base_url="http://127.0.0.1:8000", raise_server_exceptions=False) as client:
        signed_in = client.get(f"/sign-in?token={token}")
        assert signed_in.status_code == 200, signed_in.text
        yield client


@pytest.fixture
def held(store: Store, coach: Coach, clock: FixedClock) -> SessionView:
    """Robin's session of yesterday, held, with no transcript yet."""
    engagement = make_engagement(store, coach)
    return make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")


@pytest.fixture
def two(store: Store, coach: Coach, clock: FixedClock) -> tuple[SessionView, SessionView]:
    """Two held sessions of one client, 15 days and 1 day ago, with LONG and SHORT."""
    engagement = make_engagement(store, coach)
    first = make_session(store, coach, engagement, at=clock() - timedelta(days=15), status="held")
    second = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    attach_text(store, coach, first, LONG)
    attach_text(store, coach, second, SHORT)
    return first, second


@pytest.fixture
def others_session(store: Store, other_coach: Coach, clock: FixedClock) -> SessionView:
    """Another coach's held session with LONG attached: never the signed-in coach's."""
    engagement = make_engagement(store, other_coach)
    held = make_session(
        store, other_coach, engagement, at=clock() - timedelta(days=1), status="held"
    )
    attach_text(store, other_coach, held, LONG)
    return held
