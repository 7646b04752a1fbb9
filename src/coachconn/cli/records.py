"""Commands for the coaching record: add, list and show clients, engagements,
sessions, notes, pins, commitments, goals and agreements.

Each command parses its options, calls one service and prints. Every ``list``
and ``show`` takes ``--format text|json``. Bad input raises ``InvalidInput``
naming the option, which ``coachconn.cli.main`` prints as one line.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from typing import Any

import typer

from coachconn.cli.app import app
from coachconn.config import load_settings
from coachconn.core.errors import InvalidInput

FORMATS = ("text", "json")

# ---------------------------------------------------------------- parsing helpers


def output_format(value: str) -> str:
    """``text`` or ``json``; anything else is refused by name."""
    if value not in FORMATS:
        raise InvalidInput("--format", f"expected text or json, got {value!r}")
    return value


def parse_date(option: str, value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` date, or ``None`` when the option was not given."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(option, f"expected YYYY-MM-DD, got {value!r}") from None


def parse_datetime(option: str, value: str) -> datetime:
    """``YYYY-MM-DD HH:MM`` (or ISO 8601). Without an offset it is this machine's
    local time, which is what a coach at the terminal means."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(option, f"expected 'YYYY-MM-DD HH:MM', got {value!r}") from None
    return moment if moment.tzinfo is not None else moment.astimezone()


# ---------------------------------------------------------------- output helpers


def jsonable(value: Any) -> Any:
    """Plain JSON values for dataclasses, enums, dates, sets and tuples."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(jsonable(item) for item in value)
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(jsonable(k)): jsonable(v) for k, v in value.items()}
    return value


def text(value: Any) -> str:
    """A value as a person reads it in a terminal."""
    if value is None:
        return "—"
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M %Z").strip()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset | set | list | tuple):
        items = sorted(value) if isinstance(value, frozenset | set) else value
        return ", ".join(text(item) for item in items) or "—"
    return str(value)


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
    """A plain aligned table; the last column may be long and is not padded."""
    cells = [[text(cell) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]

    def line(values: Sequence[str]) -> str:
        padded = [v.ljust(w) for v, w in zip(values[:-1], widths[:-1], strict=True)]
        return "  ".join([*padded, values[-1]]).rstrip()

    return "\n".join([line(list(headers)), *(line(row) for row in cells)])


def fields_block(pairs: Sequence[tuple[str, Any]]) -> str:
    """``label: value`` lines, labels aligned; empty values are left out."""
    shown = [(label, value) for label, value in pairs if value not in (None, "", (), frozenset())]
    width = max((len(label) for label, _ in shown), default=0)
    return "\n".join(f"{label.ljust(width)}  {text(value)}" for label, value in shown)


def emit(value: Any, fmt: str, render: Callable[[Any], str]) -> None:
    """Print ``value`` as JSON or through ``render``."""
    if output_format(fmt) == "json":
        typer.echo(json.dumps(jsonable(value), ensure_ascii=False, indent=2))
    else:
        typer.echo(render(value))


def format_option() -> Any:
    return typer.Option("text", "--format", help="Output format: text or json.")


@contextmanager
def practice() -> Iterator[tuple[Any, Any]]:
    """The open store and the signed-in (default) coach, closed afterwards."""
    from coachconn.services.coaches import get_default_coach
    from coachconn.services.setup import open_store

    store = open_store(load_settings())
    try:
        yield store, get_default_coach(store.unit_of_work())
    finally:
        store.close()


def _sub(name: str, help_text: str) -> typer.Typer:
    sub = typer.Typer(help=help_text, no_args_is_help=True, pretty_exceptions_enable=False)
    app.add_typer(sub, name=name)
    return sub


# ---------------------------------------------------------------- clients

clients_app = _sub("clients", "The people you coach.")


def _client_rows(summaries: Sequence[Any]) -> str:
    if not summaries:
        return "no clients yet"
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
    )


def _client_detail(detail: Any) -> str:
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


@clients_app.command("add")
def clients_add(
    name: str = typer.Option(..., "--name", help="Preferred name."),
    pronouns: str | None = typer.Option(None),
    timezone: str | None = typer.Option(None, help="IANA name, e.g. Europe/Madrid."),
    values: str | None = typer.Option(None, help="Values and priorities."),
    goals: str | None = typer.Option(None, help="What they hope for from coaching."),
    terms: str | None = typer.Option(None, "--terms", help="Preferred terms and metaphors."),
    communication_style: str | None = typer.Option(None),
    feedback_style: str | None = typer.Option(None, help="Preferred feedback and challenge."),
    representational_system: str | None = typer.Option(
        None, help="visual, auditory, kinesthetic or unknown."
    ),
    cultural_context: str | None = typer.Option(None),
    flag: list[str] | None = typer.Option(
        None, "--flag", help="resistant, cross_cultural or executive (repeatable)."
    ),
    fmt: str = format_option(),
) -> None:
    """Add a client."""
    from coachconn.services.clients import add_client

    output_format(fmt)
    profile: dict[str, object] = {
        "pronouns": pronouns,
        "timezone": timezone,
        "values": values,
        "goals": goals,
        "preferred_terms": terms,
        "communication_style": communication_style,
        "feedback_style": feedback_style,
        "representational_system": representational_system,
        "cultural_context": cultural_context,
        "flags": [f.replace("-", "_") for f in flag or ()],
    }
    given = {k: v for k, v in profile.items() if v is not None}
    with practice() as (store, coach):
        view = add_client(store.unit_of_work(), coach.id, preferred_name=name, **given)
    emit(view, fmt, lambda v: f"added client {v.id}: {v.preferred_name}")


@clients_app.command("list")
def clients_list(fmt: str = format_option()) -> None:
    """Every client with their phase, sessions held and next session."""
    from coachconn.services.clients import list_clients

    output_format(fmt)
    with practice() as (store, coach):
        summaries = list_clients(store.unit_of_work(), coach.id)
    emit(summaries, fmt, _client_rows)


@clients_app.command("show")
def clients_show(
    client_id: int = typer.Argument(..., metavar="CLIENT_ID"), fmt: str = format_option()
) -> None:
    """A client's profile, current engagement and open pins."""
    from coachconn.services.clients import get_client

    output_format(fmt)
    with practice() as (store, coach):
        detail = get_client(store.unit_of_work(), coach.id, client_id)
    emit(detail, fmt, _client_detail)


