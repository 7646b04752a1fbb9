"""`coachconn serve` refuses to expose a practice without sign-in. No server is
started: uvicorn's ``run`` is replaced by one that records what it was asked."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from tests.cli.conftest import RunCli


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def run(app: object, **options: Any) -> None:
        calls.append(options)

    monkeypatch.setattr(uvicorn, "run", run)
    monkeypatch.delenv("COACHCONN_HOST", raising=False)
    return calls


def test_it_serves_on_loopback_by_default(
    initialised: RunCli, served: list[dict[str, Any]]
) -> None:
    ran = initialised("serve", "--port", "8123")

    assert ran.code == 0, ran.err
    assert served == [{"host": "127.0.0.1", "port": 8123, "log_level": "info"}]
    assert ran.err == ""


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::"])
def test_it_refuses_a_public_address_in_one_line(
    initialised: RunCli, served: list[dict[str, Any]], host: str
) -> None:
    ran = initialised("serve", "--host", host)

    assert ran.code == 2
    assert ran.err.startswith(
        f"error: host: refusing to listen on {host!r}: coachconn has no sign-in"
    )
    assert ran.err.count("\n") == 1
    assert served == []


def test_it_refuses_a_public_address_from_the_environment_too(
    initialised: RunCli, served: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACHCONN_HOST", "0.0.0.0")

    ran = initialised("serve")

    assert ran.code == 2
    assert "--insecure-no-auth" in ran.err
    assert served == []


def test_insecure_no_auth_serves_anyway_with_a_warning(
    initialised: RunCli, served: list[dict[str, Any]]
) -> None:
    ran = initialised("serve", "--host", "0.0.0.0", "--insecure-no-auth")

    assert ran.code == 0, ran.err
    assert [call["host"] for call in served] == ["0.0.0.0"]
    assert ran.err.startswith("warning: no sign-in")


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port some other program is listening on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield other.getsockname()[1]


def test_a_port_in_use_is_one_line_and_nothing_is_started(
    initialised: RunCli, served: list[dict[str, Any]], taken_port: int
) -> None:
    ran = initialised("serve", "--port", str(taken_port))

    assert (ran.code, ran.err) == (6, f"error: port {taken_port} is already in use\n")
    assert ran.out == ""
    assert served == []
