"""Two changes at the same moment, on two threads with a connection each: the
way to test what the database does when two coaches (or two clicks) race."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

WAIT_S = 1.0  # how long the first to read waits for the other to read too


class Meeting:
    """Makes each of two threads pause right after a read, until the other has
    read too or :data:`WAIT_S` has passed.

    Where the database lets both read before either writes (PostgreSQL), both then
    write at once: the worst case for a check-then-write. Where the first to begin
    holds the write lock until it commits (SQLite), the other cannot read until
    then, so the first goes on alone after the wait, and the other reads what it
    wrote.
    """

    def __init__(self) -> None:
        self._barrier = threading.Barrier(2)

    def after(self, read: Callable[..., Any], *, call: int = 1) -> Callable[..., Any]:
        """``read``, pausing after its ``call``-th call in each thread."""
        calls = threading.local()

        def paused(*args: Any, **kwargs: Any) -> Any:
            result = read(*args, **kwargs)
            calls.n = getattr(calls, "n", 0) + 1
            if calls.n == call:
                with contextlib.suppress(threading.BrokenBarrierError):
                    self._barrier.wait(timeout=WAIT_S)
            return result

        return paused


def run_together(*calls: Callable[[], object]) -> list[object]:
    """Run each call on its own thread at once; each one's result or the exception
    it raised, in order."""
    results: list[object] = [None] * len(calls)

    def run(i: int, call: Callable[[], object]) -> None:
        try:
            results[i] = call()
        except Exception as err:
            results[i] = err

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a change never finished"
    return results
