"""A web app still holding the master key that `coachconn keys rotate` replaced cannot
open a client's data key: every page that reads a client's records tells the coach to
restart `coachconn serve` (the API says the same), and names no key or file; the log
keeps the operator's details."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from tests.factories import make_client

from coachconn.config import Settings
from coachconn.core.coaches import Coach
from coachconn.services.keys import rotate_master_key
from coachconn.storage.store import Store

pytestmark = pytest.mark.db

RESTART = "The master key was changed since coachconn serve started: restart coachconn serve."


@pytest.mark.parametrize("path", ["/", "/clients/{id}/transcripts", "/api/v1/clients"])
def test_after_a_rotation_each_page_says_to_restart_serve(
    http: TestClient,
    store: Store,
    coach: Coach,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
    path: str,
) -> None:
    client = make_client(store, coach, preferred_name="Ana Ruiz")
    assert http.get(path.format(id=client.id)).status_code == 200
    rotated = rotate_master_key(settings)  # as `coachconn keys rotate` does, elsewhere

    answer = http.get(path.format(id=client.id))

    assert answer.status_code == 500
    if path.startswith("/api/"):
        assert answer.json() == {"error": {"status": 500, "message": RESTART}}
    else:
        assert RESTART in answer.text
        assert "please try again" not in answer.text
    for secret in (rotated.old_key_id, rotated.new_key_id, str(settings.data_dir)):
        assert secret not in answer.text
    assert f"wrapped by master key {rotated.new_key_id}" in caplog.text
    assert "restart this process" in caplog.text
