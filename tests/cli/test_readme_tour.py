"""The README's tour of the command line runs as written, on any day: each line
succeeds, in order, and gives the ids its comment names.

It runs in a fresh practice, as the README's reader starts with: SQLite in a new data
folder, on either backend's run (the test server's PostgreSQL ids run on from the
tests before, so the ids named would not be the ones given)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from coachconn.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"
# The tour's two blocks: the first commands, then records added after them.
FIRST_LINES = "coachconn init --name"
RECORD_LINES = "coachconn clients add --name"
# `# session 103, still ahead`: the kind of record a line makes and its id.
MADE = re.compile(r"#\s*(client|engagement|session|note) (\d+)\b")


def _block_starting(first: str) -> list[str]:
    """The lines of the README's shell block whose first line starts with ``first``."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    found = [b for b in blocks if b.startswith(first)]
    assert len(found) == 1, f"the README has no one block starting {first!r}"
    return [line for line in found[0].splitlines() if line.startswith("coachconn ")]


def test_the_readme_tour_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COACHCONN_DATA_DIR", str(tmp_path / "data"))
    lines = _block_starting(FIRST_LINES) + _block_starting(RECORD_LINES)
    ran = 0
    for line in lines:
        args = shlex.split(line, comments=True)[1:]
        if args[0] == "serve":  # serves until stopped
            continue
        capsys.readouterr()
        code = main(args)
        out, err = capsys.readouterr()
        assert code == 0, f"{line}\n{err}"
        made = MADE.search(line)
        if made is not None:
            kind, ident = made.groups()
            assert re.search(rf"\b{kind} {ident}\b", out), f"{line}\n{out}"
        ran += 1
    assert ran > 20
