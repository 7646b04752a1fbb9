"""Each data table says what it holds in a caption, which a screen reader names it by
when it moves from table to table (shown, or out of sight where the heading above it
already says so): the client list, the transcripts, a client's figures by session, a
session's metrics and its coded transcript."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from coachconn.core.sessions import SessionView

pytestmark = pytest.mark.db


def _captions(page: str) -> list[str]:
    """Each table's caption, "" for none."""
    tables = re.findall(r"<table[^>]*>\s*(<caption[^>]*>(.*?)</caption>)?", page, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", caption).split()) for _, caption in tables]


def test_every_data_table_has_a_caption(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two
    assert _captions(http.get("/").text) == ["Clients"]
    assert _captions(http.get("/transcripts").text) == ["Transcripts"]
    assert _captions(http.get(f"/clients/{first.client_id}/transcripts").text) == [
        "Figures by session"
    ]
    session = _captions(http.get(f"/sessions/{first.id}/transcript").text)
    assert session[-1] == "Coded transcript"
    assert all(session)