# ---------------------------------------------------------------- engagements

engagements_app = _sub("engagements", "Pieces of work with a client, and their phase.")


def _engagement_rows(views: Sequence[Any]) -> str:
    if not views:
        return "no engagements yet"
    return table(
        [
            (e.id, e.client_id, e.started_on, e.status, e.cadence, e.sessions_held, e.phase)
            for e in views
        ],
        ("ID", "CLIENT", "STARTED", "STATUS", "CADENCE", "HELD", "PHASE"),
    )


def _engagement_detail(e: Any) -> str:
    return fields_block(
        [
            ("engagement", e.id),
            ("client", e.client_id),
            ("started", e.started_on),
            ("ended", e.ended_on),
            ("status", e.status),
            ("cadence", e.cadence),
            ("sessions held", e.sessions_held),
            ("phase", e.phase),
        ]
    )


@engagements_app.command("add")
def engagements_add(
    client_id: int = typer.Argument(..., metavar="CLIENT_ID"),
    started: str | None = typer.Option(None, "--started", help="YYYY-MM-DD (default today)."),
    cadence: str = typer.Option(
        "fortnightly", help="weekly, fortnightly, every_three_weeks, monthly or ad_hoc."
    ),
    fmt: str = format_option(),
) -> None:
    """Start an engagement with a client."""
    from coachconn.services.engagements import start_engagement

    output_format(fmt)
    started_on = parse_date("--started", started)
    with practice() as (store, coach):
        view = start_engagement(
            store.unit_of_work(), coach.id, client_id, started_on=started_on, cadence=cadence
        )
    emit(view, fmt, lambda e: f"started engagement {e.id} with client {e.client_id}")


@engagements_app.command("list")
def engagements_list(
    client: int | None = typer.Option(None, "--client", help="Only this client's."),
    fmt: str = format_option(),
) -> None:
    """Engagements, oldest first."""
    from coachconn.services.engagements import list_engagements

    output_format(fmt)
    with practice() as (store, coach):
        views = list_engagements(store.unit_of_work(), coach.id, client)
    emit(views, fmt, _engagement_rows)


