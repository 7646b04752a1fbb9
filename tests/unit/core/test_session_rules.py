from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coachconn.core.errors import Conflict, InvalidInput
from coachconn.core.markers import Marker
from coachconn.core.sessions import (
    ChangedBy,
    SessionStatus,
    check_keeps_transcript,
    check_notice,
    check_outcome,
    check_outcome_time,
    check_transcript_time,
    normalise_themes,
    notice_hours_before,
    overlaps,
)
from coachconn.core.validation import within_horizon


def test_a_cancellation_says_who_cancelled() -> None:
    with pytest.raises(InvalidInput) as caught:
        check_outcome(SessionStatus.SCHEDULED, SessionStatus.CANCELLED, changed_by=None, markers=())
    assert caught.value.field == "changed_by"


def test_a_held_session_has_no_canceller() -> None:
    with pytest.raises(InvalidInput):
        check_outcome(
            SessionStatus.SCHEDULED, SessionStatus.HELD, changed_by=ChangedBy.CLIENT, markers=()
        )


def test_only_held_sessions_carry_markers() -> None:
    check_outcome(
        SessionStatus.SCHEDULED, SessionStatus.HELD, changed_by=None, markers=(Marker.TAKES_RISKS,)
    )
    with pytest.raises(InvalidInput) as caught:
        check_outcome(
            SessionStatus.SCHEDULED,
            SessionStatus.NO_SHOW,
            changed_by=None,
            markers=(Marker.DECREASED_ENGAGEMENT,),
        )
    assert caught.value.field == "markers"


def test_a_moved_session_stays_moved() -> None:
    with pytest.raises(Conflict):
        check_outcome(SessionStatus.RESCHEDULED, SessionStatus.HELD, changed_by=None, markers=())


def test_notice_is_hours_before_the_start_and_never_negative() -> None:
    start = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
    assert notice_hours_before(start, datetime(2026, 3, 3, 22, 0, tzinfo=UTC)) == 12.0
    assert notice_hours_before(start, datetime(2026, 3, 4, 10, 30, tzinfo=UTC)) == 0.0


def test_themes_are_distinct_lower_case_tags() -> None:
    assert normalise_themes(("Delegation", " delegation ", "Sleep  and energy")) == (
        "delegation",
        "sleep and energy",
    )


@pytest.mark.parametrize("bad", ["", "   ", "line\nbreak", "\x1b[31mred"])
def test_an_empty_theme_or_one_with_control_characters_is_refused(bad: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        normalise_themes(("values", bad))
    assert caught.value.field == "themes"


def test_a_held_session_cannot_become_cancelled_or_missed() -> None:
    for new in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW):
        with pytest.raises(Conflict, match="recorded as held"):
            check_outcome(SessionStatus.HELD, new, changed_by=ChangedBy.CLIENT, markers=None)


def test_notice_cannot_be_less_than_the_hours_still_left() -> None:
    start = datetime(2026, 3, 13, 10, 0, tzinfo=UTC)
    now = start - timedelta(hours=265)
    check_notice(265, start, now)
    check_notice(264.5, start, now)  # told a little before it was recorded
    with pytest.raises(InvalidInput) as caught:
        check_notice(30, start, now)
    assert caught.value.field == "notice_hours"
    check_notice(24, start, start + timedelta(hours=2))  # recorded afterwards


@pytest.mark.parametrize(
    ("given", "left", "said"),
    [
        (1, 2.4, "1 hour is less than the 2 hours still left"),
        (0, 1.2, "0 hours is less than the 1 hour still left"),
        (2.5, 30, "2.5 hours is less than the 30 hours still left"),
    ],
)
def test_the_notice_refused_is_counted_in_hours_in_the_singular_for_one(
    given: float, left: float, said: str
) -> None:
    start = datetime(2026, 3, 13, 10, 0, tzinfo=UTC)
    with pytest.raises(InvalidInput) as caught:
        check_notice(given, start, start - timedelta(hours=left))
    assert caught.value.reason.startswith(f"{said} before the session")


def test_bookings_stop_two_years_ahead() -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    within_horizon("scheduled_at", now + timedelta(days=700), now)
    with pytest.raises(InvalidInput) as caught:
        within_horizon("scheduled_at", datetime(9999, 12, 31, 23, 59, tzinfo=UTC), now)
    assert (
        caught.value.reason == "is more than two years ahead (the latest is 2028-03-02 09:00 UTC)"
    )
    with pytest.raises(InvalidInput) as caught:
        within_horizon("scheduled_at", now + timedelta(days=800), now, ZoneInfo("Asia/Tokyo"))
    assert caught.value.reason == "is more than two years ahead (the latest is 2028-03-02 18:00)"


