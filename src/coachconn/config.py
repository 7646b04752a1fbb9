"""One settings object, read from the environment (``COACHCONN_*``) when asked for.

Nothing here runs at import: call :func:`load_settings` and pass the result on.
Every field is documented in the README's settings table; a test keeps the two
in step.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("coachconn", appauthor=False))


class Settings(BaseSettings):
    """Runtime configuration. Each field maps to ``COACHCONN_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="COACHCONN_", extra="ignore")

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Folder for the SQLite database and the key file.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; empty means SQLite at <data_dir>/coachconn.db. "
        "PostgreSQL: postgresql+psycopg://user@host/db",
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description="Master key (url-safe base64, 32 bytes). Overrides the key file "
        "<data_dir>/master.key.",
    )
    host: str = Field(default="127.0.0.1", description="Address `coachconn serve` listens on.")
    port: int = Field(default=8000, description="Port `coachconn serve` listens on.")

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        # ``secret_key`` is a SecretStr already; the URL may carry a password.
        for name, value in super().__repr_args__():
            yield name, (_redacted_url(value) if name == "database_url" and value else value)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'coachconn.db'}"

    @property
    def secret_key_text(self) -> str | None:
        """The master key from the environment as text; ``None`` when unset or empty."""
        if self.secret_key is None:
            return None
        return self.secret_key.get_secret_value() or None

    @property
    def key_file(self) -> Path:
        return self.data_dir / "master.key"


def _redacted_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: say nothing of it
        return "<unparseable URL>"


def load_settings(**overrides: object) -> Settings:
    """Read the environment now; keyword overrides win (used by tests and the CLI)."""
    return Settings(**overrides)  # type: ignore[arg-type]
