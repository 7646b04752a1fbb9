"""The access token lives in the data folder, readable by the coach's OS account only,
made on first need and kept across restarts, so a sign-in address keeps working until
the coach asks for a new token."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from coachconn.config import Settings
from coachconn.core.errors import ConfigError
from coachconn.services.access import access_token, new_access_token
from coachconn.storage import access_token as access_token_file
from coachconn.storage.store import Store
from coachconn.web import create_app

pytestmark = pytest.mark.db


def _admits(settings: Settings, store: Store, token: str) -> bool:
    with TestClient(create_app(settings, store=store), base_url="http://127.0.0.1:8000") as http:
        answer = http.get("/api/v1/clients", headers={"Authorization": f"Bearer {token}"})
    return answer.status_code == 200


def test_the_first_app_makes_a_private_token_file_and_the_next_reuses_it(
    settings: Settings, store: Store
) -> None:
    assert not settings.access_token_file.exists()

    first = create_app(settings, store=store)
    token = settings.access_token_file.read_text(encoding="ascii").strip()
    second = create_app(settings, store=store)

    assert stat.S_IMODE(settings.access_token_file.stat().st_mode) == 0o600
    assert len(token) >= 43
    assert first.state.access.token == second.state.access.token == token
    assert _admits(settings, store, token)


def test_a_new_token_replaces_the_old_one_for_the_next_app(
    settings: Settings, store: Store
) -> None:
    old = access_token(settings)

    new = new_access_token(settings)

    assert new != old
    assert access_token(settings) == new
    assert stat.S_IMODE(settings.access_token_file.stat().st_mode) == 0o600
    assert _admits(settings, store, new)
    assert not _admits(settings, store, old)
    leftovers = [p.name for p in settings.data_dir.iterdir() if "access.token" in p.name]
    assert leftovers == ["access.token"]


@pytest.mark.parametrize("made_before", [True, False], ids=["kept", "made now"])
def test_an_app_reads_the_token_file_once_as_it_starts(
    settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch, made_before: bool
) -> None:
    if made_before:
        access_token(settings)
    read: list[Path] = []
    real = access_token_file.read_token

    def counted(path: Path) -> str:
        token = real(path)  # a file not there yet is not read
        read.append(path)
        return token

    monkeypatch.setattr(access_token_file, "read_token", counted)

    app = create_app(settings, store=store)

    assert read == [settings.access_token_file]
    assert app.state.access.token == real(settings.access_token_file)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_token_file_others_can_read_is_refused_like_the_key_file(
    settings: Settings, store: Store
) -> None:
    token_file = settings.access_token_file
    access_token(settings)
    token_file.chmod(0o644)

    with pytest.raises(ConfigError) as refused:
        create_app(settings, store=store)

    assert str(refused.value) == (
        f"{token_file} must be readable by its owner only: chmod 600 {token_file}"
    )


@pytest.mark.parametrize(
    "text", ["", "short", "not a token at all, with spaces in it, long enough"]
)
def test_a_token_file_holding_no_token_says_how_to_get_one(
    settings: Settings, store: Store, text: str
) -> None:
    token_file = settings.access_token_file
    token_file.write_text(text, encoding="ascii")
    token_file.chmod(0o600)

    with pytest.raises(ConfigError, match=r"coachconn serve --new-token"):
        create_app(settings, store=store)


def test_an_uninitialised_practice_gets_no_token_file(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url=None, secret_key=None)

    with pytest.raises(ConfigError, match="coachconn init"):
        create_app(settings)

    assert not settings.access_token_file.exists()


@pytest.mark.parametrize("short", ["", "a" * 42])
def test_a_token_shorter_than_a_generated_one_is_not_accepted_from_a_caller(
    settings: Settings, store: Store, short: str
) -> None:
    with pytest.raises(ValueError, match="43 characters or more"):
        create_app(settings, store=store, token=short)


def test_the_shortest_token_the_file_may_hold_is_the_shortest_the_app_takes(
    settings: Settings, store: Store
) -> None:
    shortest = "a" * 43
    settings.access_token_file.parent.mkdir(parents=True, exist_ok=True)
    settings.access_token_file.write_text(shortest + "\n", encoding="ascii")
    settings.access_token_file.chmod(0o600)

    with TestClient(create_app(settings, store=store), base_url="http://127.0.0.1:8000") as web:
        assert web.get(f"/sign-in?token={shortest}").status_code == 200
    settings.access_token_file.write_text("a" * 42 + "\n", encoding="ascii")
    with pytest.raises(ConfigError, match="43 or more letters"):
        create_app(settings, store=store)
