"""Settings never print the secrets they hold, and a bad one is named in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachconn.config import SUPPORTED_DATABASES, Settings, load_settings
from coachconn.core.errors import ConfigError

KEY = "c2VjcmV0LWtleS10aGF0LW11c3Qtbm90LWxlYWstISE="


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url="postgresql+psycopg://coach:hunter2pass@db.example/coachconn",
        secret_key=KEY,  # type: ignore[arg-type]
    )


def test_the_master_key_and_the_database_password_stay_out_of_repr(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    for shown in (repr(settings), str(settings)):
        assert KEY not in shown
        assert "hunter2pass" not in shown
        assert "db.example" in shown  # the rest of the URL still helps


def test_the_secret_key_is_still_usable(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert settings.secret_key_text == KEY
    assert "hunter2pass" in settings.resolved_database_url


def test_an_empty_secret_key_counts_as_unset(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, secret_key="")  # type: ignore[arg-type]
    assert settings.secret_key_text is None


# A bad value is one line naming the variable, never a pydantic report or a traceback.


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("COACHCONN_PORT", "abc", "COACHCONN_PORT: expected a whole number, got 'abc'"),
        ("COACHCONN_PORT", "70000", "COACHCONN_PORT: expected a port from 1 to 65535, got 70000"),
        ("COACHCONN_PORT", "0", "COACHCONN_PORT: expected a port from 1 to 65535, got 0"),
        (
            "COACHCONN_DATABASE_URL",
            "garbage",
            f"COACHCONN_DATABASE_URL: not a database URL ({SUPPORTED_DATABASES})",
        ),
        (
            "COACHCONN_DATABASE_URL",
            "mysql://x@y/z",
            f"COACHCONN_DATABASE_URL: 'mysql' is not a supported driver ({SUPPORTED_DATABASES})",
        ),
        (
            "COACHCONN_DATABASE_URL",
            "postgresql://coach@db.example/practice",
            "COACHCONN_DATABASE_URL: 'postgresql' is not a supported driver "
            f"({SUPPORTED_DATABASES})",
        ),
    ],
)
def test_a_bad_value_is_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, variable: str, value: str, message: str
) -> None:
    monkeypatch.setenv("COACHCONN_DATA_DIR", str(tmp_path))
    monkeypatch.setenv(variable, value)

    with pytest.raises(ConfigError) as caught:
        load_settings()

    assert str(caught.value) == message


def test_a_data_dir_that_is_a_file_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    for data_dir in (a_file, a_file / "coachconn"):
        monkeypatch.setenv("COACHCONN_DATA_DIR", str(data_dir))

        with pytest.raises(ConfigError) as caught:
            load_settings()

        assert str(caught.value) == f"COACHCONN_DATA_DIR: {a_file} is not a folder"


def test_a_bad_override_names_the_option_it_came_from(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(data_dir=tmp_path, port=70000)

    assert str(caught.value) == "--port: expected a port from 1 to 65535, got 70000"


def test_the_supported_database_urls_are_accepted(tmp_path: Path) -> None:
    for url in (f"sqlite:///{tmp_path}/c.db", "postgresql+psycopg://coach:pw@db.example/c"):
        assert load_settings(data_dir=tmp_path, database_url=url).database_url == url
