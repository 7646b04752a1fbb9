"""The labelled sessions the linear heads may be fitted on (``training/coaching_sessions``)
and the scripts that read them."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

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


def test_fit_talk_reads_each_added_session_once(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("scipy")  # the train extra's
    pytest.importorskip("sklearn")
    script = _script("fit_talk")
    monkeypatch.setattr(script, "read", lambda coder, transcript, gold, group: group)
    found = script.more_sessions(None, [SESSIONS], {"s13", "s18"}, {"t1", "t9"})
    assert sorted(found) == sorted(f"s{k}" for k in range(1, 19) if k not in (13, 18))
    with pytest.raises(SystemExit, match="s5"):
        script.more_sessions(None, [SESSIONS], set(), {"s5"})


def test_fit_statements_adds_sessions_but_those_left_out() -> None:
    pytest.importorskip("sklearn")
    script = _script("fit_statements")
    base = [s.transcript_id for s in script.dev_sessions([], set())]
    found = [s.transcript_id for s in script.dev_sessions([SESSIONS], {"s13"})]
    assert found[: len(base)] == base
    assert sorted(found[len(base) :]) == sorted(f"s{k}" for k in range(1, 19) if k != 13)
    with pytest.raises(SystemExit, match="twice"):
        script.dev_sessions([SESSIONS, SESSIONS], set())


def test_fit_talk_reads_one_setting() -> None:
    pytest.importorskip("scipy")
    pytest.importorskip("sklearn")
    script = _script("fit_talk")
    assert script.parse_setting("0.01,1.0,none,0.25") == ([(0.01, 1.0, None)], (0.25,))
    assert script.parse_setting("0.1,0.3,balanced,0.5") == ([(0.1, 0.3, "balanced")], (0.5,))
    with pytest.raises(SystemExit, match="classes"):
        script.parse_setting("0.1,0.3,weighted,0.5")
