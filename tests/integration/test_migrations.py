"""The migrations build the schema the models describe, from empty, on both backends."""

from __future__ import annotations

import re
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.engine import Engine, make_url

from coachconn.config import Settings
from coachconn.core.errors import ConfigError
from coachconn.storage import migrate
from coachconn.storage.engine import create_engine_for
from coachconn.storage.tables import (
    Base,
    ClientRow,
    CoachRow,
    EngagementRow,
    SessionRow,
    SessionTranscriptRow,
)

pytestmark = pytest.mark.db


@contextmanager
def _empty_database(url: str, database_url: str | None) -> Iterator[Engine]:
    """An engine on a database with no tables: the new SQLite file at ``url``, or a new
    PostgreSQL schema on the test server (``database_url``), dropped afterwards."""
    if database_url is None:
        engine = create_engine_for(url)
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


@pytest.fixture
def empty_engine(settings: Settings, database_url: str | None) -> Iterator[Engine]:
    """An engine on a database with no tables: a new SQLite file, or a new
    PostgreSQL schema dropped afterwards."""
    if database_url is None:
        settings.data_dir.mkdir(parents=True)
    with _empty_database(settings.resolved_database_url, database_url) as engine:
        yield engine


@pytest.fixture
def tables_engine(tmp_path: Path, database_url: str | None) -> Iterator[Engine]:
    """A database, apart from ``empty_engine``'s, with the tables as tables.py declares
    them (``create_all``), for what the database says of them to be compared."""
    with _empty_database(f"sqlite:///{tmp_path / 'tables.db'}", database_url) as engine:
        Base.metadata.create_all(engine)
        yield engine


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


def _partial_index_conditions(engine: Engine) -> dict[str, str]:
    """Each partial index's condition as the database keeps it (SQLite: the statement
    that made it, as written; PostgreSQL: its own rendering), by index name."""
    if engine.dialect.name == "sqlite":
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    else:
        query = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
    with engine.connect() as connection:
        rows = connection.execute(text(query)).all()
    conditions = {}
    for name, definition in rows:
        found = re.search(r"\sWHERE\s(.*)\Z", definition, flags=re.IGNORECASE | re.DOTALL)
        if found is not None:
            conditions[name] = " ".join(found.group(1).split())
    return conditions


def test_partial_indexes_select_the_rows_the_models_say(
    empty_engine: Engine, tables_engine: Engine
) -> None:
    # compare_metadata does not compare a partial index's condition, and migration 0002
    # writes it again rather than importing it (a migration stays as it was written).
    migrate.upgrade(empty_engine)

    migrated = _partial_index_conditions(empty_engine)

    partial = {
        index.name
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if index.dialect_options[empty_engine.dialect.name]["where"] is not None
    }
    assert "uq_engagements_client_id_open" in partial  # the test has something to compare
    assert set(migrated) == partial
    assert migrated == _partial_index_conditions(tables_engine)


def test_it_downgrades_to_empty_and_back(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    migrate.downgrade(empty_engine, "base")
    assert migrate.is_empty(empty_engine)
    migrate.upgrade(empty_engine)
    assert _differences(empty_engine) == []


# Rows as a database at revision 0001 may hold them: written directly, as two
# writers racing past the services' checks left them.
_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
_STAMPS = {"created_at": _AT, "updated_at": _AT}


def _at_0001(engine: Engine) -> None:
    migrate.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            insert(CoachRow), [{"id": 1, "name": "Coach A", "timezone": "UTC", "created_at": _AT}]
        )
        connection.execute(
            insert(ClientRow),
            [
                {"id": i, "coach_id": 1, "preferred_name": b"x", "representational_system": b"x",
                 "flags": b"x", "version": 1, **_STAMPS}
                for i in (1, 2)
            ],
        )  # fmt: skip


def _engagements(engine: Engine, *rows: tuple[int, int, str]) -> None:
    with engine.begin() as connection:
        connection.execute(
            insert(EngagementRow),
            [
                {"id": id_, "coach_id": 1, "client_id": client, "started_on": _AT.date(),
                 "status": status, "cadence": "weekly", "version": 1, **_STAMPS}
                for id_, client, status in rows
            ],
        )  # fmt: skip


