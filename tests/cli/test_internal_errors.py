"""A bug is still one line for the user, but its traceback is kept: in a private
log file in the data folder, or on stderr with COACHCONN_DEBUG=1."""

from __future__ import annotations

import stat

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
