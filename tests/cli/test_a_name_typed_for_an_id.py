"""A client's name typed where a command takes their id is refused in one line that says
an id is wanted and which command lists the ids; nothing is changed."""

from __future__ import annotations

import pytest
from tests.cli.conftest import RunCli, engage, json_of


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["sessions", "list", "--client", "Ana"],
            "error: --client: expected a client id (a whole number), got 'Ana'; "
            "`coachconn clients list` shows each client's id\n",
        ),
        (
            ["clients", "show", "Ana"],
            "error: CLIENT_ID: expected a client id (a whole number), got 'Ana'; "
            "`coachconn clients list` shows each client's id\n",
        ),
        (
            ["sessions", "show", "Monday"],
            "error: SESSION_ID: expected a session id (a whole number), got 'Monday'; "
            "`coachconn sessions list` shows each session's id\n",
        ),
        (
            ["notes", "list", "1", "--session", "Monday"],
            "error: --session: expected a session id (a whole number), got 'Monday'; "
            "`coachconn sessions list` shows each session's id\n",
        ),
        (
            ["goals", "list", "1", "--engagement", "spring"],
            "error: --engagement: expected an engagement id (a whole number), got 'spring'; "
            "`coachconn engagements list` shows each engagement's id\n",
        ),
    ],
)
def test_a_name_typed_for_an_id_points_to_the_list_of_ids(
    initialised: RunCli, argv: list[str], expected: str
) -> None:
    ran = initialised(*argv)
    assert (ran.code, ran.err) == (2, expected)


def test_a_session_booked_for_a_client_by_name_is_not_booked(initialised: RunCli) -> None:
    engage(initialised, name="Ana")
    ran = initialised("sessions", "add", "Ana", "--at", "tomorrow 9:00")
    assert ran.code == 2
    assert "`coachconn clients list` shows each client's id" in ran.err
    assert json_of(initialised("sessions", "list", "--format", "json")) == []
