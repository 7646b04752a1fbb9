"""Fixtures for analysis tests: the hand-made transcripts in tests/fixtures/transcripts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

TRANSCRIPTS = Path(__file__).resolve().parents[2] / "fixtures" / "transcripts"


@pytest.fixture
def transcript_bytes() -> Callable[[str], bytes]:
    """Bytes of a fixture transcript by file name."""

    def read(name: str) -> bytes:
        return (TRANSCRIPTS / name).read_bytes()

    return read
