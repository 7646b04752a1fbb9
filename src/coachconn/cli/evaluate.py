"""Commands: eval annomi — score the shipped coder on AnnoMI's test transcripts; eval coaching —
score it on the hand-labelled coaching sessions shipped in analysis/coaching_eval/."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from coachconn.analysis.coder import load_default_coder
from coachconn.cli._common import format_option, output_format
from coachconn.cli.app import CommandGroup, app

if TYPE_CHECKING:
    from coachconn.analysis.annomi import TaskScore

eval_app = CommandGroup(
    help="Evaluate the shipped utterance model.", no_args_is_help=True, add_completion=False
)
app.add_typer(eval_app, name="eval")

DEFAULT_DATA = Path("..") / "shared" / "data" / "annomi"


@eval_app.command("annomi")
def annomi(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            metavar="FOLDER",
            help="AnnoMI folder (default ../shared/data/annomi)",
            show_default=False,
        ),
    ] = None,
    fmt: str = format_option(),
) -> None:
    """Score the shipped coder on AnnoMI's test transcripts (never used in training)."""
    fmt = output_format(fmt)  # a bad --format is named before anything is read
    # Imported here, not at the top: every other command, `analyze` first, starts without
    # the evaluation sets' readers.
    from coachconn.analysis.annomi import load_annomi, score_coder

    corpus = load_annomi(_data_dir(data))
    scores = score_coder(load_default_coder(), corpus.test)
    if fmt == "json":
        typer.echo(json.dumps({task: s.as_dict() for task, s in scores.items()}, indent=2))
    else:
        typer.echo(_as_text(scores, len(corpus.test)))


def _data_dir(given: Path | None) -> Path:
    """The given folder, else ../shared/data/annomi from here, else beside the checkout.

    The last applies only to a source checkout (src/coachconn/cli/evaluate.py under a
    folder holding pyproject.toml); an installed copy never looks outside its own folder.
    """
    if given is not None:
        return given
    if DEFAULT_DATA.is_dir():
        return DEFAULT_DATA
    here = Path(__file__).resolve().parents
    if len(here) > 4 and (here[3] / "pyproject.toml").is_file():
        beside = here[4] / "shared" / "data" / "annomi"
        if beside.is_dir():
            return beside
    return DEFAULT_DATA


def _as_text(scores: dict[str, TaskScore], transcripts: int) -> str:
    lines = [f"AnnoMI test split: {transcripts} transcripts, shipped coder", ""]
    for task, result in scores.items():
        lines += [*_task_lines(task, result), ""]
    return "\n".join(lines).rstrip()


def _task_lines(task: str, result: TaskScore, positive: str | None = None) -> list[str]:
    """A task's scores as a table; a binary task (``positive`` given) is headed by the
    positive class's precision, recall and F1 rather than the macro-F1 of both classes."""
    width = max(len(label) for label in result.labels) + 2
    if positive is None:
        head = f"{task}  macro-F1 {result.macro_f1:.3f}  (n={result.n})"
    else:
        s = result.per_class[positive]
        head = (
            f"{task}  F1 {s.f1:.3f}  precision {s.precision:.3f}  recall {s.recall:.3f}"
            f"  (n={result.n}, {s.support} gold)"
        )
    lines = [head, f"  {'class':<{width}} precision  recall     F1  support"]
    for label, s in result.per_class.items():
        lines.append(
            f"  {label:<{width}} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.support:8d}"
        )
    lines.append("  confusion (rows gold, columns predicted): " + " ".join(result.labels))
    for label, row in zip(result.labels, result.confusion, strict=True):
        lines.append(f"  {label:<{width}} " + " ".join(f"{n:6d}" for n in row))
    if result.outside:  # why the rows fall short of the support
        left = sum(result.outside.values())
        codes = ", ".join(f"{code} {n}" for code, n in result.outside.items())
        said = f"{left} of {result.n} coded as none of these ({codes})"
        lines.append(f"  not in the confusion: {said}")
    return lines


@eval_app.command("coaching")
def coaching_set(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            metavar="FOLDER",
            help="Labelled coaching folder (default: the set shipped with coachconn)",
            show_default=False,
        ),
    ] = None,
    split: Annotated[
        str,
        typer.Option(
            "--split",
            metavar="SPLIT",
            help="dev (for improving the rules), test (for reporting) or all.",
        ),
    ] = "dev",
    fmt: str = format_option(),
) -> None:
    """Score the shipped coder on hand-labelled coaching sessions (codes the model and the
    rules give: affirmation, self-disclosure, structuring, question categories, flags)."""
    fmt = output_format(fmt)  # bad options are named before anything is read
    # Imported here, as the AnnoMI reader is: other commands start without it.
    from coachconn.analysis import coaching

    sessions = coaching.load_coaching_set(data or coaching.DATA_DIR, split)
    scores = coaching.score_coder(load_default_coder(), sessions)
    recut = [note for session in sessions for note in session.recut]
    _note_recut(recut)
    ids = [session.transcript_id for session in sessions]
    roles = [u.role for session in sessions for u in session.transcript.utterances]
    counts = {"coach": roles.count("coach"), "client": roles.count("client")}
    if fmt == "json":
        tasks = {
            task: {
                **result.as_dict(),
                "headline": round(coaching.headline(task, result), 4),
                "positive": task if task in coaching.BINARY_TASKS else None,
            }
            for task, result in scores.items()
        }
        out = {
            "split": split,
            "transcripts": ids,
            "utterances": counts,
            "recut": recut,
            "tasks": tasks,
        }
        typer.echo(json.dumps(out, indent=2))
    else:
        typer.echo(_coaching_text(split, ids, counts, scores))


# The turns named one by one in the note on a set written to another cut; the rest counted.
RECUT_SHOWN = 5


def _note_recut(recut: list[str]) -> None:
    """Say on standard error which turns the product would cut otherwise than the file."""
    if not recut:
        return
    print(
        f"note: {len(recut)} turn(s) are cut by the product into other utterances than the "
        "file's lines; each is scored as the file gives it:",
        file=sys.stderr,
    )
    for note in recut[:RECUT_SHOWN]:
        print(f"  {note}", file=sys.stderr)
    if len(recut) > RECUT_SHOWN:
        print(f"  and {len(recut) - RECUT_SHOWN} more", file=sys.stderr)


def _coaching_text(
    split: str, ids: list[str], counts: dict[str, int], scores: dict[str, TaskScore]
) -> str:
    from coachconn.analysis import coaching  # (see coaching_set)

    lines = [
        f"Coaching evaluation set, {split} split: {len(ids)} transcripts ({', '.join(ids)}), "
        f"{counts['coach']} coach and {counts['client']} client utterances, shipped coder",
        "",
        "task                          headline  (macro-F1; F1 of the class for detection tasks)",
    ]
    for task, result in scores.items():
        lines.append(f"  {task:<28} {coaching.headline(task, result):6.3f}  (n={result.n})")
    lines.append("")
    for task, result in scores.items():
        positive = task if task in coaching.BINARY_TASKS else None
        lines += [*_task_lines(task, result, positive), ""]
    return "\n".join(lines).rstrip()