@engagements_app.command("show")
def engagements_show(
    engagement_id: int = typer.Argument(..., metavar="ENGAGEMENT_ID"), fmt: str = format_option()
) -> None:
    """One engagement with its phase."""
    from coachconn.services.engagements import get_engagement

    output_format(fmt)
    with practice() as (store, coach):
        view = get_engagement(store.unit_of_work(), coach.id, engagement_id)
    emit(view, fmt, _engagement_detail)


# ---------------------------------------------------------------- sessions

sessions_app = _sub("sessions", "Sessions: book them, record what happened.")


def _session_rows(views: Sequence[Any]) -> str:
    if not views:
        return "no sessions yet"
    return table(
        [
            (s.id, s.client_id, s.scheduled_at, s.duration_min, s.format, s.status, s.themes)
            for s in views
        ],
        ("ID", "CLIENT", "WHEN", "MIN", "FORMAT", "STATUS", "THEMES"),
    )


def _session_detail(s: Any) -> str:
    return fields_block(
        [
            ("session", s.id),
            ("client", s.client_id),
            ("engagement", s.engagement_id),
            ("when", s.scheduled_at),
            ("duration", f"{s.duration_min} min"),
            ("format", s.format),
            ("status", s.status),
            ("changed by", s.changed_by),
            ("notice", None if s.notice_hours is None else f"{s.notice_hours:g} hours"),
            ("themes", s.themes),
            ("markers", s.markers),
            ("notes", s.notes),
        ]
    )


@sessions_app.command("add")
def sessions_add(
    engagement_id: int = typer.Argument(..., metavar="ENGAGEMENT_ID"),
    at: str = typer.Option(..., "--at", help="'YYYY-MM-DD HH:MM', local time."),
    duration: int = typer.Option(60, "--duration", help="Minutes."),
    via: str = typer.Option("video", "--via", help="in_person, video or phone."),
    fmt: str = format_option(),
) -> None:
    """Book a session."""
    from coachconn.services.sessions import schedule_session

    output_format(fmt)
    when = parse_datetime("--at", at)
    with practice() as (store, coach):
        view = schedule_session(
            store.unit_of_work(),
            coach.id,
            engagement_id,
            scheduled_at=when,
            duration_min=duration,
            format=via.replace("-", "_"),
        )
    emit(view, fmt, lambda s: f"booked session {s.id} at {text(s.scheduled_at)}")


@sessions_app.command("record")
def sessions_record(
    session_id: int = typer.Argument(..., metavar="SESSION_ID"),
    status: str = typer.Option(..., help="held, cancelled, no_show or rescheduled."),
    notes: str | None = typer.Option(None, help="What happened, in your words."),
    marker: list[str] | None = typer.Option(
        None, "--marker", help="A marker observed (repeatable); see `sessions markers`."
    ),
    theme: list[str] | None = typer.Option(None, "--theme", help="A theme tag (repeatable)."),
    changed_by: str | None = typer.Option(None, help="client or coach (cancelled/moved)."),
    notice_hours: float | None = typer.Option(None, help="Hours of notice given."),
    fmt: str = format_option(),
) -> None:
    """Record what became of a session."""
    from coachconn.services.sessions import record_session

    output_format(fmt)
    with practice() as (store, coach):
        view = record_session(
            store.unit_of_work(),
            coach.id,
            session_id,
            status=status.replace("-", "_"),
            changed_by=changed_by,
            notice_hours=notice_hours,
            notes=notes,
            markers=tuple(marker or ()),
            themes=tuple(theme or ()),
        )
    emit(view, fmt, lambda s: f"session {s.id}: {text(s.status)}")


@sessions_app.command("markers")
def sessions_markers(fmt: str = format_option()) -> None:
    """The connection markers you can tick for a held session."""
    from coachconn.core.markers import MARKERS

    emit(
        list(MARKERS),
        fmt,
        lambda infos: table(
            [(i.marker.value, i.polarity, i.label) for i in infos],
            ("MARKER", "KIND", "WHAT YOU OBSERVED"),
        ),
    )


