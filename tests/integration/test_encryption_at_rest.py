"""Confidential text never reaches the database in the clear, cannot be moved
between columns, dies with the client's key, and survives master key rotation."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import create_engine, select, text, update
from tests.factories import make_engagement, make_session

from coachconn.config import Settings
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.errors import ConfigError, IntegrityFailure, NotFound
from coachconn.services import agreements, clients, commitments, goals, notes, pins, sessions
from coachconn.services.keys import rotate_master_key
from coachconn.services.setup import open_store
from coachconn.storage import crypto
from coachconn.storage.engine import empty_sqlite_log
from coachconn.storage.store import Store
from coachconn.storage.tables import (
    AgreementVersionRow,
    ClientKeyRow,
    ClientRow,
    NoteRow,
    tables_children_first,
)

pytestmark = pytest.mark.db

SECRETS = {
    "preferred_name": "Quillon",
    "pronouns": "xe/xem",
    "values": "ZEBRAVALUES",
    "goals": "GOALSECRET",
    "preferred_terms": "lighthouse METAPHOR",
    "communication_style": "COMMSTYLE",
    "feedback_style": "FEEDBACKSTYLE",
    "cultural_context": "CULTURECTX",
    "communication_patterns": "PATTERNCOMM",
    "behavioural_patterns": "PATTERNBEHAV",
    "relational_patterns": "PATTERNREL",
}
# Coded judgements: not free text, but no less confidential.
JUDGEMENTS = {"flags": ["resistant", "executive"], "representational_system": "kinesthetic"}
MARKERS = ["coach_working_harder", "reluctance_to_explore"]


def _fill_record(store: Store, coach: Coach, clock: FixedClock) -> int:
    uow = store.unit_of_work()
    client = clients.add_client(uow, coach.id, **SECRETS, **JUDGEMENTS)
    engagement = make_engagement(store, coach, client)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=7))
    sessions.record_session(
        uow,
        coach.id,
        held.id,
        status="held",
        notes="SESSIONNOTE",
        themes=["THEMETAG"],
        markers=MARKERS,
    )
    notes.add_note(uow, coach.id, client.id, text="FREENOTE", session_id=held.id)
    pins.add_pin(uow, coach.id, client.id, text="PINTEXT", bring_up_on=date(2026, 4, 1))
    commitments.add_commitment(
        uow, coach.id, engagement.client_id, owner="client", text="COMMITTEXT"
    )
    goal = goals.add_goal(
        uow, coach.id, engagement.client_id, title="GOALTITLE", description="GOALDESC"
    )
    goals.rate_goal(uow, coach.id, goal.id, rating=4)
    agreements.set_agreement(
        uow, coach.id, engagement.client_id, kind="working", text="AGREEMENTTEXT"
    )
    return client.id


def _raw_dump(store: Store) -> bytes:
    """Every byte of every row, as the database holds it."""
    dump = bytearray()
    with store.engine.connect() as connection:
        for table in tables_children_first():
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    dump += value if isinstance(value, bytes | memoryview) else str(value).encode()
                    dump += b"|"
    return bytes(dump)


def test_the_raw_database_holds_no_plaintext(store: Store, coach: Coach, clock: FixedClock) -> None:
    _fill_record(store, coach, clock)
    dump = _raw_dump(store)
    planted = [*SECRETS.values(), "SESSIONNOTE", "THEMETAG", "FREENOTE", "PINTEXT"]
    planted += ["COMMITTEXT", "GOALTITLE", "GOALDESC", "AGREEMENTTEXT"]
    planted += [*JUDGEMENTS["flags"], JUDGEMENTS["representational_system"], *MARKERS]
    for secret in planted:
        assert secret.encode() not in dump, secret
        assert secret.lower().encode() not in dump, secret


def test_the_sqlite_file_holds_no_plaintext(
    store: Store, coach: Coach, clock: FixedClock, settings: Settings
) -> None:
    if settings.database_url:
        pytest.skip("SQLite only")
    _fill_record(store, coach, clock)
    store.close()  # checkpoint the WAL into the main file
    raw = (settings.data_dir / "coachconn.db").read_bytes()
    assert b"ZEBRAVALUES" not in raw and b"PINTEXT" not in raw


def test_a_value_moved_to_another_column_fails_its_check(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    client_id = _fill_record(store, coach, clock)
    with store.engine.begin() as connection:
        goals_text = connection.execute(
            select(ClientRow.goals_text).where(ClientRow.id == client_id)
        ).scalar_one()
        connection.execute(
            update(ClientRow).where(ClientRow.id == client_id).values(values_priorities=goals_text)
        )
    with pytest.raises(IntegrityFailure, match=r"clients\.values_priorities"):
        clients.get_client(store.unit_of_work(), coach.id, client_id)


def test_a_value_moved_to_another_client_fails_its_check(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    first = _fill_record(store, coach, clock)
    second = clients.add_client(store.unit_of_work(), coach.id, preferred_name="Marlo")
    note = notes.add_note(store.unit_of_work(), coach.id, second.id, text="placeholder")
    with store.engine.begin() as connection:
        theirs = connection.execute(
            select(NoteRow.text).where(NoteRow.client_id == first)
        ).scalar_one()
        connection.execute(update(NoteRow).where(NoteRow.id == note.id).values(text=theirs))
    with pytest.raises(IntegrityFailure):
        notes.list_notes(store.unit_of_work(), coach.id, second.id)


def test_erasing_a_client_shreds_their_key(
    store: Store, coach: Coach, clock: FixedClock, settings: Settings
) -> None:
    client_id = _fill_record(store, coach, clock)
    with store.engine.connect() as connection:  # what a backup taken now would hold
        sealed = connection.execute(
            select(ClientRow.values_priorities).where(ClientRow.id == client_id)
        ).scalar_one()
        wrapped = connection.execute(
            select(ClientKeyRow.wrapped_key).where(ClientKeyRow.client_id == client_id)
        ).scalar_one()
    clients.erase_client(store.unit_of_work(), coach.id, client_id)
    with pytest.raises(NotFound):
        clients.get_client(store.unit_of_work(), coach.id, client_id)
    with store.unit_of_work() as uow:
        assert uow.session.get(ClientKeyRow, client_id) is None
        with pytest.raises(IntegrityFailure, match="erased"):
            uow.keys.cipher(coach.id, client_id).open("clients", "values_priorities", sealed)
    assert b"ZEBRAVALUES" not in _raw_dump(store)
    assert clients.list_clients(store.unit_of_work(), coach.id) == []

    # The backup still holds the wrapped key, and the master key still opens it...
    data_key = crypto.unwrap_data_key(store.master_key, client_id, wrapped)
    opened = crypto.FieldCipher(data_key).open("clients", "values_priorities", sealed)
    assert opened == "ZEBRAVALUES"
    # ...until the master key is rotated and the old key file destroyed.
    result = rotate_master_key(settings)
    assert result.old_key_file is not None
    result.old_key_file.unlink()
    with pytest.raises(ConfigError, match="does not match"):
        crypto.unwrap_data_key(crypto.load_master_key(settings), client_id, wrapped)


def test_erasing_leaves_other_clients_readable(store: Store, coach: Coach) -> None:
    kept = clients.add_client(store.unit_of_work(), coach.id, preferred_name="Marlo")
    gone = clients.add_client(store.unit_of_work(), coach.id, preferred_name="Tove")
    clients.erase_client(store.unit_of_work(), coach.id, gone.id)
    assert [c.preferred_name for c in clients.list_clients(store.unit_of_work(), coach.id)] == [
        kept.preferred_name
    ]


def test_rotating_the_master_key_keeps_every_record_readable(
    store: Store, coach: Coach, clock: FixedClock, settings: Settings
) -> None:
    client_id = _fill_record(store, coach, clock)
    old_file = settings.key_file.read_text()
    result = rotate_master_key(settings)
    assert result.rewrapped == 1 and result.old_key_id != result.new_key_id
    assert settings.key_file.read_text() != old_file
    assert stat.S_IMODE(settings.key_file.stat().st_mode) == 0o600
    with open_store(settings) as reopened:
        detail = clients.get_client(reopened.unit_of_work(), coach.id, client_id)
        assert detail.client.profile.values == "ZEBRAVALUES"
    stale = settings.model_copy(update={"secret_key": SecretStr(old_file.strip())})
    with pytest.raises(ConfigError, match="does not match"):
        open_store(stale)


def test_rotating_an_environment_key_uses_the_key_given(
    store: Store, coach: Coach, settings: Settings
) -> None:
    env = settings.model_copy(update={"secret_key": SecretStr(settings.key_file.read_text())})
    settings.key_file.unlink()
    clients.add_client(store.unit_of_work(), coach.id, preferred_name="Marlo")
    new_key = crypto.generate_key()
    result = rotate_master_key(env, new_key=new_key)
    assert result.key_file is None and result.old_key_file is None
    rotated = env.model_copy(update={"secret_key": SecretStr(crypto.encode_key(new_key))})
    with open_store(rotated) as reopened:
        names = [c.preferred_name for c in clients.list_clients(reopened.unit_of_work(), coach.id)]
    assert names == ["Marlo"]
    with pytest.raises(ConfigError, match="put the new key in COACHCONN_SECRET_KEY"):
        open_store(env)


def test_the_judgements_read_back_through_the_services(
    store: Store, coach: Coach, clock: FixedClock
) -> None:
    client_id = _fill_record(store, coach, clock)
    profile = clients.get_client(store.unit_of_work(), coach.id, client_id).client.profile
    assert sorted(flag.value for flag in profile.flags) == ["executive", "resistant"]
    assert profile.representational_system.value == "kinesthetic"
    (held,) = sessions.list_sessions(store.unit_of_work(), coach.id, client_id=client_id)
    assert sorted(m.value for m in held.markers) == sorted(MARKERS)


def test_sealed_markers_do_not_tell_their_number_by_length() -> None:
    cipher = crypto.FieldCipher(crypto.generate_key())
    every = [f"marker_{i:02d}_with_a_long_code" for i in range(20)]
    lengths = {
        len(cipher.seal_json("sessions", "markers", every[:n], pad_to=1024)) for n in (0, 1, 20)
    }
    assert len(lengths) == 1


def test_each_value_gets_its_own_nonce() -> None:
    cipher = crypto.FieldCipher(crypto.generate_key())
    first = cipher.seal("notes", "text", "same words")
    second = cipher.seal("notes", "text", "same words")
    assert first != second
    assert cipher.open("notes", "text", first) == cipher.open("notes", "text", second)


def test_two_versions_of_an_agreement_cannot_swap_texts(store: Store, coach: Coach) -> None:
    client = clients.add_client(store.unit_of_work(), coach.id, preferred_name="Marlo")
    engagement = make_engagement(store, coach, client)
    uow = store.unit_of_work()
    first = agreements.set_agreement(uow, coach.id, engagement.client_id, kind="working", text="v1")
    second = agreements.set_agreement(
        uow, coach.id, engagement.client_id, kind="working", text="v2"
    )
    with store.engine.begin() as connection:
        query = select(AgreementVersionRow.id, AgreementVersionRow.text)
        texts = {ident: sealed for ident, sealed in connection.execute(query)}
        for mine, theirs in ((first.id, second.id), (second.id, first.id)):
            connection.execute(
                update(AgreementVersionRow)
                .where(AgreementVersionRow.id == mine)
                .values(text=texts[theirs])
            )
    with pytest.raises(IntegrityFailure, match=r"agreement_versions\.text"):
        agreements.get_agreement_version(store.unit_of_work(), coach.id, first.id)


def test_erasing_leaves_no_copy_of_the_key_in_the_sqlite_files_while_they_are_open(
    store: Store, coach: Coach, clock: FixedClock, settings: Settings
) -> None:
    """While anything has the database open (`coachconn serve` does, all day), SQLite
    keeps its log (-wal) beside the file, and the log keeps earlier pages: the one
    holding the client's wrapped key among them. Erasing must leave it in no file."""
    if settings.database_url:
        pytest.skip("SQLite only")
    client_id = _fill_record(store, coach, clock)
    with store.engine.connect() as connection:
        wrapped = connection.execute(
            select(ClientKeyRow.wrapped_key).where(ClientKeyRow.client_id == client_id)
        ).scalar_one()
    # The store stays open, as a server's would: nothing closes its connections.
    clients.erase_client(store.unit_of_work(), coach.id, client_id)

    for path in settings.data_dir.glob("coachconn.db*"):
        assert wrapped not in path.read_bytes(), path.name


def test_a_log_a_reader_still_holds_is_left_as_it_is_and_said_so(tmp_path: Path) -> None:
    """Emptying the log waits for no reader past the busy timeout: it says it could not,
    and nothing fails (the erasure it follows has been committed)."""
    database = tmp_path / "log.db"
    engine = create_engine(f"sqlite:///{database}", connect_args={"timeout": 0.1})
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("CREATE TABLE t (x)")
    reader = sqlite3.connect(database, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM t").fetchone()  # reads the log as it is now
    writer.execute("INSERT INTO t VALUES (1)")  # a page the reader's snapshot predates
    try:
        assert empty_sqlite_log(engine) is False
        reader.execute("COMMIT")
        assert empty_sqlite_log(engine) is True
        assert Path(f"{database}-wal").stat().st_size == 0
    finally:
        reader.close()
        writer.close()
        engine.dispose()
