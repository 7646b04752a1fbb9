"""On a keyboard, the first Tab of a page shows the link past the header, in view; taken,
the next Tab is on the first link of the page's content, not the header's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

pytestmark = pytest.mark.db


@pytest.mark.parametrize("phone", [False, True])
def test_the_first_tab_shows_the_skip_link_and_taking_it_passes_the_header(
    signed_in: BrowserContext, live_url: str, phone: bool
) -> None:
    page = signed_in.new_page()
    if phone:  # the narrowest a page reflows to
        page.set_viewport_size({"width": 320, "height": 640})
    # The error page's content has links of its own, where an empty practice has none.
    page.goto(live_url + "/sessions/999999/transcript")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to the content")
    assert skip.evaluate("e => e === document.activeElement")
    box = skip.bounding_box()
    width = page.evaluate("innerWidth")
    assert box is not None and box["y"] >= 0 and box["x"] >= 0
    assert box["x"] + box["width"] <= width and box["height"] > 10

    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")
    assert page.evaluate("document.activeElement.textContent") == "Your clients"
