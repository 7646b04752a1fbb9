"""One handler turns errors into pages (or JSON under /api/); no traceback ever
reaches a user."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from coachconn.core.errors import Busy, ConfigError, Conflict, InvalidInput, NotFound
from coachconn.storage.engine import BUSY

pytestmark = pytest.mark.db


def _raiser(exc: Exception) -> Callable[[], None]:
    def route() -> None:
        raise exc

    return route


@pytest.fixture
def failing(app: FastAPI) -> FastAPI:
    """The app with a few routes that fail on purpose, on a page and on the API."""
    cases: dict[str, Exception] = {
        "not-found": NotFound("client", 42),
        "invalid": InvalidInput("due_on", "expected YYYY-MM-DD"),
        "conflict": Conflict("the record was changed by someone else"),
        "config": ConfigError("no master key at /secret/path"),
        "config-public": ConfigError(
            "key 3a25aa in /secret/path: restart this process", public="Restart the server."
        ),
        "bug": RuntimeError("internal detail: password=hunter2"),
    }
    for name, exc in cases.items():
        for prefix in ("/test", "/api/v1/test"):
            app.add_api_route(f"{prefix}/{name}", _raiser(exc))
    return app


def test_a_coachconn_error_becomes_its_status_and_an_html_page(
    failing: FastAPI, http: TestClient
) -> None:
    page = http.get("/test/not-found")

    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "client 42 not found" in page.text


def test_the_api_answers_errors_in_json_naming_the_field(
    failing: FastAPI, http: TestClient
) -> None:
    answer = http.get("/api/v1/test/invalid")

    assert answer.status_code == 422
    assert answer.json() == {
        "error": {"status": 422, "message": "due_on: expected YYYY-MM-DD", "field": "due_on"}
    }


def test_a_conflict_is_409(failing: FastAPI, http: TestClient) -> None:
    assert http.get("/test/conflict").status_code == 409
    assert http.get("/api/v1/test/conflict").json()["error"]["status"] == 409


@pytest.mark.parametrize("path", ["/test/bug", "/api/v1/test/bug"])
def test_an_unexpected_error_is_a_generic_500_without_details(
    failing: FastAPI, http: TestClient, path: str
) -> None:
    answer = http.get(path)

    assert answer.status_code == 500
    assert "hunter2" not in answer.text
    assert "Traceback" not in answer.text
    assert "Something went wrong" in answer.text


def test_a_setup_problem_is_logged_not_shown(
    failing: FastAPI, http: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    answer = http.get("/test/config")

    assert answer.status_code == 500
    assert "/secret/path" not in answer.text
    assert "Something went wrong on our side. It has been logged" in answer.text
    assert "no master key at /secret/path" in caplog.text


@pytest.mark.parametrize("path", ["/test/config-public", "/api/v1/test/config-public"])
def test_a_setup_problem_with_words_for_the_coach_says_what_to_do_and_logs_the_rest(
    failing: FastAPI, http: TestClient, caplog: pytest.LogCaptureFixture, path: str
) -> None:
    answer = http.get(path)

    assert answer.status_code == 500
    assert "Restart the server." in answer.text
    assert "please try again" not in answer.text  # it would not help
    assert "3a25aa" not in answer.text and "/secret/path" not in answer.text
    assert "key 3a25aa in /secret/path: restart this process" in caplog.text


def test_an_unknown_page_is_a_404_page(http: TestClient) -> None:
    page = http.get("/no/such/page")

    assert page.status_code == 404
    assert "<h1>Not found</h1>" in page.text


def test_an_unknown_api_path_is_a_json_404(http: TestClient) -> None:
    answer = http.get("/api/v1/nothing-here")

    assert answer.status_code == 404
    assert answer.json()["error"]["status"] == 404


def test_the_health_check_answers(http: TestClient) -> None:
    assert http.get("/healthz").json() == {"status": "ok"}


def test_a_busy_database_says_try_again_with_its_own_status(app: FastAPI, http: TestClient) -> None:
    app.add_api_route("/test/busy", _raiser(Busy(BUSY)))
    app.add_api_route("/api/v1/test/busy", _raiser(Busy(BUSY)))

    page = http.get("/test/busy")
    answer = http.get("/api/v1/test/busy")

    assert page.status_code == answer.status_code == 503
    assert page.headers["retry-after"] == answer.headers["retry-after"] == "5"
    assert "try again in a moment" in page.text
    assert answer.json() == {"error": {"status": 503, "message": BUSY}}
