"""Alembic environment: runs on the connection handed in by coachconn.storage.migrate,
or, when Alembic is called directly, on the database named by the settings."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from coachconn.storage.tables import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    if context.is_offline_mode():
        raise SystemExit("offline (SQL script) migrations are not supported")
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from coachconn.config import load_settings
    from coachconn.storage.engine import create_engine_for
    from coachconn.storage.migrate import migration_transaction

    engine = create_engine_for(load_settings().resolved_database_url)
    with migration_transaction(engine) as own_connection:
        _run(own_connection)
    engine.dispose()


_main()