@sessions_app.command("list")
def sessions_list(
    client: int | None = typer.Option(None, "--client"),
    engagement: int | None = typer.Option(None, "--engagement"),
    status: str | None = typer.Option(None, "--status"),
    fmt: str = format_option(),
) -> None:
    """Sessions in time order."""
    from coachconn.services.sessions import list_sessions

    output_format(fmt)
    with practice() as (store, coach):
        views = list_sessions(
            store.unit_of_work(), coach.id, engagement, client_id=client, status=status
        )
    emit(views, fmt, _session_rows)


@sessions_app.command("show")
def sessions_show(
    session_id: int = typer.Argument(..., metavar="SESSION_ID"), fmt: str = format_option()
) -> None:
    """One session with its notes, themes and markers."""
    from coachconn.services.sessions import get_session

    output_format(fmt)
    with practice() as (store, coach):
        view = get_session(store.unit_of_work(), coach.id, session_id)
    emit(view, fmt, _session_detail)


# ---------------------------------------------------------------- notes

notes_app = _sub("notes", "Notes you keep about a client between sessions.")


def _note_rows(views: Sequence[Any]) -> str:
    if not views:
        return "no notes yet"
    return table(
        [(n.id, n.created_at, n.session_id, n.text) for n in views],
        ("ID", "WRITTEN", "SESSION", "NOTE"),
    )


def _note_detail(n: Any) -> str:
    return fields_block(
        [
            ("note", n.id),
            ("client", n.client_id),
            ("session", n.session_id),
            ("written", n.created_at),
            ("text", n.text),
        ]
    )


@notes_app.command("add")
def notes_add(
    client_id: int = typer.Argument(..., metavar="CLIENT_ID"),
    note: str = typer.Option(..., "--text", help="The note."),
    session: int | None = typer.Option(None, "--session", help="Tie it to this session."),
    fmt: str = format_option(),
) -> None:
    """Write a note about a client."""
    from coachconn.services.notes import add_note

    output_format(fmt)
    with practice() as (store, coach):
        view = add_note(store.unit_of_work(), coach.id, client_id, text=note, session_id=session)
    emit(view, fmt, lambda n: f"added note {n.id} for client {n.client_id}")


@notes_app.command("list")
def notes_list(
    client_id: int = typer.Argument(..., metavar="CLIENT_ID"),
    session: int | None = typer.Option(None, "--session"),
    fmt: str = format_option(),
) -> None:
    """A client's notes, oldest first."""
    from coachconn.services.notes import list_notes

    output_format(fmt)
    with practice() as (store, coach):
        views = list_notes(store.unit_of_work(), coach.id, client_id, session_id=session)
    emit(views, fmt, _note_rows)


@notes_app.command("show")
def notes_show(
    note_id: int = typer.Argument(..., metavar="NOTE_ID"), fmt: str = format_option()
) -> None:
    """One note."""
    from coachconn.services.notes import list_notes

    output_format(fmt)
    with practice() as (store, coach):
        found = _find_per_client(
            store, coach, note_id, "note", lambda uow, cid: list_notes(uow, coach.id, cid)
        )
    emit(found, fmt, _note_detail)


def _find_per_client(
    store: Any, coach: Any, ident: int, kind: str, lister: Callable[[Any, int], Sequence[Any]]
) -> Any:
    """Find a record by id among the coach's clients' records (``NotFound`` if none):
    the services offer these lists per client, not a lookup by id."""
    from coachconn.core.errors import NotFound
    from coachconn.services.clients import list_clients

    for client in list_clients(store.unit_of_work(), coach.id):
        for item in lister(store.unit_of_work(), client.id):
            if item.id == ident:
                return item
    raise NotFound(kind, ident)


# ---------------------------------------------------------------- pins

pins_app = _sub("pins", "Details to remember and bring up again.")


def _pin_rows(views: Sequence[Any]) -> str:
    if not views:
        return "no pins yet"
    return table(
        [(p.id, p.bring_up_on, "resolved" if p.resolved else "open", p.text) for p in views],
        ("ID", "BRING UP", "STATE", "PIN"),
    )


