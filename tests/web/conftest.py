"""The web app on the test's store, and a client that never raises server errors
into the test: a 500 is a response to look at, like a user would see it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from coachconn.config import Settings
from coachconn.storage.store import Store
from coachconn.web import create_app


@pytest.fixture
def app(settings: Settings, store: Store) -> FastAPI:
    return create_app(settings, store=store)


@pytest.fixture
def http(app: FastAPI) -> Iterator[TestClient]:
    # The address a coach's browser uses: the app answers to no other Host.
    with TestClient(app, base_url="http://127.0.0.1:8000", raise_server_exceptions=False) as client:
        yield client
