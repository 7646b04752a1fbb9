"""Leave-one-group-out predictions, shared by the scripts that choose settings on a few
transcripts or sessions (``offsets.py``, ``fit_flags.py``, ``fit_statements.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np


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
