"""The web app served for real on a free local port, and Debian's Chromium driven
through Playwright. Without /usr/bin/chromium (or Playwright) these tests skip, unless
COACHCONN_REQUIRE_BROWSER is set (as `.ci/run` sets it, after installing Chromium):
then a missing browser fails the run instead of hiding it.

Playwright's calls that open or close a context or a page have no timeout of their own,
and on a machine loaded far past its cores Chromium has been seen to leave one of them
waiting for good (a whole test run held for an hour, with no page's process left). So a
watchdog stops this run's Chromium when a test has taken BROWSER_TEST_LIMIT_S: the test
fails with the browser closed under it, and is run once more in a newly launched
browser. A test that fails with the browser closed under it for any other reason (Chromium
has been seen to refuse every new page while still connected) is run once more in a newly
launched browser too. A test that fails any other way fails at once."""

from __future__ import annotations

import os
import re
import signal
import socket
import threading
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import uvicorn

from coachconn.config import Settings
from coachconn.storage.store import Store
from coachconn.web import create_app

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Playwright

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
# How long a browser test may take before the watchdog stops Chromium (a test takes a
# few seconds; the slowest, on a busy machine, under a minute).
BROWSER_TEST_LIMIT_S = 150
# What a test run on a stopped browser fails with: only these failures are run again.
BROWSER_STOPPED = [r"has been closed", r"Connection closed", r"Browser closed"]


# Set when a test failed with the browser closed under it: the next test (its rerun) gets a
# newly launched Chromium, not the one that failed it, which can still answer as connected
# while every new page in it fails ("Target page, context or browser has been closed").
_RELAUNCH = threading.Event()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.failed and any(re.search(p, str(report.longrepr)) for p in BROWSER_STOPPED):
        _RELAUNCH.set()
    return report


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.flaky(reruns=1, only_rerun=BROWSER_STOPPED))


def _chromium_of_this_run() -> list[int]:
    """The Chromium processes below this one (Playwright's driver starts them)."""
    parent: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                # The fields after the command name, which may itself hold ")" or spaces.
                parent[int(entry.name)] = int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
                )
            except (OSError, IndexError, ValueError):
                continue
    me, found = os.getpid(), []
    for pid in parent:
        up = parent.get(pid)
        while up and up != me:
            up = parent.get(up)
        if up == me:
            try:
                if "chromium" in (Path("/proc") / str(pid) / "cmdline").read_bytes().decode(
                    errors="replace"
                ):
                    found.append(pid)
            except OSError:
                continue
    return found


def _stop_chromium() -> None:
    for pid in _chromium_of_this_run():
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            continue


@pytest.fixture(autouse=True)
def _watchdog() -> Iterator[None]:
    """Stops Chromium if the test (its fixtures' set-up and tear-down included) hangs."""
    timer = threading.Timer(BROWSER_TEST_LIMIT_S, _stop_chromium)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


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


class _Chromium:
    """One Chromium for the run, launched again if the watchdog stopped it."""

    def __init__(self, playwright: Playwright) -> None:
        self._playwright = playwright
        self._browser: Browser | None = None

    def get(self) -> Browser:
        if _RELAUNCH.is_set():
            _RELAUNCH.clear()
            self.close()
            self._browser = None
        if self._browser is None or not self._browser.is_connected():
            self._browser = self._playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
            )
        return self._browser

    def close(self) -> None:
        if self._browser is not None and self._browser.is_connected():
            try:
                self._browser.close()
            except Exception:  # a browser already broken under us is let go, not closed
                _stop_chromium()


@pytest.fixture(scope="session")
def _chromium() -> Iterator[_Chromium]:
    if not CHROMIUM.exists():
        if os.environ.get("COACHCONN_REQUIRE_BROWSER"):
            pytest.fail(f"no browser at {CHROMIUM}: apt-get install -y chromium")
        pytest.skip(f"no browser at {CHROMIUM}")
    if os.environ.get("COACHCONN_REQUIRE_BROWSER"):
        from playwright.sync_api import sync_playwright
    else:
        sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright

    with sync_playwright() as playwright:
        chromium = _Chromium(playwright)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def browser(_chromium: _Chromium) -> Browser:
    return _chromium.get()
