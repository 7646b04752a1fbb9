"""The one gateway to the utterance coder (the shipped model plus rules).

Everything that codes utterances goes through :func:`load_default_coder`, so a
test swaps exactly this one thing.

The model is a multi-task MiniLM exported to ONNX (see ``model/MODEL_CARD.md``).
The encoder reads each utterance once, alone; a small head reads its embedding
with its neighbours' (two before, two after) and gives logits for AnnoMI's
therapist behaviour and client talk type, plus the question, reflection and
input subtypes. Rules (:mod:`coachconn.analysis.rules`) then read the coaching act
an utterance carries (affirmation, self-disclosure, structuring, advice, information)
and let it replace the model's "other", and its reflection or input where the cue is
what the utterance does; they deepen a simple reflection whose words alone add meaning
(a figure of speech or a value of the coach's naming, what two sides both want); they
give each question its category and each client utterance its flags.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from coachconn.analysis import rules
from coachconn.analysis.names import called
from coachconn.analysis.types import (
    CLIENT_FLAGS,
    COACH_CODES,
    COARSE_GROUP,
    QUESTION_CATEGORIES,
    CodedUtterance,
    Transcript,
    Utterance,
)
from coachconn.core.errors import ConfigError

MODEL_DIR = Path(__file__).resolve().parent / "model"
BATCH_SIZE = 32
# Rows of the window head computed at once (its features are 3,456 floats a row).
HEAD_BLOCK = 512
# Texts tokenized at once (each text's ids depend on that text alone).
ENCODE_BLOCK = 1024
THREADS = 2
# ONNX Runtime's session entry for exact int8 products on x86 CPUs without VNNI: it
# stores the encoder's int8 weights as uint8 when the session loads (the same values,
# moved by 128) and multiplies them on the uint8 x uint8 path, which widens before it
# adds. Without it those CPUs add pairs of uint8 x int8 products in 16 bits and
# saturate, and a transcript would be coded differently from one CPU to another.
EXACT_INT8_ENTRY = "session.x64quantprecision"


def adds_int8_products_exactly() -> bool:
    """Whether this CPU multiplies uint8 by int8 in 32 bits (VNNI), so the fast path is
    exact: ONNX Runtime takes it with AVX-512 VNNI on AVX-512 BW, DQ and VL. NumPy reads
    the CPU's features. Unknown (another architecture, AVX-VNNI without AVX-512, which
    NumPy does not name, a NumPy that does not say) reads as no: slower, never another
    code."""
    import importlib

    features: dict[str, bool] = {}
    for module in ("numpy._core._multiarray_umath", "numpy.core._multiarray_umath"):
        try:
            features = getattr(importlib.import_module(module), "__cpu_features__", {})
            break
        except ImportError:
            continue
    return bool(features.get("AVX512VNNI", False) and features.get("AVX512_SKX", False))


def encoder_options(exact_fast_path: bool | None = None) -> Any:
    """Session options for the encoder: 2 threads, and exact int8 products on every CPU
    (``exact_fast_path``: whether this CPU's fast path is exact; asked when None)."""
    import onnxruntime as ort

    if exact_fast_path is None:
        exact_fast_path = adds_int8_products_exactly()
    options = ort.SessionOptions()
    options.intra_op_num_threads = THREADS
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    if not exact_fast_path:
        options.add_session_config_entry(EXACT_INT8_ENTRY, "1")
    return options


class Coder(Protocol):
    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        """One CodedUtterance per utterance, in order. Same input, same output."""
        ...


def _speaker_text(utterance: Utterance) -> str:
    # The model knows the coach and the client; anyone else speaks from the client's side.
    role = "coach" if utterance.role == "coach" else "client"
    return f"{role}: {utterance.text}"


def utterance_texts(transcript: Transcript) -> list[str]:
    """What the window model encodes: each utterance alone, with its role marker."""
    return [_speaker_text(u) for u in transcript.utterances]


def clip(ids: list[int], max_tokens: int, head: int) -> list[int]:
    """Cut a long encoding to ``max_tokens``: [CLS], its first ``head`` tokens, then its
    end (with [SEP]). A long coach turn often closes with the question that defines it."""
    if len(ids) <= max_tokens:
        return ids
    return ids[: head + 1] + ids[len(ids) - (max_tokens - head - 1) :]


def window_features(
    embeddings: np.ndarray, before: int, after: int, pairs: bool = False
) -> np.ndarray:
    """Each row's embedding next to its neighbours' (``before`` earlier, ``after`` later),
    zeros past either end: [e(i-before) .. e(i) .. e(i+after)].

    With ``pairs``, the row also carries how it relates to the line before and the line
    after: [e(i)*e(i-1), |e(i)-e(i-1)|, e(i)*e(i+1), |e(i)-e(i+1)|]. A one-layer head
    cannot multiply two of its inputs, and "does this line say the previous one again"
    (a reflection) or "does it answer that question" is such a product.
    """
    n, width = embeddings.shape
    padded = np.zeros((n + before + after, width), dtype=np.float32)
    padded[before : before + n] = embeddings
    parts = [padded[k : k + n] for k in range(before + after + 1)]
    if pairs:
        edge = np.zeros((1, width), dtype=np.float32)
        previous = np.vstack([edge, embeddings[:-1]])
        following = np.vstack([embeddings[1:], edge])
        for other in (previous, following):
            parts += [embeddings * other, np.abs(embeddings - other)]
    return np.hstack(parts).astype(np.float32, copy=False)


def fusion_logits(features: np.ndarray, weights: dict[str, np.ndarray]) -> np.ndarray:
    """The window model's head: one hidden layer (tanh-approximated GELU), then logits."""
    hidden = features @ weights["w1"] + weights["b1"]
    # hidden * hidden * hidden, not hidden**3: numpy raises float32 to a power through
    # pow(), a hundred times slower than two products, and this runs on every utterance.
    cube = hidden * hidden * hidden
    hidden = 0.5 * hidden * (1.0 + np.tanh(0.7978845608 * (hidden + 0.044715 * cube)))
    return np.asarray(hidden @ weights["w2"] + weights["b2"], dtype=np.float32)


@dataclass(frozen=True, slots=True)
class QuestionForm:
    """p(open) = sigmoid(intercept + head * margin + sum of weight * cue), where margin is
    the question head's open-minus-closed logit (offsets included) and the cues are
    :func:`rules.question_form_features`."""

    intercept: float
    head: float
    weights: dict[str, float]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuestionForm:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(float(data["intercept"]), float(data["head"]), weights)

    def score(self, text: str, margin: float) -> float:
        cues = rules.question_form_features(text)
        return (
            self.intercept
            + self.head * margin
            + sum(w * cues.get(name, 0.0) for name, w in self.weights.items())
        )


def flag_features(embeddings: np.ndarray, texts: Sequence[str]) -> np.ndarray:
    """What the client-flag head reads: the utterance's own embedding, then the rules'
    three flags and whether it is a short answer (under five words), each 0 or 1."""
    cues = np.zeros((len(texts), len(CLIENT_FLAGS) + 1), dtype=np.float32)
    for i, text in enumerate(texts):
        flags = rules.client_flags(text)
        said = [float(getattr(flags, name)) for name in CLIENT_FLAGS]
        cues[i] = [*said, float(rules.short_answer(text))]
    return np.hstack([embeddings.astype(np.float32, copy=False), cues])


@dataclass(frozen=True, slots=True)
class FlagHead:
    """Client flags from a logistic regression per flag over :func:`flag_features`,
    fitted on hand-labelled coaching lines (``training/fit_flags.py``)."""

    weights: np.ndarray  # (features, 3)
    bias: np.ndarray  # (3,)

    def predict(self, embeddings: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        """(n, 3) booleans: reflecting, reporting, disclosure."""
        return np.asarray(flag_features(embeddings, texts) @ self.weights + self.bias > 0)


# What a coach utterance that does not ask may be coded as (the stored statement head's
# column order).
STATEMENT_CODES = tuple(code for code in COACH_CODES if not code.endswith("_question"))


def statement_features(
    embeddings: np.ndarray,
    logits: np.ndarray,
    heads: Heads,
    codes: Sequence[str],
    probs: dict[str, np.ndarray] | None = None,
) -> np.ndarray:
    """What the statement head reads for each coach statement: its embedding, the window
    head's behaviour, reflection and input probabilities, and the code the model and the
    rules gave it (one-hot over STATEMENT_CODES). ``probs``: those probabilities for
    these rows, where already worked out (:func:`window_probabilities`); else read from
    ``logits``."""
    chosen = np.zeros((len(codes), len(STATEMENT_CODES)), dtype=np.float32)
    for i, code in enumerate(codes):
        chosen[i, STATEMENT_CODES.index(code)] = 1.0
    read = probs if probs is not None else window_probabilities(logits, heads, _STATED)
    parts = [read[name] for name in _STATED]
    return np.hstack([embeddings.astype(np.float32, copy=False), *parts, chosen]).astype(
        np.float32, copy=False
    )


# The window head's probabilities the statement head reads.
_STATED = ("behaviour", "reflection", "input")


# The coaching acts AnnoMI has no labels for: the statement head may move a statement
# into or out of these, and leaves every other choice to the model and the rules.
HEAD_ACTS = ("affirmation", "self_disclosure", "structuring")


@dataclass(frozen=True, slots=True)
class StatementHead:
    """Affirmation, self-disclosure and structuring among coach statements (utterances
    that do not ask), from a multinomial logistic regression over
    :func:`statement_features` fitted on hand-labelled coaching lines
    (``training/fit_statements.py``).

    It reads the model's and the rules' code as one of its inputs. Where its most likely
    code is one of HEAD_ACTS with a probability above ``threshold``, that code stands;
    where the rules gave one of HEAD_ACTS and the head, as sure, reads something else,
    its reading stands; everything else keeps the code it had.
    """

    weights: np.ndarray  # (features, len(STATEMENT_CODES))
    bias: np.ndarray
    threshold: float = 0.5

    def decide(self, features: np.ndarray, codes: Sequence[str]) -> list[str]:
        out = []
        for code, row in zip(codes, softmax(features @ self.weights + self.bias), strict=True):
            best = int(row.argmax())
            head, sure = STATEMENT_CODES[best], bool(row[best] > self.threshold)
            if sure and (head in HEAD_ACTS or code in HEAD_ACTS):
                out.append(head)
            else:
                out.append(code)
        return out


def category_features(
    embeddings: np.ndarray, texts: Sequence[str], leads: Sequence[str] | None = None
) -> np.ndarray:
    """What the category head reads for each question: its embedding, the weight of the
    rules' cues for each category other than exploration, and the rules' category
    (one-hot over QUESTION_CATEGORIES). ``leads``: the coach's own line just before each
    question in the same turn (:func:`coach_leads`), which the rules read; none where not
    given."""
    if leads is None:
        leads = [""] * len(texts)
    cues = np.zeros((len(texts), 2 * len(QUESTION_CATEGORIES) - 1), dtype=np.float32)
    for i, (text, lead) in enumerate(zip(texts, leads, strict=True)):
        scores = rules.category_scores(text, lead)
        cues[i, : len(scores)] = [scores[name] for name in QUESTION_CATEGORIES[1:]]
        chosen = rules.category_of(scores)
        cues[i, len(scores) + QUESTION_CATEGORIES.index(chosen)] = 1.0
    return np.hstack([embeddings.astype(np.float32, copy=False), cues])


@dataclass(frozen=True, slots=True)
class CategoryHead:
    """The inquiry category of a coach question, from a multinomial logistic regression
    over :func:`category_features` fitted on hand-labelled coaching questions
    (``training/fit_categories.py``). Where the rules leave a question in exploration
    (their default when no cue fits) and the head reads another category with a
    probability above ``threshold``, the head's category stands; every other question,
    and one the rules settle as exploration (:func:`rules.exploration_settled`: a
    follow-up on an action, or a question asking only for a fact or an example), keeps
    the rules' category."""

    weights: np.ndarray  # (features, len(QUESTION_CATEGORIES))
    bias: np.ndarray
    threshold: float = 0.6

    def decide(self, features: np.ndarray, categories: Sequence[str]) -> list[str]:
        out = []
        for category, row in zip(
            categories, softmax(features @ self.weights + self.bias), strict=True
        ):
            best = int(row.argmax())
            if category == "exploration" and row[best] > self.threshold:
                out.append(QUESTION_CATEGORIES[best])
            else:
                out.append(category)
        return out


def talk_features(
    utterances: Sequence[Utterance],
    embeddings: np.ndarray,
    logits: np.ndarray,
    heads: Heads,
    rows: Sequence[int],
    probs: dict[str, np.ndarray] | None = None,
) -> np.ndarray:
    """What the talk head reads for each client utterance in ``rows``: its embedding, the
    log of the window head's talk-type probabilities, then the window head's behaviour and
    question probabilities on the coach's last line before it, and 1 where the client
    answers that line at once (it is the line just before); zeros before the coach has
    spoken. An answer to "What will you do?" is often change talk. (The coach line's own
    embedding was tried too: on a few hundred coaching lines it only overfitted.)
    ``probs``: the window head's probabilities for every utterance, where already worked
    out (:func:`window_probabilities`); else read from ``logits``."""
    rows = list(rows)
    read = probs if probs is not None else window_probabilities(logits, heads, _TALKED)
    talk = np.log(np.maximum(read["talk_type"][rows], 1e-6))
    coach = _last_before(utterances, "coach")
    said = [coach[i] for i in rows]
    asked = [j for j in said if j is not None]
    behaviour = read["behaviour"][asked]
    question = read["question"][asked]
    context = np.zeros((len(rows), behaviour.shape[1] + question.shape[1] + 1))
    k = 0
    for n, (i, j) in enumerate(zip(rows, said, strict=True)):
        if j is not None:
            context[n] = [*behaviour[k], *question[k], float(j == i - 1)]
            k += 1
    return np.hstack([embeddings[rows].astype(np.float32, copy=False), talk, context]).astype(
        np.float32, copy=False
    )


# The window head's probabilities the talk head reads.
_TALKED = ("talk_type", "behaviour", "question")


def _last_before(utterances: Sequence[Utterance], role: str) -> list[int | None]:
    """For each utterance, the index of ``role``'s last line before it (None before they
    spoke)."""
    out: list[int | None] = []
    last = None
    for i, utterance in enumerate(utterances):
        out.append(last)
        if utterance.role == role:
            last = i
    return out


@dataclass(frozen=True, slots=True)
class TalkHead:
    """A client utterance's talk type (change, neutral, sustain) from a multinomial
    logistic regression over :func:`talk_features`, fitted on hand-labelled coaching lines
    and AnnoMI (``training/fit_talk.py``). Its probabilities take the place of the window
    head's for client utterances; the rules (:func:`rules.client_code`) then read them as
    they read the model's."""

    weights: np.ndarray  # (features, 3), columns in the talk_type head's order
    bias: np.ndarray

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        return softmax(features @ self.weights + self.bias)


@dataclass(frozen=True, slots=True)
class Heads:
    """Column ranges of the model's single logits output, one per task."""

    names: dict[str, tuple[str, ...]]
    offsets: dict[str, int]
    # Per-class logit offsets chosen on the validation slice (rare classes need a push).
    bias: dict[str, np.ndarray]
    # Open vs closed: a logistic regression over the question head's margin and the
    # syntactic cues of rules.question_form_features; None: the head alone.
    question_form: QuestionForm | None = None

    @classmethod
    def from_labels(
        cls,
        labels: dict[str, list[str]],
        bias: dict[str, list[float]] | None = None,
        question_form: dict[str, Any] | None = None,
    ) -> Heads:
        offsets, start = {}, 0
        for name, classes in labels.items():
            offsets[name] = start
            start += len(classes)
        shift = {
            name: np.asarray((bias or {}).get(name, [0.0] * len(classes)), dtype=np.float32)
            for name, classes in labels.items()
        }
        form = QuestionForm.from_json(question_form) if question_form else None
        return cls({name: tuple(c) for name, c in labels.items()}, offsets, shift, form)

    def probabilities(self, logits: np.ndarray, head: str) -> np.ndarray:
        start = self.offsets[head]
        return softmax(logits[:, start : start + len(self.names[head])] + self.bias[head])


def window_probabilities(
    logits: np.ndarray, heads: Heads, names: Sequence[str]
) -> dict[str, np.ndarray]:
    """The window head's probabilities by head, for each row of ``logits``: worked out
    once a transcript, for :func:`decide` and the feature rows of the talk and statement
    heads alike."""
    return {name: heads.probabilities(logits, name) for name in names}


def softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise softmax of an (n, k) array."""
    exp = np.exp(scores - scores.max(axis=1, keepdims=True))
    return np.asarray(exp / exp.sum(axis=1, keepdims=True))


def embedding_width(context: dict[str, int], fusion: dict[str, np.ndarray]) -> int:
    """The encoder's embedding width, read from the window head's first layer."""
    blocks = context["before"] + context["after"] + 1 + 4 * context["pairs"]
    return int(fusion["w1"].shape[0] // blocks)


class OnnxCoder:
    """Codes transcripts with the shipped ONNX model and the rules."""

    def __init__(
        self,
        session: Any,
        tokenizer: Any,
        heads: Heads,
        context: dict[str, int],
        fusion: dict[str, np.ndarray],
        flags: FlagHead | None = None,
        statements: StatementHead | None = None,
        categories: CategoryHead | None = None,
        talk: TalkHead | None = None,
    ) -> None:
        self._session = session
        self._flags = flags
        self._talk = talk
        self._statements = statements
        self._categories = categories
        self._tokenizer = tokenizer
        self._heads = heads
        self._context = context
        self._fusion = fusion
        self._width = embedding_width(context, fusion)
        self._inputs = {node.name for node in session.get_inputs()}

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        if not transcript.utterances:
            return []
        utterances = transcript.utterances
        embeddings = self.embed(utterance_texts(transcript))
        logits = self.logits(embeddings)
        probs = window_probabilities(logits, self._heads, _DECIDED)
        flags = self._client_flags(utterances, embeddings)
        talk = self._client_talk(utterances, embeddings, logits, probs)
        said = _said_before(utterances, "client")
        leads = coach_leads(utterances)
        names = called_by_others(utterances)
        coded = decide(
            utterances,
            logits,
            self._heads,
            flags,
            talk,
            probs=probs,
            said=said,
            leads=leads,
            names=names,
        )
        if self._statements is not None:
            self._restate_statements(
                coded, embeddings, logits, probs, said, names, self._statements
            )
        if self._categories is not None:
            self._recategorise(coded, embeddings, leads, self._categories)
        return coded

    def _client_flags(
        self, utterances: Sequence[Utterance], embeddings: np.ndarray
    ) -> np.ndarray | None:
        """The flag head's (n, 3) decisions (False on coach rows); None without a head."""
        if self._flags is None:
            return None
        flags = np.zeros((len(embeddings), len(CLIENT_FLAGS)), dtype=bool)
        clients = [i for i, u in enumerate(utterances) if u.role != "coach"]
        if clients:
            texts = [utterances[i].text for i in clients]
            flags[clients] = self._flags.predict(embeddings[clients], texts)
        return flags

    def _client_talk(
        self,
        utterances: Sequence[Utterance],
        embeddings: np.ndarray,
        logits: np.ndarray,
        probs: dict[str, np.ndarray],
    ) -> np.ndarray | None:
        """The talk-type probabilities :func:`decide` reads: the talk head's on client
        rows, the window head's (in ``probs``) elsewhere; None without a talk head."""
        if self._talk is None:
            return None
        talk = probs["talk_type"].copy()
        clients = [i for i, u in enumerate(utterances) if u.role != "coach"]
        if clients:
            features = talk_features(utterances, embeddings, logits, self._heads, clients, probs)
            talk[clients] = self._talk.probabilities(features)
        return talk

    def _restate_statements(
        self,
        coded: list[CodedUtterance],
        embeddings: np.ndarray,
        logits: np.ndarray,
        probs: dict[str, np.ndarray],
        said: Sequence[str],
        names: Sequence[Sequence[str]],
        head: StatementHead,
    ) -> None:
        """Let the statement head recode the coach statements in ``coded``, in place. A
        statement the rules settle (:func:`rules.statement_settled`: a step into the
        session's next part, asked or a stage named, the client's own question given back,
        a pattern noticed, the client's movement named) is none the head has learned: the
        rules' code stands, as it does for a line about the call (:func:`rules.about_the_call`,
        other whatever was read). ``probs``: the window head's probabilities; ``said``: what
        the client said last before each utterance (:func:`_said_before`); ``names``: what
        each speaker may call the others (:func:`called_by_others`)."""
        rows = [
            i
            for i, item in enumerate(coded)
            if item.utterance.role == "coach"
            and item.code in STATEMENT_CODES
            and not rules.statement_settled(item.utterance.text, said[i])
            and not rules.about_the_call(item.utterance.text, names[i])
        ]
        if not rows:
            return
        codes = [coded[i].code for i in rows]
        read = {name: probs[name][rows] for name in _STATED}
        features = statement_features(embeddings[rows], logits[rows], self._heads, codes, read)
        behaviour = read["behaviour"]
        for k, (i, code) in enumerate(zip(rows, head.decide(features, codes), strict=True)):
            coded[i] = _restate(coded[i], code, self._heads, behaviour[k])

    def _recategorise(
        self,
        coded: list[CodedUtterance],
        embeddings: np.ndarray,
        leads: Sequence[str],
        head: CategoryHead,
    ) -> None:
        """Let the category head re-read the coach questions in ``coded``, in place;
        ``leads``: each utterance's lead-in (:func:`coach_leads`)."""
        rows = [
            i
            for i, item in enumerate(coded)
            if item.question_category is not None
            and not rules.exploration_settled(item.utterance.text, leads[i])
        ]
        if not rows:
            return
        texts = [coded[i].utterance.text for i in rows]
        current = [str(coded[i].question_category) for i in rows]
        features = category_features(embeddings[rows], texts, [leads[i] for i in rows])
        decided = head.decide(features, current)
        for i, category in zip(rows, decided, strict=True):
            if category != coded[i].question_category:
                coded[i] = replace(coded[i], question_category=category)

    @property
    def heads(self) -> Heads:
        return self._heads

    def transcript_logits(self, transcript: Transcript) -> np.ndarray:
        """Logits per utterance, in order."""
        return self.logits(self.embed(utterance_texts(transcript)))

    def logits(self, embeddings: np.ndarray) -> np.ndarray:
        """The window head's logits for a transcript's embeddings, in order, computed
        HEAD_BLOCK rows at a time so that memory stays flat however long the session."""
        ctx = self._context
        before, after, pairs = ctx["before"], ctx["after"], bool(ctx["pairs"])
        reach = max(before, after, 1)
        n = len(embeddings)
        blocks = [np.zeros((0, self._fusion["w2"].shape[1]), dtype=np.float32)]
        for start in range(0, n, HEAD_BLOCK):
            end = min(start + HEAD_BLOCK, n)
            low, high = max(start - reach, 0), min(end + reach, n)
            features = window_features(embeddings[low:high], before, after, pairs)
            blocks.append(fusion_logits(features[start - low : end - low], self._fusion))
        return np.vstack(blocks)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Pooled encoder output per text, in input order; batches are never padded.

        Repeated texts ("coach: Mm-hmm.") are encoded once: each text's result depends
        on that text alone, so this changes nothing but the time taken.
        """
        unique = list(dict.fromkeys(texts))
        if len(unique) < len(texts):
            position = {text: i for i, text in enumerate(unique)}
            return self.embed(unique)[[position[text] for text in texts]]
        limit, head = self._context["max_tokens"], self._context["head_tokens"]
        # Tokenized ENCODE_BLOCK texts at a time, keeping only the ids: the tokenizer's
        # encodings (offsets, tokens, masks) take several times the memory of the ids.
        ids: list[list[int]] = []
        for start in range(0, len(texts), ENCODE_BLOCK):
            block = self._tokenizer.encode_batch(list(texts[start : start + ENCODE_BLOCK]))
            ids += [clip(e.ids, limit, head) for e in block]
        by_length: dict[int, list[int]] = defaultdict(list)
        for i, row in enumerate(ids):
            by_length[len(row)].append(i)
        out = np.zeros((len(ids), self._width), dtype=np.float32)
        for length in sorted(by_length):
            members = by_length[length]
            for start in range(0, len(members), BATCH_SIZE):
                chunk = members[start : start + BATCH_SIZE]
                batch = np.array([ids[i] for i in chunk], dtype=np.int64)
                feed = {
                    "input_ids": batch,
                    "attention_mask": np.ones_like(batch),
                    "token_type_ids": np.zeros_like(batch),
                }
                feed = {name: value for name, value in feed.items() if name in self._inputs}
                out[chunk] = self._session.run(["embedding"], feed)[0]
        return out


# The heads a code is decided from.
_DECIDED = ("behaviour", "talk_type", "question", "reflection", "input")


def decide(
    utterances: Sequence[Utterance],
    logits: np.ndarray,
    heads: Heads,
    flags: np.ndarray | None = None,
    talk: np.ndarray | None = None,
    *,
    probs: dict[str, np.ndarray] | None = None,
    said: Sequence[str] | None = None,
    leads: Sequence[str] | None = None,
    names: Sequence[Sequence[str]] | None = None,
) -> list[CodedUtterance]:
    """Each utterance's code from its row of the transcript's logits (heads and rules).
    ``flags``: the flag head's (n, 3) decisions; None: the rules' flags. ``talk``: the
    (n, 3) talk-type probabilities to read in place of the window head's (the talk head's,
    :meth:`OnnxCoder._client_talk`); the rules still have their say after them. ``probs``
    (the window head's probabilities, :func:`window_probabilities`) and ``said`` (what the
    client said last before each utterance, :func:`_said_before`) and ``leads`` (each
    coach utterance's lead-in, :func:`coach_leads`) and ``names`` (what each speaker may
    call the others, :func:`called_by_others`): where already worked out; else read
    here."""
    # Softmax over whole columns at once: per row it costs more than the rules.
    if probs is None:
        read = [head for head in _DECIDED if talk is None or head != "talk_type"]
        probs = window_probabilities(logits, heads, read)
    if talk is not None:
        probs = {**probs, "talk_type": talk}
    return [
        _decide(
            utterance,
            row,
            heads,
            {name: p[i] for name, p in probs.items()},
            None if flags is None else rules.ClientFlags(*(bool(f) for f in flags[i])),
            said,
            asked,
            lead,
            # (the client's line just before: the coach's last line is what they answered)
            offered=i > 0 and utterances[i - 1].role != "coach",
            names=others,
        )
        for i, (utterance, row, said, asked, lead, others) in enumerate(
            zip(
                utterances,
                logits,
                _said_before(utterances, "client") if said is None else said,
                _said_before(utterances, "coach"),
                coach_leads(utterances) if leads is None else leads,
                called_by_others(utterances) if names is None else names,
                strict=True,
            )
        )
    ]


# The codes a statement the client gave leave for may have had before it reads as advice
# (:func:`rules.offered_advice`): not a story of the coach's, an affirmation or a step in
# the session.
_OFFERED_AS = ("information", "simple_reflection", "complex_reflection", "other")


def _said_before(utterances: Sequence[Utterance], role: str) -> list[str]:
    """For each utterance, what ``role`` said last before it ("" before they spoke)."""
    return ["" if j is None else utterances[j].text for j in _last_before(utterances, role)]


def called_by_others(utterances: Sequence[Utterance]) -> list[tuple[str, ...]]:
    """For each utterance, the names its speaker may call the others in the transcript by
    (:func:`~coachconn.analysis.names.called`): a coach's "Olu?" calls the client."""
    forms = {speaker: called(speaker) for speaker in dict.fromkeys(u.speaker for u in utterances)}
    others = {
        speaker: tuple(name for other, own in forms.items() if other != speaker for name in own)
        for speaker in forms
    }
    return [others[u.speaker] for u in utterances]


def coach_leads(utterances: Sequence[Utterance]) -> list[str]:
    """For each coach utterance, the coach's own line just before it when that line is
    the one immediately before and in the same turn (what leads into a question: "We're
    nearly at time." before "How did this go for you?"); "" otherwise, and for the
    client."""
    return [
        before.text
        if i
        and utterance.role == "coach"
        and (before := utterances[i - 1]).role == "coach"
        and before.turn == utterance.turn
        else ""
        for i, utterance in enumerate(utterances)
    ]


def _decide(
    utterance: Utterance,
    logits: np.ndarray,
    heads: Heads,
    probs: dict[str, np.ndarray] | None = None,
    flags: rules.ClientFlags | None = None,
    client_before: str = "",
    coach_before: str = "",
    lead: str = "",
    *,
    offered: bool = False,
    names: Sequence[str] = (),
) -> CodedUtterance:
    """One utterance's code from its logits; ``probs``: each head's probabilities for
    this row, when already computed for the whole transcript; ``flags``: a client
    utterance's flags from the flag head (else the rules give them); ``client_before``
    and ``coach_before``: what the client and the coach said last before it; ``lead``:
    a coach utterance's own line just before it in the same turn (:func:`coach_leads`),
    which a question's category may read; ``offered``: whether the client spoke just
    before a coach utterance, so that ``coach_before`` is what they answered (a statement
    that proposes a step after leave asked and given is advice,
    :func:`rules.offered_advice`, and a short answer to the client's question about the
    coach's own story is self-disclosure, :func:`rules.answers_about_own_story`);
    ``names``: what the speaker may call the others by (:func:`called_by_others`), so that
    calling someone by name alone ("Olu?") is read as checking the call."""
    if probs is None:
        probs = {name: heads.probabilities(logits[None, :], name)[0] for name in _DECIDED}
    if utterance.role != "coach":  # the client, or another who is not the coach
        talk = probs["talk_type"]
        talk_type = heads.names["talk_type"][int(talk.argmax())]
        if rules.about_the_call(utterance.text, names):  # "Sorry, my laptop died."
            flags, code = rules.ClientFlags(False, False, False), "neutral"
        else:
            if flags is None:
                flags = rules.client_flags(utterance.text)
            flags = rules.checked_flags(utterance.text, flags)
            if any(e.kind == "tears" for e in utterance.expressions):
                # tears the transcriber marked are a feeling shown, whatever the words say
                flags = rules.ClientFlags(flags.reflecting, flags.reporting, True)
            read = dict(zip(heads.names["talk_type"], talk.tolist(), strict=True))
            # what the model reads, sustain aside, should a rule take sustain away
            otherwise = max(("neutral", "change"), key=read.__getitem__)
            code = rules.client_code(
                utterance.text, talk_type, read["sustain"], otherwise, coach_before
            )
        return CodedUtterance(
            utterance,
            code,
            reflecting=flags.reflecting,
            reporting=flags.reporting,
            disclosure=flags.disclosure,
            # The model's probability for what is shown; none where a rule overrode it.
            confidence=round(float(talk.max()), 4) if code == talk_type else None,
        )
    behaviours = probs["behaviour"]
    behaviour = heads.names["behaviour"][int(behaviours.argmax())]
    subtype = {
        head: heads.names[head][int(probs[head].argmax())]
        for head in ("question", "reflection", "input")
    }
    if subtype["reflection"] == "simple" and rules.deeper_reflection(utterance.text, client_before):
        subtype["reflection"] = "complex"
    elif subtype["reflection"] == "complex" and rules.repeats_client(utterance.text, client_before):
        subtype["reflection"] = "simple"
    if rules.plainly_closed(utterance.text):
        subtype["question"] = "closed"
    elif rules.plainly_open(utterance.text):
        subtype["question"] = "open"
    elif heads.question_form is not None:
        start = heads.offsets["question"]
        part = logits[start : start + 2] + heads.bias["question"]
        margin = float(part[0] - part[1])  # open minus closed
        subtype["question"] = (
            "open" if heads.question_form.score(utterance.text, margin) > 0 else "closed"
        )
    ruled = rules.coach_code(utterance.text, behaviour, subtype, client_before, names)
    code = ruled
    if offered and code in _OFFERED_AS:
        if rules.offered_advice(utterance.text, coach_before, client_before):
            code = "advice"
        elif rules.answers_about_own_story(utterance.text, coach_before, client_before):
            code = "self_disclosure"  # "Did it work?" "Eventually. Took a few goes."
    category = rules.question_category(utterance.text, lead) if code.endswith("_question") else None
    # The model's probability for its behaviour, which the code shown belongs to unless
    # a rule moved it to another group, or a rule chose the code within the group and
    # would give it whatever the model read (then the model did not decide it, and
    # there is none to give). The code the model's own heads name needs no such check,
    # which would cost a reading of the rules per behaviour for most lines.
    model_said = COARSE_GROUP.get(code, "other") == behaviour and (
        code != ruled
        or code == _heads_code(behaviour, subtype)
        or not _whatever_read(utterance.text, code, heads, behaviour, subtype, client_before, names)
    )
    return CodedUtterance(
        utterance,
        code,
        question_category=category,
        confidence=round(float(behaviours.max()), 4) if model_said else None,
        question_form=subtype["question"],
        reflection_depth=subtype["reflection"],
    )


def _heads_code(behaviour: str, subtype: dict[str, str]) -> str:
    """The coach code the model's heads name, before any rule: ``open_question`` for a
    question the question head reads as open, ``advice`` for input it reads as advice."""
    if behaviour == "question":
        return f"{subtype['question']}_question"
    if behaviour == "reflection":
        return f"{subtype['reflection']}_reflection"
    return subtype["input"] if behaviour == "therapist_input" else "other"


def _whatever_read(
    text: str,
    code: str,
    heads: Heads,
    behaviour: str,
    subtype: dict[str, str],
    client_before: str,
    names: Sequence[str],
) -> bool:
    """Whether the rules give a coach utterance ``code`` whichever behaviour the model
    read, not only ``behaviour`` ("That took real courage." is an affirmation read as
    other or as a reflection): a code the rules set so, the model's probability for its
    behaviour does not speak to."""
    return all(
        rules.coach_code(text, other, subtype, client_before, names) == code
        for other in heads.names["behaviour"]
        if other != behaviour
    )


def _restate(
    item: CodedUtterance, code: str, heads: Heads, behaviour: np.ndarray
) -> CodedUtterance:
    """``item`` with the statement head's code. As in :func:`_decide`, the model's
    confidence is shown where the code belongs to the behaviour the model read, and a
    reflection's depth follows its code."""
    if code == item.code:
        return item
    read = heads.names["behaviour"][int(behaviour.argmax())]
    depth = code.removesuffix("_reflection") if code.endswith("_reflection") else None
    return replace(
        item,
        code=code,
        confidence=round(float(behaviour.max()), 4)
        if COARSE_GROUP.get(code, "other") == read
        else None,
        reflection_depth=depth or item.reflection_depth,
    )


@lru_cache(maxsize=1)
def load_default_coder() -> Coder:
    """The shipped coder. Loads the model once per process.

    Raises ConfigError, with what to do, when the model files are missing or broken.
    """
    return load_coder(MODEL_DIR)


def load_coder(model_dir: Path) -> OnnxCoder:
    """A coder from a model folder: ``model.onnx`` (encoder), ``fusion.npz`` (head),
    ``tokenizer.json`` and ``labels.json`` (heads, offsets, context settings)."""
    try:
        # ONNX Runtime collects telemetry for Microsoft unless told not to, before it is
        # imported: a device id and a queue of events to upload, under ~/.cache/Microsoft.
        # Nothing of a practice leaves the machine unless the coach sends it.
        os.environ["ORT_DISABLE_TELEMETRY"] = "1"
        import onnxruntime as ort
        from tokenizers import Tokenizer

        ort.disable_telemetry_events()  # should it have been imported before, elsewhere

        labels = json.loads((model_dir / "labels.json").read_text(encoding="utf-8"))
        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.no_truncation()  # clip() keeps the head and the tail of a long utterance
        with np.load(model_dir / "fusion.npz") as stored:
            fusion = {name: stored[name].astype(np.float32) for name in stored.files}
        session = ort.InferenceSession(
            str(model_dir / "model.onnx"), encoder_options(), providers=["CPUExecutionProvider"]
        )
        heads = Heads.from_labels(labels["heads"], labels.get("bias"), labels.get("question_form"))
        context = {key: int(labels["context"][key]) for key in _CONTEXT_KEYS}
        context["pairs"] = int(labels["context"].get("pairs", 0))  # absent: window only
        # Each head's feature width, as its feature function builds the rows.
        no_rows = np.zeros((0, embedding_width(context, fusion)), dtype=np.float32)
        no_logits = np.zeros((0, fusion["w2"].shape[1]), dtype=np.float32)
        flag_width = flag_features(no_rows, []).shape[1]
        statement_width = statement_features(no_rows, no_logits, heads, []).shape[1]
        category_width = category_features(no_rows, []).shape[1]
        talk_width = talk_features([], no_rows, no_logits, heads, []).shape[1]
        # Any head may be absent: the rules then give the flags, the model and the rules
        # the statements' codes and the talk type, the rules the questions' categories.
        flags = None
        found = _linear(model_dir / "flags.npz", CLIENT_FLAGS, flag_width)
        if found is not None:
            flags = FlagHead(found[0], found[1])
        statements = None
        found = _linear(model_dir / "statements.npz", STATEMENT_CODES, statement_width)
        if found is not None:
            statements = StatementHead(found[0], found[1], float(found[2]["threshold"]))
        categories = None
        found = _linear(model_dir / "categories.npz", QUESTION_CATEGORIES, category_width)
        if found is not None:
            categories = CategoryHead(found[0], found[1], float(found[2]["threshold"]))
        talk = None
        found = _linear(model_dir / "talk.npz", heads.names["talk_type"], talk_width)
        if found is not None:
            talk = TalkHead(found[0], found[1])
    except Exception as err:  # any load failure is a set-up problem, told in one line
        detail = str(err).splitlines()[0] if str(err) else "no detail"
        raise ConfigError(
            f"the utterance model in {model_dir} could not be loaded "
            f"({type(err).__name__}: {detail}); reinstall coachconn",
            public="The model that codes transcripts could not be loaded: reinstall coachconn.",
        ) from None
    return OnnxCoder(
        session, tokenizer, heads, context, fusion, flags, statements, categories, talk
    )


def save_linear(
    path: Path,
    names: Sequence[str],
    weights: np.ndarray,
    bias: np.ndarray,
    threshold: float | None = None,
) -> None:
    """Write a linear head as :func:`load_coder` reads it: its classes (``names``, in
    column order), weights (features, classes), bias and, for the heads that decide
    only when sure, the threshold."""
    arrays: dict[str, Any] = {
        "weights": np.asarray(weights, dtype=np.float32),
        "bias": np.asarray(bias, dtype=np.float32),
        "names": np.array(names),
    }
    if threshold is not None:
        arrays["threshold"] = np.float32(threshold)
    np.savez(path, **arrays)


def _linear(
    path: Path, names: Sequence[str], rows: int
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]] | None:
    """(weights, bias, every stored array) of a linear head saved by a training script;
    None when the file is absent. Raises ValueError when it was fitted for other classes
    (``names``, in order) or another feature width (``rows``)."""
    if not path.is_file():
        return None
    with np.load(path) as stored:
        arrays = {name: stored[name] for name in stored.files}
    if [str(n) for n in arrays.get("names", [])] != list(names):
        raise ValueError(f"{path.name} is not for the classes {', '.join(names)}")
    weights, bias = arrays["weights"].astype(np.float32), arrays["bias"].astype(np.float32)
    if weights.shape != (rows, len(names)) or bias.shape != (len(names),):
        raise ValueError(f"{path.name} expects {weights.shape[0]} features, not {rows}")
    return weights, bias, arrays


_CONTEXT_KEYS = ("before", "after", "max_tokens", "head_tokens")
