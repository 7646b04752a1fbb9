"""The shipped coder: one code per utterance, in order, the same every time."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from tests.head_names import HEAD_NAMES

from coachconn.analysis import coder as coder_module
from coachconn.analysis import rules
from coachconn.analysis.coder import (
    MODEL_DIR,
    Heads,
    _decide,
    flag_features,
    load_coder,
    load_default_coder,
    save_linear,
    utterance_texts,
    window_features,
)
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.rules import _text as text_rules
from coachconn.analysis.types import (
    CLIENT_CODES,
    COACH_CODES,
    QUESTION_CATEGORIES,
    Expression,
    Transcript,
    Utterance,
)
from coachconn.core.errors import ConfigError

LINES = [
    ("coach", "What would you like to focus on today?"),
    ("client", "My team keeps missing deadlines and I end up doing the work myself."),
    ("coach", "So you're picking up the slack and it's wearing you down."),
    ("client", "Yes. Honestly, I'm exhausted."),
    ("coach", "When have you handled a team problem like this before?"),
    ("client", "Last year I set up weekly check-ins and it helped a lot."),
    ("coach", "That took real initiative."),
    ("coach", "Let's spend the last ten minutes on your next steps."),
    ("client", "I'll talk to them on Monday about the check-ins."),
]


def _transcript(lines: list[tuple[str, str]]) -> Transcript:
    utterances, turn = [], -1
    for i, (role, text) in enumerate(lines):
        if i == 0 or lines[i - 1][0] != role:
            turn += 1
        speaker = "Coach" if role == "coach" else "Client"
        utterances.append(Utterance(i, turn, speaker, role, text))  # type: ignore[arg-type]
    return Transcript(utterances=utterances, coach="Coach")


def test_it_returns_one_coded_utterance_per_utterance_in_order() -> None:
    transcript = _transcript(LINES)
    coded = load_default_coder().code(transcript)
    assert [c.utterance for c in coded] == transcript.utterances
    for item in coded:
        if item.utterance.role == "coach":
            assert item.code in COACH_CODES
            assert (item.question_category in QUESTION_CATEGORIES) == item.code.endswith(
                "_question"
            )
        else:
            assert item.code in CLIENT_CODES


def test_every_coach_utterance_carries_its_form_decisions() -> None:
    coded = load_default_coder().code(_transcript(LINES))
    for item in coded:
        if item.utterance.role == "client":
            assert item.question_form is None and item.reflection_depth is None
            continue
        assert item.question_form in ("open", "closed")
        assert item.reflection_depth in ("simple", "complex")
        if item.code.endswith("_question"):
            assert item.code == f"{item.question_form}_question"
        if item.code.endswith("_reflection"):
            assert item.code == f"{item.reflection_depth}_reflection"


def test_a_stored_open_closed_model_decides_the_question_form(tmp_path: Path) -> None:
    # labels.json may carry a cue/head mix (training/fit_head.py); here one that only
    # listens to the "auxiliary verb first" cue, so the syntax alone decides.
    for name in ("model.onnx", "fusion.npz", "tokenizer.json"):
        (tmp_path / name).symlink_to(MODEL_DIR / name)
    labels = json.loads((MODEL_DIR / "labels.json").read_text(encoding="utf-8"))
    labels["question_form"] = {"intercept": 1.0, "head": 0.0, "weights": {"auxiliary_first": -2.0}}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    lines = [
        ("coach", "Did you talk to your manager?"),
        ("client", "Not yet."),
        ("coach", "What would you say to her?"),
    ]
    coded = load_coder(tmp_path).code(_transcript(lines))
    assert coded[0].question_form == "closed"
    assert coded[2].question_form == "open"
    assert coded[1].question_form is None


def test_it_codes_the_plain_cases_as_a_coach_would() -> None:
    coded = load_default_coder().code(_transcript(LINES))
    assert coded[0].code == "open_question"
    assert coded[4].question_category == "resource_accessing"
    assert coded[3].disclosure
    assert coded[5].reporting


def test_it_gives_the_same_codes_whatever_shares_the_batch() -> None:
    coder = load_coder(MODEL_DIR)
    texts = utterance_texts(_transcript(LINES))
    alone = np.vstack([coder.embed([text]) for text in texts])
    together = coder.embed(texts)
    noise = [f"client: something else entirely, item {i}." for i in range(40)]
    crowded = coder.embed(noise + texts[::-1] + noise)[len(noise) : len(noise) + len(texts)][::-1]
    np.testing.assert_allclose(together, alone, atol=1e-6)
    np.testing.assert_allclose(crowded, alone, atol=1e-6)


def test_it_codes_the_same_transcript_the_same_way_twice() -> None:
    coder = load_default_coder()
    first = coder.code(_transcript(LINES))
    # Context reaches two utterances ahead; before that, more transcript changes nothing.
    settled = len(LINES) - 2
    again = coder.code(_transcript(LINES * 3))[:settled]
    assert [c.code for c in first] == [c.code for c in coder.code(_transcript(LINES))]
    assert [c.code for c in first[:settled]] == [c.code for c in again]


def test_a_long_session_is_headed_in_blocks_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coder = load_default_coder()
    embeddings = coder.embed(utterance_texts(_transcript(LINES * 3)))
    whole = coder.logits(embeddings)  # fewer rows than one block
    monkeypatch.setattr(coder_module, "HEAD_BLOCK", 4)
    blocked = coder.logits(embeddings)
    assert blocked.shape == whole.shape
    np.testing.assert_allclose(blocked, whole, atol=1e-5)


def test_a_long_session_is_tokenized_in_blocks_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The tokenizer's encodings of a whole long session at once took more memory than
    # the rest of the analysis; only their ids are kept, a block at a time.
    coder = load_coder(MODEL_DIR)
    texts = utterance_texts(_transcript(LINES * 3))
    whole = coder.embed(texts)
    tokenizer = coder._tokenizer
    blocks: list[int] = []

    class Counting:
        def encode_batch(self, batch: list[str]) -> list[object]:
            blocks.append(len(batch))
            return list(tokenizer.encode_batch(batch))

    monkeypatch.setattr(coder, "_tokenizer", Counting())
    monkeypatch.setattr(coder_module, "ENCODE_BLOCK", 4)
    blocked = coder.embed(texts)
    distinct = len(set(texts))  # a repeated text is encoded once
    assert blocks == [4] * (distinct // 4) + [distinct % 4] * bool(distinct % 4)
    assert len(blocks) > 1
    np.testing.assert_array_equal(blocked, whole)


def test_an_empty_transcript_gives_no_codes() -> None:
    assert load_default_coder().code(Transcript(utterances=[], coach="Coach")) == []


def test_a_missing_model_is_a_config_error_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="could not be loaded"):
        load_coder(tmp_path)


def test_window_features_set_each_line_beside_its_neighbours_and_their_relations() -> None:
    emb = np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 4.0]], dtype=np.float32)
    plain = window_features(emb, 1, 1)
    assert plain.tolist() == [
        [0.0, 0.0, 1.0, 2.0, 3.0, -1.0],
        [1.0, 2.0, 3.0, -1.0, 0.5, 4.0],
        [3.0, -1.0, 0.5, 4.0, 0.0, 0.0],
    ]
    paired = window_features(emb, 1, 1, pairs=True)
    assert paired.shape == (3, 6 + 4 * 2)
    # Middle line: product and distance with the line before, then with the line after.
    assert paired[1, 6:].tolist() == [3.0, -2.0, 2.0, 3.0, 1.5, -4.0, 2.5, 5.0]
    # The first line has no line before it: zeros, so product 0 and distance |e|.
    assert paired[0, 6:10].tolist() == [0.0, 0.0, 1.0, 2.0]
    assert paired.dtype == np.float32


def test_a_single_line_transcript_has_window_features_too() -> None:
    one = np.ones((1, 3), dtype=np.float32)
    assert window_features(one, 2, 2, pairs=True).shape == (1, 3 * 5 + 3 * 4)


def _logits(behaviour: int, talk_type: int) -> np.ndarray:
    row = np.zeros(13, dtype=np.float32)
    row[behaviour] = 4.0  # behaviour logits come first
    row[4 + talk_type] = 4.0
    return row


def _asked(text: str, model_form: str) -> tuple[str, str | None]:
    """(code, question form) of a coach's question that the question head reads as
    ``model_form``."""
    row = _logits(0, 1)  # the model reads a question
    row[7 + HEAD_NAMES["question"].index(model_form)] = 4.0
    coded = _decide(Utterance(0, 0, "A", "coach", text), row, Heads.from_labels(HEAD_NAMES))
    return coded.code, coded.question_form


@pytest.mark.parametrize(
    ("role", "text", "row", "code", "has_confidence"),
    [
        # The model reads a reflection and the code shown is a reflection: its probability.
        ("coach", "So the deadlines keep you up at night.", _logits(1, 1), "reflection", True),
        # A rule turns the model's reflection into an affirmation: no probability for it.
        ("coach", "That took real courage.", _logits(1, 1), "affirmation", False),
        # The model reads other, the affirmation's own group, but the rules make it an
        # affirmation whatever the model reads: the model's doubt about "other" is not
        # doubt about the affirmation, so none is given.
        ("coach", "That took real courage.", _logits(3, 1), "affirmation", False),
        ("coach", "You should talk to her about it.", _logits(2, 1), "advice", False),
        # Other because the model read other (read as a reflection, it is one): its
        # probability stands.
        ("coach", "So the deadlines keep you up at night.", _logits(3, 1), "other", True),
        # The model's neutral talk turned into change talk by the commitment rule.
        ("client", "I'll talk to her on Monday.", _logits(0, 1), "change", False),
        ("client", "It was a long week.", _logits(0, 1), "neutral", True),
    ],
)
def test_confidence_belongs_to_the_code_shown_or_is_absent(
    role: str, text: str, row: np.ndarray, code: str, has_confidence: bool
) -> None:
    heads = Heads.from_labels(HEAD_NAMES)
    coded = _decide(Utterance(0, 0, "A", role, text), row, heads)  # type: ignore[arg-type]
    assert code in coded.code
    assert (coded.confidence is not None) == has_confidence
    if has_confidence:
        assert coded.confidence is not None and 0.9 < coded.confidence <= 1.0


def test_the_flag_head_decides_client_flags_and_the_rules_stand_in_without_it(
    tmp_path: Path,
) -> None:
    transcript = _transcript(LINES)
    for name in ("model.onnx", "fusion.npz", "tokenizer.json", "labels.json"):
        (tmp_path / name).symlink_to(MODEL_DIR / name)
    rules_only = load_coder(tmp_path).code(transcript)
    for item in rules_only:  # no flags.npz: the rules give the flags
        if item.utterance.role == "client":
            expected = rules.client_flags(item.utterance.text)
            assert (item.reflecting, item.reporting, item.disclosure) == (
                expected.reflecting,
                expected.reporting,
                expected.disclosure,
            )
    # A head that ignores the embedding: reporting is always on (but for the plan, which
    # is no report), disclosure follows the rules' reporting cue, reflecting never fires.
    width = load_coder(tmp_path).embed(["client: x"]).shape[1]
    weights = np.zeros((width + 4, 3), dtype=np.float32)
    weights[width + 1, 2] = 1.0
    names = ["reflecting", "reporting", "disclosure"]
    save_linear(tmp_path / "flags.npz", names, weights, np.array([-1.0, 1.0, -0.5]))
    headed = load_coder(tmp_path).code(transcript)
    for item in headed:
        if item.utterance.role == "client":
            cue = rules.client_flags(item.utterance.text).reporting
            plan = item.utterance.text.startswith("I'll talk to them on Monday")
            assert (item.reflecting, item.reporting, item.disclosure) == (False, not plan, cue)
        else:
            assert not (item.reflecting or item.reporting or item.disclosure)


def test_tears_the_transcriber_marked_are_a_disclosure_whatever_the_words() -> None:
    heads = Heads.from_labels(HEAD_NAMES)
    said = "It was the first morning back."  # no feeling in the words: no disclosure
    plain = _decide(Utterance(0, 0, "A", "client", said), _logits(0, 1), heads)
    crying = Utterance(0, 0, "A", "client", said, expressions=(Expression(0, "tears"),))
    laughing = Utterance(0, 0, "A", "client", said, expressions=(Expression(0, "laughter"),))
    assert not plain.disclosure
    assert _decide(crying, _logits(0, 1), heads).disclosure
    assert not _decide(laughing, _logits(0, 1), heads).disclosure


def test_flag_features_carry_the_rules_and_the_short_answer_cue() -> None:
    embeddings = np.ones((2, 3), dtype=np.float32)
    texts = ["Yeah.", "Then she told me the budget was cut, and honestly I was gutted."]
    features = flag_features(embeddings, texts)
    assert features.shape == (2, 3 + 4)
    assert features[0, 3:].tolist() == [0.0, 0.0, 0.0, 1.0]  # a short answer, no flags
    assert features[1, 4] == 1.0 and features[1, 6] == 0.0  # reporting; not short


def test_the_statement_head_moves_statements_only_into_or_out_of_its_three_acts() -> None:
    from coachconn.analysis.coder import STATEMENT_CODES, StatementHead

    n = len(STATEMENT_CODES)
    # Features are a one-hot of the code the head should read; the head is sure of it.
    head = StatementHead(np.eye(n, dtype=np.float32) * 10, np.zeros(n, dtype=np.float32), 0.5)
    reads = ["affirmation", "advice", "complex_reflection", "other", "structuring"]
    current = ["complex_reflection", "information", "simple_reflection", "affirmation", "other"]
    features = np.stack([np.eye(n, dtype=np.float32)[STATEMENT_CODES.index(c)] for c in reads])
    assert head.decide(features, current) == [
        "affirmation",  # into an act
        "information",  # input to input: the model and the rules keep it
        "simple_reflection",  # depth stays with the model
        "other",  # out of an act the rules gave
        "structuring",
    ]
    unsure = StatementHead(np.zeros((n, n), dtype=np.float32), np.zeros(n, dtype=np.float32))
    assert unsure.decide(features, current) == current  # never above the threshold


def _statement_head_dir(
    tmp_path: Path, names: list[str] | None = None, moves: dict[str, str] | None = None
) -> Path:
    """A model folder whose statement head turns every statement the model and the rules
    call "other" into structuring (or as ``moves`` says), and leaves the rest alone."""
    from coachconn.analysis.coder import STATEMENT_CODES

    for name in ("model.onnx", "fusion.npz", "tokenizer.json", "labels.json", "flags.npz"):
        (tmp_path / name).symlink_to(MODEL_DIR / name)
    for head in ("categories.npz", "talk.npz"):  # the shipped heads, but for statements
        if (MODEL_DIR / head).is_file():
            (tmp_path / head).symlink_to(MODEL_DIR / head)
    width = load_coder(tmp_path).embed(["coach: x"]).shape[1]
    n = len(STATEMENT_CODES)
    weights = np.zeros((width + 8 + n, n), dtype=np.float32)
    chosen = width + 8  # the one-hot of the code given so far
    moves = {"other": "structuring"} if moves is None else moves
    for k, code in enumerate(STATEMENT_CODES):
        target = moves.get(code, code)
        weights[chosen + k, STATEMENT_CODES.index(target)] = 20.0
    save_linear(tmp_path / "statements.npz", names or STATEMENT_CODES, weights, np.zeros(n), 0.5)
    return tmp_path


def test_the_statement_head_recodes_statements_through_the_coder(tmp_path: Path) -> None:
    lines = [
        ("coach", "Mm-hmm."),
        ("client", "It was a long week."),
        ("coach", "What made it long?"),
        ("coach", "So the week wore you out."),
    ]
    plain = load_default_coder().code(_transcript(lines))
    headed = load_coder(_statement_head_dir(tmp_path)).code(_transcript(lines))
    assert plain[0].code == "other" and headed[0].code == "structuring"
    for before, after in zip(plain[1:], headed[1:], strict=True):
        assert after == before  # a question, a client line, a reflection: untouched
    # "Mm-hmm." is what the model reads as other, structuring's group: confidence stays.
    assert headed[0].confidence == plain[0].confidence is not None


def test_the_statement_head_leaves_a_step_into_the_session_as_structuring(
    tmp_path: Path,
) -> None:
    lines = [
        ("client", "Yeah. Yeah I will."),
        ("coach", "So, shall we get into it?"),
        ("coach", "Let's look at the board meeting."),
    ]
    model = _statement_head_dir(tmp_path, moves={"structuring": "simple_reflection"})
    coded = load_coder(model).code(_transcript(lines))
    assert rules.moves_on("So, shall we get into it?")
    # the step into the session stays the rules' structuring; other structuring is re-read
    assert [c.code for c in coded[1:]] == ["structuring", "simple_reflection"]


def test_the_statement_head_leaves_a_stage_named_as_structuring(tmp_path: Path) -> None:
    lines = [
        ("client", "I don't know what to do next."),
        ("coach", "So, options."),
        ("client", "I've got options now, at least."),
        ("coach", "So, options."),
    ]
    model = _statement_head_dir(
        tmp_path, moves={"structuring": "complex_reflection", "simple_reflection": "other"}
    )
    coded = load_coder(model).code(_transcript(lines))
    # the stage named stays the rules' structuring; the client's word given back is re-read
    assert coded[1].code == "structuring"
    assert coded[3].code != "structuring"
    assert not rules.moves_on("So, options.", "I've got options now, at least.")


def test_a_statement_head_for_other_classes_is_a_config_error(tmp_path: Path) -> None:
    model = _statement_head_dir(tmp_path, names=["other"] * 8)
    with pytest.raises(ConfigError, match=r"statements\.npz is not for the classes"):
        load_coder(model)


def test_the_category_head_re_reads_only_what_the_rules_leave_in_exploration() -> None:
    from coachconn.analysis.coder import CategoryHead

    n = len(QUESTION_CATEGORIES)
    head = CategoryHead(np.eye(n, dtype=np.float32) * 10, np.zeros(n, dtype=np.float32), 0.6)
    reads = ["process", "process", "exploration", "future_focused"]
    current = ["exploration", "future_focused", "exploration", "exploration"]
    features = np.stack([np.eye(n, dtype=np.float32)[QUESTION_CATEGORIES.index(c)] for c in reads])
    assert head.decide(features, current) == [
        "process",  # the rules' default, re-read
        "future_focused",  # a cue decided it: the rules keep it
        "exploration",
        "future_focused",
    ]
    unsure = CategoryHead(np.zeros((n, n), dtype=np.float32), np.zeros(n, dtype=np.float32))
    assert unsure.decide(features, current) == current


def _category_head_dir(tmp_path: Path, names: list[str] | None = None) -> Path:
    """A model folder whose category head reads every question the rules leave in
    exploration as process."""
    for name in ("model.onnx", "fusion.npz", "tokenizer.json", "labels.json"):
        (tmp_path / name).symlink_to(MODEL_DIR / name)
    width = load_coder(tmp_path).embed(["coach: x"]).shape[1]
    n = len(QUESTION_CATEGORIES)
    weights = np.zeros((width + 2 * n - 1, n), dtype=np.float32)
    chosen = width + n - 1  # the one-hot of the rules' category
    for k, category in enumerate(QUESTION_CATEGORIES):
        target = "process" if category == "exploration" else category
        weights[chosen + k, QUESTION_CATEGORIES.index(target)] = 20.0
    save_linear(
        tmp_path / "categories.npz", names or QUESTION_CATEGORIES, weights, np.zeros(n), 0.6
    )
    return tmp_path


def test_the_category_head_re_reads_questions_through_the_coder(tmp_path: Path) -> None:
    lines = [
        ("client", "It was a long week."),
        ("coach", "What made it long?"),
        ("coach", "What will you do first on Monday?"),
    ]
    coder = load_coder(_category_head_dir(tmp_path))
    coded = coder.code(_transcript(lines))
    assert rules.question_category("What made it long?") == "exploration"
    assert [c.question_category for c in coded] == [None, "process", "future_focused"]


def test_the_category_head_leaves_a_follow_up_or_an_obstacle_met_in_exploration(
    tmp_path: Path,
) -> None:
    lines = [
        ("client", "Last time you suggested writing the list down first."),
        ("coach", "Did you get a chance to try that?"),
        ("coach", "What's made it hard to do in the past?"),  # what stood in the way
        ("coach", "What made it long?"),
    ]
    coder = load_coder(_category_head_dir(tmp_path))
    coded = coder.code(_transcript(lines))
    assert [c.question_category for c in coded] == [None, "exploration", "exploration", "process"]


def test_the_category_head_leaves_a_request_for_a_fact_or_an_example_in_exploration(
    tmp_path: Path,
) -> None:
    lines = [
        ("client", "We're at about forty K MRR, and the team wants more."),
        ("coach", "Sorry, is that forty a month?"),
        ("coach", "Like what?"),
        ("coach", "Have you had a coach before?"),
        ("coach", "What made it long?"),
    ]
    coder = load_coder(_category_head_dir(tmp_path))
    coded = coder.code(_transcript(lines))
    assert [c.question_category for c in coded] == [
        None,
        "exploration",
        "exploration",
        "exploration",
        "process",  # no fact asked for: the head re-reads it
    ]


def test_a_category_head_for_other_classes_is_a_config_error(tmp_path: Path) -> None:
    model = _category_head_dir(tmp_path, names=["exploration"] * 5)
    with pytest.raises(ConfigError, match=r"categories\.npz is not for the classes"):
        load_coder(model)


def test_no_client_words_stay_cached_after_an_analysis() -> None:
    from coachconn.analysis import lexicon, rapport
    from coachconn.analysis.session import measure_transcript

    measure_transcript(_transcript(LINES), load_default_coder())
    for cached in (text_rules._clean, rules.short_answer, lexicon.stem, rapport._is_content):
        assert cached.cache_info().currsize == 0, cached.__name__


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("On a scale of one to ten, how important is this to you?", "closed"),
        ("How confident are you, from 0 to 10?", "closed"),
        ("How important is this to you?", "open"),
    ],
)
def test_a_ruler_is_a_closed_question_whatever_the_model_reads(text: str, form: str) -> None:
    assert _asked(text, "open") == (f"{form}_question", form)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Anything else you want to raise today?", "closed"),
        ("Anything you'd add?", "closed"),
        ("Anything else?", "open"),  # said alone, the model's reading stands
    ],
)
def test_a_yes_no_question_without_its_is_there_is_closed_whatever_the_model_reads(
    text: str, form: str
) -> None:
    assert _asked(text, "open") == (f"{form}_question", form)


def test_a_suggestion_put_as_a_question_is_advice_with_no_category() -> None:
    heads = Heads.from_labels(HEAD_NAMES)
    row = _logits(0, 1)  # the model reads a question
    coded = _decide(Utterance(0, 0, "A", "coach", "Why don't you ask them?"), row, heads)
    assert (coded.code, coded.question_category) == ("advice", None)
    asks = _decide(Utterance(0, 0, "A", "coach", "Why don't you want to ask them?"), row, heads)
    assert asks.code.endswith("_question") and asks.question_category == "exploration"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("How was the week?", "open"),
        ("That sounds hard. So, how did it go?", "open"),
        ("How do you feel about it?", "open"),
        ("How many times?", "closed"),  # a number: the model's reading stands
        ("How are you? Did you sleep?", "closed"),  # the last question decides
    ],
)
def test_asking_how_something_was_is_an_open_question_whatever_the_model_reads(
    text: str, form: str
) -> None:
    assert _asked(text, "closed") == (f"{form}_question", form)


def test_a_client_line_about_the_call_is_neutral_with_no_flags_whatever_the_heads_read() -> None:
    heads = Heads.from_labels(HEAD_NAMES)
    line = Utterance(0, 0, "A", "client", "Sorry, my laptop died.")  # type: ignore[arg-type]
    flags = rules.ClientFlags(True, True, True)  # as a flag head might read "died"
    coded = _decide(line, _logits(3, 0), heads, None, flags)  # the model reads change
    assert coded.code == "neutral" and coded.confidence is None
    assert not (coded.reflecting or coded.reporting or coded.disclosure)


def test_calling_the_other_by_name_alone_is_about_the_call_whatever_the_heads_read() -> None:
    # The names come from the speakers' labels: the coach's "Olu?" calls the client, the
    # client's "Ana? Are you there?" the coach. Before, "Olu?" was a closed question.
    heads = Heads.from_labels(HEAD_NAMES)
    lines = [
        Utterance(0, 0, "Ana Ruiz", "coach", "How was the week?"),
        Utterance(1, 1, "Olu Adeyemi", "client", "Long."),
        Utterance(2, 2, "Ana Ruiz", "coach", "Olu?"),
        Utterance(3, 3, "Olu Adeyemi", "client", "Ana? Are you there?"),
        Utterance(4, 4, "Ana Ruiz", "coach", "Ana?"),  # her own name: no call to anyone
    ]
    row = _logits(0, 0)  # the model reads a question, and change talk
    row[7 + HEAD_NAMES["question"].index("closed")] = 4.0
    coded = coder_module.decide(lines, np.stack([row] * len(lines)), heads)
    assert [c.code for c in coded[2:]] == ["other", "neutral", "closed_question"]
    assert not (coded[3].reflecting or coded[3].reporting or coded[3].disclosure)


def test_a_client_defending_themselves_loses_the_heads_insight_and_disclosure() -> None:
    heads = Heads.from_labels(HEAD_NAMES)
    line = Utterance(0, 0, "A", "client", "I know how to run a meeting.")  # type: ignore[arg-type]
    flags = rules.ClientFlags(True, True, True)  # as the flag head read it
    coded = _decide(line, _logits(0, 1), heads, None, flags)
    assert (coded.reflecting, coded.reporting, coded.disclosure) == (False, True, False)


def test_an_invitation_is_an_open_question_with_an_open_form_though_the_heads_disagree() -> None:
    heads = Heads.from_labels(HEAD_NAMES)
    row = _logits(3, 1)  # the model reads "other"
    row[7 + 1] = 4.0  # and, were it a question, a closed one
    coded = _decide(Utterance(0, 0, "A", "coach", "Say more."), row, heads)  # type: ignore[arg-type]
    assert (coded.code, coded.question_form) == ("open_question", "open")


def test_a_figure_of_speech_deepens_a_reflection_unless_the_client_just_used_it() -> None:
    heads = Heads.from_labels(HEAD_NAMES)
    reflection = _logits(1, 1)
    reflection[9] = 4.0  # the reflection head reads "simple"

    def depth(client: str) -> tuple[str, str | None]:
        lines = [
            Utterance(0, 0, "Client", "client", client),
            Utterance(1, 1, "Coach", "coach", "You're running on empty."),
        ]
        coded = coder_module.decide(lines, np.vstack([_logits(3, 1), reflection]), heads)[1]
        return coded.code, coded.reflection_depth

    assert depth("I work every weekend and sleep five hours.") == ("complex_reflection", "complex")
    assert depth("I'm running on empty, to be honest.") == ("simple_reflection", "simple")


def test_the_clients_last_words_said_back_are_read_against_what_the_client_said() -> None:
    heads = Heads.from_labels(HEAD_NAMES)

    def echoed(client: str) -> str:
        lines = [
            Utterance(0, 0, "Client", "client", client),
            Utterance(1, 1, "Coach", "coach", "That stung."),
        ]
        # both lines read as "other" by the model
        return coder_module.decide(lines, np.vstack([_logits(3, 1), _logits(3, 1)]), heads)[1].code

    assert echoed("My VP called me an expensive analyst. And that stung.") == "simple_reflection"
    assert echoed("My VP called me an expensive analyst on Monday.") == "other"


def test_a_set_up_before_a_question_is_part_of_that_question_not_a_reflection() -> None:
    text = (
        "Coach: What would you like to focus on today?\n"
        "Client: The promotion panel next month. I'm not sure I'm ready.\n"
        "Coach: Imagine it's a year from now and you took the role. What's different?\n"
        "Client: I'd be leading the whole team.\n"
    )
    coded = load_default_coder().code(parse_transcript(text.encode(), coach="Coach"))
    asked = coded[2]
    assert asked.utterance.text.startswith("Imagine") and asked.utterance.text.endswith("?")
    assert (asked.code, asked.question_category) == ("open_question", "future_focused")
    assert len(coded) == 4


def test_a_question_is_read_with_the_coachs_own_line_just_before_it_in_the_same_turn() -> None:
    from coachconn.analysis.coder import coach_leads, decide

    utterances = [
        Utterance(0, 0, "A", "coach", "We're nearly at time."),
        Utterance(1, 0, "A", "coach", "How did this go for you?"),
        Utterance(2, 1, "B", "client", "We're nearly at time, I know."),
        Utterance(3, 2, "A", "coach", "How did this go for you?"),
        # the coach again, but in a turn of their own (after a long pause, say)
        Utterance(4, 3, "A", "coach", "How did this go for you?"),
    ]
    assert coach_leads(utterances) == ["", "We're nearly at time.", "", "", ""]
    rows = [_logits(3, 1), _logits(0, 1), _logits(3, 1), _logits(0, 1), _logits(0, 1)]
    coded = decide(utterances, np.stack(rows), Heads.from_labels(HEAD_NAMES))
    assert [c.question_category for c in coded] == [
        None,
        "process",  # feedback asked for once the end is named
        None,
        "exploration",  # the client's words lead into nothing the coach asks
        "exploration",
    ]


def test_the_category_heads_features_carry_the_lead_in_at_the_same_width() -> None:
    from coachconn.analysis.coder import category_features

    n = len(QUESTION_CATEGORIES)
    embeddings = np.zeros((2, 3), dtype=np.float32)
    texts = ["How did this go for you?"] * 2
    plain = category_features(embeddings, texts)
    led = category_features(embeddings, texts, ["", "We're nearly at time."])
    assert plain.shape == led.shape == (2, 3 + 2 * n - 1)
    chosen = 3 + n - 1  # the one-hot of the rules' category
    assert led[0, chosen + QUESTION_CATEGORIES.index("exploration")] == 1.0
    assert led[1, chosen + QUESTION_CATEGORIES.index("process")] == 1.0
    assert np.array_equal(plain[0], led[0])


def test_the_statement_head_leaves_what_the_rules_settle(tmp_path: Path) -> None:
    lines = [
        ("client", "It wouldn't fall. Then what am I for?"),
        ("coach", "Then what are you for."),
        ("client", "Maybe I've been telling myself the wrong story."),
        ("coach", "That's a real shift from ten minutes ago."),
        ("coach", "We keep coming back to your father."),
        ("coach", "That took real courage."),
    ]
    model = _statement_head_dir(
        tmp_path,
        moves={
            code: "structuring"
            for code in ("simple_reflection", "complex_reflection", "affirmation")
        },
    )
    coded = load_coder(model).code(_transcript(lines))
    # the echo, the movement named and the pattern noticed keep the rules' codes; an
    # affirmation of the usual kind is the head's to re-read
    assert [coded[i].code for i in (1, 3, 4, 5)] == [
        "simple_reflection",
        "affirmation",
        "complex_reflection",
        "structuring",
    ]


def test_only_the_coachs_own_line_just_before_in_the_same_turn_leads_into_a_question() -> None:
    from coachconn.analysis.coder import coach_leads

    end = "We're nearly at time."
    utterances = [
        # the first utterance has nothing before it
        Utterance(0, 0, "A", "coach", "How did this go for you?"),
        Utterance(1, 1, "B", "client", end),
        # a third speaker (a manager in a three-way session) between the coach's lines
        Utterance(2, 2, "A", "coach", end),
        Utterance(3, 3, "C", "other", "Sorry, can I just add something?"),
        Utterance(4, 4, "A", "coach", "How did this go for you?"),
        # the coach's lines in one turn: only the one just before leads in
        Utterance(5, 4, "A", "coach", end),
        Utterance(6, 4, "A", "coach", "Thanks for today."),
        Utterance(7, 4, "A", "coach", "How did this go for you?"),
        # the client's line after the coach's has no lead-in of its own
        Utterance(8, 5, "B", "client", "How did this go for you?"),
    ]
    leads = coach_leads(utterances)
    asked = "How did this go for you?"
    assert leads == ["", "", "", "", "", asked, end, "Thanks for today.", ""]
    categories = [
        rules.question_category(u.text, lead) for u, lead in zip(utterances, leads, strict=True)
    ]
    assert categories[0] == categories[4] == categories[7] == "exploration"
    assert coach_leads([]) == []


def test_a_parsed_turn_reads_its_question_with_the_statements_just_before_it() -> None:
    from coachconn.analysis.coder import coach_leads

    text = (
        "Coach: Good to see you. What would you like to look at today?\n"
        "Manager: I hope you two don't mind me sitting in.\n"
        "Client: The interview. Honestly, we're nearly at time on the project too.\n"
        "Coach: How did this go for you?\n"
        "Client: Fine, I think.\n"
        "Coach: Okay. We're nearly at time. How did this go for you?\n"
        "Client: Good, actually.\n"
        "Manager: Can I just say, we're nearly at time.\n"
        "Coach: How did this go for you?\n"
    )
    transcript = parse_transcript(text.encode(), coach="Coach", known_client="Client")
    utterances = transcript.utterances
    leads = coach_leads(utterances)
    asked = [i for i, u in enumerate(utterances) if u.text == "How did this go for you?"]
    assert len(asked) == 3
    # the coach's own statements, cut from the question in the same turn, lead into it;
    # the client's or the manager's words just before lead into nothing
    assert [leads[i] for i in asked] == ["", "Okay. We're nearly at time.", ""]
    assert utterances[asked[2] - 1].role == "other"
    coded = load_default_coder().code(transcript)
    assert coded[asked[1]].question_category == "process"
    assert [rules.question_category(utterances[i].text, leads[i]) for i in asked] == [
        "exploration",
        "process",
        "exploration",
    ]
