"""The shipped encoder computes the same embeddings on every x86 CPU.

Its int8 weights are stored signed, ONNX Runtime's fast path on CPUs with VNNI. Without
VNNI (AVX2, plain AVX-512) that path adds pairs of products in 16 bits and saturates,
so the coder asks ONNX Runtime for its exact path there (``coder.encoder_options``):
otherwise such a CPU would code transcripts differently.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np
import onnxruntime as ort
import pytest

from coachconn.analysis.coder import EXACT_INT8_ENTRY, MODEL_DIR, encoder_options

onnx = pytest.importorskip("onnx")  # the dev extra's; the product itself never needs it
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
K, N = 64, 8
# Every activation 255 and every weight 127: each pair of products is 64,770, past the
# 16 bits a saturating kernel adds them in.
ACTIVATION, WEIGHT, OUT_SCALE = 255, 127, 10_000.0
EXACT = round(ACTIVATION * WEIGHT * K / OUT_SCALE)  # 207; saturated pairs give 105


@pytest.fixture(scope="module")
def shrink() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "shrink_onnx", ROOT / "training" / "shrink_onnx.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _signed_matmul() -> onnx.ModelProto:
    """One QLinearMatMul as static quantization writes it: uint8 activations, per-channel
    int8 weights with zero points 0."""
    inits = [
        numpy_helper.from_array(np.array(1.0, np.float32), "a_scale"),
        numpy_helper.from_array(np.array(0, np.uint8), "a_zero"),
        numpy_helper.from_array(np.full((K, N), WEIGHT, np.int8), "b"),
        numpy_helper.from_array(np.ones(N, np.float32), "b_scale"),
        numpy_helper.from_array(np.zeros(N, np.int8), "b_zero"),
        numpy_helper.from_array(np.array(OUT_SCALE, np.float32), "y_scale"),
        numpy_helper.from_array(np.array(0, np.uint8), "y_zero"),
    ]
    node = helper.make_node(
        "QLinearMatMul",
        ["a", "a_scale", "a_zero", "b", "b_scale", "b_zero", "y_scale", "y_zero"],
        ["y"],
    )
    graph = helper.make_graph(
        [node],
        "matmul",
        [helper.make_tensor_value_info("a", TensorProto.UINT8, [4, K])],
        [helper.make_tensor_value_info("y", TensorProto.UINT8, [4, N])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    return model


def _run(model: onnx.ModelProto, options: ort.SessionOptions | None = None) -> np.ndarray:
    session = ort.InferenceSession(
        model.SerializeToString(), options, providers=["CPUExecutionProvider"]
    )
    return session.run(None, {"a": np.full((4, K), ACTIVATION, np.uint8)})[0]


def test_the_coders_session_multiplies_signed_weights_exactly_on_this_cpu() -> None:
    # Exact where this CPU's fast path is (VNNI), and through the entry where it is not:
    # a CPU taken for VNNI that has none reads 105 here.
    assert (_run(_signed_matmul(), encoder_options()) == EXACT).all()


def test_the_exact_path_is_asked_for_unless_the_fast_path_is_exact() -> None:
    assert encoder_options(exact_fast_path=False).get_session_config_entry(EXACT_INT8_ENTRY) == "1"
    fast = encoder_options(exact_fast_path=True)
    with pytest.raises(Exception, match=EXACT_INT8_ENTRY):
        fast.get_session_config_entry(EXACT_INT8_ENTRY)  # never set
    assert (_run(_signed_matmul(), encoder_options(exact_fast_path=False)) == EXACT).all()


def _unsigned(model: onnx.ModelProto) -> onnx.ModelProto:
    """The signed matmul with its weight and zero point stored as uint8, moved by 128."""
    for init in model.graph.initializer:
        if init.name in ("b", "b_zero"):
            moved = numpy_helper.to_array(init).astype(np.int16) + 128
            init.CopyFrom(numpy_helper.from_array(moved.astype(np.uint8), init.name))
    return model


def test_signed_weights_hold_the_same_values(shrink: ModuleType) -> None:
    model = shrink.signed_weights(_unsigned(_signed_matmul()))
    weights = {init.name: numpy_helper.to_array(init) for init in model.graph.initializer}
    assert weights["b"].dtype == np.int8 and weights["b_zero"].dtype == np.int8
    # The same real values: (q - 128) - (128 - 128) == q - 128.
    assert (weights["b"].astype(int) - weights["b_zero"].astype(int) == WEIGHT).all()
    assert (_run(model, encoder_options(exact_fast_path=False)) == EXACT).all()


def test_a_weight_shared_with_another_node_is_refused(shrink: ModuleType) -> None:
    model = _unsigned(_signed_matmul())
    again = helper.make_node("DequantizeLinear", ["b", "b_scale", "b_zero"], ["b_real"], axis=1)
    model.graph.node.append(again)  # it would read the moved weights as other values
    with pytest.raises(ValueError, match="shared"):
        shrink.signed_weights(model)


def test_the_shipped_encoder_stores_its_weights_signed() -> None:
    model = onnx.load(str(MODEL_DIR / "model.onnx"))
    inits = {init.name: init for init in model.graph.initializer}
    weights = [
        inits[node.input[3]]
        for node in model.graph.node
        if node.op_type == "QLinearMatMul" and node.input[3] in inits
    ]
    assert len(weights) == 36  # six layers: query, key, value, output and two feed-forward
    assert {w.data_type for w in weights} == {TensorProto.INT8}
    zero_points = [
        numpy_helper.to_array(inits[node.input[5]])
        for node in model.graph.node
        if node.op_type == "QLinearMatMul" and node.input[3] in inits
    ]
    assert all((z == 0).all() for z in zero_points)  # symmetric int8