def _pin_detail(p: Any) -> str:
    return fields_block(
        [
            ("pin", p.id),
            ("client", p.client_id),
            ("bring up", p.bring_up_on),
            ("state", "resolved" if p.resolved else "open"),
            ("pinned", p.created_at),
            ("text", p.text),
        ]
    )


@pins_app.command("add")
def pins_add(
    client_id: int = typer.Argument(..., metavar="CLIENT_ID"),
    pin: str = typer.Option(..., "--text", help="What to remember."),
    bring_up: str | None = typer.Option(None, "--bring-up", help="YYYY-MM-DD to raise it."),
    fmt: str = format_option(),
) -> None:
    """Pin a detail to remember."""
    from coachconn.services.pins import add_pin

    output_format(fmt)
    day = parse_date("--bring-up", bring_up)
    with practice() as (store, coach):
        view = add_pin(store.unit_of_work(), coach.id, client_id, text=pin, bring_up_on=day)
    emit(view, fmt, lambda p: f"pinned {p.id} for client {p.client_id}")


@pins_app.command("list")
def pins_list(
    client_id: int = typer.Argument(..., metavar="CLIENT_ID"),
    include_resolved: bool = typer.Option(False, "--all", help="Resolved pins too."),
    fmt: str = format_option(),
) -> None:
    """A client's pins, dated ones first."""
    from coachconn.services.pins import list_pins

    output_format(fmt)
    with practice() as (store, coach):
        views = list_pins(
            store.unit_of_work(), coach.id, client_id, include_resolved=include_resolved
        )
    emit(views, fmt, _pin_rows)


@pins_app.command("show")
def pins_show(
    pin_id: int = typer.Argument(..., metavar="PIN_ID"), fmt: str = format_option()
) -> None:
    """One pin."""
    from coachconn.services.pins import list_pins

    output_format(fmt)
    with practice() as (store, coach):
        found = _find_per_client(
            store,
            coach,
            pin_id,
            "pin",
            lambda uow, cid: list_pins(uow, coach.id, cid, include_resolved=True),
        )
    emit(found, fmt, _pin_detail)


# ---------------------------------------------------------------- commitments

commitments_app = _sub("commitments", "Commitments on both sides, and their follow-through.")


def _commitment_rows(views: Sequence[Any]) -> str:
    if not views:
        return "no commitments yet"
    return table(
        [(c.id, c.client_id, c.owner, c.due_on, c.status, c.text) for c in views],
        ("ID", "CLIENT", "OWNER", "DUE", "STATUS", "COMMITMENT"),
    )


def _commitment_detail(c: Any) -> str:
    return fields_block(
        [
            ("commitment", c.id),
            ("client", c.client_id),
            ("engagement", c.engagement_id),
            ("owner", c.owner),
            ("due", c.due_on),
            ("status", c.status),
            ("done", c.done_at),
            ("closed", c.closed_at),
            ("text", c.text),
        ]
    )


@commitments_app.command("add")
def commitments_add(
    engagement_id: int = typer.Argument(..., metavar="ENGAGEMENT_ID"),
    owner: str = typer.Option(..., "--owner", help="client or coach."),
    commitment: str = typer.Option(..., "--text", help="What was committed to."),
    due: str | None = typer.Option(None, "--due", help="YYYY-MM-DD."),
    session: int | None = typer.Option(None, "--session", help="Made in this session."),
    fmt: str = format_option(),
) -> None:
    """Record a commitment, the client's or your own."""
    from coachconn.services.commitments import add_commitment

    output_format(fmt)
    due_on = parse_date("--due", due)
    with practice() as (store, coach):
        view = add_commitment(
            store.unit_of_work(),
            coach.id,
            engagement_id,
            owner=owner,
            text=commitment,
            due_on=due_on,
            session_id=session,
        )
    emit(view, fmt, lambda c: f"added commitment {c.id} ({text(c.owner)})")


