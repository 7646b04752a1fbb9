"""Ctrl-C (SIGINT) stops a command with one short line and exit status 130, as a
shell counts an interrupted program, never a traceback; a change it cut short is not
kept, as every change is one transaction."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from tests.cli.conftest import RunCli, json_of

from coachconn.cli import analyze
from coachconn.storage.uow import UnitOfWork

ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPTS = ROOT / "tests" / "fixtures" / "transcripts"

INTERRUPTED = "interrupted: a change not yet saved is not kept\n"


def test_a_write_interrupted_as_it_commits_is_not_kept(
    engaged: tuple[RunCli, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    run, client, _ = engaged

    def pressed_ctrl_c(self: UnitOfWork) -> None:
        self.flush()  # the note is written, not yet committed
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(UnitOfWork, "commit", pressed_ctrl_c)
        ran = run("notes", "add", str(client), "--text", "Sounded tired")

    assert (ran.code, ran.out, ran.err) == (130, "", INTERRUPTED)
    assert json_of(run("notes", "list", str(client), "--format", "json")) == []


def test_an_analysis_interrupted_says_so_in_one_line(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    def pressed_ctrl_c(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(analyze, "measure_transcript", pressed_ctrl_c)
    ran = run_cli("analyze", str(TRANSCRIPTS / "zoom.vtt"), "--coach", "Lena Hart")

    assert (ran.code, ran.out, ran.err) == (130, "", INTERRUPTED)


def test_ctrl_c_while_the_command_starts_says_so_in_one_line() -> None:
    # Ctrl-C lands while the CLI's modules are still being imported: a finder raises it
    # as Python looks for coachconn.cli, where the key press would.
    pressed = (
        "import sys\n"
        "class CtrlC:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'coachconn.cli':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, CtrlC())\n"
        "from coachconn.entry import run\n"
        "run()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", pressed], capture_output=True, text=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout) == (130, "")
    assert done.stderr == "interrupted as it started: nothing was done\n"


def test_the_installed_command_starts_through_the_entry_point() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert scripts["project"]["scripts"]["coachconn"] == "coachconn.entry:run"
