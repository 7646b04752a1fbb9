"""Only someone who knows the practice's access token reads it: another account on the
same machine can reach 127.0.0.1, but without the token every page and API route
answers 401 and says nothing about the practice. The coach signs in by opening the
address `coachconn serve` prints; scripts send the token as a Bearer header."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.datastructures import Headers
from starlette.routing import Mount

from coachconn.config import Settings
from coachconn.core.coaches import Coach
from coachconn.services import clients
from coachconn.storage.store import Store
from coachconn.web import create_app, signin

pytestmark = pytest.mark.db

# Deliberately open: liveness for a load balancer, the style sheet and icon, and the
# sign-in address itself (which refuses a wrong token on its own).
OPEN = {"/healthz", "/static", "/sign-in"}
SAME_ORIGIN = {"sec-fetch-site": "same-origin"}  # a form from the app's own page
# A link in another site's page (or in a mail program: "none"), as Chromium sends it.
FROM_ELSEWHERE = {
    "sec-fetch-site": "cross-site",
    "sec-fetch-mode": "navigate",
    "sec-fetch-dest": "document",
    "accept": "text/html,application/xhtml+xml,*/*;q=0.8",
}


@pytest.fixture
def noor(store: Store, coach: Coach) -> None:
    clients.add_client(store.unit_of_work(), coach.id, preferred_name="Noor Amari")


def _routes(app: FastAPI) -> Iterator[tuple[str, str]]:
    """(method, address) for every route and mount of the app, path parameters filled
    in, so that a route added later is checked without being named here."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # FastAPI before included routers were kept apart
        found = [(route, route) for route in app.routes]
    else:
        found = [(context, context.route) for context in iter_route_contexts(app.routes)]
    for described, route in found:
        path: str = described.path  # type: ignore[attr-defined]
        if path in OPEN:
            continue
        address = re.sub(r"\{[^}]+\}", "1", path)
        if isinstance(route, Mount):
            yield "GET", f"{address}/anything.css"
            continue
        for method in sorted(set(described.methods) - {"HEAD"}):  # type: ignore[attr-defined]
            yield method, address


def test_without_a_token_every_page_and_api_route_is_refused(
    app: FastAPI, anonymous: TestClient, noor: None, coach: Coach
) -> None:
    checked = list(_routes(app))
    assert len(checked) > 10, checked  # the walk found the app's routes

    for method, address in checked:
        answer = anonymous.request(method, address, headers=SAME_ORIGIN)

        assert answer.status_code == 401, (method, address)
        assert answer.headers["www-authenticate"].startswith("Bearer")
        assert "Noor Amari" not in answer.text
        assert coach.name not in answer.text
        if address.startswith("/api/"):
            error = answer.json()["error"]
            assert error["status"] == 401
            assert "Authorization: Bearer" in error["message"]
        else:
            assert answer.headers["content-type"].startswith("text/html")
            assert "<title>Sign-in needed · coachconn</title>" in answer.text
            assert "open the address that “coachconn serve” printed" in answer.text
            assert "run “coachconn serve” once more, with the same --port" in answer.text
            assert "it finds the port in use and prints the address" in answer.text
            # Asked by the app's own page: never the page that asks again (no loop).
            assert 'http-equiv="refresh"' not in answer.text


def test_without_a_token_a_link_from_elsewhere_to_any_page_shows_nothing_of_the_practice(
    app: FastAPI, anonymous: TestClient, noor: None, coach: Coach
) -> None:
    """Such a link gets the page that asks for the address again (tests/web/
    test_links_from_elsewhere.py), the API its 401; neither says a word of the practice."""
    checked = [(method, address) for method, address in _routes(app) if method == "GET"]
    assert len(checked) > 5, checked

    for _, address in checked:
        answer = anonymous.get(address, headers=FROM_ELSEWHERE)

        assert answer.status_code == 401, address
        assert answer.headers["www-authenticate"].startswith("Bearer")
        assert "Noor Amari" not in answer.text
        assert coach.name not in answer.text
        if address.startswith("/api/"):
            assert answer.json()["error"]["status"] == 401
        else:
            assert f'<meta http-equiv="refresh" content="0; url={address}">' in answer.text


