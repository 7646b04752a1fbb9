"""`coachconn serve --new-token` replaces the access token in its file, and a server
already running follows the file: the old token, the sign-in addresses and the cookies
made with it stop getting in there too (within a second), and the new one gets in at
once. A request showing a token or a cookie that is not this practice's is told so, not
only that sign-in is needed."""

from __future__ import annotations

import html
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from coachconn.config import Settings
from coachconn.services.access import followed_access_token, new_access_token
from coachconn.storage.store import Store
from coachconn.web import create_app

pytestmark = pytest.mark.db

NOT_THIS_PRACTICES = "not this practice's (perhaps replaced by 'coachconn serve --new-token')"


class Clock:
    """A monotonic clock that moves when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def monotonic() -> Clock:
    return Clock()


@pytest.fixture
def app(settings: Settings, store: Store, token: str, monotonic: Clock) -> FastAPI:
    """The app as `coachconn serve` builds it, following the token file, on ``monotonic``."""
    return create_app(settings, store=store, token=followed_access_token(settings, clock=monotonic))


@pytest.fixture
def browser(app: FastAPI, token: str) -> Iterator[TestClient]:
    """A browser signed in with the token of the moment."""
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get(f"/sign-in?token={token}").status_code == 200
        yield client


def _bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def test_the_old_token_and_cookie_stop_working_once_a_second_has_passed(
    browser: TestClient, anonymous: TestClient, settings: Settings, token: str, monotonic: Clock
) -> None:
    new_access_token(settings)  # by `coachconn serve --new-token`, in another process
    monotonic.now += 1

    page = browser.get("/")
    api = anonymous.get("/api/v1/clients", headers=_bearer(token))
    address = anonymous.get(f"/sign-in?token={token}")

    assert page.status_code == 401
    assert "This browser's sign-in is not this practice's: its access token was replaced" in (
        html.unescape(page.text)
    )
    assert "coachconn serve --new-token" in html.unescape(page.text)
    assert api.status_code == 401
    assert api.json()["error"]["message"].startswith("wrong access token: the Bearer token")
    assert NOT_THIS_PRACTICES in api.json()["error"]["message"]
    assert address.status_code == 401
    assert "set-cookie" not in address.headers


def test_the_new_token_works_at_once(
    anonymous: TestClient, settings: Settings, token: str, monotonic: Clock
) -> None:
    assert anonymous.get("/api/v1/clients", headers=_bearer(token)).status_code == 200
    new = new_access_token(settings)

    # The sign-in address looks at the file each time: the old one is refused at once.
    assert anonymous.get(f"/sign-in?token={token}").status_code == 401

    # Not a moment later: a request that does not show the token it knows looks again.
    assert anonymous.get("/api/v1/clients", headers=_bearer(new)).status_code == 200
    assert anonymous.get(f"/sign-in?token={new}").status_code == 200
    assert anonymous.get("/").status_code == 200  # by the cookie the new address set
    anonymous.cookies.clear()
    assert anonymous.get("/api/v1/clients", headers=_bearer(token)).status_code == 401


def test_a_token_file_that_cannot_be_read_leaves_the_token_as_it_was_and_says_why(
    anonymous: TestClient,
    settings: Settings,
    token: str,
    monotonic: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    token_file = settings.access_token_file
    spoilt = [
        (lambda: token_file.chmod(0o644), "must be readable by its owner only: chmod 600"),
        (lambda: _write(token_file, "not a token"), "holds no access token"),
        (token_file.unlink, f"{token_file} is gone"),
    ]
    for spoil, reason in spoilt:
        spoil()
        monotonic.now += 1
        with caplog.at_level(logging.WARNING, logger="coachconn"):
            answer = anonymous.get("/api/v1/clients", headers=_bearer(token))

        assert answer.status_code == 200  # never more than the server had at start
        assert "access token kept as it was: " in caplog.text
        assert reason in caplog.text
        caplog.clear()
    new = new_access_token(settings)  # a good file again: followed again
    monotonic.now += 1
    assert anonymous.get("/api/v1/clients", headers=_bearer(token)).status_code == 401
    assert anonymous.get("/api/v1/clients", headers=_bearer(new)).status_code == 200


def _write(token_file: Path, text: str) -> None:
    token_file.write_text(text, encoding="ascii")
    token_file.chmod(0o600)


@pytest.mark.parametrize("path", ["/", "/api/v1/clients"])
def test_a_wrong_bearer_token_is_told_it_is_not_this_practices(
    anonymous: TestClient, token: str, path: str
) -> None:
    answer = anonymous.get(path, headers=_bearer("x" * 43))

    assert answer.status_code == 401
    if path.startswith("/api/"):
        message = answer.json()["error"]["message"]
        assert NOT_THIS_PRACTICES in message
        assert "'Authorization: Bearer <token>'" in message
    else:
        said = html.unescape(answer.text)
        assert "The access token this request sent is not this practice's" in said
        assert "perhaps replaced by “coachconn serve --new-token”" in said


@pytest.mark.parametrize("path", ["/", "/api/v1/clients"])
def test_no_token_at_all_is_told_how_to_sign_in_not_that_it_is_wrong(
    anonymous: TestClient, path: str
) -> None:
    answer = anonymous.get(path, headers={"authorization": "Bearer "})

    said = answer.json()["error"]["message"] if path.startswith("/api/") else answer.text
    assert answer.status_code == 401
    assert "not this practice's" not in html.unescape(said)
    assert said.startswith("sign-in needed: send the access token") or (
        "This practice is private." in said
    )


def test_another_practices_cookie_is_told_it_is_not_this_practices(
    anonymous: TestClient, settings: Settings, store: Store
) -> None:
    other_token = "another-practice-" + "t" * 40
    other = create_app(settings, store=store, token=other_token)
    with TestClient(other, base_url="http://127.0.0.1:8001") as elsewhere:
        signed_in = elsewhere.get(f"/sign-in?token={other_token}")
    theirs = signed_in.headers["set-cookie"].split(";")[0]

    page = anonymous.get("/", headers={"cookie": theirs})
    api = anonymous.get("/api/v1/clients", headers={"cookie": theirs})

    assert page.status_code == api.status_code == 401
    assert "or it is another practice's served on this machine" in html.unescape(page.text)
    assert "this browser's sign-in is not this practice's" in api.json()["error"]["message"]
