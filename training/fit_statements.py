"""Fit the statement head (the code of a coach utterance that does not ask) and write
``statements.npz``.

    PYTHONPATH=src /work/train-venv/bin/python training/fit_statements.py \
        --model src/coachconn/analysis/model

A multinomial logistic regression over :func:`coder.statement_features`: the statement's
embedding, the window head's behaviour / reflection / input probabilities and the code
the model and the rules gave it. Trained on the coach statements of the coaching set's
*dev* sessions and on ``training/coach_code_examples.jsonl`` (coach lines written for this
project, each after a client line). The test sessions are never read.

AnnoMI's train-fit statements whose code is exact (reflections with their depth,
information, advice) are added with a small weight, so that the head does not move
counselling reflections into coaching acts: without them it changed 28% of the statements
of AnnoMI's validation slice.

The head decides only affirmation, self-disclosure and structuring (coder.HEAD_ACTS;
see :class:`coder.StatementHead`). Regularisation, the AnnoMI weight and the head's
threshold are chosen by leave-one-session-out over the dev
sessions the rules were *not* written from (``--judge``; the others, the written lines
and AnnoMI stay in every fold's training data), on the macro-F1 of the statement codes,
among the settings that keep the coarse group of AnnoMI's validation statements within
0.005 of the model and rules alone. The script prints every setting and the figure of
the whole procedure (each judged session coded by the setting the other judged sessions
choose, the model and rules among the choices), and writes the head only when it is
ahead.

``--sessions DIR`` (repeatable) adds the dev sessions of another folder in the
coaching-set format (``training/coaching_sessions``) to the training data and to the
judged sessions, each one a fold; ``--leave-out ID`` keeps a session of theirs out of
everything (a blind check: fit without it, then score it with
``training/score_sessions.py``). The script writes ``statements.npz`` into ``--model``:
point it at a copy of the model folder to try a fit.
"""

from __future__ import annotations

import json
from pathlib import Path

import folds
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from coachconn.analysis.annomi import load_annomi
from coachconn.analysis.coder import (
    STATEMENT_CODES,
    OnnxCoder,
    StatementHead,
    decide,
    load_coder,
    save_linear,
    statement_features,
    utterance_texts,
)
from coachconn.analysis.types import COARSE_GROUP, Transcript

EXAMPLES = Path(__file__).resolve().parent / "coach_code_examples.jsonl"
# (C, AnnoMI weight, threshold)
GRID = [(c, w, t) for c in (0.1, 0.3) for w in (0.1, 0.3) for t in (0.4, 0.5, 0.6)]


def statement_rows(coder: OnnxCoder, transcript: Transcript) -> tuple[np.ndarray, list[int]]:
    """(features, index) of each coach utterance the product codes as a statement."""
    embeddings = coder.embed(utterance_texts(transcript))
    logits = coder.logits(embeddings)
    coded = decide(transcript.utterances, logits, coder.heads)
    rows = [
        i
        for i, item in enumerate(coded)
        if item.utterance.role == "coach" and item.code in STATEMENT_CODES
    ]
    codes = [coded[i].code for i in rows]
    if not rows:
        width = statement_features(embeddings[:0], logits[:0], coder.heads, []).shape[1]
        return np.zeros((0, width), dtype=np.float32), rows
    return statement_features(embeddings[rows], logits[rows], coder.heads, codes), rows


def labelled_rows(
    coder: OnnxCoder, transcript: Transcript, gold: list[str | None]
) -> tuple[np.ndarray, list[str]]:
    """(features, gold code) of the product's statements that are gold statements too."""
    x, rows = statement_rows(coder, transcript)
    keep = [k for k, i in enumerate(rows) if gold[i] in STATEMENT_CODES]
    return x[keep], [str(gold[rows[k]]) for k in keep]


def annomi_code(gold) -> str | None:
    """Our code for an AnnoMI statement where AnnoMI's labels settle it exactly."""
    if gold.behaviour == "reflection" and gold.reflection_subtype in ("simple", "complex"):
        return f"{gold.reflection_subtype}_reflection"
    if gold.behaviour == "therapist_input" and gold.input_subtype in ("information", "advice"):
        return gold.input_subtype
    return None


def annomi_rows(coder: OnnxCoder, items) -> tuple[np.ndarray, list, list]:
    """(features, exact code or None, gold behaviour) of every statement the product
    codes as one, over AnnoMI transcripts."""
    xs, codes, groups = [], [], []
    for labelled in items:
        x, rows = statement_rows(coder, labelled.transcript)
        xs.append(x)
        codes += [annomi_code(labelled.gold[i]) for i in rows]
        groups += [labelled.gold[i].behaviour for i in rows]
    return np.vstack(xs), codes, groups


def macro_f1(gold: np.ndarray, codes: np.ndarray) -> float:
    """The macro-F1 of statement ``codes`` against ``gold``, over every statement code."""
    return float(
        f1_score(gold, codes, labels=list(STATEMENT_CODES), average="macro", zero_division=0)
    )


