"""How coded utterances are scored against AnnoMI's labels (annomi.evaluate), by hand."""

from __future__ import annotations

from coachconn.analysis.annomi import TASKS, Gold, LabelledTranscript, evaluate
from coachconn.analysis.types import CodedUtterance, Transcript, Utterance


def _case(items: list[tuple[Gold, str, str | None, str | None]]):
    utterances = [Utterance(i, i, "T", "coach", f"line {i}") for i in range(len(items))]
    labelled = LabelledTranscript(0, Transcript(utterances, "T"), [g for g, *_ in items])
    coded = [
        CodedUtterance(u, code, question_form=form, reflection_depth=depth)
        for u, (_, code, form, depth) in zip(utterances, items, strict=True)
    ]
    return evaluate([labelled], [coded])


Q_OPEN = Gold(behaviour="question", question_subtype="open")
Q_CLOSED = Gold(behaviour="question", question_subtype="closed")
R_COMPLEX = Gold(behaviour="reflection", reflection_subtype="complex")
R_SIMPLE = Gold(behaviour="reflection", reflection_subtype="simple")


def test_every_task_is_reported() -> None:
    scores = _case([(Q_OPEN, "open_question", "open", "simple")])
    assert tuple(scores) == TASKS


def test_the_subtype_is_scored_on_gold_questions_from_the_form_decision() -> None:
    # A gold open question coded as a complex reflection whose form decision is "open":
    # right for question_subtype (the form), a miss end to end (the code).
    scores = _case(
        [
            (Q_OPEN, "complex_reflection", "open", "complex"),
            (Q_CLOSED, "closed_question", "closed", "simple"),
        ]
    )
    assert scores["question_subtype"].macro_f1 == 1.0
    assert scores["question_subtype"].confusion == [[1, 0], [0, 1]]
    e2e = scores["question_subtype_end_to_end"]
    assert e2e.confusion == [[0, 0], [0, 1]]
    assert e2e.per_class["open"].recall == 0.0
    assert e2e.per_class["open"].support == 1
    # The miss is in no column: what it was coded as says why the rows fall short.
    assert e2e.outside == {"complex_reflection": 1}
    assert e2e.as_dict()["outside"] == {"complex_reflection": 1}
    assert scores["question_subtype"].outside == {}


def test_the_codes_outside_a_task_are_counted_most_first() -> None:
    # Four gold questions: one coded as a question, three as other codes.
    scores = _case(
        [
            (Q_OPEN, "open_question", "open", "simple"),
            (Q_OPEN, "simple_reflection", "open", "simple"),
            (Q_CLOSED, "affirmation", "closed", "simple"),
            (Q_CLOSED, "simple_reflection", "closed", "simple"),
        ]
    )
    e2e = scores["question_subtype_end_to_end"]
    assert sum(map(sum, e2e.confusion)) == 1
    assert list(e2e.outside.items()) == [("simple_reflection", 2), ("affirmation", 1)]


def test_the_reflection_depth_is_scored_on_gold_reflections() -> None:
    scores = _case(
        [
            (R_COMPLEX, "closed_question", "closed", "complex"),
            (R_SIMPLE, "simple_reflection", "open", "simple"),
            (R_SIMPLE, "complex_reflection", "open", "complex"),
        ]
    )
    assert scores["reflection_subtype"].confusion == [[1, 1], [0, 1]]
    assert scores["reflection_subtype_end_to_end"].confusion == [[1, 1], [0, 0]]
    assert scores["question_subtype"].n == 0


def test_a_coder_without_form_decisions_is_scored_by_its_codes() -> None:
    scores = _case([(Q_OPEN, "open_question", None, None), (Q_CLOSED, "other", None, None)])
    assert scores["question_subtype"].confusion == [[1, 0], [0, 0]]
    assert scores["question_subtype"].per_class["closed"].support == 1


def test_the_validation_slice_is_every_ninth_train_transcript_and_never_test() -> None:
    from coachconn.analysis.annomi import AnnoMI

    def item(tid: int) -> LabelledTranscript:
        return LabelledTranscript(tid, Transcript([], "T"), [])

    corpus = AnnoMI(train=[item(i) for i in (40, 3, 21, 7, 12, 5, 30, 9, 1, 2, 8)], test=[item(99)])
    fit, val = corpus.fit_and_validation()
    assert sorted(t.transcript_id for t in val) == [1, 30]  # sorted ids 1,2,...: 1st and 10th
    assert sorted(t.transcript_id for t in fit + val) == sorted(
        t.transcript_id for t in corpus.train
    )
    assert not {t.transcript_id for t in fit} & {t.transcript_id for t in val}
