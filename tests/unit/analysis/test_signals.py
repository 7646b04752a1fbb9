"""Connection signals from one coded session, and trends across sessions.

Each session here is written by hand, coded by hand, and every reading worked out from
the thresholds in ``analysis/signals.py``: the client side needs five client
utterances; surface level is under 15% of client utterances reflecting or disclosing;
the coach working harder is 50% of the words or more; reluctance is at least three
open questions, of those answered, met with three words or fewer, and 30% of them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from coachconn.analysis.metrics import compute_metrics
from coachconn.analysis.signals import (
    Direction,
    Reading,
    Signal,
    direction_of,
    session_figures,
    session_signals,
    trend,
)
from coachconn.analysis.types import CodedUtterance, Utterance
from coachconn.core.markers import Marker, MarkerInfo, marker_info


@dataclass(frozen=True)
class Line:
    role: str
    text: str
    code: str
    flags: str = ""  # any of "f" (reflecting), "p" (reporting), "d" (disclosure)
    start: float | None = None
    end: float | None = None


def coded(*lines: Line) -> list[CodedUtterance]:
    out, turn = [], 0
    for i, line in enumerate(lines):
        if i and line.role != lines[i - 1].role:
            turn += 1
        speaker = "Coach" if line.role == "coach" else "Client"
        utterance = Utterance(i, turn, speaker, line.role, line.text, line.start, line.end)  # type: ignore[arg-type]
        category = "exploration" if line.code.endswith("question") else None
        out.append(
            CodedUtterance(
                utterance,
                line.code,
                category,
                reflecting="f" in line.flags,
                reporting="p" in line.flags,
                disclosure="d" in line.flags,
            )
        )
    return out


def signals(items: list[CodedUtterance]) -> dict[Marker, Signal]:
    return {s.marker: s for s in session_signals(items, compute_metrics(items))}


def q(text: str = "What matters most here?", **kw: object) -> Line:
    return Line("coach", text, "open_question", **kw)  # type: ignore[arg-type]


def a(text: str, flags: str = "", **kw: object) -> Line:
    return Line("client", text, "neutral", flags, **kw)  # type: ignore[arg-type]


# Five exchanges: the client reflects in 2 (index 3, 7), reports in 2 (1, 5),
# discloses in 1 (7) and answers two open questions in three words or fewer (5 is four
# words, 9 is two). Coach words: 4 x 4 + "Tell me more about that." (5) = 21;
# client words: 6 + 8 + 4 + 9 + 2 = 29.
SESSION = [
    q(),
    a("We had the review on Monday.", "p"),
    q("Tell me more about that."),
    a("I think I always wait for permission first.", "f"),
    q(),
    a("Then she moved on.", "p"),
    q(),
    a("Honestly I was scared, and I see why now.", "fd"),
    q(),
    a("Not sure.", ""),
]


def test_the_signals_come_in_the_methods_order_and_name_real_markers() -> None:
    found = session_signals(coded(*SESSION), compute_metrics(coded(*SESSION)))
    assert [s.marker for s in found] == [
        Marker.REFLECTION_OVER_REPORTING,
        Marker.COMFORTABLE_SILENCES,
        Marker.SURFACE_LEVEL_CONVERSATION,
        Marker.RELUCTANCE_TO_EXPLORE,
        Marker.COACH_WORKING_HARDER,
    ]
    assert all(isinstance(marker_info(s.marker), MarkerInfo) for s in found)


def test_reflection_over_reporting_is_seen_when_reflecting_reaches_reporting() -> None:
    got = signals(coded(*SESSION))[Marker.REFLECTION_OVER_REPORTING]
    assert got.reading is Reading.SEEN  # 2 reflecting, 2 reporting
    assert got.evidence == (3, 7)
    assert got.summary == "the client reflects in 2 utterances and reports in 2"
    # One more report tips it.
    more = [*SESSION[:-1], a("Then we went to lunch and talked.", "p")]
    assert signals(coded(*more))[Marker.REFLECTION_OVER_REPORTING].reading is Reading.NOT_SEEN


def test_one_reflection_is_not_enough_even_without_reports() -> None:
    lines = [q(), a("I think I hide.", "f")] + [q(), a("Fine.")] * 4
    assert signals(coded(*lines))[Marker.REFLECTION_OVER_REPORTING].reading is Reading.NOT_SEEN


def test_client_signals_need_five_client_utterances() -> None:
    found = signals(coded(*SESSION[:8]))  # four client utterances
    for marker in (Marker.REFLECTION_OVER_REPORTING, Marker.SURFACE_LEVEL_CONVERSATION):
        assert found[marker].reading is Reading.UNKNOWN
        assert "4 client utterances, at least 5 needed" in found[marker].summary


def test_surface_level_is_seen_under_fifteen_percent_depth() -> None:
    # 7 client utterances, one reflecting: 14% < 15%.
    lines = [q(), a("I think it's a pattern.", "f")] + [q(), a("We met on Monday.", "p")] * 6
    got = signals(coded(*lines))[Marker.SURFACE_LEVEL_CONVERSATION]
    assert got.reading is Reading.SEEN
    assert got.summary.startswith("1 of 7 client utterances (14%) reflect or disclose")
    assert got.evidence == (3, 5, 7)  # the reports it rests on, the first three
    # 6 client utterances, one reflecting: 17%, not the sign.
    shallow_but_not = signals(coded(*lines[:-2]))[Marker.SURFACE_LEVEL_CONVERSATION]
    assert shallow_but_not.reading is Reading.NOT_SEEN
    assert shallow_but_not.evidence == (1,)


def test_reluctance_needs_three_brief_answers_and_thirty_percent() -> None:
    # SESSION: 5 open questions answered, 2 briefly ("Then she moved on." is 4 words).
    got = signals(coded(*SESSION))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.reading is Reading.NOT_SEEN
    assert got.summary == "1 of 5 open questions (20%) got an answer of 3 words or fewer"
    assert got.evidence == (9,)
    brief = [*SESSION, q(), a("Don't know."), q(), a("Maybe."), q(), a("Same as always.")]
    got = signals(coded(*brief))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.reading is Reading.SEEN  # 4 of 8 = 50%
    assert got.evidence == (9, 11, 13)


def test_a_brief_answer_that_discloses_is_not_reluctance() -> None:
    lines = [q(), a("Terrified, honestly.", "d")] * 3
    got = signals(coded(*lines))[Marker.RELUCTANCE_TO_EXPLORE]
    assert (got.reading, got.evidence) == (Reading.NOT_SEEN, ())


def test_closed_questions_and_unanswered_questions_do_not_count() -> None:
    lines = [
        Line("coach", "Did you go?", "closed_question"),
        a("No."),
        q(),
        q(),  # the coach asks again: the first open question is not answered
        a("No idea."),
    ]
    got = signals(coded(*lines))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.reading is Reading.UNKNOWN
    assert got.summary == "too few open questions answered to tell (1, at least 3 needed)"


def test_coach_working_harder_is_seen_from_half_the_words() -> None:
    got = signals(coded(*SESSION))[Marker.COACH_WORKING_HARDER]
    assert got.reading is Reading.NOT_SEEN  # 21 of 50 words: 42%
    assert got.summary.startswith("the coach speaks 42% of the words")
    assert got.evidence == ()
    # Coach 4 words, client 4 words: exactly half is the sign.
    even = coded(q(), a("It went quite well."))
    got = signals(even)[Marker.COACH_WORKING_HARDER]
    assert got.reading is Reading.SEEN
    assert got.evidence == (0,)  # the longest coach turn starts there


def test_silences_need_end_times_and_are_comfortable_when_the_client_breaks_them() -> None:
    assert signals(coded(*SESSION))[Marker.COMFORTABLE_SILENCES].reading is Reading.UNKNOWN
    timed = coded(
        q(start=0.0, end=2.0),
        a("Hmm.", start=6.0, end=7.0),  # 4 s: the client breaks it
        q(start=7.5, end=9.0),
        q("Or what else?", start=12.5, end=13.5),  # 3.5 s: the coach breaks it
        a("I think it's fear.", "f", start=14.0, end=16.0),
    )
    got = signals(timed)[Marker.COMFORTABLE_SILENCES]
    assert got.reading is Reading.SEEN
    assert got.summary == (
        "2 silences of 3 s or more; the client spoke first after 1, the coach after 1"
    )
    assert got.evidence == (1,)
    coach_only = coded(
        q(start=0.0, end=2.0),
        a("Sure.", start=2.5, end=3.0),
        q(start=7.0, end=8.0),  # 4 s, broken by the coach
        a("Yes.", start=8.5, end=9.0),
    )
    assert signals(coach_only)[Marker.COMFORTABLE_SILENCES].reading is Reading.NOT_SEEN


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], Direction.TOO_FEW),
        ([40.0], Direction.TOO_FEW),
        ([20.0, 25.0], Direction.RISING),  # exactly five points
        ([20.0, 24.9], Direction.STEADY),
        ([25.3, 20.3], Direction.FALLING),  # 5.000000000000002 in floats
        ([20.0, 99.0, 26.0], Direction.RISING),  # the middle one counts for neither half
        ([30.0, 32.0, 20.0, 22.0], Direction.FALLING),  # 31 then 21
    ],
)
def test_direction_compares_the_later_half_with_the_earlier(
    values: list[float], expected: Direction
) -> None:
    assert direction_of(values) is expected


def test_trend_reads_each_figure_against_its_marker() -> None:
    first = coded(*SESSION)
    # A second session: more disclosure, the client talking less.
    second = coded(
        Line(
            "coach",
            "Tell me everything that happened since we last met, in detail.",
            "open_question",
        ),
        a("I was hurt.", "d"),
        q(),
        a("Scared too.", "d"),
        q(),
        a("And ashamed.", "d"),
        q(),
        a("Very tired.", "d"),
        q(),
        a("Lonely.", "d"),
    )
    figures = [session_figures(first, compute_metrics(first)),
               session_figures(second, compute_metrics(second))]  # fmt: skip
    assert figures[0]["disclosure_pct"] == 20.0
    assert figures[1]["disclosure_pct"] == 100.0
    by_key = {s.figure.key: s for s in trend(figures)}
    assert by_key["disclosure_pct"].direction is Direction.RISING
    assert by_key["disclosure_pct"].reading is Reading.SEEN  # openness rising
    assert by_key["client_share_words"].direction is Direction.FALLING
    assert by_key["client_share_words"].reading is Reading.SEEN  # engagement falling
    assert by_key["coach_share_words"].reading is Reading.SEEN  # coach working harder
    assert by_key["reflecting_pct"].reading is Reading.NOT_SEEN  # 40% to 0%
    assert by_key["reporting_pct"].reading is None  # a figure without a marker
    assert by_key["disclosure_pct"].to_dict() == {
        "figure": "disclosure_pct",
        "label": "Client utterances that disclose",
        "values": [20.0, 100.0],
        "direction": "rising",
        "marker": "increased_openness",
        "reading": "seen",
    }


def test_one_session_is_too_few_for_a_trend() -> None:
    only = coded(*SESSION)
    series = trend([session_figures(only, compute_metrics(only))])
    assert {s.direction for s in series} == {Direction.TOO_FEW}
    assert {s.reading for s in series} == {None}


def test_a_figure_missing_in_some_sessions_is_followed_where_it_exists() -> None:
    no_reflections = {"pct_complex_reflections": None}
    series = {s.figure.key: s for s in trend([no_reflections, {"pct_complex_reflections": 50.0}])}
    assert series["pct_complex_reflections"].values == (None, 50.0)
    assert series["pct_complex_reflections"].direction is Direction.TOO_FEW
