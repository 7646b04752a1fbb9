"""Reading a time as it stands on a clock somewhere, and finding this machine's zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from coachconn.core import validation as v
from coachconn.core.clock import system_zone
from coachconn.core.errors import InvalidInput


def test_a_time_without_offset_is_read_on_the_zones_clock() -> None:
    winter = v.wall_time("--at", datetime(2026, 12, 20, 10, 0), "Europe/Berlin")
    summer = v.wall_time("--at", datetime(2026, 6, 20, 10, 0), "Europe/Berlin")
    assert winter == datetime(2026, 12, 20, 9, 0, tzinfo=UTC)
    assert summer == datetime(2026, 6, 20, 8, 0, tzinfo=UTC)


def test_a_time_with_an_offset_keeps_it() -> None:
    given = datetime(2026, 12, 20, 10, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert v.wall_time("--at", given, "Europe/Berlin") == datetime(2026, 12, 20, 15, 0, tzinfo=UTC)


def test_a_time_the_clocks_skip_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        v.wall_time("--at", datetime(2026, 3, 29, 2, 30), "Europe/Berlin")
    assert caught.value.field == "--at"
    assert "does not exist in Europe/Berlin" in caught.value.reason


def test_a_time_the_clocks_pass_twice_means_the_first() -> None:
    first = v.wall_time("--at", datetime(2026, 10, 25, 2, 30), "Europe/Berlin")
    assert first == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_a_blank_timezone_is_refused_not_forgotten() -> None:
    assert v.timezone_name("timezone", None) is None
    with pytest.raises(InvalidInput) as caught:
        v.timezone_name("timezone", "  ")
    assert caught.value.field == "timezone"


def test_the_machines_zone_is_its_iana_name_or_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert system_zone() == "Asia/Tokyo"
    monkeypatch.setenv("TZ", "not a zone")
    monkeypatch.setattr("coachconn.core.clock._localtime_link", lambda: "")
    assert system_zone() == "UTC"
