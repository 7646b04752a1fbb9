"""A link to a page of the practice opened from elsewhere (the coach's own email or
calendar, another site, a file on disk) reaches the app without the sign-in cookie,
which is SameSite=Strict. Such a request gets a page that asks for the same address
again as its own step, which carries the cookie: a signed-in coach lands on the page.
A request that the app's own page made is never answered so, so the step cannot loop;
scripts and the API keep their plain 401."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from coachconn.core.coaches import Coach
from coachconn.services import clients
from coachconn.storage.store import Store
from coachconn.web.signin import PAGE_REFUSED, REOPENED_COOKIE

pytestmark = pytest.mark.db

HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
# What Chromium sends with a top-level navigation, by who began it.
NAVIGATION = {"sec-fetch-mode": "navigate", "sec-fetch-dest": "document", "accept": HTML}
ANOTHER_SITE = {"sec-fetch-site": "cross-site", "sec-fetch-user": "?1", **NAVIGATION}
ANOTHER_PROGRAM = {"sec-fetch-site": "none", "sec-fetch-user": "?1", **NAVIGATION}
OWN_PAGE = {"sec-fetch-site": "same-origin", **NAVIGATION}
# A browser without Fetch Metadata (Safari before 16.4): only what it accepts.
NO_FETCH_METADATA = {"accept": HTML}
ONWARD = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]*)">')


@pytest.fixture
def noor(store: Store, coach: Coach) -> int:
    return clients.add_client(store.unit_of_work(), coach.id, preferred_name="Noor Amari").id


def _onward(answer_text: str) -> str | None:
    """The address the page goes on to by itself, as the browser reads it; None for none."""
    found = ONWARD.search(answer_text)
    return html.unescape(found.group(1)) if found else None


def _from_own_page(headers: dict[str, str]) -> dict[str, str]:
    """The headers of the step a page of the app's own makes, for a browser that sent
    ``headers`` with the link from elsewhere."""
    if "sec-fetch-site" in headers:
        return OWN_PAGE
    return {**headers, "referer": "http://127.0.0.1:8000/clients"}


@pytest.mark.parametrize(
    "headers", [ANOTHER_SITE, ANOTHER_PROGRAM, NO_FETCH_METADATA], ids=["site", "program", "old"]
)
def test_a_signed_in_coach_following_a_link_from_elsewhere_lands_on_the_page(
    anonymous: TestClient, http: TestClient, noor: int, coach: Coach, headers: dict[str, str]
) -> None:
    address = f"/transcripts?client_id={noor}"

    # The link: sent without the cookie, as the browser sends it.
    asked = anonymous.get(address, headers=headers)

    assert asked.status_code == 401
    assert asked.headers["www-authenticate"].startswith("Bearer")
    assert asked.headers["cache-control"] == "no-store"  # or the step could meet this again
    assert "<title>Opening the page · coachconn</title>" in asked.text
    assert _onward(asked.text) == address
    assert f'<a href="{html.escape(address)}">the page you opened</a>' in asked.text
    assert "<script" not in asked.text
    assert "Noor Amari" not in asked.text and coach.name not in asked.text
    # The page's own step, with the cookie the signed-in browser holds.
    shown = http.get(address, headers=_from_own_page(headers))
    assert shown.status_code == 200
    assert "Noor Amari" in shown.text


@pytest.mark.parametrize(
    "headers", [ANOTHER_SITE, ANOTHER_PROGRAM, NO_FETCH_METADATA], ids=["site", "program", "old"]
)
def test_a_browser_not_signed_in_is_asked_once_then_refused(
    anonymous: TestClient, noor: int, headers: dict[str, str]
) -> None:
    asked = anonymous.get("/", headers=headers)
    # The browser keeps what the page set, and makes the page's step as its own.
    again = anonymous.get(_onward(asked.text) or "", headers=_from_own_page(headers))

    assert _onward(asked.text) == "/"
    assert again.status_code == 401
    assert _onward(again.text) is None  # no second round: the refusal says how to sign in
    assert html.escape(PAGE_REFUSED, quote=False) in again.text
    assert "Noor Amari" not in again.text


def test_the_page_sets_a_cookie_that_only_the_apps_own_steps_send(
    anonymous: TestClient,
) -> None:
    """For a browser without Fetch Metadata, the cookie tells the page's step from
    another link; it is no sign-in cookie (one would be told apart as "not this
    practice's")."""
    asked = anonymous.get("/", headers=NO_FETCH_METADATA)

    cookie = asked.headers["set-cookie"]
    attributes = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert cookie.startswith(f"{REOPENED_COOKIE}=1;")
    assert {"httponly", "samesite=strict", "path=/", "max-age=60"} <= attributes
    again = anonymous.get("/", headers=NO_FETCH_METADATA)  # the cookie is sent now
    assert _onward(again.text) is None
    assert html.escape(PAGE_REFUSED, quote=False) in again.text


@pytest.mark.parametrize(
    "headers",
    [
        OWN_PAGE,
        {**OWN_PAGE, "sec-fetch-site": "same-site"},  # another port of this host
        {**ANOTHER_SITE, "sec-fetch-dest": "iframe"},  # a frame in another site's page
        {**ANOTHER_SITE, "sec-fetch-mode": "no-cors", "sec-fetch-dest": "image"},
        {**ANOTHER_SITE, "sec-fetch-mode": "cors", "sec-fetch-dest": "empty"},  # a fetch
        {**NO_FETCH_METADATA, "referer": "http://127.0.0.1:8000/"},  # the app's own page
        {"accept": "*/*"},  # curl, a script
        {},
    ],
    ids=["own", "same-site", "frame", "image", "fetch", "old-own", "script", "nothing"],
)
def test_anything_but_a_page_opened_from_elsewhere_gets_the_refusal_itself(
    anonymous: TestClient, headers: dict[str, str]
) -> None:
    answer = anonymous.get("/clients", headers=headers)

    assert answer.status_code == 401
    assert _onward(answer.text) is None
    assert "set-cookie" not in answer.headers
    assert html.escape(PAGE_REFUSED, quote=False) in answer.text


def test_the_api_and_a_wrong_token_keep_their_own_401(anonymous: TestClient) -> None:
    api = anonymous.get("/api/v1/clients", headers=ANOTHER_SITE)
    wrong = anonymous.get("/clients", headers={**ANOTHER_SITE, "authorization": "Bearer nope"})
    head = anonymous.head("/clients", headers=ANOTHER_SITE)
    posted = anonymous.post("/sign-out", headers=ANOTHER_SITE)

    assert (api.status_code, api.json()["error"]["status"]) == (401, 401)
    assert "Authorization: Bearer" in api.json()["error"]["message"]
    assert wrong.status_code == 401
    assert "The access token this request sent is not this practice's" in html.unescape(wrong.text)
    for answer in (wrong, head, posted):
        assert _onward(answer.text) is None
        assert "set-cookie" not in answer.headers


def test_a_signed_in_browser_sent_an_old_cookie_is_told_so_not_asked_again(
    anonymous: TestClient,
) -> None:
    """A browser sends a sign-in cookie only with the app's own requests: one that sent
    a stale one is not helped by asking again."""
    answer = anonymous.get("/", headers={**ANOTHER_SITE, "cookie": "coachconn-0123456789ab=x"})

    assert _onward(answer.text) is None
    assert "This browser's sign-in is not this practice's" in html.unescape(answer.text)


def test_the_page_names_the_path_and_query_only_and_never_the_token(
    anonymous: TestClient, token: str
) -> None:
    asked = anonymous.get(
        f"/transcripts?client_id=1&token={token}&%74oken={token}&x=a%26b", headers=ANOTHER_SITE
    )

    assert _onward(asked.text) == "/transcripts?client_id=1&x=a%26b"
    assert token not in asked.text
    assert "127.0.0.1" not in asked.text  # a path, not an address built from Host
