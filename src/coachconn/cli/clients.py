"""``coachconn clients``: add, list and show the people you coach."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from coachconn.cli._client_text import ClientTexts, read_client_texts, text_file_option
from coachconn.cli._common import (
    fields_block,
    format_option,
    id_argument,
    output_format,
    practice,
    run_service,
    sub_app,
    table,
    whole_number,
)
from coachconn.core.errors import InvalidInput

if TYPE_CHECKING:
    from coachconn.core.clients import (
        ClientDetail,
        ClientSummary,
        ClientUpdate,
        ClientView,
        ErasedClient,
    )
    from coachconn.storage.uow import UnitOfWork

clients_app = sub_app("clients", "The people you coach.")
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {
    "preferred_name": "--name",
    "pronouns": "--pronouns",
    "timezone": "--timezone",
    "values": "--values",
    "goals": "--goals",
    "preferred_terms": "--terms",
    "communication_style": "--communication-style",
    "feedback_style": "--feedback-style",
    "representational_system": "--representational-system",
    "cultural_context": "--cultural-context",
    "communication_patterns": "--communication-patterns",
    "behavioural_patterns": "--behavioural-patterns",
    "relational_patterns": "--relational-patterns",
    "flags": "--flag",
    "add_flags": "--add-flag",
    "remove_flags": "--remove-flag",
}
# `clients update --clear NAME` takes the option's name without dashes.
_CLEARABLE = {
    option.removeprefix("--"): field
    for field, option in _OPTIONS.items()
    if field not in ("preferred_name", "flags", "add_flags", "remove_flags")
}


# What `clients update` can change, named when it is given nothing to change.
_CHANGEABLE = (
    "give one or more of "
    + ", ".join(option for field, option in _OPTIONS.items() if field != "flags")
    + ", --clear FIELD (see `coachconn clients update --help`)"
)


# The options `clients add` and `clients update` share, each written once.
_NAME = typer.Option("--name", metavar="NAME", help="Preferred name.")
_Pronouns = Annotated[
    str | None,
    typer.Option(
        "--pronouns", metavar="PRONOUNS", help="The pronouns they use: she/her, they/them."
    ),
]
_Timezone = Annotated[
    str | None,
    typer.Option("--timezone", metavar="TIMEZONE", help="IANA name, e.g. Europe/Madrid."),
]
_Values = Annotated[
    str | None, typer.Option("--values", metavar="TEXT", help="Values and priorities.")
]
_Goals = Annotated[
    str | None, typer.Option("--goals", metavar="TEXT", help="What they hope for from coaching.")
]
_Terms = Annotated[
    str | None, typer.Option("--terms", metavar="TEXT", help="Preferred terms and metaphors.")
]
_CommunicationStyle = Annotated[
    str | None,
    typer.Option("--communication-style", metavar="TEXT", help="How they like to communicate."),
]
_FeedbackStyle = Annotated[
    str | None,
    typer.Option("--feedback-style", metavar="TEXT", help="Preferred feedback and challenge."),
]
_RepresentationalSystem = Annotated[
    str | None,
    typer.Option(
        "--representational-system",
        metavar="SYSTEM",
        help="visual, auditory, kinesthetic or unknown.",
    ),
]
_CulturalContext = Annotated[
    str | None,
    typer.Option(
        "--cultural-context", metavar="TEXT", help="The culture and background they bring."
    ),
]
_FLAG_HELP = "resistant, cross_cultural or executive (repeatable)."


def _client_rows(summaries: Sequence[ClientSummary]) -> str:
    return table(
        [
            (
                s.id,
                s.preferred_name,
                s.phase,
                s.sessions_held,
                s.engagement_status,
                s.next_session_at,
                s.flags,
            )
            for s in summaries
        ],
        ("ID", "CLIENT", "PHASE", "HELD", "STATUS", "NEXT SESSION", "FLAGS"),
        empty="no clients yet",
    )


def _client_detail(detail: ClientDetail) -> str:
    c, p = detail.client, detail.client.profile
    head = fields_block(
        [
            ("client", f"{c.preferred_name} (id {c.id})"),
            ("pronouns", p.pronouns),
            ("timezone", p.timezone),
            ("flags", p.flags),
            ("phase", detail.phase),
            ("sessions held", detail.sessions_held),
            ("engagement", detail.current_engagement.id if detail.current_engagement else None),
            ("last session", detail.last_session_on),
            ("next session", detail.next_session_at),
            ("values", p.values),
            ("goals", p.goals),
            ("preferred terms", p.preferred_terms),
            ("communication", p.communication_style),
            ("feedback", p.feedback_style),
            ("representational", p.representational_system),
            ("cultural context", p.cultural_context),
            ("communication patterns", p.communication_patterns),
            ("behavioural patterns", p.behavioural_patterns),
            ("relational patterns", p.relational_patterns),
        ]
    )
    pins = [
        f"  - {pin.text}" + (f" (bring up {pin.bring_up_on})" if pin.bring_up_on else "")
        for pin in detail.open_pins
    ]
    return "\n".join([head, *(["open pins:", *pins] if pins else [])])


def _erased(erased: ErasedClient) -> str:
    records = ", ".join(
        f"{kind.replace('_', ' ')} ({count})" for kind, count in erased.records.items()
    )
    return f"erased client {erased.id} ({erased.preferred_name}): data key destroyed" + (
        f"; deleted {records}" if records else ""
    )


@clients_app.command("add")
def clients_add(
    name: Annotated[str, _NAME],
    pronouns: _Pronouns = None,
    timezone: _Timezone = None,
    values: _Values = None,
    values_file: str | None = text_file_option("--values"),
    goals: _Goals = None,
    goals_file: str | None = text_file_option("--goals"),
    terms: _Terms = None,
    terms_file: str | None = text_file_option("--terms"),
    communication_style: _CommunicationStyle = None,
    communication_style_file: str | None = text_file_option("--communication-style"),
    feedback_style: _FeedbackStyle = None,
    feedback_style_file: str | None = text_file_option("--feedback-style"),
    representational_system: _RepresentationalSystem = None,
    cultural_context: _CulturalContext = None,
    cultural_context_file: str | None = text_file_option("--cultural-context"),
    flag: list[str] | None = typer.Option(None, "--flag", metavar="FLAG", help=_FLAG_HELP),
    fmt: str = format_option(),
) -> None:
    """Add a client."""
    from coachconn.services.clients import add_client

    output_format(fmt)  # a bad --format is named before any text is read
    texts = read_client_texts(
        {
            "--values": (values, values_file),
            "--goals": (goals, goals_file),
            "--terms": (terms, terms_file),
            "--communication-style": (communication_style, communication_style_file),
            "--feedback-style": (feedback_style, feedback_style_file),
            "--cultural-context": (cultural_context, cultural_context_file),
        }
    )
    profile: dict[str, object] = {
        "pronouns": pronouns,
        "timezone": timezone,
        **_profile_texts(texts),
        "representational_system": representational_system,
        "flags": [f.replace("-", "_") for f in flag or ()],
    }
    given = {k: v for k, v in profile.items() if v is not None}
    run_service(
        fmt,
        lambda v: f"added client {v.id}: {v.preferred_name}",
        lambda uow, coach_id: add_client(uow, coach_id, preferred_name=name, **given),
        options=texts.named(_OPTIONS),
    )


@clients_app.command("list")
def clients_list(fmt: str = format_option()) -> None:
    """Every client with their phase, sessions held and next session."""
    from coachconn.services.clients import list_clients

    run_service(fmt, _client_rows, list_clients, options=_OPTIONS)


@clients_app.command("show")
def clients_show(client_id: int = id_argument("CLIENT_ID"), fmt: str = format_option()) -> None:
    """A client's profile, current engagement and open pins."""
    from coachconn.services.clients import get_client

    run_service(
        fmt,
        _client_detail,
        lambda uow, coach_id: get_client(uow, coach_id, client_id),
        options=_OPTIONS,
    )


