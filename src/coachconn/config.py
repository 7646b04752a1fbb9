"""One settings object, read from the environment (``COACHCONN_*``) when asked for.

Nothing here runs at import: call :func:`load_settings` and pass the result on.
Every field is documented in the README's settings table; a test keeps the two
in step.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_core import ErrorDetails
from pydantic_settings import BaseSettings, SettingsConfigDict

from coachconn.core.errors import EXPECTED, ConfigError, wrong_form

SUPPORTED_DATABASES = "supported: sqlite:///path, postgresql+psycopg://user@host/db"
_SUPPORTED_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql+psycopg")


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("coachconn", appauthor=False))


def check_port(value: int) -> int:
    """A TCP port to listen on, 1 to 65535; anything else is a ``ValueError`` saying
    so (the setting's check, and the ``serve --port`` option's)."""
    if not 1 <= value <= 65535:
        raise ValueError(f"expected a port from 1 to 65535, got {value}")
    return value


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
    debug: bool = Field(
        default=False,
        description="Print an unexpected error's traceback to stderr instead of the log "
        "file <data_dir>/logs/coachconn.log.",
    )
    allowed_hosts: str = Field(
        default="127.0.0.1,localhost,::1",
        description="Comma-separated host names the web app answers to (the Host header), "
        "besides `host`; `*.example.org` matches its subdomains.",
    )
    forwarded_allow_ips: str = Field(
        default="127.0.0.1,::1",
        description="Comma-separated addresses or networks of the reverse proxies whose "
        "X-Forwarded-Proto and X-Forwarded-For `coachconn serve` believes; `*` for any.",
    )

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        # ``secret_key`` is a SecretStr already; the URL may carry a password.
        for name, value in super().__repr_args__():
            yield name, (_redacted_url(value) if name == "database_url" and value else value)

    @field_validator("data_dir")
    @classmethod
    def _check_data_dir(cls, value: Path) -> Path:
        folder = value.expanduser()
        # The nearest part that exists must be a folder, or nothing can be made inside.
        existing = next((part for part in (folder, *folder.parents) if part.exists()), None)
        if existing is not None and not existing.is_dir():
            raise ValueError(f"{existing} is not a folder")
        return folder

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str | None) -> str | None:
        if not value:
            return value
        from sqlalchemy.engine import make_url  # here: `analyze` never needs SQLAlchemy

        try:
            url = make_url(value)
        except Exception:  # ArgumentError and friends; the text may hold a password
            raise ValueError(f"not a database URL ({SUPPORTED_DATABASES})") from None
        if url.drivername not in _SUPPORTED_DRIVERS:
            raise ValueError(
                f"{url.drivername!r} is not a supported driver ({SUPPORTED_DATABASES})"
            )
        return value

    @field_validator("port")
    @classmethod
    def _check_port(cls, value: int) -> int:
        return check_port(value)

    @field_validator("allowed_hosts")
    @classmethod
    def _check_host_patterns(cls, value: str) -> str:
        for name in _names(value):
            if "*" in name[1:] or (name.startswith("*") and not name.startswith("*.")):
                raise ValueError(f"{name!r}: a wildcard must be like '*.example.org'")
        return value

    @field_validator("forwarded_allow_ips")
    @classmethod
    def _check_proxy_addresses(cls, value: str) -> str:
        if value.strip() == "*":
            return "*"
        names = [name.strip() for name in value.split(",") if name.strip()]
        for name in names:
            try:
                ipaddress.ip_network(name, strict=False)
            except ValueError:
                raise ValueError(
                    f"{name!r} is not an IP address or network (such as 10.0.0.5 or "
                    "10.0.0.0/24); list them with commas, or give * alone for any"
                ) from None
        return ",".join(names)

    @property
    def trusted_hosts(self) -> list[str]:
        """The Host header values the web app answers: ``allowed_hosts`` and ``host``.

        Anything else is refused, so a web page whose name an attacker points at
        127.0.0.1 (DNS rebinding) cannot read the practice through a browser.
        """
        names = [*_names(self.allowed_hosts), self.host.strip()]
        return list(dict.fromkeys(_as_host_header(name) for name in names if name))

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

    @property
    def access_token_file(self) -> Path:
        """The web app's sign-in secret, readable by its owner only."""
        return self.data_dir / "access.token"


def _names(value: str) -> list[str]:
    return [name.strip().lower() for name in value.split(",") if name.strip()]


def _as_host_header(name: str) -> str:
    # An IPv6 address travels in brackets in the Host header: [::1]:8000.
    return f"[{name}]" if ":" in name and not name.startswith("[") else name


def _redacted_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: say nothing of it
        return "<unparseable URL>"


def load_settings(**overrides: object) -> Settings:
    """Read the environment now; keyword overrides win (used by tests and the CLI).

    A bad value is a :class:`ConfigError` naming the variable (or the option the
    override came from) in one line.
    """
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as err:
        raise ConfigError(_describe(err.errors()[0], overrides)) from None


def _describe(error: ErrorDetails, overrides: dict[str, object]) -> str:
    field = str(error["loc"][0]) if error["loc"] else "?"
    name = f"--{field.replace('_', '-')}" if field in overrides else f"COACHCONN_{field.upper()}"
    kind, given = error["type"], error.get("input")
    if kind in EXPECTED:
        return f"{name}: {wrong_form(kind, given)}"
    if kind == "value_error" and "ctx" in error:
        return f"{name}: {error['ctx']['error']}"
    return f"{name}: {error['msg']}"  # never the input itself: it may be the secret key
