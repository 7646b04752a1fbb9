"""A figure a session cannot give reads "n/a", and why is said in words under its table,
where the n/a leads to it by a link: a reason in a title only reaches a mouse. A screen
reader hears it in the cell too; each reason is said once, however many cells share it,
in the words the command line's report uses."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from tests.factories import attach_text, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.storage.store import Store

pytestmark = pytest.mark.db

# Plain text, no times: no end times for the silences. Two client turns: too few for
# the figures read from the client's codes. Two questions, no reflection.
FEW = b"Coach: How was it?\nRobin: Fine.\n" * 2
# Five client turns: the client's figures can be read.
ENOUGH = b"Coach: What happened next?\nRobin: I feel scared.\n" * 5


class _Page(HTMLParser):
    """The table cells that show n/a, each with the addresses of its links, the text it
    shows and the text a screen reader reads (less aria-hidden, with what is visually
    hidden), and its title; and the text of each element with an id."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.cells: list[dict[str, object]] = []
        self.by_id: dict[str, str] = {}
        self._open: list[tuple[str, str | None, bool, bool]] = []  # tag, id, hidden, unseen
        self._cell: dict[str, object] | None = None
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        classes = (found.get("class") or "").split()
        if tag == "td":
            self._cell = {"links": [], "shown": "", "read": "", "title": found.get("title")}
        if tag == "a" and self._cell is not None:
            self._cell["links"].append(found.get("href"))  # type: ignore[union-attr]
        hidden = found.get("aria-hidden") == "true"
        self._open.append((tag, found.get("id"), hidden, "visually-hidden" in classes))
        if found.get("id"):
            self.by_id[str(found["id"])] = ""

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            open_tag, _, _, _ = self._open.pop()
            if open_tag == tag:
                break
        if tag == "td" and self._cell is not None:
            if "n/a" in str(self._cell["shown"]):
                self.cells.append(self._cell)
            self._cell = None

    def handle_data(self, data: str) -> None:
        for _, at, _, _ in self._open:
            if at is not None:
                self.by_id[at] += data
        if self._cell is None:
            return
        if not any(unseen for *_, unseen in self._open):
            self._cell["shown"] = str(self._cell["shown"]) + data
        if not any(hidden for _, _, hidden, _ in self._open):
            self._cell["read"] = str(self._cell["read"]) + data


def _words(text: object) -> str:
    return " ".join(str(text).split())


def _reasons(page: str) -> list[str]:
    """The reason each n/a cell of ``page`` leads to; asserting that it leads to one, that
    the page says it in words, and that a screen reader hears it in the cell."""
    parsed = _Page(page)
    assert parsed.cells, "no n/a on the page"
    reasons = []
    for cell in parsed.cells:
        links = cell["links"]
        assert isinstance(links, list) and len(links) == 1, cell
        target = str(links[0])
        assert target.startswith("#") and target[1:] in parsed.by_id, cell
        reason = _words(parsed.by_id[target[1:]])
        assert reason, cell
        assert reason in _words(cell["read"]), cell
        assert cell["title"] is None, cell  # said in words, not in a tooltip too
        reasons.append(reason)
    return reasons


def _held(store: Store, coach: Coach, clock: FixedClock, *files: bytes) -> list[SessionView]:
    """One client's held sessions, a day apart and oldest first, with ``files`` attached."""
    engagement = make_engagement(store, coach)
    held = []
    for days, data in zip(range(len(files), 0, -1), files, strict=True):
        session = make_session(
            store, coach, engagement, at=clock() - timedelta(days=days), status="held"
        )
        attach_text(store, coach, session, data)
        held.append(session)
    return held


def test_each_na_in_the_figures_by_session_leads_to_why_said_once_in_words(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    first, _ = _held(store, coach, clock, FEW, ENOUGH)

    page = http.get(f"/clients/{first.client_id}/transcripts").text

    reasons = _reasons(page)
    # The first session's six figures read from the client's codes, both sessions' silences...
    assert reasons.count("fewer than 5 client turns") == 6
    assert reasons.count("no end times") == 2
    assert "no reflections" in reasons
    # Each reason said once under the table, in the order first met, numbered as marked.
    parsed = _Page(page)
    said = [_words(parsed.by_id[f"why-{n}"]) for n in range(1, len(set(reasons)) + 1)]
    assert said == list(dict.fromkeys(reasons))
    assert f"why-{len(said) + 1}" not in parsed.by_id


def test_the_legend_no_longer_asks_to_point_at_an_na(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    first, _ = _held(store, coach, clock, FEW, ENOUGH)

    page = http.get(f"/clients/{first.client_id}/transcripts").text

    assert "point at" not in page
    assert "the figures that rest on codes need English; the note its number leads to" in page


def test_each_na_in_the_list_of_transcripts_leads_to_why(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    silent = "Coach: ...\nRobin: —\n".encode()  # no words: no share of them
    first, _ = _held(store, coach, clock, silent, ENOUGH)
    _held(store, coach, clock, silent)

    assert _reasons(http.get("/transcripts").text) == ["no words"] * 2
    assert _reasons(http.get(f"/transcripts?client_id={first.client_id}").text) == ["no words"]


def test_a_page_with_every_figure_worked_out_has_no_notes_of_why(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    _held(store, coach, clock, ENOUGH)

    page = http.get("/transcripts").text

    assert "n/a" not in page
    assert 'id="why-1"' not in page and "Why n/a" not in page


def test_each_na_on_a_sessions_page_says_why_beside_it(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # No words: the figures that rest on them are n/a, each with its reason in its row,
    # in words (the metrics table has room for them: no number that leads elsewhere).
    held = _held(store, coach, clock, "Coach: ...\nRobin: —\n".encode())[0]

    page = http.get(f"/sessions/{held.id}/transcript").text

    rows = re.findall(r'<tr><th scope="row">(.*?)</tr>', page, re.S)
    unavailable = [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", row)).split()) for row in rows]
    unavailable = [row for row in unavailable if "n/a" in row]
    assert len(unavailable) > 5
    for row in unavailable:  # the reason follows the n/a, in brackets, in the page's text
        assert re.search(r"n/a,? .*\((no|needs|the|coach) [^)]+\)", row), row
