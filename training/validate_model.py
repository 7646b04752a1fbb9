"""Score a model folder through the product coder on the *validation* slice of train.

    PYTHONPATH=src .venv/bin/python training/validate_model.py build/model

Used to choose between candidates (epochs, fp16 vs int8) without touching the test
split; the validation transcripts are the ones train_window.py holds out.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from coachconn.analysis.annomi import load_annomi, score_coder
from coachconn.analysis.coder import load_coder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("model_dir", type=Path)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/annomi"))
    args = parser.parse_args()
    _, val = load_annomi(args.data).fit_and_validation()
    coder = load_coder(args.model_dir)
    start = time.perf_counter()
    scores = score_coder(coder, val)
    seconds = time.perf_counter() - start
    n = sum(len(t.gold) for t in val)
    print(" ".join(f"{task} {s.macro_f1:.3f}" for task, s in scores.items()))
    print(f"{n} utterances in {seconds:.1f}s: {n / seconds:.0f}/s")


if __name__ == "__main__":
    main()
