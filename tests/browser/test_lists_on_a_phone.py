"""The list of clients and the list of transcripts on a phone's screen: each row a card
that fits the screen, its link into the client's pages in view without scrolling
sideways, and no date broken over more than two lines. On a desktop window the same
lists stay tables, a column to each field."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.services.coaches import update_coach
from coachconn.storage.store import Store
from tests.factories import attach_text, make_client, make_engagement, make_session

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Locator, Page

pytestmark = pytest.mark.db

PHONE = {"width": 390, "height": 844}
SAID = b"Coach: What happened next?\nRobin: We met on Monday and it ran two hours over.\n" * 5


@pytest.fixture
def practice(store: Store, coach: Coach, clock: FixedClock) -> None:
    """Two clients, each with a session held (with its transcript) and one ahead, the
    coach in Lisbon: the dates read as "Sun 29 Nov 2026, 08:00 WET"."""
    update_coach(store.unit_of_work(), coach.id, timezone="Europe/Lisbon")
    for k, name in enumerate(("Robin", "Ines Duarte-Fonseca")):
        client = make_client(store, coach, preferred_name=name, flags=["cross_cultural"])
        engagement = make_engagement(store, coach, client)
        at = clock() - timedelta(days=1, hours=2 * k)
        held = make_session(store, coach, engagement, at=at, status="held")
        attach_text(store, coach, held, SAID.replace(b"Robin", name.encode()))
        make_session(store, coach, engagement, at=clock() + timedelta(days=5, hours=2 * k))


@pytest.fixture
def page(signed_in: BrowserContext) -> Page:
    return signed_in.new_page()


def _box(locator: Locator) -> dict[str, float]:
    """Where the element is on the screen, in CSS pixels."""
    return locator.evaluate(  # type: ignore[no-any-return]
        "e => { const r = e.getBoundingClientRect();"
        " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom} }"
    )


def _lines_of_each_date(page: Page) -> list[int]:
    """How many lines each date in the list takes: a box of its own for each line an
    inline element is broken over."""
    return page.locator("main table time").evaluate_all(  # type: ignore[no-any-return]
        "times => times.map(t => new Set([...t.getClientRects()].map(r => r.top)).size)"
    )


def _fits_the_screen(page: Page, region: str) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    box = page.get_by_role("region", name=region)
    assert box.evaluate("e => e.scrollWidth <= e.clientWidth")  # nothing to scroll to


@pytest.mark.usefixtures("practice")
def test_on_a_phone_each_client_is_a_card_with_its_transcripts_link_in_view(
    page: Page, live_url: str
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(live_url + "/")

    _fits_the_screen(page, "Clients")
    link = page.get_by_role("link", name="Transcripts of Robin")
    where = _box(link)
    assert where["left"] >= 0 and where["right"] <= PHONE["width"]
    assert link.is_visible()
    # The name heads its card, above the fields: the first one, Phase, labelled so.
    card = page.locator("table.clients tbody tr").first
    name, phase = _box(card.locator("td").first), _box(card.locator("td").nth(1))
    assert name["bottom"] <= phase["top"] + 1
    assert (
        card.locator("td").nth(1).evaluate("e => getComputedStyle(e, '::before').content")
        == '"Phase"'
    )
    dates = _lines_of_each_date(page)
    assert len(dates) == 2 and all(1 <= lines <= 2 for lines in dates), dates
    link.click()
    page.wait_for_url("**/clients/*/transcripts")


@pytest.mark.usefixtures("practice")
def test_on_a_phone_each_transcript_is_a_card_with_its_links_in_view(
    page: Page, live_url: str
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(live_url + "/transcripts")

    _fits_the_screen(page, "Transcripts")
    for link in page.locator("table.listing tbody a").all():
        where = _box(link)
        assert where["left"] >= 0 and where["right"] <= PHONE["width"]
    dates = _lines_of_each_date(page)
    assert len(dates) == 2 and all(1 <= lines <= 2 for lines in dates), dates


@pytest.mark.usefixtures("practice")
@pytest.mark.parametrize(("path", "columns"), [("/", 6), ("/transcripts", 7)])
def test_on_a_desktop_window_the_lists_stay_tables(
    page: Page, live_url: str, path: str, columns: int
) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_url + path)

    heads = page.locator("main table thead th")
    assert heads.count() == columns
    assert all(heads.nth(k).is_visible() for k in range(columns))
    cells = page.locator("main table tbody tr").first.locator("td")
    tops = {round(_box(cells.nth(k))["top"]) for k in range(columns)}
    assert len(tops) == 1  # side by side, one row
    assert all(1 <= lines <= 2 for lines in _lines_of_each_date(page))
