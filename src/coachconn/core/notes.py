"""Free notes the coach keeps about a client, optionally tied to a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class NoteView:
    id: int
    coach_id: int
    client_id: int
    client_name: str
    session_id: int | None
    text: str
    version: int
    created_at: datetime
    edited_at: datetime | None  # when its text was last changed; None if never
