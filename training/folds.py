"""What the scripts that choose settings on a few transcripts or sessions share
(``offsets.py``, ``fit_flags.py``, ``fit_statements.py``, ``fit_talk.py``,
``fit_categories.py``): leave-one-group-out predictions, the figure of a choice made
inside each fold, the labelled coaching sessions they are fitted and judged on, the
arguments that point at them, and the two-line transcript a written example is read as."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from coachconn.analysis import coaching
from coachconn.analysis.types import Role, Transcript, Utterance

# The dev sessions read while the rules were written; they never judge a setting.
RULE_SESSIONS = ("t1", "t2", "t3", "t4")


def held_out(
    groups: np.ndarray,
    predict: Callable[[np.ndarray], np.ndarray],
    start: np.ndarray,
    judged: Iterable[object] | None = None,
) -> np.ndarray:
    """A copy of ``start`` where the rows of each group in ``judged`` (default: every
    group, in sorted order) are replaced by ``predict(held)``. ``held`` is that group's
    boolean row mask; ``predict`` fits on the rows outside it and predicts the rows in it.
    Rows of groups not judged keep their ``start`` value."""
    groups = np.asarray(groups)
    predicted = np.array(start, copy=True)
    for group in sorted(set(groups.tolist())) if judged is None else judged:
        held = groups == group
        predicted[held] = predict(held)
    return predicted


@dataclass
class Choice:
    """The choice of a setting among those tried on the same folds. ``candidates`` holds
    the held-out predictions of the fallback (the rules, or the model as it is) and then
    of every allowed setting, for :func:`chosen_in_turn`; ``figure`` is the best held-out
    figure so far, at first the one a setting must beat, and ``setting`` the setting
    that has it (None: no setting beat it)."""

    candidates: list[np.ndarray]
    figure: float
    setting: Any = None

    def offer(
        self, setting: Any, predicted: np.ndarray, figure: float, allowed: bool = True
    ) -> None:
        """Weigh one more setting: its held-out ``predicted`` join the candidates when it
        is ``allowed``, and it becomes the choice when it is also ahead of the best so
        far (a tie keeps the earlier)."""
        if allowed:
            self.candidates.append(predicted)
        if allowed and figure > self.figure:
            self.figure, self.setting = figure, setting


def chosen_in_turn(
    groups: np.ndarray,
    gold: np.ndarray,
    candidates: Sequence[np.ndarray],
    score: Callable[[np.ndarray, np.ndarray], float],
    judged: Iterable[object] | None = None,
) -> np.ndarray:
    """The predictions of the whole procedure, the choice of a setting included, so that
    its figure is not flattered by the choice.

    ``candidates`` are the held-out predictions of each setting a script may choose
    (its fallback first). The rows of each group in ``judged`` (default: every group, in
    sorted order) are taken from the candidate that ``score(gold, predicted)`` rates best
    over the rows of the *other* judged groups (the earliest on a tie), so that no group
    takes part in choosing what codes it. Rows of groups not judged keep the first
    candidate's value."""
    groups = np.asarray(groups)
    order: list[Any] = sorted(set(groups.tolist())) if judged is None else list(judged)
    judge = np.isin(groups, order)

    def pick(held: np.ndarray) -> np.ndarray:
        others = judge & ~held
        return max(candidates, key=lambda c: score(gold[others], c[others]))[held]

    return held_out(groups, pick, candidates[0], order)


def dev_sessions(
    more: Sequence[Path] = (), leave_out: Collection[str] = ()
) -> list[coaching.LabelledSession]:
    """The coaching set's dev sessions, then the dev sessions of each folder in ``more``
    (in the coaching-set format) but those whose id is in ``leave_out``. Each session is
    one fold, so an id read twice is an error."""
    sessions = coaching.load_coaching_set(coaching.DATA_DIR, "dev")
    for folder in more:
        found = coaching.load_coaching_set(folder, "dev")
        sessions += [s for s in found if s.transcript_id not in leave_out]
    seen: set[str] = set()
    for session in sessions:
        if session.transcript_id in seen:
            raise SystemExit(
                f"session {session.transcript_id} is read twice: each session is one fold"
            )
        seen.add(session.transcript_id)
    return sessions


def session_arguments(examples: Path, *, annomi: bool, judged: bool) -> argparse.ArgumentParser:
    """The arguments of the scripts that fit a head on the coaching sessions: ``--model``
    (the model folder read, and written into), ``--examples`` (the written lines, by
    default ``examples``), ``--data`` (AnnoMI's folder: only where ``annomi``, for the
    scripts that read AnnoMI) and ``--sessions`` / ``--leave-out`` for
    :func:`dev_sessions`. ``judged`` says, in the help, whether the added sessions judge
    the settings too or only train them."""
    p = argparse.ArgumentParser()
    p.add_argument("--model", type=Path, default=Path("src/coachconn/analysis/model"))
    p.add_argument("--examples", type=Path, default=examples)
    if annomi:
        p.add_argument("--data", type=Path, default=Path("../shared/data/annomi"))
    role = (
        "in the training data and each one judged, as one fold"
        if judged
        else "in the training data, each one a fold"
    )
    p.add_argument(
        "--sessions",
        type=Path,
        action="append",
        default=[],
        help="a folder of more labelled sessions in the coaching-set format (its dev "
        f"split): {role} (repeatable)",
    )
    p.add_argument(
        "--leave-out",
        action="append",
        default=[],
        metavar="ID",
        help="a session of --sessions not to read at all (repeatable)",
    )
    return p


def written_exchange(previous: str, text: str, role: Role) -> Transcript:
    """A written example as the coder reads it: ``text``, a line of ``role`` (coach or
    client), just after ``previous``, a line of the other role."""
    other: Role = "client" if role == "coach" else "coach"
    return Transcript(
        utterances=[
            Utterance(0, 0, other.title(), other, previous),
            Utterance(1, 1, role.title(), role, text),
        ],
        coach="Coach",
    )
