"""Client data keys and the database's record of its master key."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from cryptography.exceptions import InvalidTag
from sqlalchemy import delete, func, inspect, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from coachconn.config import Settings
from coachconn.core.errors import ConfigError, IntegrityFailure
from coachconn.storage import crypto
from coachconn.storage.crypto import FieldCipher, MasterKey
from coachconn.storage.engine import DURABLE_COMMIT, redacted, sqlite_path
from coachconn.storage.tables import ClientKeyRow, CryptoMetaRow

_META_ID = 1
NOT_INITIALISED = "the database is not initialised: run `coachconn init`"
ROTATED = "the master key was rotated; restart this process"
# The same, as a page may say it to the coach: the process that outlives a rotation is the
# web app, and the key's fingerprints are no one's business there.
RESTART_SERVE = "The master key was changed since coachconn serve started: restart coachconn serve."
NOT_INITIALISED_PUBLIC = (
    "This practice's database is not set up: run coachconn init, then restart coachconn serve."
)
UNFINISHED_ROTATION = (
    "The master key change did not finish, and nothing was changed: run coachconn keys "
    "rotate again (see the log file)."
)


def not_initialised() -> ConfigError:
    """The error for a database that ``coachconn init`` has not set up."""
    return ConfigError(NOT_INITIALISED, public=NOT_INITIALISED_PUBLIC)


class KeyRing:
    """The data keys a unit of work has opened, unwrapped once and kept in memory."""

    def __init__(self, session: Session, master: MasterKey) -> None:
        self._session = session
        self._master = master
        # By (coach, client): a key is only ever handed to its own coach's work.
        self._ciphers: dict[tuple[int, int], FieldCipher] = {}

    def generate(self) -> FieldCipher:
        """A cipher with a fresh data key, to seal a new client's fields before the
        client row (and so its id) exists; :meth:`attach` stores the key."""
        return FieldCipher(crypto.generate_key())

    def attach(self, cipher: FieldCipher, *, coach_id: int, client_id: int, now: datetime) -> None:
        """Store ``cipher``'s data key, wrapped, as the key of a client who has none yet.

        :class:`ConfigError` if the database has moved on to another master key
        since this process loaded its own: a key wrapped with the old one would
        be unreadable to everyone else.
        """
        if _current_key_id(self._session) != self._master.key_id:
            raise ConfigError(ROTATED, public=RESTART_SERVE)
        self._session.add(
            ClientKeyRow(
                client_id=client_id,
                coach_id=coach_id,
                master_key_id=self._master.key_id,
                wrapped_key=crypto.wrap_data_key(self._master, client_id, cipher.data_key),
                created_at=now,
            )
        )
        self._ciphers[(coach_id, client_id)] = cipher

    def cipher(self, coach_id: int, client_id: int) -> FieldCipher:
        """The client's cipher, if the client is ``coach_id``'s; :class:`IntegrityFailure`
        if their key was destroyed (or is not that coach's: the caller has checked
        that the client is, so the two are not told apart)."""
        cached = self._ciphers.get((coach_id, client_id))
        if cached is not None:
            return cached
        row = self._session.scalar(
            select(ClientKeyRow).where(
                ClientKeyRow.client_id == client_id, ClientKeyRow.coach_id == coach_id
            )
        )
        if row is None:
            raise IntegrityFailure(f"client {client_id} has no data key: it was erased")
        return self._open(row)

    def load(self, coach_id: int, client_ids: Iterable[int]) -> None:
        """Unwrap the data keys of ``coach_id``'s ``client_ids`` in one query, for a
        listing that opens the values of many clients (:meth:`cipher` would ask for each
        key on its own). A client without a key is left for :meth:`cipher` to refuse."""
        wanted = {c for c in client_ids if (coach_id, c) not in self._ciphers}
        if not wanted:
            return
        rows = self._session.scalars(
            select(ClientKeyRow).where(
                ClientKeyRow.coach_id == coach_id, ClientKeyRow.client_id.in_(sorted(wanted))
            )
        )
        for row in rows:
            self._open(row)

    def _open(self, row: ClientKeyRow) -> FieldCipher:
        """The cipher of the client whose key ``row`` holds, kept for this unit of work."""
        client_id = row.client_id
        if row.master_key_id != self._master.key_id:
            raise ConfigError(
                f"client {client_id}'s data key is wrapped by master key {row.master_key_id}, "
                f"not by this process's key {self._master.key_id}: if the master key was "
                "rotated, restart this process",
                public=RESTART_SERVE,
            )
        cipher = FieldCipher(self._unwrap(row))
        self._ciphers[(row.coach_id, client_id)] = cipher
        return cipher

    def destroy(self, coach_id: int, client_id: int) -> None:
        """Crypto-shred: delete the client's key so nothing sealed with it opens again."""
        self._session.execute(
            delete(ClientKeyRow).where(
                ClientKeyRow.client_id == client_id, ClientKeyRow.coach_id == coach_id
            )
        )
        self._ciphers.pop((coach_id, client_id), None)

    def _unwrap(self, row: ClientKeyRow) -> bytes:
        """The row's data key. One that does not open with a master key that opens the
        database's verifier is a damaged row, named by its client, not a wrong key."""
        try:
            return crypto.open_data_key(self._master, row.client_id, row.wrapped_key)
        except InvalidTag:
            meta = recorded_key(self._session)
            if meta is None or not crypto.matches_verifier(self._master, meta.verifier):
                raise crypto.wrong_key() from None
            raise IntegrityFailure(
                f"client {row.client_id}'s data key (its row in client_keys) is damaged: "
                "the master key opens this database but not that row; restore the row "
                "from a backup"
            ) from None

    def rewrap_all(self, new_master: MasterKey, *, now: datetime) -> int:
        """Re-wrap every data key under ``new_master``; returns how many.

        Call with the master key locked (:func:`lock_master_key`), so no client
        can be added under the old key meanwhile.
        """
        rows = self._session.scalars(select(ClientKeyRow)).all()
        for row in rows:
            data_key = self._unwrap(row)
            row.wrapped_key = crypto.wrap_data_key(new_master, row.client_id, data_key)
            row.master_key_id = new_master.key_id
            row.rewrapped_at = now
        self._session.flush()
        left = self._session.scalar(
            select(func.count())
            .select_from(ClientKeyRow)
            .where(ClientKeyRow.master_key_id != new_master.key_id)
        )
        if left:
            raise ConfigError(
                f"{left} client keys were not re-wrapped; nothing was changed",
                public=UNFINISHED_ROTATION,
            )
        return len(rows)


