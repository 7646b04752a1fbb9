"""The sign-in address works wherever the coach opens it from: a link in an email or a
chat, a page of bookmarks, a file on disk, a page another server serves. Such a page is
another site, so its link starts a cross-site navigation: the cookie set on the way is
SameSite=Strict and would not be sent with the rest of that navigation. The sign-in
answer is therefore a page of the app's own, which goes on to the clients itself."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
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


@pytest.fixture
def links_page(tmp_path: Path, sign_in_url: str) -> Path:
    """A page of links, as a coach might keep one, holding the sign-in address."""
    page = tmp_path / "links" / "index.html"
    page.parent.mkdir()
    page.write_text(
        f'<!doctype html><title>Links</title><a href="{sign_in_url}">My practice</a>',
        encoding="utf-8",
    )
    return page


@pytest.fixture
def elsewhere(links_page: Path) -> Iterator[str]:
    """The links page served by another server, under another name (localhost, where
    the app is 127.0.0.1): another site, as a web mail or a chat would be."""
    handler = partial(SimpleHTTPRequestHandler, directory=str(links_page.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _opened_by_a_link(browser: Browser, page_address: str, live_url: str) -> str:
    """Click the sign-in link on the page at ``page_address``; the text of the page the
    browser settles on, once it is the app's first page."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(page_address)
        page.get_by_role("link", name="My practice").click()
        page.wait_for_url(live_url + "/")
        page.wait_for_load_state()
        assert page.get_by_role("heading", level=1).inner_text() == "Clients"
        text = page.locator("main").inner_text()
        # Signed in for good: the next page opened from the app is shown too.
        assert page.goto(live_url + "/transcripts").status == 200  # type: ignore[union-attr]
        return text
    finally:
        context.close()


def test_a_link_on_another_sites_page_signs_the_coach_in(
    browser: Browser, live_url: str, elsewhere: str, noor: None
) -> None:
    assert "Noor Amari" in _opened_by_a_link(browser, elsewhere, live_url)


def test_a_link_in_a_file_on_disk_signs_the_coach_in(
    browser: Browser, live_url: str, links_page: Path, noor: None
) -> None:
    assert "Noor Amari" in _opened_by_a_link(browser, links_page.as_uri(), live_url)


def test_the_back_button_does_not_return_to_the_address_with_the_token(
    browser: Browser, live_url: str, links_page: Path, noor: None
) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(links_page.as_uri())
        page.get_by_role("link", name="My practice").click()
        page.wait_for_url(live_url + "/")

        page.go_back()

        # The sign-in page's step to the clients took its place in the history.
        assert page.url == links_page.as_uri()
    finally:
        context.close()


@pytest.fixture
def deep_link(live_url: str, store: Store, coach: Coach) -> str:
    """A link to one page of the practice, not the sign-in address, as the coach keeps
    one in their email or calendar: Noor's transcripts."""
    noor = clients.add_client(store.unit_of_work(), coach.id, preferred_name="Noor Amari")
    return f"{live_url}/transcripts?client_id={noor.id}"


def _page_with_a_link(folder: Path, address: str) -> Path:
    page = folder / "mail" / "index.html"
    page.parent.mkdir()
    page.write_text(f'<!doctype html><title>Mail</title><a href="{address}">Open</a>', "utf-8")
    return page


@pytest.fixture
def mail_on_disk(tmp_path: Path, deep_link: str) -> str:
    return _page_with_a_link(tmp_path, deep_link).as_uri()


@pytest.fixture
def mail_elsewhere(tmp_path: Path, deep_link: str) -> Iterator[str]:
    """The page with the link served by another server, under another name."""
    page = _page_with_a_link(tmp_path, deep_link)
    handler = partial(SimpleHTTPRequestHandler, directory=str(page.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.mark.parametrize("mail", ["mail_on_disk", "mail_elsewhere"])
def test_a_signed_in_coach_following_a_link_from_elsewhere_lands_on_the_page(
    request: pytest.FixtureRequest,
    browser: Browser,
    sign_in_url: str,
    live_url: str,
    deep_link: str,
    mail: str,
) -> None:
    """The link's own request goes without the SameSite=Strict cookie; the page it gets
    asks for the same address again itself, with the cookie."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(sign_in_url)
        page.wait_for_url(live_url + "/")
        page.goto(request.getfixturevalue(mail))
        page.get_by_role("link", name="Open").click()
        page.wait_for_url(deep_link)
        page.get_by_role("heading", level=1, name="Transcripts").wait_for()

        assert "Noor Amari" in page.locator("main").inner_text()
        page.go_back()  # the page that asked again took no place in the history
        assert page.url == request.getfixturevalue(mail)
    finally:
        context.close()


def test_a_browser_not_signed_in_following_such_a_link_is_refused_once(
    browser: Browser, mail_on_disk: str, deep_link: str
) -> None:
    """Asked again once, then refused for good: no loop of pages asking again."""
    context = browser.new_context()
    asked: list[str] = []
    try:
        page = context.new_page()
        page.on("request", lambda sent: asked.append(sent.url))
        page.goto(mail_on_disk)
        page.get_by_role("link", name="Open").click()
        page.get_by_role("heading", level=1, name="Sign-in needed").wait_for()
        page.wait_for_timeout(500)  # time for a step that must not come

        assert page.url == deep_link
        assert "This practice is private" in page.locator("main").inner_text()
        assert "Noor Amari" not in page.content()
        assert asked.count(deep_link) == 2  # the link, and the one step asking again
    finally:
        context.close()
