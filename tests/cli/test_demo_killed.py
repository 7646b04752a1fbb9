"""`coachconn demo` killed halfway (``kill -9``, the battery running out, the laptop
shut down) leaves no client behind: the load is one transaction, and a process that
stops before committing it commits nothing. Running `demo` again then loads it whole,
where a half-loaded practice would refuse it (a practice with clients takes no demo)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from tests.cli.conftest import RunCli, json_of

from coachconn.demo import PRACTICE

# `coachconn demo`, in a process that kills itself as the loader adds its fourth goal,
# by then well into the load: several clients, their sessions and notes added.
_KILLED_HALFWAY = """
import os, signal, sys
from coachconn.services import goals

real_add_goal = goals.add_goal
calls = 0


def add_goal(*args, **kwargs):
    global calls
    calls += 1
    if calls == 4:
        os.kill(os.getpid(), signal.SIGKILL)
    return real_add_goal(*args, **kwargs)


goals.add_goal = add_goal
from coachconn.cli import main

sys.exit(main(["demo"]))
"""


def test_a_demo_killed_halfway_leaves_no_client_and_loads_whole_when_run_again(
    initialised: RunCli,
) -> None:
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_HALFWAY],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=False,
        timeout=120,
    )
    left = json_of(initialised("clients", "list", "--format", "json"))
    again = initialised("demo")

    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert left == []
    assert again.code == 0, again.err
    assert len(json_of(initialised("clients", "list", "--format", "json"))) == len(PRACTICE.clients)
