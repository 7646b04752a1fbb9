"""A file broken the way it happens on a disk, for the tests that check how each
breakage is named: other bytes in its place, or a path this account may not reach."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def replace_with_bytes(path: Path, data: bytes) -> None:
    """Put ``data`` in place of the file at ``path``, readable by its owner only."""
    path.unlink(missing_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def deny(monkeypatch: pytest.MonkeyPatch, method: str, path: Path) -> None:
    """Make ``Path.<method>`` on ``path`` (and only there) fail as a file this account
    may not read does. Root reads any file whatever its mode, so a mode would not do."""
    real = getattr(Path, method)

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, method, refuse)
