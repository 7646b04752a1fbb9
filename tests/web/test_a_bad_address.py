"""An address whose number is no number (typed by hand, cut off in copying, or thousands
of digits pasted) is answered with a page that names, in words, what in the address is
wrong, and says back no more than the start of what it held. The API names the parameter
as its OpenAPI document does, for the script that sent it."""

from __future__ import annotations

import html
import re

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from coachconn.web.errors import IN_THE_ADDRESS

pytestmark = pytest.mark.db

THOUSAND_DIGITS = "9" * 1000


def _text(page: str) -> str:
    """The page's words, without tags, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


@pytest.mark.parametrize(
    ("path", "named"),
    [
        ("/sessions/abc/transcript", "The session number in the address"),
        ("/clients/abc/transcripts", "The client number in the address"),
        ("/transcripts?client_id=abc", "The client number in the address"),
    ],
)
def test_a_number_in_the_address_that_is_none_is_named_in_words(
    http: TestClient, path: str, named: str
) -> None:
    page = http.get(path)

    assert page.status_code == 422
    said = _text(page.text)
    assert f"{named}: expected a whole number, got 'abc'" in said
    assert "session_id" not in said and "client_id" not in said


def test_the_api_names_the_parameter_as_its_document_does(http: TestClient) -> None:
    answer = http.get("/api/v1/sessions/abc/transcript")

    assert answer.status_code == 422
    assert answer.json()["error"]["message"] == "session_id: expected a whole number, got 'abc'"


def _page_routes(app: FastAPI) -> list[tuple[str, APIRoute]]:
    """(address, route) for every route of the app outside the API, so that a page added
    later is checked without being named here."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # FastAPI before included routers were kept apart
        found = [(route, route) for route in app.routes]
    else:
        found = [(context, context.route) for context in iter_route_contexts(app.routes)]
    return [
        (described.path, route)  # type: ignore[attr-defined]
        for described, route in found
        if isinstance(route, APIRoute) and not described.path.startswith("/api/")  # type: ignore[attr-defined]
    ]


def test_every_number_a_page_takes_from_its_address_has_words(app: FastAPI) -> None:
    checked = []
    for path, route in _page_routes(app):
        for param in route.dependant.path_params + route.dependant.query_params:
            if param.field_info.annotation not in (str, str | None):  # a str is never refused
                checked.append(param.name)
                assert param.name in IN_THE_ADDRESS, (path, param.name)
    assert {"session_id", "client_id"} <= set(checked)  # the walk found the pages


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"/sessions/{THOUSAND_DIGITS}/transcript", "session"),
        (f"/clients/{THOUSAND_DIGITS}/transcripts", "client"),
        (f"/transcripts?client_id={THOUSAND_DIGITS}", "client"),
        (f"/api/v1/sessions/{THOUSAND_DIGITS}/transcript", "session"),
    ],
)
def test_an_id_of_a_thousand_digits_is_said_back_cut_short(
    http: TestClient, path: str, kind: str
) -> None:
    answer = http.get(path)

    assert answer.status_code == 404
    said = _text(answer.text)
    assert f"{kind} {'9' * 60}… not found" in said
    assert "9" * 61 not in said


# An id is written in ASCII digits: the parser alone would read 1_0 as 10, 1.0 as 1 and
# another script's digits (١, Arabic-Indic one) as theirs, another record's number.
@pytest.mark.parametrize("written", ["1_0", "1.0", "١"])
@pytest.mark.parametrize(
    ("path", "named"),
    [
        ("/sessions/{}/transcript", "The session number in the address"),
        ("/clients/{}/transcripts", "The client number in the address"),
        ("/transcripts?client_id={}", "The client number in the address"),
        ("/api/v1/sessions/{}/transcript", "session_id"),
        ("/api/v1/clients/{}/transcripts/trend", "client_id"),
        ("/api/v1/transcripts?client_id={}", "client_id"),
    ],
)
def test_an_id_not_written_in_ascii_digits_is_refused_in_words(
    http: TestClient, path: str, named: str, written: str
) -> None:
    answer = http.get(path.format(written))

    assert answer.status_code == 422
    assert f"{named}: expected a whole number, got '{written}'" in _text(answer.text)


def test_removing_with_an_id_not_in_ascii_digits_removes_nothing(http: TestClient) -> None:
    answer = http.post("/sessions/1_0/transcript/remove", follow_redirects=False)

    assert answer.status_code == 422
    assert "expected a whole number, got '1_0'" in _text(answer.text)
