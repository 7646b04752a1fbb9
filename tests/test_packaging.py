"""The package metadata says its licence the current way, and ships the licence text."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_licence_is_an_spdx_expression_with_its_file() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    # The table form ({text = ...}) is deprecated and makes pip warn.
    assert project["license"] == "Apache-2.0"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text


def test_the_build_backend_understands_an_spdx_licence() -> None:
    # setuptools reads `license = "<SPDX>"` and `license-files` from 77 on.
    build = _pyproject()["build-system"]
    assert isinstance(build, dict)
    setuptools = next(req for req in build["requires"] if req.startswith("setuptools"))
    match = re.fullmatch(r"setuptools>=(\d+)(\.\d+)*", setuptools)
    assert match and int(match.group(1)) >= 77


def test_the_installed_product_never_pulls_a_deep_learning_framework() -> None:
    # The coder runs on onnxruntime; torch and transformers belong to training only,
    # where a CUDA build of torch would cost gigabytes on every install.
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    names = [
        re.split(r"[<>=!~\[; ]", dep, maxsplit=1)[0].lower() for dep in project["dependencies"]
    ]
    assert "onnxruntime" in names
    for heavy in ("torch", "transformers", "sentence-transformers", "tensorflow", "jax"):
        assert heavy not in names
    extras = project["optional-dependencies"]
    assert isinstance(extras, dict)
    assert "torch==2.13.0" in extras["train"]


def test_the_model_files_ship_inside_the_package() -> None:
    pyproject = _pyproject()
    package_data = pyproject["tool"]["setuptools"]["package-data"]["coachconn"]  # type: ignore[index]
    assert "analysis/model/*" in package_data
    model_dir = ROOT / "src" / "coachconn" / "analysis" / "model"
    for name in ("model.onnx", "tokenizer.json", "labels.json", "MODEL_CARD.md"):
        assert (model_dir / name).is_file(), name
    assert (model_dir / "model.onnx").stat().st_size <= 50 * 1024 * 1024


def test_the_coaching_evaluation_set_ships_inside_the_package() -> None:
    # `coachconn eval coaching` reads it from the installed package by default.
    pyproject = _pyproject()
    package_data = pyproject["tool"]["setuptools"]["package-data"]["coachconn"]  # type: ignore[index]
    assert "analysis/coaching_eval/*" in package_data
    data_dir = ROOT / "src" / "coachconn" / "analysis" / "coaching_eval"
    assert (data_dir / "README.md").is_file()
    assert (data_dir / "split.json").is_file()
    split = json.loads((data_dir / "split.json").read_text(encoding="utf-8"))
    assert len(list(data_dir.glob("*.jsonl"))) == len(split["dev"]) + len(split["test"]) == 62
    # Flat: the package-data pattern takes the folder's files, not subfolders.
    assert not [path for path in data_dir.iterdir() if path.is_dir()]
