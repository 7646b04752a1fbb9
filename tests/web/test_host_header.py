"""The app answers only to this machine's names (no DNS rebinding), builds no URL
from the Host header, and answers HEAD like GET."""

from __future__ import annotations

import html

import pytest
from fastapi.testclient import TestClient

from coachconn.config import Settings
from coachconn.core.coaches import Coach
from coachconn.services import clients
from coachconn.storage.store import Store
from coachconn.web import create_app

pytestmark = pytest.mark.db


@pytest.fixture
def noor(store: Store, coach: Coach) -> None:
    clients.add_client(store.unit_of_work(), coach.id, preferred_name="Noor Amari")


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000", "LOCALHOST"])
def test_it_answers_to_this_machines_names(http: TestClient, noor: None, host: str) -> None:
    page = http.get("/", headers={"host": host})

    assert page.status_code == 200
    assert "Noor Amari" in page.text


@pytest.mark.parametrize("host", ["attacker.example:8000", "attacker.example", "10.0.0.5:8000"])
def test_another_host_name_is_refused_without_the_client_list(
    http: TestClient, noor: None, host: str
) -> None:
    for path in ("/", "/api/v1/clients"):
        answer = http.get(path, headers={"host": host})

        assert answer.status_code == 400
        assert "Noor Amari" not in answer.text


def test_another_host_name_is_told_where_the_names_are_set(http: TestClient, coach: Coach) -> None:
    page = http.get("/", headers={"host": "Coach.Example.org:8000"})
    api = http.get("/api/v1/clients", headers={"host": "coach.example.org"})

    assert page.status_code == api.status_code == 400
    assert page.headers["content-type"].startswith("text/html")
    assert "<title>Bad request · coachconn</title>" in page.text
    said = html.unescape(page.text)
    assert "This practice does not answer to the name “coach.example.org”." in said
    assert "add it to COACHCONN_ALLOWED_HOSTS" in said
    assert "the proxy must pass the browser's Host header through" in said
    assert coach.name not in page.text  # no sign-in has been checked
    assert page.headers["cache-control"] == "no-store"
    error = api.json()["error"]
    assert error["status"] == 400
    assert "COACHCONN_ALLOWED_HOSTS" in error["message"]


@pytest.mark.parametrize(
    "host", ["<script>alert(1)</script>", "attacker.example/<b>x</b>", "a b", "", "x" * 300]
)
def test_a_host_that_is_no_name_is_refused_and_not_repeated(http: TestClient, host: str) -> None:
    page = http.get("/", headers={"host": host})

    assert page.status_code == 400
    assert "This practice does not answer to the name this request was sent to" in page.text
    assert "<script>alert" not in page.text and "<b>x" not in page.text
    assert "x" * 300 not in page.text


def test_the_allowed_hosts_and_the_listen_address_are_answered(
    settings: Settings, store: Store
) -> None:
    configured = settings.model_copy(
        update={"allowed_hosts": "coach.example.org", "host": "192.168.1.20"}
    )
    with TestClient(create_app(configured, store=store)) as http:
        for host in ("coach.example.org", "192.168.1.20:8000"):
            assert http.get("/healthz", headers={"host": host}).status_code == 200
        assert http.get("/healthz", headers={"host": "localhost"}).status_code == 400


def test_the_stylesheet_link_is_a_path_not_built_from_the_host(http: TestClient) -> None:
    page = http.get("/", headers={"host": "localhost:8000"})

    assert 'href="/static/style.css"' in page.text
    assert "localhost:8000" not in page.text


@pytest.mark.parametrize("path", ["/", "/healthz"])
def test_head_is_answered_like_get(http: TestClient, path: str) -> None:
    assert http.head(path).status_code == 200


def test_the_not_found_page_keeps_the_coachs_name(http: TestClient, coach: Coach) -> None:
    page = http.get("/no/such/page")

    assert page.status_code == 404
    assert f'<span class="who">{coach.name}</span>' in page.text
