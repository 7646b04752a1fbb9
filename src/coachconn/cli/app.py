"""The Typer application object. Command modules register themselves on it."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="coachconn",
    help="Build and measure the coach–client connection.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: the Rich layout labels every flag, --help included, "<bool>".
    rich_markup_mode=None,
)


@app.callback()
def _root() -> None:
    """Build and measure the coach–client connection."""


@app.command()
def version() -> None:
    """Print the installed version."""
    from coachconn import __version__

    typer.echo(__version__)
