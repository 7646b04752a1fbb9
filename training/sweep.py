"""Train several recipes of the window model, each with several seeds, side by side.

Made for a GPU machine lent for a few minutes (16 cores, one GPU: several small
trainings share it), and runnable anywhere ``train_window.py`` runs:

    PYTHONPATH=src python3 training/sweep.py --plan training/sweep_plan.json \\
        --data ../shared/data/annomi --device cuda --jobs 8 --budget 380 --out build/sweep

Each run is ``train_window.py --state-only`` with a recipe's arguments and a seed; runs
start in seed order (every recipe's first seed, then every recipe's second, ...), so
that a budget cut short still leaves each recipe measured. No run starts after
``--budget`` seconds; one still going at ``--hard-stop`` is ended and left out.

Only AnnoMI's validation slice (of the *train* transcripts) is read for the figures;
the test transcripts are never read. The pick is fixed before anything runs: the
recipe with the best mean selection score over its finished seeds (therapist +
client + ½(open/closed + simple/complex) macro-F1 at each run's best epoch), and of
that recipe the run with the best score. Its weights are written as float16 in parts
small enough to carry (``--parts``); ``join_state`` puts them back together.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean, pstdev

HERE = Path(__file__).resolve().parent
PART_BYTES = 15 * 1024 * 1024


def selection_score(v: dict[str, float]) -> float:
    return v["behaviour"] + v["talk_type"] + 0.5 * (v["question"] + v["reflection"])


def run_order(plan: dict) -> list[tuple[str, int, list[str]]]:
    """(recipe, seed, arguments) in seed-major order."""
    seeds = plan["seeds"]
    return [(name, seed, list(args)) for seed in seeds for name, args in plan["recipes"].items()]


def best_epoch(folder: Path) -> dict | None:
    path = folder / "training.json"
    if not path.is_file() or not (folder / "state.pt").is_file():
        return None
    history = json.loads(path.read_text())["validation"]
    top = max(history, key=selection_score)
    return {**top, "score": round(selection_score(top), 4), "history": history}


def summarise(runs: list[dict]) -> dict:
    recipes: dict[str, list[dict]] = {}
    for run in runs:
        if run.get("result"):
            recipes.setdefault(run["recipe"], []).append(run)
    table = {}
    for name, done in recipes.items():
        scores = [r["result"]["score"] for r in done]
        heads = {
            h: round(mean(r["result"][h] for r in done), 4)
            for h in ("behaviour", "talk_type", "question", "reflection", "input")
        }
        table[name] = {
            "runs": len(done),
            "mean_score": round(mean(scores), 4),
            "sd_score": round(pstdev(scores), 4),
            "mean": heads,
            "best_run": max(done, key=lambda r: r["result"]["score"])["name"],
        }
    pick = max(table, key=lambda n: table[n]["mean_score"]) if table else None
    return {"recipes": table, "pick": pick and table[pick]["best_run"], "pick_recipe": pick}


def write_parts(state_path: Path, out: Path, prefix: str) -> list[str]:
    import numpy as np
    import torch

    state = torch.load(state_path, map_location="cpu")
    arrays = {k: v.numpy().astype(np.float16) for k, v in state.items()}
    whole = out / f"{prefix}.npz"
    np.savez(whole, **arrays)
    data = whole.read_bytes()
    whole.unlink()
    names = []
    for i in range(0, len(data), PART_BYTES):
        name = f"{prefix}.part{i // PART_BYTES}"
        (out / name).write_bytes(data[i : i + PART_BYTES])
        names.append(name)
    return names


def join_state(folder: Path, prefix: str) -> dict:
    """The float16 parts written by ``write_parts``, as float32 torch tensors."""
    import io

    import numpy as np
    import torch

    parts = sorted(folder.glob(f"{prefix}.part*"), key=lambda p: int(p.suffix[5:]))
    data = b"".join(p.read_bytes() for p in parts)
    with np.load(io.BytesIO(data)) as arrays:
        return {k: torch.from_numpy(arrays[k].astype(np.float32)) for k in arrays.files}


@dataclass
class Runs:
    """Trainings run side by side: at most ``jobs`` at once, none started after
    ``budget`` seconds (from ``start``), any still going at ``hard_stop`` ended."""

    out: Path
    args: argparse.Namespace
    start: float = field(default_factory=time.time)
    done: list[dict] = field(default_factory=list)

    def run(
        self,
        queue: list[tuple[str, dict, list[str]]],
        budget: float,
        hard_stop: float,
        on_done=None,
    ) -> None:
        """``queue``: (name, facts to keep, train_window arguments), in starting order."""
        queue, running = list(queue), []
        while queue or running:
            now = time.time() - self.start
            while queue and len(running) < self.args.jobs and now < budget:
                name, facts, extra = queue.pop(0)
                running.append(self._launch(name, facts, extra, now))
            if now >= budget:
                queue = []
            for run, proc in list(running):
                code = proc.poll()
                if code is None and now < hard_stop:
                    continue
                if code is None:
                    proc.kill()
                    proc.wait()
                    run["ended"] = "stopped at the hard stop"
                run["exit"] = code
                run["seconds"] = round(now - run["began"])
                run["result"] = best_epoch(self.out / run["name"]) if code == 0 else None
                if code != 0:
                    text = (self.out / run["name"] / "log.txt").read_text(errors="replace")
                    run["log_tail"] = text[-1500:]
                running.remove((run, proc))
                self.done.append(run)
                score = run["result"]["score"] if run["result"] else None
                print(f"{now:6.0f}s done {run['name']} exit {code} score {score}", flush=True)
                if on_done:
                    on_done()
            time.sleep(1)

    def _launch(self, name: str, facts: dict, extra: list[str], now: float):
        a, folder = self.args, self.out / name
        cmd = [sys.executable, str(HERE / "train_window.py"), "--state-only"]
        cmd += ["--data", a.data, "--out", str(folder), "--device", a.device]
        cmd += ["--threads", str(a.threads), *extra]
        if a.encoder:
            cmd += ["--encoder", a.encoder]
        folder.mkdir(parents=True, exist_ok=True)
        log = (folder / "log.txt").open("w")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        print(f"{now:6.0f}s start {name}", flush=True)
        return {"name": name, **facts, "args": extra, "began": round(now)}, proc


def common_arguments(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--data", default="../shared/data/annomi")
    p.add_argument("--encoder", help="folder of the base encoder (default: the packaged one)")
    p.add_argument("--device", default="cpu")
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--threads", type=int, default=2, help="CPU threads per run")
    p.add_argument("--out", default="build/sweep")
    p.add_argument("--pick-to", help="folder for the summary and the picked run's weights")
    return p


def main() -> None:
    p = common_arguments(__doc__.splitlines()[0])
    p.add_argument("--plan", default=str(HERE / "sweep_plan.json"))
    p.add_argument("--budget", type=float, default=3600, help="seconds after which no run starts")
    p.add_argument("--hard-stop", type=float, default=None, help="seconds after which runs end")
    args = p.parse_args()

    plan = json.loads(Path(args.plan).read_text())
    out = Path(args.out)
    report = Path(args.pick_to) if args.pick_to else out
    report.mkdir(parents=True, exist_ok=True)
    common = plan.get("common", [])
    runs = Runs(out, args)

    def save() -> None:
        summary = {
            "elapsed": round(time.time() - runs.start),
            "runs": runs.done,
            **summarise(runs.done),
        }
        (report / "summary.json").write_text(json.dumps(summary, indent=1))

    queue = [
        (
            f"{recipe}-s{seed}",
            {"recipe": recipe, "seed": seed},
            [*common, *extra, "--seed", str(seed)],
        )
        for recipe, seed, extra in run_order(plan)
    ]
    runs.run(queue, args.budget, args.hard_stop or args.budget * 2, save)
    save()
    summary = json.loads((report / "summary.json").read_text())
    if summary["pick"]:
        parts = write_parts(out / summary["pick"] / "state.pt", report, "pick")
        (report / "pick.json").write_text(
            json.dumps(
                {
                    "run": summary["pick"],
                    "recipe": summary["pick_recipe"],
                    "args": [*common, *plan["recipes"][summary["pick_recipe"]]],
                    "parts": parts,
                },
                indent=1,
            )
        )
    print(json.dumps({k: v for k, v in summary.items() if k != "runs"}, indent=1), flush=True)


if __name__ == "__main__":
    main()
