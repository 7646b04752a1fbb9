"""Make the exported model small enough to ship, keeping results reproducible.

    PYTHONPATH=src /work/train-venv/bin/python training/shrink_onnx.py build/model \
        --mode int8 --data ../shared/data/annomi

Modes:
- ``fp16``: weights stored as float16 and cast back to float32 when the session
  loads (ONNX Runtime folds the casts), so inference is plain fp32 at half the size.
- ``int8``: *static* int8 quantization of the MatMuls (per-channel weights, activation
  ranges calibrated on AnnoMI train utterances), with the word embeddings stored as
  float16. Static ranges keep every prediction independent of its batch neighbours,
  unlike dynamic quantization.
- ``finish``: only the graph changes made after quantization
  (:func:`strip_masked_row_guard`, :func:`signed_weights`), on an already shrunk
  ``model.onnx``; both leave every embedding as it was.
Both ``int8`` and ``fp16`` also strip the softmax's masked-row guard; ``int8`` stores
its weights signed, as static quantization writes them.
Writes ``model.onnx`` into the model folder.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from coachconn.analysis.annomi import load_annomi
from coachconn.analysis.coder import clip, utterance_texts


def store_fp16(model: onnx.ModelProto, min_size: int = 4096) -> onnx.ModelProto:
    """Keep large float32 initializers as float16 plus a Cast back to float32."""
    graph = model.graph
    casts = []
    for init in list(graph.initializer):
        if init.data_type != TensorProto.FLOAT:
            continue
        array = numpy_helper.to_array(init)
        if array.size < min_size:
            continue
        half = numpy_helper.from_array(array.astype(np.float16), init.name + "__fp16")
        graph.initializer.remove(init)
        graph.initializer.append(half)
        casts.append(
            helper.make_node(
                "Cast", [half.name], [init.name], to=TensorProto.FLOAT, name=init.name + "__cast"
            )
        )
    nodes = list(graph.node)
    del graph.node[:]
    graph.node.extend(casts + nodes)
    return model


def strip_masked_row_guard(model: onnx.ModelProto) -> onnx.ModelProto:
    """Drop the attention's guard for fully masked rows, which never fires here.

    The exported attention computes ``Where(IsNaN(softmax), 0, softmax)`` in every layer,
    for rows whose keys are all masked. The coder never pads (it batches utterances of
    exactly equal token length), so no row is masked and the guard passes the softmax
    through: two elementwise passes over every attention matrix, about a twentieth of
    the encoder's time. Bypassing it gives bit-identical embeddings.

    The padding mask's own ``Add`` stays: without it ONNX Runtime fuses the
    dequantize-softmax-quantize chain into ``QLinearSoftmax``, which reads the scores
    in 8 bits and moves the embeddings (cosine to the unfused model about 0.94).
    """
    graph = model.graph
    producer = {out: node for node in graph.node for out in node.output}
    consumers: dict[str, list[onnx.NodeProto]] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    rename: dict[str, str] = {}
    for node in graph.node:
        if node.op_type != "IsNaN":
            continue
        source = node.input[0]
        if source not in producer or producer[source].op_type != "Softmax":
            continue
        for guard in consumers.get(node.output[0], []):
            if guard.op_type == "Where" and guard.input[2] == source:
                rename[guard.output[0]] = source
    for node in graph.node:
        for i, name in enumerate(node.input):
            if name in rename:
                node.input[i] = rename[name]
    _drop_dead_nodes(graph)
    return model


def signed_weights(model: onnx.ModelProto) -> onnx.ModelProto:
    """Store every uint8 weight of a ``QLinearMatMul`` as int8 with its zero point moved
    by 128: the same real values, so the same arithmetic (the form static quantization
    writes; this turns a model stored unsigned, as the shipped one was, back).

    Signed weights are the fast path on CPUs with VNNI, which add uint8 x int8 products
    in 32 bits: on the 2-core AMD EPYC with AVX-512 VNNI the encoder codes 6,000
    utterances in about 60% of the time it takes with unsigned weights, to the same bits.
    CPUs without VNNI (AVX2, plain AVX-512) add pairs of those products in 16 bits and
    saturate; there the coder asks ONNX Runtime to move the weights to uint8 when the
    session loads (``coder.encoder_options``), which is what this model stored before.
    """
    inits = {init.name: init for init in model.graph.initializer}
    uses = Counter(name for node in model.graph.node for name in node.input)
    for node in model.graph.node:
        if node.op_type != "QLinearMatMul":
            continue
        names = (node.input[3], node.input[5])  # the weight and its zero point
        weight, zero_point = (inits.get(name) for name in names)
        if weight is None or zero_point is None or weight.data_type != TensorProto.UINT8:
            continue  # activations on both sides, or already signed
        if any(uses[name] > 1 for name in names):
            # Shared with another node, which would read the moved values wrongly.
            raise ValueError(f"{node.name}: its weight or zero point is shared; not converted")
        for init in (weight, zero_point):
            shifted = numpy_helper.to_array(init).astype(np.int16) - 128
            init.CopyFrom(numpy_helper.from_array(shifted.astype(np.int8), init.name))
    return model


def _drop_dead_nodes(graph: onnx.GraphProto) -> None:
    """Remove nodes (and initializers) that no graph output depends on."""
    needed = {out.name for out in graph.output}
    keep = []
    for node in reversed(graph.node):
        if any(out in needed for out in node.output):
            keep.append(node)
            needed.update(name for name in node.input if name)
    del graph.node[:]
    graph.node.extend(reversed(keep))
    unused = [init for init in graph.initializer if init.name not in needed]
    for init in unused:
        graph.initializer.remove(init)


class _Calibration:
    """Feeds train utterances one at a time (no padding) to collect activation ranges."""

    def __init__(self, data: Path, tokenizer_path: Path, n: int, inputs: set[str]) -> None:
        from tokenizers import Tokenizer

        self.inputs = inputs
        tokenizer = Tokenizer.from_file(str(tokenizer_path))
        tokenizer.no_padding()
        tokenizer.no_truncation()
        context = json.loads((tokenizer_path.parent / "labels.json").read_text())["context"]
        texts = [x for t in load_annomi(data).train for x in utterance_texts(t.transcript)]
        random.Random(7).shuffle(texts)
        rows = [
            clip(e.ids, context["max_tokens"], context["head_tokens"])
            for e in tokenizer.encode_batch(texts[:n])
        ]
        self._items = iter(
            {
                "input_ids": np.array([r], dtype=np.int64),
                "attention_mask": np.ones((1, len(r)), dtype=np.int64),
                "token_type_ids": np.zeros((1, len(r)), dtype=np.int64),
            }
            for r in rows
        )

    def get_next(self):
        item = next(self._items, None)
        if item is not None and self.inputs:
            item = {k: v for k, v in item.items() if k in self.inputs}
        return item


def quantize_int8(src: Path, dst: Path, data: Path, tokenizer: Path, n: int) -> None:
    from onnxruntime.quantization import (
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )
    from onnxruntime.quantization.shape_inference import quant_pre_process

    pre = dst.with_name("pre.onnx")
    quant_pre_process(str(src), str(pre), skip_symbolic_shape=True)
    quantize_static(
        str(pre),
        str(dst),
        _Calibration(data, tokenizer, n, {i.name for i in onnx.load(str(pre)).graph.input}),
        quant_format=QuantFormat.QOperator,
        op_types_to_quantize=["MatMul"],
        per_channel=True,
        activation_type=QuantType.QUInt8,
        weight_type=QuantType.QInt8,
        calibrate_method=CalibrationMethod.MinMax,
    )
    pre.unlink()
    model = strip_masked_row_guard(store_fp16(onnx.load(str(dst))))
    onnx.save(model, str(dst))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("model_dir", type=Path)
    p.add_argument("--mode", choices=("fp16", "int8", "finish"), default="fp16")
    p.add_argument("--data", type=Path, default=Path("../shared/data/annomi"))
    p.add_argument("--calibration", type=int, default=400)
    p.add_argument("--out", default="model.onnx")
    args = p.parse_args()
    src = args.model_dir / "model_fp32.onnx"
    dst = args.model_dir / args.out
    if args.mode == "fp16":
        onnx.save(strip_masked_row_guard(store_fp16(onnx.load(str(src)))), str(dst))
    elif args.mode == "finish":
        shipped = onnx.load(str(args.model_dir / "model.onnx"))
        onnx.save(signed_weights(strip_masked_row_guard(shipped)), str(dst))
    else:
        quantize_int8(src, dst, args.data, args.model_dir / "tokenizer.json", args.calibration)
    print(f"{dst}: {dst.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
