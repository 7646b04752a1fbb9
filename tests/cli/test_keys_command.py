"""`coachconn keys rotate`: a new master key, and every record still reads."""

from __future__ import annotations

import json

import pytest
from tests.cli.conftest import RunCli

from coachconn.config import Settings
from coachconn.storage import crypto


def _fill(run: RunCli) -> tuple[int, int]:
    added = run("clients", "add", "--name", "Noor Amari", "--values", "Family", "--format", "json")
    client_id = json.loads(added.out)["id"]
    note = run("notes", "add", str(client_id), "--text", "Sounded tired", "--format", "json")
    return client_id, json.loads(note.out)["id"]


def _reads(run: RunCli, client_id: int, note_id: int) -> bool:
    shown = run("clients", "show", str(client_id), "--format", "json")
    note = run("notes", "show", str(note_id), "--format", "json")
    return (
        json.loads(shown.out)["client"]["profile"]["values"] == "Family"
        and json.loads(note.out)["text"] == "Sounded tired"
    )


def test_rotating_the_key_file_keeps_every_record_readable(
    initialised: RunCli, settings: Settings
) -> None:
    client_id, note_id = _fill(initialised)
    old_key = crypto.load_master_key(settings)

    ran = initialised("keys", "rotate")

    new_key = crypto.load_master_key(settings)
    assert ran.code == 0, ran.err
    assert new_key.key_id != old_key.key_id
    assert f"{old_key.key_id} -> {new_key.key_id}" in ran.out
    assert "master.key.old" in ran.out
    assert _reads(initialised, client_id, note_id)


def test_a_second_rotation_is_refused_in_one_line_while_the_old_key_is_there(
    initialised: RunCli, settings: Settings
) -> None:
    client_id, note_id = _fill(initialised)
    assert initialised("keys", "rotate").code == 0
    current = crypto.load_master_key(settings)

    ran = initialised("keys", "rotate")

    assert ran.code != 0
    assert ran.err == (
        f"error: {crypto.previous_key_file(settings.key_file)} exists: it opens backups "
        "older than the last rotation; move it somewhere safe or delete it, then rotate again\n"
    )
    assert crypto.load_master_key(settings).key_id == current.key_id
    assert _reads(initialised, client_id, note_id)


@pytest.fixture
def env_key(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> RunCli:
    """A practice whose master key is in COACHCONN_SECRET_KEY, as on a server."""
    monkeypatch.setenv("COACHCONN_SECRET_KEY", crypto.encode_key(crypto.generate_key()))
    assert run_cli("init", "--quiet").code == 0
    return run_cli


def test_an_environment_key_is_rotated_to_the_one_passed_in(
    env_key: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id, note_id = _fill(env_key)
    new_secret = crypto.generate_key()
    monkeypatch.setenv("NEW_MASTER_KEY", crypto.encode_key(new_secret))

    ran = env_key("keys", "rotate", "--new-key-from-env", "NEW_MASTER_KEY")

    assert ran.code == 0, ran.err
    assert crypto.MasterKey(new_secret, "env").key_id in ran.out
    assert "set COACHCONN_SECRET_KEY to the new key" in ran.out
    assert crypto.encode_key(new_secret) not in ran.out
    monkeypatch.setenv("COACHCONN_SECRET_KEY", crypto.encode_key(new_secret))
    assert _reads(env_key, client_id, note_id)


def test_an_environment_key_is_not_rotated_without_a_new_one(env_key: RunCli) -> None:
    client_id, note_id = _fill(env_key)

    ran = env_key("keys", "rotate")

    assert ran.code != 0
    assert "--new-key-from-env" in ran.err and ran.err.count("\n") == 1
    assert _reads(env_key, client_id, note_id)


def test_a_new_key_variable_that_is_not_set_is_named(env_key: RunCli) -> None:
    ran = env_key("keys", "rotate", "--new-key-from-env", "NO_SUCH_VARIABLE")

    assert (ran.code, ran.err) == (2, "error: --new-key-from-env: NO_SUCH_VARIABLE is not set\n")


@pytest.mark.parametrize("given", ["", "  ", "x0K2pQ-7tBv1cN3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1y="])
def test_a_new_key_variable_that_is_no_variables_name_is_refused_without_echoing_it(
    env_key: RunCli, given: str
) -> None:
    client_id, note_id = _fill(env_key)

    ran = env_key("keys", "rotate", "--new-key-from-env", given)

    assert (ran.code, ran.out) == (2, "")
    assert ran.err == (
        "error: --new-key-from-env: expected the name of an environment variable (letters, "
        "digits and _, such as NEW_MASTER_KEY), not the key itself\n"
    )
    assert _reads(env_key, client_id, note_id)


def test_rotation_counts_the_practices_clients_in_words_that_say_so(
    initialised: RunCli,
) -> None:
    _fill(initialised)

    one = initialised("keys", "rotate")

    assert "(re-wrapped the data key of the 1 client in this practice)" in one.out


def test_rotation_counts_several_clients_in_the_plural(initialised: RunCli) -> None:
    _fill(initialised)
    initialised("clients", "add", "--name", "Sam Okafor")

    ran = initialised("keys", "rotate")

    assert "(re-wrapped the data keys of the 2 clients in this practice)" in ran.out


def test_rotation_of_an_empty_practice_says_there_was_nothing_to_re_wrap(
    initialised: RunCli,
) -> None:
    ran = initialised("keys", "rotate")

    assert ran.code == 0, ran.err
    assert "(no clients in this practice yet, so no data keys to re-wrap)" in ran.out
