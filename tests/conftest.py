"""Shared fixtures: a settings object per test on SQLite or PostgreSQL, a store,
and the personas: ``coach`` (owner of the data under test) and ``other_coach``
(who must never see it).

Backend: SQLite in the test's tmp dir, or PostgreSQL when
``COACHCONN_TEST_DATABASE_URL`` is set. On PostgreSQL the suite migrates a
private schema once (so runs side by side do not meet) and empties its tables
before each test.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coachconn.config import Settings
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.services.access import access_token
from coachconn.services.coaches import create_coach, get_default_coach
from coachconn.services.setup import initialize, open_store
from coachconn.storage import migrate
from coachconn.storage.engine import create_engine_for
from coachconn.storage.store import Store
from coachconn.storage.tables import tables_children_first
from coachconn.storage.uow import UnitOfWork

PG_URL_ENV = "COACHCONN_TEST_DATABASE_URL"
# A Monday morning, so tests read like a coach's week.
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

_APP_ENV = (
    "COACHCONN_DATABASE_URL",
    "COACHCONN_SECRET_KEY",
    "COACHCONN_DATA_DIR",
    "COACHCONN_HOST",
    "COACHCONN_PORT",
    "COACHCONN_ALLOWED_HOSTS",
    "COACHCONN_FORWARDED_ALLOW_IPS",
    "COACHCONN_DEBUG",
)


def pytest_report_header(config: pytest.Config) -> str:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        return "database: SQLite"
    return f"database: PostgreSQL ({make_url(url).render_as_string()})"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Anything that touches a database runs on both backends, marked or not.
    for item in items:
        if "database_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own COACHCONN_* settings never reach a test."""
    for name in _APP_ENV:
        monkeypatch.delenv(name, raising=False)


def _with_search_path(url: str, schema: str) -> str:
    parsed = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    return parsed.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def _postgres_url() -> Iterator[str | None]:
    """A freshly migrated private schema on the test server, or None on SQLite."""
    base = os.environ.get(PG_URL_ENV)
    if not base:
        yield None
        return
    schema = f"cc_test_{os.getpid()}_{secrets.token_hex(3)}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = _with_search_path(base, schema)
    engine = create_engine_for(url)
    migrate.upgrade(engine)  # upgrade from empty, once per run
    engine.dispose()
    try:
        yield url
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _empty_tables(url: str) -> None:
    # DELETE beats TRUNCATE on a handful of rows: no table locks, no new files.
    engine = create_engine(url)
    with engine.begin() as connection:
        for name in tables_children_first():
            connection.execute(text(f'DELETE FROM "{name}"'))
    engine.dispose()


@pytest.fixture
def database_url(_postgres_url: str | None) -> str | None:
    """The test's database: None means the default SQLite file in the data dir."""
    if _postgres_url is None:
        return None
    _empty_tables(_postgres_url)
    return _postgres_url


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def settings(data_dir: Path, database_url: str | None) -> Settings:
    return Settings(data_dir=data_dir, database_url=database_url, secret_key=None)


@pytest.fixture
def clock() -> FixedClock:
    """The time every service sees; move it with ``clock.advance(days=1)``."""
    return FixedClock(START)


@pytest.fixture
def store(settings: Settings, clock: FixedClock) -> Iterator[Store]:
    """An initialised store: key file, schema, and the default coach ``coach``."""
    initialize(settings, coach_name="Coach A", clock=clock)
    opened = open_store(settings, clock=clock)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def token(settings: Settings) -> str:
    """The practice's access token, from its file in the data folder (made if need be),
    where the web app built on ``settings`` reads it too."""
    return access_token(settings)


@pytest.fixture
def uow(store: Store) -> UnitOfWork:
    return store.unit_of_work()


@pytest.fixture
def coach(store: Store) -> Coach:
    """The owner persona: the install's default coach."""
    return get_default_coach(store.unit_of_work())


@pytest.fixture
def other_coach(store: Store, coach: Coach) -> Coach:
    """A second coach on the same server, with no access to ``coach``'s records."""
    return create_coach(store.unit_of_work(), "Coach B", "coach.b@example.org")
