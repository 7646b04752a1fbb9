"""A PostgreSQL account that may read the practice's tables but not change them, or not
even read them, is one line saying what to do, as a SQLite file that cannot be written
is (tests/cli/test_unusable_database.py): never "internal error"."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from tests.cli.conftest import RunCli, json_of

from coachconn.config import Settings


def _schema(url: str) -> str:
    """The private schema the test's URL reaches (``-csearch_path=...``)."""
    options = make_url(url).query["options"]
    assert isinstance(options, str)
    return options.removeprefix("-csearch_path=")


@pytest.fixture
def account(settings: Settings, initialised: RunCli) -> Iterator[tuple[str, int]]:
    """An account on the test server with no rights on the practice's tables yet (one
    client, Maya, in them): its name, and Maya's id."""
    url = settings.database_url
    if url is None:
        pytest.skip("PostgreSQL's accounts; SQLite's file modes are the test named above")
    maya = json_of(initialised("clients", "add", "--name", "Maya", "--format", "json"))["id"]
    name = f"cc_reader_{secrets.token_hex(4)}"
    schema = _schema(url)
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{name}" LOGIN'))
        connection.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO "{name}"'))
    try:
        yield name, maya
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP OWNED BY "{name}"'))
            connection.execute(text(f'DROP ROLE "{name}"'))
        admin.dispose()


def _as(settings: Settings, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings.database_url is not None
    url = make_url(settings.database_url).set(username=name, password=None)
    monkeypatch.setenv("COACHCONN_DATABASE_URL", url.render_as_string(hide_password=False))


def _grant_select(settings: Settings, name: str) -> None:
    assert settings.database_url is not None
    admin = create_engine(settings.database_url)
    with admin.begin() as connection:
        schema = _schema(settings.database_url)
        connection.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO "{name}"'))
    admin.dispose()


@pytest.mark.parametrize(
    "command",
    [
        ("clients", "add", "--name", "Tom"),
        ("clients", "update", "{maya}", "--name", "Maya Hart"),
        ("notes", "add", "{maya}", "--text", "Sounded tired"),
    ],
)
def test_an_account_that_may_only_read_is_named_and_reading_still_works(
    settings: Settings,
    initialised: RunCli,
    account: tuple[str, int],
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
) -> None:
    name, maya = account
    _grant_select(settings, name)
    _as(settings, name, monkeypatch)

    ran = initialised(*(word.format(maya=maya) for word in command))
    listed = initialised("clients", "list", "--format", "json")

    assert (ran.code, ran.out) == (6, "")
    assert ran.err.startswith(f"error: the database refused the account {name} (permission")
    assert ran.err.endswith(
        f"): nothing was changed; grant {name} the rights coachconn needs in that database, "
        "or point COACHCONN_DATABASE_URL at an account that has them\n"
    )
    assert ran.err.count("\n") == 1
    assert listed.code == 0, listed.err
    assert [c["preferred_name"] for c in json.loads(listed.out)] == ["Maya"]


def test_an_account_that_may_not_read_is_named(
    settings: Settings,
    initialised: RunCli,
    account: tuple[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name, _ = account
    _as(settings, name, monkeypatch)

    ran = initialised("clients", "list")

    assert (ran.code, ran.out) == (6, "")
    assert ran.err.startswith(f"error: the database refused the account {name} (permission")
    assert ran.err.count("\n") == 1
