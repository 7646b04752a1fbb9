"""core/ is the domain: standard library only, and nothing of the project above it."""

from __future__ import annotations

import ast
from pathlib import Path

import coachconn.core

CORE = Path(coachconn.core.__file__).parent
FORBIDDEN = ("sqlalchemy", "alembic", "fastapi", "pydantic", "typer", "cryptography")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_core_imports_no_framework_and_no_upper_layer() -> None:
    for path in CORE.glob("*.py"):
        for name in _imports(path):
            assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"
            if name.startswith("coachconn"):
                assert name.split(".")[1] == "core", f"{path.name} imports {name}"
