"""Guards against a step of the analysis whose work grows faster than the transcript.

Each test counts the lines of coachconn's own code run for a transcript and for one four
times as long, never the time taken (the machine may be busy, and a count is the same on
every run). Work that grows with the transcript gives about four times the lines; a step
that goes back over everything before it for each new line, piece or cue gives about
sixteen. The bound of five leaves room for what does not grow (reading the options,
choosing the coach) without letting a square through.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import coachconn
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.rapport import client_metaphors
from coachconn.analysis.report import to_json
from coachconn.analysis.session import forget_text, measured
from coachconn.analysis.types import CodedUtterance, Transcript, Utterance

SOURCE = str(Path(coachconn.__file__).resolve().parent)
# Lines run for four times the transcript, at most, as a multiple of the lines run for it.
MOST_GROWTH = 5.0

COACH_SAYS = (
    "What would you like to focus on in week {n}?",
    "So the deadlines keep moving, {n} times now, and you're the one absorbing it.",
    "How will you know, {n} days from now, that you've got there?",
    "That took real courage, with {n} people watching.",
)
CLIENT_SAYS = (
    "We had {n} meetings on Monday and he said the budget was cut again.",
    "It feels like a treadmill, {n} weeks of it, and I'm scared to step off.",
    "I'll draft the proposal by Thursday and send it to {n} of them.",
    "Honestly, I feel a bit ashamed of how I reacted to the {n} emails.",
)


def lines_run(work: Callable[[], Any]) -> int:
    """How many lines of coachconn's code ``work`` runs (its caches emptied first, so that
    a longer transcript is not read faster for the words a shorter one left behind)."""
    forget_text()
    count = 0

    def count_lines(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return count_lines

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return count_lines if frame.f_code.co_filename.startswith(SOURCE) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        work()
    finally:
        sys.settrace(previous)
    return count


def assert_linear(work: Callable[[int], Any], n: int) -> None:
    small, large = lines_run(lambda: work(n)), lines_run(lambda: work(4 * n))
    assert large <= MOST_GROWTH * small, f"{small} lines for {n}, {large} for {4 * n}"


def _said(i: int) -> tuple[str, str]:
    """The ``i``-th line of a session: the coach and the client take turns, and no line is
    said twice."""
    pool, speaker = (COACH_SAYS, "Coach") if i % 2 == 0 else (CLIENT_SAYS, "Client")
    return speaker, pool[i // 2 % len(pool)].format(n=i + 2)


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _plain(n: int, *, stamped: bool) -> bytes:
    lines = []
    for i in range(n):
        speaker, text = _said(i)
        lines.append(f"[{_clock(7 * i)}] {speaker}: {text}" if stamped else f"{speaker}: {text}")
    return ("\n".join(lines) + "\n").encode()


def _webvtt(n: int) -> bytes:
    cues = ["WEBVTT", ""]
    for i in range(n):
        speaker, text = _said(i)
        cues += [f"{_clock(7 * i)}.000 --> {_clock(7 * i + 6)}.500", f"<v {speaker}>{text}", ""]
    return "\n".join(cues).encode()


def _monologue(n: int, *, stamped: bool) -> bytes:
    """One speaker's ``n`` lines in a row, each a question of its own (one utterance a
    line, all in one turn), then the other's answer."""
    lines = [
        (f"[{_clock(7 * i)}] " if stamped else "") + f"Coach: What happened in week {i + 2}?"
        for i in range(n)
    ]
    lines.append((f"[{_clock(7 * n)}] " if stamped else "") + "Client: Not much, honestly.")
    return ("\n".join(lines) + "\n").encode()


def _coded(transcript: Transcript) -> list[CodedUtterance]:
    """Codes as a coder might give them: questions, reflections, a client who reports."""
    coded = []
    for u in transcript.utterances:
        if u.role == "coach":
            code = "open_question" if u.text.endswith("?") else "complex_reflection"
            category = "exploration" if code == "open_question" else None
            coded.append(CodedUtterance(u, code, category, question_form="open"))
        else:
            coded.append(CodedUtterance(u, "neutral", reporting=True, disclosure=True))
    return coded


def test_reading_a_transcript_grows_with_its_lines() -> None:
    assert_linear(lambda n: parse_transcript(_plain(n, stamped=True)), 150)
    assert_linear(lambda n: parse_transcript(_plain(n, stamped=False)), 150)
    assert_linear(lambda n: parse_transcript(_webvtt(n)), 150)


def test_one_speakers_long_run_of_lines_is_read_in_time_that_grows_with_it() -> None:
    # Each utterance's time was once found by going through every piece of its turn
    # before it: a turn of hundreds of lines took minutes.
    assert_linear(lambda n: parse_transcript(_monologue(n, stamped=True)), 150)
    assert_linear(lambda n: parse_transcript(_monologue(n, stamped=False)), 150)


def test_measuring_and_reporting_grow_with_the_transcript() -> None:
    def measure(n: int) -> None:
        transcript = parse_transcript(_plain(n, stamped=True))
        to_json(measured(transcript, _coded(transcript)))

    assert_linear(measure, 150)


def test_metaphors_in_one_long_unpunctuated_utterance_are_read_once() -> None:
    # Captions without punctuation make one utterance of a whole turn. Each figurative
    # cue ("feels like") once read every word after it up to the end of its clause, here
    # the end of the utterance.
    def read(n: int) -> None:
        text = " ".join(f"week {i} it feels like a treadmill and I keep going" for i in range(n))
        asked = Utterance(0, 0, "Coach", "coach", "How was it?")
        client_metaphors([asked, Utterance(1, 1, "Ben", "client", text)])

    assert_linear(read, 100)
