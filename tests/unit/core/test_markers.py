from coachconn.core.markers import (
    MARKERS,
    Marker,
    MarkerGroup,
    Polarity,
    marker_info,
    positive_markers,
    warning_signs,
)


def test_every_marker_has_one_entry_in_the_checklist() -> None:
    assert [info.marker for info in MARKERS] == list(Marker)


def test_it_lists_the_seeds_twelve_positive_markers_and_eight_warning_signs() -> None:
    assert len(positive_markers()) == 12
    assert len(warning_signs()) == 8


def test_each_group_has_four_items_of_one_polarity() -> None:
    for group in MarkerGroup:
        items = [info for info in MARKERS if info.group == group]
        assert len(items) == 4
        assert len({info.polarity for info in items}) == 1


def test_missed_sessions_are_a_withdrawal_warning() -> None:
    info = marker_info(Marker.MISSED_OR_RESCHEDULED)
    assert info.polarity == Polarity.WARNING
    assert info.group == MarkerGroup.CLIENT_WITHDRAWAL
    assert "rescheduling" in info.label
