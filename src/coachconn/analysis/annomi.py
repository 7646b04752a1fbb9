"""AnnoMI: turn its files into transcripts with gold labels, and score a coder on them.

Reading is limited to :func:`load_annomi`, which takes the data folder as an
argument; everything else works on plain values. Training scripts use the same
functions, so the model is trained and evaluated on identical inputs.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from coachconn.analysis.types import COARSE_GROUP, CodedUtterance, Role, Transcript, Utterance
from coachconn.core.errors import InvalidInput

if TYPE_CHECKING:  # the coder module loads numpy; only its protocol is needed here
    from coachconn.analysis.coder import Coder

THERAPIST_CLASSES = ("question", "reflection", "therapist_input", "other")
CLIENT_CLASSES = ("change", "neutral", "sustain")
QUESTION_SUBTYPES = ("open", "closed")
REFLECTION_SUBTYPES = ("simple", "complex")
INPUT_SUBTYPES = ("information", "advice", "negotiation", "options")
_FILES = ("AnnoMI-simple.csv", "AnnoMI-full.csv", "split.json")
# AnnoMI's speaker names are roles; the coach of every transcript is "therapist".
_COACH = "therapist"


@dataclass(frozen=True, slots=True)
class Gold:
    """AnnoMI's labels for one utterance; ``None`` where AnnoMI gives none."""

    behaviour: str | None = None
    talk_type: str | None = None
    question_subtype: str | None = None
    reflection_subtype: str | None = None
    input_subtype: str | None = None


@dataclass(slots=True)
class LabelledTranscript:
    transcript_id: int
    transcript: Transcript
    gold: list[Gold]


@dataclass(slots=True)
class AnnoMI:
    train: list[LabelledTranscript] = field(default_factory=list)
    test: list[LabelledTranscript] = field(default_factory=list)

    def fit_and_validation(self) -> tuple[list[LabelledTranscript], list[LabelledTranscript]]:
        """The train transcripts split for model selection: every 9th train transcript
        id (12 of 106) is the validation slice, the rest is fitted on. The test
        transcripts are in neither."""
        val_ids = set(sorted(t.transcript_id for t in self.train)[::9])
        fit = [t for t in self.train if t.transcript_id not in val_ids]
        return fit, [t for t in self.train if t.transcript_id in val_ids]


def load_annomi(data_dir: Path) -> AnnoMI:
    """Read AnnoMI from ``data_dir``; InvalidInput names what is missing or wrong."""
    missing = [name for name in _FILES if not (data_dir / name).is_file()]
    if missing:
        raise InvalidInput(
            "--data", f"{data_dir} is not an AnnoMI folder (missing {', '.join(missing)})"
        )
    try:
        split = json.loads((data_dir / "split.json").read_text(encoding="utf-8"))
        simple = _read_csv(data_dir / "AnnoMI-simple.csv")
        full = _read_csv(data_dir / "AnnoMI-full.csv")
        return _build(simple, full, set(split["train"]), set(split["test"]))
    except (KeyError, ValueError, TypeError, UnicodeDecodeError, csv.Error) as err:
        raise InvalidInput("--data", f"{data_dir} holds unreadable AnnoMI files ({err})") from None


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _label(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "n/a") else value


def _majority(values: Iterable[str]) -> str | None:
    """Most frequent non-empty label; ties go to the alphabetically first, for stability."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    return min(label for label, n in counts.items() if n == best)


def _subtypes(full: list[dict[str, str]]) -> dict[tuple[int, int], tuple[str | None, ...]]:
    """Subtype labels per (transcript, utterance), collapsed by majority over annotators."""
    votes: dict[tuple[int, int], list[list[str]]] = defaultdict(lambda: [[], [], []])
    columns = ("question_subtype", "reflection_subtype", "therapist_input_subtype")
    for row in full:
        key = (int(row["transcript_id"]), int(row["utterance_id"]))
        for slot, column in enumerate(columns):
            label = _label(row[column])
            if label is not None:
                votes[key][slot].append(label)
    return {key: tuple(_majority(slot) for slot in slots) for key, slots in votes.items()}


def _build(
    simple: list[dict[str, str]], full: list[dict[str, str]], train: set[int], test: set[int]
) -> AnnoMI:
    subtypes = _subtypes(full)
    rows: dict[int, list[dict[str, str]]] = defaultdict(list)
    for row in simple:
        rows[int(row["transcript_id"])].append(row)
    data = AnnoMI()
    for tid in sorted(rows):
        ordered = sorted(rows[tid], key=lambda r: int(r["utterance_id"]))
        labelled = _transcript(tid, ordered, subtypes)
        if tid in test:
            data.test.append(labelled)
        elif tid in train:
            data.train.append(labelled)
    return data


def _transcript(
    tid: int, rows: list[dict[str, str]], subtypes: dict[tuple[int, int], tuple[str | None, ...]]
) -> LabelledTranscript:
    utterances: list[Utterance] = []
    gold: list[Gold] = []
    turn = -1
    previous_speaker = ""
    for row in rows:
        speaker = row["interlocutor"].strip()
        if speaker != previous_speaker:
            turn += 1
            previous_speaker = speaker
        role: Role = "coach" if speaker == _COACH else "client"
        utterances.append(
            Utterance(
                index=len(utterances),
                turn=turn,
                speaker=speaker,
                role=role,
                text=row["utterance_text"].strip(),
            )
        )
        question, reflection, given = subtypes.get(
            (tid, int(row["utterance_id"])), (None, None, None)
        )
        gold.append(
            Gold(
                behaviour=_label(row["main_therapist_behaviour"]),
                talk_type=_label(row["client_talk_type"]),
                question_subtype=question,
                reflection_subtype=reflection,
                input_subtype=given,
            )
        )
    return LabelledTranscript(tid, Transcript(utterances=utterances, coach=_COACH), gold)


# --- scoring -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClassScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class TaskScore:
    """Scores of one task. ``confusion[i][j]``: gold ``labels[i]`` predicted ``labels[j]``;
    ``outside``: the predictions that are none of ``labels`` (a gold question coded as a
    reflection, end to end), most first, whose items are in no column of ``confusion``."""

    labels: tuple[str, ...]
    per_class: dict[str, ClassScore]
    macro_f1: float
    confusion: list[list[int]]
    n: int
    outside: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "macro_f1": round(self.macro_f1, 4),
            "n": self.n,
            "labels": list(self.labels),
            "per_class": {
                label: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "support": s.support,
                }
                for label, s in self.per_class.items()
            },
            "confusion": self.confusion,
            "outside": dict(self.outside),
        }


def score(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> TaskScore:
    """Per-class precision/recall/F1, macro-F1 over ``labels`` and the confusion matrix."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    index = {label: i for i, label in enumerate(labels)}
    confusion = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, predicted, strict=True):
        if p in index:
            confusion[index[g]][index[p]] += 1
    # Support counts every gold item, also those predicted outside ``labels`` (misses).
    support = Counter(gold)
    per_class = {label: _class_score(confusion, i, support[label]) for label, i in index.items()}
    macro = sum(s.f1 for s in per_class.values()) / len(labels)
    outside = Counter(p for p in predicted if p not in index)
    ranked = dict(sorted(outside.items(), key=lambda item: (-item[1], item[0])))
    return TaskScore(tuple(labels), per_class, macro, confusion, len(gold), ranked)


