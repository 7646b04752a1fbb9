"""The written coach questions, shared by the scripts that fit and score the question
categories (``fit_categories.py``, ``score_categories.py``).

Each file holds one question per line: its ``text``, its ``category`` and, in the later
files, the coach's words just before it (``coach_before``), which the rules and the head
read as the question's lead-in, as the coder does. In ``question_examples.jsonl`` and
``question_examples_3.jsonl`` the even lines are the half read while cues were written;
the odd lines are never read, so their figure says whether a cue or a setting carries.
``question_examples_2.jsonl`` was read whole.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = HERE / "question_examples.jsonl"
SECOND = HERE / "question_examples_2.jsonl"
THIRD = HERE / "question_examples_3.jsonl"
FILES = (FIRST, SECOND, THIRD)


def read_questions(path: Path) -> list[dict[str, str]]:
    """The questions of ``path`` in file order (blank lines skipped); none where the
    file is missing."""
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def read_half(items: list[dict[str, str]]) -> list[dict[str, str]]:
    """The half of a file's questions read while cues were written (its even lines)."""
    return items[0::2]


def unread_half(items: list[dict[str, str]]) -> list[dict[str, str]]:
    """The half never read (its odd lines): it judges, it is never tuned on."""
    return items[1::2]
