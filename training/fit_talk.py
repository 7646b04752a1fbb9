"""Fit the talk head (the talk type of a client utterance: change, neutral, sustain) and
write ``talk.npz`` when it is clearly ahead of the model and rules alone.

    PYTHONPATH=src /work/train-venv/bin/python training/fit_talk.py \
        --model src/coachconn/analysis/model

A multinomial logistic regression over :func:`coder.talk_features`: the client
utterance's embedding, the log of the window head's talk-type probabilities, and the
window head's behaviour and question probabilities on the coach's last line before it,
with whether the client answers that line at once. It is fitted as a correction of the
window head: the model's log-probabilities enter with a fixed weight of one and the
penalty pulls the rest towards zero, so the strongest penalty gives back the window
head's reading; ``alpha`` scales the correction. The head's probabilities take the
place of the window head's for client utterances, and the rules
(:func:`rules.client_code`) still have their say after them.

Trained on the client utterances of the coaching set's *dev* sessions, the client lines
of ``training/coaching_examples.jsonl`` (written for this project, each after a coach
line) and AnnoMI's train-fit client utterances (the train ids but every 9th), weighted
so that counselling talk stays readable. The window head was trained on the written
lines and on AnnoMI's train-fit transcripts, so it reads them better than unseen talk
(macro-F1 of its own reading 1.00 on the written lines and 0.72 on AnnoMI train-fit,
against 0.58 on the validation slice and 0.50 on the dev sessions): those rows teach
the correction to leave the model alone more than to correct it. The test sessions
and AnnoMI's test transcripts are never read.

``--sessions DIR`` (repeatable) adds the dev sessions of another folder in the
coaching-set format (``training/coaching_sessions``) to the training data and to the
judged sessions, each one a fold; ``--leave-out ID`` keeps a session of theirs out of
everything (a blind check: fit without it, then score it with
``training/score_sessions.py``); ``--small-grid`` fits a third of the settings,
``--setting`` one only; ``--margin`` replaces ``MARGIN`` (a negative one writes the best
setting whatever its figure, to score it blind: point ``--model`` at a copy of the model
folder).

The penalty, the AnnoMI weight, the class weighting and ``alpha`` are chosen by
leave-one-session-out over the dev sessions the rules were *not* written from
(``RULE_SESSIONS`` stay in every fold's training data, as do the written lines and
AnnoMI), on the macro-F1 of the talk codes after the rules, among the settings that
keep the client macro-F1 of AnnoMI's validation slice (the train ids every 9th, as
``validate_model.py`` reads it) within 0.003 of the model and rules alone. The script
prints the figure of the model and rules and of every setting on the same folds, and
the figure of the whole procedure (each judged session coded by the setting the other
judged sessions choose, today's coder among the choices), and writes the head only
when the best setting is ahead of the model and rules by at least ``MARGIN``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import folds
import numpy as np
from scipy.optimize import minimize
from sklearn.metrics import f1_score

from coachconn.analysis.annomi import CLIENT_CLASSES, LabelledTranscript, load_annomi
from coachconn.analysis.coder import (
    OnnxCoder,
    decide,
    load_coder,
    save_linear,
    softmax,
    talk_features,
    utterance_texts,
)
from coachconn.analysis.types import Transcript, Utterance

EXAMPLES = Path(__file__).resolve().parent / "coaching_examples.jsonl"
# (penalty, AnnoMI weight, class weighting); alpha is read from each fit at no cost.
GRID = [
    (lam, w, cw) for lam in (0.1, 0.03, 0.01) for w in (0.03, 0.3, 1.0) for cw in (None, "balanced")
]
ALPHAS = (0.25, 0.5, 1.0)
# --small-grid: a third of the fits, for a slow machine.
SMALL_PENALTIES = (0.01,)
SMALL_ALPHAS = (0.25, 0.5)
# How far AnnoMI's validation figure may fall, and how far ahead the head must be.
ANNOMI_SLACK = 0.003
MARGIN = 0.02


@dataclass
class Rows:
    """One transcript's client rows: what the head reads and what the rules need."""

    utterances: list[Utterance]
    logits: np.ndarray
    rows: list[int]  # the client utterances that carry a gold talk type
    x: np.ndarray  # talk_features of those rows
    gold: list[str]
    group: str
    width: int  # the embedding's: the window head's log-probabilities follow it in x

    @property
    def offset(self) -> np.ndarray:
        """The window head's log-probabilities, as talk_features carries them."""
        return self.x[:, self.width : self.width + 3].astype(np.float64)


def read(coder: OnnxCoder, transcript: Transcript, gold: list[str | None], group: str) -> Rows:
    embeddings = coder.embed(utterance_texts(transcript))
    logits = coder.logits(embeddings)
    rows = [
        i
        for i, u in enumerate(transcript.utterances)
        if u.role != "coach" and gold[i] in CLIENT_CLASSES
    ]
    x = talk_features(transcript.utterances, embeddings, logits, coder.heads, rows)
    golds = [str(gold[i]) for i in rows]
    return Rows(list(transcript.utterances), logits, rows, x, golds, group, embeddings.shape[1])


