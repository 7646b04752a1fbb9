"""Running the CLI in-process against the test's own database.

``run_cli("clients", "list")`` calls ``coachconn.cli.main`` with the test's
settings in the environment and returns the exit code and captured output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from coachconn.cli import main
from coachconn.config import Settings


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


RunCli = Callable[..., Ran]


@pytest.fixture
def run_cli(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> RunCli:
    monkeypatch.setenv("COACHCONN_DATA_DIR", str(settings.data_dir))
    if settings.database_url:
        monkeypatch.setenv("COACHCONN_DATABASE_URL", settings.database_url)

    def run(*args: str) -> Ran:
        capsys.readouterr()  # start from a clean slate
        code = main(list(args))
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


@pytest.fixture
def initialised(run_cli: RunCli) -> RunCli:
    """A practice after `coachconn init`, with no clients yet."""
    assert run_cli("init", "--quiet").code == 0
    return run_cli
