"""A time reads the same in the JSON API as in the command line's JSON: ISO 8601, UTC
written with a Z (``2026-03-02T09:00:00Z``), fractions of a second kept."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.factories import SHORT, attach_text, make_engagement, make_session

from coachconn.cli import main
from coachconn.config import Settings
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.storage.store import Store

pytestmark = pytest.mark.db

CliJson = Callable[..., Any]


@pytest.fixture
def cli_json(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> CliJson:
    """What ``coachconn ARGS --format json`` prints, on the test's own database."""
    monkeypatch.setenv("COACHCONN_DATA_DIR", str(settings.data_dir))
    if settings.database_url:
        monkeypatch.setenv("COACHCONN_DATABASE_URL", settings.database_url)

    def run(*args: str) -> Any:
        capsys.readouterr()
        assert main([*args, "--format", "json"]) == 0, capsys.readouterr().err
        return json.loads(capsys.readouterr().out)

    return run


def test_a_transcripts_times_read_the_same_in_the_api_and_the_cli(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock, cli_json: CliJson
) -> None:
    engagement = make_engagement(store, coach)
    clock.advance(microseconds=250_000)  # attached a quarter of a second past the hour
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    attach_text(store, coach, held, SHORT)

    api = http.get(f"/api/v1/sessions/{held.id}/transcript").json()
    cli = cli_json("transcripts", "show", str(held.id))

    assert (api["scheduled_at"], api["attached_at"]) == (
        "2026-03-01T09:00:00.250000Z", "2026-03-02T09:00:00.250000Z"
    )  # fmt: skip
    assert (cli["scheduled_at"], cli["attached_at"]) == (api["scheduled_at"], api["attached_at"])
    listed = http.get("/api/v1/transcripts").json()["transcripts"]
    assert [t["attached_at"] for t in listed] == [
        t["attached_at"] for t in cli_json("transcripts", "list")
    ] == ["2026-03-02T09:00:00.250000Z"]  # fmt: skip


def test_a_clients_next_session_reads_in_the_api_as_the_cli_lists_it(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock, cli_json: CliJson
) -> None:
    engagement = make_engagement(store, coach)
    make_session(store, coach, engagement, at=clock() + timedelta(days=2, hours=1))

    api = http.get("/api/v1/clients").json()["clients"]
    cli = cli_json("sessions", "list")

    assert [c["next_session_at"] for c in api] == ["2026-03-04T10:00:00Z"]
    assert [s["scheduled_at"] for s in cli] == [c["next_session_at"] for c in api]
