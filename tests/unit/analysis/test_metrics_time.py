"""Talk time when only some lines carry a stamp, and in one pass over the session."""

from __future__ import annotations

from typing import Any, SupportsIndex

from coachconn.analysis.metrics import compute_metrics
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.types import CodedUtterance, Utterance

# Ben's first line has no stamp: starts 0, None, 10, 12.
PARTLY_STAMPED = b"[00:00] Ana: How was it?\nBen: Hard.\n[00:10] Ana: Why?\n[00:12] Ben: Fear.\n"


def _coded(data: bytes) -> list[CodedUtterance]:
    return [CodedUtterance(u, "other") for u in parse_transcript(data, coach="Ana").utterances]


def test_a_partly_stamped_transcript_has_no_talk_time() -> None:
    # Borrowing the next known start would give Ana 0-10 s, Ben's unstamped
    # "Hard." included, and a 100 % share by time: unknown, not measured.
    metrics = compute_metrics(_coded(PARTLY_STAMPED))
    assert [c.utterance.start for c in _coded(PARTLY_STAMPED)] == [0.0, None, 10.0, 12.0]
    assert metrics.talk_seconds is None
    assert metrics.talk_share_time is None
    assert metrics.to_dict()["talk_share_time"] is None


def test_a_monologue_ends_only_at_the_start_of_the_very_next_utterance() -> None:
    # Ana's longest turn is "How was it?" (3 words). The utterance after it,
    # Ben's "Hard.", has no start, so the turn's length is unknown (not 10 s).
    monologue = compute_metrics(_coded(PARTLY_STAMPED)).longest_coach_monologue
    assert monologue is not None
    assert (monologue.turn, monologue.words, monologue.seconds) == (0, 3, None)


def test_a_fully_stamped_transcript_keeps_its_talk_time() -> None:
    # Starts 0, 4, 10, 12: Ana 4 + 2 = 6 s, Ben 6 s (his last line has no end).
    data = b"[00:00] Ana: How was it?\n[00:04] Ben: Hard.\n[00:10] Ana: Why?\n[00:12] Ben: Fear.\n"
    metrics = compute_metrics(_coded(data))
    assert metrics.talk_seconds == {"coach": 6.0, "client": 6.0}
    assert metrics.talk_share_time == {"coach": 50.0, "client": 50.0}
    assert metrics.longest_coach_monologue is not None
    assert metrics.longest_coach_monologue.seconds == 4.0


class _SliceCounting(list[CodedUtterance]):
    slices = 0

    def __getitem__(self, key: SupportsIndex | slice) -> Any:
        if isinstance(key, slice):
            self.slices += 1
        return super().__getitem__(key)


def test_time_is_measured_without_copying_the_rest_of_the_session_per_utterance() -> None:
    # 400 start-only utterances, a second apart: 399 s in all (the last has no end).
    utterances = [
        Utterance(
            i,
            i,
            "Ana" if i % 2 == 0 else "Ben",
            "coach" if i % 2 == 0 else "client",
            "Mm.",
            float(i),
            None,
        )
        for i in range(400)
    ]
    coded = _SliceCounting(CodedUtterance(u, "other") for u in utterances)
    metrics = compute_metrics(coded)
    assert metrics.talk_seconds == {"coach": 200.0, "client": 199.0}
    assert coded.slices <= 4
