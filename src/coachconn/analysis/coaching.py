"""The hand-labelled coaching evaluation set: read it, and score a coder on it.

Eight fictional coaching sessions (``coaching_eval/``, labelling guide in its
README.md) labelled with the product's own codes: every coach utterance's code
and, for questions, its category; every client utterance's talk type and its
reflecting / reporting / disclosure flags. AnnoMI measures the model's part of the
coder; this set measures the parts AnnoMI has no labels for (affirmation,
self-disclosure, structuring, question categories, client flags) on coaching
rather than counselling talk.

Reading is limited to :func:`load_coaching_set`, which takes the folder as an
argument; scoring works on plain values and reuses :func:`annomi.score`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachconn.analysis.annomi import CLIENT_CLASSES, THERAPIST_CLASSES, TaskScore, score
from coachconn.analysis.segment import segment_turn
from coachconn.analysis.types import (
    CLIENT_CODES,
    CLIENT_FLAGS,
    COACH_CODES,
    COARSE_GROUP,
    QUESTION_CATEGORIES,
    CodedUtterance,
    Role,
    Transcript,
    Utterance,
)
from coachconn.core.errors import InvalidInput

if TYPE_CHECKING:  # the coder module loads numpy; only its protocol is needed here
    from coachconn.analysis.coder import Coder

DATA_DIR = Path(__file__).resolve().parent / "coaching_eval"
SPLITS = ("dev", "test")
SPLIT_CHOICES = (*SPLITS, "all")
_HEADER_REQUIRED = ("transcript", "coach", "client_goal")
_HEADER_OPTIONAL = ("title", "topic", "client", "coach_style", "fictional")
_COACH_KEYS = frozenset({"speaker", "text", "code", "question_category"})
_CLIENT_KEYS = frozenset({"speaker", "text", "code", *CLIENT_FLAGS})


@dataclass(frozen=True, slots=True)
class Label:
    """Gold labels of one utterance. Coach: ``code`` from COACH_CODES and, for a
    question, ``question_category``. Client: ``code`` from CLIENT_CODES and the flags."""

    code: str
    question_category: str | None = None
    reflecting: bool = False
    reporting: bool = False
    disclosure: bool = False


@dataclass(slots=True)
class LabelledSession:
    """One labelled session; ``recut``: a note for each turn the product would cut into
    other utterances than the file's lines (:func:`recut_note`), scored as the file gives
    them."""

    transcript_id: str
    split: str
    client_goal: str
    transcript: Transcript
    gold: list[Label]
    recut: list[str] = field(default_factory=list)


def load_coaching_set(data_dir: Path, split: str = "all") -> list[LabelledSession]:
    """The sessions of ``split`` (dev, test or all) from ``data_dir``, in split.json's order.

    Raises InvalidInput (``--split`` or ``--data``) naming the file, the line and what
    is wrong: a missing or malformed split.json, a transcript in no split or in two,
    an unknown code, a question without its category, or a client line without its
    flags. A turn whose lines are not the utterances the product would cut it into is
    read as the file gives it, and named in the session's ``recut`` notes: the labels
    belong to the file's lines, and a set written to another cut is still worth scoring.
    """
    if split not in SPLIT_CHOICES:
        raise InvalidInput("--split", f"expected dev, test or all, got {split!r}")
    split_file = data_dir / "split.json"
    if not split_file.is_file():
        raise InvalidInput(
            "--data", f"{data_dir} is not a coaching evaluation folder (missing split.json)"
        )
    assignment = _read_split(split_file)
    files = _files_by_id(data_dir)
    missing = [tid for tid in assignment if tid not in files]
    unlisted = [tid for tid in files if tid not in assignment]
    if missing:
        raise InvalidInput("--data", f"split.json lists {', '.join(missing)} but no file has it")
    if unlisted:
        raise InvalidInput("--data", f"{', '.join(unlisted)} is in no split of split.json")
    # Every session is checked, whatever the split asked for: a bad label in a test
    # file must not pass unseen while the rules are tuned on dev.
    sessions = {tid: _session(files[tid], assignment[tid]) for tid in assignment}
    chosen = [sessions[tid] for tid in assignment if split in ("all", assignment[tid])]
    if not chosen:
        raise InvalidInput("--split", f"split.json in {data_dir} lists no {split} sessions")
    return chosen


def _fail(path: Path, line: int | None, reason: str) -> InvalidInput:
    where = path.name if line is None else f"{path.name} line {line}"
    return InvalidInput("--data", f"{where}: {reason}")


def _read_split(path: Path) -> dict[str, str]:
    """Transcript id -> split, in the file's order."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise _fail(path, None, f"cannot be read ({err.strerror or err})") from None
    except (ValueError, UnicodeDecodeError, RecursionError) as err:
        raise _fail(path, None, f"not valid JSON ({err})") from None
    if not isinstance(raw, dict) or set(raw) != set(SPLITS):
        raise _fail(path, None, 'expected {"dev": [ids], "test": [ids]}')
    assignment: dict[str, str] = {}
    for name in SPLITS:
        ids = raw[name]
        if not isinstance(ids, list) or not all(isinstance(i, str) and i for i in ids):
            raise _fail(path, None, f"{name!r} must be a list of transcript ids")
        for tid in ids:
            if tid in assignment:
                raise _fail(path, None, f"{tid} is listed twice")
            assignment[tid] = name
    return assignment


