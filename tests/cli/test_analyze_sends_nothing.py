"""Coding a transcript writes nothing outside the data folder and sends nothing out.
ONNX Runtime, which runs the encoder, collects telemetry for Microsoft unless told not
to: it keeps a device id and a queue of events (the process, the machine, each model
loaded) under ~/.cache/Microsoft, to be uploaded. coachconn tells it not to."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"


def test_analyze_leaves_no_telemetry_behind(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("ORT_DISABLE_TELEMETRY", "XDG_CACHE_HOME")
    }
    done = subprocess.run(
        [sys.executable, "-m", "coachconn", "analyze", str(TRANSCRIPTS / "zoom.vtt"),
         "--coach", "Lena Hart", "--format", "json"],
        capture_output=True,
        text=True,
        env={**env, "HOME": str(home), "COACHCONN_DATA_DIR": str(tmp_path / "data")},
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"utterances"' in done.stdout  # the model was loaded and run
    assert sorted(str(p.relative_to(home)) for p in home.rglob("*")) == []