def test_the_page_that_asks_to_sign_in_offers_no_link_that_would_ask_again(
    anonymous: TestClient,
) -> None:
    """Signed out, every page of the practice answers 401: the refusal links to none of
    them (as the signed-out page does not), only the app's name stays."""
    for address in ("/", "/transcripts", "/clients/1/transcripts", "/no/such/page"):
        answer = anonymous.get(address, headers=SAME_ORIGIN)

        assert answer.status_code == 401, address
        # The link past the header, within the page, and the name.
        assert re.findall(r'<a [^>]*href="([^"]*)"', answer.text) == ["#content", "/"], address
        assert "Your clients" not in answer.text, address
        assert '<p class="muted">Error 401</p>' in answer.text, address
        assert 'aria-label="Main"' not in answer.text, address


def test_an_error_page_to_the_signed_in_coach_keeps_the_links(http: TestClient) -> None:
    answer = http.get("/no/such/page")

    assert answer.status_code == 404
    assert 'href="/transcripts"' in answer.text
    assert "Your clients" in answer.text


def test_an_address_that_does_not_exist_is_refused_too_not_named_missing(
    anonymous: TestClient,
) -> None:
    for address in ("/no/such/page", "/api/v1/nothing", "/static"):
        assert anonymous.get(address).status_code == 401


def test_the_open_paths_say_nothing_about_the_practice(
    anonymous: TestClient, noor: None, coach: Coach
) -> None:
    health = anonymous.get("/healthz")
    style = anonymous.get("/static/style.css")
    missing = anonymous.get("/static/no-such-file.css")

    assert health.json() == {"status": "ok"}
    assert style.status_code == 200
    assert missing.status_code == 404
    for answer in (health, style, missing):
        assert "Noor Amari" not in answer.text
        assert coach.name not in answer.text  # not even the error page's header


def test_the_sign_in_address_sets_the_cookie_and_its_page_goes_on_without_the_token(
    anonymous: TestClient, token: str, noor: None
) -> None:
    answer = anonymous.get(f"/sign-in?token={token}", follow_redirects=False)

    # A page of the app's own, whose step to the clients carries the SameSite=Strict
    # cookie wherever the address was opened from (a redirect would not: see the
    # browser tests), without a script.
    assert answer.status_code == 200
    assert '<meta http-equiv="refresh" content="0; url=/">' in answer.text
    assert '<a href="/">your clients</a>' in answer.text
    assert "<script" not in answer.text
    assert token not in answer.text
    assert answer.headers["referrer-policy"] == "no-referrer"
    assert '<meta name="referrer" content="no-referrer">' in answer.text
    assert answer.headers["cache-control"] == "no-store"
    cookie = answer.headers["set-cookie"]
    name, value = cookie.split(";")[0].split("=", 1)
    attributes = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert name.startswith("coachconn-")
    assert {"httponly", "samesite=strict", "path=/"} <= attributes
    assert "secure" not in attributes  # plain HTTP: a Secure cookie would never come back
    assert token not in cookie  # the browser keeps a MAC of the token, not the token
    assert re.fullmatch(r"[0-9a-f]{64}", value)

    page = anonymous.get("/")
    assert page.status_code == 200
    assert "Noor Amari" in page.text


def test_over_https_the_cookie_is_secure(app: FastAPI, token: str) -> None:
    with TestClient(app, base_url="https://127.0.0.1:8443") as browser:
        answer = browser.get(f"/sign-in?token={token}")

        assert answer.status_code == 200
        attributes = {part.strip().lower() for part in answer.headers["set-cookie"].split(";")}
        assert "secure" in attributes
        assert browser.get("/").status_code == 200


@pytest.mark.parametrize("given", ["wrong", "x" * 43])
def test_a_wrong_sign_in_address_is_refused_and_sets_no_cookie(
    anonymous: TestClient, given: str
) -> None:
    answer = anonymous.get(f"/sign-in?token={given}", follow_redirects=False)

    assert answer.status_code == 401
    assert "set-cookie" not in answer.headers
    assert "not this practice's, or its token was replaced" in html.unescape(answer.text)
    assert anonymous.get("/").status_code == 401