@clients_app.command("erase")
def clients_erase(
    client_id: int = id_argument("CLIENT_ID"),
    yes: bool = typer.Option(False, "--yes", help="Confirm: this cannot be undone."),
    fmt: str = format_option(),
) -> None:
    """Erase a client for good: their data key and every record about them."""
    from coachconn.services.clients import erase_client, get_client

    if not yes:
        output_format(fmt)
        with practice() as (store, coach):  # names the client, or says it is not found
            client = get_client(store.unit_of_work(), coach.id, client_id).client
        raise InvalidInput(
            "--yes",
            f"required to erase client {client.id} ({client.preferred_name}): it destroys "
            "their data key and deletes every record about them (profile, engagements, "
            "sessions, notes, pins, commitments, goals, agreements) for good",
        )
    run_service(
        fmt, _erased, lambda uow, coach_id: erase_client(uow, coach_id, client_id), options=_OPTIONS
    )


@clients_app.command("update")
def clients_update(
    client_id: int = id_argument("CLIENT_ID"),
    name: Annotated[str | None, _NAME] = None,
    pronouns: _Pronouns = None,
    timezone: _Timezone = None,
    values: _Values = None,
    values_file: str | None = text_file_option("--values"),
    goals: _Goals = None,
    goals_file: str | None = text_file_option("--goals"),
    terms: _Terms = None,
    terms_file: str | None = text_file_option("--terms"),
    communication_style: _CommunicationStyle = None,
    communication_style_file: str | None = text_file_option("--communication-style"),
    feedback_style: _FeedbackStyle = None,
    feedback_style_file: str | None = text_file_option("--feedback-style"),
    representational_system: _RepresentationalSystem = None,
    cultural_context: _CulturalContext = None,
    cultural_context_file: str | None = text_file_option("--cultural-context"),
    communication_patterns: str | None = typer.Option(
        None,
        "--communication-patterns",
        metavar="TEXT",
        help="Patterns you notice in how they communicate.",
    ),
    communication_patterns_file: str | None = text_file_option("--communication-patterns"),
    behavioural_patterns: str | None = typer.Option(
        None,
        "--behavioural-patterns",
        metavar="TEXT",
        help="Patterns you notice in what they do.",
    ),
    behavioural_patterns_file: str | None = text_file_option("--behavioural-patterns"),
    relational_patterns: str | None = typer.Option(
        None,
        "--relational-patterns",
        metavar="TEXT",
        help="Patterns you notice in how they relate to others, you included.",
    ),
    relational_patterns_file: str | None = text_file_option("--relational-patterns"),
    add_flag: list[str] | None = typer.Option(None, "--add-flag", metavar="FLAG", help=_FLAG_HELP),
    remove_flag: list[str] | None = typer.Option(
        None, "--remove-flag", metavar="FLAG", help="A flag to take off (repeatable)."
    ),
    clear: list[str] | None = typer.Option(
        None,
        "--clear",
        metavar="FIELD",
        help="Empty a field, named as its option: --clear pronouns (repeatable).",
    ),
    expected_version: int | None = typer.Option(
        None,
        "--expected-version",
        metavar="VERSION",
        help="Refuse the change if the client's record is no longer at this version "
        "(see `clients show --format json`).",
        parser=whole_number,
    ),
    fmt: str = format_option(),
) -> None:
    """Change a client's name or profile; what you leave out stays."""
    from coachconn.services.clients import update_client

    output_format(fmt)  # a bad --format is named before any text is read
    texts = read_client_texts(
        {
            "--values": (values, values_file),
            "--goals": (goals, goals_file),
            "--terms": (terms, terms_file),
            "--communication-style": (communication_style, communication_style_file),
            "--feedback-style": (feedback_style, feedback_style_file),
            "--cultural-context": (cultural_context, cultural_context_file),
            "--communication-patterns": (communication_patterns, communication_patterns_file),
            "--behavioural-patterns": (behavioural_patterns, behavioural_patterns_file),
            "--relational-patterns": (relational_patterns, relational_patterns_file),
        }
    )
    given: dict[str, object] = {
        "preferred_name": name,
        "pronouns": pronouns,
        "timezone": timezone,
        **_profile_texts(texts),
        "representational_system": representational_system,
    }
    cleared = _cleared(clear or [], given)
    changes = {k: v for k, v in given.items() if v is not None} | cleared
    if not (changes or add_flag or remove_flag):
        raise InvalidInput("clients update", f"nothing to change: {_CHANGEABLE}")
    options = texts.named(_OPTIONS) | {
        field: f"--clear {_option(field).removeprefix('--')}" for field in cleared
    }

    def update(uow: UnitOfWork, coach_id: int) -> ClientUpdate:
        return update_client(
            uow,
            coach_id,
            client_id,
            expected_version=expected_version,
            add_flags=[f.replace("-", "_") for f in add_flag or ()],
            remove_flags=[f.replace("-", "_") for f in remove_flag or ()],
            **changes,
        )

    if fmt == "json":  # the client as before; what changed nothing is said on stderr
        run_service(
            fmt, str, lambda uow, coach_id: _noted(update(uow, coach_id), options), options=options
        )
    else:
        run_service(fmt, lambda done: _updated(done, options), update, options=options)


