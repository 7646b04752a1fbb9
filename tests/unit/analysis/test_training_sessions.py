"""The labelled sessions the linear heads may be fitted on (``training/coaching_sessions``)
and the scripts that read them."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from coachconn.analysis import coaching

ROOT = Path(__file__).resolve().parents[3]
SESSIONS = ROOT / "training" / "coaching_sessions"


def _script(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "training"))  # the scripts import folds.py
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "training" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # a dataclass looks its module up there
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "training"))
        sys.modules.pop(name, None)
    return module


def test_the_sessions_load_whole_and_fictional() -> None:
    sessions = coaching.load_coaching_set(SESSIONS, "dev")
    assert sorted(s.transcript_id for s in sessions) == sorted(f"s{k}" for k in range(1, 19))
    assert sum(len(s.gold) for s in sessions) == 1232
    for path in SESSIONS.glob("s*.jsonl"):
        header = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        assert header["fictional"] is True, path.name
    # None of them is a session of the coaching evaluation set.
    evaluation = {s.transcript_id for s in coaching.load_coaching_set(coaching.DATA_DIR)}
    assert not evaluation & {s.transcript_id for s in sessions}


def test_score_sessions_refuses_an_unknown_session(monkeypatch: pytest.MonkeyPatch) -> None:
    script = _script("score_sessions")
    argv = ["score_sessions", str(SESSIONS), "--only", "s13", "s99", "--model", "nowhere"]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit, match="s99"):
        script.main()


def test_fit_flags_adds_sessions_but_those_left_out() -> None:
    pytest.importorskip("sklearn")  # the train extra's
    script = _script("fit_flags")
    texts, _, groups = script.dev_rows()
    more, more_gold, more_groups = script.dev_rows([SESSIONS], {"s13", "s14"})
    added = coaching.load_coaching_set(SESSIONS, "dev")
    kept = [s for s in added if s.transcript_id not in ("s13", "s14")]
    client = sum(u.role == "client" for s in kept for u in s.transcript.utterances)
    assert len(more) == len(texts) + client
    assert more_gold.shape == (len(more), 3)
    # each added session is a fold of its own
    assert len(set(more_groups.tolist())) == len(set(groups.tolist())) + len(kept)


def test_fit_flags_refuses_a_session_read_twice() -> None:
    pytest.importorskip("sklearn")
    script = _script("fit_flags")
    with pytest.raises(SystemExit, match="twice"):
        script.dev_rows([SESSIONS, SESSIONS])


def test_dev_sessions_add_sessions_but_those_left_out() -> None:
    folds = _script("folds")
    base = [s.transcript_id for s in folds.dev_sessions()]
    found = [s.transcript_id for s in folds.dev_sessions([SESSIONS], {"s13", "s18"})]
    assert found[: len(base)] == base
    assert sorted(found[len(base) :]) == sorted(f"s{k}" for k in range(1, 19) if k not in (13, 18))
    # each session is one fold: one read twice is refused, by name
    others = {f"s{k}" for k in range(1, 19) if k != 5}
    with pytest.raises(SystemExit, match="session s5 is read twice"):
        folds.dev_sessions([SESSIONS, SESSIONS], others)


def test_a_choice_made_in_each_fold_never_sees_the_fold() -> None:
    folds = _script("folds")
    groups = np.array(["a", "a", "b", "b", "rules"])
    gold = np.array([1, 0, 1, 0, 1])
    candidates = [np.zeros(5, dtype=int), np.array([1, 0, 1, 1, 1])]
    seen = []

    def accuracy(g: np.ndarray, c: np.ndarray) -> float:
        seen.append(len(g))
        return float((g == c).mean())

    chosen = folds.chosen_in_turn(groups, gold, candidates, accuracy, ["a", "b"])
    # b is coded by the second candidate, right on all of a; a by the first, which ties
    # the second on b; the group not judged keeps the first's codes
    assert chosen.tolist() == [0, 0, 1, 1, 0]
    assert seen == [2, 2, 2, 2]  # each choice read only the other judged group's rows
    # by default every group is judged, each choice on all the others' rows
    assert folds.chosen_in_turn(groups, gold, candidates, accuracy).tolist() == [1, 0, 1, 1, 1]


def test_a_choice_keeps_the_first_best_allowed_setting() -> None:
    folds = _script("folds")
    rules = np.zeros(2)
    choice = folds.Choice([rules], 0.5)
    choice.offer("low", np.ones(2), 0.4)
    choice.offer("barred", np.ones(2), 0.9, allowed=False)
    choice.offer("first", np.ones(2), 0.7)
    choice.offer("tie", np.ones(2), 0.7)
    assert (choice.setting, choice.figure) == ("first", 0.7)
    assert len(choice.candidates) == 4  # the rules and the three allowed settings
    assert choice.candidates[0] is rules


def test_fit_talk_reads_one_setting() -> None:
    pytest.importorskip("scipy")
    pytest.importorskip("sklearn")
    script = _script("fit_talk")
    assert script.parse_setting("0.01,1.0,none,0.25") == ([(0.01, 1.0, None)], (0.25,))
    assert script.parse_setting("0.1,0.3,balanced,0.5") == ([(0.1, 0.3, "balanced")], (0.5,))
    with pytest.raises(SystemExit, match="classes"):
        script.parse_setting("0.1,0.3,weighted,0.5")
