"""Score the question-category cues (``rules.question_category``) on the written questions.

    .venv/bin/python training/score_categories.py

``training/question_examples.jsonl`` holds 400 coach questions written for this project,
each with its category. The even lines are the half read while writing cues; the odd
lines are never read, so their figure is the one that says whether a cue generalises.
Prints macro-F1 and the confusion matrix for each half.
"""

from __future__ import annotations

import json
from pathlib import Path

from coachconn.analysis import rules
from coachconn.analysis.annomi import score
from coachconn.analysis.types import QUESTION_CATEGORIES

EXAMPLES = Path(__file__).resolve().parent / "question_examples.jsonl"


def main() -> None:
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    for name, half in (("read (even lines)", items[0::2]), ("unread (odd lines)", items[1::2])):
        gold = [item["category"] for item in half]
        predicted = [rules.question_category(item["text"]) for item in half]
        result = score(gold, predicted, QUESTION_CATEGORIES)
        print(f"{name}: macro-F1 {result.macro_f1:.3f} (n={result.n})")
        print("  rows gold, columns predicted: " + " ".join(c[:6] for c in QUESTION_CATEGORIES))
        for label, row in zip(result.labels, result.confusion, strict=True):
            print(f"  {label[:6]:<6} " + " ".join(f"{n:6d}" for n in row))


if __name__ == "__main__":
    main()
