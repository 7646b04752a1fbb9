"""A group session's page tables each speaker's talk under the talk shares, as the text
report does, with the same words; a session of two people has no such table."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from tests.factories import LONG, TEAM, attach_text, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def _held_with(
    store: Store, coach: Coach, clock: FixedClock, data: bytes, *, names_differ: bool = False
) -> SessionView:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    attach_text(store, coach, held, data, names_differ=names_differ)
    return held


def _table(page: str, caption: str) -> str | None:
    """The table with ``caption``, or None."""
    found = re.search(rf"<table[^>]*>\s*<caption[^>]*>{caption}</caption>.*?</table>", page, re.S)
    return None if found is None else found.group(0)


def _cells(table: str) -> list[list[str]]:
    """Each row's cells, header cells with their scope, as "th row: Ana (client)"."""
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", table, re.S):
        cells = re.findall(r'<(th|td)(?: scope="(\w+)")?[^>]*>(.*?)</\1>', row, re.S)
        rows.append([f"{' '.join(filter(None, (kind, scope)))}: {text.strip()}"
                     for kind, scope, text in cells])  # fmt: skip
    return rows


def test_a_group_sessions_page_tables_each_speakers_talk(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # None of the team is the session's client by name: attached as confirmed.
    held = _held_with(store, coach, clock, TEAM, names_differ=True)
    page = http.get(f"/sessions/{held.id}/transcript").text

    table = _table(page, "Talk by speaker")
    assert table is not None
    assert _cells(table) == [
        ["th col: Speaker", "th col: by words", "th col: by time"],
        ["th row: Coach (coach)", "td: 16.7% (9 words)", "td: 15.1% (4.0 s)"],
        ["th row: Ana (client)", "td: 44.4% (24 words)", "td: 45.3% (12.0 s)"],
        ["th row: Ben (client)", "td: 1.9% (1 word)", "td: 1.9% (0.5 s)"],
        ["th row: Chloe (client)", "td: 37.0% (20 words)", "td: 37.7% (10.0 s)"],
    ]
    # Under the table of the talk shares, which pool the team's, before the client's.
    listening = _table(page, "Listening and inquiry")
    assert listening is not None and "Talk share (words)" in listening
    assert page.index(listening) + len(listening) < page.index(table)
    assert page.index(table) < page.index("<caption>Client</caption>")


def test_a_session_of_two_has_no_table_of_talk_by_speaker(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    held = _held_with(store, coach, clock, LONG)
    page = http.get(f"/sessions/{held.id}/transcript").text
    assert "Talk share (words)" in page
    assert "Talk by speaker" not in page


def test_what_the_figures_mean_explains_the_table_on_a_group_sessions_page(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    held = _held_with(store, coach, clock, TEAM, names_differ=True)
    page = http.get(f"/sessions/{held.id}/transcript").text
    explained = re.findall(r"<dt>(.*?)</dt>", page)
    at = explained.index("Talk share (time)")
    assert explained[at + 1] == "Talk by speaker"
    two = _held_with(store, coach, clock, LONG)
    assert "<dt>Talk by speaker</dt>" not in http.get(f"/sessions/{two.id}/transcript").text
