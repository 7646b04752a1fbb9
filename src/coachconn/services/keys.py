"""Master key rotation: re-wrap every client's data key under a new master key.

Sealed values are not touched; only the small ``client_keys`` rows change, in
one transaction. The order makes a crash at any point recoverable:

1. the new key is written to ``master.key.new`` and fsynced (file and folder);
2. the database commits the re-wrapped keys, durably (``synchronous=FULL`` on
   SQLite, ``synchronous_commit=on`` on PostgreSQL);
3. the old key is kept as ``master.key.old`` and ``master.key.new`` is renamed
   over ``master.key``; the folder is fsynced.

Stopped between 2 and 3, the next start finds the database expecting the key in
``master.key.new`` and finishes the swap (:func:`coachconn.storage.crypto.settle_master_key`).
``master.key.old`` opens backups taken before the rotation; destroying it makes
them, and whatever erased clients they hold, unreadable. So a second rotation
refuses while it is still there, rather than overwrite the only key to those
backups: the operator moves it somewhere safe (or deletes it) first.

A key from ``COACHCONN_SECRET_KEY`` cannot be written anywhere safe by this
process, so the operator stores the new key first and passes it in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coachconn.config import Settings
from coachconn.core.clock import Clock, system_clock
from coachconn.core.errors import ConfigError, InvalidInput
from coachconn.services.setup import open_store
from coachconn.storage import crypto
from coachconn.storage.crypto import MasterKey
from coachconn.storage.keys import (
    ROTATED,
    lock_master_key,
    make_commit_durable,
    replace_master_key,
)
from coachconn.storage.store import Store

ENV_NEEDS_NEW_KEY = (
    "the master key comes from COACHCONN_SECRET_KEY: store a new key where that "
    "variable is set from, then pass it in (`coachconn keys rotate --new-key-from-env VAR`)"
)


@dataclass(frozen=True, slots=True)
class RotationResult:
    old_key_id: str
    new_key_id: str
    rewrapped: int
    key_file: Path | None
    # Where the replaced key was kept (key files only): it opens backups taken
    # before the rotation. Delete it to make them unreadable.
    old_key_file: Path | None


def rotate_master_key(
    settings: Settings, *, new_key: bytes | None = None, clock: Clock = system_clock
) -> RotationResult:
    """Replace the master key: ``new_key``, or for a key file a fresh random one.

    With ``COACHCONN_SECRET_KEY`` the new key is required: the operator must
    have stored it before the database depends on it.
    """
    with open_store(settings, clock=clock) as store:  # finishes an interrupted rotation first
        old = store.master_key
        if old.path is not None:
            _refuse_to_overwrite_old_key(crypto.previous_key_file(old.path))
        new = MasterKey(_new_secret(old, new_key), old.source, old.path)
        if old.path is not None:
            crypto.write_key_file(crypto.pending_key_file(old.path), new.secret, replace=True)
        count = _rewrap(store, old, new)
        kept = None if old.path is None else crypto.install_pending_key(old.path, old.secret)
    return RotationResult(
        old_key_id=old.key_id,
        new_key_id=new.key_id,
        rewrapped=count,
        key_file=old.path,
        old_key_file=kept,
    )


def _refuse_to_overwrite_old_key(previous: Path) -> None:
    if crypto.key_file_exists(previous):
        raise ConfigError(
            f"{previous} exists: it opens backups older than the last rotation; move it "
            "somewhere safe or delete it, then rotate again"
        )


def _new_secret(old: MasterKey, new_key: bytes | None) -> bytes:
    if new_key is None:
        if old.source == "env":
            raise ConfigError(ENV_NEEDS_NEW_KEY)
        return crypto.generate_key()
    if len(new_key) != crypto.KEY_BYTES:
        raise InvalidInput("new_key", f"a master key has {crypto.KEY_BYTES} bytes")
    if new_key == old.secret:
        raise InvalidInput("new_key", "the new key is the current key")
    return new_key


def _rewrap(store: Store, old: MasterKey, new: MasterKey) -> int:
    with store.unit_of_work() as uow:
        make_commit_durable(uow.session)
        now = uow.now()
        record = lock_master_key(uow.session)
        if not crypto.matches_verifier(old, record.verifier):
            raise ConfigError(ROTATED)  # another rotation won the lock
        count = uow.keys.rewrap_all(new, now=now)
        replace_master_key(uow.session, new, now=now)
        uow.commit()
    return count