def _transcripts(engine: Engine, *rows: tuple[int, int, int, bool]) -> None:
    """(id, session, minutes after the hour it was attached, whether it has an analysis)."""
    with engine.begin() as connection:
        connection.execute(
            insert(SessionRow),
            [
                {
                    "id": s,
                    "coach_id": 1,
                    "client_id": 1,
                    "engagement_id": 1,
                    "scheduled_at": _AT,
                    "duration_min": 60,
                    "format": "video",
                    "status": "held",
                    "markers": b"x",
                    "version": 1,
                    **_STAMPS,
                }
                for s in sorted({row[1] for row in rows})
            ],
        )
        connection.execute(
            insert(SessionTranscriptRow),
            [
                {"id": id_, "coach_id": 1, "client_id": 1, "session_id": session,
                 "raw_text": b"x", "analysis": b"x" if analysed else None,
                 "created_at": _AT + timedelta(minutes=minutes)}
                for id_, session, minutes, analysed in rows
            ],
        )  # fmt: skip


def _transcript_ids(engine: Engine) -> list[int]:
    with engine.connect() as connection:
        query = select(SessionTranscriptRow.id).order_by(SessionTranscriptRow.id)
        return list(connection.execute(query).scalars())


def test_an_upgrade_keeps_only_the_transcript_each_session_showed(empty_engine: Engine) -> None:
    _at_0001(empty_engine)
    _engagements(empty_engine, (1, 1, "active"))
    # Session 1: the newest with an analysis (2) was the one shown; 3 had none.
    # Session 2 has one, which stays.
    _transcripts(empty_engine, (1, 1, 0, True), (2, 1, 5, True), (3, 1, 9, False), (4, 2, 0, True))

    migrate.upgrade(empty_engine)

    assert migrate.current_revision(empty_engine) == migrate.head_revision()
    assert _transcript_ids(empty_engine) == [2, 4]


def test_an_upgrade_refuses_two_open_engagements_of_a_client_and_changes_nothing(
    empty_engine: Engine,
) -> None:
    _at_0001(empty_engine)
    # Client 1: two open (active and paused) and one completed; client 2: one open.
    _engagements(
        empty_engine, (1, 1, "active"), (2, 1, "completed"), (3, 1, "paused"), (4, 2, "active")
    )
    _transcripts(empty_engine, (1, 1, 0, True), (2, 1, 5, True))

    with pytest.raises(ConfigError) as caught:
        migrate.upgrade(empty_engine)

    assert str(caught.value) == (
        "cannot upgrade the database: a client may now have only one open engagement, but "
        "client 1 has 2 (engagements 1, 3). Complete all but one of each client's "
        "(`coachconn engagements complete ID` with the version you upgraded from), then run "
        "`coachconn init` again. Nothing was changed"
    )
    assert migrate.current_revision(empty_engine) == "0001"
    assert _transcript_ids(empty_engine) == [1, 2]


def test_an_upgrade_waits_for_another_in_progress_then_finds_nothing_to_do(
    empty_engine: Engine,
) -> None:
    """Two `coachconn init`s started together on an empty database (two app servers
    coming up): the second waits for the first, as SQLite's write lock makes it, and
    then finds nothing left to do. On PostgreSQL both created the same tables at once,
    and one failed ("duplicate key value violates unique constraint")."""
    second: list[object] = []

    def upgrade() -> None:
        try:
            second.append(migrate.upgrade(empty_engine))
        except Exception as err:
            second.append(err)

    with migrate.migration_transaction(empty_engine) as first:
        command.upgrade(migrate.alembic_config(first), "head")
        waiting = threading.Thread(target=upgrade, daemon=True)
        waiting.start()
        waiting.join(timeout=1.0)
        assert waiting.is_alive(), "the second upgrade did not wait for the first"
    waiting.join(timeout=30)

    assert second == [None]
    assert migrate.current_revision(empty_engine) == migrate.head_revision()
    assert _differences(empty_engine) == []
