"""Alembic migrations of the coachconn schema (run through coachconn.storage.migrate)."""
