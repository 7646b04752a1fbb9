"""The coach opens the address `coachconn serve` printed in a real browser: they land on
their clients, the token gone from the address bar, and go from page to page signed in.
A browser that has not opened it sees how to sign in, and nothing of the practice."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from coachconn.core.coaches import Coach
from coachconn.services import clients
from coachconn.storage.store import Store

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.db


@pytest.fixture
def noor(store: Store, coach: Coach) -> None:
    clients.add_client(store.unit_of_work(), coach.id, preferred_name="Noor Amari")


def test_the_printed_address_signs_the_coach_in_and_the_pages_follow(
    browser: Browser, live_url: str, sign_in_url: str, token: str, noor: None
) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(sign_in_url)
        page.wait_for_url(live_url + "/")  # the sign-in page goes on by itself

        assert page.get_by_role("heading", level=1).inner_text() == "Clients"
        assert page.get_by_text("Noor Amari").first.is_visible()
        [cookie] = context.cookies()
        assert (cookie["httpOnly"], cookie["sameSite"], cookie["secure"]) == (
            True,
            "Strict",
            False,
        )
        assert token not in cookie["value"]
        assert page.evaluate("document.cookie") == ""  # no script on a page can read it

        page.get_by_role("navigation", name="Main").get_by_role("link", name="Transcripts").click()
        page.wait_for_url(live_url + "/transcripts")
        assert page.get_by_role("heading", level=1).inner_text() == "Transcripts"
        page.goto(live_url + "/api/v1/clients")
        assert "Noor Amari" in page.content()
    finally:
        context.close()


def test_a_browser_that_has_not_signed_in_is_told_how_and_sees_nothing(
    browser: Browser, live_url: str, coach: Coach, noor: None
) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        answer = page.goto(live_url + "/")

        assert answer is not None and answer.status == 401
        assert page.get_by_role("heading", level=1).inner_text() == "Sign-in needed"
        text = page.locator("main").inner_text()
        assert "open the address that “coachconn serve” printed" in text
        assert "Noor Amari" not in page.content()
        assert coach.name not in page.content()
    finally:
        context.close()
