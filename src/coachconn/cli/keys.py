"""``coachconn keys rotate``: put a new master key in charge of every client's data key."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

import typer

from coachconn.cli._common import sub_app
from coachconn.core.errors import InvalidInput

if TYPE_CHECKING:
    from coachconn.services.keys import RotationResult

keys_app = sub_app("keys", "The master key that protects every client's data key.")


@keys_app.command("rotate")
def keys_rotate(
    new_key_from_env: str | None = typer.Option(
        None,
        "--new-key-from-env",
        metavar="VAR",
        help="Take the new key from this environment variable (needed when the key "
        "is in COACHCONN_SECRET_KEY); never typed on the command line.",
    ),
) -> None:
    """Re-wrap every client's data key under a new master key; the data is not touched."""
    from coachconn.config import load_settings
    from coachconn.services.keys import rotate_master_key

    settings = load_settings()
    new_key = None if new_key_from_env is None else _key_from_env(new_key_from_env)
    typer.echo(describe_rotation(rotate_master_key(settings, new_key=new_key)))


# The name of an environment variable as a shell sets one.
_VARIABLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _key_from_env(variable: str) -> bytes:
    from coachconn.storage.crypto import decode_key

    if _VARIABLE_NAME.fullmatch(variable) is None:
        # Not echoed: what was typed may be the key itself, given in the variable's place.
        raise InvalidInput(
            "--new-key-from-env",
            "expected the name of an environment variable (letters, digits and _, such "
            "as NEW_MASTER_KEY), not the key itself",
        )
    text = os.environ.get(variable, "").strip()
    if not text:
        raise InvalidInput("--new-key-from-env", f"{variable} is not set")
    return decode_key(text, variable)


def describe_rotation(result: RotationResult) -> str:
    """What changed, and what the operator must do next."""
    lines = [
        f"master key rotated: {result.old_key_id} -> {result.new_key_id} "
        f"({_rewrapped(result.rewrapped)})"
    ]
    if result.key_file is None:
        lines.append(
            "next: set COACHCONN_SECRET_KEY to the new key before the next start: "
            "the old key no longer opens this database"
        )
    else:
        lines.append(f"key file: {result.key_file} (new key)")
    if result.old_key_file is not None:
        lines.append(
            f"old key kept: {result.old_key_file}: it opens backups taken before now; "
            "move it somewhere safe before the next rotation, or delete it once they are "
            "no longer needed"
        )
    lines.append("restart any running `coachconn serve`: it still holds the old key")
    return "\n".join(lines)


def _rewrapped(count: int) -> str:
    """How many data keys the rotation re-wrapped. The master key is the practice's,
    so that is every client's, whoever coaches them: the words say so, lest it read
    as the number of the coach's own clients."""
    if count == 0:
        return "no clients in this practice yet, so no data keys to re-wrap"
    if count == 1:
        return "re-wrapped the data key of the 1 client in this practice"
    return f"re-wrapped the data keys of the {count} clients in this practice"
