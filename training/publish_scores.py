"""Score the shipped coder on AnnoMI's test split and on the coaching set's test split;
write ``model/scores.json``.

    .venv/bin/python training/publish_scores.py --data ../shared/data/annomi

Runs exactly what ``coachconn eval annomi`` and ``coachconn eval coaching --split test``
run (the product's coder and rules, no torch) and prints the table rows quoted in
MODEL_CARD.md. Run it once per shipped model, after model selection is finished: neither
test split feeds back into training, offsets or rules.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from coachconn.analysis import coaching
from coachconn.analysis.annomi import load_annomi, score_coder
from coachconn.analysis.coder import MODEL_DIR, load_default_coder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("../shared/data/annomi"))
    args = parser.parse_args()
    corpus = load_annomi(args.data)
    start = time.perf_counter()
    coder = load_default_coder()
    scores = score_coder(coder, corpus.test)
    seconds = time.perf_counter() - start
    n = sum(len(t.gold) for t in corpus.test)
    sessions = coaching.load_coaching_set(coaching.DATA_DIR, "test")
    coaching_scores = coaching.score_coder(coder, sessions)
    published = {
        "split": "AnnoMI split.json, test transcripts",
        "command": "coachconn eval annomi --format json",
        "macro_f1": {task: round(s.macro_f1, 3) for task, s in scores.items()},
        "utterances": n,
        "coaching": {
            "split": "analysis/coaching_eval, test sessions",
            "command": "coachconn eval coaching --split test --format json",
            "headline": {
                task: round(coaching.headline(task, result), 3)
                for task, result in coaching_scores.items()
            },
        },
    }
    (MODEL_DIR / "scores.json").write_text(json.dumps(published, indent=2) + "\n")
    for task, s in scores.items():
        print(f"| {task} | {s.macro_f1:.3f} | {s.n} |")
    print(f"coded {n} utterances in {seconds:.1f}s ({n / seconds:.0f}/s, load included)")
    for task, figure in published["coaching"]["headline"].items():
        print(f"| {task} | {figure:.3f} |")


if __name__ == "__main__":
    main()
