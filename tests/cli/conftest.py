"""Running the CLI in-process against the test's own database.

``run_cli("clients", "list")`` calls ``coachconn.cli.main`` with the test's
settings in the environment and returns the exit code and captured output.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from coachconn.cli import main
from coachconn.config import Settings


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


RunCli = Callable[..., Ran]


def json_of(ran: Ran) -> Any:
    """What a command that succeeded printed with ``--format json``."""
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


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


# Who is added before a practice's first client with an engagement (`engage`).
NEVER_ENGAGED = "Sam Never"


def engage(run: RunCli, *started: str, name: str = "Noor") -> tuple[int, int]:
    """A new client (Noor unless ``name`` is given) and an engagement with them, started
    with the options ``started`` (`"--started", "2026-01-05"`): the client's id and the
    engagement's. In a practice with no client yet, one who has never had an
    engagement (:data:`NEVER_ENGAGED`) is added first, so the two ids differ, as they do
    once a client has had two engagements: a command given the engagement's number for
    the client's then fails, rather than quietly acting for another client. (On
    PostgreSQL the ids run on from the tests before, and mostly differ anyway.)"""
    if not json_of(run("clients", "list", "--format", "json")):
        json_of(run("clients", "add", "--name", NEVER_ENGAGED, "--format", "json"))
    client = json_of(run("clients", "add", "--name", name, "--format", "json"))["id"]
    engagement = json_of(run("engagements", "add", str(client), *started, "--format", "json"))
    return client, engagement["id"]


@pytest.fixture
def engaged(initialised: RunCli) -> tuple[RunCli, int, int]:
    """A client, Noor, with a weekly engagement that started on 5 January 2026: the
    runner, the client's id and the engagement's, which differ (:func:`engage`)."""
    client, engagement = engage(initialised, "--started", "2026-01-05", "--cadence", "weekly")
    return initialised, client, engagement
