"""Settings never print the secrets they hold."""

from __future__ import annotations

from pathlib import Path

from coachconn.config import Settings

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
