"""The error page on a phone: what it says back of a bad address (sixty digits of an id
pasted a thousand digits long) wraps within the screen, and the page never scrolls
sideways."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

pytestmark = pytest.mark.db

PHONE = {"width": 375, "height": 800}


@pytest.mark.parametrize(
    "path", [f"/sessions/{'9' * 1000}/transcript", f"/sessions/{'a' * 1000}/transcript"]
)
def test_a_long_word_said_back_wraps_within_a_phones_screen(
    signed_in: BrowserContext, live_url: str, path: str
) -> None:
    page = signed_in.new_page()
    page.set_viewport_size(PHONE)
    answer = page.goto(live_url + path)

    assert answer is not None and answer.status in (404, 422)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    said = page.locator(".error p").first
    assert said.evaluate("e => e.getBoundingClientRect().right") <= PHONE["width"]
    assert "…" in said.inner_text()
