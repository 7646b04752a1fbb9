"""Fit the question-category head and write ``categories.npz``.

    PYTHONPATH=src /work/train-venv/bin/python training/fit_categories.py \
        --model src/coachconn/analysis/model

A multinomial logistic regression over :func:`coder.category_features`: the question's
embedding from the shipped encoder, the weight of the rules' cues for each category and
the rules' pick. Trained on the gold questions of the coaching set's *dev* sessions and
on ``training/question_examples.jsonl`` (coach questions written for this project). The
test sessions are never read.

Regularisation and class weighting are chosen by leave-one-session-out over the dev
sessions (the written questions stay in every fold's training data), on macro-F1; the
script prints it for the rules alone and for the head, and writes the head only when it
is ahead.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from coachconn.analysis import coaching, rules
from coachconn.analysis.coder import category_features, load_coder
from coachconn.analysis.types import QUESTION_CATEGORIES

EXAMPLES = Path(__file__).resolve().parent / "question_examples.jsonl"
GRID = [(c, w) for c in (0.03, 0.1, 0.3, 1.0, 3.0) for w in (None, "balanced")]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--model", type=Path, default=Path("src/coachconn/analysis/model"))
    p.add_argument("--examples", type=Path, default=EXAMPLES)
    args = p.parse_args()
    coder = load_coder(args.model)
    texts, gold, groups = [], [], []
    for k, session in enumerate(coaching.load_coaching_set(coaching.DATA_DIR, "dev")):
        for utterance, label in zip(session.transcript.utterances, session.gold, strict=True):
            if label.question_category is not None:
                texts.append(utterance.text)
                gold.append(label.question_category)
                groups.append(k)
    examples = [
        json.loads(line)
        for line in args.examples.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]

    def features(items: list[str]) -> np.ndarray:
        return category_features(coder.embed([f"coach: {t}" for t in items]), items)

    x_dev, y_dev, groups_arr = features(texts), np.array(gold), np.array(groups)
    x_ex = features([e["text"] for e in examples])
    y_ex = np.array([e["category"] for e in examples])
    labels = list(QUESTION_CATEGORIES)
    base = f1_score(
        y_dev,
        [rules.question_category(t) for t in texts],
        labels=labels,
        average="macro",
        zero_division=0,
    )
    print(
        f"dev questions: {len(texts)} in {groups_arr.max() + 1} sessions; "
        f"written questions: {len(examples)}"
    )
    print(f"rules: macro-F1 {base:.3f}")
    best = (base, None)
    for c, weight in GRID:
        predicted = np.empty(len(texts), dtype=object)
        for g in np.unique(groups_arr):
            held = groups_arr == g
            model = LogisticRegression(C=c, class_weight=weight, max_iter=3000)
            model.fit(np.vstack([x_dev[~held], x_ex]), np.concatenate([y_dev[~held], y_ex]))
            predicted[held] = model.predict(x_dev[held])
        f1 = f1_score(y_dev, predicted.astype(str), labels=labels, average="macro", zero_division=0)
        print(f"  C={c} class_weight={weight}: macro-F1 {f1:.3f} (leave one session out)")
        if f1 > best[0]:
            best = (f1, (c, weight))
    if best[1] is None:
        print("the head is not ahead: nothing written")
        return
    model = LogisticRegression(C=best[1][0], class_weight=best[1][1], max_iter=3000)
    model.fit(np.vstack([x_dev, x_ex]), np.concatenate([y_dev, y_ex]))
    order = [list(model.classes_).index(category) for category in QUESTION_CATEGORIES]
    np.savez(
        args.model / "categories.npz",
        weights=model.coef_[order].T.astype(np.float32),
        bias=model.intercept_[order].astype(np.float32),
    )
    print(f"written: C={best[1][0]} class_weight={best[1][1]}, macro-F1 {best[0]:.3f}")


if __name__ == "__main__":
    main()
