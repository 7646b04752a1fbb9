"""No answer about a client is kept in a browser's or a proxy's cache; the static files,
which say nothing about anyone, may be."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.db


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/", 200),
        ("/transcripts", 200),
        ("/api/v1/transcripts", 200),
        ("/sessions/999/transcript", 404),
    ],
)
def test_pages_and_api_answers_are_not_stored(http: TestClient, path: str, status: int) -> None:
    got = http.get(path)
    assert got.status_code == status
    assert got.headers["cache-control"] == "no-store"


def test_a_refused_form_is_not_stored_either(http: TestClient) -> None:
    got = http.post("/transcripts", content=b"x", headers={"Sec-Fetch-Site": "cross-site"})
    assert got.status_code == 403
    assert got.headers["cache-control"] == "no-store"


def test_static_files_may_be_cached(http: TestClient) -> None:
    got = http.get("/static/style.css")
    assert got.status_code == 200
    assert "cache-control" not in got.headers
