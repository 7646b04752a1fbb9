"""The seed's checklist of what each agreement covers, where a coach writes and reads one."""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.cli.conftest import Ran, RunCli, engage

from coachconn.core.agreements import AGREEMENT_TOPICS, AgreementKind


def _json(ran: Ran) -> Any:
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def _prose(out: str) -> str:
    """Help is drawn in boxes and wrapped to the terminal: read it as prose."""
    return " ".join(out.replace("│", " ").split())


@pytest.fixture
def client_id(initialised: RunCli) -> int:
    """Noor, in an engagement that started on 5 January 2026."""
    return engage(initialised, "--started", "2026-01-05")[0]


def test_the_add_help_lists_every_kinds_topics(initialised: RunCli) -> None:
    ran = initialised("agreements", "add", "--help")

    assert ran.code == 0
    prose = _prose(ran.out)
    for kind, topics in AGREEMENT_TOPICS.items():
        assert f"{kind.value}: {topics[0]}" in prose
        for topic in topics:
            assert topic in prose


@pytest.mark.parametrize("kind", list(AgreementKind))
def test_showing_an_agreement_lists_what_its_kind_should_cover(
    initialised: RunCli, client_id: int, kind: AgreementKind
) -> None:
    added = _json(
        initialised(
            "agreements",
            "add",
            str(client_id),
            "--kind",
            kind.value,
            "--text",
            "As agreed.",
            "--format",
            "json",
        )
    )

    out = initialised("agreements", "show", str(added["id"])).out

    expected = [f"a {kind.value} agreement should cover:"]
    expected += [f"  - {topic}" for topic in AGREEMENT_TOPICS[kind]]
    assert out.endswith("\n".join(expected) + "\n")
    others = [t for k, ts in AGREEMENT_TOPICS.items() if k != kind for t in ts]
    assert not any(topic in out for topic in others)


def test_the_json_of_an_agreement_is_unchanged_by_the_checklist(
    initialised: RunCli, client_id: int
) -> None:
    added = _json(
        initialised(
            "agreements",
            "add",
            str(client_id),
            "--kind",
            "working",
            "--text",
            "x",
            "--format",
            "json",
        )
    )

    shown = _json(initialised("agreements", "show", str(added["id"]), "--format", "json"))

    assert shown == added


def test_topics_lists_the_checklist_of_every_kind(initialised: RunCli) -> None:
    listed = _json(initialised("agreements", "topics", "--format", "json"))

    assert listed == {kind.value: list(topics) for kind, topics in AGREEMENT_TOPICS.items()}


def test_topics_for_one_kind_lists_only_that_kind(initialised: RunCli) -> None:
    ran = initialised("agreements", "topics", "--kind", "relationship")

    assert ran.code == 0
    assert ran.out.startswith("a relationship agreement should cover:\n")
    assert "logistics" not in ran.out and "working agreement" not in ran.out


def test_topics_for_an_unknown_kind_is_refused_in_one_line(initialised: RunCli) -> None:
    ran = initialised("agreements", "topics", "--kind", "payment")

    assert ran.code == 2
    assert ran.err == "error: --kind: must be one of: logistics, relationship, working\n"
    assert ran.out == ""