def _class_score(confusion: list[list[int]], i: int, support: int) -> ClassScore:
    true_pos = confusion[i][i]
    predicted = sum(row[i] for row in confusion)
    precision = true_pos / predicted if predicted else 0.0
    recall = true_pos / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ClassScore(precision, recall, f1, support)


_QUESTION_SUBTYPE = {"open_question": "open", "closed_question": "closed"}
_REFLECTION_SUBTYPE = {"simple_reflection": "simple", "complex_reflection": "complex"}


TASKS = (
    "therapist",
    "client",
    "question_subtype",
    "reflection_subtype",
    "question_subtype_end_to_end",
    "reflection_subtype_end_to_end",
)
TASK_LABELS = {
    "therapist": THERAPIST_CLASSES,
    "client": CLIENT_CLASSES,
    "question_subtype": QUESTION_SUBTYPES,
    "reflection_subtype": REFLECTION_SUBTYPES,
    "question_subtype_end_to_end": QUESTION_SUBTYPES,
    "reflection_subtype_end_to_end": REFLECTION_SUBTYPES,
}


def score_coder(coder: Coder, transcripts: Sequence[LabelledTranscript]) -> dict[str, TaskScore]:
    """Code each labelled transcript with ``coder`` and score it (:func:`evaluate`)."""
    return evaluate(transcripts, [coder.code(labelled.transcript) for labelled in transcripts])


def evaluate(
    transcripts: Sequence[LabelledTranscript], coded: Sequence[Sequence[CodedUtterance]]
) -> dict[str, TaskScore]:
    """Score coded transcripts against AnnoMI's gold labels, per task.

    Our codes are mapped onto AnnoMI's: coach codes by their coarse group. The subtype
    tasks are the issue's: open/closed on the utterances AnnoMI labels as questions, and
    simple/complex on its reflections, read from the coder's form decision
    (``question_form``, ``reflection_depth``; the code's subtype when a coder gives none).
    The ``*_end_to_end`` tasks are stricter: the subtype of our *code*, where a code
    outside the group (a gold question coded as a reflection, say) counts as a miss, and
    is kept as predicted (``TaskScore.outside`` counts such codes).
    """
    pairs: dict[str, tuple[list[str], list[str]]] = {task: ([], []) for task in TASKS}
    for labelled, codes in zip(transcripts, coded, strict=True):
        for gold, item in zip(labelled.gold, codes, strict=True):
            _collect(pairs, gold, item)
    return {task: score(g, p, TASK_LABELS[task]) for task, (g, p) in pairs.items()}


def _collect(
    pairs: dict[str, tuple[list[str], list[str]]], gold: Gold, item: CodedUtterance
) -> None:
    def add(task: str, g: str, p: str) -> None:
        pairs[task][0].append(g)
        pairs[task][1].append(p)

    code = item.code
    if gold.behaviour is not None:
        add("therapist", gold.behaviour, COARSE_GROUP.get(code, "other"))
        if gold.behaviour == "question" and gold.question_subtype is not None:
            strict = _QUESTION_SUBTYPE.get(code, code)
            add("question_subtype", gold.question_subtype, item.question_form or strict)
            add("question_subtype_end_to_end", gold.question_subtype, strict)
        if gold.behaviour == "reflection" and gold.reflection_subtype is not None:
            strict = _REFLECTION_SUBTYPE.get(code, code)
            add("reflection_subtype", gold.reflection_subtype, item.reflection_depth or strict)
            add("reflection_subtype_end_to_end", gold.reflection_subtype, strict)
    elif gold.talk_type is not None:
        add("client", gold.talk_type, code)
