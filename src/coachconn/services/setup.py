"""Setting up a data directory and database, and opening them for use."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import inspect
from sqlalchemy.engine import Engine, Inspector
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from coachconn.config import Settings
from coachconn.core.clock import Clock, system_clock
from coachconn.core.coaches import (
    PLACEHOLDER_NAME,
    Coach,
    clean_coach_name,
    clean_coach_timezone,
)
from coachconn.core.errors import ConfigError
from coachconn.services.coaches import ensure_default_coach
from coachconn.storage import crypto
from coachconn.storage import migrate as migrations
from coachconn.storage.crypto import MasterKey
from coachconn.storage.engine import (
    UNWRITABLE_PUBLIC,
    create_engine_for,
    create_private_file,
    raise_if_busy,
    redacted,
    restrict_sqlite_files,
    sqlite_path,
    unusable_database,
)
from coachconn.storage.keys import (
    missing_key_error,
    not_initialised,
    record_master_key,
    recorded_key,
)
from coachconn.storage.store import Store
from coachconn.storage.tables import CryptoMetaRow

NEEDS_MIGRATING = "the database schema is out of date: run `coachconn init`"


def _from_a_newer_version(revision: str) -> ConfigError:
    """A database whose schema is at a migration this version does not have: a newer
    coachconn made it. Neither `init` nor anything else here may write to it."""
    return ConfigError(
        "the database was last migrated by a newer version of coachconn (its schema is at "
        f"revision {revision}, which this version does not know): nothing was changed; "
        "run that version or a newer one (`coachconn version` shows this one)"
    )


@dataclass(frozen=True, slots=True)
class InitResult:
    data_dir: Path
    database: str  # the URL without its password
    key_source: Literal["env", "file"]
    key_file: Path | None
    key_created: bool
    revision_before: str | None
    revision: str | None
    coach: Coach
    coach_created: bool
    # Things the operator should fix, for the CLI to print; not errors.
    warnings: tuple[str, ...] = ()

    @property
    def migrated(self) -> bool:
        return self.revision_before != self.revision


@dataclass(frozen=True, slots=True)
class NotApplied:
    """A detail of the coach asked of :func:`initialize` (``field``: ``"name"`` or
    ``"timezone"``) that the practice's existing coach kept: ``given``, trimmed, was
    not applied. The interface says so, with how it changes the coach."""

    field: Literal["name", "timezone"]
    given: str


def not_applied(
    result: InitResult, *, name: str | None, timezone: str | None
) -> tuple[NotApplied, ...]:
    """What of the ``name`` and ``timezone`` asked of :func:`initialize` (``None``: not
    asked) an existing practice did not take, in that order. Initialising again never
    changes the coach: it is safe to repeat, and changing the coach is its own use case
    (:func:`~coachconn.services.coaches.update_coach`)."""
    if result.coach_created:
        return ()
    asked: tuple[tuple[Literal["name", "timezone"], str | None, str], ...] = (
        ("name", name, result.coach.name),
        ("timezone", timezone, result.coach.timezone),
    )
    return tuple(
        NotApplied(field, given.strip())
        for field, given, kept in asked
        if given is not None and given.strip() != kept
    )


def initialize(
    settings: Settings,
    *,
    coach_name: str = PLACEHOLDER_NAME,
    coach_timezone: str = "UTC",
    clock: Clock = system_clock,
) -> InitResult:
    """Make the data directory, the master key (file, mode 0600, unless
    ``COACHCONN_SECRET_KEY`` is set), the schema and the default coach (named
    ``coach_name``, in ``coach_timezone``; an existing coach is kept as is).

    Idempotent: run again, it only applies new migrations. Refuses to create a
    new key for a database that already holds data sealed with another one.
    """
    name = clean_coach_name(coach_name)  # both refused before anything is made
    zone = clean_coach_timezone(coach_timezone)
    _make_data_dir(settings.data_dir)
    database_file = sqlite_path(settings.resolved_database_url)
    if database_file is not None:
        create_private_file(database_file)
    engine = create_engine_for(settings.resolved_database_url)
    try:
        with _alone(engine):
            master, created = _master_key(settings, engine)
            before = _revision(engine)
            if before is not None and not migrations.is_known(before):
                raise _from_a_newer_version(before)
            migrations.upgrade(engine)
            store = Store(settings, engine, master, clock)
            if _has_recorded_key(engine):
                store.verify()  # refuses a wrong key; finishes an interrupted rotation
            else:
                with store.unit_of_work() as uow:
                    record_master_key(uow.session, master, now=uow.now())
                    uow.commit()
            master = store.master_key
            coach, coach_created = ensure_default_coach(
                store.unit_of_work(), name=name, timezone=zone
            )
            if database_file is not None:
                restrict_sqlite_files(database_file)
            return InitResult(
                data_dir=settings.data_dir,
                database=redacted(settings.resolved_database_url),
                key_source="env" if master.source == "env" else "file",
                key_file=master.path,
                key_created=created,
                revision_before=before,
                revision=migrations.current_revision(engine),
                coach=coach,
                coach_created=coach_created,
                warnings=_folder_warnings(settings.data_dir),
            )
    except DBAPIError as err:
        _raise_what_stopped(err, settings.resolved_database_url, writing=True)
        raise
    finally:
        engine.dispose()


def has_practice(settings: Settings) -> bool:
    """Whether there is a practice to open: a database named in the settings, or the
    SQLite file in the data folder. Looks only; makes nothing."""
    path = sqlite_path(settings.resolved_database_url)
    return path is None or path.exists()


def open_store(settings: Settings, *, clock: Clock = system_clock) -> Store:
    """A store on an initialised, up-to-date database with the right master key.

    Raises :class:`ConfigError` naming what to do otherwise.
    """
    store = Store.open(settings, clock=clock, verify=False)
    try:
        revision = _revision(store.engine)
        if revision is None:
            raise not_initialised()
        if revision != migrations.head_revision():
            if not migrations.is_known(revision):
                raise _from_a_newer_version(revision)
            raise ConfigError(NEEDS_MIGRATING)
        store.verify()
    except BaseException as err:
        store.close()
        if isinstance(err, DBAPIError):
            _raise_what_stopped(err, settings.resolved_database_url, writing=False)
        raise
    return store


def _raise_what_stopped(err: DBAPIError, url: str, *, writing: bool) -> None:
    """The database was busy, is damaged, or (``writing``) refuses changes: raised as
    what to do (:class:`Busy`, :class:`ConfigError`); any other error is left be."""
    if isinstance(err, OperationalError):
        raise_if_busy(err)
    problem = unusable_database(err, url, writing=writing)
    if problem is not None:
        raise problem from None


def _master_key(settings: Settings, engine: Engine) -> tuple[MasterKey, bool]:
    """The configured master key, or a new key file when there is none and the
    database holds nothing sealed yet."""
    if settings.secret_key_text or crypto.key_file_exists(settings.key_file):
        return crypto.load_master_key(settings), False
    if _has_recorded_key(engine):  # never a new key for data sealed under another
        raise missing_key_error(settings, engine)
    secret = crypto.generate_key()
    crypto.write_key_file(settings.key_file, secret)
    return MasterKey(secret, "file", settings.key_file), True


def _make_data_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as err:  # no permission, a read-only disk, a file in the way
        raise ConfigError(
            f"COACHCONN_DATA_DIR: cannot create {folder}: {err.strerror or err}"
        ) from None


def _folder_warnings(data_dir: Path) -> tuple[str, ...]:
    # mkdir(mode=0o700) does nothing to a folder that already exists; changing a
    # folder the operator chose is theirs to do, so say so rather than chmod it.
    if os.name != "posix":
        return ()
    if stat.S_IMODE(data_dir.stat().st_mode) & 0o077:
        return (f"{data_dir} can be opened by other users: chmod 700 {data_dir}",)
    return ()


def _has_recorded_key(engine: Engine) -> bool:
    if not _reachable_inspector(engine).has_table(CryptoMetaRow.__tablename__):
        return False
    with Session(engine) as session:
        return recorded_key(session) is not None


def _reachable_inspector(engine: Engine) -> Inspector:
    try:
        return inspect(engine)
    except OperationalError as err:
        raise _unreachable(err, engine) from None


def _revision(engine: Engine) -> str | None:
    try:
        return migrations.current_revision(engine)
    except OperationalError as err:
        raise _unreachable(err, engine) from None


@contextmanager
def _alone(engine: Engine) -> Iterator[None]:
    """No other ``coachconn init`` on the database meanwhile
    (:func:`coachconn.storage.migrate.one_setup_at_a_time`); a server that cannot be
    reached to wait for one is said so, as the first step would."""
    with ExitStack() as stack:
        try:
            stack.enter_context(migrations.one_setup_at_a_time(engine))
        except OperationalError as err:
            raise _unreachable(err, engine) from None
        yield


def _unreachable(err: OperationalError, engine: Engine) -> ConfigError:
    raise_if_busy(err)
    reason = _first_line(err)
    path = sqlite_path(engine.url)
    if path is not None and path.exists() and not os.access(path.parent, os.W_OK):
        # SQLite opens a WAL database only where it can make its -wal and -shm files.
        return ConfigError(
            f"{path} cannot be opened ({reason}): this account cannot write to its folder "
            f"{path.parent}, where SQLite keeps the files it needs beside the database "
            "(-wal, -shm); check that it can write to the folder and the disk",
            public=UNWRITABLE_PUBLIC,
        )
    return ConfigError(f"cannot reach the database: {reason}")


def _first_line(err: OperationalError) -> str:
    return str(err.orig).strip().splitlines()[0] if err.orig is not None else str(err)
