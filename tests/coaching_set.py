"""A tiny labelled coaching folder for tests of the loader, the scorer and the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HEADER = {"transcript": "a", "coach": "Coach", "client_goal": "sleep more", "fictional": True}
LINES: list[dict[str, Any]] = [
    {
        "speaker": "Coach",
        "text": "What's been happening?",
        "code": "open_question",
        "question_category": "exploration",
    },
    {
        "speaker": "Sam",
        "text": "I keep working late.",
        "code": "neutral",
        "reflecting": False,
        "reporting": True,
        "disclosure": False,
    },
    {"speaker": "Coach", "text": "You're tired of it.", "code": "complex_reflection"},
    {
        "speaker": "Sam",
        "text": "I want my evenings back.",
        "code": "change",
        "reflecting": False,
        "reporting": False,
        "disclosure": True,
    },
]


def write_set(
    folder: Path,
    lines: list[dict[str, Any]] | None = None,
    header: dict[str, Any] | None = None,
    split: object = None,
) -> Path:
    """A one-transcript folder; ``lines``/``header``/``split`` replace the good ones."""
    folder.mkdir(parents=True, exist_ok=True)
    records = [header if header is not None else HEADER, *(lines if lines is not None else LINES)]
    (folder / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    plan = split if split is not None else {"dev": ["a"], "test": []}
    (folder / "split.json").write_text(json.dumps(plan), "utf-8")
    return folder
