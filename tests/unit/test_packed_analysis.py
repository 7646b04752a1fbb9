"""A stored analysis is packed in columns, its utterances' words read from the
transcript they came from, and unpacks to the same JSON form less what reading back
computes again."""

from __future__ import annotations

import json
from pathlib import Path

from tests.deadline import in_time

from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.report import to_json, upgrade_json
from coachconn.analysis.session import measure_transcript
from coachconn.analysis.types import CodedUtterance, Transcript
from coachconn.storage.analysis_layout import pack_analysis, unpack_analysis

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"


class _Coder:
    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [
            CodedUtterance(u, "open_question", "exploration", confidence=0.75)
            if u.role == "coach" and u.text.endswith("?")
            else CodedUtterance(u, "other" if u.role == "coach" else "neutral", reporting=True)
            for u in transcript.utterances
        ]


def _analysis(name: str) -> tuple[dict[str, object], str]:
    transcript = parse_transcript((TRANSCRIPTS / name).read_bytes(), name, "Lena Hart")
    return to_json(measure_transcript(transcript, _Coder())), transcript.text


def _stored(data: dict[str, object], source: str) -> dict[str, object]:
    """As the database keeps it and reads it back: through JSON text."""
    return json.loads(json.dumps(pack_analysis(data, source)))


def test_it_unpacks_to_what_was_packed_less_the_figures() -> None:
    data, source = _analysis("zoom.vtt")
    unpacked = unpack_analysis(_stored(data, source), source)
    kept = {k: v for k, v in data.items() if k not in ("metrics", "signals")}
    assert unpacked == kept
    assert list(unpacked["utterances"][0]) == list(data["utterances"][0])  # type: ignore[index]


def test_it_reads_back_as_the_analysis_stored_whole_does() -> None:
    data, source = _analysis("zoom.vtt")
    whole = upgrade_json(json.loads(json.dumps(data)))
    assert upgrade_json(unpack_analysis(_stored(data, source), source)) == whole


def test_the_words_are_not_stored_twice_nor_the_key_names_per_utterance() -> None:
    data, source = _analysis("zoom.vtt")
    packed = json.dumps(_stored(data, source))
    assert "treadmill" in source and "treadmill" not in packed
    # Named once for its column and once in each shape (a coach's, a client's utterance).
    assert len(data["utterances"]) == 7  # type: ignore[arg-type]
    assert packed.count('"speaker"') == 3


def test_words_not_found_in_the_transcript_are_kept_as_they_are() -> None:
    data, source = _analysis("zoom.vtt")
    utterances = data["utterances"]
    utterances[1]["text"] = "Words joined by the parser: not in the file"  # type: ignore[index]
    utterances[2]["text"] = ""  # type: ignore[index]
    utterances[3]["text"] = "Ça va, Zoë? 🙂"  # type: ignore[index]
    utterances[4]["text"] = "Lena Hart  Welcome"  # type: ignore[index]
    assert unpack_analysis(_stored(data, source), source)["utterances"] == utterances


def test_an_analysis_stored_whole_unpacks_as_it_is() -> None:
    data, source = _analysis("zoom.vtt")
    whole = json.loads(json.dumps(data))
    assert unpack_analysis(whole, source) == json.loads(json.dumps(data))


def test_a_long_turn_joined_from_many_lines_packs_in_time() -> None:
    # A speaker's turn of a thousand lines (74,000 characters) is one utterance whose
    # words the parser joined with spaces, none found whole in the file: each piece is
    # looked for from its first word, not from every space to the end of the turn.
    line = "and then I thought about what she said to me about the team, honestly"
    body = "\n".join(f"{line} {i}" for i in range(1000))
    data = b"Lena Hart: What happened?\nSam Ortiz: " + body.encode() + b"\nLena Hart: I see.\n"
    transcript = parse_transcript(data, "long.txt", "Lena Hart")
    analysis = to_json(measure_transcript(transcript, _Coder()))
    packed = in_time(lambda: _stored(analysis, transcript.text))
    assert unpack_analysis(packed, transcript.text)["utterances"] == analysis["utterances"]
    assert "honestly" not in json.dumps(packed)