@pytest.mark.parametrize("new", [SessionStatus.CANCELLED, SessionStatus.NO_SHOW,
                                 SessionStatus.RESCHEDULED])  # fmt: skip
def test_a_session_with_a_transcript_took_place(new: SessionStatus) -> None:
    check_keeps_transcript(7, new, has_transcript=False)
    check_keeps_transcript(7, SessionStatus.HELD, has_transcript=True)
    with pytest.raises(Conflict) as caught:
        check_keeps_transcript(7, new, has_transcript=True)
    assert str(caught.value) == (
        "session 7 has a transcript, so it took place: remove the transcript first with "
        "`coachconn transcripts remove 7 --yes` if it was attached by mistake"
    )


@pytest.mark.parametrize(
    ("status", "why"),
    [
        (SessionStatus.CANCELLED, "it was cancelled"),
        (SessionStatus.NO_SHOW, "it was recorded as a no-show"),
        (SessionStatus.RESCHEDULED, "it was moved to another time"),
    ],
)
def test_a_session_that_did_not_take_place_says_why_in_words(
    status: SessionStatus, why: str
) -> None:
    now = datetime(2026, 3, 2, 12, tzinfo=UTC)
    with pytest.raises(InvalidInput) as caught:
        check_transcript_time(status, now - timedelta(days=1), now, UTC)
    assert caught.value.reason == f"the session did not take place ({why}): no transcript"


def test_sessions_overlap_when_they_share_a_minute() -> None:
    nine = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert overlaps(nine, 60, nine + timedelta(minutes=30), 60)
    assert overlaps(nine + timedelta(minutes=30), 60, nine, 60)
    assert not overlaps(nine, 60, nine + timedelta(minutes=60), 60)


def test_notice_belongs_to_a_cancelled_or_moved_session() -> None:
    with pytest.raises(InvalidInput) as caught:
        check_outcome(
            SessionStatus.SCHEDULED, SessionStatus.HELD, changed_by=None, markers=(), notice_hours=2
        )
    assert caught.value.field == "notice_hours"
    check_outcome(
        SessionStatus.SCHEDULED,
        SessionStatus.CANCELLED,
        changed_by=ChangedBy.CLIENT,
        markers=(),
        notice_hours=2,
    )


def test_a_past_session_cannot_go_back_to_scheduled() -> None:
    start = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
    with pytest.raises(InvalidInput) as caught:
        check_outcome_time(
            SessionStatus.HELD, SessionStatus.SCHEDULED, start, start + timedelta(hours=2)
        )
    assert caught.value.field == "status"
    check_outcome_time(
        SessionStatus.CANCELLED, SessionStatus.SCHEDULED, start, start - timedelta(hours=2)
    )


def test_a_session_is_held_only_once_it_has_started() -> None:
    start = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
    with pytest.raises(InvalidInput, match="not started"):
        check_outcome_time(
            SessionStatus.SCHEDULED, SessionStatus.HELD, start, start - timedelta(minutes=1)
        )
    check_outcome_time(SessionStatus.SCHEDULED, SessionStatus.HELD, start, start)


def test_moving_goes_through_reschedule_session() -> None:
    with pytest.raises(InvalidInput, match="rescheduling it"):
        check_outcome(
            SessionStatus.SCHEDULED,
            SessionStatus.RESCHEDULED,
            changed_by=ChangedBy.CLIENT,
            markers=(),
        )


def test_a_moved_session_keeps_its_status_while_notes_are_added() -> None:
    check_outcome(
        SessionStatus.RESCHEDULED,
        SessionStatus.RESCHEDULED,
        changed_by=ChangedBy.CLIENT,
        markers=None,
    )
    with pytest.raises(InvalidInput, match="only a held session has markers"):
        check_outcome(
            SessionStatus.RESCHEDULED,
            SessionStatus.RESCHEDULED,
            changed_by=ChangedBy.CLIENT,
            markers=(Marker.TAKES_RISKS,),
        )


def test_a_theme_with_a_comma_is_refused_as_a_list_would_read_it_as_two() -> None:
    with pytest.raises(InvalidInput) as caught:
        normalise_themes(("sleep", "work,family"))
    assert caught.value.field == "themes"
    assert "'work,family'" in str(caught.value)
    assert normalise_themes(("work and family",)) == ("work and family",)