@commitments_app.command("list")
def commitments_list(
    client: int | None = typer.Option(None, "--client"),
    engagement: int | None = typer.Option(None, "--engagement"),
    status: str | None = typer.Option(None, "--status", help="open, done or dropped."),
    owner: str | None = typer.Option(None, "--owner", help="client or coach."),
    fmt: str = format_option(),
) -> None:
    """Commitments, oldest first."""
    from coachconn.services.commitments import list_commitments

    output_format(fmt)
    with practice() as (store, coach):
        views = list_commitments(
            store.unit_of_work(),
            coach.id,
            engagement,
            client_id=client,
            status=status,
            owner=owner,
        )
    emit(views, fmt, _commitment_rows)


def _commitment(store: Any, coach: Any, commitment_id: int) -> Any:
    from coachconn.core.errors import NotFound
    from coachconn.services.commitments import list_commitments

    for view in list_commitments(store.unit_of_work(), coach.id):
        if view.id == commitment_id:
            return view
    raise NotFound("commitment", commitment_id)


@commitments_app.command("show")
def commitments_show(
    commitment_id: int = typer.Argument(..., metavar="COMMITMENT_ID"), fmt: str = format_option()
) -> None:
    """One commitment."""
    output_format(fmt)
    with practice() as (store, coach):
        view = _commitment(store, coach, commitment_id)
    emit(view, fmt, _commitment_detail)


@commitments_app.command("done")
def commitments_done(
    commitment_id: int = typer.Argument(..., metavar="COMMITMENT_ID"), fmt: str = format_option()
) -> None:
    """Mark a commitment done."""
    from coachconn.services.commitments import complete_commitment

    output_format(fmt)
    with practice() as (store, coach):
        view = complete_commitment(store.unit_of_work(), coach.id, commitment_id)
    emit(view, fmt, lambda c: f"commitment {c.id}: done")


@commitments_app.command("drop")
def commitments_drop(
    commitment_id: int = typer.Argument(..., metavar="COMMITMENT_ID"), fmt: str = format_option()
) -> None:
    """Let a commitment go without it being done."""
    from coachconn.services.commitments import drop_commitment

    output_format(fmt)
    with practice() as (store, coach):
        view = drop_commitment(store.unit_of_work(), coach.id, commitment_id)
    emit(view, fmt, lambda c: f"commitment {c.id}: dropped")


# ---------------------------------------------------------------- goals

goals_app = _sub("goals", "Goals and their progress ratings over time.")


def _goal_rows(views: Sequence[Any]) -> str:
    if not views:
        return "no goals yet"
    return table(
        [
            (g.id, g.latest_rating, " ".join(str(r.rating) for r in g.ratings), g.title)
            for g in views
        ],
        ("ID", "NOW", "RATINGS", "GOAL"),
    )


def _goal_detail(g: Any) -> str:
    head = fields_block(
        [
            ("goal", g.id),
            ("client", g.client_id),
            ("engagement", g.engagement_id),
            ("title", g.title),
            ("description", g.description),
            ("latest rating", g.latest_rating),
        ]
    )
    ratings = [f"  {r.rated_on}  {r.rating}/10" for r in g.ratings]
    return "\n".join([head, *(["ratings:", *ratings] if ratings else [])])


@goals_app.command("add")
def goals_add(
    engagement_id: int = typer.Argument(..., metavar="ENGAGEMENT_ID"),
    title: str = typer.Option(..., "--title"),
    description: str | None = typer.Option(None, "--description"),
    fmt: str = format_option(),
) -> None:
    """Add a goal to an engagement."""
    from coachconn.services.goals import add_goal

    output_format(fmt)
    with practice() as (store, coach):
        view = add_goal(
            store.unit_of_work(), coach.id, engagement_id, title=title, description=description
        )
    emit(view, fmt, lambda g: f"added goal {g.id}: {g.title}")


@goals_app.command("rate")
def goals_rate(
    goal_id: int = typer.Argument(..., metavar="GOAL_ID"),
    rating: int = typer.Option(..., "--rating", help="Progress, 0 to 10."),
    on: str | None = typer.Option(None, "--on", help="YYYY-MM-DD (default today)."),
    fmt: str = format_option(),
) -> None:
    """Rate progress on a goal."""
    from coachconn.services.goals import rate_goal

    output_format(fmt)
    rated_on = parse_date("--on", on)
    with practice() as (store, coach):
        view = rate_goal(store.unit_of_work(), coach.id, goal_id, rating=rating, rated_on=rated_on)
    emit(view, fmt, lambda g: f"goal {g.id}: {g.latest_rating}/10")


