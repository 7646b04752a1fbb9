"""`coachconn eval coaching` on a tiny labelled folder and on the set shipped with coachconn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.coaching_set import LINES, write_set

from coachconn.analysis.coaching import TASKS
from coachconn.cli import main


def test_it_prints_every_task_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = write_set(tmp_path / "set")
    assert main(["eval", "coaching", "--data", str(data), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["split"] == "dev"
    assert result["transcripts"] == ["a"]
    assert result["utterances"] == {"coach": 2, "client": 2}
    assert result["recut"] == []
    assert capsys.readouterr().err == ""
    tasks = result["tasks"]
    assert tuple(tasks) == TASKS
    assert tasks["coach_code"]["n"] == 2
    assert tasks["coach_code"]["positive"] is None
    assert tasks["question_category_end_to_end"]["n"] == 1
    assert tasks["client_talk"]["n"] == 2
    affirmation = tasks["affirmation"]
    assert affirmation["positive"] == "affirmation"
    assert affirmation["labels"] == ["affirmation", "not_affirmation"]
    assert affirmation["headline"] == affirmation["per_class"]["affirmation"]["f1"]
    for task in TASKS:
        assert 0.0 <= tasks[task]["headline"] <= 1.0


def test_an_empty_split_is_one_error_line_not_a_table_of_zeros(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = write_set(tmp_path / "set")  # its one session is in dev
    assert main(["eval", "coaching", "--data", str(data), "--split", "test"]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().splitlines() == [
        f"error: --split: split.json in {data} lists no test sessions"
    ]


def test_the_shipped_dev_split_prints_a_readable_report(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["eval", "coaching"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "Coaching evaluation set, dev split: 32 transcripts "
        "(t1, t2, t3, t4, t9, t10, t11, t12, t15, t16, t17, t18, t23, t25, t27, t29, t31, t33, "
        "t35, t37, t39, t41, t43, t45, t47, t49, t51, t53, t55, t57, t59, t61)"
    )
    assert "coach_code  macro-F1" in out
    assert "affirmation  F1 " in out
    assert "precision" in out and "recall" in out
    assert "confusion (rows gold, columns predicted)" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--split", "train"], "error: --split: expected dev, test or all, got 'train'"),
        (["--format", "xml"], "error: --format: expected text or json, got 'xml'"),
        (["--data", "NOWHERE"], "error: --data: NOWHERE is not a coaching evaluation folder"),
    ],
)
def test_bad_options_are_one_clear_line(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", "coaching", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith(expected)
    assert "Traceback" not in err


def test_a_bad_label_names_its_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = write_set(tmp_path / "set")
    text = (data / "a.jsonl").read_text("utf-8").replace('"complex_reflection"', '"mirror"')
    (data / "a.jsonl").write_text(text, "utf-8")
    assert main(["eval", "coaching", "--data", str(data)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --data: a.jsonl line 4: coach code 'mirror' is not one of")


def test_a_set_cut_otherwise_than_the_product_cuts_is_scored_and_the_turns_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two questions on one line: the product would cut them apart. The labels belong to
    # the file's lines, so it is scored as written, and the turn is named.
    asked = {**LINES[0], "text": "What's been happening? What's kept you busy?"}
    data = write_set(tmp_path / "set", [asked, *LINES[1:]])
    assert main(["eval", "coaching", "--data", str(data), "--format", "json"]) == 0
    captured = capsys.readouterr()
    note = (
        "a.jsonl line 2: the product reads this as 2 utterance(s), not 1: "
        "What's been happening? | What's kept you busy?"
    )
    result = json.loads(captured.out)
    assert result["recut"] == [note]
    assert result["utterances"] == {"coach": 2, "client": 2}
    assert captured.err.splitlines() == [
        "note: 1 turn(s) are cut by the product into other utterances than the file's "
        "lines; each is scored as the file gives it:",
        f"  {note}",
    ]
