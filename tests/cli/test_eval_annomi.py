"""`coachconn eval annomi` on a tiny AnnoMI-shaped folder (the real one: test_model_scores)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from coachconn.analysis.types import CodedUtterance, Transcript
from coachconn.cli import main

SIMPLE = [
    "transcript_id",
    "mi_quality",
    "video_title",
    "video_url",
    "topic",
    "utterance_id",
    "interlocutor",
    "timestamp",
    "utterance_text",
    "main_therapist_behaviour",
    "client_talk_type",
]
FULL = [
    "mi_quality",
    "transcript_id",
    "video_title",
    "video_url",
    "topic",
    "utterance_id",
    "interlocutor",
    "timestamp",
    "utterance_text",
    "annotator_id",
    "therapist_input_exists",
    "therapist_input_subtype",
    "reflection_exists",
    "reflection_subtype",
    "question_exists",
    "question_subtype",
    "main_therapist_behaviour",
    "client_talk_type",
]
ROWS = [
    ("therapist", "What brings you in today?", "question", "n/a", "open", "n/a"),
    ("client", "I want to cut down on the late nights at work.", "n/a", "change", "n/a", "n/a"),
    ("therapist", "You're tired of the long hours.", "reflection", "n/a", "n/a", "simple"),
    ("client", "I just can't see how to stop.", "n/a", "sustain", "n/a", "n/a"),
    ("therapist", "Did you try leaving at six?", "question", "n/a", "closed", "n/a"),
    ("client", "Yes, once.", "n/a", "neutral", "n/a", "n/a"),
    (
        "therapist",
        "Many people find a fixed finish time helps.",
        "therapist_input",
        "n/a",
        "n/a",
        "n/a",
    ),
    ("therapist", "Okay.", "other", "n/a", "n/a", "n/a"),
]


def _write_annomi(folder: Path) -> Path:
    folder.mkdir()
    with (folder / "AnnoMI-simple.csv").open("w", newline="") as f:
        out = csv.writer(f)
        out.writerow(SIMPLE)
        for tid in (0, 1):
            for uid, (who, text, behaviour, talk, _q, _r) in enumerate(ROWS):
                out.writerow(
                    [tid, "high", "t", "u", "work", uid, who, "00:00:01", text, behaviour, talk]
                )
    with (folder / "AnnoMI-full.csv").open("w", newline="") as f:
        out = csv.writer(f)
        out.writerow(FULL)
        for tid in (0, 1):
            for uid, (who, text, behaviour, talk, q, r) in enumerate(ROWS):
                out.writerow(
                    [
                        "high",
                        tid,
                        "t",
                        "u",
                        "work",
                        uid,
                        who,
                        "00:00:01",
                        text,
                        1,
                        "n/a",
                        "n/a",
                        "n/a",
                        r,
                        "n/a",
                        q,
                        behaviour,
                        talk,
                    ]
                )
    (folder / "split.json").write_text(json.dumps({"train": [0], "test": [1]}))
    return folder


def test_it_prints_every_task_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _write_annomi(tmp_path / "annomi")
    assert main(["eval", "annomi", "--data", str(data), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {
        "therapist",
        "client",
        "question_subtype",
        "reflection_subtype",
        "question_subtype_end_to_end",
        "reflection_subtype_end_to_end",
    }
    therapist = result["therapist"]
    assert set(therapist["per_class"]) == {"question", "reflection", "therapist_input", "other"}
    assert sum(map(sum, therapist["confusion"])) == 5
    assert 0.0 <= therapist["macro_f1"] <= 1.0
    assert sum(map(sum, result["client"]["confusion"])) == 3
    assert result["question_subtype"]["per_class"]["open"]["support"] == 1
    assert result["question_subtype_end_to_end"]["per_class"]["open"]["support"] == 1
    assert result["reflection_subtype_end_to_end"]["n"] == result["reflection_subtype"]["n"] == 1


def test_it_prints_a_readable_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _write_annomi(tmp_path / "annomi")
    assert main(["eval", "annomi", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "therapist  macro-F1" in out
    assert "confusion (rows gold, columns predicted)" in out


def test_a_folder_without_annomi_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", "annomi", "--data", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --data:")
    assert "not an AnnoMI folder" in err
    assert "Traceback" not in err


class AffirmingCoder:
    """Codes the first coach question as an open question, the other as an affirmation,
    and the rest (the client's lines too) as other, with no form decisions."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        codes = {"What brings you in today?": "open_question", "Did you try leaving at six?":
                 "affirmation"}  # fmt: skip
        return [CodedUtterance(u, codes.get(u.text, "other")) for u in transcript.utterances]


def test_the_rows_that_fall_short_of_the_support_say_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two gold questions: the closed one coded as an affirmation is in no column of the
    # end-to-end confusion (1 of the 2), and the simple reflection coded as other is in
    # none of its own (1 of 1).
    monkeypatch.setattr("coachconn.cli.evaluate.load_default_coder", AffirmingCoder)
    data = _write_annomi(tmp_path / "annomi")
    assert main(["eval", "annomi", "--data", str(data)]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = lines.index("question_subtype_end_to_end  macro-F1 0.500  (n=2)")
    assert lines[at + 5 : at + 9] == [
        "  open          1      0",
        "  closed        0      0",
        "  not in the confusion: 1 of 2 coded as none of these (affirmation 1)",
        "",
    ]
    at = lines.index("reflection_subtype_end_to_end  macro-F1 0.000  (n=1)")
    assert lines[at + 7] == "  not in the confusion: 1 of 1 coded as none of these (other 1)"
    assert main(["eval", "annomi", "--data", str(data), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["question_subtype_end_to_end"]["outside"] == {"affirmation": 1}
    assert result["therapist"]["outside"] == {}
