"""A key file that cannot be read, or holds no key, is a set-up problem named by
its path, with what to do: never "internal error", and nothing is changed."""

from __future__ import annotations

import pytest
from tests.broken_files import deny, replace_with_bytes
from tests.cli.conftest import RunCli

from coachconn.config import Settings
from coachconn.storage import crypto


def _refused(ran_code: int, err: str) -> None:
    assert ran_code == 6
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "internal error" not in err and "Traceback" not in err


@pytest.mark.parametrize("command", [("clients", "list"), ("init",)])
def test_a_key_file_of_other_bytes_is_named_as_damaged(
    initialised: RunCli, settings: Settings, command: tuple[str, ...]
) -> None:
    replace_with_bytes(settings.key_file, "clé abîmée\n".encode("latin-1"))

    ran = initialised(*command)

    _refused(ran.code, ran.err)
    assert ran.err == (
        f"error: {settings.key_file} is damaged: a key file holds one line of url-safe "
        "base64, and this one holds other bytes; restore it from your backup\n"
    )
    assert settings.key_file.read_bytes() == "clé abîmée\n".encode("latin-1")  # kept


def test_a_folder_in_place_of_the_key_file_is_named(
    initialised: RunCli, settings: Settings
) -> None:
    settings.key_file.unlink()
    settings.key_file.mkdir(mode=0o700)

    ran = initialised("clients", "list")

    _refused(ran.code, ran.err)
    assert ran.err.startswith(
        f"error: cannot read the key file {settings.key_file}: Is a directory; it must be "
        "a file readable by the user running coachconn"
    )


def test_a_key_file_this_user_may_not_read_is_named(
    initialised: RunCli, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    deny(monkeypatch, "read_text", settings.key_file)

    ran = initialised("clients", "list")

    _refused(ran.code, ran.err)
    assert f"cannot read the key file {settings.key_file}: Permission denied;" in ran.err


def test_a_damaged_pending_key_is_named(initialised: RunCli, settings: Settings) -> None:
    # As a rotation that stopped: the key file no longer matches, and master.key.new,
    # which would, is damaged.
    crypto.write_key_file(settings.key_file, crypto.generate_key(), replace=True)
    pending = crypto.pending_key_file(settings.key_file)
    replace_with_bytes(pending, b"\xff\xfe\x00\x01")

    ran = initialised("clients", "list")

    _refused(ran.code, ran.err)
    assert ran.err.startswith(f"error: {pending} is damaged:")
