"""A master key problem that reaches a page (or the API) says what the coach can do
about it, in words that name no file and no key fingerprint; the log keeps the
operator's message, which names them, word for word as the command line prints it.

Each case breaks the practice's key the way it happens on a disk, then asks a route
to open the practice as `coachconn serve` does (``open_store``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from markupsafe import escape
from sqlalchemy import delete
from tests.broken_files import deny, replace_with_bytes

from coachconn.config import Settings
from coachconn.services.setup import open_store
from coachconn.storage import crypto
from coachconn.storage.crypto import (
    BAD_ENV_KEY_PUBLIC,
    DAMAGED_KEY_FILE_PUBLIC,
    LOST_KEY_PUBLIC,
    MISSING_KEY_PUBLIC,
    OLDER_DATA_PUBLIC,
    OPEN_KEY_FILE_PUBLIC,
    UNREADABLE_KEY_FILE_PUBLIC,
    WRONG_KEY_PUBLIC,
)
from coachconn.storage.keys import NOT_INITIALISED_PUBLIC
from coachconn.storage.store import Store
from coachconn.storage.tables import CryptoMetaRow

pytestmark = pytest.mark.db

# A case breaks the practice and returns the settings to open it with, and the
# operator's message the log must keep.
Breaking = Callable[[Settings, Store, pytest.MonkeyPatch], tuple[Settings, str]]


def _bytes_in_key_file(data: bytes) -> Breaking:
    def broken(settings: Settings, store: Store, _: pytest.MonkeyPatch) -> tuple[Settings, str]:
        replace_with_bytes(settings.key_file, data)
        return settings, f"{settings.key_file}"

    return broken


def _another_key_in_the_file(
    settings: Settings, store: Store, _: pytest.MonkeyPatch
) -> tuple[Settings, str]:
    crypto.write_key_file(settings.key_file, crypto.generate_key(), replace=True)
    return settings, crypto.WRONG_KEY


def _another_key_in_the_environment(
    settings: Settings, store: Store, _: pytest.MonkeyPatch
) -> tuple[Settings, str]:
    other = crypto.encode_key(crypto.generate_key())
    return _with_key(settings, other), crypto.WRONG_ENV_KEY_HINT


def _no_key_in_the_environment(
    settings: Settings, store: Store, _: pytest.MonkeyPatch
) -> tuple[Settings, str]:
    return _with_key(settings, "not-a-key"), "COACHCONN_SECRET_KEY is not a url-safe base64 key"


def _data_from_before_the_last_rotation(
    settings: Settings, store: Store, _: pytest.MonkeyPatch
) -> tuple[Settings, str]:
    # The key file was rotated since this database (a backup) was written: the key the
    # database expects is master.key.old.
    current = crypto.load_master_key(settings).secret
    crypto.write_key_file(crypto.previous_key_file(settings.key_file), current)
    crypto.write_key_file(settings.key_file, crypto.generate_key(), replace=True)
    return settings, "the database is from before the last key rotation"


def _key_file_deleted(
    settings: Settings, store: Store, _: pytest.MonkeyPatch
) -> tuple[Settings, str]:
    settings.key_file.unlink()
    return settings, "restore it from your backup (or set COACHCONN_SECRET_KEY)"


def _no_key_anywhere(
    settings: Settings, store: Store, _: pytest.MonkeyPatch
) -> tuple[Settings, str]:
    _forget_the_key(store)
    settings.key_file.unlink()
    return settings, crypto.MISSING_KEY


def _database_not_set_up(
    settings: Settings, store: Store, _: pytest.MonkeyPatch
) -> tuple[Settings, str]:
    _forget_the_key(store)
    return settings, "the database is not initialised: run `coachconn init`"


def _key_file_others_can_read(
    settings: Settings, store: Store, _: pytest.MonkeyPatch
) -> tuple[Settings, str]:
    settings.key_file.chmod(0o644)
    return settings, f"must be readable by its owner only: chmod 600 {settings.key_file}"


def _folder_for_the_key_file(
    settings: Settings, store: Store, _: pytest.MonkeyPatch
) -> tuple[Settings, str]:
    settings.key_file.unlink()
    settings.key_file.mkdir(mode=0o700)
    return settings, f"cannot read the key file {settings.key_file}: Is a directory"


def _key_file_out_of_reach(
    settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> tuple[Settings, str]:
    # As behind a folder on the way that this account may not open.
    deny(monkeypatch, "exists", settings.key_file)
    return settings, f"cannot look for the key file {settings.key_file}: Permission denied"


def _with_key(settings: Settings, key: str) -> Settings:
    """The practice's settings with COACHCONN_SECRET_KEY set to ``key``."""
    return Settings(data_dir=settings.data_dir, database_url=settings.database_url, secret_key=key)


def _forget_the_key(store: Store) -> None:
    with store.engine.begin() as connection:
        connection.execute(delete(CryptoMetaRow))


# What a damaged key file may hold instead of a key.
_OTHER_BYTES = "clé abîmée\n".encode("latin-1")
_SHORT_KEY = crypto.encode_key(b"short").encode() + b"\n"

CASES: dict[str, tuple[Breaking, str]] = {
    "another key in the key file": (_another_key_in_the_file, WRONG_KEY_PUBLIC),
    "another key in the environment": (_another_key_in_the_environment, WRONG_KEY_PUBLIC),
    "data from before the last rotation": (_data_from_before_the_last_rotation, OLDER_DATA_PUBLIC),
    "key file deleted": (_key_file_deleted, LOST_KEY_PUBLIC),
    "no key anywhere": (_no_key_anywhere, MISSING_KEY_PUBLIC),
    "database not set up": (_database_not_set_up, NOT_INITIALISED_PUBLIC),
    "key file others can read": (_key_file_others_can_read, OPEN_KEY_FILE_PUBLIC),
    "key file of other bytes": (_bytes_in_key_file(_OTHER_BYTES), DAMAGED_KEY_FILE_PUBLIC),
    "key file of no base64": (_bytes_in_key_file(b"not a key!\n"), DAMAGED_KEY_FILE_PUBLIC),
    "key file of a short key": (_bytes_in_key_file(_SHORT_KEY), DAMAGED_KEY_FILE_PUBLIC),
    "folder in place of the key file": (_folder_for_the_key_file, UNREADABLE_KEY_FILE_PUBLIC),
    "key file out of reach": (_key_file_out_of_reach, UNREADABLE_KEY_FILE_PUBLIC),
    "no key in the environment": (_no_key_in_the_environment, BAD_ENV_KEY_PUBLIC),
}


@pytest.mark.parametrize("api", [False, True], ids=["page", "api"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_key_problem_says_what_to_do_and_logs_the_rest(
    app: FastAPI,
    http: TestClient,
    settings: Settings,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    case: str,
    api: bool,
) -> None:
    breaking, public = CASES[case]
    key_id = crypto.load_master_key(settings).key_id
    opened, operator = breaking(settings, store, monkeypatch)

    def open_practice() -> None:
        open_store(opened).close()

    path = "/api/v1/test/open" if api else "/test/open"
    app.add_api_route(path, open_practice)
    answer = http.get(path)

    assert answer.status_code == 500
    if api:
        assert answer.json() == {"error": {"status": 500, "message": public}}
    else:
        assert str(escape(public)) in answer.text
        assert "Something went wrong on our side" not in answer.text
    for secret in (key_id, str(settings.data_dir), "master.key"):
        assert secret not in answer.text
    assert operator in caplog.text
