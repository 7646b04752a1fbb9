"""The tables. Every row but a coach's own belongs to one coach (``coach_id``),
and every query filters by it.

Columns of type ``Sealed`` hold AES-GCM ciphertext of confidential free text
(see :mod:`coachconn.storage.crypto`); they are never plaintext. Rows about a
client also carry ``client_id`` so the client's data key can be found, and so
erasing a client removes everything about them.

Schema changes go through a hand-reviewed Alembic migration in
``coachconn/migrations/versions``; a test keeps the two in step.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text  # some tables have a column named "text"
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from coachconn.storage.types import UTCDateTime

# Stable constraint names keep migrations portable between SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Sealed = LargeBinary  # ciphertext: version byte, 96-bit nonce, AES-GCM output

# The engagements still open, as the partial unique index on engagements selects
# them (migration 0002 writes the same SQL; tests/integration/test_migrations.py
# compares the two as the database keeps them).
OPEN_ENGAGEMENT = "status <> 'completed'"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}  # noqa: RUF012


class CoachScoped:
    """Mixin: a numeric id and the owning coach."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-30)

    @declared_attr
    def coach_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("coaches.id"), index=True, sort_order=-20)


class ClientScoped(CoachScoped):
    """Mixin: a row about one client; goes when the client is erased."""

    @declared_attr
    def client_id(cls) -> Mapped[int]:
        return mapped_column(
            ForeignKey("clients.id", ondelete="CASCADE"), index=True, sort_order=-10
        )


class CoachRow(Base):
    __tablename__ = "coaches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    timezone: Mapped[str] = mapped_column(String(64))  # IANA name
    created_at: Mapped[datetime]


class CryptoMetaRow(Base):
    """One row: which master key this database expects, and proof of it."""

    __tablename__ = "crypto_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32))
    verifier: Mapped[bytes] = mapped_column(Sealed)
    updated_at: Mapped[datetime]


class ClientRow(CoachScoped, Base):
    __tablename__ = "clients"

    preferred_name: Mapped[bytes] = mapped_column(Sealed)
    pronouns: Mapped[bytes | None] = mapped_column(Sealed)
    timezone: Mapped[str | None] = mapped_column(String(64))
    values_priorities: Mapped[bytes | None] = mapped_column(Sealed)
    goals_text: Mapped[bytes | None] = mapped_column(Sealed)
    preferred_terms: Mapped[bytes | None] = mapped_column(Sealed)
    communication_style: Mapped[bytes | None] = mapped_column(Sealed)
    feedback_style: Mapped[bytes | None] = mapped_column(Sealed)
    # Coded judgements, sealed like free text: a JSON string and a JSON list.
    representational_system: Mapped[bytes] = mapped_column(Sealed)
    cultural_context: Mapped[bytes | None] = mapped_column(Sealed)
    flags: Mapped[bytes] = mapped_column(Sealed)
    communication_patterns: Mapped[bytes | None] = mapped_column(Sealed)
    behavioural_patterns: Mapped[bytes | None] = mapped_column(Sealed)
    relational_patterns: Mapped[bytes | None] = mapped_column(Sealed)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ClientKeyRow(Base):
    """A client's data key, wrapped by the master key ``master_key_id``.

    Deleting this row is crypto-shredding: every sealed value about the client
    becomes unreadable in the database. A backup taken before holds this row
    too, so it stays readable until the master key that wraps it is rotated
    and destroyed (see docs/architecture.md, "Erasure and backups").
    """

    __tablename__ = "client_keys"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"), index=True)
    master_key_id: Mapped[str] = mapped_column(String(32))
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]
    rewrapped_at: Mapped[datetime | None]


class EngagementRow(ClientScoped, Base):
    __tablename__ = "engagements"

    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    cadence: Mapped[str] = mapped_column(String(30))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    # A client has at most one open (not completed) engagement. The service checks
    # first, for a message naming the client; this holds when two writers race.
    __table_args__ = (
        Index(
            "uq_engagements_client_id_open",
            "client_id",
            unique=True,
            sqlite_where=sql_text(OPEN_ENGAGEMENT),
            postgresql_where=sql_text(OPEN_ENGAGEMENT),
        ),
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class SessionRow(ClientScoped, Base):
    __tablename__ = "sessions"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), index=True
    )
    scheduled_at: Mapped[datetime]
    duration_min: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    changed_by: Mapped[str | None] = mapped_column(String(10))
    notice_hours: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[bytes | None] = mapped_column(Sealed)
    markers: Mapped[bytes] = mapped_column(Sealed)  # sealed JSON list of marker codes
    themes: Mapped[bytes | None] = mapped_column(Sealed)
    # The rescheduled session this one was booked to replace. Kept on the new
    # row, which is written once, so the old one is not touched again; unique,
    # as a session is moved at most once (it then stays rescheduled).
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), unique=True
    )
    recorded_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (Index("ix_sessions_coach_id_scheduled_at", "coach_id", "scheduled_at"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class SessionTranscriptRow(ClientScoped, Base):
    __tablename__ = "session_transcripts"

    # One transcript per session: replacing one deletes it first, in the same transaction.
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    raw_text: Mapped[bytes] = mapped_column(Sealed)
    analysis: Mapped[bytes | None] = mapped_column(Sealed)
    created_at: Mapped[datetime]

    __table_args__ = (Index("uq_session_transcripts_session_id", "session_id", unique=True),)


class NoteRow(ClientScoped, Base):
    __tablename__ = "notes"

    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[bytes] = mapped_column(Sealed)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    edited_at: Mapped[datetime | None]  # the last time its text was changed; None if never

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PinRow(ClientScoped, Base):
    __tablename__ = "pins"

    text: Mapped[bytes] = mapped_column(Sealed)
    bring_up_on: Mapped[date | None] = mapped_column(Date)
    resolved: Mapped[bool] = mapped_column(Boolean)
    resolved_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CommitmentRow(ClientScoped, Base):
    __tablename__ = "commitments"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), index=True
    )
    owner: Mapped[str] = mapped_column(String(10))
    text: Mapped[bytes] = mapped_column(Sealed)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))
    done_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class GoalRow(ClientScoped, Base):
    __tablename__ = "goals"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[bytes] = mapped_column(Sealed)
    description: Mapped[bytes | None] = mapped_column(Sealed)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class GoalRatingRow(ClientScoped, Base):
    __tablename__ = "goal_ratings"

    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    rating: Mapped[int] = mapped_column(SmallInteger)
    rated_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime]

    __table_args__ = (CheckConstraint("rating BETWEEN 0 AND 10", name="rating_range"),)


class AgreementVersionRow(ClientScoped, Base):
    """One immutable version of one kind of agreement: never updated but for
    the client's acknowledgement."""

    __tablename__ = "agreement_versions"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[bytes] = mapped_column(Sealed)
    created_at: Mapped[datetime]
    acknowledged_at: Mapped[datetime | None]

    __table_args__ = (UniqueConstraint("engagement_id", "kind", "number"),)


# Tables in an order safe for deleting or truncating (children first).
def tables_children_first() -> list[str]:
    return [t.name for t in reversed(Base.metadata.sorted_tables)]


def client_scoped_models() -> dict[str, type[ClientScoped]]:
    """Every model of rows about one client by its table name, parent tables first."""
    models = {
        mapper.local_table: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, ClientScoped)
    }
    return {t.name: models[t] for t in Base.metadata.sorted_tables if t in models}
