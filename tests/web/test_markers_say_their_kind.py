"""A marker's kind, a positive marker or a warning sign, is said in words to a screen
reader, not left to its colour and its sign: "!" is not read out at the punctuation a
screen reader reads by default. The sign stays in sight, the words out of it."""

from __future__ import annotations

from datetime import timedelta
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from tests.factories import LONG, attach_text, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.storage.store import Store

pytestmark = pytest.mark.db

KINDS = {"marker-positive": "positive marker:", "marker-warning": "warning sign:"}


class _Markers(HTMLParser):
    """Each marker's kind (its class) and what a screen reader reads of it: its text
    less what is hidden from assistive technology; and the text shown only to it."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.read: list[tuple[str, str]] = []
        self.unseen: list[str] = []
        self._open: list[tuple[bool, bool]] = []  # (aria-hidden, visually hidden) per tag
        self._kind: str | None = None
        self._depth = 0
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        classes = (found.get("class") or "").split()
        if tag == "span" and "marker" in classes and self._kind is None:
            self._kind = next(c for c in classes if c in KINDS)
            self._depth = len(self._open)
            self.read.append((self._kind, ""))
        self._open.append((found.get("aria-hidden") == "true", "visually-hidden" in classes))

    def handle_endtag(self, tag: str) -> None:
        self._open.pop()
        if self._kind is not None and len(self._open) == self._depth:
            self._kind = None

    def handle_data(self, data: str) -> None:
        if self._kind is None or any(hidden for hidden, _ in self._open):
            return
        kind, text = self.read[-1]
        self.read[-1] = (kind, text + data)
        if any(unseen for _, unseen in self._open):
            self.unseen.append(data)


def _assert_each_says_its_kind(page: str) -> int:
    markers = _Markers(page)
    assert markers.read
    for kind, text in markers.read:
        assert " ".join(text.split()).startswith(KINDS[kind]), text
    assert sorted(set(markers.unseen)) == sorted({KINDS[k] for k, _ in markers.read})
    return len(markers.read)


def test_each_marker_on_the_transcript_pages_says_its_kind_in_words(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(
        store, coach, engagement, at=clock() - timedelta(days=1), status="held",
        markers=["increased_openness", "surface_level_conversation"],
    )  # fmt: skip
    attach_text(store, coach, held, LONG)

    for path in (
        f"/sessions/{held.id}/transcript",
        f"/clients/{held.client_id}/transcripts",
        "/transcripts",
    ):
        got = http.get(path)
        assert got.status_code == 200
        _assert_each_says_its_kind(got.text)


def test_the_sign_itself_is_not_read_out(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    got = http.get(f"/sessions/{two[0].id}/transcript")
    assert '<span aria-hidden="true">!</span>' in got.text
    assert '<span aria-hidden="true">+</span>' in got.text
