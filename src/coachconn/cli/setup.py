"""Commands that set up and run a practice: init, demo, serve."""

from __future__ import annotations

import errno
import shlex
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

import typer

from coachconn.cli._common import whole_number
from coachconn.cli.app import app
from coachconn.core.coaches import PLACEHOLDER_NAME
from coachconn.core.errors import CoachconnError, ConfigError

if TYPE_CHECKING:
    from coachconn.config import Settings
    from coachconn.core.coaches import Coach
    from coachconn.services.setup import InitResult, NotApplied

# The service's fields as init's options spell them.
_INIT_OPTIONS = {"name": "--name", "timezone": "--timezone"}


@app.command()
def init(
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success."),
    name: str | None = typer.Option(
        None,
        "--name",
        metavar="NAME",
        help="Your name, for a new practice (default: Coach). "
        "Change it later with `coachconn coach set --name`.",
    ),
    timezone: str | None = typer.Option(
        None,
        "--timezone",
        metavar="TIMEZONE",
        help="Your timezone, an IANA name such as Europe/Berlin, for a new practice: "
        "times are read and shown in it (default: this machine's, else UTC). "
        "Change it later with `coachconn coach set --timezone`.",
    ),
) -> None:
    """Create the data folder, the master key and the database; safe to run again."""
    from coachconn.cli._common import option_names
    from coachconn.config import load_settings
    from coachconn.core.clock import system_zone
    from coachconn.services.setup import initialize, not_applied

    settings = load_settings()
    zone = system_zone() if timezone is None else timezone
    with option_names(_INIT_OPTIONS):
        result = initialize(
            settings, coach_name=PLACEHOLDER_NAME if name is None else name, coach_timezone=zone
        )
    if not quiet:
        typer.echo(describe_init(result))
    # Said even with --quiet: what was asked for did not happen.
    for kept in not_applied(result, name=name, timezone=timezone):
        typer.echo(f"note: {_not_applied_note(kept, result.coach)}", err=True)


def _not_applied_note(kept: NotApplied, coach: Coach) -> str:
    """The line saying an option given to init was not applied, and which command
    applies it."""
    option, given = _INIT_OPTIONS[kept.field], shlex.quote(kept.given)
    return (
        f"{option} {given} was not applied: this practice already has its coach "
        f"({coach.name}, times in {coach.timezone}); to change it, run "
        f"`coachconn coach set {option} {given}`"
    )


def describe_init(result: InitResult, *, next_steps: bool = True) -> str:
    """A few lines saying what ``initialize`` found and did; with ``next_steps``, a last
    line naming what to run next."""
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
            *(
                ["next: `coachconn demo` for a sample practice, `coachconn serve` for the app"]
                if next_steps
                else []
            ),
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
    from coachconn.config import load_settings
    from coachconn.core.clock import system_zone
    from coachconn.services.coaches import get_default_coach
    from coachconn.services.demo import DemoSkipped, load_demo_practice
    from coachconn.services.setup import initialize, open_store

    settings = load_settings()
    # A practice made here is `init`'s, in this machine's timezone; an existing one is kept.
    made = initialize(settings, coach_timezone=system_zone())
    if made.key_created:  # said as init says it: the master key is the thing to back up
        typer.echo(describe_init(made, next_steps=False))
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
        # A coach made without a name (here, or by `make run`'s init) has a placeholder,
        # not a name to change back to.
        back = (
            '`coachconn coach set --name "Your Name"` gives it yours'
            if coach.name == PLACEHOLDER_NAME
            else f"`coachconn coach set --name {shlex.quote(coach.name)}` changes it back"
        )
        typer.echo(
            f"demo: you are now named {loaded.coach_name}, the coach the sample agreements "
            f"name; {back}"
        )


def _port(value: str | int) -> int:
    """The ``parser`` of ``--port``: a whole number from 1 to 65535, refused otherwise
    as a usage error, as every other option is."""
    from coachconn.config import check_port

    try:
        return check_port(whole_number(value))
    except ValueError as err:
        raise typer.BadParameter(str(err)) from None