def main() -> None:
    p = folds.session_arguments(EXAMPLES, annomi=True, judged=True)
    args = p.parse_args()
    coder = load_coder(args.model)
    xs, ys, owners = [], [], []
    for session in folds.dev_sessions(args.sessions, set(args.leave_out)):
        x, y = labelled_rows(coder, session.transcript, [g.code for g in session.gold])
        xs.append(x)
        ys += y
        judge = session.transcript_id not in folds.RULE_SESSIONS
        owners += [session.transcript_id if judge else ""] * len(y)
    x_dev, y_dev, sessions = np.vstack(xs), np.array(ys), np.array(owners)
    ex_x, ex_y = [], []
    for line in args.examples.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        x, y = labelled_rows(
            coder,
            folds.written_exchange(item["previous"], item["text"], "coach"),
            [None, item["code"]],
        )
        if y:
            ex_x.append(x)
            ex_y += y
    x_ex, y_ex = np.vstack(ex_x), np.array(ex_y)
    fit, val = load_annomi(args.data).fit_and_validation()
    x_an, an_codes, _ = annomi_rows(coder, fit)
    exact = [i for i, code in enumerate(an_codes) if code is not None]
    x_an, y_an = x_an[exact], np.array([an_codes[i] for i in exact])
    x_val, _, val_groups = annomi_rows(coder, val)
    val_gold = np.array(val_groups, dtype=object)
    has_gold = np.array([g is not None for g in val_groups])

    def current(x: np.ndarray) -> np.ndarray:
        chosen = x[:, x.shape[1] - len(STATEMENT_CODES) :]
        return np.array([STATEMENT_CODES[k] for k in chosen.argmax(axis=1)])

    def annomi_agreement(codes: np.ndarray) -> float:
        groups = np.array([COARSE_GROUP.get(c, "other") for c in codes], dtype=object)
        return float((groups[has_gold] == val_gold[has_gold]).mean())

    judge = sessions != ""
    judged = list(dict.fromkeys(sessions[judge]))
    base = macro_f1(y_dev[judge], current(x_dev)[judge])
    base_annomi = annomi_agreement(current(x_val))
    print(
        f"dev statements: {len(y_dev)} ({judge.sum()} judged, in sessions "
        f"{', '.join(judged)}); written: {len(y_ex)}; "
        f"AnnoMI fit statements with an exact code: {len(y_an)}"
    )
    print(
        f"model and rules: macro-F1 {base:.3f}; AnnoMI validation coarse agreement "
        f"{base_annomi:.3f}"
    )

    def fitted(rows: np.ndarray, c: float, weight: float, threshold: float) -> StatementHead:
        x = np.vstack([x_dev[rows], x_ex, x_an])
        y = np.concatenate([y_dev[rows], y_ex, y_an])
        w = np.concatenate([np.ones(rows.sum() + len(y_ex)), np.full(len(y_an), weight)])
        model = LogisticRegression(C=c, max_iter=3000).fit(x, y, sample_weight=w)
        order = [list(model.classes_).index(code) for code in STATEMENT_CODES]
        return StatementHead(
            model.coef_[order].T.astype(np.float32),
            model.intercept_[order].astype(np.float32),
            threshold,
        )

    # A setting must beat the model and rules, whose codes are the first candidate.
    choice = folds.Choice([current(x_dev)], base)
    for setting in GRID:
        start = current(x_dev)
        predicted = folds.held_out(
            sessions,
            lambda held, s=setting, r=start: fitted(~held, *s).decide(x_dev[held], list(r[held])),
            start,
            judged=judged,
        )
        f1 = macro_f1(y_dev[judge], predicted[judge])
        head = fitted(np.ones(len(y_dev), bool), *setting)
        agreement = annomi_agreement(np.array(head.decide(x_val, list(current(x_val)))))
        allowed = agreement >= base_annomi - 0.005
        print(
            f"  C={setting[0]} AnnoMI weight={setting[1]} threshold={setting[2]}: "
            f"macro-F1 {f1:.3f} (leave one session out); AnnoMI agreement "
            f"{agreement:.3f}{'' if allowed else ' (too low)'}"
        )
        choice.offer(setting, predicted, f1, allowed)
    # The figure of the whole procedure, choice included: each judged session coded by
    # whichever of the model and rules and the allowed settings the other judged
    # sessions score best.
    nested = folds.chosen_in_turn(sessions, y_dev, choice.candidates, macro_f1, judged)
    nested_f1 = macro_f1(y_dev[judge], nested[judge])
    print(f"chosen on the other judged sessions, each in turn: macro-F1 {nested_f1:.3f}")
    if choice.setting is None:
        print("the head is not ahead: nothing written")
        return
    head = fitted(np.ones(len(y_dev), bool), *choice.setting)
    save_linear(
        args.model / "statements.npz", STATEMENT_CODES, head.weights, head.bias, head.threshold
    )
    c, weight, threshold = choice.setting
    print(
        f"written: C={c} AnnoMI weight={weight} threshold={threshold}, macro-F1 {choice.figure:.3f}"
    )


if __name__ == "__main__":
    main()
