"""The coach: owner of every record. Each row in storage belongs to exactly one coach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Coach:
    id: int
    name: str
    email: str | None
    created_at: datetime