def _updated(update: ClientUpdate, options: dict[str, str]) -> str:
    """``updated client 3: Noor (version 2)``, or that nothing changed, then each
    option that changed nothing, and why."""
    c = update.client
    if not update.changed:
        head = f"nothing changed for client {c.id} ({c.preferred_name}, still version {c.version})"
    else:
        head = f"updated client {c.id}: {c.preferred_name} (version {c.version})"
        head += "; left as they were:" if update.unchanged else ""
    return "\n".join([head, *(f"  {line}" for line in _unchanged_lines(update, options))])


def _noted(update: ClientUpdate, options: dict[str, str]) -> ClientView:
    """:func:`_updated`'s words as ``note:`` lines on stderr; returns the client."""
    c = update.client
    if not update.changed:
        print(
            f"note: nothing changed for client {c.id} (still version {c.version})", file=sys.stderr
        )
    for line in _unchanged_lines(update, options):
        print(f"note: {line}", file=sys.stderr)
    return c


def _unchanged_lines(update: ClientUpdate, options: dict[str, str]) -> list[str]:
    return [f"{options.get(u.field, u.field)}: {u.reason}" for u in update.unchanged]


def _option(field: str) -> str:
    """The option that sets a service field, as typed."""
    return _OPTIONS.get(field, field)


def _profile_texts(texts: ClientTexts) -> dict[str, str | None]:
    """The profile's free-text fields by service name, as given by their options."""
    return {field: texts[option] for field, option in _OPTIONS.items() if option in texts}


def _cleared(names: list[str], given: dict[str, object]) -> dict[str, object]:
    """The fields ``--clear`` names, each set to ``None``."""
    cleared: dict[str, object] = {}
    for raw in names:
        field = _CLEARABLE.get(raw.removeprefix("--"))
        if field is None:
            raise InvalidInput("--clear", f"expected one of: {', '.join(_CLEARABLE)}; got {raw!r}")
        if given.get(field) is not None:
            raise InvalidInput("--clear", f"cannot clear {raw} and set it at once")
        cleared[field] = None
    return cleared