def recorded_key(session: Session) -> CryptoMetaRow | None:
    return session.get(CryptoMetaRow, _META_ID)


def recorded_key_id(engine: Engine) -> str | None:
    """The id of the master key the database expects; ``None`` before ``init``."""
    if not inspect(engine).has_table(CryptoMetaRow.__tablename__):
        return None
    with Session(engine) as session:
        row = recorded_key(session)
    return None if row is None else row.key_id


def load_master_key_for(settings: Settings, engine: Engine) -> MasterKey:
    """The configured master key; if there is none, an error that says whether
    the database already expects one (then only that key will do, never a new one)."""
    if not settings.secret_key_text and not crypto.key_file_exists(settings.key_file):
        raise missing_key_error(settings, engine)
    return crypto.load_master_key(settings)


def missing_key_error(settings: Settings, engine: Engine) -> ConfigError:
    """No key in the environment and no key file: how to get one."""
    try:
        key_id = recorded_key_id(engine)
    except OperationalError:  # unreachable: the general advice will have to do
        key_id = None
    if key_id is None:
        return ConfigError(crypto.MISSING_KEY, public=crypto.MISSING_KEY_PUBLIC)
    url = settings.resolved_database_url
    where = sqlite_path(url) or redacted(url)
    return ConfigError(
        f"the database at {where} is encrypted with master key {key_id} but "
        f"{settings.key_file} is missing: restore it from your backup "
        "(or set COACHCONN_SECRET_KEY)",
        public=crypto.LOST_KEY_PUBLIC,
    )


def _current_key_id(session: Session) -> str | None:
    # FOR SHARE on PostgreSQL waits for a rotation in progress and then reads its
    # result; SQLite ignores it, and needs nothing: the caller has written already,
    # so it holds the database's only write lock.
    return session.scalar(
        select(CryptoMetaRow.key_id).where(CryptoMetaRow.id == _META_ID).with_for_update(read=True)
    )


def lock_master_key(session: Session) -> CryptoMetaRow:
    """Lock the master key record for a rotation, before anything else is read.

    PostgreSQL: ``SELECT ... FOR UPDATE``, so a writer adding a client waits for
    the rotation (and then sees the new key) or the rotation waits for it (and
    then sees its key). SQLite has no row locks and ignores ``FOR UPDATE``: a
    transaction that may write holds the database's write lock from its
    ``BEGIN IMMEDIATE`` (see :mod:`coachconn.storage.engine`), and the one that
    begins otherwise (a read-only unit of work) cannot rotate anything.
    """
    row = session.scalar(
        select(CryptoMetaRow).where(CryptoMetaRow.id == _META_ID).with_for_update()
    )
    if row is None:
        raise not_initialised()
    return row


def make_commit_durable(session: Session) -> None:
    """Make this transaction's commit survive a power cut once it returns.

    The app runs SQLite with ``synchronous=NORMAL`` (in WAL mode a commit may be
    lost on power loss, though never corrupted); PostgreSQL may be set to commit
    asynchronously. A key rotation must not be lost after its key file is swapped.

    Call it first, before the session has read anything: SQLite cannot change the
    setting inside a transaction, so it is set as the transaction begins.
    """
    if session.get_bind().dialect.name == "sqlite":
        if session.in_transaction():
            raise RuntimeError("make_commit_durable must come before the transaction begins")
        session.connection(execution_options={DURABLE_COMMIT: True})
    else:
        session.execute(text("SET LOCAL synchronous_commit TO on"))


def record_master_key(session: Session, master: MasterKey, *, now: datetime) -> bool:
    """Remember ``master`` as this database's key on first use, else check it matches.

    Returns True when it was recorded now.
    """
    row = recorded_key(session)
    if row is None:
        session.add(
            CryptoMetaRow(
                id=_META_ID,
                key_id=master.key_id,
                verifier=crypto.make_verifier(master),
                updated_at=now,
            )
        )
        return True
    crypto.check_verifier(master, row.verifier)
    return False


def replace_master_key(session: Session, new_master: MasterKey, *, now: datetime) -> None:
    row = recorded_key(session)
    if row is None:
        raise not_initialised()
    row.key_id = new_master.key_id
    row.verifier = crypto.make_verifier(new_master)
    row.updated_at = now
