"""A page's title names the client by number, never by name: a browser keeps every
title it shows in its history, on disk, in the clear, where the database keeps the
name sealed. The page itself names them, as it is kept by no cache."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from coachconn.core.sessions import SessionView

pytestmark = pytest.mark.db


def _title(page: str) -> str:
    found = re.search(r"<title>([^<]*)</title>", page)
    assert found is not None
    return found.group(1)


def test_the_transcript_pages_titles_name_the_client_by_number(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two
    client = first.client_id
    titles = {
        path: _title(http.get(path).text)
        for path in (
            f"/transcripts?client_id={client}",
            f"/clients/{client}/transcripts",
            f"/sessions/{first.id}/transcript",
        )
    }
    assert titles == {
        f"/transcripts?client_id={client}": f"Transcripts of client {client} · coachconn",
        f"/clients/{client}/transcripts": f"Transcripts of client {client} · coachconn",
        f"/sessions/{first.id}/transcript": (
            f"Client {client}, session {first.id} on 15 Feb 2026 · transcript · coachconn"
        ),
    }
    # The pages themselves still say whose they are.
    assert "<h1>Robin, session" in http.get(f"/sessions/{first.id}/transcript").text


def test_a_refused_upload_names_the_client_by_number_in_its_title(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two
    got = http.post(
        "/transcripts",
        params={"client_id": str(first.client_id)},
        data={"session_id": str(first.id)},
        files={"file": ("session.txt", b"not a transcript at all", "text/plain")},
        headers={"Sec-Fetch-Site": "same-origin"},
    )
    assert got.status_code == 422
    assert _title(got.text) == f"Not attached: Transcripts of client {first.client_id} · coachconn"
