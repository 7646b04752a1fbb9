"""`coachconn clients erase ID --yes`: a client erased for good, from the command line."""

from __future__ import annotations

import json

import pytest
from tests.cli.conftest import RunCli


@pytest.fixture
def noor(initialised: RunCli) -> int:
    added = initialised("clients", "add", "--name", "Noor Amari", "--format", "json")
    client_id: int = json.loads(added.out)["id"]
    initialised("pins", "add", str(client_id), "--text", "Marathon in May")
    return client_id


def test_an_erased_client_is_gone_from_the_list_and_not_found(
    initialised: RunCli, noor: int
) -> None:
    ran = initialised("clients", "erase", str(noor), "--yes")

    assert ran.code == 0
    assert ran.out == f"erased client {noor} (Noor Amari): data key destroyed; deleted pins (1)\n"
    assert json.loads(initialised("clients", "list", "--format", "json").out) == []
    shown = initialised("clients", "show", str(noor))
    assert (shown.code, shown.err) == (3, f"error: client {noor} not found\n")


def test_without_yes_it_says_what_would_be_destroyed_and_erases_nothing(
    initialised: RunCli, noor: int
) -> None:
    ran = initialised("clients", "erase", str(noor))

    assert ran.code == 2
    assert ran.err.startswith(f"error: --yes: required to erase client {noor} (Noor Amari)")
    assert "data key" in ran.err and ran.err.count("\n") == 1
    assert ran.out == ""
    assert len(json.loads(initialised("clients", "list", "--format", "json").out)) == 1


def test_erasing_an_unknown_client_is_not_found(initialised: RunCli) -> None:
    ran = initialised("clients", "erase", "404", "--yes")

    assert (ran.code, ran.err) == (3, "error: client 404 not found\n")
