"""The one gateway to the utterance coder (the shipped model plus rules).

Everything that codes utterances goes through :func:`load_default_coder`, so a
test swaps exactly this one thing.

The model is a multi-task MiniLM exported to ONNX (see ``model/MODEL_CARD.md``).
It reads each utterance with the turn before it and returns logits for AnnoMI's
therapist behaviour and client talk type, plus the question, reflection and
input subtypes. Rules (:mod:`coachconn.analysis.rules`) then split AnnoMI's
"other" into affirmation, self-disclosure and structuring, and give each
question its category and each client utterance its flags.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from coachconn.analysis import rules
from coachconn.analysis.types import CodedUtterance, Transcript, Utterance
from coachconn.core.errors import ConfigError

MODEL_DIR = Path(__file__).resolve().parent / "model"
# Words of earlier talk kept as context; the end of the previous turn matters most.
CONTEXT_WORDS = 40
MAX_TOKENS = 128
BATCH_SIZE = 16
THREADS = 2


class Coder(Protocol):
    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        """One CodedUtterance per utterance, in order. Same input, same output."""
        ...


def _speaker_text(utterance: Utterance) -> str:
    return f"{utterance.role}: {utterance.text}"


def model_pairs(
    transcript: Transcript, before: int = CONTEXT_WORDS, after: int = 0
) -> list[tuple[str, str]]:
    """The model's input for each utterance: (context, current), both with role markers.

    Context is the previous turn plus any earlier utterances of the current turn, cut
    to its last ``before`` words; with ``after`` > 0, the first ``after`` words of what
    follows (the rest of the turn, then the next turn) are added after a ``||``. A
    coder reads a whole transcript, so what the client says next is fair evidence of
    what the coach just did. Training builds its inputs with this same function.
    """
    by_turn: dict[int, list[Utterance]] = defaultdict(list)
    for utterance in transcript.utterances:
        by_turn[utterance.turn].append(utterance)
    turns = sorted(by_turn)
    neighbours = {
        turn: (turns[i - 1] if i else -1, turns[i + 1] if i + 1 < len(turns) else -1)
        for i, turn in enumerate(turns)
    }
    pairs = []
    for utterance in transcript.utterances:
        previous, following = neighbours[utterance.turn]
        same_turn = by_turn[utterance.turn]
        earlier = [u for u in same_turn if u.index < utterance.index]
        context = _words(by_turn.get(previous, []) + earlier, before, last=True)
        if after:
            later = [u for u in same_turn if u.index > utterance.index]
            context = f"{context} || {_words(later + by_turn.get(following, []), after)}"
        pairs.append((context, _speaker_text(utterance)))
    return pairs


def _words(utterances: list[Utterance], limit: int, last: bool = False) -> str:
    """The utterances as "role: text", cut to their first (or last) ``limit`` words."""
    words = " ".join(_speaker_text(u) for u in utterances).split()
    if not words:
        return "(none)"
    if len(words) <= limit:
        return " ".join(words)
    return "... " + " ".join(words[-limit:]) if last else " ".join(words[:limit]) + " ..."


@dataclass(frozen=True, slots=True)
class Heads:
    """Column ranges of the model's single logits output, one per task."""

    names: dict[str, tuple[str, ...]]
    offsets: dict[str, int]

    @classmethod
    def from_labels(cls, labels: dict[str, list[str]]) -> Heads:
        offsets, start = {}, 0
        for name, classes in labels.items():
            offsets[name] = start
            start += len(classes)
        return cls({name: tuple(c) for name, c in labels.items()}, offsets)

    def probabilities(self, logits: np.ndarray, head: str) -> np.ndarray:
        start = self.offsets[head]
        part = logits[:, start : start + len(self.names[head])]
        exp = np.exp(part - part.max(axis=1, keepdims=True))
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))


class OnnxCoder:
    """Codes transcripts with the shipped ONNX model and the rules."""

    def __init__(
        self, session: Any, tokenizer: Any, heads: Heads, context: dict[str, int] | None = None
    ) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._heads = heads
        self._context = context or {"before": CONTEXT_WORDS, "after": 0}

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        if not transcript.utterances:
            return []
        logits = self.logits(model_pairs(transcript, **self._context))
        return [
            _decide(utterance, row, self._heads)
            for utterance, row in zip(transcript.utterances, logits, strict=True)
        ]

    def logits(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Model logits per pair, in input order.

        Pairs are grouped by exact token length, so no batch is ever padded: each
        result depends on its own input only, whichever pairs share its batch.
        """
        encodings = self._tokenizer.encode_batch(list(pairs))
        by_length: dict[int, list[int]] = defaultdict(list)
        for i, encoding in enumerate(encodings):
            by_length[len(encoding.ids)].append(i)
        out: np.ndarray | None = None
        for length in sorted(by_length):
            members = by_length[length]
            for start in range(0, len(members), BATCH_SIZE):
                chunk = members[start : start + BATCH_SIZE]
                result = self._run([encodings[i] for i in chunk])
                if out is None:
                    out = np.zeros((len(pairs), result.shape[1]), dtype=np.float32)
                out[chunk] = result
        assert out is not None
        return out

    def _run(self, encodings: list[Any]) -> np.ndarray:
        feed = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        return np.asarray(self._session.run(["logits"], feed)[0], dtype=np.float32)


def _decide(utterance: Utterance, logits: np.ndarray, heads: Heads) -> CodedUtterance:
    row = logits[None, :]
    if utterance.role == "client":
        probs = heads.probabilities(row, "talk_type")[0]
        flags = rules.client_flags(utterance.text)
        return CodedUtterance(
            utterance,
            heads.names["talk_type"][int(probs.argmax())],
            reflecting=flags.reflecting,
            reporting=flags.reporting,
            disclosure=flags.disclosure,
            confidence=round(float(probs.max()), 4),
        )
    probs = heads.probabilities(row, "behaviour")[0]
    behaviour = heads.names["behaviour"][int(probs.argmax())]
    subtype = {
        head: heads.names[head][int(heads.probabilities(row, head)[0].argmax())]
        for head in ("question", "reflection", "input")
    }
    code = rules.coach_code(utterance.text, behaviour, subtype)
    category = rules.question_category(utterance.text) if code.endswith("_question") else None
    return CodedUtterance(
        utterance, code, question_category=category, confidence=round(float(probs.max()), 4)
    )


@lru_cache(maxsize=1)
def load_default_coder() -> Coder:
    """The shipped coder. Loads the model once per process.

    Raises ConfigError, with what to do, when the model files are missing or broken.
    """
    return load_coder(MODEL_DIR)


def load_coder(model_dir: Path) -> OnnxCoder:
    """A coder from a model folder (``model.onnx``, ``tokenizer.json``, ``labels.json``)."""
    try:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        labels = json.loads((model_dir / "labels.json").read_text(encoding="utf-8"))
        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=MAX_TOKENS, strategy="longest_first")
        options = ort.SessionOptions()
        options.intra_op_num_threads = THREADS
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        session = ort.InferenceSession(
            str(model_dir / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
    except Exception as err:  # any load failure is a set-up problem, told in one line
        raise ConfigError(
            f"the utterance model in {model_dir} could not be loaded ({type(err).__name__}: "
            f"{str(err).splitlines()[0] if str(err) else 'no detail'}); reinstall coachconn"
        ) from None
    return OnnxCoder(session, tokenizer, Heads.from_labels(labels["heads"]), labels.get("context"))
