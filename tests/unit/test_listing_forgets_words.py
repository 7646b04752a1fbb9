"""Listing stored transcripts measures each again: no client's words stay cached after."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import partial

import pytest
from tests.factories import FlagCoder

from coachconn.analysis import metrics
from coachconn.analysis.report import to_json
from coachconn.analysis.session import analyze_transcript
from coachconn.services import transcripts

DATA = b"Coach: What happened next?\nClient: We met on Monday and it ran two hours over.\n"


def test_a_listed_transcripts_words_are_forgotten_after_its_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    payload = json.dumps(to_json(analyze_transcript(DATA, FlagCoder(), coach="Coach")))
    counted: list[int] = []  # the words counted, just before they are forgotten
    forget = transcripts.forget_text

    def watched() -> None:
        counted.append(metrics.said_words.cache_info().currsize)
        forget()

    monkeypatch.setattr(transcripts, "forget_text", watched)
    when = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    summary = partial(
        transcripts.TranscriptSummary,
        client_id=1,
        client_name="A client",
        scheduled_at=when,
        attached_at=when,
        markers=(),
    )

    listed = transcripts._summary(transcripts._Stored(7, summary, payload, DATA.decode()))

    assert (listed.session_id, listed.utterances) == (7, 2)
    assert counted == [2]  # each line's words were counted for the figures...
    assert metrics.said_words.cache_info().currsize == 0  # ...and are forgotten
