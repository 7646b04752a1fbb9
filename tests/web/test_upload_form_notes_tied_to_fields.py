"""A note beside a field of the upload form is tied to it for assistive technology, as
its error is: the hint under the name, and the "choose it again" of a field a refusal
emptied, are read out with the field they are about, the error first."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from tests.factories import LONG

from coachconn.core.sessions import SessionView
from coachconn.web.origin import MAX_FORM_BYTES

pytestmark = pytest.mark.db

OWN_PAGE = {"Sec-Fetch-Site": "same-origin"}


class _Page(HTMLParser):
    """Each start tag's attributes by its id, and the text of each element with one."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.by_id: dict[str, dict[str, str | None]] = {}
        self.text: dict[str, str] = {}
        self._open: list[str | None] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.by_id[str(found["id"])] = found
            self.text[str(found["id"])] = ""
        if tag not in ("input", "br", "meta", "link", "wbr"):
            self._open.append(found.get("id"))

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("input", "br", "meta", "link", "wbr") and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for opened in self._open:
            if opened:
                self.text[opened] += data

    def described(self, field: str) -> list[str]:
        """The words each id in ``field``'s aria-describedby names, in its order."""
        ids = (self.by_id[field].get("aria-describedby") or "").split()
        return [" ".join(self.text[i].split()) for i in ids]


def _post(http: TestClient, held: SessionView, speaker: str) -> str:
    got = http.post(
        "/transcripts",
        params={"client_id": str(held.client_id)},
        data={"session_id": str(held.id), "speaker": speaker},
        files={"file": ("session.txt", LONG, "text/plain")},
        headers=OWN_PAGE,
    )
    assert got.status_code == 422
    return got.text


def test_the_hint_under_the_name_describes_the_name(http: TestClient, held: SessionView) -> None:
    page = _Page(http.get(f"/clients/{held.client_id}/transcripts").text)
    assert page.described("attach-speaker") == [
        "Needed only where the file does not call you Coach A"
    ]


def test_a_refused_name_is_described_by_its_error_then_its_hint(
    http: TestClient, held: SessionView
) -> None:
    page = _Page(_post(http, held, "Nobody"))
    described = page.described("attach-speaker")
    assert described[0].startswith("Your name in the file: no speaker named 'Nobody'")
    assert described[1:] == ["Needed only where the file does not call you Coach A"]
    # The file the browser emptied says so where the file is asked for.
    assert page.described("attach-file") == [
        "Choose the file again: a browser does not keep it after a refusal."
    ]


def test_a_form_over_the_size_limit_asks_again_for_the_session_where_it_is_chosen(
    http: TestClient, held: SessionView
) -> None:
    got = http.post(
        "/transcripts",
        params={"client_id": str(held.client_id)},
        data={"session_id": str(held.id)},
        files={"file": ("session.txt", b"x" * (MAX_FORM_BYTES + 1), "text/plain")},
        headers=OWN_PAGE,
    )
    assert got.status_code == 413
    page = _Page(got.text)
    assert page.described("attach-session_id") == [
        "Choose the session again: nothing of a form over the size limit is read."
    ]
