"""How coded utterances are scored against the coaching set's labels, worked out by hand."""

from __future__ import annotations

import pytest

from coachconn.analysis.coaching import (
    BINARY_TASKS,
    TASKS,
    Label,
    LabelledSession,
    evaluate,
    headline,
)
from coachconn.analysis.types import CodedUtterance, Transcript, Utterance

# (role, gold, predicted): predicted is (code, question_category, (reflecting, reporting,
# disclosure)).
CASE = [
    ("coach", Label("open_question", "exploration"), ("open_question", "exploration", None)),
    ("coach", Label("closed_question", "process"), ("open_question", "exploration", None)),
    ("coach", Label("affirmation"), ("complex_reflection", None, None)),
    ("coach", Label("structuring"), ("structuring", None, None)),
    ("coach", Label("open_question", "future_focused"), ("simple_reflection", None, None)),
    ("coach", Label("other"), ("affirmation", None, None)),
    ("client", Label("change", reflecting=True, disclosure=True), ("change", None, (1, 0, 0))),
    ("client", Label("sustain", reporting=True), ("neutral", None, (0, 1, 1))),
    ("client", Label("neutral"), ("neutral", None, (0, 0, 0))),
]


@pytest.fixture(scope="module")
def scores():
    utterances = [
        Utterance(i, i, "Coach" if role == "coach" else "Sam", role, f"line {i}")
        for i, (role, _, _) in enumerate(CASE)
    ]
    session = LabelledSession(
        "x", "dev", "goal", Transcript(utterances, "Coach"), [gold for _, gold, _ in CASE]
    )
    coded = []
    for u, (_, _, (code, category, flags)) in zip(utterances, CASE, strict=True):
        r, p, d = flags or (0, 0, 0)
        coded.append(
            CodedUtterance(
                u,
                code,
                question_category=category,
                reflecting=bool(r),
                reporting=bool(p),
                disclosure=bool(d),
            )
        )
    return evaluate([session], [coded])


def test_every_task_is_reported(scores) -> None:
    assert tuple(scores) == TASKS
    assert set(BINARY_TASKS) <= set(TASKS)


def test_the_coach_code_by_hand(scores) -> None:
    code = scores["coach_code"]
    assert code.n == 6
    # open_question: gold twice (1, 5), predicted twice (1, 2), right once; structuring:
    # right once; every other class 0.
    assert code.per_class["open_question"].precision == 0.5
    assert code.per_class["open_question"].recall == 0.5
    assert code.per_class["structuring"].f1 == 1.0
    assert code.per_class["affirmation"].f1 == 0.0
    assert code.macro_f1 == pytest.approx((0.5 + 1) / 10)
    assert sum(map(sum, code.confusion)) == 6


def test_the_coarse_group_by_hand(scores) -> None:
    group = scores["coach_group"]
    # question: 2 of 3 found, none wrong; other: 2 of 3 found (affirmation, structuring,
    # other -> reflection, structuring, affirmation), none wrong.
    assert group.per_class["question"].f1 == pytest.approx(0.8)
    assert group.per_class["other"].f1 == pytest.approx(0.8)
    assert group.per_class["reflection"].precision == 0.0
    assert group.macro_f1 == pytest.approx(0.4)


def test_question_categories_on_gold_questions(scores) -> None:
    coded_only = scores["question_category"]
    # Gold questions 1, 2 and 5; 5 was coded a reflection, so only 1 and 2 count here.
    assert coded_only.n == 2
    assert coded_only.per_class["exploration"].f1 == pytest.approx(2 / 3)
    assert coded_only.per_class["process"].recall == 0.0
    assert coded_only.macro_f1 == pytest.approx((2 / 3) / 5)
    e2e = scores["question_category_end_to_end"]
    assert e2e.n == 3
    assert e2e.per_class["future_focused"].support == 1
    assert e2e.per_class["future_focused"].recall == 0.0
    assert sum(map(sum, e2e.confusion)) == 2  # the miss is in no column
    assert e2e.outside == {"simple_reflection": 1}  # but kept as what it was coded
    assert coded_only.outside == {}


def test_detection_tasks_by_hand(scores) -> None:
    affirmation = scores["affirmation"]
    # The gold affirmation was missed and an "other" was called one.
    assert affirmation.confusion == [[0, 1], [1, 4]]
    assert headline("affirmation", affirmation) == 0.0
    assert headline("structuring", scores["structuring"]) == 1.0
    assert scores["self_disclosure"].per_class["self_disclosure"].support == 0
    assert headline("reflecting", scores["reflecting"]) == 1.0
    assert headline("reporting", scores["reporting"]) == 1.0
    disclosure = scores["disclosure"]
    assert disclosure.n == 3  # client utterances only
    assert disclosure.confusion == [[0, 1], [1, 1]]
    assert headline("disclosure", disclosure) == 0.0


def test_client_talk_by_hand(scores) -> None:
    talk = scores["client_talk"]
    assert talk.n == 3
    assert talk.per_class["change"].f1 == 1.0
    assert talk.per_class["neutral"].f1 == pytest.approx(2 / 3)
    assert talk.per_class["sustain"].recall == 0.0
    assert talk.macro_f1 == pytest.approx((1 + 2 / 3) / 3)
    assert headline("client_talk", talk) == talk.macro_f1
