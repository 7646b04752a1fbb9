"""One settings object, read from the environment (``COACHCONN_*``) when asked for.

Nothing here runs at import: call :func:`load_settings` and pass the result on.
Every field is documented in the README's settings table; a test keeps the two
in step.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    secret_key: str | None = Field(
        default=None,
        description="Master key (url-safe base64, 32 bytes). Overrides the key file "
        "<data_dir>/master.key.",
    )
    host: str = Field(default="127.0.0.1", description="Address `coachconn serve` listens on.")
    port: int = Field(default=8000, description="Port `coachconn serve` listens on.")

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'coachconn.db'}"

    @property
    def key_file(self) -> Path:
        return self.data_dir / "master.key"


def load_settings(**overrides: object) -> Settings:
    """Read the environment now; keyword overrides win (used by tests and the CLI)."""
    return Settings(**overrides)  # type: ignore[arg-type]
