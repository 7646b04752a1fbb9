"""`coachconn analyze --coach NAME` loads what coding a transcript needs and nothing
more: no deep learning framework (the encoder runs on onnxruntime), and none of the
storage or web stack, nor the settings, whose imports alone would cost a short
transcript's analysis a noticeable part of its time. (Without --coach it opens the
practice, where there is one, to read the coach's name: then the storage stack is
needed.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"
ARGS = (str(TRANSCRIPTS / "zoom.vtt"), "--coach", "Lena Hart", "--format", "json")
# (pydantic_settings: the settings are read only where the practice is opened.)
NOT_NEEDED = (
    *("torch", "transformers", "sqlalchemy", "fastapi", "uvicorn", "alembic", "jinja2"),
    "pydantic_settings",
)
# Other commands' own modules: the evaluation sets' readers, the error log (and logging),
# the records that only other commands show.
OTHER_COMMANDS = (
    *("coachconn.analysis.annomi", "coachconn.analysis.coaching", "coachconn.cli._log"),
    *("coachconn.core.clients", "coachconn.core.goals", "coachconn.core.notes"),
    *("coachconn.core.pins", "coachconn.core.sessions"),
)


def test_analyze_imports_neither_a_framework_nor_the_storage_and_web_stack(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "coachconn", "analyze", *ARGS],
        capture_output=True,
        text=True,
        env={**os.environ, "COACHCONN_DATA_DIR": str(tmp_path)},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"utterances"' in done.stdout  # it did code the file
    # -X importtime writes one line per module imported: "import time: self | total | name".
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    loaded = {name.split(".")[0] for name in modules}
    assert "onnxruntime" in loaded and "coachconn" in loaded
    assert sorted(loaded & set(NOT_NEEDED)) == []
    assert sorted(modules & {*OTHER_COMMANDS, "logging"}) == []
