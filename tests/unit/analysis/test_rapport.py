"""Verbal matching and representational systems, on the Zoom fixture and small cases.

Client speech in zoom.vtt (utterances 2 and 6):
  "Work feels like a treadmill. I keep running and the deadlines keep coming.
   I feel stuck on that treadmill." / "Mostly me, honestly. I say yes to all the deadlines."
Words said twice that are neither stopwords nor everyday words: "treadmill",
"deadlines" ("keep" is an everyday word). The coach says "treadmill" afterwards
(utterance 4) but never "deadlines": verbal matching 1 of 2 = 50 %.
"""

from __future__ import annotations

from collections.abc import Callable

from coachconn.analysis.metrics import compute_metrics
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.rapport import (
    Metaphor,
    Term,
    client_metaphors,
    client_terms,
    representational,
)
from coachconn.analysis.types import CodedUtterance, Utterance

Read = Callable[[str], bytes]


def _utterances(*lines: tuple[str, str]) -> list[Utterance]:
    return [
        Utterance(i, i, "Ana" if role == "coach" else "Ben", role, text)
        for i, (role, text) in enumerate(lines)
    ]


def test_it_finds_the_clients_distinctive_terms_and_their_reuse(transcript_bytes: Read) -> None:
    utterances = parse_transcript(transcript_bytes("zoom.vtt")).utterances
    assert client_terms(utterances) == [
        Term("treadmill", 2, reused=True),
        Term("deadlines", 2, reused=False),
    ]
    metrics = compute_metrics([CodedUtterance(u, "other") for u in utterances])
    assert metrics.verbal_matching_pct == 50.0


def test_it_finds_the_clients_metaphors_and_their_reuse(transcript_bytes: Read) -> None:
    utterances = parse_transcript(transcript_bytes("zoom.vtt")).utterances
    assert client_metaphors(utterances) == [
        Metaphor("feels like a treadmill", "treadmill", utterance=2, count=1, reused=True)
    ]


def test_it_finds_the_dominant_representational_system(transcript_bytes: Read) -> None:
    # Client: feels, feel, stuck -> kinesthetic 3. Coach: focus (visual),
    # sounds (auditory), heavy (kinesthetic) -> 1 of 3 in the client's system.
    utterances = parse_transcript(transcript_bytes("zoom.vtt")).utterances
    rep = representational(utterances)
    assert rep.client == {"visual": 0, "auditory": 0, "kinesthetic": 3}
    assert rep.coach == {"visual": 1, "auditory": 1, "kinesthetic": 1}
    assert rep.client_dominant == "kinesthetic"
    assert rep.coach_matching_pct == 33.3


def test_it_prefers_a_repeated_pair_over_its_words() -> None:
    # "board meeting" x2: "board" and "meeting" only occur inside it, so the pair stands alone.
    utterances = _utterances(
        ("client", "The board meeting scares me."),
        ("coach", "What about it?"),
        ("client", "Every board meeting ends badly."),
    )
    assert client_terms(utterances) == [Term("board meeting", 2, reused=False)]


def test_it_counts_reuse_only_after_the_client_said_it() -> None:
    utterances = _utterances(
        ("coach", "Tell me about the garden."),
        ("client", "The garden is where I think. The garden helps."),
        ("coach", "Mm."),
    )
    assert client_terms(utterances) == [Term("garden", 2, reused=False)]


def test_it_needs_a_clear_lead_for_a_dominant_system() -> None:
    tie = _utterances(("client", "I see it and I hear it."))
    assert representational(tie).client_dominant is None
    single = _utterances(("client", "I see."))
    assert representational(single).client_dominant is None  # fewer than 2 predicates


def test_it_reads_several_metaphor_cues() -> None:
    utterances = _utterances(
        ("client", "It's like a pressure cooker in there, as if nobody can breathe."),
        ("coach", "A pressure cooker."),
    )
    assert [(m.text, m.image, m.reused) for m in client_metaphors(utterances)] == [
        ("it's like a pressure cooker", "cooker", True),
        ("as if nobody can breathe", "breathe", False),
    ]


def test_it_counts_a_repeated_metaphor_once_with_its_frequency() -> None:
    utterances = _utterances(
        ("client", "It feels like a treadmill."),
        ("client", "Some days it's like a fog."),
        ("client", "Honestly it feels like a treadmill."),
    )
    assert [(m.text, m.utterance, m.count) for m in client_metaphors(utterances)] == [
        ("feels like a treadmill", 0, 2),
        ("it's like a fog", 1, 1),
    ]
