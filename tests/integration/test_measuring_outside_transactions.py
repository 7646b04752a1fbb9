"""Parsing, coding and measuring a transcript happen after the unit of work has ended.

On SQLite every transaction holds the database's one write lock from its first
statement, so measuring a long transcript inside one (as long as a second) made every
other request and command wait. Each measuring step is watched here: it must find no
connection taken from the pool and, on SQLite, the write lock free for another
connection to take at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from tests.factories import FlagCoder, make_engagement, make_session

from coachconn.config import Settings
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.services import transcripts
from coachconn.storage.engine import sqlite_path
from coachconn.storage.store import Store

pytestmark = pytest.mark.db

# The names services/transcripts.py calls these steps by.
MEASURING = (
    "parse_transcript",
    "measure_transcript",
    "read_stored",
    "to_json",
    "coded_from_json",
    "session_reading",
)

TEXT = b"Coach: What happened next?\nRobin: We met on Monday and it ran two hours over.\n" * 3


class Watch:
    """Records each measuring step called, and whether a transaction was open then."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self._store = store
        self._path = sqlite_path(settings.resolved_database_url)
        self.called: list[str] = []
        self.inside: list[str] = []

    def wrap(self, name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        def watched(*args: Any, **kwargs: Any) -> Any:
            self.called.append(name)
            if self._in_a_transaction():
                self.inside.append(name)
            return step(*args, **kwargs)

        return watched

    def forget(self) -> None:
        self.called.clear()
        self.inside.clear()

    def _in_a_transaction(self) -> bool:
        if self._store.engine.pool.checkedout():
            return True
        return self._path is not None and not self._write_lock_free(self._path)

    @staticmethod
    def _write_lock_free(path: object) -> bool:
        other = sqlite3.connect(str(path), timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        except sqlite3.OperationalError:
            return False
        finally:
            other.close()
        return True


@pytest.fixture
def watch(store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Watch:
    watching = Watch(store, settings)
    for name in MEASURING:
        monkeypatch.setattr(transcripts, name, watching.wrap(name, getattr(transcripts, name)))
    return watching


@pytest.fixture
def held(store: Store, coach: Coach, clock: FixedClock) -> SessionView:
    engagement = make_engagement(store, coach)
    return make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")


def _attach(store: Store, coach: Coach, session: SessionView) -> None:
    transcripts.attach_transcript(
        store.unit_of_work(), coach.id, session.id, data=TEXT, filename="s.txt",
        coder=FlagCoder(), coach="Coach",
    )  # fmt: skip


def test_attaching_parses_and_measures_outside_the_transaction(
    store: Store, coach: Coach, held: SessionView, watch: Watch
) -> None:
    _attach(store, coach, held)

    assert {"parse_transcript", "measure_transcript", "to_json"} <= set(watch.called)
    assert watch.inside == []


@pytest.mark.parametrize(
    "view",
    [transcripts.get_transcript_analysis, transcripts.transcript_and_neighbours],
    ids=["the API and the command line", "the transcript page"],
)
def test_viewing_a_transcript_measures_it_after_the_transaction(
    store: Store,
    coach: Coach,
    held: SessionView,
    watch: Watch,
    view: Callable[..., object],
) -> None:
    _attach(store, coach, held)
    watch.forget()

    view(store.unit_of_work(), coach.id, held.id)

    assert "read_stored" in watch.called
    assert watch.inside == []


@pytest.mark.parametrize(
    "listing",
    [transcripts.list_transcripts, transcripts.transcript_trend, transcripts.trend_and_attachable],
)
def test_listing_transcripts_reads_their_figures_after_the_transaction(
    store: Store,
    coach: Coach,
    held: SessionView,
    watch: Watch,
    listing: Callable[..., object],
) -> None:
    _attach(store, coach, held)
    watch.forget()

    listing(store.unit_of_work(), coach.id, held.client_id)

    assert {"coded_from_json", "session_reading"} <= set(watch.called)
    assert watch.inside == []
