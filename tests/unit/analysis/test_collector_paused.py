"""The collector of reference cycles is off while a transcript is analysed and set back as
it was after: once the last of several overlapping analyses is done, after an error, and
never turned on where it was off before."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.session import cycle_collector_paused, measure_transcript
from coachconn.analysis.types import CodedUtterance, Transcript


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was_on else gc.disable)()


def test_off_inside_and_on_again_after() -> None:
    with cycle_collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_on_again_after_an_error() -> None:
    with pytest.raises(ValueError), cycle_collector_paused():
        raise ValueError("broken")
    assert gc.isenabled()


def test_left_off_where_it_was_off() -> None:
    gc.disable()
    with cycle_collector_paused():
        pass
    assert not gc.isenabled()


def test_nested_pause_keeps_it_off_until_the_outer_one_ends() -> None:
    with cycle_collector_paused():
        with cycle_collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_analyses_on_two_threads() -> None:
    """The first to start ends first: the collector stays off for the one still going."""
    first_in, first_out, second_done = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def second() -> None:
        with cycle_collector_paused():
            first_in.set()
            first_out.wait(5)
            seen.append(gc.isenabled())
        second_done.set()

    with cycle_collector_paused():
        worker = threading.Thread(target=second)
        worker.start()
        assert first_in.wait(5)
    first_out.set()
    worker.join(5)
    assert second_done.is_set()
    assert seen == [False]
    assert gc.isenabled()


class _SeesCollector:
    """A coder that notes whether the collector was on while it coded."""

    def __init__(self) -> None:
        self.collector_on: bool | None = None

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        from coachconn.analysis.coder import load_default_coder

        self.collector_on = gc.isenabled()
        return load_default_coder().code(transcript)


def test_coding_runs_with_the_collector_off() -> None:
    transcript = parse_transcript(
        b"Coach: What brings you here today?\nMaya: My new team, mostly.\n", "s.txt", "Coach"
    )
    coder = _SeesCollector()
    measure_transcript(transcript, coder)
    assert coder.collector_on is False
    assert gc.isenabled()
