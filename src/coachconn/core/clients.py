"""Clients and the profile the coach builds while getting to know them.

The profile holds what the seed's discovery and pattern-recognition sections ask
a coach to learn: values and priorities, hopes, language and metaphors,
communication, feedback and challenge preferences, representational system,
cultural context, the specialised-challenge flags, and pattern notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from coachconn.core import validation as v
from coachconn.core.engagements import EngagementStatus, EngagementView, Phase
from coachconn.core.errors import InvalidInput
from coachconn.core.pins import PinView


class RepresentationalSystem(StrEnum):
    VISUAL = "visual"
    AUDITORY = "auditory"
    KINESTHETIC = "kinesthetic"
    UNKNOWN = "unknown"


class ClientFlag(StrEnum):
    """Specialised connection challenges that change the suggested approach."""

    RESISTANT = "resistant"
    CROSS_CULTURAL = "cross_cultural"
    EXECUTIVE = "executive"


# Free-text profile fields: each is confidential and encrypted at rest.
PROFILE_TEXT_FIELDS: tuple[str, ...] = (
    "pronouns",
    "values",
    "goals",
    "preferred_terms",
    "communication_style",
    "feedback_style",
    "cultural_context",
    "communication_patterns",
    "behavioural_patterns",
    "relational_patterns",
)
PROFILE_FIELDS: tuple[str, ...] = (
    *PROFILE_TEXT_FIELDS,
    "timezone",
    "representational_system",
    "flags",
)
_SHORT_FIELDS = {"pronouns": 40}


@dataclass(frozen=True, slots=True)
class ClientProfile:
    pronouns: str | None = None
    timezone: str | None = None
    values: str | None = None
    goals: str | None = None
    preferred_terms: str | None = None
    communication_style: str | None = None
    feedback_style: str | None = None
    representational_system: RepresentationalSystem = RepresentationalSystem.UNKNOWN
    cultural_context: str | None = None
    flags: frozenset[ClientFlag] = field(default_factory=frozenset)
    communication_patterns: str | None = None
    behavioural_patterns: str | None = None
    relational_patterns: str | None = None


def clean_profile_fields(fields: Mapping[str, object]) -> dict[str, object]:
    """Validate profile fields given by name; returns them cleaned.

    Unknown names are refused so a typo never silently drops what the coach wrote.
    """
    cleaned: dict[str, object] = {}
    for name, value in fields.items():
        if name in PROFILE_TEXT_FIELDS:
            cleaned[name] = v.optional_text(
                name,
                value,
                max_len=_SHORT_FIELDS.get(name, v.TEXT_MAX),
                one_line=name in _SHORT_FIELDS,
            )
        elif name == "timezone":
            cleaned[name] = v.timezone_name(name, value)
        elif name == "representational_system":
            raw = RepresentationalSystem.UNKNOWN if value is None else value
            cleaned[name] = v.choice(name, raw, RepresentationalSystem)
        elif name == "flags":
            cleaned[name] = frozenset(v.choices(name, () if value is None else value, ClientFlag))
        else:
            raise InvalidInput(name, "unknown client field")
    return cleaned


def clean_preferred_name(value: object) -> str:
    return v.required_text("preferred_name", value, max_len=v.NAME_MAX, one_line=True)


@dataclass(frozen=True, slots=True)
class ClientView:
    id: int
    coach_id: int
    preferred_name: str
    profile: ClientProfile
    version: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ClientSummary:
    """One line of the client list."""

    id: int
    preferred_name: str
    flags: frozenset[ClientFlag]
    phase: Phase | None
    sessions_held: int
    engagement_status: EngagementStatus | None
    engagement_id: int | None
    next_session_at: datetime | None


@dataclass(frozen=True, slots=True)
class ClientDetail:
    client: ClientView
    engagements: tuple[EngagementView, ...]
    current_engagement: EngagementView | None
    phase: Phase | None
    sessions_held: int
    next_session_at: datetime | None
    open_pins: tuple[PinView, ...]
    last_session_on: date | None = None


@dataclass(frozen=True, slots=True)
class ErasedClient:
    """What erasing a client destroyed: their data key, and these rows."""

    id: int
    preferred_name: str
    records: dict[str, int]  # kind of record (table name) -> rows deleted; none left out


@dataclass(frozen=True, slots=True)
class Unchanged:
    """A change asked for that changes nothing, and why (``no flag 'resistant' to
    remove``). ``field`` is the service's name for what was asked."""

    field: str
    reason: str


