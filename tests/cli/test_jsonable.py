"""The command line's JSON: times in UTC end in Z, as the web API writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from coachconn.cli._common import jsonable


def test_the_clis_json_writes_times_with_it_and_days_as_they_are() -> None:
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert jsonable({"at": at, "on": date(2026, 3, 2)}) == {
        "at": "2026-03-02T09:00:00Z",
        "on": "2026-03-02",
    }
