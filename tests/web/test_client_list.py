"""The first page and its JSON twin: the coach's clients with their phase."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from tests.conftest import START
from tests.factories import make_client, make_engagement, make_held_sessions, make_session

from coachconn.core.coaches import Coach
from coachconn.storage.store import Store

pytestmark = pytest.mark.db


def _client_in_phase(store: Store, coach: Coach, name: str, held: int) -> None:
    client = make_client(store, coach, preferred_name=name)
    engagement = make_engagement(store, coach, client)
    make_held_sessions(store, coach, engagement, held, before=START)


def test_the_home_page_lists_clients_with_phase_and_sessions_held(
    http: TestClient, store: Store, coach: Coach
) -> None:
    _client_in_phase(store, coach, "Noor Amari", 2)
    _client_in_phase(store, coach, "Kofi Mensah", 5)
    _client_in_phase(store, coach, "Ines Duarte", 10)

    page = http.get("/")

    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    for name, phase in [
        ("Noor Amari", "initial"),
        ("Kofi Mensah", "deepening"),
        ("Ines Duarte", "mature"),
    ]:
        assert name in page.text
        assert f'phase-{phase}">{phase}<' in page.text


def test_the_api_lists_clients_as_json(http: TestClient, store: Store, coach: Coach) -> None:
    _client_in_phase(store, coach, "Kofi Mensah", 4)
    engagement = make_engagement(store, coach, make_client(store, coach, preferred_name="Ada"))
    make_session(store, coach, engagement, at=START + timedelta(days=3))

    body = http.get("/api/v1/clients").json()

    by_name = {c["preferred_name"]: c for c in body["clients"]}
    assert by_name["Kofi Mensah"]["phase"] == "deepening"
    assert by_name["Kofi Mensah"]["sessions_held"] == 4
    assert by_name["Ada"]["next_session_at"].startswith("2026-03-05")
    assert by_name["Ada"]["engagement_status"] == "active"


def test_an_empty_practice_gets_a_friendly_first_page(http: TestClient) -> None:
    page = http.get("/")

    assert page.status_code == 200
    assert "No clients yet" in page.text
    assert http.get("/api/v1/clients").json() == {"clients": []}


def test_another_coachs_clients_are_never_listed(
    http: TestClient, store: Store, coach: Coach, other_coach: Coach
) -> None:
    make_client(store, other_coach, preferred_name="Charlie Other")
    make_client(store, coach, preferred_name="Noor Amari")

    assert "Charlie Other" not in http.get("/").text
    names = [c["preferred_name"] for c in http.get("/api/v1/clients").json()["clients"]]
    assert names == ["Noor Amari"]


def test_names_are_escaped_in_the_page(http: TestClient, store: Store, coach: Coach) -> None:
    make_client(store, coach, preferred_name="<script>alert(1)</script>")

    page = http.get("/")

    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;" in page.text


def test_the_api_is_described_by_an_openapi_document(http: TestClient) -> None:
    spec = http.get("/api/v1/openapi.json").json()

    assert "/api/v1/clients" in spec["paths"]


def test_the_guessed_clients_address_leads_to_the_list(
    http: TestClient, store: Store, coach: Coach
) -> None:
    _client_in_phase(store, coach, "Noor Amari", 2)

    moved = http.get("/clients", follow_redirects=False)
    assert moved.status_code == 303
    assert moved.headers["location"].endswith("/")
    page = http.get("/clients")
    assert page.status_code == 200 and "Noor Amari" in page.text
