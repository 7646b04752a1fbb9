"""A bad setting is one line naming the variable, on every command; never
"internal error", never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli.conftest import RunCli


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("COACHCONN_DATABASE_URL", "garbage", "COACHCONN_DATABASE_URL: not a database URL"),
        ("COACHCONN_DATABASE_URL", "mysql://x@y/z", "'mysql' is not a supported driver"),
        ("COACHCONN_PORT", "abc", "COACHCONN_PORT: expected a whole number, got 'abc'"),
        ("COACHCONN_PORT", "70000", "COACHCONN_PORT: expected a port from 1 to 65535"),
        (
            "COACHCONN_FORWARDED_ALLOW_IPS",
            "proxy.local",
            "COACHCONN_FORWARDED_ALLOW_IPS: 'proxy.local' is not an IP address or network",
        ),
    ],
)
@pytest.mark.parametrize("command", [("init",), ("clients", "list"), ("serve",)])
def test_a_bad_setting_is_one_line_naming_it(
    run_cli: RunCli,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    value: str,
    expected: str,
    command: tuple[str, ...],
) -> None:
    monkeypatch.setenv(variable, value)

    ran = run_cli(*command)

    assert ran.code == 6
    assert ran.err.startswith("error: ") and expected in ran.err
    assert ran.err.count("\n") == 1
    assert "internal error" not in ran.err


def test_a_data_folder_that_is_a_file_is_named(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    a_file = tmp_path / "data"
    a_file.write_text("")
    monkeypatch.setenv("COACHCONN_DATA_DIR", str(a_file))

    ran = run_cli("init")

    assert (ran.code, ran.err) == (6, f"error: COACHCONN_DATA_DIR: {a_file} is not a folder\n")


@pytest.mark.parametrize("command", [("init",), ("clients", "list"), ("serve",)])
def test_a_database_file_that_is_no_database_is_named(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: tuple[str, ...]
) -> None:
    database = tmp_path / "coachconn.db"
    database.write_text("notes, not a database\n")
    monkeypatch.setenv("COACHCONN_DATABASE_URL", f"sqlite:///{database}")

    ran = run_cli(*command)

    assert ran.code == 6
    assert ran.err == (
        f"error: {database} is not a SQLite database (damaged, or another program's file): "
        "restore it from your backup, or point COACHCONN_DATABASE_URL at coachconn's database\n"
    )
    assert database.read_text() == "notes, not a database\n"  # left as it was


@pytest.mark.parametrize(
    ("under", "why"),
    [
        ("notes.txt/coachconn.db", "{file} is not a folder"),
        ("notes.txt/practice/coachconn.db", "Not a directory"),
    ],
)
def test_a_database_that_cannot_be_created_is_named_on_init(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, under: str, why: str
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder\n")
    database = tmp_path / under
    monkeypatch.setenv("COACHCONN_DATABASE_URL", f"sqlite:///{database}")

    ran = run_cli("init")

    said = why.format(file=a_file)
    assert (ran.code, ran.out) == (6, "")
    assert ran.err == f"error: cannot create the database {database}: {said}\n"
    assert a_file.read_text() == "not a folder\n"
