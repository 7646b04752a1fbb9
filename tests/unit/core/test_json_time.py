"""json_time: a time as the command line's JSON and the web API both write it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from pydantic import TypeAdapter

from coachconn.core.clock import json_time

TIMES = [
    datetime(2026, 1, 12, 9, 0, tzinfo=UTC),
    datetime(2026, 1, 12, 9, 0, 0, 250_000, tzinfo=UTC),
    datetime(2026, 1, 12, 9, 0, tzinfo=ZoneInfo("Europe/London")),  # UTC in winter
    datetime(2026, 7, 12, 9, 0, tzinfo=ZoneInfo("Europe/London")),  # +01:00 in summer
    datetime(2026, 1, 12, 9, 0, tzinfo=timezone(timedelta(hours=-5))),
    datetime(2026, 1, 12, 9, 0),  # naive
]


def test_a_time_in_utc_ends_in_z() -> None:
    assert json_time(datetime(2026, 1, 12, 9, 0, tzinfo=UTC)) == "2026-01-12T09:00:00Z"
    assert json_time(datetime(2026, 1, 12, 9, 0, 0, 250_000, tzinfo=UTC)) == (
        "2026-01-12T09:00:00.250000Z"
    )


def test_another_offset_is_written_as_it_is() -> None:
    summer = datetime(2026, 7, 12, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    assert json_time(summer) == "2026-07-12T09:00:00+01:00"
    assert json_time(datetime(2026, 1, 12, 9, 0)) == "2026-01-12T09:00:00"


@pytest.mark.parametrize("moment", TIMES, ids=str)
def test_it_writes_a_time_as_pydantic_writes_a_datetime(moment: datetime) -> None:
    # What the API wrote before it used json_time, so its answers are unchanged.
    assert f'"{json_time(moment)}"' == TypeAdapter(datetime).dump_json(moment).decode()