@dataclass(frozen=True, slots=True)
class ClientChanges:
    """What an update asked for really changes: the new name (``None`` to keep it),
    the profile fields whose value differs, and each asked-for change that does not."""

    preferred_name: str | None
    fields: dict[str, object]
    unchanged: tuple[Unchanged, ...]

    @property
    def any(self) -> bool:
        return self.preferred_name is not None or bool(self.fields)


@dataclass(frozen=True, slots=True)
class ClientUpdate:
    """What updating a client did: the client as stored now, whether anything
    changed (if not, nothing was written and the version stays), and each asked-for
    change that changed nothing, with why."""

    client: ClientView
    changed: bool
    unchanged: tuple[Unchanged, ...] = ()


def client_changes(
    current: ClientView,
    *,
    name: str | None = None,
    fields: Mapping[str, object] | None = None,
    add_flags: frozenset[ClientFlag] = frozenset(),
    remove_flags: frozenset[ClientFlag] = frozenset(),
) -> ClientChanges:
    """Compare an update, already cleaned, with the client as stored. A value the
    client already has is no change: writing it anyway would give the record a new
    version, and the coach's next edit made against the version they saw would be
    refused as a conflict for nothing."""
    asked = dict(fields or {})
    unchanged: list[Unchanged] = []
    new_name = None
    if name is not None and name == current.preferred_name:
        unchanged.append(Unchanged("preferred_name", _already(name)))
    elif name is not None:
        new_name = name
    changed: dict[str, object] = {}
    for field_name, value in asked.items():
        if field_name == "flags":
            continue
        if getattr(current.profile, field_name) == value:
            unchanged.append(Unchanged(field_name, _already(value)))
        else:
            changed[field_name] = value
    flags, flag_notes = _flag_changes(current.profile.flags, asked, add_flags, remove_flags)
    if flags is not None:
        changed["flags"] = flags
    return ClientChanges(new_name, changed, (*unchanged, *flag_notes))


def _flag_changes(
    had: frozenset[ClientFlag],
    asked: Mapping[str, object],
    adding: frozenset[ClientFlag],
    removing: frozenset[ClientFlag],
) -> tuple[frozenset[ClientFlag] | None, list[Unchanged]]:
    """The client's new flags (``None`` when they stay as they are), and each flag
    asked for that changes nothing."""
    notes = [
        Unchanged("add_flags", f"already has flag {flag.value!r}") for flag in sorted(adding & had)
    ] + [
        Unchanged("remove_flags", f"no flag {flag.value!r} to remove")
        for flag in sorted(removing - had)
    ]
    chosen = asked.get("flags")
    if isinstance(chosen, frozenset):
        if chosen == had:
            shown = ", ".join(sorted(flag.value for flag in had)) or "none"
            return None, [Unchanged("flags", f"already {shown}")]
        return chosen, notes
    after = (had | adding) - removing
    return (after if after != had else None), notes


# A value quoted in full when it says the field is unchanged; a longer text is not.
_QUOTED_MAX = 40


def _already(value: object) -> str:
    if value is None:
        return "already empty"
    shown = str(value)
    if len(shown) > _QUOTED_MAX or "\n" in shown:
        return "already says that"
    return f"already {shown!r}"


def current_engagement(engagements: tuple[EngagementView, ...]) -> EngagementView | None:
    """The open engagement if there is one, else the most recently started."""
    if not engagements:
        return None
    open_ones = [e for e in engagements if e.status != EngagementStatus.COMPLETED]
    pool = open_ones or list(engagements)
    return max(pool, key=lambda e: (e.started_on, e.id))
