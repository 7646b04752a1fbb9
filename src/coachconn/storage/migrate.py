"""Alembic, configured in code so an installed copy can migrate its own database.

The scripts live in the package (``coachconn/migrations``); no ``alembic.ini``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

import coachconn.migrations

MIGRATIONS_DIR = Path(coachconn.migrations.__file__).parent


def alembic_config(connection: Connection | None = None) -> Config:
    """A config whose ``env.py`` runs on ``connection`` (the URL never goes through
    Alembic's ini interpolation, so passwords with ``%`` are safe)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def is_empty(engine: Engine) -> bool:
    """True when the database has none of our tables (Alembic's own may be there)."""
    return not set(inspect(engine).get_table_names()) - {"alembic_version"}
