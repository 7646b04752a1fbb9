"""At 320 pixels wide (a small phone, or a desktop window zoomed to 400%), no page of
the coach's scrolls sideways: what is wider scrolls in a box of its own. With markers
ticked, the words read out beside each, out of sight, stay in that box too."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.storage.store import Store
from tests.factories import LONG, attach_text, make_engagement, make_session

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
    page = signed_in.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    for path in (
        "/",
        "/transcripts",
        f"/clients/{held.client_id}/transcripts",
        f"/sessions/{held.id}/transcript",
        "/sessions/999999/transcript",
    ):
        page.goto(live_url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
