"""The coach signs out with the button in the page header: the browser forgets the
sign-in, and the practice's pages are closed to it until the address is opened again."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from coachconn.core.coaches import Coach
from coachconn.services import clients
from coachconn.storage.store import Store

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

pytestmark = pytest.mark.db


@pytest.fixture
def noor(store: Store, coach: Coach) -> None:
    clients.add_client(store.unit_of_work(), coach.id, preferred_name="Noor Amari")


def test_the_sign_out_button_forgets_the_sign_in(
    signed_in: BrowserContext, live_url: str, sign_in_url: str, noor: None
) -> None:
    page = signed_in.new_page()
    page.goto(live_url + "/transcripts")
    assert len(signed_in.cookies()) == 1

    with page.expect_navigation():
        page.get_by_role("button", name="Sign out").click()

    assert page.url == live_url + "/sign-out"
    assert page.get_by_role("heading", level=1).inner_text() == "Signed out"
    said = page.locator("main").inner_text()
    assert "To sign in again, open the address that “coachconn serve” printed" in said
    assert page.get_by_role("button", name="Sign out").count() == 0
    assert signed_in.cookies() == []
    answer = page.goto(live_url + "/")
    assert answer is not None and answer.status == 401
    # Typed, so first the page that asks again (web/signin.py), then the refusal.
    page.get_by_role("heading", level=1, name="Sign-in needed").wait_for()
    assert "Noor Amari" not in page.content()

    page.goto(sign_in_url)
    page.wait_for_url(live_url + "/")
    assert page.get_by_text("Noor Amari").first.is_visible()
