"""The app is built on demand, never at import."""

from __future__ import annotations

import importlib

import pytest
from fastapi import FastAPI

from coachconn.config import Settings
from coachconn.core.errors import ConfigError
from coachconn.web import create_app


def test_importing_the_web_package_builds_no_app() -> None:
    names = ["coachconn.web", "coachconn.web.app", "coachconn.web.routes.clients"]
    modules = [importlib.import_module(name) for name in names]

    built = [
        m.__name__ for m in modules for value in vars(m).values() if isinstance(value, FastAPI)
    ]
    assert built == []


def test_each_call_builds_a_new_app(settings: Settings, store: object) -> None:
    first = create_app(settings, store=store)  # type: ignore[arg-type]
    second = create_app(settings, store=store)  # type: ignore[arg-type]

    assert first is not second


def test_an_uninitialised_practice_is_a_clear_setup_error(tmp_path: object) -> None:
    settings = Settings(data_dir=tmp_path, database_url=None, secret_key=None)  # type: ignore[arg-type]

    with pytest.raises(ConfigError, match="coachconn init"):
        create_app(settings)
