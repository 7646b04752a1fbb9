"""A guard against work that hangs: a pattern that reads a long run of text again from
each of its characters takes minutes where it should take milliseconds.

The deadline is generous (seconds, for work that takes milliseconds), so a busy machine
does not fail the test; a hang does. Where the platform allows (an alarm signal, on the
main thread), the work is stopped at the deadline: the matching of a regular expression
checks for signals, so the test fails then rather than holding the run for minutes.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import TypeVar

DEADLINE_S = 5.0

T = TypeVar("T")


class _Late(BaseException):
    """Raised into the work at the deadline (not an Exception: nothing it catches)."""


def in_time(work: Callable[[], T], seconds: float = DEADLINE_S) -> T:
    """What ``work()`` returns; fails the test where it takes ``seconds`` or more."""
    done: list[T] = []
    start = time.monotonic()
    alarm = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not alarm:
        done.append(work())
    else:

        def late(signum: int, frame: FrameType | None) -> None:
            raise _Late

        previous = signal.signal(signal.SIGALRM, late)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            done.append(work())
        except _Late:
            pass  # stopped at the deadline: fails below
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    took = time.monotonic() - start
    assert done and took < seconds, f"took {took:.1f} s or more; the deadline is {seconds:.0f} s"
    return done[0]
