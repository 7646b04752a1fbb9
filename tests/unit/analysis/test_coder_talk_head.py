"""The talk head: client talk type re-read from the utterance, the window head's reading
and the coach's line before it, with the rules still having their say after it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from coachconn.analysis import coder as coder_module
from coachconn.analysis.coder import (
    MODEL_DIR,
    Heads,
    decide,
    load_coder,
    save_linear,
    softmax,
    talk_features,
)
from coachconn.analysis.types import Transcript, Utterance
from coachconn.core.errors import ConfigError

TALK = ("change", "neutral", "sustain")
HEAD_NAMES = {
    "behaviour": ["question", "reflection", "therapist_input", "other"],
    "talk_type": list(TALK),
    "question": ["open", "closed"],
    "reflection": ["simple", "complex"],
    "input": ["information", "advice"],
}
LINES = [
    ("coach", "What will you do before we meet again?"),
    ("client", "It was a long week."),
    ("client", "Sorry, my laptop died."),
    ("coach", "So the week wore you out."),
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


def _model_dir(tmp_path: Path) -> Path:
    """A model folder with the encoder and the window head, and no linear head."""
    for name in ("model.onnx", "fusion.npz", "tokenizer.json", "labels.json"):
        (tmp_path / name).symlink_to(MODEL_DIR / name)
    return tmp_path


def _width(model: Path) -> int:
    return int(load_coder(model).embed(["client: x"]).shape[1])


def _save_head(
    model: Path,
    bias: list[float],
    repeat: float = 0.0,
    names: tuple[str, ...] = TALK,
    extra: int = 0,
) -> None:
    """talk.npz: ``repeat`` times the window head's log-probabilities, plus ``bias``."""
    width = _width(model)
    weights = np.zeros((width + 10 + extra, 3), dtype=np.float32)
    weights[width : width + 3] = np.eye(3) * repeat  # the window head's log-probabilities
    save_linear(model / "talk.npz", names, weights, np.array(bias))


def test_talk_features_read_the_coachs_last_line_before_each_client_line() -> None:
    heads = Heads.from_labels(HEAD_NAMES)
    utterances = _transcript(
        [("client", "Hi."), ("coach", "What will you do?"), ("client", "Ask."), ("client", "Soon.")]
    ).utterances
    embeddings = np.arange(8, dtype=np.float32).reshape(4, 2)
    logits = np.zeros((4, 13), dtype=np.float32)
    logits[1, 0] = 3.0  # the coach line reads as a question
    logits[2, 4] = 2.0  # the first answer reads as change talk
    features = talk_features(utterances, embeddings, logits, heads, [0, 2, 3])
    assert features.shape == (3, 2 + 3 + 4 + 2 + 1)
    assert features[0].tolist()[:2] == [0.0, 1.0]
    assert not features[0, 5:].any()  # the coach has not spoken yet
    expected = np.log(softmax(np.array([[2.0, 0.0, 0.0]])))[0]
    np.testing.assert_allclose(features[1, 2:5], expected, rtol=1e-5)
    asks = softmax(np.array([[3.0, 0, 0, 0]]))[0]  # the coach line's behaviour
    for row, at_once in ((1, 1.0), (2, 0.0)):
        np.testing.assert_allclose(features[row, 5:9], asks, rtol=1e-5)
        np.testing.assert_allclose(features[row, 9:11], [0.5, 0.5], rtol=1e-5)
        assert features[row, -1] == at_once  # it answers the coach line at once
    assert talk_features(utterances, embeddings, logits, heads, []).shape == (0, 12)


def test_without_talk_npz_the_window_head_and_the_rules_decide(tmp_path: Path) -> None:
    coder = load_coder(_model_dir(tmp_path))
    transcript = _transcript(LINES)
    logits = coder.transcript_logits(transcript)
    assert coder.code(transcript) == decide(transcript.utterances, logits, coder.heads)


def test_a_talk_head_that_repeats_the_window_head_changes_nothing(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    transcript = _transcript(LINES)
    plain = load_coder(model).code(transcript)
    _save_head(model, [0.0, 0.0, 0.0], repeat=1.0)
    headed = load_coder(model).code(transcript)
    assert [c.code for c in headed] == [c.code for c in plain]
    for before, after in zip(plain, headed, strict=True):
        if before.confidence is None:
            assert after.confidence is None
        else:
            assert after.confidence == pytest.approx(before.confidence, abs=2e-4)


def test_the_talk_head_reads_client_lines_and_the_rules_have_their_say_after(
    tmp_path: Path,
) -> None:
    model = _model_dir(tmp_path)
    transcript = _transcript(LINES)
    plain = load_coder(model).code(transcript)
    _save_head(model, [0.0, 0.0, 20.0])  # sure of sustain talk, whatever is said
    headed = load_coder(model).code(transcript)
    for before, after in zip(plain, headed, strict=True):
        if before.utterance.role == "coach":
            assert after == before  # coach lines are the window head's and the rules'
    assert headed[1].code == "sustain"
    assert headed[1].confidence == pytest.approx(1.0)
    assert headed[2].code == "neutral"  # a line about the call is neutral, rule over model
    assert headed[2].confidence is None
    _save_head(model, [0.0, 20.0, 0.0])  # sure of neutral talk
    neutral = load_coder(model).code(transcript)
    assert [neutral[i].code for i in (1, 2)] == ["neutral", "neutral"]
    assert neutral[4].code == "change"  # the client commits: the rule makes it change talk
    assert neutral[4].confidence is None


def test_the_talk_head_codes_the_same_every_time(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    width = _width(model)
    rng = np.random.default_rng(7)
    weights = rng.normal(0.0, 0.3, (width + 10, 3)).astype(np.float32)
    save_linear(model / "talk.npz", TALK, weights, np.zeros(3))
    transcript = _transcript(LINES)
    first = load_coder(model).code(transcript)
    coder = load_coder(model)
    assert coder.code(transcript) == first
    assert coder.code(transcript) == first


def test_a_talk_head_for_another_feature_width_is_a_config_error(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    _save_head(model, [0.0, 0.0, 0.0], extra=1)
    with pytest.raises(ConfigError, match=r"talk\.npz expects .* features, not"):
        load_coder(model)


def test_a_talk_head_for_other_classes_is_a_config_error(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    _save_head(model, [0.0, 0.0, 0.0], names=("change", "sustain", "neutral"))
    with pytest.raises(ConfigError, match=r"talk\.npz is not for the classes"):
        load_coder(model)


def test_the_window_heads_reading_and_the_clients_last_words_are_worked_out_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The shipped coder has every head: the talk and statement heads read the window
    # head's probabilities, as the code of each utterance does, from one reading.
    coder = load_coder(MODEL_DIR)
    transcript = _transcript(LINES)
    expected = coder.code(transcript)
    read: list[str] = []
    said: list[str] = []
    probabilities, said_before = Heads.probabilities, coder_module._said_before

    def counted(self: Heads, logits: np.ndarray, head: str) -> np.ndarray:
        read.append(head)
        return probabilities(self, logits, head)

    def counted_said(utterances: list[Utterance], role: str) -> list[str]:
        said.append(role)
        return said_before(utterances, role)

    monkeypatch.setattr(Heads, "probabilities", counted)
    monkeypatch.setattr(coder_module, "_said_before", counted_said)
    assert coder.code(transcript) == expected
    assert sorted(read) == sorted(HEAD_NAMES)  # each head once, the talk type too
    assert sorted(said) == ["client", "coach"]
