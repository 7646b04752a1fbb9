"""Score labelled sessions through the product with one or more model folders, side by
side: the check of a refitted head on sessions its fit never read.

    PYTHONPATH=src /work/main/.venv/bin/python training/score_sessions.py \
        training/coaching_sessions --only s13 s14 s15 s16 s17 s18 \
        --model src/coachconn/analysis/model --model COPY

For every model folder it prints, per task of ``coachconn eval coaching``, the headline
figure (macro-F1, or the F1 of the positive class for a binary task) and the accuracy,
over the sessions of the folder's dev split (``--only``: just those ids).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coachconn.analysis import coaching
from coachconn.analysis.coder import load_coder

TASKS = (
    "client_talk",
    "reflecting",
    "reporting",
    "disclosure",
    "affirmation",
    "self_disclosure",
    "structuring",
    "question_category",
    "coach_code",
)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("sessions", type=Path, help="a folder in the coaching-set format")
    p.add_argument("--only", nargs="*", default=None, metavar="ID")
    p.add_argument("--model", type=Path, action="append", required=True)
    args = p.parse_args()
    sessions = coaching.load_coaching_set(args.sessions, "dev")
    if args.only:
        missing = set(args.only) - {s.transcript_id for s in sessions}
        if missing:
            raise SystemExit(f"no such session: {', '.join(sorted(missing))}")
        sessions = [s for s in sessions if s.transcript_id in args.only]
    print(f"sessions: {', '.join(s.transcript_id for s in sessions)}")
    for model in args.model:
        scores = coaching.score_coder(load_coder(model), sessions)
        print(model)
        for task in TASKS:
            result = scores[task]
            right = sum(result.confusion[i][i] for i in range(len(result.labels)))
            print(
                f"  {task:18} {coaching.headline(task, result):.4f}  "
                f"accuracy {right / max(result.n, 1):.4f}  n={result.n}"
            )


if __name__ == "__main__":
    main()
