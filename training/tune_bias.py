"""Choose per-class logit offsets on the validation slice of train; write them to labels.json.

    PYTHONPATH=src .venv/bin/python training/tune_bias.py build/model --data ../shared/data/annomi

Rare classes (sustain, change, therapist input) are under-predicted by a model trained
on skewed data; a small offset per class, picked by coordinate search for macro-F1 on
the held-out *train* transcripts, evens that out. The test split is not read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from coachconn.analysis.annomi import load_annomi, score
from coachconn.analysis.coder import load_coder

GRID = np.round(np.arange(-1.0, 2.01, 0.1), 2)


def _rows(val, head: str) -> tuple[list[int], list[str]]:
    index, gold, i = [], [], 0
    for labelled in val:
        for g in labelled.gold:
            label = {
                "behaviour": g.behaviour,
                "talk_type": g.talk_type,
                "question": g.question_subtype if g.behaviour == "question" else None,
                "reflection": g.reflection_subtype if g.behaviour == "reflection" else None,
            }[head]
            if label is not None:
                index.append(i)
                gold.append(label)
            i += 1
    return index, gold


def _tune(logits: np.ndarray, gold: list[str], classes: list[str]) -> list[float]:
    bias = np.zeros(len(classes))

    def f1(b: np.ndarray) -> float:
        pred = [classes[k] for k in (logits + b).argmax(axis=1)]
        return score(gold, pred, classes).macro_f1

    best = f1(bias)
    for _ in range(2):
        for k in range(1, len(classes)):
            for value in GRID:
                trial = bias.copy()
                trial[k] = value
                result = f1(trial)
                if result > best + 1e-4:
                    best, bias = result, trial
    print(
        f"  {classes}: bias {bias.round(2).tolist()} macro-F1 {f1(np.zeros(len(classes))):.3f}"
        f" -> {best:.3f}"
    )
    return [float(x) for x in bias.round(2)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("model_dir", type=Path)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/annomi"))
    args = parser.parse_args()
    train = load_annomi(args.data).train
    val_ids = set(sorted(t.transcript_id for t in train)[::9])  # as in train_window.py
    val = [t for t in train if t.transcript_id in val_ids]
    labels_path = args.model_dir / "labels.json"
    labels = json.loads(labels_path.read_text())
    labels.pop("bias", None)
    labels_path.write_text(json.dumps(labels, indent=2) + "\n")
    coder = load_coder(args.model_dir)
    logits = np.vstack([coder.transcript_logits(t.transcript) for t in val])
    bias, start = {}, 0
    for head, classes in labels["heads"].items():
        end = start + len(classes)
        if head != "input":
            index, gold = _rows(val, head)
            bias[head] = _tune(logits[index, start:end], gold, classes)
        start = end
    labels["bias"] = bias
    labels_path.write_text(json.dumps(labels, indent=2) + "\n")


if __name__ == "__main__":
    main()
