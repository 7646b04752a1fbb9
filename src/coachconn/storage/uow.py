"""The unit of work: one database transaction, rolled back unless committed.

Services use it as ``with uow: ...; uow.commit()``. A unit of work may be entered
again after it closes; each ``with`` is a fresh transaction.

A read-only unit of work (``store.unit_of_work(readonly=True)``), for a page or a
listing that only reads, waits for no writer: SQLite begins its transaction deferred
(every other one takes the write lock as it begins, see
:func:`coachconn.storage.engine._sqlite_begin`), PostgreSQL makes it ``READ ONLY``; on
both, every query in it sees the database as at its first.
Writing in it is refused, by :meth:`UnitOfWork.flush` and :meth:`UnitOfWork.commit`
and by the database itself, as :class:`ReadOnly`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from types import TracebackType
from typing import TypeVar

from sqlalchemy import Index, UniqueConstraint, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from coachconn.core.clock import Clock
from coachconn.core.errors import Busy, CoachconnError, Conflict, InvalidInput, NotFound, Stale
from coachconn.storage.crypto import MasterKey
from coachconn.storage.engine import (
    BUSY,
    READ_ONLY,
    empty_sqlite_log,
    is_read_only_refusal,
    raise_if_busy,
    unusable_database,
)
from coachconn.storage.keys import KeyRing
from coachconn.storage.tables import Base, CoachScoped

R = TypeVar("R", bound=CoachScoped)

# Ids are INTEGER columns: a signed 32-bit integer on PostgreSQL, which refuses even
# to compare a larger number with one ("integer out of range"), as SQLite refuses one
# past 64 bits (OverflowError). No row has an id outside it, on either database: such
# an id is simply not found, the same on both.
ID_RANGE = range(-(2**31), 2**31)
log = logging.getLogger(__name__)


class ReadOnly(RuntimeError):
    """A write in a read-only unit of work: a bug in the caller, who asked for one to
    pass to a service that writes."""

    def __init__(self) -> None:
        super().__init__("this unit of work only reads: nothing can be written in it")


class UnitOfWork:
    session: Session
    keys: KeyRing

    def __init__(
        self,
        sessions: sessionmaker[Session],
        master: MasterKey,
        clock: Clock,
        *,
        readonly: bool = False,
    ) -> None:
        self._sessions = sessions
        self._master = master
        self._clock = clock
        self.readonly = readonly
        self._open = False

    def __enter__(self) -> UnitOfWork:
        if self._open:
            raise RuntimeError("unit of work already open: units of work do not nest")
        self.session = self._sessions()
        self.keys = KeyRing(self.session, self._master)
        self._open = True
        if self.readonly:
            # The transaction begins now, read-only (storage.engine, READ_ONLY): the
            # option is read as it begins.
            try:
                self.session.connection(execution_options={READ_ONLY: True})
            except BaseException as err:
                self.__exit__(type(err), err, err.__traceback__)
                raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()  # a no-op after commit; undoes anything else
        finally:
            self.session.close()
            self._open = False
        if isinstance(exc, DBAPIError):
            # A damaged file, or one that cannot be written: what to do, not a bug.
            bind = self._sessions.kw["bind"]  # an engine, or one connection's transaction
            url = bind.url if isinstance(bind, Engine) else bind.engine.url
            problem = unusable_database(exc, url, writing=not self.readonly)
            if problem is not None:
                raise problem from None
        # Waiting for another change timed out, wherever in the unit of work it came
        # (on SQLite, at the first statement: see storage.engine._sqlite_begin); or every
        # pooled connection stayed taken by requests queued behind one (the pool's wait).
        if isinstance(exc, PoolTimeout):
            raise Busy(BUSY) from None
        if isinstance(exc, OperationalError):
            raise_if_busy(exc)
        if self.readonly and isinstance(exc, DBAPIError) and is_read_only_refusal(exc):
            raise ReadOnly() from exc

    def commit(self) -> None:
        """Commit, turning a lost optimistic-lock race into :class:`Stale`, a broken
        uniqueness rule into :class:`Conflict`, and a broken reference or check into
        :class:`InvalidInput`. :class:`ReadOnly` in a read-only unit of work."""
        if self.readonly:
            raise ReadOnly()
        try:
            self.session.commit()
        except StaleDataError:
            self.session.rollback()
            raise Stale() from None
        except IntegrityError as err:
            self.session.rollback()
            raise _integrity_error(err) from None

    def leave_no_copy(self) -> None:
        """After a commit that deleted what must never be read again (an erased client's
        data key): leave no earlier copy of it in the database's files either. On SQLite
        the log is emptied (:func:`~coachconn.storage.engine.empty_sqlite_log`); should a
        connection keep it from that, a warning says so, as the erasure itself stands."""
        bind = self.session.get_bind()
        if isinstance(bind, Engine) and not empty_sqlite_log(bind):
            log.warning(
                "the database's log (-wal file) could not be emptied after an erasure, as "
                "another connection held it: it is written over as the app goes on, "
                "and emptied when the last program using the database stops"
            )

    def flush(self) -> None:
        """Flush pending rows (to learn their ids) with the same error mapping as commit."""
        if self.readonly:
            raise ReadOnly()
        try:
            self.session.flush()
        except StaleDataError:
            raise Stale() from None
        except IntegrityError as err:
            raise _integrity_error(err) from None

    def now(self) -> datetime:
        return self._clock()

    def owned(self, model: type[R], coach_id: int, ident: int, kind: str) -> R:
        """The ``model`` row ``ident`` if it belongs to ``coach_id``, else :class:`NotFound`.

        The one place access is checked: another coach's row and a missing row
        look the same from outside.
        """
        if isinstance(ident, bool) or not isinstance(ident, int) or ident not in ID_RANGE:
            raise NotFound(kind, ident)
        row = self.session.scalar(
            select(model).where(model.id == ident, model.coach_id == coach_id)
        )
        if row is None:
            raise NotFound(kind, ident)
        return row


def _reason(err: IntegrityError) -> str:
    return str(err.orig).splitlines()[0][:200] if err.orig is not None else "integrity"


# A missing reference, a failed check or a missing value is a bad value, not a
# race: PostgreSQL says so by SQLSTATE, SQLite only in its message.
_BAD_VALUE_STATES = frozenset({"23502", "23503", "23514"})
_BAD_VALUE_SQLITE = ("NOT NULL constraint", "FOREIGN KEY constraint", "CHECK constraint")


# What breaking each uniqueness rule of the schema (coachconn.storage.tables) means,
# by the rule's name. Most of these are two changes at the same moment, each checked
# before the other was written.
_CLASH_MEANINGS = {
    "uq_engagements_client_id_open": (
        "this client already has an open engagement: complete it before starting another"
    ),
    "uq_session_transcripts_session_id": (
        "this session already has a transcript (it was attached meanwhile): reload to see "
        "it, and replace it if that is what you meant"
    ),
    "uq_agreement_versions_engagement_id_kind_number": (
        "another version of this agreement was written at the same moment: look at its versions "
        "again and try again"
    ),
    "uq_sessions_replaces_id": "this session was already moved to another time: reload to see it",
    "uq_coaches_email": "another coach already has this email address",
}


def _unique_rules() -> dict[str, str]:
    """Each uniqueness rule of the schema (a unique constraint or a unique index) by
    name, with its columns as SQLite names them when the rule is broken ("UNIQUE
    constraint failed: engagements.client_id")."""
    rules: dict[str, str] = {}
    for table in Base.metadata.tables.values():
        unique: list[UniqueConstraint | Index] = [
            rule for rule in table.constraints if isinstance(rule, UniqueConstraint)
        ]
        unique += [index for index in table.indexes if index.unique]
        for rule in unique:
            columns = ", ".join(f"{table.name}.{column.name}" for column in rule.columns)
            rules[str(rule.name)] = columns
    return rules


# Each rule of _CLASH_MEANINGS, found by its name (PostgreSQL gives it) or by its
# columns (SQLite names them): (name, columns, meaning).
_CLASHES = tuple(
    (name, columns, _CLASH_MEANINGS[name])
    for name, columns in _unique_rules().items()
    if name in _CLASH_MEANINGS
)


def _integrity_error(err: IntegrityError) -> CoachconnError:
    if getattr(err.orig, "sqlstate", None) in _BAD_VALUE_STATES or str(err.orig).startswith(
        _BAD_VALUE_SQLITE
    ):
        return InvalidInput("record", f"a value is not allowed ({_reason(err)})")
    diag = getattr(err.orig, "diag", None)
    name = getattr(diag, "constraint_name", None)
    message = str(err.orig)
    for constraint, columns, meaning in _CLASHES:
        if name == constraint or (name is None and f"constraint failed: {columns}" in message):
            return Conflict(meaning)
    return Conflict(f"the change conflicts with existing records ({_reason(err)})")
