"""Fit the client-flag head (reflecting, reporting, disclosure) and write ``flags.npz``.

    PYTHONPATH=src /work/train-venv/bin/python training/fit_flags.py \
        --model src/coachconn/analysis/model

One logistic regression per flag over :func:`coder.flag_features`: the utterance's
embedding from the shipped encoder, the rules' three flags and a short-answer cue.
Trained on the client utterances of the coaching set's *dev* sessions and on
``training/client_flag_examples.jsonl`` (client lines written for this project, each with
the coach's line before it). The test sessions are never read.

The regularisation and class weighting of each flag are chosen by leave-one-session-out
over the dev sessions (the written lines stay in every fold's training data); the
script prints, per flag, the cross-validated F1 of the rules alone and of the head, and
writes the head only where it beats the rules on that figure (else the rule's own flag
passes through: a weight of 1 on it and a bias of -0.5). It also prints the figure of
the whole procedure: each session flagged by the setting (or the rules) the other
sessions choose.

``--sessions DIR`` (repeatable) adds the dev sessions of another folder in the
coaching-set format (``training/coaching_sessions``) to the training data, each one a
fold; ``--leave-out ID`` keeps a session of theirs out of everything (a blind check:
fit without it, then score it with ``training/score_sessions.py``). The script writes
``flags.npz`` into ``--model``: point it at a copy of the model folder to try a fit.
"""

from __future__ import annotations

import json
from pathlib import Path

import folds
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from coachconn.analysis.coder import flag_features, load_coder, save_linear
from coachconn.analysis.types import CLIENT_FLAGS

EXAMPLES = Path(__file__).resolve().parent / "client_flag_examples.jsonl"
GRID = [(c, w) for c in (0.03, 0.1, 0.3, 1.0, 3.0) for w in (None, "balanced")]


def dev_rows(
    more: list[Path] | None = None, leave_out: set[str] | None = None
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(texts, gold flags (n, 3), session index) of every dev client utterance, of the
    coaching set and of the dev sessions of each folder in ``more`` but those whose id
    is in ``leave_out`` (:func:`folds.dev_sessions`)."""
    sessions = folds.dev_sessions(more or [], leave_out or set())
    texts, gold, groups = [], [], []
    for k, session in enumerate(sessions):
        for utterance, label in zip(session.transcript.utterances, session.gold, strict=True):
            if utterance.role == "client":
                texts.append(utterance.text)
                gold.append([getattr(label, name) for name in CLIENT_FLAGS])
                groups.append(k)
    return texts, np.array(gold, dtype=bool), np.array(groups)


def example_rows(path: Path) -> tuple[list[str], np.ndarray]:
    texts, gold = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            texts.append(item["text"])
            gold.append([bool(item[name]) for name in CLIENT_FLAGS])
    return texts, np.array(gold, dtype=bool)


def fit(x: np.ndarray, y: np.ndarray, c: float, weight: str | None) -> LogisticRegression:
    model = LogisticRegression(C=c, class_weight=weight, max_iter=2000)
    return model.fit(x, y)


def main() -> None:
    p = folds.session_arguments(EXAMPLES, annomi=False, judged=False)
    args = p.parse_args()
    coder = load_coder(args.model)
    dev_texts, dev_gold, groups = dev_rows(args.sessions, set(args.leave_out))
    ex_texts, ex_gold = example_rows(args.examples)

    def features(texts: list[str]) -> np.ndarray:
        return flag_features(coder.embed([f"client: {t}" for t in texts]), texts)

    x_dev, x_ex = features(dev_texts), features(ex_texts)
    rule_cols = x_dev.shape[1] - len(CLIENT_FLAGS) - 1
    print(
        f"dev: {len(dev_texts)} client utterances in {groups.max() + 1} sessions; "
        f"written lines: {len(ex_texts)}"
    )

    weights = np.zeros((x_dev.shape[1], len(CLIENT_FLAGS)), dtype=np.float32)
    bias = np.zeros(len(CLIENT_FLAGS), dtype=np.float32)
    chosen = {}
    for k, name in enumerate(CLIENT_FLAGS):
        rules = x_dev[:, rule_cols + k] > 0
        rules_f1 = f1_score(dev_gold[:, k], rules)
        # A setting must beat the rules, whose flags are the first candidate.
        choice = folds.Choice([rules], rules_f1)
        for c, weight in GRID:

            def predict(held: np.ndarray, k=k, c=c, weight=weight) -> np.ndarray:
                x = np.vstack([x_dev[~held], x_ex])
                y = np.concatenate([dev_gold[~held, k], ex_gold[:, k]])
                return fit(x, y, c, weight).predict(x_dev[held]).astype(bool)

            predicted = folds.held_out(groups, predict, np.zeros(len(dev_texts), dtype=bool))
            choice.offer((c, weight), predicted, f1_score(dev_gold[:, k], predicted))
        # The whole procedure, choice included: each session flagged by whichever of the
        # rules and the settings the other sessions score best.
        nested = folds.chosen_in_turn(groups, dev_gold[:, k], choice.candidates, f1_score)
        print(
            f"{name}: rules {rules_f1:.3f}, head (leave one session out) {choice.figure:.3f} "
            f"with {choice.setting or 'rules alone'}; chosen on the other sessions, each in "
            f"turn: {f1_score(dev_gold[:, k], nested):.3f}"
        )
        if choice.setting is None:
            weights[rule_cols + k, k], bias[k] = 1.0, -0.5
            chosen[name] = "rules"
            continue
        c, weight = choice.setting
        model = fit(
            np.vstack([x_dev, x_ex]), np.concatenate([dev_gold[:, k], ex_gold[:, k]]), c, weight
        )
        weights[:, k], bias[k] = model.coef_[0], model.intercept_[0]
        chosen[name] = {"C": c, "class_weight": weight, "cv_f1": round(choice.figure, 3)}
    save_linear(args.model / "flags.npz", CLIENT_FLAGS, weights, bias)
    print(json.dumps(chosen))


if __name__ == "__main__":
    main()
