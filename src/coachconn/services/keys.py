"""Master key rotation: re-wrap every client's data key under a new master key.

Sealed values are not touched; only the small ``client_keys`` rows change, in
one transaction.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from coachconn.config import Settings
from coachconn.core.clock import Clock, system_clock
from coachconn.services.setup import open_store
from coachconn.storage import crypto
from coachconn.storage.crypto import MasterKey
from coachconn.storage.keys import replace_master_key


@dataclass(frozen=True, slots=True)
class RotationResult:
    old_key_id: str
    new_key_id: str
    rewrapped: int
    key_file: Path | None
    # Set when the key came from COACHCONN_SECRET_KEY: the operator must put this
    # value there before the next start. Never logged.
    new_secret_key: str | None


def rotate_master_key(
    settings: Settings, *, new_key: bytes | None = None, clock: Clock = system_clock
) -> RotationResult:
    """Replace the master key (a fresh random one unless ``new_key`` is given).

    With a key file, the new key is written beside it first (``master.key.new``,
    mode 0600), the database is updated, then the file is swapped in; if the
    process dies between the two, ``master.key.new`` holds the key the database
    now expects.
    """
    secret = new_key if new_key is not None else crypto.generate_key()
    if len(secret) != crypto.KEY_BYTES:
        raise ValueError(f"a master key has {crypto.KEY_BYTES} bytes")
    with open_store(settings, clock=clock) as store:
        old = store.master_key
        new = MasterKey(secret, old.source, old.path)
        pending = _stage(old, secret)
        with store.unit_of_work() as uow:
            count = uow.keys.rewrap_all(new, now=uow.now())
            replace_master_key(uow.session, new, now=uow.now())
            uow.commit()
        if pending is not None and old.path is not None:
            os.replace(pending, old.path)
    return RotationResult(
        old_key_id=old.key_id,
        new_key_id=new.key_id,
        rewrapped=count,
        key_file=old.path,
        new_secret_key=crypto.encode_key(secret) if old.source == "env" else None,
    )


def _stage(old: MasterKey, secret: bytes) -> Path | None:
    if old.path is None:
        return None
    pending = old.path.with_name(old.path.name + ".new")
    crypto.write_key_file(pending, secret, replace=True)
    return pending
