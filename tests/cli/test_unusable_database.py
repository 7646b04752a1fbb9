"""A SQLite database that is damaged, that cannot be written (a read-only file, folder
or disk), or that other accounts can open and this one cannot narrow, is one line
saying what to do, on every command: never "internal error"."""

from __future__ import annotations

import errno
import json
import os
import random
import sqlite3
import string
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL, Engine
from tests.cli.conftest import RunCli, json_of

from coachconn.config import Settings
from coachconn.storage import engine as engines


@pytest.fixture
def database(settings: Settings, initialised: RunCli) -> Path:
    """The practice's SQLite file, with one client (Maya) in it."""
    path = engines.sqlite_path(settings.resolved_database_url)
    if path is None:
        pytest.skip("a SQLite file's own failures")
    json_of(initialised("clients", "add", "--name", "Maya", "--format", "json"))
    return path


def _damage(database: Path, table: str) -> None:
    """Overwrite the first page of ``table`` with bytes no page holds, after moving
    everything the WAL holds into the file."""
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    connection.close()
    with database.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\x07" * page_size)


# The clients' table is first read inside a command's unit of work; the key's record
# as the practice is opened, before any.
@pytest.mark.parametrize("table", ["clients", "crypto_meta"])
@pytest.mark.parametrize(
    "command", [("clients", "list"), ("clients", "add", "--name", "Tom"), ("init",)]
)
def test_a_damaged_database_is_named_with_what_to_do(
    initialised: RunCli, database: Path, table: str, command: tuple[str, ...]
) -> None:
    _damage(database, table)
    damaged = database.read_bytes()

    ran = initialised(*command)

    assert (ran.code, ran.out) == (6, "")
    assert ran.err.startswith(f"error: {database} is damaged (")
    assert ran.err.endswith("): restore it from your backup\n")
    assert ran.err.count("\n") == 1
    assert database.read_bytes() == damaged


def _opened_read_only(create: Any) -> Any:
    """SQLAlchemy's ``create_engine`` whose SQLite connections open the file read-only,
    as SQLite opens a file, folder or disk this account cannot write."""

    def create_engine(url: URL, **options: Any) -> Engine:
        def connect() -> sqlite3.Connection:
            uri = f"file:{url.database}?mode=ro"
            return sqlite3.connect(uri, uri=True, check_same_thread=False)

        return create(url, creator=connect, **options)

    return create_engine


@pytest.mark.parametrize(
    "command",
    [
        ("clients", "add", "--name", "Tom"),
        ("clients", "update", "1", "--name", "Maya Hart"),
        ("notes", "add", "1", "--text", "Sounded tired"),
    ],
)
def test_a_database_that_cannot_be_written_is_named_and_reading_still_works(
    initialised: RunCli,
    database: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
) -> None:
    monkeypatch.setattr(engines, "create_engine", _opened_read_only(engines.create_engine))

    ran = initialised(*command)
    listed = initialised("clients", "list", "--format", "json")

    assert (ran.code, ran.out) == (6, "")
    assert ran.err == (
        f"error: {database} cannot be written (attempt to write a readonly database): "
        "nothing was changed; check that this account can write to the file, its folder "
        "and the disk\n"
    )
    assert listed.code == 0, listed.err
    assert [c["preferred_name"] for c in json.loads(listed.out)] == ["Maya"]


@pytest.mark.parametrize("command", [("clients", "list"), ("init",)])
def test_a_database_file_open_to_others_that_cannot_be_narrowed_is_named_with_the_fix(
    initialised: RunCli,
    database: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
) -> None:
    # Another account's file (restored by root, say): only its owner may chmod it.
    database.chmod(0o644)
    chmod = os.chmod

    def owned_by_another(path: Any, mode: int, **options: Any) -> None:
        if Path(path) == database:
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(path))
        chmod(path, mode, **options)

    monkeypatch.setattr(os, "chmod", owned_by_another)

    ran = initialised(*command)

    assert (ran.code, ran.out) == (6, "")
    assert ran.err == (
        f"error: {database} can be opened by other accounts (mode 0644) and this account "
        f"cannot make it owner-only (Operation not permitted): run `chmod 600 {database}` "
        "as its owner\n"
    )


def _on_a_full_disk(create: Any) -> Any:
    """SQLAlchemy's ``create_engine`` whose SQLite connections can make the file no
    larger than it is: a write that needs another page fails as on a full disk
    ("database or disk is full")."""

    def create_engine(url: URL, **options: Any) -> Engine:
        def connect() -> sqlite3.Connection:
            connection = sqlite3.connect(url.database or "", check_same_thread=False)
            (pages,) = connection.execute("PRAGMA page_count").fetchone()
            connection.execute(f"PRAGMA max_page_count = {pages}")
            return connection

        return create(url, creator=connect, **options)

    return create_engine


def test_a_full_disk_is_named_and_nothing_is_changed(
    initialised: RunCli, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engines, "create_engine", _on_a_full_disk(engines.create_engine))

    # words that do not repeat: a long note is compressed before it is sealed, and one
    # that repeats would fit in the pages the file has
    rng = random.Random(7)
    text = " ".join("".join(rng.choices(string.ascii_lowercase, k=7)) for _ in range(4000))
    ran = initialised("notes", "add", "1", "--text", text)
    listed = initialised("notes", "list", "1", "--format", "json")

    assert (ran.code, ran.out) == (6, "")
    assert ran.err == (
        f"error: {database} cannot be written (database or disk is full): nothing was "
        "changed; free some space on its disk and try again\n"
    )
    assert json_of(listed) == []


def test_a_database_in_a_folder_that_cannot_be_written_names_the_folder(
    initialised: RunCli, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder on a read-only disk, or another account's: SQLite cannot make the -wal
    # and -shm files it opens beside the database, and cannot open it at all.
    def cannot_open(url: URL, **options: Any) -> Engine:
        def connect() -> sqlite3.Connection:
            return sqlite3.connect(f"file:{database.parent}/absent/x.db?mode=ro", uri=True)

        return create(url, creator=connect, **options)

    create = engines.create_engine
    access = os.access
    monkeypatch.setattr(engines, "create_engine", cannot_open)
    monkeypatch.setattr(
        os, "access", lambda path, mode, **kw: Path(path) != database.parent and access(path, mode)
    )
    before = database.read_bytes()

    ran = initialised("clients", "list")

    assert (ran.code, ran.out) == (6, "")
    assert ran.err == (
        f"error: {database} cannot be opened (unable to open database file): this account "
        f"cannot write to its folder {database.parent}, where SQLite keeps the files it "
        "needs beside the database (-wal, -shm); check that it can write to the folder "
        "and the disk\n"
    )
    assert database.read_bytes() == before
