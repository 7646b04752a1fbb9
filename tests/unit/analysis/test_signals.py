"""Connection signals from one coded session, and trends across sessions.

Each session here is written by hand, coded by hand, and every reading worked out from
the thresholds in ``analysis/signals.py``: every signal but silences needs five client
utterances; reflection over reporting needs four client turns that reflect or report, or
three that reflect, and is seen on more reflecting ones than reporting ones, at least
three, over the whole session (its halves are shown, and read nothing);
surface level is under 15% of
client turns reflecting or disclosing; the coach working harder is more than 50% of
the words, leaving out the coach's structuring; reluctance needs five replies to open
questions, and is at least three of them of three words or fewer (or only "I don't know"
and the like), and 30% of the replies; comfortable
silences are two or more let stand with the client saying more than such a brief reply
around them (in the words that end the silence, or, where the coach ends it, the words
it follows), and more than half of all the silences (the others: those with only a brief
reply, and those the coach filled by speaking again after their own words).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from coachconn.analysis.report import trend_legend, trend_reading
from coachconn.analysis.signals import (
    FIGURES,
    Direction,
    Reading,
    Signal,
    ended_by,
    halves,
    session_reading,
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
    return {s.marker: s for s in session_reading(items).signals}


def q(text: str = "What matters most here?", **kw: object) -> Line:
    return Line("coach", text, "open_question", **kw)  # type: ignore[arg-type]


def a(text: str, flags: str = "", **kw: object) -> Line:
    return Line("client", text, "neutral", flags, **kw)  # type: ignore[arg-type]


# Five exchanges: the client reflects in 2 (index 3, 7), reports in 2 (1, 5),
# discloses in 1 (7) and replies to one open question in three words or fewer (9 is two
# words; 5 is four). Coach words: 4 x 4 + "Tell me more about that." (5) = 21; client
# words: 6 + 8 + 4 + 9 + 2 = 29.
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
    found = session_reading(coded(*SESSION)).signals
    assert [s.marker for s in found] == [
        Marker.REFLECTION_OVER_REPORTING,
        Marker.COMFORTABLE_SILENCES,
        Marker.SURFACE_LEVEL_CONVERSATION,
        Marker.RELUCTANCE_TO_EXPLORE,
        Marker.COACH_WORKING_HARDER,
    ]
    assert all(isinstance(marker_info(s.marker), MarkerInfo) for s in found)


def test_reflection_over_reporting_needs_more_reflecting_than_reporting() -> None:
    got = signals(coded(*SESSION))[Marker.REFLECTION_OVER_REPORTING]
    assert got.reading is Reading.NOT_SEEN  # 2 reflecting, 2 reporting: not "more"
    assert got.evidence == (7, 3)  # both of the client themselves; 9 words before 8
    assert got.summary == (
        "this session alone (the marker is a change over sessions: see the client's trend); "
        "over the session the client reflects in 2 turns and reports in 2 (the sign: more "
        "turns reflecting than reporting, and at least 3 reflecting); by halves "
        "1:1, then 1:1 (for reference, not part of the reading)"
    )  # the halves: the client's turns 1, 3 | 5, 7, 9
    # A report turned into a reflection tips it: 3 reflecting, 1 reporting.
    more = [*SESSION[:5], a("I think I let her move on.", "f"), *SESSION[6:]]
    assert signals(coded(*more))[Marker.REFLECTION_OVER_REPORTING].reading is Reading.SEEN


def test_reflection_over_reporting_cannot_tell_on_fewer_than_four_such_turns() -> None:
    # SESSION less one report: 2 reflecting, 1 reporting, 3 in all. One turn's flag
    # would turn it over (the old rule read it as seen).
    fewer = [*SESSION[:5], a("Then she moved on."), *SESSION[6:]]
    got = signals(coded(*fewer))[Marker.REFLECTION_OVER_REPORTING]
    assert got.reading is Reading.UNKNOWN
    assert got.summary.endswith(
        "over the session the client reflects in 2 turns and reports in 1: too few to weigh "
        "one against the other (4 turns that reflect or report, or 3 that reflect, needed)"
    )
    assert got.summary.startswith("this session alone (the marker is a change over sessions")
    assert got.evidence == ()


def _reflecting_reporting_session(r: int, p: int) -> list[Line]:
    """Six exchanges: ``r`` replies reflect, then ``p`` report, the rest neither."""
    replies = [a("I think I always wait for permission first.", "f")] * r
    replies += [a("We had the review on Monday.", "p")] * p
    replies += [a("Not sure.")] * (6 - r - p)
    return [line for reply in replies for line in (q(), reply)]


@pytest.mark.parametrize(
    ("r", "p", "reading"),
    [
        (2, 0, Reading.UNKNOWN),
        (2, 1, Reading.UNKNOWN),
        (1, 2, Reading.UNKNOWN),
        (0, 3, Reading.UNKNOWN),
        # 3 reflecting is seen with no reporting turn as with one: a reporting turn
        # more never turns a can't-tell into seen.
        (3, 0, Reading.SEEN),
        (3, 1, Reading.SEEN),
        (2, 2, Reading.NOT_SEEN),
        (1, 3, Reading.NOT_SEEN),
        (3, 3, Reading.NOT_SEEN),
    ],
)
def test_reflection_over_reporting_at_its_edges(r: int, p: int, reading: Reading) -> None:
    got = signals(coded(*_reflecting_reporting_session(r, p)))
    assert got[Marker.REFLECTION_OVER_REPORTING].reading is reading


def test_reflection_over_reporting_more_reporting_never_makes_it_seen() -> None:
    # Monotonic in the reporting turns: adding one never moves a reading towards seen.
    order = {Reading.NOT_SEEN: 0, Reading.UNKNOWN: 1, Reading.SEEN: 2}
    for r in range(6):
        for p in range(5 - r):
            before = signals(coded(*_reflecting_reporting_session(r, p)))
            after = signals(coded(*_reflecting_reporting_session(r, p + 1)))
            was = before[Marker.REFLECTION_OVER_REPORTING].reading
            now = after[Marker.REFLECTION_OVER_REPORTING].reading
            assert order[now] <= order[was], (r, p, was, now)


def test_the_evidence_of_reflection_shows_the_plain_reflections_first() -> None:
    # A reflection told inside a story (index 1) is shown after those that only reflect,
    # each group longest first (7 has 13 words, 3 has 6).
    lines = [
        q(),
        a("On Monday she cut me off, and I saw I always back down.", "fp"),
        q(),
        a("I think I wait for permission.", "f"),
        q(),
        a("Fine."),
        q(),
        a("Maybe I want them to like me more than I want the result.", "f"),
        q(),
        a("Not sure."),
    ]
    got = signals(coded(*lines))[Marker.REFLECTION_OVER_REPORTING]
    assert got.reading is Reading.SEEN and got.evidence == (7, 3, 1)


def test_the_evidence_of_reflection_is_of_the_client_themselves_not_a_thank_you() -> None:
    # Reflecting turns: 1 (14 words, of the client's own money and head), 3 (a thank-you
    # for the coach's story, 13 words, nothing of the client: no "I", "me" or "my"), 5
    # (7 words, of the client). Shown: 1, 5, then 3, however long it is.
    lines = [
        q(),
        a("The money. If I don't sort it in my head I can't think.", "f"),
        q("Can I share something that happened to me?"),
        a("No, that's helpful. It's nice to know it wasn't clean for you either.", "f"),
        q(),
        a("Yeah, I guess I undersell that.", "f"),
        q(),
        a("Fine."),
        q(),
        a("Then we went home.", "p"),
    ]
    got = signals(coded(*lines))[Marker.REFLECTION_OVER_REPORTING]
    assert got.reading is Reading.SEEN  # 3 reflecting, 1 reporting
    assert got.evidence == (1, 5, 3)


def test_the_reading_rests_on_the_whole_session_whatever_its_halves() -> None:
    # Over the session 4 reflecting and 4 reporting: not "more", so not seen, though the
    # first half (client lines 1, 3, 5, 7) reflects in 1 and reports in 3 and the second
    # (9, 11, 13, 15) reflects in 3 and reports in 1: the halves are for reference,
    # not part of the reading.
    lines = [
        q(), a("We had the review on Monday.", "p"),
        q(), a("I think I wait to be asked.", "f"),
        q(), a("Then she moved it to Friday.", "p"),
        q(), a("And the board signed it off.", "p"),
        q(), a("Maybe I like being the one who knows.", "f"),
        q(), a("Then I asked Sam for the numbers.", "p"),
        q(), a("It's easier to be busy than to decide.", "f"),
        q(), a("I see it now: I hide in the detail.", "f"),
    ]  # fmt: skip
    got = signals(coded(*lines))[Marker.REFLECTION_OVER_REPORTING]
    assert got.reading is Reading.NOT_SEEN
    assert "; over the session the client reflects in 4 turns and reports in 4 (the sign: " in (
        got.summary
    )
    assert "; by halves 1:3, then 3:1 (for reference, not part of the reading)" in got.summary
    # The other way round (5 reflecting, 3 reporting, all of the reflecting but one in
    # the first half: 4:0, then 1:3): more reflecting over the session, so seen.
    falling = [
        q(), a("I think I wait to be asked.", "f"),
        q(), a("Maybe I like being the one who knows.", "f"),
        q(), a("I see it now: I hide in the detail.", "f"),
        q(), a("It's easier for me to be busy than to decide.", "f"),
        q(), a("Then I asked Sam for the numbers.", "p"),
        q(), a("And the board signed it off.", "p"),
        q(), a("Then she moved it to Friday.", "p"),
        q(), a("I guess I always do that.", "f"),
    ]  # fmt: skip
    got = signals(coded(*falling))[Marker.REFLECTION_OVER_REPORTING]
    assert got.reading is Reading.SEEN
    assert "reflects in 5 turns and reports in 3" in got.summary
    assert "; by halves 4:0, then 1:3 (for reference, not part of the reading)" in got.summary


def test_one_reflection_is_not_enough_even_without_reports() -> None:
    lines = [q(), a("I think I hide.", "f")] + [q(), a("Fine.")] * 4
    assert signals(coded(*lines))[Marker.REFLECTION_OVER_REPORTING].reading is Reading.UNKNOWN
    # Four reflecting turns and no report: seen.
    four = [q(), a("I think I hide.", "f")] * 4 + [q(), a("Fine.")]
    assert signals(coded(*four))[Marker.REFLECTION_OVER_REPORTING].reading is Reading.SEEN


def test_every_signal_but_silences_needs_five_client_utterances() -> None:
    found = signals(coded(*SESSION[:8]))  # four client turns
    for marker in (
        Marker.REFLECTION_OVER_REPORTING,
        Marker.SURFACE_LEVEL_CONVERSATION,
        Marker.RELUCTANCE_TO_EXPLORE,
        Marker.COACH_WORKING_HARDER,
    ):
        assert found[marker].reading is Reading.UNKNOWN
        assert "4 client turns, at least 5 needed" in found[marker].summary
    # A transcript where the client never speaks is not "the coach working harder".
    alone = signals(coded(q(), q(), q()))[Marker.COACH_WORKING_HARDER]
    assert alone.reading is Reading.UNKNOWN


def test_surface_level_is_seen_under_fifteen_percent_depth() -> None:
    # 7 client turns, one reflecting: 14% < 15%.
    lines = [q(), a("I think it's a pattern.", "f")] + [q(), a("We met on Monday.", "p")] * 6
    got = signals(coded(*lines))[Marker.SURFACE_LEVEL_CONVERSATION]
    assert got.reading is Reading.SEEN
    assert got.summary.startswith("1 of 7 client turns (14.3%) reflect or disclose")
    assert got.evidence == (3, 5, 7)  # the reports it rests on, the first three
    # 6 client turns, one reflecting: 17%, not the sign.
    shallow_but_not = signals(coded(*lines[:-2]))[Marker.SURFACE_LEVEL_CONVERSATION]
    assert shallow_but_not.reading is Reading.NOT_SEEN
    assert shallow_but_not.evidence == (1,)


def test_reluctance_needs_three_brief_replies_and_thirty_percent() -> None:
    # SESSION: 5 open questions replied to, 1 briefly ("Then she moved on." is 4 words).
    got = signals(coded(*SESSION))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.reading is Reading.NOT_SEEN
    assert got.summary == (
        "1 of 5 replies to an open question (20.0%) were brief: 3 words or fewer, or "
        '"I don\'t know" and the like with at most 2 words besides '
        "(the sign: 3 or more, and 30% or more)"
    )
    assert got.evidence == (9,)
    brief = [*SESSION, q(), a("Don't know."), q(), a("Maybe."), q(), a("Same as always.")]
    got = signals(coded(*brief))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.reading is Reading.SEEN  # 4 of 8 = 50%
    assert got.evidence == (9, 11, 13)


def test_a_reply_is_the_clients_whole_turn() -> None:
    # "Hmm. Okay." then a long reflection, in one turn: not a brief reply.
    lines = [
        *SESSION,
        q(), a("Hmm. Okay."), a("I think I keep waiting to be asked before I speak up.", "f"),
        q(), a("Well."), a("We met again on Thursday and went through the plan.", "p"),
        q(), a("Yes."), a("No."),  # two words in all: brief
    ]  # fmt: skip
    got = signals(coded(*lines))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.summary.startswith("2 of 8 replies to an open question (25.0%) were brief")
    assert got.evidence == (9, 17)  # a brief reply is shown by its first utterance


def test_a_brief_reply_that_discloses_is_not_reluctance() -> None:
    lines = [q(), a("Terrified, honestly.", "d")] * 5
    got = signals(coded(*lines))[Marker.RELUCTANCE_TO_EXPLORE]
    assert (got.reading, got.evidence) == (Reading.NOT_SEEN, ())


def test_a_coach_turn_counts_when_it_asks_an_open_question_anywhere() -> None:
    lines = [
        Line("coach", "Did you go?", "closed_question"),
        a("No."),
        Line("coach", "Okay.", "other"),
        q(),  # asked after a statement, in the same turn
        a("No idea."),
        Line("coach", "Okay.", "other"),
        a("Fine."),  # after no question: not a reply
        q(),
        a("Pass."),
        Line("coach", "Okay.", "other"),
        a("Nothing else."),  # after no question: not a reply
    ]
    got = signals(coded(*lines))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.reading is Reading.UNKNOWN
    # The reply to the closed question (1) is counted apart, brief, not as reluctance.
    assert got.summary == (
        "too few open questions to read it (2 replies to an open question, at least 5 "
        "needed); apart from these, 1 of 1 reply to a closed question was brief (not "
        "counted: a closed question asks for a short answer)"
    )


def test_coach_working_harder_is_more_than_half_the_words() -> None:
    got = signals(coded(*SESSION))[Marker.COACH_WORKING_HARDER]
    assert got.reading is Reading.NOT_SEEN  # 21 of 50 words: 42%
    assert got.summary.startswith("the coach speaks 42.0% of the words (the sign: more than 50%)")
    assert got.evidence == ()
    # Each coach line 4 words, each client line 4: exactly half is not "harder".
    even = coded(*[q(), a("It went quite well.")] * 5)
    assert signals(even)[Marker.COACH_WORKING_HARDER].reading is Reading.NOT_SEEN
    more = coded(
        *[q(), a("It went quite well.")] * 4,
        q("And what matters most here?"),
        a("It went quite well."),
    )
    got = signals(more)[Marker.COACH_WORKING_HARDER]
    assert got.reading is Reading.SEEN  # 21 of 41 words: 51%
    assert got.evidence == (8,)  # the longest coach turn starts there


def test_silences_need_end_times_and_are_let_stand_unless_the_coach_fills_them() -> None:
    assert signals(coded(*SESSION))[Marker.COMFORTABLE_SILENCES].reading is Reading.UNKNOWN
    timed = coded(
        q(start=0.0, end=2.0),
        a("Hmm, the deadline, I suppose.", start=6.0, end=7.0),  # 4 s: the client's to break
        q(start=10.5, end=12.0),  # 3.5 s after the client: the coach let it stand
        q("Or what else?", start=15.5, end=16.5),  # 3.5 s: the coach fills their own
        a("I think it's fear.", "f", start=17.0, end=19.0),
    )
    got = signals(timed)[Marker.COMFORTABLE_SILENCES]
    assert got.reading is Reading.SEEN  # 2 let stand, 1 filled
    assert got.summary == (
        "3 silences of 3 s or more, 2 ended by the coach, 1 by the client: 2 with the client "
        "saying more around it, 0 with only a brief reply (3 words or fewer, or \"I don't "
        'know" and the like with at most 2 words besides), 1 the coach filled after their '
        "own words (the sign: "
        "2 or more with the client saying more, and more of those than of the others)"
    )
    assert got.evidence == (1, 2)  # what came after each silence let stand
    filled = coded(
        q(start=0.0, end=2.0),
        a("Sure.", start=2.5, end=3.0),
        q(start=3.5, end=4.0),
        q("Or else?", start=8.0, end=9.0),  # 4 s, filled by the coach
        a("Yes.", start=9.5, end=10.0),
    )
    assert signals(filled)[Marker.COMFORTABLE_SILENCES].reading is Reading.NOT_SEEN
    quiet = coded(q(start=0.0, end=2.0), a("Yes.", start=2.5, end=3.0))
    got = signals(quiet)[Marker.COMFORTABLE_SILENCES]
    assert (got.reading, got.summary) == (Reading.NOT_SEEN, "no silence of 3 s or more")


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], (Direction.TOO_FEW, None, None)),
        ([40.0], (Direction.TOO_FEW, None, None)),
        ([20.0, 25.0], (Direction.RISING, 20.0, 25.0)),  # exactly five points
        ([20.0, 24.9], (Direction.STEADY, 20.0, 24.9)),
        ([3.2, 8.2], (Direction.RISING, 3.2, 8.2)),  # 4.999999999999999 in floats
        ([20.0, 99.0, 26.0], (Direction.RISING, 20.0, 26.0)),  # the middle is in neither half
        ([30.0, 32.0, 20.0, 22.0], (Direction.FALLING, 31.0, 21.0)),
    ],
)
def test_halves_compare_the_later_half_with_the_earlier(
    values: list[float], expected: tuple[Direction, float | None, float | None]
) -> None:
    assert halves(values) == expected


def _figures(*lines: Line) -> dict[str, float | None]:
    return session_reading(coded(*lines)).figures


def test_session_figures_are_worked_out_from_the_coded_lines() -> None:
    assert _figures(*SESSION) == {
        "disclosure_pct": 20.0,  # 1 of 5
        "reflecting_minus_reporting": 0.0,  # 40% - 40%
        "reflecting_pct": 40.0,
        "reporting_pct": 40.0,
        "client_share_words": 58.0,  # 29 of 50
        "brief_replies_pct": 20.0,  # 1 of 5 replies to open questions
        "silences_let_stand": None,  # no end times
        "pct_change_talk": None,  # the client's lines all neutral: neither talk
        "pct_open_questions": None,  # 5 questions: too few to follow
        "pct_complex_reflections": None,  # no reflections
    }
    few = _figures(*SESSION[:8])  # four client turns: no figures of their codes
    assert few["disclosure_pct"] is None
    assert few["brief_replies_pct"] is None
    # A share of the words is a count, and needs only words: client 6 + 8 + 4 + 9 = 27,
    # coach 4 + 5 + 4 + 4 = 17; 27 of 44.
    assert few["client_share_words"] == 61.4
    # Five client turns but two replies to open questions: no brief-reply share.
    two = [Line("coach", "Did you?", "closed_question"), a("Yes.")] * 3 + [
        q(),
        a("No."),
        q(),
        a("No."),
    ]
    assert _figures(*two)["brief_replies_pct"] is None


def test_the_shares_of_the_coachs_codes_need_ten_questions_or_reflections() -> None:
    # Ten exchanges: ten questions, 7 open; ten reflections, 4 complex; nine of each fall short.
    def session(n: int) -> list[Line]:
        lines: list[Line] = []
        for i in range(n):
            lines += [
                q() if i < 7 else Line("coach", "Did it help?", "closed_question"),
                a("It did, mostly."),
                Line("coach", "It helped.", "complex_reflection" if i < 4 else "simple_reflection"),
                a("Yes."),
            ]
        return lines

    assert _figures(*session(10))["pct_open_questions"] == 70.0
    assert _figures(*session(10))["pct_complex_reflections"] == 40.0
    nine = session_reading(coded(*session(9)))
    assert nine.figures["pct_open_questions"] is None
    assert nine.unmeasured["pct_open_questions"] == "fewer than 10 questions"
    assert nine.unmeasured["pct_complex_reflections"] == "fewer than 10 reflections"


def test_a_change_in_the_share_of_a_code_must_be_more_than_one_utterance_recoded() -> None:
    # 10 reflections: one recoded moves the share by 10 points, which is not a movement.
    series = {
        s.key: s
        for s in trend([{"pct_complex_reflections": 50.0}, {"pct_complex_reflections": 40.0}])
    }
    assert series["pct_complex_reflections"].direction is Direction.STEADY
    series = {
        s.key: s
        for s in trend([{"pct_complex_reflections": 50.0}, {"pct_complex_reflections": 35.0}])
    }
    assert series["pct_complex_reflections"].direction is Direction.FALLING


def test_change_talk_is_followed_as_a_share_of_change_and_sustain_talk() -> None:
    def talk(code: str) -> Line:
        return Line("client", "Words said.", code)

    lines = [
        x
        for code in ("change", "change", "sustain", "neutral", "change")
        for x in (q(), talk(code))
    ]
    assert _figures(*lines)["pct_change_talk"] == 75.0  # 3 of 3 + 1; neutral is neither


def test_change_talk_is_followed_only_where_the_report_reads_it_as_a_share() -> None:
    # Five client turns, three of them change talk and none sustain: the session's report
    # gives the counts (3 change to 0 sustain), so the trend has no 100% to follow either.
    lines = [
        x
        for code in ("change", "neutral", "change", "neutral", "change")
        for x in (q(), Line("client", "Words said.", code))
    ]
    reading = session_reading(coded(*lines))
    assert reading.figures["pct_change_talk"] is None
    assert reading.unmeasured["pct_change_talk"] == "fewer than 4 change and sustain utterances"
    assert "Change talk 4 change and sustain utterances" in trend_legend()  # the legend says so


def test_each_figure_left_out_says_why() -> None:
    assert session_reading(coded(*SESSION)).unmeasured == {
        "silences_let_stand": "no end times",
        "pct_change_talk": "no change or sustain talk",
        "pct_open_questions": "fewer than 10 questions",
        "pct_complex_reflections": "no reflections",
    }
    few = session_reading(coded(*SESSION[:8])).unmeasured
    assert few["disclosure_pct"] == few["brief_replies_pct"] == "fewer than 5 client turns"
    assert "client_share_words" not in few  # a share of the words needs no client lines
    wordless = session_reading(coded(Line("coach", "—", "other"), a("..."))).unmeasured
    assert wordless["client_share_words"] == "no words"
    two = [Line("coach", "Did you?", "closed_question"), a("Yes.")] * 3 + [q(), a("No.")] * 2
    assert session_reading(coded(*two)).unmeasured["brief_replies_pct"] == (
        "fewer than 5 replies to open questions"
    )
    spanish = session_reading(_spanish_client()).unmeasured
    assert spanish["reporting_pct"].startswith("the client's lines do not seem to be in English")
    assert "client_share_words" not in spanish  # counting words needs no language


def test_a_trend_that_cant_tell_says_why() -> None:
    sessions = [session_reading(coded(*SESSION)), session_reading(coded(*SESSION[:8]))]
    series = {
        s.key: s for s in trend([r.figures for r in sessions], [r.unmeasured for r in sessions])
    }
    silences = series["silences_let_stand"]
    assert silences.unmeasured == ("no end times", "no end times")
    assert trend_reading(silences) == "can't tell: no session has the figure (no end times)"
    disclosure = series["disclosure_pct"]
    assert disclosure.unmeasured == (None, "fewer than 5 client turns")
    assert trend_reading(disclosure) == (
        "can't tell yet: a trend needs two sessions with the figure, and one has it "
        "(the others: fewer than 5 client turns)"
    )


def test_trend_reads_each_figure_against_its_marker() -> None:
    closed = [q(), a("Fine.")] * 5
    opened = [q(), a("I was hurt.", "d"), q(), a("Scared, really.", "d")] * 3
    series = {s.key: s for s in trend([_figures(*closed), _figures(*opened)])}
    assert series["disclosure_pct"].values == (0.0, 100.0)
    assert series["disclosure_pct"].direction is Direction.RISING
    assert series["disclosure_pct"].reading is Reading.SEEN  # openness rising
    # Client words: 5 of 25 in the first (the coach's 5 x 4); 15 of 39 in the second.
    assert series["client_share_words"].values == (20.0, 38.5)
    assert series["client_share_words"].reading is Reading.NOT_SEEN  # engagement not falling
    # Neither session has a turn that reflects or reports: each can't tell, so no trend.
    assert series["reflecting_minus_reporting"].values == (None, None)
    assert series["reflecting_minus_reporting"].reading is None
    assert series["reporting_pct"].reading is None  # a figure without a marker


@pytest.mark.parametrize(("r", "p"), [(r, p) for r in range(7) for p in range(7 - r)])
def test_a_session_that_cant_tell_a_marker_gives_its_trend_no_figure_for_it(r: int, p: int) -> None:
    reading = session_reading(coded(*_reflecting_reporting_session(r, p)))
    said = {s.marker: s.reading for s in reading.signals}
    for figure in FIGURES:
        if said.get(figure.marker) is Reading.UNKNOWN:  # type: ignore[arg-type]
            assert reading.figures[figure.key] is None, (figure.key, r, p)
            assert reading.unmeasured[figure.key]


def test_a_shut_down_session_is_no_reading_of_reflection_over_reporting_in_the_trend() -> None:
    # The third session: six client turns, none reflecting or reporting. Its own report
    # can't tell; the trend must not read its 0 - 0 as +0 pts, a rise on the -33 before it.
    sessions = [
        session_reading(coded(*_reflecting_reporting_session(2, 2))),  # 33% - 33% = 0
        session_reading(coded(*_reflecting_reporting_session(1, 3))),  # 17% - 50% = -33
        session_reading(coded(*_reflecting_reporting_session(0, 0))),
    ]
    third = sessions[2]
    assert third.unmeasured["reflecting_minus_reporting"] == (
        "can't tell: fewer than 4 turns that reflect or report and fewer than 3 that reflect"
    )
    assert third.figures["reflecting_pct"] == third.figures["reporting_pct"] == 0.0
    series = {
        s.key: s for s in trend([r.figures for r in sessions], [r.unmeasured for r in sessions])
    }
    refl = series["reflecting_minus_reporting"]
    assert refl.values == (0.0, -33.3, None)
    assert (refl.direction, refl.reading) == (Direction.FALLING, Reading.NOT_SEEN)
    said = trend_reading(refl)
    assert "rising" not in said and "latest session" not in said  # two sessions have it
    assert said.endswith(
        "left out: 1 session without the figure (can't tell: fewer than 4 turns that reflect "
        "or report and fewer than 3 that reflect))"
    )
    assert (
        "Client reflecting vs reporting 4 turns that reflect or report or else 3 that reflect"
        in (trend_legend())
    )
    # Two sessions that can't tell are no trend at all.
    two = [sessions[2], sessions[2]]
    none = {s.key: s for s in trend([r.figures for r in two], [r.unmeasured for r in two])}
    assert none["reflecting_minus_reporting"].reading is None
    assert trend_reading(none["reflecting_minus_reporting"]).startswith(
        "can't tell: no session has the figure (can't tell: fewer than 4 turns"
    )


def test_a_short_session_still_counts_in_the_trend_of_the_client_share_of_words() -> None:
    # The second session has two client turns, too few for the figures of their
    # codes, but its words count: 2 of 10 (the coach's 2 x 4) = 20%, down from 58%.
    short = [q(), a("Fine."), q(), a("Busy.")]
    readings = [session_reading(coded(*SESSION)), session_reading(coded(*short))]
    series = {
        s.key: s for s in trend([r.figures for r in readings], [r.unmeasured for r in readings])
    }
    words = series["client_share_words"]
    assert (words.values, words.direction) == ((58.0, 20.0), Direction.FALLING)
    assert words.reading is Reading.SEEN  # engagement falling
    assert series["disclosure_pct"].values == (20.0, None)


def test_a_turn_in_the_latest_session_is_kept_beside_the_reading() -> None:
    # Client share of the words 10%, 80%, 10%: the halves are steady, the latest falls.
    values = [{"client_share_words": v} for v in (10.0, 80.0, 10.0)]
    series = {s.key: s for s in trend(values)}["client_share_words"]
    assert (series.direction, series.earlier, series.later) == (Direction.STEADY, 10.0, 10.0)
    assert (series.latest, series.before) == (Direction.FALLING, 45.0)
    # "Over time" is the halves: one session does not make the marker.
    assert series.reading is Reading.NOT_SEEN


def test_one_session_is_too_few_for_a_trend() -> None:
    series = trend([_figures(*SESSION)])
    assert {s.direction for s in series} == {Direction.TOO_FEW}
    assert {s.reading for s in series} == {None}


def test_a_figure_missing_in_some_sessions_is_followed_where_it_exists() -> None:
    no_reflections = {"pct_complex_reflections": None}
    series = {s.key: s for s in trend([no_reflections, {"pct_complex_reflections": 50.0}])}
    assert series["pct_complex_reflections"].values == (None, 50.0)
    assert series["pct_complex_reflections"].direction is Direction.TOO_FEW


def test_a_back_channel_is_not_a_reply() -> None:
    # The client's "Mm-hmm." starts while the coach is still asking: not a reply, so the
    # five real replies (16 words each) are all there is, none brief.
    long = "I think the real trouble is that I never say what I need until it is too late."
    lines = []
    for k in range(5):
        t = 20.0 * k
        lines += [
            q("What stands out for you when you look back on that week?", start=t, end=t + 6),
            a("Mm-hmm.", start=t + 3, end=t + 3.5),
            q("And what else?", start=t + 6.5, end=t + 8),
            a(long, "f", start=t + 8.5, end=t + 15),
        ]
    got = signals(coded(*lines))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.summary.startswith("0 of 5 replies to an open question")
    # Nor is it a client turn: the five answers reflect, 5 of 5 turns, not 5 of 10.
    surface = signals(coded(*lines))[Marker.SURFACE_LEVEL_CONVERSATION]
    assert surface.summary.startswith("5 of 5 client turns (100.0%) reflect or disclose")


def test_a_back_channel_does_not_hide_a_silence_the_coach_filled() -> None:
    # The coach speaks 0-10 s, the client's "Mm-hmm." at 5-5.5 s is inside it, and the
    # coach speaks again at 14 s: the coach filled their own silence.
    timed = coded(
        q("What matters most to you in this, and why now?", start=0.0, end=10.0),
        a("Mm-hmm.", start=5.0, end=5.5),
        q("Or what else?", start=14.0, end=15.0),
        a("Fear, I think.", "d", start=15.5, end=17.0),
    )
    got = signals(timed)[Marker.COMFORTABLE_SILENCES]
    assert got.summary.startswith("1 silence of 3 s or more, ended by the coach: 0 with the client")
    assert got.summary.endswith(
        ", 1 the coach filled after their own words (the sign: 2 or more "
        "with the client saying more, and more of those than of the others)"
    )
    assert (got.reading, got.evidence) == (Reading.NOT_SEEN, ())


def test_no_words_at_all_is_unknown_not_zero() -> None:
    silent = coded(*[q("…"), a("—")] * 5)
    got = signals(silent)[Marker.COACH_WORKING_HARDER]
    assert (got.reading, got.summary) == (Reading.UNKNOWN, "no words to count")


def test_a_coach_share_just_over_half_is_shown_with_its_decimal() -> None:
    # Coach 11 + 4 x 10 = 51 words, client 5 x 10 = 50: 51 of 101 is 50.5%.
    lines = [q("one two three four five six seven eight nine ten"), a("a b c d e f g h i j")] * 5
    lines[0] = q("one two three four five six seven eight nine ten eleven")
    got = signals(coded(*lines))[Marker.COACH_WORKING_HARDER]
    assert got.summary.startswith("the coach speaks 50.5% of the words")
    assert got.reading is Reading.SEEN


def test_one_pause_is_not_yet_comfortable_silences() -> None:
    timed = coded(
        q(start=0.0, end=2.0),
        a("I think it's fear.", "f", start=6.0, end=8.0),  # 4 s let stand
        q(start=8.5, end=10.0),
        a("Yes.", start=10.5, end=11.0),
    )
    got = signals(timed)[Marker.COMFORTABLE_SILENCES]
    assert got.summary.startswith(
        "1 silence of 3 s or more, ended by the client: 1 with the client"
    )
    assert got.reading is Reading.NOT_SEEN


# A client withdrawing: a silence after "Dunno." that the coach ends, and one after a
# question that ends in "Yes.", come with brief replies; only the silence the client ends
# with a full sentence is comfortable.
WITHDRAWING = [
    q("What got in the way?", start=0.0, end=2.0),
    a("Dunno.", start=2.5, end=3.0),
    q("Okay. What else is going on?", start=7.0, end=9.0),  # 4 s after "Dunno."
    a("Yes.", start=13.0, end=13.5),  # 4 s after a question
    q("What does that bring up?", start=14.0, end=16.0),
    a("I keep thinking it was my fault, and I can't put it down.", start=21.0, end=25.0),
]


def test_silences_that_come_with_a_word_or_two_are_not_comfortable() -> None:
    reading = session_reading(coded(*WITHDRAWING))
    got = {s.marker: s for s in reading.signals}[Marker.COMFORTABLE_SILENCES]
    assert got.summary == (
        "3 silences of 3 s or more, 2 ended by the client, 1 by the coach: 1 with the client "
        "saying more around it, 2 with only a brief reply (3 words or fewer, or \"I don't "
        'know" and the like with at most 2 words besides), 0 the coach filled after their '
        "own words (the sign: "
        "2 or more with the client saying more, and more of those than of the others)"
    )
    assert (got.reading, got.evidence) == (Reading.NOT_SEEN, (5,))
    assert reading.figures["silences_let_stand"] == 1.0  # the trend follows the same count


def test_comfortable_silences_must_be_more_than_half_of_all_the_silences() -> None:
    more = [
        q("And what is that like?", start=25.5, end=27.0),
        a("Heavy. Like I've been carrying it since the spring.", start=31.0, end=34.0),
    ]
    even = signals(coded(*WITHDRAWING, *more))[Marker.COMFORTABLE_SILENCES]
    assert even.reading is Reading.NOT_SEEN  # 2 comfortable, 2 with a brief reply
    assert even.summary.startswith(
        "4 silences of 3 s or more, 3 ended by the client, 1 by the coach: 2 with the client"
    )
    one_more = [
        q("What would help you carry it?", start=34.5, end=36.0),
        a("Talking to her, probably, though I keep putting it off.", start=40.0, end=43.0),
    ]
    got = signals(coded(*WITHDRAWING, *more, *one_more))[Marker.COMFORTABLE_SILENCES]
    assert (got.reading, got.evidence) == (Reading.SEEN, (5, 7, 9))


def test_a_silence_is_read_by_the_words_that_end_it_or_else_by_those_it_follows() -> None:
    timed = coded(
        q(start=0.0, end=2.0),
        a("They get moved wherever and leave by summer.", start=2.5, end=5.0),
        # 6 s, and the client goes on: comfortable
        a("Which is exactly what I'm trying to stop.", "f", start=11.0, end=13.0),
        # 4 s, and the coach ends it: read by the client's turn before it, comfortable
        q("That matters to you.", start=17.0, end=18.0),
        a("Dunno.", start=18.5, end=19.0),
        # 5 s after "Dunno.", and the client goes on at length: comfortable
        a("Maybe I'm scared of what they'd say if I asked.", start=24.0, end=27.0),
        q(start=27.5, end=29.0),
        a("It went badly, really badly, all of it.", start=29.5, end=32.0),
        a("Yeah.", start=36.0, end=36.5),  # 4 s, then only "Yeah.": a brief reply
    )
    got = signals(timed)[Marker.COMFORTABLE_SILENCES]
    assert got.summary.startswith(
        "4 silences of 3 s or more, 3 ended by the client, 1 by the coach: 3 with the client "
        "saying more around it, 1 with only a brief reply"
    )
    assert (got.reading, got.evidence) == (Reading.SEEN, (2, 3, 5))


def test_a_brief_reply_beside_a_silence_is_read_from_its_words_not_its_codes() -> None:
    timed = coded(
        q(start=0.0, end=2.0),
        a("Honestly? Dunno.", "d", start=6.0, end=7.0),  # two words, whatever its flags
        q(start=11.0, end=12.0),  # the coach ends the silence after "Honestly? Dunno."
        a("I don't know, really.", "f", start=16.0, end=17.0),  # only "I don't know"
    )
    got = signals(timed)[Marker.COMFORTABLE_SILENCES]
    assert got.summary.startswith(
        "3 silences of 3 s or more, 2 ended by the client, 1 by the coach: 0 with the client "
        "saying more around it, 3 with only a brief reply"
    )
    assert (got.reading, got.evidence) == (Reading.NOT_SEEN, ())


def test_a_reply_that_only_says_i_dont_know_is_brief_however_long() -> None:
    lines = [
        *SESSION,
        q(), a("I don't know. Whatever you think."),
        q(), a("Um, I don't really know, honestly."),
        q(), a("I don't know what I want, but I know what I fear.", "d"),  # says something
    ]  # fmt: skip
    got = signals(coded(*lines))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.summary.startswith("3 of 8 replies to an open question (37.5%)")
    assert got.evidence == (9, 11, 13)
    assert got.reading is Reading.SEEN


def test_a_dont_know_with_a_word_or_two_is_brief_but_not_one_that_goes_on() -> None:
    lines = [
        *SESSION,
        q(), a("I don't know. Busy."),  # a don't-know and a one-word answer
        q(), a("Not sure. Work, mostly."),  # and a two-word one
        q(), a("I don't know. Busy with work, I suppose."),  # goes on: says something
        q(), a("I don't know. I think it's about being scared of failing."),  # goes on
        q(), a("Busy. Work. Kids. You know."),  # no don't-know: four words, not brief
    ]  # fmt: skip
    got = signals(coded(*lines))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.evidence == (9, 11, 13)  # "Not sure." (SESSION's), then the two new ones
    assert got.summary.startswith("3 of 10 replies to an open question (30.0%)")


def test_a_non_answer_with_a_curly_apostrophe_or_dunno_is_brief() -> None:
    lines = [
        *SESSION,
        q(), a("I don\u2019t know. Whatever you think."),
        q(), a("I dunno, honestly, it is hard."),  # says something after: not only that
        q(), a("I dunno. I really don't know."),
    ]  # fmt: skip
    got = signals(coded(*lines))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.evidence == (9, 11, 15)


def test_silences_let_stand_are_followed_as_a_count_moving_by_two() -> None:
    timed = coded(
        q(start=0.0, end=2.0),
        a("I think it's fear.", "f", start=6.0, end=8.0),  # let stand
        q(start=11.5, end=13.0),  # let stand: the client stopped last
        q("Or else?", start=16.5, end=17.0),  # filled: the coach again
        a("Yes.", start=17.5, end=18.0),
    )
    assert session_reading(timed).figures["silences_let_stand"] == 2.0
    rising = {s.key: s for s in trend([{"silences_let_stand": v} for v in (0.0, 2.0)])}
    assert (rising["silences_let_stand"].direction, rising["silences_let_stand"].reading) == (
        Direction.RISING, Reading.SEEN
    )  # fmt: skip
    steady = {s.key: s for s in trend([{"silences_let_stand": v} for v in (1.0, 2.0)])}
    assert steady["silences_let_stand"].direction is Direction.STEADY


def _spanish_client() -> list[CodedUtterance]:
    # The coach asks in English; the client answers in Spanish, with codes and flags a
    # model made for English would give.
    answers = [
        "No lo sé muy bien, el trabajo es mucho ahora y duermo mal por las noches.",
        "Que nunca puedo desconectar, incluso el fin de semana pienso en los proyectos.",
        "Sería bonito, pero me sentiría culpable con mi equipo y con mi jefa también.",
        "Siempre pienso que alguien va a necesitar algo de mí cuando no estoy allí.",
        "Tal vez si hablo con ella antes del viernes podría tomar la tarde libre.",
    ]
    lines = []
    for answer in answers:
        lines += [Line("coach", "What is that like for you?", "open_question"),
                  Line("client", answer, "neutral", "p")]  # fmt: skip
    return coded(*lines)


def test_signals_that_rest_on_words_in_another_language_cant_tell() -> None:
    read = {s.marker: s for s in session_reading(_spanish_client()).signals}

    for marker in (
        Marker.REFLECTION_OVER_REPORTING,
        Marker.SURFACE_LEVEL_CONVERSATION,
        Marker.RELUCTANCE_TO_EXPLORE,
    ):
        assert read[marker].reading is Reading.UNKNOWN, marker
        assert read[marker].summary.startswith(
            "the client's lines do not seem to be in English (only "
        )
    # Who speaks more needs no language: the coach says 30 words to the client's
    # 16 + 13 + 14 + 14 + 14 = 71.
    assert read[Marker.COACH_WORKING_HARDER].reading is Reading.NOT_SEEN


def test_figures_that_rest_on_words_in_another_language_are_left_out() -> None:
    figures = session_reading(_spanish_client()).figures

    assert figures["reporting_pct"] is None  # five reporting flags, read from Spanish
    assert figures["disclosure_pct"] is None
    assert figures["brief_replies_pct"] is None
    assert figures["pct_open_questions"] is None  # the coach's English questions: too few
    assert figures["client_share_words"] == 70.3  # 71 of 101 words


def test_a_trend_reading_names_the_sessions_it_leaves_out() -> None:
    sessions = [session_reading(coded(*SESSION)) for _ in range(2)]
    sessions.insert(1, session_reading(coded(*SESSION[:8])))  # four client lines
    series = {
        s.key: s for s in trend([r.figures for r in sessions], [r.unmeasured for r in sessions])
    }
    assert trend_reading(series["disclosure_pct"]) == (
        "no change over time (client turns that disclose: earlier session 20%, later session "
        "20%, steady; left out: 1 session without the figure (fewer than 5 client turns))"
    )


# Five silences of 3 s or more, each with more than a brief reply around it, none the
# coach filled: seen. In time order they fall before 1 (a reply to small talk), 3 (the
# client's disclosure after an open question, 4 s), 5 ("Yeah. Yeah, it was." after a
# reflection), 7 (a reply to an open question, 5 s) and 8 (the client going on to
# reflect, 4 s). The evidence starts with the silences after which the client goes on
# reflecting or disclosing (3, then 8: as long, later), then the one after a question
# (7); small talk and a "Yeah, it was." come last, and are not shown.
CONTEMPLATIVE = [
    Line("coach", "Morning, thanks for making the time.", "other", start=0.0, end=2.0),
    a("Yeah, no worries, had to move a site visit.", start=5.5, end=8.0),
    q("What would have to be true for you to give yourself permission?", start=8.5, end=11.0),
    a("I'd need to know we'd be okay for a year, financially.", "d", start=15.0, end=18.0),
    Line("coach", "That's a lot to hold.", "simple_reflection", start=18.5, end=20.0),
    a("Yeah. Yeah, it was.", start=24.0, end=26.0),
    q("What do you want to leave with today?", start=26.5, end=28.0),
    a("The numbers, this weekend, with Arjun.", start=33.0, end=35.0),
    a("I think I've been numb for two years, honestly.", "f", start=39.0, end=41.0),
]


def test_the_silences_shown_are_those_the_client_fills_with_reflection_first() -> None:
    got = signals(coded(*CONTEMPLATIVE))[Marker.COMFORTABLE_SILENCES]
    assert got.summary.startswith(
        "5 silences of 3 s or more, 5 ended by the client: 5 with the client saying more "
        "around it, 0 with only a brief reply"
    )
    assert (got.reading, got.evidence) == (Reading.SEEN, (3, 8, 7))


def test_a_silence_the_coach_ends_after_the_client_reflected_comes_before_small_talk() -> None:
    # Before 1: 3.5 s, then small talk. Before 4: 4 s after the client's reflecting and
    # disclosing turn, ended by the coach. Both comfortable; 4 is shown first.
    timed = coded(
        Line("coach", "Thanks for coming in.", "other", start=0.0, end=2.0),
        a("No problem at all, the traffic was fine.", start=5.5, end=8.0),
        q("What's been on your mind?", start=8.5, end=10.0),
        a("I keep thinking I let her down.", "fd", start=10.5, end=13.0),
        Line("coach", "You let her down.", "simple_reflection", start=17.0, end=18.0),
        a("Yes.", start=18.5, end=19.0),
    )
    got = signals(timed)[Marker.COMFORTABLE_SILENCES]
    assert (got.reading, got.evidence) == (Reading.SEEN, (4, 1))


def closed(text: str = "Do you think you'd miss it?") -> Line:
    return Line("coach", text, "closed_question")


FULL = "I think I'm scared he'll say it's all spreadsheets and meetings."


def test_three_open_questions_are_too_few_to_read_reluctance() -> None:
    # Three open questions, each met with a full reply (11 words), and six closed ones
    # met with flat answers: the old rule read "0 of 3 replies brief", not seen.
    flat = ["Yes. Definitely.", "Yeah. Partly.", "I guess. Maybe.", "Um, OK. Sure."]
    lines = [q(), a(FULL)] * 3
    for k in range(6):
        lines += [closed(), a(flat[k % 4])]
    got = signals(coded(*lines))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.reading is Reading.UNKNOWN
    assert got.summary == (
        "too few open questions to read it (3 replies to an open question, at least 5 "
        "needed); apart from these, 6 of 6 replies to a closed question were brief (not "
        "counted: a closed question asks for a short answer)"
    )
    assert got.evidence == ()


def test_brief_replies_to_closed_questions_are_shown_but_never_counted() -> None:
    # Five open questions, full replies; four closed ones, two met briefly ("Yes." and
    # "No idea."), one with a full reply, one with a brief line that discloses (not
    # brief). A turn asking both an open and a closed question counts as open.
    lines = [q(), a(FULL)] * 4 + [closed(), q(), a(FULL)]
    lines += [closed(), a("Yes."), closed(), a("No idea."), closed(), a(FULL)]
    lines += [closed(), a("Terrified, honestly.", "d")]
    got = signals(coded(*lines))[Marker.RELUCTANCE_TO_EXPLORE]
    assert got.reading is Reading.NOT_SEEN
    assert got.summary.startswith("0 of 5 replies to an open question (0.0%) were brief")
    assert got.summary.endswith(
        "; apart from these, 2 of 4 replies to a closed question were brief (not counted: "
        "a closed question asks for a short answer)"
    )
    # Without closed questions nothing is said of them.
    only_open = signals(coded(*[q(), a(FULL)] * 5))[Marker.RELUCTANCE_TO_EXPLORE]
    assert "closed question" not in only_open.summary


# 23 words of contracting, in the turn of the first question.
CONTRACTING = Line(
    "coach",
    "Before we start, let me say how we work: this is confidential, we have an hour, "
    "and you choose what we talk about.",
    "structuring",
)


def test_structuring_words_are_left_out_of_the_coach_working_harder() -> None:
    # Coach: 23 structuring words + 5 questions of 4 words = 43; client: 5 x 4 = 20.
    # With the contracting the coach speaks 43 of 63 words (68.3%); without it 20 of 40
    # (50.0%), not more than half: not seen.
    lines = [CONTRACTING, *[q(), a("It went quite well.")] * 5]
    got = signals(coded(*lines))[Marker.COACH_WORKING_HARDER]
    assert got.reading is Reading.NOT_SEEN
    assert got.summary == (
        "the coach speaks 50.0% of the words, leaving out the 23 words that structure the "
        "session (contracting, agenda, time; 68.3% with them) (the sign: more than 50%); "
        "the longest coach turn, leaving out the structuring, is 4 words"
    )  # the first turn is 27 words with its contracting, 4 without
    # The same words coded as other (a story, an explanation) count: seen.
    story = Line("coach", CONTRACTING.text, "other")
    got = signals(coded(story, *lines[1:]))[Marker.COACH_WORKING_HARDER]
    assert got.reading is Reading.SEEN
    assert got.summary.startswith("the coach speaks 68.3% of the words (the sign: more")
    assert "structure" not in got.summary


def test_the_longest_coach_turn_named_is_one_whose_words_count() -> None:
    # The longest coach turn (index 0, 23 words) is all contracting, left out of the
    # share: the turn named, and shown when seen, is the 12-word one at index 8.
    # Coach: 4 x 4 + 12 = 28 counted words; client: 1 + 3 x 3 + 2 + 1 = 13: seen.
    explains = Line("coach", "The thing is, most people find that the first week is hard.", "other")
    lines = [CONTRACTING, a("Fine."), *[q(), a("It went well.")] * 3]
    lines += [explains, a("Yes, okay."), q(), a("Good.")]
    got = signals(coded(*lines))[Marker.COACH_WORKING_HARDER]
    assert got.reading is Reading.SEEN
    assert got.summary.endswith("the longest coach turn, leaving out the structuring, is 12 words")
    assert got.evidence == (8,)
    # Without the contracting nothing is said of structuring, and the same turn is named.
    plain = signals(coded(*lines[2:]))[Marker.COACH_WORKING_HARDER]
    assert plain.summary.endswith("; the longest coach turn is 12 words")
    assert plain.evidence == (6,)


def test_a_turn_that_mixes_structuring_is_shown_at_its_words_that_count() -> None:
    # The first coach turn opens with contracting (index 0) and asks at index 1: when
    # it is the longest counted turn, the line shown is the question, not the contracting.
    long_q = Line(
        "coach",
        "So what would you most like to get out of our time together today?",
        "open_question",
    )
    lines = [CONTRACTING, long_q, a("Fine."), *[q(), a("Good.")] * 4]
    got = signals(coded(*lines))[Marker.COACH_WORKING_HARDER]
    assert got.reading is Reading.SEEN
    assert got.evidence == (1,)


@pytest.mark.parametrize(
    ("roles", "said"),
    [
        ([], ""),
        (["coach"], "ended by the coach"),
        (["client"], "ended by the client"),
        (["client", "coach", "client"], "2 ended by the client, 1 by the coach"),
        (["coach", "client", "coach"], "2 ended by the coach, 1 by the client"),
        (["coach", "client"], "1 ended by the client, 1 by the coach"),  # a tie: client first
        (["client", "client"], "2 ended by the client"),
        (["client", "other", None], "1 ended by the client, 2 by another speaker"),
    ],
)
def test_who_ended_the_silences_is_said_side_by_side(roles: list[str | None], said: str) -> None:
    assert ended_by(roles) == said


def test_a_silence_around_another_speakers_words_is_no_moment_of_the_clients() -> None:
    # A three-way meeting: the manager ends one silence (joining late), and the coach ends
    # one after the manager's words; the client ends two after the coach's questions.
    manager = "other"
    said = (
        q(start=0.0, end=2.0),
        Line(manager, "Hi both, sorry I'm late, my call ran over.", "neutral", start=8.0, end=11.0),
        q(start=11.5, end=13.0),
        a("I'd like to move towards the product side next year.", "f", start=17.0, end=20.0),
        Line(manager, "That's good to hear, honestly.", "neutral", start=20.5, end=22.0),
        q(start=26.0, end=27.0),
        a("I think it's fear of getting it wrong in front of people.", "f", start=31.0, end=33.0),
    )
    got = signals(coded(*said))[Marker.COMFORTABLE_SILENCES]
    assert got.summary == (
        "4 silences of 3 s or more, 2 ended by the client, 1 by the coach, 1 by another speaker: "
        "2 with the client saying more around it, 0 with only a brief reply (3 words or fewer, "
        'or "I don\'t know" and the like with at most 2 words besides), 0 the coach filled '
        "after their own words, 2 around "
        "another speaker's words (the sign: 2 or more with the client saying more, and more "
        "of those than of the brief replies and the filled together)"
    )
    # Seen with as many silences around the manager's words as comfortable ones: the
    # summary names what the sign weighs against, not "the others", which would hold them.
    assert (got.reading, got.evidence) == (Reading.SEEN, (3, 6))
    # Without the first question and its answer, three of the four silences are around the
    # manager's words: one is the client's, too few to show.
    got = signals(coded(*said[:2], *said[4:]))[Marker.COMFORTABLE_SILENCES]
    assert got.reading is Reading.NOT_SEEN
    assert ": 1 with the client saying more around it" in got.summary


BACK_CHANNELLED = "I think the real trouble is that I never say what I need until it is too late."


def _answers_with_a_word_from_the_coach(word: str, start: float, end: float) -> list[Line]:
    """Five open questions, each answered "Good question." (5.5-7 s into the exchange),
    then ``word`` from the coach at ``start``-``end``, then the client's 18 words on."""
    lines = []
    for k in range(5):
        t = 20.0 * k
        lines += [
            q("What stands out for you when you look back on that week?", start=t, end=t + 5),
            a("Good question.", start=t + 5.5, end=t + 7),
            Line("coach", word, "other", start=t + start, end=t + end),
            a(BACK_CHANNELLED, "f", start=t + 7.2, end=t + 14),
        ]
    return lines


