"""A database held by another change past the wait is one line saying to try
again, with the exit code for a temporary failure; never "internal error"."""

from __future__ import annotations

import sqlite3

import pytest
from tests.cli.conftest import RunCli

from coachconn.config import Settings
from coachconn.storage import engine


def test_a_locked_database_says_try_again(
    initialised: RunCli, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = engine.sqlite_path(settings.resolved_database_url)
    if path is None:
        pytest.skip("SQLite's busy timeout")
    monkeypatch.setattr(engine, "SQLITE_BUSY_MS", 100)
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process, in the middle of a change
    try:
        ran = initialised("clients", "add", "--name", "Noor Amari")
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert ran.code == 75
    assert ran.err == (
        "error: the database is busy with another change: nothing was changed; "
        "try again in a moment\n"
    )
    assert "Noor" not in initialised("clients", "list").out
