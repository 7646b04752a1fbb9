"""`coachconn clients add|list|show`."""

from __future__ import annotations

import json

import pytest
import typer
from tests.cli.conftest import RunCli

from coachconn.cli.app import app


def test_a_client_added_is_listed_and_shown(initialised: RunCli) -> None:
    added = initialised(
        "clients",
        "add",
        "--name",
        "Noor Amari",
        "--pronouns",
        "she/her",
        "--timezone",
        "Europe/Paris",
        "--flag",
        "executive",
        "--format",
        "json",
    )
    client = json.loads(added.out)

    listed = json.loads(initialised("clients", "list", "--format", "json").out)
    shown = json.loads(initialised("clients", "show", str(client["id"]), "--format", "json").out)

    assert [c["preferred_name"] for c in listed] == ["Noor Amari"]
    assert listed[0]["flags"] == ["executive"]
    assert listed[0]["phase"] is None
    assert shown["client"]["profile"]["pronouns"] == "she/her"
    assert shown["client"]["profile"]["timezone"] == "Europe/Paris"


def test_the_text_list_is_a_table_with_the_phase(initialised: RunCli) -> None:
    initialised("demo")

    out = initialised("clients", "list").out

    assert out.splitlines()[0].split()[:3] == ["ID", "CLIENT", "PHASE"]
    assert "Marcus Bell" in out and "deepening" in out


def test_an_empty_practice_says_so(initialised: RunCli) -> None:
    assert initialised("clients", "list").out.strip() == "no clients yet"
    assert json.loads(initialised("clients", "list", "--format", "json").out) == []


def test_show_text_includes_profile_and_open_pins(initialised: RunCli) -> None:
    initialised("demo")
    clients = json.loads(initialised("clients", "list", "--format", "json").out)
    marcus = next(c for c in clients if c["preferred_name"] == "Marcus Bell")

    out = initialised("clients", "show", str(marcus["id"])).out

    assert "resistant" in out
    assert "open pins:" in out


def test_an_unknown_format_is_refused_by_name(initialised: RunCli) -> None:
    ran = initialised("clients", "list", "--format", "yaml")

    assert ran.code != 0
    assert ran.err == "error: --format: expected text or json, got 'yaml'\n"
    assert ran.out == ""


def test_an_unknown_client_is_not_found(initialised: RunCli) -> None:
    ran = initialised("clients", "show", "404")

    assert ran.code == 3
    assert ran.err == "error: client 404 not found\n"


def test_a_bad_flag_is_refused_and_nothing_is_added(initialised: RunCli) -> None:
    ran = initialised("clients", "add", "--name", "Noor", "--flag", "difficult")

    assert ran.code == 2
    assert ran.err.startswith("error: --flag: must be one of")
    assert json.loads(initialised("clients", "list", "--format", "json").out) == []


def test_a_blank_name_is_refused(initialised: RunCli) -> None:
    ran = initialised("clients", "add", "--name", "   ")

    assert ran.code == 2
    assert ran.err == "error: --name: must not be empty\n"


def test_a_name_that_would_turn_a_rows_direction_is_refused_and_nothing_changes(
    initialised: RunCli,
) -> None:
    added = initialised("clients", "add", "--name", "\u202eTom")
    maya = json.loads(initialised("clients", "add", "--name", "Maya", "--format", "json").out)
    renamed = initialised("clients", "update", str(maya["id"]), "--name", "Maya \u202dHart")

    said = "must not contain characters that turn the text's direction"
    assert (added.code, added.err) == (2, f"error: --name: {said} (found '\\u202e')\n")
    assert (renamed.code, renamed.err) == (2, f"error: --name: {said} (found '\\u202d')\n")
    listed = json.loads(initialised("clients", "list", "--format", "json").out)
    assert [c["preferred_name"] for c in listed] == ["Maya"]


def test_a_bad_timezone_is_refused(initialised: RunCli) -> None:
    ran = initialised("clients", "add", "--name", "Noor", "--timezone", "Mars/Olympus")

    assert ran.code == 2
    assert ran.err.startswith("error: --timezone:")


def _noor(run: RunCli) -> int:
    added = run("clients", "add", "--name", "Noor", "--format", "json")
    return int(json.loads(added.out)["id"])