@app.command()
def serve(
    host: str | None = typer.Option(
        None, "--host", metavar="ADDRESS", help="Address to listen on [COACHCONN_HOST]."
    ),
    port: int | None = typer.Option(
        None,
        "--port",
        metavar="PORT",
        help="Port to listen on, 1 to 65535 [COACHCONN_PORT].",
        parser=_port,
    ),
    new_token: bool = typer.Option(
        False,
        "--new-token",
        help="Replace the access token as the server starts (not if it cannot start): "
        "sign-in addresses printed before, and browsers signed in with them, no longer get "
        "in, on a server already running too.",
    ),
    insecure_http: bool = typer.Option(
        False,
        "--insecure-http",
        help="Listen on an address other than this machine's over plain HTTP: the "
        "sign-in token and every page cross the network unencrypted. Put HTTPS in "
        "front instead where you can.",
    ),
    # The flag's name before the app had sign-in; still accepted, no longer shown.
    insecure_no_auth: bool = typer.Option(False, "--insecure-no-auth", hidden=True),
) -> None:
    """Serve the web app (default http://127.0.0.1:8000), on this machine only, and
    print the address that signs a browser in."""
    from coachconn.cli._common import option_names
    from coachconn.config import load_settings
    from coachconn.core.serving import check_listen_address, is_loopback
    from coachconn.services.access import new_access_token
    from coachconn.services.setup import open_store

    overrides: dict[str, object] = {}
    if host is not None:
        overrides["host"] = host
    if port is not None:
        overrides["port"] = port
    # Everything that can keep the server from starting comes before --new-token replaces
    # the token: a start that fails changes nothing, and says so.
    with _token_kept_if_this_fails(new_token):
        settings = load_settings(**overrides)
        # Named as the settings errors are: the option if it was given, else the variable.
        with option_names({"host": "--host" if host is not None else "COACHCONN_HOST"}):
            check_listen_address(settings.host, insecure_http=insecure_http or insecure_no_auth)
    _check_port_free(settings, new_token=new_token)
    with _token_kept_if_this_fails(new_token):
        store = open_store(settings)  # a database not set up, a master key missing
    if not is_loopback(settings.host):
        typer.echo(
            f"warning: plain HTTP on {settings.host}: the sign-in token and every page "
            "cross the network unencrypted; put HTTPS in front",
            err=True,
        )

    import uvicorn

    from coachconn.cli._log import log_web_errors
    from coachconn.web import create_app
    from coachconn.web.signin import hide_token_in_access_log

    try:
        if new_token:
            # A server already running on this data folder follows the file: it stops
            # taking the old token too (services/access.py).
            new_access_token(settings)
        web_app = create_app(settings, store=store)
        typer.echo(f"serving on {_base_address(settings)}")
        if new_token:
            typer.echo("access token: replaced; sign-in addresses printed before no longer work")
        token = web_app.state.access.token
        typer.echo(f"to sign in, {_sign_in_line(settings, token, sys.stdout)}")
        hide_token_in_access_log()
        log_web_errors(settings)  # where a command's errors go: the log file
        uvicorn.run(
            web_app,
            host=settings.host,
            port=settings.port,
            log_level="info",
            # Behind a reverse proxy with HTTPS, the scheme the browser used is the proxy's
            # X-Forwarded-Proto, believed from these addresses only; without it, a form's
            # Origin (https) differs from the request's scheme (http) and is refused.
            proxy_headers=True,
            forwarded_allow_ips=settings.forwarded_allow_ips,
        )
    finally:
        store.close()  # handed to the app, which leaves it to its opener


NOT_REPLACED = "the access token was not replaced"


@contextmanager
def _token_kept_if_this_fails(new_token: bool) -> Iterator[None]:
    """An error from the block, saying, where ``--new-token`` was asked for, that the
    token was not replaced: the block runs before that."""
    try:
        yield
    except CoachconnError as err:
        if new_token:
            err.args = (f"{err}; {NOT_REPLACED}",)
        raise


def _base_address(settings: Settings) -> str:
    return f"http://{_in_url(settings.host)}:{settings.port}"


def _sign_in_line(settings: Settings, token: str, stream: TextIO | None) -> str:
    """How to open the sign-in address, for a line written to ``stream``: the address
    itself on a terminal; elsewhere (a service manager's journal, a file others may read,
    as the access log is kept from holding it) the address with the token's file named
    in its place."""
    from coachconn.web.signin import SIGN_IN_PATH

    address = f"{_base_address(settings)}{SIGN_IN_PATH}?token="
    if _is_terminal(stream):
        return f"open: {address}{token}"
    return f"open the address {address}<the token in {settings.access_token_file}>"


def _is_terminal(stream: TextIO | None) -> bool:
    """Whether ``stream`` is a terminal; not for one closed, or absent."""
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _in_url(host: str) -> str:
    """The host as an address names it: an IPv6 address in brackets."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _check_port_free(settings: Settings, *, new_token: bool = False) -> None:
    """Bind the address as uvicorn will, so a taken port is one line, not its log; one
    that says the token was not replaced where ``--new-token`` asked for that."""
    host, port = settings.host, settings.port
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As uvicorn does: a port left in TIME_WAIT by a stopped server is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise ConfigError(_port_in_use(settings, new_token=new_token)) from None
            said = f"cannot listen on {host}:{port}: {err.strerror or err}"
            raise ConfigError(f"{said}; {NOT_REPLACED}" if new_token else said) from None


def _port_in_use(settings: Settings, *, new_token: bool) -> str:
    """What a taken port says. The sign-in page sends a coach who lost the address to run
    `coachconn serve` again: where the server that has the port is this practice's own,
    the address it printed is the one they are after, so it is printed again, last on
    the line (a terminal takes what follows an address for part of it)."""
    from coachconn.services.access import existing_access_token

    said = f"port {settings.port} is already in use"
    if new_token:
        said += (
            f", so {NOT_REPLACED} (stop the server there first, or give --new-token another --port)"
        )
    try:
        token = existing_access_token(settings)
    except ConfigError:  # an unreadable token file: the port is what this answer is about
        token = None
    if token is None:
        return said
    return (
        f"{said}: coachconn may already be serving there; to sign in to it, "
        f"{_sign_in_line(settings, token, sys.stderr)}"
    )