def test_a_coachs_back_channel_inside_an_answer_does_not_cut_the_reply() -> None:
    # The coach's "Mm-hmm." starts at 6.5 s, while the client's "Good question." (5.5-7 s)
    # is still being said, and the client goes on: a listener's nod, not a turn. The
    # reply is the whole answer, 2 + 18 words, not brief: 0 of 5 replies brief, not 5 of
    # 5. And each answer is one client turn that reflects: 5 of 5, not 5 of 10.
    got = signals(coded(*_answers_with_a_word_from_the_coach("Mm-hmm.", 6.5, 7.0)))
    reluctance = got[Marker.RELUCTANCE_TO_EXPLORE]
    assert reluctance.summary.startswith("0 of 5 replies to an open question (0.0%) were brief")
    assert reluctance.reading is Reading.NOT_SEEN
    surface = got[Marker.SURFACE_LEVEL_CONVERSATION]
    assert surface.summary.startswith("5 of 5 client turns (100.0%) reflect or disclose")


def test_a_coachs_word_after_the_client_stopped_is_a_turn_of_its_own() -> None:
    # The coach's "Mm-hmm." starts at 7.1 s, after "Good question." ended (7 s): the
    # client had stopped, and the coach took a turn, however short. The replies are the
    # two words each: 5 of 5 brief, the sign; 5 of 10 client turns reflect.
    got = signals(coded(*_answers_with_a_word_from_the_coach("Mm-hmm.", 7.1, 7.15)))
    reluctance = got[Marker.RELUCTANCE_TO_EXPLORE]
    assert reluctance.summary.startswith("5 of 5 replies to an open question (100.0%) were brief")
    assert reluctance.reading is Reading.SEEN
    surface = got[Marker.SURFACE_LEVEL_CONVERSATION]
    assert surface.summary.startswith("5 of 10 client turns (50.0%) reflect or disclose")


