"""The layers import downward only (docs/architecture.md): core/ and analysis/ are
pure, storage/ and services/ never reach up, and nothing imports web or cli.

Imports are read from the source, relative ones resolved by their level, so
``from ..storage import tables`` counts as ``coachconn.storage.tables``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import coachconn

PACKAGE = Path(coachconn.__file__).parent
FRAMEWORKS = ("sqlalchemy", "alembic", "fastapi", "starlette", "pydantic", "typer", "cryptography")
UPPER = ("storage", "services", "web", "cli")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[str]:
    """Every module ``path`` imports, relative imports made absolute."""
    return imports_in(path.read_text(), _module_name(path), is_package=path.name == "__init__.py")


def imports_in(source: str, module: str, *, is_package: bool = False) -> list[str]:
    package = module.split(".") if is_package else module.split(".")[:-1]
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            if node.module is None:
                names += [".".join([*base, alias.name]) for alias in node.names]
            else:
                names.append(".".join([*base, node.module]))
    return names


def _layer(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if parts[0] == "coachconn" and len(parts) > 1 else None


def _files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_relative_imports_are_resolved() -> None:
    source = "from ..storage import tables\nfrom . import errors\nfrom .markers import Marker\n"
    assert imports_in(source, "coachconn.core.sessions") == [
        "coachconn.storage",
        "coachconn.core.errors",
        "coachconn.core.markers",
    ]
    assert imports_in("from .. import web\n", "coachconn.services", is_package=True) == [
        "coachconn.web"
    ]


@pytest.mark.parametrize("layer", ["core", "analysis"])
def test_the_pure_layers_import_no_framework_and_nothing_above_them(layer: str) -> None:
    for path in _files(layer):
        for name in imports_of(path):
            assert not name.startswith(FRAMEWORKS), f"{layer}/{path.name} imports {name}"
            assert _layer(name) not in UPPER, f"{layer}/{path.name} imports {name}"


def test_core_imports_only_core() -> None:
    for path in _files("core"):
        for name in imports_of(path):
            assert _layer(name) in (None, "core"), f"core/{path.name} imports {name}"


@pytest.mark.parametrize("layer", ["storage", "services", "core", "analysis", "demo"])
def test_nothing_below_the_interfaces_imports_web_or_cli(layer: str) -> None:
    for path in _files(layer):
        for name in imports_of(path):
            assert _layer(name) not in ("web", "cli"), f"{layer}/{path.name} imports {name}"


def test_storage_imports_no_services() -> None:
    for path in _files("storage"):
        for name in imports_of(path):
            assert _layer(name) != "services", f"storage/{path.name} imports {name}"
