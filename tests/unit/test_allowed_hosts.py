"""COACHCONN_ALLOWED_HOSTS: this machine's names by default, plus the listen address."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from coachconn.config import Settings


def test_by_default_only_this_machines_names_are_trusted(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)

    assert settings.trusted_hosts == ["127.0.0.1", "localhost", "[::1]"]


def test_the_listen_address_is_trusted_too_ipv6_in_brackets(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, allowed_hosts="Coach.Example.org, ", host="fd00::5")

    assert settings.trusted_hosts == ["coach.example.org", "[fd00::5]"]


@pytest.mark.parametrize("value", ["coach*.example.org", "*example.org"])
def test_a_wildcard_must_cover_whole_subdomains(tmp_path: Path, value: str) -> None:
    with pytest.raises(ValidationError, match=r"\*\.example\.org"):
        Settings(data_dir=tmp_path, allowed_hosts=value)
