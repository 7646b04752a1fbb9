"""A client's words, typed on the command line or read from a file or standard input.

Whatever is typed on the command line can be read by every user of the machine
while the command runs (``ps``, ``/proc/<pid>/cmdline``) and stays in the shell's
history. So every option that takes a client's words at length (``--text``,
``--notes``, ``--values``, ...) has a twin, ``--<option>-file PATH``, that reads
the text from a file instead, or from standard input when PATH is ``-``:

    coachconn notes add 3 --text-file note.txt
    coachconn notes add 3 --text-file - < note.txt

Bad input raises ``InvalidInput`` naming the option, before anything is stored.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer

from coachconn.core.errors import InvalidInput
from coachconn.core.validation import TEXT_MAX

STDIN = "-"
FILE_SUFFIX = "-file"
# The most any text option keeps is TEXT_MAX characters, at most 4 bytes each in
# UTF-8: anything longer is refused unread, so `--text-file /dev/zero` ends.
MAX_BYTES = 4 * TEXT_MAX


def text_file_option(option: str) -> Any:
    """The twin of ``option``: ``--<option>-file PATH``, ``-`` for standard input."""
    return typer.Option(
        None,
        option + FILE_SUFFIX,
        metavar="PATH",
        help=f"Read {option} from this file (- for standard input), "
        "keeping it out of the process list and shell history.",
    )


@dataclass(frozen=True, slots=True)
class ClientTexts:
    """The text of each option, and which options were read from a file."""

    texts: Mapping[str, str | None]
    from_files: frozenset[str]

    def __getitem__(self, option: str) -> str | None:
        return self.texts[option]

    def __contains__(self, option: object) -> bool:
        return option in self.texts

    def required(self, option: str) -> str:
        """The text of ``option``, refused by name when it was given neither way."""
        text = self.texts[option]
        if text is None:
            twin = option + FILE_SUFFIX
            raise InvalidInput(
                option, f"required (or {twin} PATH to read it from a file, - for standard input)"
            )
        return text

    def named(self, options: Mapping[str, str]) -> dict[str, str]:
        """A command's field-to-option map with each option that was read from a
        file renamed to its twin, so a refusal (too long, say) names what was typed."""
        return {
            field: option + FILE_SUFFIX if option in self.from_files else option
            for field, option in options.items()
        }


def read_client_texts(given: Mapping[str, tuple[str | None, str | None]]) -> ClientTexts:
    """The text of each option in ``given`` (option -> (text typed, file twin's PATH)).

    Everything is checked before anything is read: an option given both ways, the
    text ``-`` (meant as standard input, which only the twin reads), two options
    reading standard input."""
    for option, (typed, path) in given.items():
        _check_one_way(option, typed, path)
    _check_one_stdin_reader(
        [option for option, (_, path) in given.items() if path is not None and reads_stdin(path)]
    )
    from_files = frozenset(option for option, (_, path) in given.items() if path is not None)
    return ClientTexts(
        {
            option: _read(option + FILE_SUFFIX, path) if path is not None else typed
            for option, (typed, path) in given.items()
        },
        from_files,
    )


def read_client_text(option: str, typed: str | None, path: str | None) -> ClientTexts:
    """:func:`read_client_texts` for a command with one such option."""
    return read_client_texts({option: (typed, path)})


def _check_one_way(option: str, typed: str | None, path: str | None) -> None:
    twin = option + FILE_SUFFIX
    if typed is not None and path is not None:
        raise InvalidInput(option, f"give the text or {twin}, not both")
    if typed is not None and reads_stdin(typed):
        raise InvalidInput(option, f"to read the text from standard input, use {twin} -")
    if path == "":
        raise InvalidInput(twin, "expected a file's path, or - for standard input")


def _check_one_stdin_reader(readers: list[str]) -> None:
    if len(readers) > 1:
        first, second = (option + FILE_SUFFIX for option in readers[:2])
        raise InvalidInput(
            second,
            f"only one option can read standard input, and {first} already does: "
            "read the other from a file",
        )


def _read(twin: str, path: str) -> str:
    """The text in ``path`` (standard input for ``-``): UTF-8, not blank."""
    where = source_name(path)
    # Not only regular files: a pipe such as `--text-file <(gpg -d note.gpg)` is fine.
    data = read_input(twin, twin, path, MAX_BYTES)
    if len(data) > MAX_BYTES:
        raise InvalidInput(twin, f"{where} is too long: no text is kept past {TEXT_MAX} characters")
    try:
        # A byte-order mark (left by some Windows editors) is not part of the text.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InvalidInput(
            twin, f"{where} is not UTF-8 text (byte {err.start + 1}); save it as UTF-8"
        ) from None
    if not text.strip():
        raise InvalidInput(twin, f"{where} is empty")
    return text


def reads_stdin(path: str) -> bool:
    """Whether ``path``, as the user typed it, means standard input: a bare ``-`` does;
    ``./-`` is the file named ``-``. Options and arguments that take such a path are
    typed as text, not ``Path``, which would make ``./-`` into ``-``."""
    return path == STDIN


def source_name(path: str) -> str:
    """``path`` as a message names it: "standard input" for ``-``."""
    return "standard input" if reads_stdin(path) else path


def read_input(
    field: str,
    what: str,
    path: str,
    limit: int,
    *,
    check_size: Callable[[int], None] | None = None,
) -> bytes:
    """What ``path`` (as typed) holds, standard input where it is ``-``
    (:func:`reads_stdin`), read to its end or to a byte past ``limit``, whichever comes
    first: :func:`read_stdin` and :func:`read_file`, whose refusals name ``field``. An
    empty path (an unset variable in ``"$FILE"``) is refused as such, not read as the
    current folder, which is what ``Path("")`` names."""
    if path == "":
        raise InvalidInput(field, "expected a file's path, or - for standard input")
    if reads_stdin(path):
        return read_stdin(field, what, limit)
    return read_file(field, path, limit, check_size=check_size, what=what)


def read_stdin(field: str, what: str, limit: int) -> bytes:
    """What standard input holds, read to its end or to a byte past ``limit``, whichever
    comes first, so that an endless stream (``< /dev/zero``) ends: a caller refuses more
    than ``limit`` bytes. ``what`` is named when the terminal is read; a refusal names
    ``field``."""
    stream = sys.stdin
    if stream is None:  # started with standard input closed
        raise InvalidInput(field, "standard input is closed")
    if stream.isatty():
        print(f"reading {what} from the terminal; end with Ctrl-D", file=sys.stderr)
    try:
        return stream.buffer.read(limit + 1)
    except OSError as err:
        raise InvalidInput(field, f"cannot read standard input: {err.strerror or err}") from None


def read_file(
    field: str,
    typed: str,
    limit: int,
    *,
    check_size: Callable[[int], None] | None = None,
    what: str = "the text",
) -> bytes:
    """What the file at ``typed`` holds, read to its end or to a byte past ``limit``,
    whichever comes first, so that an endless one (``/dev/zero``) ends: a caller refuses
    more than ``limit`` bytes. A refusal names ``field``, and the path as typed (``./-``
    stays ``./-``, which ``Path`` would print as ``-``, standard input's name): a missing
    file, a folder, a file that cannot be read.

    Any file that can be read is: a pipe too (``<(gpg -d note.gpg)``), or a device such
    as ``/dev/stdin``, whose size is known only once read. ``check_size``, where given,
    is given a regular file's size before it is read, to refuse one that is too large
    unread. ``what`` is named when the terminal is read (``/dev/tty``)."""
    path = Path(typed)
    try:
        if path.is_dir():
            raise InvalidInput(field, f"{typed} is a folder, not a file")
        if not path.exists():
            raise InvalidInput(field, f"no such file: {typed}")
        if check_size is not None and path.is_file():
            check_size(path.stat().st_size)
        with path.open("rb") as handle:
            if handle.isatty():
                print(f"reading {what} from the terminal; end with Ctrl-D", file=sys.stderr)
            return handle.read(limit + 1)
    except OSError as err:
        raise InvalidInput(field, f"cannot read {typed}: {err.strerror or err}") from None