def _version(run: RunCli, client_id: int) -> int:
    return int(
        json.loads(run("clients", "show", str(client_id), "--format", "json").out)["client"][
            "version"
        ]
    )


def test_update_without_options_names_what_can_be_changed(initialised: RunCli) -> None:
    client_id = _noor(initialised)

    ran = initialised("clients", "update", str(client_id))

    assert ran.code == 2
    assert ran.err.startswith(
        "error: clients update: nothing to change: give one or more of --name"
    )
    assert "--remove-flag" in ran.err and "--clear" in ran.err and "--flag," not in ran.err
    assert ran.err.count("\n") == 1
    assert _version(initialised, client_id) == 1


def test_removing_a_flag_the_client_lacks_says_so_and_keeps_the_version(
    initialised: RunCli,
) -> None:
    client_id = _noor(initialised)

    ran = initialised("clients", "update", str(client_id), "--remove-flag", "resistant")
    after = initialised(
        "clients", "update", str(client_id), "--expected-version", "1", "--pronouns", "they/them"
    )

    assert ran.code == 0, ran.err
    assert ran.out == (
        f"nothing changed for client {client_id} (Noor, still version 1)\n"
        "  --remove-flag: no flag 'resistant' to remove\n"
    )
    assert after.code == 0, after.err
    assert after.out == f"updated client {client_id}: Noor (version 2)\n"


@pytest.mark.parametrize("version", ["0", "-1"])
def test_an_expected_version_below_the_first_is_refused_as_such(
    initialised: RunCli, version: str
) -> None:
    client_id = _noor(initialised)
    note = json.loads(
        initialised("notes", "add", str(client_id), "--text", "Tired", "--format", "json").out
    )

    updated = initialised(
        "clients", "update", str(client_id), "--expected-version", version, "--name", "Nora"
    )
    edited = initialised(
        "notes", "edit", str(note["id"]), "--expected-version", version, "--text", "Rested"
    )

    said = f"error: --expected-version: versions start at 1, got {version}\n"
    assert (updated.code, updated.err) == (2, said)
    assert (edited.code, edited.err) == (2, said)
    shown = json.loads(initialised("clients", "show", str(client_id), "--format", "json").out)
    assert (shown["client"]["preferred_name"], shown["client"]["version"]) == ("Noor", 1)
    kept = json.loads(initialised("notes", "show", str(note["id"]), "--format", "json").out)
    assert (kept["text"], kept["version"]) == ("Tired", 1)


def test_an_expected_version_the_client_never_had_names_both_versions(
    initialised: RunCli,
) -> None:
    client_id = _noor(initialised)

    ran = initialised(
        "clients", "update", str(client_id), "--expected-version", "99", "--values", "x"
    )

    assert ran.code == 5
    assert ran.err == (
        "error: --expected-version: the record is at version 1, you expected 99, a version "
        "it has not reached; show it again and try again\n"
    )
    assert _version(initialised, client_id) == 1


def test_clearing_an_empty_field_names_the_clear(initialised: RunCli) -> None:
    client_id = _noor(initialised)

    ran = initialised("clients", "update", str(client_id), "--clear", "pronouns", "--goals", "Lead")

    assert ran.out == (
        f"updated client {client_id}: Noor (version 2); left as they were:\n"
        "  --clear pronouns: already empty\n"
    )


def test_json_output_is_the_client_and_notes_go_to_stderr(initialised: RunCli) -> None:
    client_id = _noor(initialised)

    ran = initialised("clients", "update", str(client_id), "--name", "Noor", "--format", "json")

    assert ran.code == 0, ran.err
    assert json.loads(ran.out)["version"] == 1
    assert ran.err == (
        f"note: nothing changed for client {client_id} (still version 1)\n"
        "note: --name: already 'Noor'\n"
    )


def test_add_and_update_describe_each_option_they_share_alike() -> None:
    clients = typer.main.get_command(app).commands["clients"]  # type: ignore[attr-defined]
    add, update = (
        {name: param.help for param in clients.commands[command].params for name in param.opts}
        for command in ("add", "update")
    )
    shared = add.keys() & update.keys()

    assert {"--name", "--feedback-style", "--feedback-style-file"} <= shared
    assert {name: (add[name], update[name]) for name in shared if add[name] != update[name]} == {}
