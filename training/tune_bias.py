"""Choose per-class logit offsets on the validation slice of train; write them to labels.json.

    PYTHONPATH=src .venv/bin/python training/tune_bias.py build/model --data ../shared/data/annomi

How offsets are chosen (a penalised search whose penalty is picked by
leave-one-transcript-out) is in ``offsets.py``. The test split is not read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from offsets import choose_offsets

from coachconn.analysis.annomi import load_annomi, score
from coachconn.analysis.coder import load_coder


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("model_dir", type=Path)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/annomi"))
    args = parser.parse_args()
    _, val = load_annomi(args.data).fit_and_validation()
    labels_path = args.model_dir / "labels.json"
    labels = json.loads(labels_path.read_text())
    labels.pop("bias", None)
    labels_path.write_text(json.dumps(labels, indent=2) + "\n")
    coder = load_coder(args.model_dir)
    logits = np.vstack([coder.transcript_logits(t.transcript) for t in val])
    groups = np.concatenate([[t.transcript_id] * len(t.gold) for t in val])
    bias, start = {}, 0
    for head, classes in labels["heads"].items():
        end = start + len(classes)
        if head != "input":
            index, gold = _rows(val, head)
            part = logits[index, start:end]
            bias[head], penalty, cv = choose_offsets(part, gold, groups[index], classes)
            plain = score(gold, [classes[k] for k in part.argmax(axis=1)], classes).macro_f1
            print(
                f"  {head}: offsets {bias[head]} (penalty {penalty}); no offsets {plain:.3f}, "
                f"cross-validated by penalty { ({k: round(f, 3) for k, f in cv.items()}) }"
            )
        start = end
    labels["bias"] = bias
    labels_path.write_text(json.dumps(labels, indent=2) + "\n")


if __name__ == "__main__":
    main()
