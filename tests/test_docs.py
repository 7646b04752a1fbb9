"""The README documents every setting; this fails when one is added but not described."""

from __future__ import annotations

import re
from pathlib import Path

from coachconn.config import Settings

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


def test_the_readme_table_lists_no_setting_that_does_not_exist() -> None:
    known = {f"COACHCONN_{name.upper()}" for name in Settings.model_fields}
    assert set(_settings_table()) <= known
