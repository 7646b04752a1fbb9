"""The whole analysis of one session: parse, code, measure."""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachconn.analysis import lexicon, metrics, rapport, rules
from coachconn.analysis.metrics import SessionMetrics, client_turns, compute_metrics, floors
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.signals import SessionReading, session_reading
from coachconn.analysis.types import CodedUtterance, Transcript

if TYPE_CHECKING:  # the coder module loads numpy; only its protocol is needed here
    from coachconn.analysis.coder import Coder


@dataclass(frozen=True, slots=True)
class SessionAnalysis:
    """A parsed transcript, its coded utterances (same order), its metrics and what it
    shows of the connection markers (:func:`measured` builds one)."""

    transcript: Transcript
    coded: list[CodedUtterance]
    metrics: SessionMetrics
    reading: SessionReading


def measured(transcript: Transcript, coded: list[CodedUtterance]) -> SessionAnalysis:
    """The analysis of ``transcript`` as ``coded``: its metrics and reading worked out.
    The words cached while measuring are forgotten after (:func:`forget_text`), whether
    the transcript was just coded or read back from storage."""
    try:
        with cycle_collector_paused():
            # Who held the floor, and the client's turns read from it, worked out once:
            # the metrics and the reading both rest on them.
            held = floors(coded)
            turns = client_turns(coded, held)
            return SessionAnalysis(
                transcript,
                coded,
                compute_metrics(coded, turns),
                session_reading(coded, turns, held),
            )
    finally:
        forget_text()


def analyze_transcript(
    data: bytes,
    coder: Coder,
    *,
    filename: str | None = None,
    coach: str | None = None,
    known_coach: str | None = None,
) -> SessionAnalysis:
    """Parse ``data`` (see :func:`parse_transcript`), code it and measure it.

    Raises InvalidInput for a transcript that cannot be read; the coder is not
    called then.
    """
    with cycle_collector_paused():
        transcript = parse_transcript(data, filename, coach, known_coach=known_coach)
        return measure_transcript(transcript, coder)


def measure_transcript(transcript: Transcript, coder: Coder) -> SessionAnalysis:
    """Code an already parsed transcript and compute its metrics.

    Raises RuntimeError when the coder breaks its contract (one coded utterance
    per utterance, in order): that is a bug, not bad input. The words cached while
    coding are forgotten either way: by :func:`measured`, or here when coding fails.
    """
    with cycle_collector_paused():
        try:
            coded = coder.code(transcript)
            if [c.utterance for c in coded] != transcript.utterances:
                raise RuntimeError(
                    "the coder did not return one coded utterance per utterance, in order"
                )
        except BaseException:
            forget_text()
            raise
        return measured(transcript, coded)


_pause_lock = threading.Lock()
_pauses = 0  # analyses under way in this process (a web server reads several at once)
_resume = False  # whether the collector was on when the first of them began


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Python's collector of reference cycles paused while a transcript is read, coded and
    measured, and set back as it was once the last analysis under way in this process is
    done (the web server's requests overlap: one finishing does not turn the collector
    back on under another). An analysis makes millions of short-lived objects, freed as
    soon as they are dropped, and no garbage in cycles that grows with the session; each
    of the collector's hundreds of passes meanwhile reads everything still alive (the
    model, the cue patterns, the session so far): about a tenth of the time the analysis
    takes outside the encoder, for no memory saved."""
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


def forget_text() -> None:
    """Empty the caches that speed up one analysis (cleaned utterances, the rules' reads of
    them, word stems and counts), so no client's words stay in this process's memory after
    their transcript is done. The ``re`` module's own cache of compiled patterns is
    emptied too: a pattern built from the client's words (a name, a key term) is kept
    there, its source and all, until hundreds of others push it out."""
    rules.clear_caches()
    lexicon.stem.cache_clear()
    lexicon.roots.cache_clear()
    metrics.clear_caches()
    rapport.clear_caches()
    re.purge()
