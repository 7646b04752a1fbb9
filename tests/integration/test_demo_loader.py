"""Loading the demo practice through the services: the record matches the content."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from coachconn.core.coaches import Coach
from coachconn.demo import PRACTICE
from coachconn.services.agreements import list_agreements
from coachconn.services.clients import list_clients
from coachconn.services.coaches import get_coach, update_coach
from coachconn.services.commitments import list_commitments
from coachconn.services.demo import load_demo
from coachconn.services.sessions import list_sessions
from coachconn.storage.store import Store

pytestmark = pytest.mark.db

TODAY = date(2026, 3, 2)


@pytest.fixture
def loaded(store: Store, coach: Coach) -> Store:
    load_demo(store, coach.id, today=TODAY)
    return store


def test_each_client_has_the_sessions_held_the_content_says(loaded: Store, coach: Coach) -> None:
    summaries = {s.preferred_name: s for s in list_clients(loaded.unit_of_work(), coach.id)}

    for demo in PRACTICE.clients:
        assert summaries[demo.preferred_name].sessions_held == demo.sessions_held


def test_the_withdrawing_client_has_missed_and_late_moved_sessions(
    loaded: Store, coach: Coach
) -> None:
    sam = next(
        s
        for s in list_clients(loaded.unit_of_work(), coach.id)
        if s.preferred_name.startswith("Sam")
    )
    sessions = list_sessions(loaded.unit_of_work(), coach.id, client_id=sam.id)
    dropped = list_commitments(loaded.unit_of_work(), coach.id, client_id=sam.id, status="dropped")

    statuses = [s.status.value for s in sessions]
    assert {"no_show", "cancelled", "rescheduled"} <= set(statuses)
    late = [s for s in sessions if s.changed_by and (s.notice_hours or 0) < 24]
    assert len(late) >= 2
    assert len(dropped) == 3


def test_records_carry_the_dates_of_the_history(loaded: Store, coach: Coach) -> None:
    summaries = list_clients(loaded.unit_of_work(), coach.id)
    helen = next(s for s in summaries if s.preferred_name == "Helen Voss")

    agreements = list_agreements(loaded.unit_of_work(), coach.id, helen.id)

    assert [v.number for v in agreements.history if v.kind.value == "logistics"] == [1, 2]
    assert agreements.latest[agreements.history[0].kind].acknowledged_at is not None
    assert all(v.created_at.date() < TODAY for v in agreements.history)
    assert helen.next_session_at is not None and helen.next_session_at.date() > TODAY


def test_loading_is_deterministic_for_a_given_day(
    store: Store, coach: Coach, other_coach: Coach
) -> None:
    load_demo(store, coach.id, today=TODAY)
    load_demo(store, other_coach.id, today=TODAY)

    def shape(owner: Coach) -> list[tuple[object, ...]]:
        return [
            (s.preferred_name, s.phase, s.sessions_held, s.next_session_at)
            for s in list_clients(store.unit_of_work(), owner.id)
        ]

    assert shape(coach) == shape(other_coach)
    assert len(shape(coach)) == 12


def test_the_coach_takes_the_name_the_demo_agreements_use(loaded: Store, coach: Coach) -> None:
    assert get_coach(loaded.unit_of_work(), coach.id).name == PRACTICE.display_name


def test_a_moved_session_is_rescheduled_to_the_one_that_took_its_place(
    loaded: Store, coach: Coach
) -> None:
    summaries = list_clients(loaded.unit_of_work(), coach.id)
    marcus = next(s for s in summaries if s.preferred_name == "Marcus Bell")
    first, second = list_sessions(loaded.unit_of_work(), coach.id, client_id=marcus.id)[:2]

    assert first.status.value == "rescheduled" and first.changed_by is not None
    assert first.changed_by.value == "client" and first.notice_hours == 3
    assert second.status.value == "held" and second.scheduled_at.date() == date(2025, 12, 17)
    assert first.recorded_at == first.scheduled_at - timedelta(hours=3)
    assert (first.replaced_by_id, second.replaces_id) == (second.id, first.id)


def test_every_demo_session_is_loaded_once(loaded: Store, coach: Coach) -> None:
    loaded_sessions = list_sessions(loaded.unit_of_work(), coach.id)

    assert len(loaded_sessions) == sum(len(c.sessions) for c in PRACTICE.clients)


def test_the_demo_transcripts_are_attached_coded_and_timed(loaded: Store, coach: Coach) -> None:
    from coachconn.services.transcripts import get_transcript_analysis, list_transcripts

    listed = list_transcripts(loaded.unit_of_work(), coach.id)
    assert [s.client_name for s in listed] == ["Jonah Levi"] * 4
    last = get_transcript_analysis(loaded.unit_of_work(), coach.id, listed[-1].session_id)
    roles = {(u["speaker"], u["role"]) for u in last.utterances}
    assert roles == {("Robin", "coach"), ("Jonah", "client")}
    assert last.warnings == []  # the speakers are the session's coach and client
    assert len(last.metrics["silences"]) >= 3  # the pauses of the content, measured


def test_the_demo_transcripts_trend_shows_the_connection_deepening(
    loaded: Store, coach: Coach
) -> None:
    from coachconn.analysis.metrics import MIN_RATED
    from coachconn.services.transcripts import list_transcripts, transcript_trend

    jonah = list_transcripts(loaded.unit_of_work(), coach.id)[0].client_id
    trend = transcript_trend(loaded.unit_of_work(), coach.id, jonah)
    series = {s.key: s for s in trend.series}

    # Every session is long enough for the coach's shares to be rated: MIN_RATED
    # questions and MIN_RATED reflections or more, so no "n/a" in either column.
    assert MIN_RATED == 10
    for key in ("pct_open_questions", "pct_complex_reflections"):
        assert None not in series[key].values, (key, series[key].unmeasured)
    # The coach's questions stay open while the reflections go deeper ...
    assert all(v is not None and v >= 75 for v in series["pct_open_questions"].values)
    assert series["pct_complex_reflections"].direction == "rising"
    # ... and the client reflects and discloses more, reports less, and lets
    # silences stand more often: the markers those figures speak to are seen.
    for key in ("disclosure_pct", "reflecting_minus_reporting", "silences_let_stand"):
        assert (series[key].direction, series[key].reading) == ("rising", "seen"), key
    assert series["reporting_pct"].direction == "falling"
    assert series["client_share_words"].reading == "not_seen"  # no withdrawal
    # Session by session, the first is joking and reporting, the last reflective.
    readings = [{s["marker"]: s["reading"] for s in one.signals} for one in trend.sessions]
    assert readings[0]["reflection_over_reporting"] == "not_seen"
    assert readings[0]["comfortable_silences"] == "not_seen"
    for later in readings[1:]:
        assert later["reflection_over_reporting"] == "seen"
        assert later["comfortable_silences"] == "seen"
    for one in readings:
        assert one["surface_level_conversation"] == "not_seen"
        assert one["coach_working_harder"] == "not_seen"


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Pacific/Kiritimati"])
def test_the_demo_loads_wherever_the_coach_is_at_the_hours_it_gives(
    store: Store, coach: Coach, zone: str
) -> None:
    update_coach(store.unit_of_work(), coach.id, timezone=zone)

    load_demo(store, coach.id, today=TODAY)

    loaded = list_sessions(store.unit_of_work(), coach.id)
    assert len(loaded) == sum(len(c.sessions) for c in PRACTICE.clients)
    summaries = {s.preferred_name: s for s in list_clients(store.unit_of_work(), coach.id)}
    for demo in PRACTICE.clients:
        first = list_sessions(
            store.unit_of_work(), coach.id, client_id=summaries[demo.preferred_name].id
        )[0]
        local = first.scheduled_at.astimezone(ZoneInfo(zone))
        assert local.date() == TODAY + timedelta(days=demo.started_day)
        assert local.hour == demo.sessions[0].hour
