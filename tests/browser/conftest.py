"""The web app served for real on a free local port, and Debian's Chromium driven
through Playwright. Without /usr/bin/chromium these tests skip, unless
COACHCONN_REQUIRE_BROWSER is set (as `.ci/run` sets it, after installing Chromium):
then a missing browser fails the run instead of hiding it."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from coachconn.config import Settings
from coachconn.storage.store import Store
from coachconn.web import create_app

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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def live_url(settings: Settings, store: Store) -> Iterator[str]:
    """The app on the test's store, served by uvicorn in a thread."""
    port = _free_port()
    config = uvicorn.Config(
        create_app(settings, store=store), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
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


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("COACHCONN_REQUIRE_BROWSER"):
            pytest.fail(f"no browser at {CHROMIUM}: apt-get install -y chromium")
        pytest.skip(f"no browser at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
