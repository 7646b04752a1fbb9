"""A bug is still one line for the user, but its traceback is kept: in a private
log file in the data folder, or on stderr with COACHCONN_DEBUG=1."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from tests.cli.conftest import RunCli

from coachconn.cli import setup as setup_commands
from coachconn.config import Settings


@pytest.fixture
def buggy(initialised: RunCli, monkeypatch: pytest.MonkeyPatch) -> RunCli:
    """`init` with a bug in how it describes what it did."""

    def broken(result: object) -> str:
        raise RuntimeError("describe_init went wrong")

    monkeypatch.setattr(setup_commands, "describe_init", broken)
    return initialised


def test_the_traceback_goes_to_a_private_log_named_in_the_one_line(
    buggy: RunCli, settings: Settings
) -> None:
    log = settings.data_dir / "logs" / "coachconn.log"

    ran = buggy("init")

    assert ran.code == 70
    assert ran.err == f"error: internal error (RuntimeError); details in {log}; please report it\n"
    written = log.read_text()
    assert "Traceback" in written and "describe_init went wrong" in written
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_a_second_bug_is_added_to_the_log(buggy: RunCli, settings: Settings) -> None:
    buggy("init")
    buggy("init")

    log = settings.data_dir / "logs" / "coachconn.log"
    assert log.read_text().count("RuntimeError: describe_init went wrong\n") == 2


def test_debug_prints_the_traceback_instead(
    buggy: RunCli, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACHCONN_DEBUG", "1")

    ran = buggy("init")

    assert ran.code == 70
    assert "Traceback" in ran.err and "describe_init went wrong" in ran.err
    assert ran.err.endswith(
        "error: internal error (RuntimeError); please report it with the traceback above\n"
    )
    assert not (settings.data_dir / "logs").exists()


def test_a_log_folder_and_file_made_wider_are_narrowed_again(
    buggy: RunCli, settings: Settings
) -> None:
    log = settings.data_dir / "logs" / "coachconn.log"
    log.parent.mkdir(parents=True)
    log.parent.chmod(0o755)
    log.write_text("--- an earlier report\n")
    log.chmod(0o644)

    ran = buggy("init")

    assert ran.code == 70
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    written = log.read_text()
    assert written.startswith("--- an earlier report\n") and "describe_init went wrong" in written


def test_a_log_file_that_is_a_link_is_not_followed_and_the_line_says_why(
    buggy: RunCli, settings: Settings, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "shared.txt"  # a file others may read
    elsewhere.write_text("")
    log = settings.data_dir / "logs" / "coachconn.log"
    log.parent.mkdir(parents=True)
    log.symlink_to(elsewhere)

    ran = buggy("init")

    assert ran.code == 70
    assert elsewhere.read_text() == ""
    assert log.is_symlink()
    assert ran.err.endswith(
        "error: internal error (RuntimeError); please report it with the traceback above "
        f"(not logged: {log} is a symbolic link: coachconn writes its log to a file of its "
        "own only; remove the link)\n"
    )
