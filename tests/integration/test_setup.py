"""Initialising a data directory, and opening it with the right key or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from tests.concurrency import Meeting, run_together

from coachconn.config import Settings
from coachconn.core.errors import ConfigError
from coachconn.services import coaches, setup
from coachconn.services.coaches import get_default_coach
from coachconn.services.setup import InitResult, NotApplied, initialize, not_applied, open_store
from coachconn.storage import crypto, migrate
from coachconn.storage.store import Store
from coachconn.storage.tables import CoachRow, CryptoMetaRow

pytestmark = pytest.mark.db


def test_it_creates_the_key_file_readable_by_its_owner_only(settings: Settings) -> None:
    result = initialize(settings)
    assert result.key_created and result.key_source == "file"
    assert stat.S_IMODE(settings.key_file.stat().st_mode) == 0o600
    assert len(crypto.decode_key(settings.key_file.read_text(), "key file")) == 32


def test_it_migrates_and_creates_the_default_coach(settings: Settings) -> None:
    result = initialize(settings, coach_name="Coach A")
    assert result.revision == migrate.head_revision()
    assert result.coach_created
    with open_store(settings) as store:
        assert get_default_coach(store.unit_of_work()).name == "Coach A"


def test_init_again_names_the_coach_details_asked_for_that_the_coach_kept(
    settings: Settings,
) -> None:
    made = initialize(settings, coach_name="Robin Ashdown", coach_timezone="Europe/Berlin")
    again = initialize(settings, coach_name="Zed Okafor", coach_timezone="Asia/Tokyo")

    assert not_applied(made, name="Robin Ashdown", timezone="Europe/Berlin") == ()
    assert not_applied(again, name=" Zed Okafor ", timezone="Asia/Tokyo") == (
        NotApplied("name", "Zed Okafor"),
        NotApplied("timezone", "Asia/Tokyo"),
    )
    # The same details, or none asked, are nothing to say.
    assert not_applied(again, name=" Robin Ashdown", timezone="Europe/Berlin") == ()
    assert not_applied(again, name=None, timezone=None) == ()
    assert again.coach == made.coach


def test_it_is_idempotent(settings: Settings) -> None:
    first = initialize(settings)
    key = settings.key_file.read_bytes()
    again = initialize(settings)
    assert not again.key_created and not again.migrated and not again.coach_created
    assert again.coach == first.coach
    assert settings.key_file.read_bytes() == key


def test_it_uses_the_environment_key_and_writes_no_file(settings: Settings) -> None:
    env_settings = settings.model_copy(
        update={"secret_key": SecretStr(crypto.encode_key(crypto.generate_key()))}
    )
    result = initialize(env_settings)
    assert result.key_source == "env" and not result.key_created
    assert not settings.key_file.exists()
    open_store(env_settings).close()


def test_it_refuses_to_open_before_init(settings: Settings) -> None:
    with pytest.raises(ConfigError, match="coachconn init"):
        open_store(settings)


def _where(settings: Settings) -> str:
    if settings.database_url:
        return make_url(settings.database_url).render_as_string(hide_password=True)
    return str(settings.data_dir / "coachconn.db")


def test_a_missing_key_file_names_the_key_the_database_expects(settings: Settings) -> None:
    initialize(settings)
    key_id = crypto.load_master_key(settings).key_id
    settings.key_file.unlink()
    expected = (
        f"the database at {_where(settings)} is encrypted with master key {key_id} but "
        f"{settings.key_file} is missing: restore it from your backup "
        "(or set COACHCONN_SECRET_KEY)"
    )

    with pytest.raises(ConfigError) as caught:
        open_store(settings)
    assert str(caught.value) == expected
    # ...and init says the same, rather than paper over it with a new key for old data.
    with pytest.raises(ConfigError) as caught:
        initialize(settings)
    assert str(caught.value) == expected
    assert not settings.key_file.exists()


def test_a_missing_key_for_a_database_that_expects_none_says_to_run_init(
    settings: Settings,
) -> None:
    initialize(settings)
    with Store.open(settings, verify=False) as store, store.engine.begin() as connection:
        connection.execute(text("DELETE FROM crypto_meta"))
    settings.key_file.unlink()

    with pytest.raises(ConfigError) as caught:
        open_store(settings)
    assert str(caught.value) == crypto.MISSING_KEY


def test_a_wrong_key_is_refused_clearly(settings: Settings) -> None:
    initialize(settings)
    wrong = settings.model_copy(
        update={"secret_key": SecretStr(crypto.encode_key(crypto.generate_key()))}
    )
    with pytest.raises(ConfigError, match="master key does not match this database"):
        open_store(wrong)


def test_a_malformed_key_is_refused(settings: Settings) -> None:
    initialize(settings)
    bad = settings.model_copy(update={"secret_key": SecretStr("not-a-key")})
    with pytest.raises(ConfigError, match="COACHCONN_SECRET_KEY"):
        open_store(bad)


def test_it_refuses_a_key_file_others_can_read(settings: Settings) -> None:
    initialize(settings)
    settings.key_file.chmod(0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        open_store(settings)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(settings: Settings) -> None:
    if settings.database_url:
        pytest.skip("SQLite only")
    initialize(settings)
    with open_store(settings) as store, store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1


def _sqlite_files(settings: Settings) -> list[Path]:
    database = settings.data_dir / "coachconn.db"
    candidates = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
    return [path for path in candidates if path.exists()]


def _modes(paths: list[Path]) -> dict[str, int]:
    return {path.name: stat.S_IMODE(path.stat().st_mode) for path in paths}


def test_the_sqlite_files_are_readable_by_their_owner_only(settings: Settings) -> None:
    if settings.database_url:
        pytest.skip("SQLite only")
    previous = os.umask(0o022)  # the common default, which leaves new files world-readable
    try:
        initialize(settings)
        with open_store(settings) as store, store.engine.connect() as connection:
            connection.execute(text("SELECT 1"))  # -wal and -shm exist while connected
            modes = _modes(_sqlite_files(settings))
    finally:
        os.umask(previous)
    assert {"coachconn.db", "coachconn.db-wal"} <= set(modes)
    assert set(modes.values()) == {0o600}


def test_opening_narrows_a_database_others_can_read(settings: Settings) -> None:
    if settings.database_url:
        pytest.skip("SQLite only")
    initialize(settings)
    for path in _sqlite_files(settings):
        path.chmod(0o644)
    open_store(settings).close()
    assert set(_modes(_sqlite_files(settings)).values()) == {0o600}


def test_it_warns_when_others_can_open_the_data_folder(settings: Settings) -> None:
    settings.data_dir.mkdir(mode=0o755)
    settings.data_dir.chmod(0o755)
    result = initialize(settings)
    assert result.warnings == (
        f"{settings.data_dir} can be opened by other users: chmod 700 {settings.data_dir}",
    )
    settings.data_dir.chmod(0o700)
    assert initialize(settings).warnings == ()


def test_two_inits_that_both_come_to_make_the_coach_make_one(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each init pauses as the coaches service takes up the coach's name, until the
    other is there too. Looking for the default coach and making it were two units of
    work, and the name was taken up between them: on SQLite both found none and each
    made a coach, so the practice had two and `coachconn init` called both new."""
    initialize(settings)  # the key and the schema are there; only the coach is missing
    with open_store(settings) as store, store.unit_of_work() as uow:
        uow.session.query(CoachRow).delete()
        uow.commit()
    monkeypatch.setattr(coaches, "clean_coach_name", Meeting().after(coaches.clean_coach_name))

    results = run_together(lambda: initialize(settings), lambda: initialize(settings))

    assert all(isinstance(r, InitResult) for r in results), results
    made = sorted(r.coach_created for r in results if isinstance(r, InitResult))
    assert made == [False, True]
    with open_store(settings) as store, store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CoachRow)) == 1


def test_two_inits_at_once_record_one_key_and_one_coach(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two `coachconn init`s started together (two app servers coming up): the second
    waits for the first, then finds the key recorded and the coach there. On PostgreSQL
    both found no key recorded, and the second to record it failed ("the change
    conflicts with existing records")."""
    crypto.write_key_file(settings.key_file, crypto.generate_key())  # both use one key
    monkeypatch.setattr(setup, "_has_recorded_key", Meeting().after(setup._has_recorded_key))

    results = run_together(lambda: initialize(settings), lambda: initialize(settings))

    assert all(isinstance(r, InitResult) for r in results), results
    with open_store(settings) as store, store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CoachRow)) == 1
        assert uow.session.scalar(select(func.count()).select_from(CryptoMetaRow)) == 1
