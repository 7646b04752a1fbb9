"""A migration that rebuilds a table on SQLite keeps the rows that refer to it, and one
that leaves a row referring to nothing is refused with nothing changed.

SQLite changes most of a table by building a copy and dropping the old one (Alembic's
batch mode); with foreign keys on, the drop first deletes the old table's rows, and ON
DELETE CASCADE their children's. The runner turns foreign keys off before its
transaction begins and checks them before it commits. The migrations here are
throwaway ones, added after the package's own in a copy of its scripts.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.factories import make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import ConfigError
from coachconn.services import clients
from coachconn.storage import migrate
from coachconn.storage.store import Store
from coachconn.storage.tables import ClientRow, EngagementRow, SessionRow

pytestmark = pytest.mark.db

REBUILD_CLIENTS = """
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"


def upgrade() -> None:
    with op.batch_alter_table("clients", recreate="always") as batch:
        batch.alter_column("timezone", existing_type=sa.String(64), type_=sa.String(80))


def downgrade() -> None:
    with op.batch_alter_table("clients", recreate="always") as batch:
        batch.alter_column("timezone", existing_type=sa.String(80), type_=sa.String(64))
"""

# A migration gone wrong: the clients go, their engagements and sessions stay.
LOSE_CLIENTS = """
from alembic import op

revision = "9001"
down_revision = "{head}"


def upgrade() -> None:
    op.execute("DELETE FROM clients")


def downgrade() -> None:
    pass
"""


@pytest.fixture
def sqlite_only(database_url: str | None) -> None:
    if database_url is not None:
        pytest.skip("SQLite rebuilds tables to change them; PostgreSQL alters them in place")


def _with_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str) -> None:
    """The package's migrations and, after them, ``source``, used by the runner."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "9001_throwaway.py").write_text(source.format(head=head))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)


def _count(store: Store, table: type[ClientRow | EngagementRow | SessionRow]) -> int:
    with store.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.fixture
def sessions_held(store: Store, coach: Coach, clock: FixedClock) -> None:
    """A client with an engagement and two sessions: rows that refer to the client."""
    engagement = make_engagement(store, coach)
    for days in (8, 1):
        make_session(store, coach, engagement, at=clock() - timedelta(days=days), status="held")


def test_rebuilding_a_table_keeps_the_rows_that_refer_to_it(
    sqlite_only: None,
    sessions_held: None,
    store: Store,
    coach: Coach,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _with_migration(tmp_path, monkeypatch, REBUILD_CLIENTS)

    migrate.upgrade(store.engine)

    assert migrate.current_revision(store.engine) == "9001"
    assert (_count(store, EngagementRow), _count(store, SessionRow)) == (1, 2)
    assert [c.preferred_name for c in clients.list_clients(store.unit_of_work(), coach.id)] == [
        "Robin"
    ]


def test_foreign_keys_are_on_again_after_migrating(
    sqlite_only: None, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_migration(tmp_path, monkeypatch, REBUILD_CLIENTS)

    migrate.upgrade(store.engine)

    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_a_migration_that_leaves_rows_referring_to_nothing_is_refused(
    sqlite_only: None,
    sessions_held: None,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    head = migrate.head_revision()
    _with_migration(tmp_path, monkeypatch, LOSE_CLIENTS)

    with pytest.raises(ConfigError) as caught:
        migrate.upgrade(store.engine)

    assert str(caught.value).startswith("cannot migrate the database: ")
    assert "engagements row 1 refers to a missing clients row" in str(caught.value)
    assert str(caught.value).endswith(". Nothing was changed")
    assert migrate.current_revision(store.engine) == head
    assert _count(store, ClientRow) == 1
