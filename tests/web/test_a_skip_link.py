"""Every page begins with a link past the header to its content, so a coach on a
keyboard or a screen reader does not go through the header's links on each page: the
first link of the page, to the page's one main region."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from coachconn.core.sessions import SessionView

pytestmark = pytest.mark.db


class _Skip(HTMLParser):
    """The page's first link, and the ids of its main regions."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.first_link: dict[str, str | None] | None = None
        self.first_link_text = ""
        self.mains: list[str | None] = []
        self._in_first = False
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and self.first_link is None:
            self.first_link, self._in_first = dict(attrs), True
        if tag == "main":
            self.mains.append(dict(attrs).get("id"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._in_first = False

    def handle_data(self, data: str) -> None:
        if self._in_first:
            self.first_link_text += data


def _assert_skips_to_main(page: str) -> None:
    found = _Skip(page)
    assert len(found.mains) == 1 and found.mains[0]
    assert found.first_link is not None
    assert found.first_link.get("href") == f"#{found.mains[0]}"
    assert found.first_link_text.strip() == "Skip to the content"


def test_the_practices_pages_begin_with_a_link_to_their_content(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two
    for path in (
        "/",
        "/transcripts",
        f"/clients/{first.client_id}/transcripts",
        f"/sessions/{first.id}/transcript",
        "/sessions/999999/transcript",
    ):
        got = http.get(path)
        assert got.status_code in (200, 404), path
        _assert_skips_to_main(got.text)


def test_the_pages_of_a_browser_not_signed_in_begin_with_it_too(
    anonymous: TestClient, http: TestClient
) -> None:
    _assert_skips_to_main(anonymous.get("/").text)  # the 401 page
    signed_out = http.post("/sign-out", headers={"Sec-Fetch-Site": "same-origin"})
    assert signed_out.status_code == 200
    _assert_skips_to_main(signed_out.text)
