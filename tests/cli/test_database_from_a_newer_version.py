"""A database last migrated by a newer coachconn (a copy synced from another machine,
or this one's coachconn taken back to an older version) is named as such on every
command, `init` included, and left as it is: `init` cannot bring it "up to date", and
an older version must not write to a schema it does not know."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from tests.cli.conftest import RunCli

from coachconn.config import Settings
from coachconn.storage.engine import create_engine_for

pytestmark = pytest.mark.db

NEWER = "0099"


def _revision(settings: Settings, set_to: str | None = None) -> str:
    engine = create_engine_for(settings.resolved_database_url)
    try:
        with engine.begin() as connection:
            if set_to is not None:
                connection.execute(
                    text("UPDATE alembic_version SET version_num = :v"), {"v": set_to}
                )
            return str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar())
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "command", [("init",), ("clients", "list"), ("clients", "add", "--name", "Tom")]
)
def test_a_database_from_a_newer_version_is_named_and_left_as_it_is(
    initialised: RunCli, settings: Settings, command: tuple[str, ...]
) -> None:
    ours = _revision(settings)
    _revision(settings, set_to=NEWER)
    try:
        ran = initialised(*command)
        kept = _revision(settings)
    finally:
        # On PostgreSQL the tests share one schema, emptied between them, not rebuilt:
        # the next test must find it at this version's revision again.
        _revision(settings, set_to=ours)

    assert (ran.code, ran.out) == (6, "")
    assert ran.err.startswith("error: the database was last migrated by a newer version of ")
    assert f"(its schema is at revision {NEWER}," in ran.err
    assert ran.err.count("\n") == 1
    assert kept == NEWER
