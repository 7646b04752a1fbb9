"""Every answer says how a browser may use it: never inside another site's page, no
script on a page, the practice's addresses never sent to another site, and a file
taken as the type it is said to be. The sign-in page, whose address holds the token,
sends its address nowhere."""

from __future__ import annotations

import re

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from coachconn.core.sessions import SessionView

pytestmark = pytest.mark.db


def _assert_guarded(headers: httpx.Headers) -> None:
    assert "frame-ancestors 'none'" in headers.get("content-security-policy", "")
    assert headers.get("x-frame-options") == "DENY"
    assert headers.get("x-content-type-options") == "nosniff"


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/", 200),
        ("/transcripts", 200),
        ("/api/v1/clients", 200),
        ("/sessions/999/transcript", 404),
        ("/static/style.css", 200),
    ],
)
def test_every_answer_is_kept_out_of_other_sites_frames(
    http: TestClient, path: str, status: int
) -> None:
    got = http.get(path)
    assert got.status_code == status
    _assert_guarded(got.headers)
    assert got.headers["referrer-policy"] == "same-origin"


def _directives(policy: str) -> dict[str, str]:
    return dict(d.strip().split(" ", 1) for d in policy.split(";"))


def test_a_page_loads_only_the_apps_own_files(http: TestClient) -> None:
    directives = _directives(http.get("/").headers["content-security-policy"])
    assert directives["default-src"] == "'none'"
    assert directives["style-src"] == "'self'"
    assert directives["img-src"] == "'self'"
    assert directives["form-action"] == "'self'"


def test_a_page_runs_only_the_apps_own_script_file_and_none_written_into_it(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    """The pages with a form that deletes a transcript ask first through the app's own
    script file, the only script the policy lets run: nothing inline."""
    first, _ = two
    for path in (f"/clients/{first.client_id}/transcripts", f"/sessions/{first.id}/transcript"):
        got = http.get(path)
        assert got.status_code == 200
        assert _directives(got.headers["content-security-policy"])["script-src"] == "'self'"
        assert re.findall(r"<script[^>]*>", got.text) == ['<script src="/static/confirm.js" defer>']
        assert re.findall(r" on[a-z]+=", got.text) == []  # no handler in an attribute
    assert http.get("/static/confirm.js").status_code == 200
    assert "<script" not in http.get("/").text  # a page with no such form has none


def test_the_removal_asks_its_question_from_a_data_attribute(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two
    page = http.get(f"/sessions/{first.id}/transcript").text
    assert f'data-confirm="Remove the transcript of session {first.id} on ' in page


def test_a_refusal_to_someone_not_signed_in_is_guarded_too(anonymous: TestClient) -> None:
    got = anonymous.get("/transcripts")
    assert got.status_code == 401
    _assert_guarded(got.headers)


def test_the_sign_in_page_sends_its_address_nowhere(anonymous: TestClient, token: str) -> None:
    got = anonymous.get(f"/sign-in?token={token}")
    assert got.status_code == 200
    assert got.headers["referrer-policy"] == "no-referrer"
    _assert_guarded(got.headers)


def test_the_api_docs_run_their_own_scripts_and_nothing_from_elsewhere(
    http: TestClient,
) -> None:
    got = http.get("/api/docs")
    assert got.status_code == 200
    _assert_guarded(got.headers)
    policy = got.headers["content-security-policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "default-src 'self'" in policy
    assert "http" not in policy  # no other site named


@pytest.mark.parametrize("path", ["/test/bug", "/api/v1/test/bug"])
def test_the_page_of_an_unexpected_error_is_guarded_and_not_stored_too(
    app: FastAPI, http: TestClient, path: str
) -> None:
    def bug() -> None:
        raise RuntimeError("a bug")

    app.add_api_route(path, bug)
    got = http.get(path)
    assert got.status_code == 500
    _assert_guarded(got.headers)
    assert got.headers["cache-control"] == "no-store"