def coded(coder: OnnxCoder, item: Rows, probabilities: np.ndarray | None) -> list[str]:
    """The codes of ``item``'s rows after the rules, reading ``probabilities`` (one row
    per client row; None: the window head's)."""
    talk = None
    if probabilities is not None:
        talk = coder.heads.probabilities(item.logits, "talk_type")
        talk[item.rows] = probabilities
    codes = decide(item.utterances, item.logits, coder.heads, talk=talk)
    return [codes[i].code for i in item.rows]


def parse_setting(text: str) -> tuple[list[tuple[float, float, str | None]], tuple[float]]:
    """``--setting``'s grid of one and its alpha."""
    lam, weight, balance, alpha = text.split(",")
    if balance not in ("none", "balanced"):
        raise SystemExit(f"classes is none or balanced, not {balance!r}")
    return [(float(lam), float(weight), None if balance == "none" else balance)], (float(alpha),)


def fit_correction(
    x: np.ndarray, offset: np.ndarray, y: np.ndarray, weight: np.ndarray, lam: float
) -> tuple[np.ndarray, np.ndarray]:
    """(W, b) minimising the weighted cross-entropy of softmax(offset + x W + b), weights
    summing to one, plus lam / 2 |W|^2."""
    f = x.shape[1]
    target = np.eye(3)[y]
    weight = weight / weight.sum()

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[: f * 3].reshape(f, 3), theta[f * 3 :]
        z = offset + x @ w + b
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        value = -(weight[:, None] * target * logp).sum() + 0.5 * lam * (w**2).sum()
        g = (np.exp(logp) - target) * weight[:, None]
        return float(value), np.concatenate([(x.T @ g + lam * w).ravel(), g.sum(axis=0)])

    found = minimize(loss, np.zeros(f * 3 + 3), jac=True, method="L-BFGS-B")
    return found.x[: f * 3].reshape(f, 3), found.x[f * 3 :]


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    return float(
        f1_score(gold, predicted, labels=list(CLIENT_CLASSES), average="macro", zero_division=0)
    )


