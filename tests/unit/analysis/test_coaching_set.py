"""The hand-labelled coaching set: the shipped files load, and a bad file is one clear error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.coaching_set import HEADER, LINES, write_set

from coachconn.analysis.coaching import DATA_DIR, Label, load_coaching_set
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.types import CLIENT_CODES, COACH_CODES, QUESTION_CATEGORIES
from coachconn.core.errors import InvalidInput


def _error(folder: Path, split: str = "all") -> str:
    with pytest.raises(InvalidInput) as caught:
        load_coaching_set(folder, split)
    return str(caught.value)


# --- the shipped set ---------------------------------------------------------------------


def test_the_shipped_set_has_sixty_two_sessions_split_thirty_two_and_thirty() -> None:
    dev = load_coaching_set(DATA_DIR, "dev")
    test = load_coaching_set(DATA_DIR, "test")
    dev_ids = ["t1", "t2", "t3", "t4", "t9", "t10", "t11", "t12", "t15", "t16", "t17", "t18"]
    dev_ids += ["t23", "t25", "t27", "t29", "t31", "t33", "t35", "t37", "t39", "t41", "t43", "t45"]
    dev_ids += ["t47", "t49", "t51", "t53", "t55", "t57", "t59", "t61"]
    test_ids = ["t5", "t6", "t7", "t8", "t13", "t14", "t19", "t20", "t21", "t22"]
    test_ids += ["t24", "t26", "t28", "t30", "t32", "t34", "t36", "t38", "t40", "t42", "t44", "t46"]
    test_ids += ["t48", "t50", "t52", "t54", "t56", "t58", "t60", "t62"]
    assert [s.transcript_id for s in dev] == dev_ids
    assert [s.transcript_id for s in test] == test_ids
    assert [s.transcript_id for s in load_coaching_set(DATA_DIR)] == dev_ids + test_ids
    for session in [*dev, *test]:
        assert 40 <= len(session.gold) <= 90, session.transcript_id
        assert session.client_goal


@pytest.mark.parametrize("split", ["dev", "test"])
def test_each_split_has_every_code_and_category(split: str) -> None:
    gold: list[tuple[str, Label]] = [
        (u.role, label)
        for session in load_coaching_set(DATA_DIR, split)
        for u, label in zip(session.transcript.utterances, session.gold, strict=True)
    ]
    assert {label.code for role, label in gold if role == "coach"} == set(COACH_CODES)
    assert {label.code for role, label in gold if role == "client"} == set(CLIENT_CODES)
    assert {label.question_category for _, label in gold} - {None} == set(QUESTION_CATEGORIES)
    for flag in ("reflecting", "reporting", "disclosure"):
        assert any(getattr(label, flag) for _, label in gold), flag


def test_the_shipped_sessions_parse_into_the_labelled_utterances() -> None:
    # Written as `Name: text` lines, each session gives `coachconn analyze` exactly the
    # labelled utterances, speakers, roles and turns.
    for session in load_coaching_set(DATA_DIR):
        assert session.recut == [], session.transcript_id
        lines: list[str] = []
        previous = None
        for u in session.transcript.utterances:
            if u.speaker == previous:
                lines[-1] += " " + u.text
            else:
                lines.append(f"{u.speaker}: {u.text}")
            previous = u.speaker
        parsed = parse_transcript(
            "\n".join(lines).encode(), "session.txt", coach=session.transcript.coach
        )
        got = [(u.speaker, u.role, u.turn, u.text) for u in parsed.utterances]
        want = [(u.speaker, u.role, u.turn, u.text) for u in session.transcript.utterances]
        assert got == want, session.transcript_id


# --- reading a folder --------------------------------------------------------------------


def test_a_good_folder_loads_with_roles_turns_and_labels(tmp_path: Path) -> None:
    [session] = load_coaching_set(write_set(tmp_path / "set"), "dev")
    assert session.split == "dev"
    assert session.transcript.coach == "Coach"
    assert [u.role for u in session.transcript.utterances] == ["coach", "client"] * 2
    assert [u.turn for u in session.transcript.utterances] == [0, 1, 2, 3]
    assert session.gold[0] == Label("open_question", "exploration")
    assert session.gold[1] == Label("neutral", reporting=True)
    assert session.gold[3] == Label("change", disclosure=True)


def test_a_question_and_a_statement_of_one_speaker_are_two_lines_of_one_turn(
    tmp_path: Path,
) -> None:
    lines = [LINES[0], {"speaker": "Coach", "text": "Take your time.", "code": "other"}, *LINES[1:]]
    [session] = load_coaching_set(write_set(tmp_path / "set", lines))
    assert [u.turn for u in session.transcript.utterances][:3] == [0, 0, 1]


def test_a_folder_without_split_json_is_named(tmp_path: Path) -> None:
    tmp_path.joinpath("empty").mkdir()
    message = _error(tmp_path / "empty")
    assert message.startswith("--data: ")
    assert "not a coaching evaluation folder (missing split.json)" in message


def test_an_unknown_split_is_refused_before_reading(tmp_path: Path) -> None:
    message = _error(tmp_path / "nowhere", "train")
    assert message == "--split: expected dev, test or all, got 'train'"


def _client(**changes: Any) -> dict[str, Any]:
    return {**LINES[1], **changes}


def _coach(**changes: Any) -> dict[str, Any]:
    return {**LINES[0], **changes}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [_coach(code="question"), *LINES[1:]],
            "a.jsonl line 2: coach code 'question' is not one of open_question",
        ),
        (
            [_coach(question_category=None), *LINES[1:]],
            "a.jsonl line 2: a question needs question_category, one of exploration",
        ),
        (
            [_coach(question_category="curiosity"), *LINES[1:]],
            "(got 'curiosity')",
        ),
        (
            [LINES[0], LINES[1], {**LINES[2], "question_category": "process"}, LINES[3]],
            "a.jsonl line 4: question_category given for a complex_reflection",
        ),
        (
            [LINES[0], _client(code="positive"), *LINES[2:]],
            "a.jsonl line 3: client code 'positive' is not one of change, sustain, neutral",
        ),
        (
            [LINES[0], {k: v for k, v in LINES[1].items() if k != "disclosure"}, *LINES[2:]],
            "a.jsonl line 3: a client line needs disclosure as true or false",
        ),
        (
            [LINES[0], _client(reporting="yes"), *LINES[2:]],
            "needs reporting as true or false",
        ),
        (
            [LINES[0], _client(question_category="process"), *LINES[2:]],
            "a.jsonl line 3: a client line takes no question_category",
        ),
        (
            [LINES[0], _client(text="  "), *LINES[2:]],
            "a.jsonl line 3: text must be non-empty text",
        ),
        (
            [_coach(speaker=""), *LINES[1:]],
            "a.jsonl line 2: speaker must be non-empty text",
        ),
        (
            [LINES[0], LINES[2]],
            "a.jsonl: needs utterances from the coach (Coach) and the client",
        ),
    ],
)
def test_a_bad_line_is_named_with_its_file_and_line(
    tmp_path: Path, lines: list[dict[str, Any]], expected: str
) -> None:
    message = _error(write_set(tmp_path / "set", lines))
    assert message.startswith("--data: ")
    assert expected in message


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ({"transcript": "a", "coach": "Coach"}, "a.jsonl line 1: the header needs client_goal"),
        ({**HEADER, "coach": ""}, "the header needs coach"),
        ({**HEADER, "goal": "x"}, "a.jsonl line 1: unknown header key goal"),
    ],
)
def test_a_bad_header_is_named(tmp_path: Path, header: dict[str, Any], expected: str) -> None:
    assert expected in _error(write_set(tmp_path / "set", header=header))


@pytest.mark.parametrize(
    ("split", "expected"),
    [
        ({"dev": ["a"]}, 'split.json: expected {"dev": [ids], "test": [ids]}'),
        ({"dev": ["a"], "test": "b"}, "split.json: 'test' must be a list of transcript ids"),
        ({"dev": ["a"], "test": ["a"]}, "split.json: a is listed twice"),
        ({"dev": ["a", "b"], "test": []}, "split.json lists b but no file has it"),
        ({"dev": [], "test": []}, "a is in no split of split.json"),
    ],
)
def test_a_bad_split_file_is_named(tmp_path: Path, split: object, expected: str) -> None:
    assert expected in _error(write_set(tmp_path / "set", split=split))


def test_unreadable_files_are_one_clear_error(tmp_path: Path) -> None:
    folder = write_set(tmp_path / "set")
    (folder / "split.json").write_text("{nope", "utf-8")
    assert "split.json: not valid JSON" in _error(folder)

    folder = write_set(tmp_path / "other")
    with (folder / "a.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"speaker": "Coach", "text": \n')
    assert "a.jsonl line 6: not valid JSON" in _error(folder)

    folder = write_set(tmp_path / "third")
    (folder / "b.jsonl").write_text(json.dumps(HEADER) + "\n", "utf-8")
    assert "b.jsonl line 1: transcript a is also in a.jsonl" in _error(folder)


def test_a_folder_entry_that_is_not_a_file_is_named(tmp_path: Path) -> None:
    folder = write_set(tmp_path / "set")
    (folder / "b.jsonl").mkdir()
    assert "b.jsonl: cannot be read" in _error(folder)


def test_json_nested_too_deeply_is_named_not_a_crash(tmp_path: Path) -> None:
    folder = write_set(tmp_path / "set")
    with (folder / "a.jsonl").open("a", encoding="utf-8") as handle:
        handle.write("[" * 100_000 + "\n")
    assert "a.jsonl line 6: not valid JSON" in _error(folder)


def test_a_split_with_no_sessions_is_refused_not_scored_as_zero(tmp_path: Path) -> None:
    folder = write_set(tmp_path / "set")  # every session is in dev
    assert "lists no test sessions" in _error(folder, "test")


def test_a_bad_label_in_another_split_is_found_too(tmp_path: Path) -> None:
    bad = [dict(LINES[0], code="interrogation"), *LINES[1:]]
    folder = write_set(tmp_path / "set", lines=bad, split={"dev": [], "test": ["a"]})
    (folder / "b.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in [dict(HEADER, transcript="b"), *LINES]), "utf-8"
    )
    (folder / "split.json").write_text(json.dumps({"dev": ["b"], "test": ["a"]}), "utf-8")
    assert "a.jsonl line 2" in _error(folder, "dev")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [LINES[0], LINES[1], LINES[2], {**LINES[2], "text": "Or is it more than that."}],
            "a.jsonl lines 4-5 (one turn): the product reads this as 1 utterance(s), not 2: "
            "You're tired of it. Or is it more than that.",
        ),
        (
            [_coach(text="What happened? How did it feel?"), *LINES[1:]],
            "a.jsonl line 2: the product reads this as 2 utterance(s), not 1: "
            "What happened? | How did it feel?",
        ),
        (
            [_coach(text="So. What happened?"), *LINES[1:]],
            "a.jsonl line 2: the product reads this as 2 utterance(s), not 1: So. | What happened?",
        ),
    ],
)
def test_a_turn_the_product_cuts_otherwise_is_scored_as_the_file_gives_it_and_named(
    tmp_path: Path, lines: list[dict[str, Any]], expected: str
) -> None:
    [session] = load_coaching_set(write_set(tmp_path / "set", lines))
    assert session.recut == [expected]
    assert [u.text for u in session.transcript.utterances] == [line["text"] for line in lines]
    assert len(session.gold) == len(lines)


def test_a_set_cut_as_the_product_cuts_it_has_no_notes(tmp_path: Path) -> None:
    [session] = load_coaching_set(write_set(tmp_path / "set"))
    assert session.recut == []
