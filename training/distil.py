"""Distil an ensemble of window models into one: teachers first, then students.

    PYTHONPATH=src python3 training/distil.py --data ../shared/data/annomi --device cuda \\
        --jobs 8 --out build/distil --pick-to build/distil/pick

1. Teachers: ``--folds`` × ``--teacher-seeds`` runs of ``train_window.py``, each fitted
   on all folds of AnnoMI's fit transcripts but one, writing its logits for the fold it
   left out and for the validation slice. Every fit transcript so gets logits from
   teachers that never saw it (averaged over the seeds): AnnoMI's labels are one
   annotator's reading, and these say how sure a model can be of each.
2. Students: the shipped recipe with the teachers' logits mixed into the loss
   (``--distil-weight``, temperature ``--distil-temperature``), for each weight in
   ``--weights`` and each seed in ``--seeds``.

``--teacher-recipe`` gives the teachers arguments of their own (``--context-lines 3``: teachers
that read the lines around each utterance), and ``--extra-teachers`` averages in the logits
of teachers trained before (``training/teachers/*.npz``, one file one vote); the logits
of this run's own teachers are written to ``teachers_own.npz`` beside ``teachers.npz``.

The pick is fixed before anything runs, as in ``sweep.py``: the weight with the best mean
selection score on the validation slice over its seeds, and its best run. The summary
also gives the teachers' ensemble on the validation slice (what the teachers know
together) and each teacher alone. The test transcripts are never read.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
from sweep import Runs, common_arguments, selection_score, summarise, write_parts
from train_window import score_logits

from coachconn.analysis.annomi import load_annomi

RECIPE = ["--pairs", "--epochs", "4", "--coaching-repeat", "2"]


def teacher_logits(out: Path, names: list[str]) -> dict[str, np.ndarray]:
    """Each fit transcript's logits averaged over the teachers that left it out, and the
    validation transcripts' over every teacher."""
    gathered: dict[str, list[np.ndarray]] = {}
    for name in names:
        path = out / name / "logits.npz"
        if not path.is_file():
            continue
        with np.load(path) as stored:
            for key in stored.files:
                gathered.setdefault(key, []).append(stored[key])
    return {k: np.mean(v, axis=0) for k, v in gathered.items()}


def main() -> None:
    p = common_arguments(__doc__.splitlines()[0])
    p.add_argument("--folds", type=int, default=4)
    p.add_argument("--teacher-seeds", type=int, nargs="+", default=[13, 7])
    p.add_argument("--seeds", type=int, nargs="+", default=[13, 7, 21, 42])
    p.add_argument("--weights", type=float, nargs="+", default=[0.5, 0.8])
    p.add_argument("--distil-temperature", type=float, default=2.0)
    p.add_argument("--recipe", default=" ".join(RECIPE), help="train_window.py arguments")
    p.add_argument(
        "--teacher-recipe",
        default="",
        help="train_window.py arguments the teachers add to the recipe (e.g. --context-lines 3)",
    )
    p.add_argument(
        "--extra-teachers",
        nargs="*",
        default=[],
        help="teachers.npz files of earlier runs, averaged in with equal weight per file",
    )
    p.add_argument("--teachers-stop", type=float, default=170, help="seconds: teachers end")
    p.add_argument("--hard-stop", type=float, default=290, help="seconds: students end")
    args = p.parse_args()
    recipe = args.recipe.split()

    out = Path(args.out)
    report = Path(args.pick_to) if args.pick_to else out
    report.mkdir(parents=True, exist_ok=True)
    _, val = load_annomi(Path(args.data)).fit_and_validation()
    val_keys = {f"t{t.transcript_id}" for t in val}
    runs = Runs(out, args)
    summary: dict = {"teachers": [], "students": []}

    def save() -> None:
        summary["elapsed"] = round(time.time() - runs.start)
        (report / "summary.json").write_text(json.dumps(summary, indent=1))

    teachers = [
        (
            f"teacher-f{fold}-s{seed}",
            {"fold": fold, "seed": seed},
            [
                *recipe,
                *args.teacher_recipe.split(),
                *["--seed", str(seed), "--folds", str(args.folds), "--fold", str(fold)],
            ],
        )
        for seed in args.teacher_seeds
        for fold in range(args.folds)
    ]
    runs.run(teachers, args.teachers_stop, args.teachers_stop)
    summary["teachers"] = list(runs.done)
    soft = teacher_logits(out, [name for name, _, _ in teachers])
    if all(k in soft for k in val_keys):
        ensemble = score_logits(np.vstack([soft[f"t{t.transcript_id}"] for t in val]), val)
        summary["teacher_ensemble"] = {**ensemble, "score": round(selection_score(ensemble), 4)}
    taught = {k: v for k, v in soft.items() if k not in val_keys}
    np.savez(out / "teachers_own.npz", **taught)  # these teachers alone
    sources = {k: [v] for k, v in taught.items()}
    for extra in args.extra_teachers:  # another ensemble (another layout, say) mixed in
        with np.load(extra) as stored:
            for key in stored.files:
                if key in sources:
                    sources[key].append(stored[key])
    taught = {k: np.mean(v, axis=0) for k, v in sources.items()}
    teacher_file = out / "teachers.npz"
    np.savez(teacher_file, **taught)
    summary["taught_transcripts"] = len(soft) - len(val_keys & soft.keys())
    save()

    students = [
        (
            f"student-w{weight}-s{seed}",
            {"recipe": f"weight {weight}", "weight": weight, "seed": seed},
            [
                *recipe,
                "--seed",
                str(seed),
                "--teacher",
                str(teacher_file),
                "--distil-weight",
                str(weight),
                "--distil-temperature",
                str(args.distil_temperature),
            ],
        )
        for seed in args.seeds
        for weight in args.weights
    ]
    before = len(runs.done)
    runs.run(students, args.hard_stop, args.hard_stop, save)
    summary["students"] = runs.done[before:]
    table = summarise(summary["students"])  # as sweep.py: the best mean, its best run
    summary["by_weight"] = table["recipes"]
    if table["pick"]:
        summary["pick"] = table["pick"]
        parts = write_parts(out / table["pick"] / "state.pt", report, "pick")
        (report / "pick.json").write_text(
            json.dumps({"run": table["pick"], "args": recipe, "parts": parts}, indent=1)
        )
    save()
    print(json.dumps({k: v for k, v in summary.items() if k not in ("teachers", "students")}))


if __name__ == "__main__":
    main()