def test_a_coachs_short_question_inside_an_answer_is_a_turn_of_its_own() -> None:
    # "Meaning what?" starts inside "Good question." but asks something: the client's
    # words after it answer it, so the reply to the open question is the two words.
    got = signals(coded(*_answers_with_a_word_from_the_coach("Meaning what?", 6.5, 7.0)))
    reluctance = got[Marker.RELUCTANCE_TO_EXPLORE]
    assert reluctance.summary.startswith("5 of 5 replies to an open question (100.0%) were brief")
    surface = got[Marker.SURFACE_LEVEL_CONVERSATION]
    assert surface.summary.startswith("5 of 10 client turns (50.0%) reflect or disclose")


def test_a_coachs_back_channel_does_not_cut_the_words_that_end_a_silence() -> None:
    # Twice (from 0 and 14.5 s): the coach asks (0-5 s), 4 s of silence, the client's
    # "Hmm. Yeah." (9-10.5 s), the coach's "Mm-hmm." inside it (10-10.4 s), and the
    # client goes on with 11 words.
    # The words that end each silence are the client's whole answer, 13 words: two
    # comfortable silences, not two with a brief reply.
    lines = []
    for t in (0.0, 14.5):
        lines += [
            q("What do you make of that?", start=t, end=t + 5),
            a("Hmm. Yeah.", start=t + 9, end=t + 10.5),
            Line("coach", "Mm-hmm.", "other", start=t + 10, end=t + 10.4),
            a("I think it's because I'm scared of letting them down.", "fd",
              start=t + 10.6, end=t + 14),
        ]  # fmt: skip
    got = signals(coded(*lines))[Marker.COMFORTABLE_SILENCES]
    assert got.summary.startswith(
        "2 silences of 3 s or more, 2 ended by the client: 2 with the client saying more"
    )
    assert got.reading is Reading.SEEN
