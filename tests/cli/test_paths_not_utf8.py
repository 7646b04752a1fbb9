"""A data folder named in bytes that are not UTF-8 (a disk from an older system, say)
is printed back as the same bytes, where standard output takes only UTF-8 (a desktop's
UTF-8 locale), rather than failing as an internal error once the work is done."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_init_prints_a_data_folder_whose_name_is_not_utf8(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path) + b"/practice-\xff"
    env = {
        **os.environ,
        "COACHCONN_DATA_DIR": os.fsdecode(folder),
        "PYTHONIOENCODING": "utf-8:strict",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }

    done = subprocess.run(
        [sys.executable, "-m", "coachconn", "init", "--name", "Maya", "--timezone", "UTC"],
        capture_output=True,
        env=env,
        check=False,
    )

    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert b"data folder: " + folder + b"\n" in done.stdout
    assert os.path.isfile(folder + b"/coachconn.db")
