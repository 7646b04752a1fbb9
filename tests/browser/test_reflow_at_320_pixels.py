"""At 320 pixels wide (a small phone, or a desktop window zoomed to 400%), no page of
the coach's scrolls sideways: what is wider scrolls in a box of its own. With markers
ticked, the words read out beside each, out of sight, stay in that box too; a group
session's talk by speaker lists each speaker's figures under their name."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

import pytest

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.storage.store import Store
from tests.factories import LONG, TEAM, attach_text, make_engagement, make_session

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

pytestmark = pytest.mark.db


def test_no_page_scrolls_sideways_at_320_pixels(
    signed_in: BrowserContext, live_url: str, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(
        store, coach, engagement, at=clock() - timedelta(days=1), status="held",
        markers=["increased_openness", "surface_level_conversation"],
    )  # fmt: skip
    attach_text(store, coach, held, LONG)
    team = make_session(store, coach, engagement, at=clock() - timedelta(days=2), status="held")
    attach_text(store, coach, team, TEAM, names_differ=True)
    page = signed_in.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    for path in (
        "/",
        "/transcripts",
        f"/clients/{held.client_id}/transcripts",
        f"/sessions/{held.id}/transcript",
        f"/sessions/{team.id}/transcript",
        "/sessions/999999/transcript",
    ):
        page.goto(live_url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
    # The team's figures, one speaker at a time: the name above the figures, each below
    # the last and labelled by its column's head.
    page.goto(live_url + f"/sessions/{team.id}/transcript")
    ana = page.locator("table.speakers tbody tr").nth(1)
    cells = ana.locator("th, td")
    assert cells.all_inner_texts() == ["Ana (client)", "44.4% (24 words)", "45.3% (12.0 s)"]
    boxes = [box for box in (cell.bounding_box() for cell in cells.all()) if box is not None]
    assert len(boxes) == 3
    assert all(above["y"] + above["height"] <= below["y"] for above, below in pairwise(boxes))
    labels = cells.evaluate_all("cells => cells.map(c => getComputedStyle(c, '::before').content)")
    assert labels == ["none", '"by words "', '"by time "']