@pytest.mark.parametrize("address", ["/sign-in", "/sign-in?token=", "/sign-in?token=%20"])
def test_the_sign_in_address_without_its_token_says_where_to_find_it(
    anonymous: TestClient, address: str
) -> None:
    answer = anonymous.get(address, follow_redirects=False)

    assert answer.status_code == 401
    assert "set-cookie" not in answer.headers
    said = html.unescape(answer.text)
    assert "This address has no token" in said
    assert "not this practice's" not in said  # it is no wrong token: there is none
    assert "run “coachconn serve” once more" in said  # it prints the address again
    assert "the file access.token in coachconn's data folder" in said
    assert "~/.local/share/coachconn on Linux" in said


def test_a_wrong_bearer_token_or_cookie_is_refused(
    anonymous: TestClient, token: str, settings: Settings, store: Store
) -> None:
    for header in (f"Bearer {token[:-1]}", f"Bearer {token}x", "Bearer", f"Basic {token}"):
        answer = anonymous.get("/api/v1/clients", headers={"Authorization": header})
        assert answer.status_code == 401, header
    # The cookie of another practice served on this machine (ports do not keep cookies
    # apart), and this practice's cookie with that practice's value.
    other_token = "another-practice-" + "t" * 40
    other = create_app(settings, store=store, token=other_token)
    with TestClient(other, base_url="http://127.0.0.1:8001") as elsewhere:
        signed_in = elsewhere.get(f"/sign-in?token={other_token}", follow_redirects=False)
    theirs = signed_in.headers["set-cookie"].split(";")[0]
    ours = anonymous.get(f"/sign-in?token={token}", follow_redirects=False)
    our_name = ours.headers["set-cookie"].split("=")[0]
    anonymous.cookies.clear()
    forged = f"{our_name}={theirs.split('=', 1)[1]}"
    for cookie in (theirs, forged, f"{our_name}=", f"{our_name}={token}"):
        assert anonymous.get("/", headers={"cookie": cookie}).status_code == 401, cookie
    assert theirs.split("=")[0] != our_name


def test_what_a_refused_request_showed_is_worked_out_once_and_not_for_one_admitted(
    anonymous: TestClient, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    worked_out: list[signin.Refused] = []
    shown = signin._shown

    def counted(headers: Headers) -> signin.Refused:
        worked_out.append(shown(headers))
        return worked_out[-1]

    monkeypatch.setattr(signin, "_shown", counted)

    refused = anonymous.get("/api/v1/clients", headers={"Authorization": "Bearer wrong"})
    assert refused.status_code == 401
    assert refused.json()["error"]["message"] == signin.API_WRONG_TOKEN
    assert worked_out == [signin.Refused.WRONG_TOKEN]

    worked_out.clear()
    admitted = anonymous.get("/api/v1/clients", headers={"Authorization": f"Bearer {token}"})
    assert admitted.status_code == 200
    assert worked_out == []


def test_a_script_reads_the_api_with_the_bearer_token(
    anonymous: TestClient, token: str, noor: None
) -> None:
    answer = anonymous.get("/api/v1/clients", headers={"Authorization": f"Bearer {token}"})

    assert answer.status_code == 200
    assert [c["preferred_name"] for c in answer.json()["clients"]] == ["Noor Amari"]
    assert "set-cookie" not in answer.headers


def test_the_signed_in_coach_opening_the_bare_sign_in_address_goes_on_to_the_clients(
    http: TestClient,
) -> None:
    answer = http.get("/sign-in", follow_redirects=False)

    assert (answer.status_code, answer.headers["location"]) == (303, "/")


def test_a_refusal_is_not_kept_in_a_cache(anonymous: TestClient) -> None:
    assert anonymous.get("/").headers["cache-control"] == "no-store"


def test_the_api_document_says_a_route_may_answer_401(http: TestClient) -> None:
    document = http.get("/api/v1/openapi.json").json()
    answers = document["paths"]["/api/v1/transcripts"]["get"]["responses"]

    assert answers["401"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorOut"
    }


def test_another_sites_form_without_the_cookie_is_refused_before_its_body(
    anonymous: TestClient,
) -> None:
    answer = anonymous.post(
        "/transcripts?client_id=1",
        content=b"x" * 100,
        headers={"sec-fetch-site": "cross-site", "content-type": "multipart/form-data"},
    )

    assert answer.status_code == 401