@dataclass(frozen=True, slots=True)
class _File:
    path: Path
    header: dict[str, Any]
    # (line number, record) of every utterance line.
    lines: list[tuple[int, dict[str, Any]]]


def _files_by_id(data_dir: Path) -> dict[str, _File]:
    """Every ``*.jsonl`` file of the folder, by the transcript id in its header."""
    found: dict[str, _File] = {}
    for path in sorted(data_dir.glob("*.jsonl")):
        records = _records(path)
        first_line, header = records[0]
        tid = _header(path, first_line, header)["transcript"]
        if tid in found:
            raise _fail(path, first_line, f"transcript {tid} is also in {found[tid].path.name}")
        found[tid] = _File(path, header, records[1:])
    return found


def _records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise _fail(path, None, "not UTF-8 text") from None
    except OSError as err:
        raise _fail(path, None, f"cannot be read ({err.strerror or err})") from None
    records: list[tuple[int, dict[str, Any]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except RecursionError:
            raise _fail(path, number, "not valid JSON (nested too deeply)") from None
        except ValueError as err:
            raise _fail(path, number, f"not valid JSON ({err})") from None
        if not isinstance(record, dict):
            raise _fail(path, number, "expected a JSON object")
        records.append((number, record))
    if not records:
        raise _fail(path, None, "empty file")
    return records


def _header(path: Path, line: int, header: dict[str, Any]) -> dict[str, Any]:
    missing = [key for key in _HEADER_REQUIRED if not _text(header.get(key))]
    if missing:
        raise _fail(path, line, f"the header needs {', '.join(missing)} (non-empty text)")
    unknown = sorted(set(header) - set(_HEADER_REQUIRED) - set(_HEADER_OPTIONAL))
    if unknown:
        raise _fail(path, line, f"unknown header key {', '.join(unknown)}")
    return header


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _session(file: _File, split: str) -> LabelledSession:
    path, header = file.path, file.header
    coach = header["coach"]
    utterances: list[Utterance] = []
    gold: list[Label] = []
    turns: list[list[int]] = []  # line numbers of each turn's records
    for number, record in file.lines:
        speaker = record.get("speaker")
        if not isinstance(speaker, str) or not speaker.strip():
            raise _fail(path, number, "speaker must be non-empty text")
        role: Role = "coach" if speaker == coach else "client"
        gold.append(_label(path, number, record, role))
        if not utterances or utterances[-1].speaker != speaker:
            turns.append([])
        turns[-1].append(number)
        utterances.append(Utterance(len(utterances), len(turns) - 1, speaker, role, record["text"]))
    if {u.role for u in utterances} != {"coach", "client"}:
        raise _fail(path, None, f"needs utterances from the coach ({coach}) and the client")
    recut = []
    for turn, lines in enumerate(turns):
        said = [u for u in utterances if u.turn == turn]
        note = recut_note(path, lines, [u.text for u in said], role=said[0].role)
        if note is not None:
            recut.append(note)
    transcript = Transcript(utterances=utterances, coach=coach)
    return LabelledSession(
        header["transcript"], split, header["client_goal"], transcript, gold, recut
    )


def recut_note(
    path: Path, lines: list[int], texts: list[str], *, role: str | None = None
) -> str | None:
    """What the product would make of a turn whose lines are not the utterances it cuts
    the turn into; None where they are.

    The product joins a speaker's consecutive lines into one turn, then cuts the turn
    into utterances: each question alone (with a set-up such as "Imagine..." before it),
    a run of statements together (:func:`segment_turn`, told whose turn it is: a
    coach's last question may lack its mark, a client's statement may rise). Gold labels
    are per line, so a set written to the product's cut measures the coder on exactly
    what `analyze` codes.
    """
    cut = [span.text for span in segment_turn(" ".join(texts), role=role)]
    if cut == texts:
        return None
    where = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}-{lines[-1]} (one turn)"
    return (
        f"{path.name} {where}: the product reads this as {len(cut)} utterance(s), "
        f"not {len(texts)}: {' | '.join(cut)}"
    )


def _label(path: Path, number: int, record: dict[str, Any], role: Role) -> Label:
    if not _text(record.get("text")):
        raise _fail(path, number, "text must be non-empty text")
    if record["text"] != record["text"].strip():
        raise _fail(path, number, "text has white space at either end")
    code = record.get("code")
    if role == "coach":
        unknown = sorted(set(record) - _COACH_KEYS)
        if unknown:
            raise _fail(path, number, f"a coach line takes no {', '.join(unknown)}")
        if code not in COACH_CODES:
            raise _fail(path, number, f"coach code {code!r} is not one of {', '.join(COACH_CODES)}")
        category = record.get("question_category")
        if code.endswith("_question"):
            if category not in QUESTION_CATEGORIES:
                raise _fail(
                    path,
                    number,
                    f"a question needs question_category, one of {', '.join(QUESTION_CATEGORIES)}"
                    f" (got {category!r})",
                )
        elif category is not None:
            raise _fail(path, number, f"question_category given for a {code}")
        return Label(code, question_category=category)
    unknown = sorted(set(record) - _CLIENT_KEYS)
    if unknown:
        raise _fail(path, number, f"a client line takes no {', '.join(unknown)}")
    if code not in CLIENT_CODES:
        raise _fail(path, number, f"client code {code!r} is not one of {', '.join(CLIENT_CODES)}")
    flags = {flag: record.get(flag) for flag in CLIENT_FLAGS}
    wrong = [flag for flag, value in flags.items() if not isinstance(value, bool)]
    if wrong:
        raise _fail(path, number, f"a client line needs {', '.join(wrong)} as true or false")
    return Label(
        code,
        reflecting=flags["reflecting"] is True,
        reporting=flags["reporting"] is True,
        disclosure=flags["disclosure"] is True,
    )


# --- scoring -----------------------------------------------------------------------------

# Binary detection tasks: the task name is its positive label.
BINARY_TASKS = ("affirmation", "self_disclosure", "structuring", *CLIENT_FLAGS)
TASKS = (
    "coach_code",
    "coach_group",
    "question_category",
    "question_category_end_to_end",
    "affirmation",
    "self_disclosure",
    "structuring",
    "client_talk",
    "reflecting",
    "reporting",
    "disclosure",
)
TASK_LABELS: dict[str, tuple[str, ...]] = {
    "coach_code": COACH_CODES,
    "coach_group": THERAPIST_CLASSES,
    "question_category": QUESTION_CATEGORIES,
    "question_category_end_to_end": QUESTION_CATEGORIES,
    "client_talk": CLIENT_CLASSES,
    **{task: (task, f"not_{task}") for task in BINARY_TASKS},
}


def score_coder(coder: Coder, sessions: Sequence[LabelledSession]) -> dict[str, TaskScore]:
    """Code each labelled session with ``coder`` and score it (:func:`evaluate`)."""
    return evaluate(sessions, [coder.code(session.transcript) for session in sessions])


def evaluate(
    sessions: Sequence[LabelledSession], coded: Sequence[Sequence[CodedUtterance]]
) -> dict[str, TaskScore]:
    """Score coded sessions against the gold labels, per task (see TASKS).

    Coach tasks run on every coach utterance: the full code, its coarse group (as in
    ``eval annomi``) and one binary detection task each for affirmation,
    self-disclosure and structuring (code equals the class or not). Question
    categories run on gold questions: ``question_category`` on those the coder also
    coded as a question (the category rule alone), ``*_end_to_end`` on all of them,
    where a gold question coded as something else counts as a miss, kept as its code
    (``TaskScore.outside``). Client tasks run
    on every client utterance: talk type, and one binary task per flag.
    """
    pairs: dict[str, tuple[list[str], list[str]]] = {task: ([], []) for task in TASKS}

    def add(task: str, gold: str, predicted: str) -> None:
        pairs[task][0].append(gold)
        pairs[task][1].append(predicted)

    def binary(task: str, gold: bool, predicted: bool) -> None:
        add(task, task if gold else f"not_{task}", task if predicted else f"not_{task}")

    for session, items in zip(sessions, coded, strict=True):
        for utterance, gold, item in zip(
            session.transcript.utterances, session.gold, items, strict=True
        ):
            if utterance.role == "coach":
                add("coach_code", gold.code, item.code)
                add("coach_group", COARSE_GROUP[gold.code], COARSE_GROUP.get(item.code, "other"))
                for task in ("affirmation", "self_disclosure", "structuring"):
                    binary(task, gold.code == task, item.code == task)
                if gold.question_category is not None:
                    asked = item.code.endswith("_question") and item.question_category
                    predicted = item.question_category if asked else None
                    # A miss keeps what it was coded as, for the line under the confusion.
                    miss = "no category" if item.code.endswith("_question") else item.code
                    add("question_category_end_to_end", gold.question_category, predicted or miss)
                    if predicted is not None:
                        add("question_category", gold.question_category, predicted)
            else:
                add("client_talk", gold.code, item.code)
                for flag in CLIENT_FLAGS:
                    binary(flag, getattr(gold, flag), getattr(item, flag))
    return {task: score(g, p, TASK_LABELS[task]) for task, (g, p) in pairs.items()}


def headline(task: str, result: TaskScore) -> float:
    """The one figure of a task: the positive class's F1 for a binary task, else macro-F1."""
    if task in BINARY_TASKS:
        return result.per_class[task].f1
    return result.macro_f1
