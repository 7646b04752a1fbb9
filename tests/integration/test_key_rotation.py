"""Master key rotation survives a crash at any point, never makes up a key the
operator has not stored, and shuts out processes still holding the old key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import select, update

from coachconn.config import Settings
from coachconn.core.coaches import Coach
from coachconn.core.errors import ConfigError, IntegrityFailure, InvalidInput
from coachconn.services import clients
from coachconn.services import keys as key_service
from coachconn.services.keys import ENV_NEEDS_NEW_KEY, rotate_master_key
from coachconn.services.setup import initialize, open_store
from coachconn.storage import crypto
from coachconn.storage.keys import ROTATED
from coachconn.storage.store import Store
from coachconn.storage.tables import ClientKeyRow, CryptoMetaRow

pytestmark = pytest.mark.db


class Crash(Exception):
    """Stands for the process dying at that point."""


def _key(path: Path) -> bytes:
    return crypto.decode_key(path.read_text(), str(path))


def _names(settings: Settings, coach: Coach) -> list[str]:
    with open_store(settings) as reopened:
        return [c.preferred_name for c in clients.list_clients(reopened.unit_of_work(), coach.id)]


@pytest.fixture
def marlo(store: Store, coach: Coach) -> int:
    return clients.add_client(store.unit_of_work(), coach.id, preferred_name="Marlo").id


def test_it_keeps_the_old_key_beside_the_new_one(
    settings: Settings, coach: Coach, marlo: int
) -> None:
    old = _key(settings.key_file)
    result = rotate_master_key(settings)
    assert result.old_key_file == crypto.previous_key_file(settings.key_file)
    assert _key(result.old_key_file) == old
    assert _key(settings.key_file) != old
    assert not crypto.pending_key_file(settings.key_file).exists()
    assert _names(settings, coach) == ["Marlo"]


def test_a_second_rotation_refuses_to_overwrite_the_old_key(
    settings: Settings, coach: Coach, marlo: int
) -> None:
    first = _key(settings.key_file)
    rotate_master_key(settings)
    second = _key(settings.key_file)
    previous = crypto.previous_key_file(settings.key_file)

    with pytest.raises(ConfigError) as caught:
        rotate_master_key(settings)

    assert str(caught.value) == (
        f"{previous} exists: it opens backups older than the last rotation; "
        "move it somewhere safe or delete it, then rotate again"
    )
    assert _key(previous) == first  # the only key to the oldest backups is intact
    assert _key(settings.key_file) == second
    assert not crypto.pending_key_file(settings.key_file).exists()
    assert _names(settings, coach) == ["Marlo"]


def test_a_second_rotation_goes_through_once_the_old_key_is_moved_away(
    settings: Settings, coach: Coach, marlo: int, tmp_path: Path
) -> None:
    rotate_master_key(settings)
    second = _key(settings.key_file)
    crypto.previous_key_file(settings.key_file).rename(tmp_path / "kept-safe.key")

    result = rotate_master_key(settings)

    assert result.old_key_file is not None and _key(result.old_key_file) == second
    assert _names(settings, coach) == ["Marlo"]


def test_the_new_key_is_on_disk_before_the_database_commits(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, marlo: int
) -> None:
    seen: dict[str, bytes] = {}
    real = key_service.replace_master_key

    def spy(session: Any, new_master: crypto.MasterKey, **kwargs: Any) -> None:
        seen["pending"] = _key(crypto.pending_key_file(settings.key_file))
        seen["new"] = new_master.secret
        real(session, new_master, **kwargs)

    monkeypatch.setattr(key_service, "replace_master_key", spy)
    rotate_master_key(settings)
    assert seen["pending"] == seen["new"] == _key(settings.key_file)


def test_a_rotation_stopped_before_the_swap_is_finished_on_next_open(
    settings: Settings, coach: Coach, monkeypatch: pytest.MonkeyPatch, marlo: int
) -> None:
    old = _key(settings.key_file)

    def crash(path: Path, current: bytes) -> Path:
        raise Crash

    monkeypatch.setattr(crypto, "install_pending_key", crash)
    with pytest.raises(Crash):
        rotate_master_key(settings)
    monkeypatch.undo()
    new = _key(crypto.pending_key_file(settings.key_file))
    assert _key(settings.key_file) == old  # the database already expects ``new``

    assert _names(settings, coach) == ["Marlo"]
    assert _key(settings.key_file) == new
    assert _key(crypto.previous_key_file(settings.key_file)) == old
    assert not crypto.pending_key_file(settings.key_file).exists()


def test_a_failed_commit_leaves_the_old_key_in_charge(
    settings: Settings, coach: Coach, monkeypatch: pytest.MonkeyPatch, marlo: int
) -> None:
    old = _key(settings.key_file)

    def crash(*args: Any, **kwargs: Any) -> None:
        raise Crash

    monkeypatch.setattr(key_service, "replace_master_key", crash)
    with pytest.raises(Crash):
        rotate_master_key(settings)
    monkeypatch.undo()
    assert _key(settings.key_file) == old
    assert _names(settings, coach) == ["Marlo"]
    assert _key(settings.key_file) == old  # the leftover .new was not installed
    rotate_master_key(settings)  # and the next rotation goes through
    assert _names(settings, coach) == ["Marlo"]


def test_a_database_from_before_the_rotation_names_the_old_key_file(
    store: Store, settings: Settings, marlo: int
) -> None:
    with store.engine.connect() as connection:  # as the database was before rotating
        meta = connection.execute(select(CryptoMetaRow.key_id, CryptoMetaRow.verifier)).one()
        wrapped = connection.execute(
            select(ClientKeyRow.master_key_id, ClientKeyRow.wrapped_key)
        ).one()
    rotate_master_key(settings)
    with store.engine.begin() as connection:  # the commit is lost, the files were swapped
        connection.execute(update(CryptoMetaRow).values(key_id=meta[0], verifier=meta[1]))
        connection.execute(
            update(ClientKeyRow).values(master_key_id=wrapped[0], wrapped_key=wrapped[1])
        )
    previous = crypto.previous_key_file(settings.key_file)
    with pytest.raises(ConfigError) as caught:
        open_store(settings)
    assert f"but {previous} does" in str(caught.value)
    assert f"mv {previous} {settings.key_file}" in str(caught.value)


def test_the_rotation_commits_durably_under_a_lock(
    settings: Settings, statements: list[str], marlo: int
) -> None:
    rotate_master_key(settings)
    rewrap = next(i for i, s in enumerate(statements) if s.startswith("SELECT client_keys"))
    before = list(enumerate(statements[:rewrap]))
    durable = max(
        i
        for i, s in before
        if s in ("PRAGMA synchronous=FULL", "SET LOCAL synchronous_commit TO on")
    )
    # SQLite: the transaction takes the database's write lock as it begins; PostgreSQL:
    # the key record's row lock.
    locked = max(
        i
        for i, s in before
        if s == "BEGIN IMMEDIATE" or ("FROM crypto_meta" in s and "FOR UPDATE" in s)
    )
    assert durable < locked < rewrap


def test_key_files_are_fsynced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    crypto.write_key_file(tmp_path / "master.key", crypto.generate_key())
    assert len(synced) == 2  # the file, then its folder


def test_an_environment_key_is_never_made_up(settings: Settings) -> None:
    env = settings.model_copy(
        update={"secret_key": SecretStr(crypto.encode_key(crypto.generate_key()))}
    )
    initialize(env)
    with pytest.raises(ConfigError) as caught:
        rotate_master_key(env)
    assert str(caught.value) == ENV_NEEDS_NEW_KEY
    open_store(env).close()  # still the key in charge


def test_the_new_key_must_differ_from_the_old(settings: Settings, marlo: int) -> None:
    with pytest.raises(InvalidInput, match="the current key"):
        rotate_master_key(settings, new_key=_key(settings.key_file))


def test_a_process_still_holding_the_old_key_cannot_add_a_client(
    store: Store, settings: Settings, coach: Coach, marlo: int
) -> None:
    rotate_master_key(settings)
    with pytest.raises(ConfigError) as caught:
        clients.add_client(store.unit_of_work(), coach.id, preferred_name="Tove")
    assert str(caught.value) == ROTATED
    assert _names(settings, coach) == ["Marlo"]


def test_a_client_key_under_another_master_key_is_named(
    store: Store, coach: Coach, marlo: int
) -> None:
    with store.engine.begin() as connection:
        connection.execute(update(ClientKeyRow).values(master_key_id="0123456789abcdef"))
    with pytest.raises(ConfigError) as caught:
        clients.list_clients(store.unit_of_work(), coach.id)
    message = str(caught.value)
    assert f"client {marlo}'s data key is wrapped by master key 0123456789abcdef" in message
    assert "restart this process" in message


def _damage_key_of(store: Store, client_id: int) -> None:
    with store.engine.begin() as connection:
        wrapped = connection.execute(
            select(ClientKeyRow.wrapped_key).where(ClientKeyRow.client_id == client_id)
        ).scalar_one()
        damaged = wrapped[:-1] + bytes([wrapped[-1] ^ 1])
        connection.execute(
            update(ClientKeyRow)
            .where(ClientKeyRow.client_id == client_id)
            .values(wrapped_key=damaged)
        )


def test_a_damaged_client_key_names_that_client_not_the_master_key(
    store: Store, coach: Coach, marlo: int
) -> None:
    tove = clients.add_client(store.unit_of_work(), coach.id, preferred_name="Tove").id
    _damage_key_of(store, tove)

    with pytest.raises(IntegrityFailure) as caught:
        clients.get_client(store.unit_of_work(), coach.id, tove)

    assert str(caught.value) == (
        f"client {tove}'s data key (its row in client_keys) is damaged: the master key "
        "opens this database but not that row; restore the row from a backup"
    )
    assert clients.get_client(store.unit_of_work(), coach.id, marlo).client.preferred_name == (
        "Marlo"
    )


def test_a_rotation_stops_at_a_damaged_client_key_and_names_it(
    store: Store, settings: Settings, coach: Coach, marlo: int
) -> None:
    _damage_key_of(store, marlo)

    with pytest.raises(IntegrityFailure, match=f"client {marlo}'s data key"):
        rotate_master_key(settings)

    with open_store(settings) as reopened, reopened.engine.connect() as connection:
        assert connection.execute(select(ClientKeyRow.master_key_id)).scalar_one() == (
            reopened.master_key.key_id
        )
