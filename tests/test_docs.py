"""The README documents every setting, and the architecture notes every column about a
client stored in the clear; these fail when one is added but not described."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import LargeBinary

from coachconn.analysis.formats import FORMAT_NAMES
from coachconn.config import Settings
from coachconn.storage.tables import Base, client_scoped_models

README = Path(__file__).resolve().parents[1] / "README.md"


def _settings_table() -> dict[str, str]:
    """Variable name -> the rest of its row, from the README's settings table."""
    rows: dict[str, str] = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*`(COACHCONN_[A-Z_]+)`\s*\|(.*)\|\s*$", line)
        if match:
            rows[match.group(1)] = match.group(2)
    return rows


def test_every_setting_is_in_the_readme_table() -> None:
    documented = _settings_table()
    missing = [
        f"COACHCONN_{name.upper()}"
        for name in Settings.model_fields
        if f"COACHCONN_{name.upper()}" not in documented
    ]
    assert not missing, f"add to the README settings table: {', '.join(missing)}"


def test_each_documented_setting_has_a_default_and_a_meaning() -> None:
    for variable, rest in _settings_table().items():
        default, meaning = (cell.strip() for cell in rest.split("|", 1))
        assert default, f"{variable}: default column is empty"
        assert meaning, f"{variable}: meaning column is empty"


def test_each_documented_default_is_the_one_the_code_has() -> None:
    """A default changed in `config.py` and not in the table would mislead whoever
    sets up a server from the README. (The data folder's default is the platform's,
    described in words.)"""
    documented = _settings_table()
    for name, field in Settings.model_fields.items():
        if field.default_factory is not None:
            continue
        default = documented[f"COACHCONN_{name.upper()}"].split("|", 1)[0].strip()
        value = field.default
        if value is None:
            assert default.startswith("empty"), f"COACHCONN_{name.upper()}: {default}"
        else:
            shown = str(int(value)) if isinstance(value, bool) else str(value)
            assert default == f"`{shown}`", f"COACHCONN_{name.upper()}: {default} != {shown}"


def test_the_readme_table_lists_no_setting_that_does_not_exist() -> None:
    known = {f"COACHCONN_{name.upper()}" for name in Settings.model_fields}
    assert set(_settings_table()) <= known


def test_the_readme_names_every_format_analyze_reports() -> None:
    """`format` in `analyze --format json` is one of FORMAT_NAMES' keys; a script that
    branches on it should find each in the README."""
    text = " ".join(README.read_text(encoding="utf-8").split())
    listed = text.split("`format` (", 1)[1].split(", as read)", 1)[0]
    assert set(re.findall(r"`([a-z]+)`", listed)) == set(FORMAT_NAMES)


ARCHITECTURE = README.parent / "docs" / "architecture.md"
# Columns every row about a client has in the clear, named once above the table.
_ALWAYS_PLAIN = {"id", "coach_id", "client_id", "version"}


def _unsealed_table() -> dict[str, set[str]]:
    """Table -> its columns in the clear, from docs/architecture.md's "What is not
    sealed"."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("### What is not sealed", 1)[1].split("\n#", 1)[0]
    rows: dict[str, set[str]] = {}
    for line in section.splitlines():
        match = re.match(r"\|\s*`([a-z_]+)`\s*\|(.*)\|\s*$", line)
        if match:
            rows[match.group(1)] = set(re.findall(r"`([a-z_]+)`", match.group(2)))
    return rows


def test_every_column_about_a_client_that_is_not_sealed_is_documented() -> None:
    """A column added in the clear to a table about a client is a decision to write
    down, where a reader of the confidentiality promise looks."""
    about_a_client = {"clients", "client_keys", *client_scoped_models()}
    plain = {
        table.name: {
            column.name
            for column in table.columns
            if not isinstance(column.type, LargeBinary) and column.name not in _ALWAYS_PLAIN
        }
        for table in Base.metadata.sorted_tables
        if table.name in about_a_client
    }
    assert _unsealed_table() == plain
