"""Whether a call finishes in time: for the tests that keep a long input from costing
time that grows with its square, with a deadline generous enough for a busy machine."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


def finishes_within(seconds: float, call: Callable[[], Any]) -> bool:
    """Whether ``call`` returns (or raises) within ``seconds``. It runs on a daemon
    thread, so a call that overruns is left behind rather than holding the test up."""
    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(seconds)
    return not thread.is_alive()