@goals_app.command("list")
def goals_list(
    engagement_id: int = typer.Argument(..., metavar="ENGAGEMENT_ID"), fmt: str = format_option()
) -> None:
    """An engagement's goals with their ratings."""
    from coachconn.services.goals import list_goals

    output_format(fmt)
    with practice() as (store, coach):
        views = list_goals(store.unit_of_work(), coach.id, engagement_id)
    emit(views, fmt, _goal_rows)


@goals_app.command("show")
def goals_show(
    goal_id: int = typer.Argument(..., metavar="GOAL_ID"), fmt: str = format_option()
) -> None:
    """One goal and its ratings over time."""
    from coachconn.services.goals import get_goal

    output_format(fmt)
    with practice() as (store, coach):
        view = get_goal(store.unit_of_work(), coach.id, goal_id)
    emit(view, fmt, _goal_detail)


# ---------------------------------------------------------------- agreements

agreements_app = _sub("agreements", "Logistics, relationship and working agreements.")


def _agreement_rows(view: Any) -> str:
    if not view.history:
        return "no agreements yet"
    latest = {v.id for v in view.latest.values()}
    return table(
        [
            (
                a.id,
                a.kind,
                a.number,
                "current" if a.id in latest else "replaced",
                a.acknowledged_at or "not yet",
                a.text[:60] + ("…" if len(a.text) > 60 else ""),
            )
            for a in view.history
        ],
        ("ID", "KIND", "VERSION", "STATE", "ACKNOWLEDGED", "TEXT"),
    )


def _agreement_detail(a: Any) -> str:
    return fields_block(
        [
            ("agreement", a.id),
            ("kind", a.kind),
            ("version", a.number),
            ("engagement", a.engagement_id),
            ("written", a.created_at),
            ("acknowledged", a.acknowledged_at or "not yet"),
            ("text", a.text),
        ]
    )


@agreements_app.command("add")
def agreements_add(
    engagement_id: int = typer.Argument(..., metavar="ENGAGEMENT_ID"),
    kind: str = typer.Option(..., "--kind", help="logistics, relationship or working."),
    agreement: str = typer.Option(..., "--text", help="The whole agreement, as agreed."),
    fmt: str = format_option(),
) -> None:
    """Write a new version of an agreement."""
    from coachconn.services.agreements import set_agreement

    output_format(fmt)
    with practice() as (store, coach):
        view = set_agreement(
            store.unit_of_work(), coach.id, engagement_id, kind=kind, text=agreement
        )
    emit(view, fmt, lambda a: f"{text(a.kind)} agreement version {a.number} (id {a.id})")


@agreements_app.command("list")
def agreements_list(
    engagement_id: int = typer.Argument(..., metavar="ENGAGEMENT_ID"), fmt: str = format_option()
) -> None:
    """Every version of an engagement's agreements."""
    from coachconn.services.agreements import list_agreements

    output_format(fmt)
    with practice() as (store, coach):
        view = list_agreements(store.unit_of_work(), coach.id, engagement_id)
    emit(view, fmt, _agreement_rows)


@agreements_app.command("show")
def agreements_show(
    version_id: int = typer.Argument(..., metavar="AGREEMENT_ID"), fmt: str = format_option()
) -> None:
    """One agreement version in full."""
    from coachconn.services.agreements import get_agreement_version

    output_format(fmt)
    with practice() as (store, coach):
        view = get_agreement_version(store.unit_of_work(), coach.id, version_id)
    emit(view, fmt, _agreement_detail)


@agreements_app.command("acknowledge")
def agreements_acknowledge(
    version_id: int = typer.Argument(..., metavar="AGREEMENT_ID"), fmt: str = format_option()
) -> None:
    """Record that the client acknowledged this version."""
    from coachconn.services.agreements import acknowledge_agreement

    output_format(fmt)
    with practice() as (store, coach):
        view = acknowledge_agreement(store.unit_of_work(), coach.id, version_id)
    emit(view, fmt, lambda a: f"acknowledged {text(a.kind)} agreement version {a.number}")
