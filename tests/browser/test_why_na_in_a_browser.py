"""An n/a in the figures by session leads, by the keyboard on a phone's screen, to why
the figure is missing: the reason comes into view under the table, marked as the one
led to."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.storage.store import Store
from tests.factories import attach_text, make_engagement, make_session

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

pytestmark = pytest.mark.db

# Two client turns and no times: the client's figures and the silences are n/a.
FEW = b"Coach: How was it?\nRobin: Fine.\n" * 2
MARKED = "rgb(255, 246, 216)"  # .why-notes li:target, as a line of the transcript led to


def test_on_a_phone_an_na_leads_by_the_keyboard_to_its_reason_in_view(
    signed_in: BrowserContext, live_url: str, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    attach_text(store, coach, held, FEW)
    page = signed_in.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_url}/clients/{held.client_id}/transcripts")

    # The last n/a of the row: the table's box scrolls it into view as the focus reaches it.
    na = page.locator("table.trend a.why").last
    na.focus()
    heard = na.evaluate("a => a.querySelector('.visually-hidden').textContent")
    page.keyboard.press("Enter")

    reason = page.locator(".why-notes li:target")
    assert reason.count() == 1
    assert f" ({reason.inner_text()})" == heard  # the reason the cell says to a screen reader
    box = reason.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 640
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320
    assert reason.evaluate("li => getComputedStyle(li).backgroundColor") == MARKED
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
