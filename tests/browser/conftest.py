"""The web app served for real on a free local port, and Debian's Chromium driven
through Playwright. Without /usr/bin/chromium (or Playwright) these tests skip, unless
COACHCONN_REQUIRE_BROWSER is set (as `.ci/run` sets it, after installing Chromium):
then a missing browser fails the run instead of hiding it."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import uvicorn

from coachconn.config import Settings
from coachconn.storage.store import Store
from coachconn.web import create_app

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext

CHROMIUM = Path("/usr/bin/chromium")
# The flags this machine's Chromium needs: no sandbox as root, and no calls home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def live_url(settings: Settings, store: Store) -> Iterator[str]:
    """The app on the test's store, served by uvicorn in a thread on a socket bound
    here, so no other process can take the port between choosing and serving it."""
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    port = listening.getsockname()[1]
    config = uvicorn.Config(create_app(settings, store=store), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listening]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web app did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listening.close()
        # The store closes after this fixture: never under a server still answering.
        assert not thread.is_alive(), "the web app did not stop"


@pytest.fixture
def sign_in_url(live_url: str, token: str) -> str:
    """The address `coachconn serve` prints for this server."""
    return f"{live_url}/sign-in?token={token}"


@pytest.fixture
def signed_in(browser: Browser, sign_in_url: str) -> Iterator[BrowserContext]:
    """A fresh browser profile that has opened the sign-in address, as the coach does."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(sign_in_url)
        page.close()
        yield context
    finally:
        context.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("COACHCONN_REQUIRE_BROWSER"):
            pytest.fail(f"no browser at {CHROMIUM}: apt-get install -y chromium")
        pytest.skip(f"no browser at {CHROMIUM}")
    if os.environ.get("COACHCONN_REQUIRE_BROWSER"):
        from playwright.sync_api import sync_playwright
    else:
        sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
