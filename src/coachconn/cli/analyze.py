"""``coachconn analyze FILE``: code a transcript and print the session metrics."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from coachconn.analysis.coder import load_default_coder
from coachconn.analysis.decode import MAX_TRANSCRIPT_BYTES, check_size, too_large_stream
from coachconn.analysis.parse import check_named_client, parse_transcript
from coachconn.analysis.report import to_json, to_text
from coachconn.analysis.session import cycle_collector_paused, measure_transcript
from coachconn.cli._client_text import read_input, reads_stdin, source_name
from coachconn.cli._common import (
    echo_json,
    format_option,
    option_names,
    output_format,
    print_warnings,
)
from coachconn.cli.app import app
from coachconn.core.errors import CoachconnError, InvalidInput, quoted

# Parser field -> the option a user types, so an error names what they wrote.
_OPTIONS = {"coach": "--coach", "client": "--client"}
YOUR_NAME = "your name in this practice (pass --coach to name another speaker)"
# Where several speakers count as the client together (a colleague who looked in).
SET_CLIENT = "to count only the client's lines as theirs, pass --client with their speaker name"
TRANSCRIPT_FILE_HELP = (
    "Transcript: WebVTT or SRT captions (Zoom, Teams, Meet, WhisperX), SBV, or 'Name: text'"
    " lines (Otter, Meet and Zoom text exports); - reads it from standard input."
)


@app.command()
def analyze(
    # Text, not Path, which would read `./-` as `-` (:func:`reads_stdin`).
    file: str = typer.Argument(..., metavar="FILE", help=TRANSCRIPT_FILE_HELP),
    coaches: Annotated[
        list[str] | None,
        typer.Option(
            "--coach",
            metavar="NAME",
            help="The coach's speaker name (else your name in this practice, where a "
            "speaker has it; else guessed).",
        ),
    ] = None,
    clients: Annotated[
        list[str] | None,
        typer.Option(
            "--client",
            metavar="NAME",
            help="The client's speaker name, where others speak too (a manager in a "
            "three-way meeting): only the client's lines count as the client's.",
        ),
    ] = None,
    fmt: str = format_option(),
) -> None:
    """Code every utterance of a session transcript and print the session metrics."""
    output_format(fmt)  # a bad --format is named before the file is read
    coach = one_name("--coach", coaches, TWO_COACHES)
    client = one_name("--client", clients, TWO_CLIENTS)
    data = read_transcript_file(file)
    own_name = None if coach is not None else practice_coach_name()
    with cycle_collector_paused():
        # Parse before loading the model: bad input is reported fast and first.
        with option_names(_OPTIONS):
            transcript = parse_transcript(
                data, Path(file).name, coach, known_client=client, own_name=own_name
            )
            if client is not None:
                check_named_client(transcript, client)
        analysis = measure_transcript(transcript, load_default_coder())
        print_warnings(
            analysis.transcript.warnings, coach_guessed=analysis.transcript.coach_guessed
        )
        if transcript.coach_is_own_name:
            print(f"note: coach: {transcript.coach}, {YOUR_NAME}", file=sys.stderr)
        if client is None and len(transcript.client_speakers) > 1:
            print(f"note: {SET_CLIENT}", file=sys.stderr)
        if fmt == "json":
            echo_json(to_json(analysis))
        else:
            typer.echo(to_text(analysis), nl=False)


# How a co-coached session is read, where --coach is given twice.
TWO_COACHES = (
    "it names one speaker. For two coaches, name one with --coach and the client with "
    "--client: the other coach's lines are shown, kept out of the client's figures"
)
# How a group is read, where --client is given twice.
TWO_CLIENTS = (
    "it names one speaker. For a group, leave it out: everyone but the coach is on the "
    "client's side, and the talk by speaker table shows each of them"
)


def one_name(option: str, names: list[str] | None, hint: str) -> str | None:
    """The one speaker ``option`` names, or None where it is not given.

    Raises InvalidInput, ending in ``hint``, where it is given more than once: the last
    name alone would be taken, and the first dropped without a word (two coaches: the
    other one's questions counted as the client's)."""
    if not names:
        return None
    if len(names) > 1:
        listed = ", ".join(quoted(n) for n in names)
        times = "twice" if len(names) == 2 else f"{len(names)} times"
        raise InvalidInput(field=option, reason=f"given {times} ({listed}); {hint}")
    return names[0]


def practice_coach_name() -> str | None:
    """The coach's name in this practice (`coachconn init --name`, `coach set --name`),
    or None where there is no practice: nothing is made, no folder and no database. A
    practice that cannot be opened is named in a warning, and the file read without it."""
    from coachconn.config import load_settings
    from coachconn.services.coaches import get_default_coach
    from coachconn.services.setup import has_practice, open_store

    try:
        settings = load_settings()
        if not has_practice(settings):
            return None
        with open_store(settings) as store:
            return get_default_coach(store.unit_of_work(readonly=True)).name
    except CoachconnError as err:
        print(f"warning: your name in this practice was not read: {err}", file=sys.stderr)
        return None


def read_transcript_file(path: str) -> bytes:
    """The bytes of ``path`` as typed, or of standard input where it is ``-``
    (:func:`reads_stdin`): a regular file's size is checked before it is read; standard
    input, a pipe or a device is read no further than a byte past the limit (the format
    is told from the content alike).

    Raises InvalidInput naming the path when it is missing, a folder or unreadable, and
    when it is over the size limit.
    """
    data = read_input(
        "transcript", "the transcript", path, MAX_TRANSCRIPT_BYTES, check_size=check_size
    )
    if len(data) > MAX_TRANSCRIPT_BYTES:  # a stream, or a file that grew once checked
        raise too_large_stream(source_name(path))
    if not data and reads_stdin(path):
        raise InvalidInput(field="transcript", reason="standard input is empty")
    return data
