"""The demo practice is plain data that reflects the method: checked without a database."""

from __future__ import annotations

from coachconn.core.agreements import AgreementKind
from coachconn.core.clients import ClientFlag
from coachconn.core.engagements import Cadence, Phase, phase_for
from coachconn.core.markers import Marker
from coachconn.demo import PRACTICE
from coachconn.demo.model import DemoClient

SIX_MONTHS = 186


def _client(name: str) -> DemoClient:
    return next(c for c in PRACTICE.clients if c.preferred_name.startswith(name))


def test_there_are_twelve_clients_spread_over_all_three_phases() -> None:
    phases = [phase_for(c.sessions_held) for c in PRACTICE.clients]

    assert len(PRACTICE.clients) == 12
    assert set(phases) == set(Phase)
    assert min(phases.count(p) for p in Phase) >= 3


def test_the_history_covers_six_months_and_nothing_held_is_in_the_future() -> None:
    days = [s.day for c in PRACTICE.clients for s in c.sessions]
    held = [s.day for c in PRACTICE.clients for s in c.sessions if s.status == "held"]

    assert min(days) >= -SIX_MONTHS
    assert min(days) <= -170
    assert max(held) < 0


def test_every_held_session_has_a_note_and_themes() -> None:
    for client in PRACTICE.clients:
        for session in client.sessions:
            if session.status == "held":
                assert session.note, f"{client.preferred_name} day {session.day}"
                assert session.themes, f"{client.preferred_name} day {session.day}"


def test_markers_flags_and_cadences_use_the_domains_codes() -> None:
    for client in PRACTICE.clients:
        Cadence(client.cadence)
        for flag in client.flags:
            ClientFlag(flag)
        for agreement in client.agreements:
            AgreementKind(agreement.kind)
        for session in client.sessions:
            for marker in session.markers:
                Marker(marker)
            assert not session.markers or session.status == "held"


def test_resistant_cross_cultural_and_executive_clients_are_present() -> None:
    flags = {flag for client in PRACTICE.clients for flag in client.flags}

    assert flags == {flag.value for flag in ClientFlag}


def test_one_client_shows_the_seeds_withdrawal_signs() -> None:
    sam = _client("Sam")
    recent = [s for s in sam.sessions if -60 <= s.day < 0]

    assert any(s.status == "no_show" for s in recent)
    assert any(
        s.status in {"cancelled", "rescheduled"} and (s.notice_hours or 0) < 24 for s in recent
    )
    assert sum(1 for c in sam.commitments if c.status == "dropped") >= 3
    warnings = {m for s in recent for m in s.markers}
    assert {"decreased_engagement", "surface_level_conversation"} <= warnings


def test_commitments_are_on_both_sides_and_have_every_status() -> None:
    commitments = [c for client in PRACTICE.clients for c in client.commitments]

    assert {c.owner for c in commitments} == {"client", "coach"}
    assert {c.status for c in commitments} == {"open", "done", "dropped"}


def test_agreements_cover_all_kinds_and_some_wait_for_acknowledgement() -> None:
    agreements = [a for client in PRACTICE.clients for a in client.agreements]

    assert {a.kind for a in agreements} == {k.value for k in AgreementKind}
    assert any(a.acknowledged_day is None for a in agreements)
    assert sum(a.acknowledged_day is not None for a in agreements) > len(agreements) / 2


def test_goals_are_rated_over_time_within_range() -> None:
    for client in PRACTICE.clients:
        for goal in client.goals:
            days = [day for day, _ in goal.ratings]
            assert days == sorted(days)
            assert all(0 <= rating <= 10 for _, rating in goal.ratings)
    assert any(len(g.ratings) >= 4 for c in PRACTICE.clients for g in c.goals)


def test_closed_commitments_close_on_or_before_today() -> None:
    for client in PRACTICE.clients:
        for commitment in client.commitments:
            if commitment.status != "open":
                assert (commitment.closed_day or commitment.due_day) <= 0


def test_every_session_falls_on_or_after_its_engagements_first_day() -> None:
    # Days and hours are the coach's, as the engagement's first day is: this holds
    # wherever the coach is.
    for client in PRACTICE.clients:
        for session in client.sessions:
            assert session.day >= client.started_day, f"{client.preferred_name} {session.day}"
            assert 0 <= session.hour < 24


def test_a_moved_session_is_followed_by_the_one_that_took_its_place() -> None:
    moved = 0
    for client in PRACTICE.clients:
        for before, after in zip(client.sessions, client.sessions[1:], strict=False):
            if before.status != "rescheduled":
                continue
            moved += 1
            assert before.changed_by is not None and before.notice_hours is not None
            assert (after.day, after.hour) > (before.day, before.hour)
            assert (after.duration_min, after.format) == (before.duration_min, before.format)
        assert client.sessions[-1].status != "rescheduled", client.preferred_name
    assert moved == 4


def test_demo_transcripts_render_as_timed_webvtt_the_parser_reads() -> None:
    from coachconn.analysis.parse import parse_transcript
    from coachconn.demo.model import Said, to_webvtt

    lines = (
        Said("coach", "How was the week?", pause=0.5),  # 4 words at 2.3 a second: 1.739 s
        Said("client", "Long.", pause=4.0),  # 1 word: at least 1 s
    )
    text = to_webvtt(lines, "Robin", "Jonah")
    assert text.splitlines()[:8] == [
        "WEBVTT", "",
        "1", "00:00:00.500 --> 00:00:02.239", "Robin: How was the week?", "",
        "2", "00:00:06.239 --> 00:00:07.239",
    ]  # fmt: skip
    read = parse_transcript(text.encode(), coach="Robin")
    assert [(u.speaker, u.role, u.start, u.end) for u in read.utterances] == [
        ("Robin", "coach", 0.5, 2.239),
        ("Jonah", "client", 6.239, 7.239),
    ]


def test_a_deepening_client_has_transcripts_that_open_up() -> None:
    from coachconn.demo.deepening import JONAH

    with_transcripts = [s for s in JONAH.sessions if s.transcript]
    assert len(with_transcripts) == 4
    assert all(s.status == "held" for s in with_transcripts)
    # Each transcript is a conversation: both sides speak, and the later ones leave
    # room for silence (pauses of 3 s or more), more of it and longer each time.
    assert all({line.who for line in s.transcript} == {"coach", "client"} for s in with_transcripts)
    silences = [[line.pause for line in s.transcript if line.pause >= 3] for s in with_transcripts]
    counts = [len(pauses) for pauses in silences]
    assert counts[0] == 0 and counts == sorted(counts) and counts[-1] >= 3 * counts[1]
    means = [sum(pauses) / len(pauses) for pauses in silences[1:]]
    assert means == sorted(means)


def test_the_deepening_transcripts_are_whole_sessions_with_enough_to_rate() -> None:
    # The trend rates the coach's open questions and complex reflections only in a
    # session with MIN_RATED questions (and reflections): each transcript is long
    # enough, with more coach questions than that, and coach statements besides.
    from coachconn.analysis.metrics import MIN_RATED
    from coachconn.demo.deepening import JONAH_TRANSCRIPTS

    for transcript in JONAH_TRANSCRIPTS:
        assert 40 <= len(transcript) <= 60
        coach = [line.text for line in transcript if line.who == "coach"]
        asks = [text for text in coach if text.rstrip().endswith("?")]
        assert len(asks) > MIN_RATED
        assert len(coach) - len(asks) > MIN_RATED
