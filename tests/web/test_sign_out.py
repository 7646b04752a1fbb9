"""The coach signs out with a button on every signed-in page: the sign-in cookie is
cleared (the same name, path and attributes it was set with), and the page says how to
sign in again. Signing out is a form's POST, so another site cannot sign the coach out,
and a link to it is answered as any action's address is."""

from __future__ import annotations

import html

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from coachconn.core.coaches import Coach
from coachconn.services import clients
from coachconn.storage.store import Store

pytestmark = pytest.mark.db

FROM_THE_PAGE = {"origin": "http://127.0.0.1:8000", "sec-fetch-site": "same-origin"}


@pytest.fixture
def noor(store: Store, coach: Coach) -> None:
    clients.add_client(store.unit_of_work(), coach.id, preferred_name="Noor Amari")


def _attributes(set_cookie: str) -> set[str]:
    return {part.strip().lower() for part in set_cookie.split(";")[1:]}


def test_every_signed_in_page_has_the_sign_out_button(http: TestClient, noor: None) -> None:
    for address in ("/", "/transcripts", "/no/such/page"):
        page = http.get(address)

        assert '<form class="sign-out" method="post" action="/sign-out">' in page.text, address
        assert 'href="/transcripts"' in page.text, address  # the main links stay


def test_a_page_to_a_browser_not_signed_in_has_no_sign_out_button(
    anonymous: TestClient,
) -> None:
    assert 'action="/sign-out"' not in anonymous.get("/").text


def test_signing_out_clears_the_cookie_and_the_pages_close(
    http: TestClient, token: str, noor: None
) -> None:
    [name] = http.cookies.keys()

    answer = http.post("/sign-out", headers=FROM_THE_PAGE)

    assert answer.status_code == 200
    assert "<title>Signed out · coachconn</title>" in answer.text
    assert "To sign in again, open the address that “coachconn serve” printed" in answer.text
    assert 'action="/sign-out"' not in answer.text  # signed out: no button
    assert 'href="/transcripts"' not in answer.text  # nor links that would answer 401
    cleared = answer.headers["set-cookie"]
    assert cleared.startswith(f'{name}=""; ') or cleared.startswith(f"{name}=; ")
    assert {"httponly", "samesite=strict", "path=/", "max-age=0"} <= _attributes(cleared)
    assert answer.headers["cache-control"] == "no-store"
    assert not http.cookies
    page = http.get("/")
    assert page.status_code == 401
    assert "Noor Amari" not in page.text


def test_over_https_the_cookie_is_cleared_as_it_was_set_secure(app: FastAPI, token: str) -> None:
    with TestClient(app, base_url="https://127.0.0.1:8443") as browser:
        browser.get(f"/sign-in?token={token}")

        answer = browser.post("/sign-out", headers={"sec-fetch-site": "same-origin"})

        assert "secure" in _attributes(answer.headers["set-cookie"])
        assert browser.get("/").status_code == 401


@pytest.mark.parametrize(
    "sent_by",
    [
        {"sec-fetch-site": "cross-site", "origin": "https://elsewhere.example"},
        {"origin": "https://elsewhere.example"},
        {"referer": "https://elsewhere.example/page"},
    ],
)
def test_another_site_cannot_sign_the_coach_out(
    http: TestClient, noor: None, sent_by: dict[str, str]
) -> None:
    answer = http.post("/sign-out", headers=sent_by)

    assert answer.status_code == 403
    assert "this form was sent from another site" in answer.text
    assert "set-cookie" not in answer.headers
    assert http.get("/").status_code == 200


def test_the_sign_out_address_opened_as_a_link_is_told_to_use_the_button(
    http: TestClient,
) -> None:
    answer = http.get("/sign-out")

    assert answer.status_code == 405
    assert "This address is for a form's button, not a link" in html.unescape(answer.text)
    assert "set-cookie" not in answer.headers
    assert http.get("/").status_code == 200


def test_a_browser_not_signed_in_cannot_post_it_either(anonymous: TestClient) -> None:
    answer = anonymous.post("/sign-out", headers=FROM_THE_PAGE)

    assert answer.status_code == 401
    assert "set-cookie" not in answer.headers
