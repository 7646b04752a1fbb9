"""Score the question-category cues (``rules.question_category``) on the written questions.

    .venv/bin/python training/score_categories.py

``training/question_examples.jsonl`` holds 400 coach questions written for this project,
``question_examples_2.jsonl`` and ``question_examples_3.jsonl`` more by other hands, each
with its category and, in the later files, the coach's words just before it
(``coach_before``), which the rules read as the question's lead-in, as the coder does.
In each file the even lines are the half read while writing cues; the odd lines are
never read, so their figure is the one that says whether a cue generalises. Prints
macro-F1 and the confusion matrix for each half of each file.
"""

from __future__ import annotations

from question_sets import FILES, read_half, read_questions, unread_half

from coachconn.analysis import rules
from coachconn.analysis.annomi import score
from coachconn.analysis.types import QUESTION_CATEGORIES


def main() -> None:
    for path in FILES:
        items = read_questions(path)
        halves = (
            ("read (even lines)", read_half(items)),
            ("unread (odd lines)", unread_half(items)),
        )
        for name, half in halves:
            gold = [item["category"] for item in half]
            predicted = [
                rules.question_category(item["text"], item.get("coach_before", "")) for item in half
            ]
            result = score(gold, predicted, QUESTION_CATEGORIES)
            print(f"{path.name}, {name}: macro-F1 {result.macro_f1:.3f} (n={result.n})")
            print("  rows gold, columns predicted: " + " ".join(c[:6] for c in QUESTION_CATEGORIES))
            for label, row in zip(result.labels, result.confusion, strict=True):
                print(f"  {label[:6]:<6} " + " ".join(f"{n:6d}" for n in row))


if __name__ == "__main__":
    main()
