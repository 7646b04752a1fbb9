"""The Typer application object. Command modules register themselves on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import typer
from typer.core import TyperCommand

F = TypeVar("F", bound=Callable[..., Any])


class PlainHelpCommand(TyperCommand):
    """A command whose help names each argument by its name alone (``CLIENT_ID``): not
    followed by the parser's Python type (``CLIENT_ID <int>``), nor in braces on the
    usage line (``{CLIENT_ID}``); one that may be left out is in brackets. An option's
    value is named by its ``metavar`` (``--at TIME``), which every option that takes one
    sets, in words rather than types."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name != "argument":
                pieces.extend(param.get_usage_pieces(ctx))
                continue
            name = _argument_name(param)
            name = name if param.required else f"[{name}]"
            pieces.append(name if param.nargs == 1 else f"{name}...")
        return pieces

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        # The parser's errors of an option's use (given no value) name no command: they
        # are given this one's, so that the message can say what the option takes.
        try:
            return list(super().parse_args(ctx, args))
        except typer.TyperException as err:
            if getattr(err, "ctx", False) is None:
                err.ctx = ctx  # type: ignore[attr-defined]
            raise

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                arguments.append((_argument_name(param), record[1]))
            else:
                options.append(record)
        for title, records in (("Arguments", arguments), ("Options", options)):
            if records:
                with formatter.section(title):
                    formatter.write_dl(records)


def _argument_name(param: Any) -> str:
    """An argument as help shows it: its metavar (``CLIENT_ID``), else its name."""
    return str(param.metavar or (param.name or "").upper())


class CommandGroup(typer.Typer):
    """A Typer app whose commands are :class:`PlainHelpCommand` unless told otherwise."""

    def command(
        self, name: str | None = None, *, cls: type[TyperCommand] | None = None, **settings: Any
    ) -> Callable[[F], F]:
        return super().command(name, cls=cls or PlainHelpCommand, **settings)


app = CommandGroup(
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