def main() -> None:
    p = folds.session_arguments(EXAMPLES, annomi=True, judged=True)
    p.add_argument(
        "--small-grid",
        action="store_true",
        help=f"only the penalties {SMALL_PENALTIES} and alphas {SMALL_ALPHAS} (quicker)",
    )
    p.add_argument(
        "--setting",
        metavar="PENALTY,WEIGHT,CLASSES,ALPHA",
        help="try this one setting only (CLASSES: none or balanced), e.g. 0.01,1.0,none,0.25",
    )
    p.add_argument(
        "--margin",
        type=float,
        default=MARGIN,
        help=f"how far ahead the best setting must be to be written (default {MARGIN}; "
        "a negative one writes it whatever its figure: point --model at a copy)",
    )
    args = p.parse_args()
    coder = load_coder(args.model)
    if list(coder.heads.names["talk_type"]) != list(CLIENT_CLASSES):
        raise SystemExit(f"the model's talk types are not {', '.join(CLIENT_CLASSES)}")
    dev = [
        read(coder, s.transcript, [g.code for g in s.gold], s.transcript_id)
        for s in folds.dev_sessions(args.sessions, set(args.leave_out))
    ]
    grid, alphas = GRID, ALPHAS
    if args.small_grid:
        grid = [g for g in GRID if g[0] in SMALL_PENALTIES]
        alphas = SMALL_ALPHAS
    if args.setting:
        grid, alphas = parse_setting(args.setting)
    written = []
    for line in args.examples.read_text(encoding="utf-8").splitlines():
        item = json.loads(line) if line.strip() else {}
        if item.get("role") == "client":
            transcript = folds.written_exchange(item["context"], item["text"], "client")
            written.append(read(coder, transcript, [None, item["talk_type"]], "written"))
    fit, val = load_annomi(args.data).fit_and_validation()

    def annomi(items: list[LabelledTranscript]) -> list[Rows]:
        gold = [[g.talk_type if g.behaviour is None else None for g in t.gold] for t in items]
        return [read(coder, t.transcript, g, "annomi") for t, g in zip(items, gold, strict=True)]

    fitted_on, validation = annomi(fit), annomi(val)

    def stack(items: list[Rows]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        x = np.vstack([item.x for item in items]).astype(np.float64)
        offset = np.vstack([item.offset for item in items]).astype(np.float64)
        y = np.array([CLIENT_CLASSES.index(g) for item in items for g in item.gold])
        return x, offset, y

    x_dev, off_dev, y_dev = stack(dev)
    x_ex, off_ex, y_ex = stack(written)
    x_an, off_an, y_an = stack(fitted_on)
    sessions = np.array([item.group for item in dev for _ in item.rows])
    judged = [item.group for item in dev if item.group not in folds.RULE_SESSIONS]
    judge = np.isin(sessions, judged)
    gold_dev = np.array([CLIENT_CLASSES[k] for k in y_dev])
    val_gold = [g for item in validation for g in item.gold]

    by_session = {item.group: item for item in dev}
    everything = np.ones(len(y_dev), dtype=bool)
    today = np.array([c for item in dev for c in coded(coder, item, None)], dtype=object)
    base = macro_f1(list(gold_dev[judge]), list(today[judge]))
    base_val = macro_f1(val_gold, [c for item in validation for c in coded(coder, item, None)])
    print(
        f"dev client utterances: {len(y_dev)} ({judge.sum()} judged, in sessions "
        f"{', '.join(judged)}); written: {len(y_ex)}; AnnoMI fit client utterances: "
        f"{len(y_an)}; AnnoMI validation: {len(val_gold)}"
    )
    print(
        f"model and rules: macro-F1 {base:.4f} (leave one session out, the same folds); "
        f"AnnoMI validation client macro-F1 {base_val:.4f}"
    )

    def correction(
        rows: np.ndarray, lam: float, weight: float, balance: str | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The correction fitted on the dev ``rows``, the written lines and AnnoMI."""
        x = np.vstack([x_dev[rows], x_ex, x_an])
        offset = np.vstack([off_dev[rows], off_ex, off_an])
        y = np.concatenate([y_dev[rows], y_ex, y_an])
        coaching_rows = rows.sum() + len(y_ex)
        w = np.concatenate([np.ones(coaching_rows), np.full(len(y_an), weight)])
        if balance == "balanced":  # by the class frequencies of the coaching lines
            counts = np.bincount(y[:coaching_rows], minlength=3).astype(float)
            w = w * (counts.sum() / (3 * np.maximum(counts, 1)))[y]
        return fit_correction(x, offset, y, w, lam)

    def fitted(
        rows: np.ndarray, lam: float, weight: float, balance: str | None
    ) -> Callable[[np.ndarray, np.ndarray, float], np.ndarray]:
        coef, bias = correction(rows, lam, weight, balance)
        return lambda features, off, alpha: softmax(off + alpha * (features @ coef + bias))

    # Any allowed setting may be chosen (the margin is checked after it); today's codes
    # are the first candidate of the choice made in each fold.
    choice = folds.Choice([today], -1.0)
    for lam, weight, balance in grid:
        # one fit per held-out session, read at every alpha
        fits = {group: fitted(sessions != group, lam, weight, balance) for group in judged}
        whole = fitted(everything, lam, weight, balance)
        for alpha in alphas:

            def predict(held: np.ndarray, alpha: float = alpha, fits=fits) -> np.ndarray:
                group = str(sessions[held][0])
                head = fits[group](x_dev[held], off_dev[held], alpha)
                return np.array(coded(coder, by_session[group], head), dtype=object)

            predicted = folds.held_out(sessions, predict, today, judged=judged)
            f1 = macro_f1(list(gold_dev[judge]), list(predicted[judge]))
            val_codes = []
            for item in validation:
                probabilities = whole(item.x.astype(np.float64), item.offset, alpha)
                val_codes += coded(coder, item, probabilities)
            val_f1 = macro_f1(val_gold, val_codes)
            allowed = val_f1 >= base_val - ANNOMI_SLACK
            print(
                f"  penalty={lam} AnnoMI weight={weight} classes={balance or 'as found'} "
                f"alpha={alpha}: macro-F1 {f1:.4f} (leave one session out); AnnoMI "
                f"validation {val_f1:.4f}{'' if allowed else ' (too low)'}"
            )
            choice.offer((lam, weight, balance, alpha), predicted, f1, allowed)
    # The figure of the whole procedure, choice included: each judged session is coded
    # by whichever of today's coder and the allowed settings the other judged sessions
    # score best, so that no choice sees the session it is scored on.
    nested = folds.chosen_in_turn(
        sessions, gold_dev, choice.candidates, lambda g, c: macro_f1(list(g), list(c)), judged
    )
    nested_f1 = macro_f1(list(gold_dev[judge]), list(nested[judge]))
    print(f"chosen on the other judged sessions, each in turn: macro-F1 {nested_f1:.4f}")
    if choice.setting is None:
        print("no setting keeps AnnoMI's validation figure: nothing written")
        return
    lam, weight, balance, alpha = choice.setting
    chosen = (
        f"penalty={lam} AnnoMI weight={weight} classes={balance or 'as found'} alpha={alpha}, "
        f"macro-F1 {choice.figure:.4f} against {base:.4f}"
    )
    if choice.figure < base + args.margin:
        print(f"best allowed: {chosen}; not ahead by {args.margin}: nothing written")
        return
    coef, bias = correction(everything, lam, weight, balance)
    weights = alpha * coef
    start = dev[0].width
    weights[start : start + 3] += np.eye(3)  # the window head's log-probabilities, as read
    save_linear(args.model / "talk.npz", CLIENT_CLASSES, weights, alpha * bias)
    print(f"written: {chosen}")


if __name__ == "__main__":
    main()
