"""Commands that set up and run a practice: init, demo, serve."""

from __future__ import annotations

import errno
import shlex
import socket
from typing import TYPE_CHECKING

import typer

from coachconn.cli._common import whole_number
from coachconn.cli.app import app
from coachconn.config import load_settings
from coachconn.core.errors import ConfigError

if TYPE_CHECKING:
    from coachconn.services.setup import InitResult


@app.command()
def init(
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success."),
    name: str = typer.Option("Coach", "--name", help="Your name, for a new practice."),
    timezone: str | None = typer.Option(
        None,
        "--timezone",
        help="Your timezone, an IANA name such as Europe/Berlin, for a new practice: "
        "times are read and shown in it (default: this machine's, else UTC). "
        "Change it later with `coachconn coach set --timezone`.",
    ),
) -> None:
    """Create the data folder, the master key and the database; safe to run again."""
    from coachconn.cli._common import option_names
    from coachconn.core.clock import system_zone
    from coachconn.services.setup import initialize

    settings = load_settings()
    zone = system_zone() if timezone is None else timezone
    with option_names({"name": "--name", "timezone": "--timezone"}):
        result = initialize(settings, coach_name=name, coach_timezone=zone)
    if not quiet:
        typer.echo(describe_init(result))


def describe_init(result: InitResult) -> str:
    """A few lines saying what ``initialize`` found and did."""
    if result.key_source == "env":
        key = "master key: from COACHCONN_SECRET_KEY"
    else:
        key = f"master key: {result.key_file} ({'created' if result.key_created else 'kept'})"
    schema = "migrated" if result.migrated else "up to date"
    coach = f"{result.coach.name} ({'created' if result.coach_created else 'existing'})"
    return "\n".join(
        [
            f"data folder: {result.data_dir}",
            f"database: {result.database} ({schema})",
            key,
            f"coach: {coach}",
            f"timezone: {result.coach.timezone}",
            *(f"warning: {warning}" for warning in result.warnings),
            "next: `coachconn demo` for a sample practice, `coachconn serve` for the app",
        ]
    )


@app.command()
def demo(
    if_empty: bool = typer.Option(
        False, "--if-empty", help="Do nothing (successfully) when the practice has clients."
    ),
) -> None:
    """Load a sample practice: twelve fictional clients across the three phases
    (in a fresh data folder, the practice is made first, as `init` makes it)."""
    from coachconn.core.clock import system_zone
    from coachconn.services.coaches import get_default_coach
    from coachconn.services.demo import DemoSkipped, load_demo_practice
    from coachconn.services.setup import initialize, open_store

    settings = load_settings()
    # A practice made here is `init`'s, in this machine's timezone; an existing one is kept.
    initialize(settings, coach_timezone=system_zone())
    store = open_store(settings)
    try:
        coach = get_default_coach(store.unit_of_work())
        loaded = load_demo_practice(store, coach.id, skip_when_not_empty=if_empty)
    finally:
        store.close()
    if isinstance(loaded, DemoSkipped):
        typer.echo(f"demo: the practice already has {loaded.existing} clients; nothing loaded")
        return
    typer.echo(f"demo: loaded {loaded.clients} clients and {loaded.sessions} sessions")
    if loaded.coach_name != coach.name:
        # The demo's agreements are signed with its coach's name, so the practice takes it.
        typer.echo(
            f"demo: you are now named {loaded.coach_name}, the coach the sample agreements "
            f"name; `coachconn coach set --name {shlex.quote(coach.name)}` changes it back"
        )


@app.command()
def serve(
    host: str | None = typer.Option(None, help="Address to listen on [COACHCONN_HOST]."),
    port: int | None = typer.Option(
        None, help="Port to listen on [COACHCONN_PORT].", parser=whole_number
    ),
    insecure_no_auth: bool = typer.Option(
        False,
        "--insecure-no-auth",
        help="Listen on an address other than this machine's although the app has no "
        "sign-in yet: anyone who can reach it can read every record.",
    ),
) -> None:
    """Serve the web app (default http://127.0.0.1:8000), on this machine only."""
    from coachconn.core.serving import check_listen_address, is_loopback

    overrides: dict[str, object] = {}
    if host is not None:
        overrides["host"] = host
    if port is not None:
        overrides["port"] = port
    settings = load_settings(**overrides)
    check_listen_address(settings.host, insecure_no_auth=insecure_no_auth)
    _check_port_free(settings.host, settings.port)
    if not is_loopback(settings.host):
        typer.echo(
            f"warning: no sign-in: anyone who can reach {settings.host} can read every record",
            err=True,
        )

    import uvicorn

    from coachconn.web import create_app

    web_app = create_app(settings)
    typer.echo(f"serving on http://{settings.host}:{settings.port}")
    uvicorn.run(web_app, host=settings.host, port=settings.port, log_level="info")


def _check_port_free(host: str, port: int) -> None:
    """Bind the address as uvicorn will, so a taken port is one line, not its log."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As uvicorn does: a port left in TIME_WAIT by a stopped server is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise ConfigError(f"port {port} is already in use") from None
            raise ConfigError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
