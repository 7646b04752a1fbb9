"""Per-class logit offsets, picked for macro-F1 on the validation slice of train.

Rare classes (sustain, change, therapist input) are under-predicted by a model trained
on skewed data; a small offset per class evens that out. On a slice of twelve
transcripts an unconstrained search also fits that slice's own quirks, so the search
pays a penalty per unit of offset, and the penalty is itself chosen by
leave-one-transcript-out: offsets tuned on all validation transcripts but one are
scored on the one left out, pooled over all of them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from folds import held_out

from coachconn.analysis.annomi import score

BIAS_GRID = np.round(np.arange(-1.0, 1.51, 0.05), 2)
PENALTIES = (0.0, 0.01, 0.02, 0.05, 0.1, 1.0)  # 1.0 keeps every offset at 0


def tune_bias(logits: np.ndarray, gold: list[str], classes: list[str], shrink: float):
    """Coordinate search for macro-F1 minus ``shrink`` * sum |offset| (shrinks toward 0)."""
    bias = np.zeros(len(classes))

    def objective(b: np.ndarray) -> float:
        pred = [classes[k] for k in (logits + b).argmax(axis=1)]
        return score(gold, pred, classes).macro_f1 - shrink * np.abs(b).sum()

    best = objective(bias)
    for _ in range(3):
        for k in range(1, len(classes)):
            for value in BIAS_GRID:
                trial = bias.copy()
                trial[k] = value
                result = objective(trial)
                if result > best + 1e-6:
                    best, bias = result, trial
    return [float(x) for x in bias.round(2)]


def cross_validated(logits, gold, groups, classes, shrink: float) -> float:
    """Macro-F1 of offsets tuned on all validation transcripts but one, pooled over the
    held-out ones: how well offset tuning at this ``shrink`` carries to new transcripts."""

    def predict(held: np.ndarray) -> np.ndarray:
        inside = np.flatnonzero(~held)
        bias = tune_bias(logits[inside], [gold[i] for i in inside], classes, shrink)
        return np.array(classes, dtype=object)[(logits[held] + np.array(bias)).argmax(axis=1)]

    pred = held_out(groups, predict, np.full(len(gold), "", dtype=object))
    return score(gold, list(pred), classes).macro_f1


def choose_offsets(
    logits: np.ndarray,
    gold: list[str],
    groups: np.ndarray,
    classes: list[str],
    penalties: Sequence[float] = PENALTIES,
) -> tuple[list[float], float, dict[float, float]]:
    """(offsets, penalty, cross-validated macro-F1 per penalty): the penalty with the
    best cross-validated macro-F1 (ties to the larger penalty), then offsets tuned with
    it on the whole slice."""
    cv = {p: cross_validated(logits, gold, groups, classes, p) for p in penalties}
    penalty = max(cv, key=lambda key: (round(cv[key], 3), key))
    return tune_bias(logits, gold, classes, penalty), penalty, cv
