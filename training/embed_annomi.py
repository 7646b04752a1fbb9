"""Embed every AnnoMI utterance once with a model folder's ONNX encoder; cache to .npz.

    PYTHONPATH=src .venv/bin/python training/embed_annomi.py src/coachconn/analysis/model \
        --data ../shared/data/annomi --out build/head/embeddings.npz

The encoder is the shipped (fine-tuned, then quantized) one, run exactly as the product
runs it, so a head fitted on these embeddings sees what it will see at run time. Test
transcripts are embedded too, under their own keys, for the final report only:
``fit_head.py`` never reads them for fitting or selection.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from coachconn.analysis.annomi import load_annomi
from coachconn.analysis.coder import load_coder, utterance_texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("model_dir", type=Path)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/annomi"))
    parser.add_argument("--out", type=Path, default=Path("build/head/embeddings.npz"))
    args = parser.parse_args()
    corpus = load_annomi(args.data)
    coder = load_coder(args.model_dir)
    arrays: dict[str, np.ndarray] = {}
    start = time.perf_counter()
    for split, items in (("train", corpus.train), ("test", corpus.test)):
        for labelled in items:
            arrays[f"{split}_{labelled.transcript_id}"] = coder.embed(
                utterance_texts(labelled.transcript)
            )
        print(f"{split}: {len(items)} transcripts, {time.perf_counter() - start:.0f}s", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(args.out, **arrays)


if __name__ == "__main__":
    main()
