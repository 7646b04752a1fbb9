"""A deleted key file is not a dead end: every command, init included, says which
key the database expects and where to get it, and nothing makes up a new one."""

from __future__ import annotations

from tests.cli.conftest import RunCli

from coachconn.config import Settings
from coachconn.storage import crypto


def test_every_command_names_the_missing_key_and_init_makes_no_new_one(
    initialised: RunCli, settings: Settings
) -> None:
    key_id = crypto.load_master_key(settings).key_id
    settings.key_file.unlink()

    listed = initialised("clients", "list")
    init = initialised("init")

    for ran in (listed, init):
        assert ran.code == 6
        assert ran.err.startswith("error: the database at ")
        assert (
            f"is encrypted with master key {key_id} but {settings.key_file} is missing: "
            "restore it from your backup (or set COACHCONN_SECRET_KEY)\n"
        ) in ran.err
        assert ran.err.count("\n") == 1
    assert listed.err == init.err
    assert not settings.key_file.exists()
