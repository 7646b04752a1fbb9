"""The migrations build the schema the models describe, from empty, on both backends."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from coachconn.config import Settings
from coachconn.storage import migrate
from coachconn.storage.engine import create_engine_for
from coachconn.storage.tables import Base

pytestmark = pytest.mark.db


@pytest.fixture
def empty_engine(settings: Settings, database_url: str | None) -> Iterator[Engine]:
    """An engine on a database with no tables: a new SQLite file, or a new
    PostgreSQL schema dropped afterwards."""
    if database_url is None:
        settings.data_dir.mkdir(parents=True)
        engine = create_engine_for(settings.resolved_database_url)
        yield engine
        engine.dispose()
        return
    schema = f"cc_empty_{secrets.token_hex(4)}"
    base = make_url(database_url).difference_update_query(["options"])
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = base.update_query_dict({"options": f"-csearch_path={schema}"})
    engine = create_engine_for(url.render_as_string(hide_password=False))
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_it_upgrades_an_empty_database_to_head(empty_engine: Engine) -> None:
    assert migrate.is_empty(empty_engine)
    migrate.upgrade(empty_engine)
    assert migrate.current_revision(empty_engine) == migrate.head_revision()


def test_the_models_and_the_migrations_agree(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    assert _differences(empty_engine) == []


def test_it_downgrades_to_empty_and_back(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    migrate.downgrade(empty_engine, "base")
    assert migrate.is_empty(empty_engine)
    migrate.upgrade(empty_engine)
    assert _differences(empty_engine) == []
