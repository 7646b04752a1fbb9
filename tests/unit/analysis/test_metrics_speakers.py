"""Talk by speaker: who in a group spoke how much, beside the shares by role."""

from __future__ import annotations

from coachconn.analysis.metrics import SpeakerTalk, compute_metrics
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.report import speaker_columns, speaker_rows, speaker_table_lines, to_text
from coachconn.analysis.types import CodedUtterance

# 14 words a sentence, 112 in all.
STORY = " ".join(["It was a long week at work, and the board moved the deadline again."] * 8)

# Worked by hand, at 2 words a second, each line until the next later stamp:
#   00:00 Mara "What does each of you want?"  6 words, 3 s of 4 s: 3.0
#   00:04 Ana STORY                         112 words, 56 s of 30 s: 30.0
#   00:34 Ben "Same."                         1 word, 0.5 s of 2 s: 0.5
#   00:36 Interpreter "He agrees."            2 words, 1 s of 4 s: 1.0 (a third party)
#   00:40 Mara "Mm."                          the last line: no end (1 word of 122)
GROUP = (
    f"[00:00] Mara: What does each of you want?\n[00:04] Ana: {STORY}\n"
    "[00:34] Ben: Same.\n[00:36] Interpreter: He agrees.\n[00:40] Mara: Mm.\n"
).encode()


def _metrics(data: bytes, **kwargs: str):  # type: ignore[no-untyped-def]
    transcript = parse_transcript(data, coach="Mara", **kwargs)
    return compute_metrics([CodedUtterance(u, "other") for u in transcript.utterances])


def test_each_speaker_has_their_words_and_seconds_and_shares_of_the_coach_and_client() -> None:
    m = _metrics(GROUP)
    # Of the coach's and the client's 120 words: Mara 7 (5.8%), Ana 112 (93.3%), Ben 1
    # (0.8%); of their 33.5 s: Mara 3.0 (9.0%), Ana 30.0 (89.6%), Ben 0.5 (1.5%). The
    # interpreter's 2 words and 1 s are given, in no share.
    assert m.talk_by_speaker == [
        SpeakerTalk("Mara", "coach", 7, 5.8, 3.0, 9.0),
        SpeakerTalk("Ana", "client", 112, 93.3, 30.0, 89.6),
        SpeakerTalk("Ben", "client", 1, 0.8, 0.5, 1.5),
        SpeakerTalk("Interpreter", "other", 2, None, 1.0, None),
    ]
    # The pooled figures stay as they are: Ana's and Ben's together.
    assert m.words == {"coach": 7, "client": 113, "other": 2}
    assert m.talk_share_words == {"coach": 5.8, "client": 94.2}
    assert m.talk_seconds == {"coach": 3.0, "client": 30.5, "other": 1.0}
    assert m.to_dict()["talk_by_speaker"][1] == {
        "speaker": "Ana",
        "role": "client",
        "words": 112,
        "share_words": 93.3,
        "seconds": 30.0,
        "share_time": 89.6,
    }


# Mara's last line is 3 words of 12: too many left out for talk time.
UNTIMED = (
    b"[00:00] Mara: How are you both?\n[00:03] Ana: Tired.\n[00:05] Ben: Busy.\n"
    b"[00:07] Mara: Tell me more.\n"
)


def test_without_talk_time_a_speaker_has_words_and_no_seconds() -> None:
    m = _metrics(UNTIMED)
    assert m.talk_seconds is None
    assert m.talk_by_speaker == [
        SpeakerTalk("Mara", "coach", 7, 77.8, None, None),
        SpeakerTalk("Ana", "client", 1, 11.1, None, None),
        SpeakerTalk("Ben", "client", 1, 11.1, None, None),
    ]


def test_the_report_tables_speakers_only_where_one_side_has_more_than_one() -> None:
    assert speaker_table_lines(_metrics(GROUP)) == [
        "  Talk by speaker           by words                      by time",
        "    Mara (coach)            5.8% (7 words)                9.0% (3.0 s)",
        "    Ana (client)            93.3% (112 words)             89.6% (30.0 s)",
        "    Ben (client)            0.8% (1 word)                 1.5% (0.5 s)",
        "    Interpreter (other)     2 words, not in the shares    1.0 s",
    ]
    # The session's client named: one speaker on each side, the table adds nothing.
    assert speaker_table_lines(_metrics(GROUP, known_client="Ana")) == []


def test_the_web_page_gets_the_text_reports_cells_and_column_heads() -> None:
    timed = _metrics(GROUP)
    assert speaker_columns(timed) == ("by words", "by time")
    assert speaker_rows(timed)[1:] == [
        ("Ana (client)", "93.3% (112 words)", "89.6% (30.0 s)"),
        ("Ben (client)", "0.8% (1 word)", "1.5% (0.5 s)"),
        ("Interpreter (other)", "2 words, not in the shares", "1.0 s"),
    ]
    # Without talk time, no column by time, and no empty cell for it.
    untimed = _metrics(UNTIMED)
    assert speaker_columns(untimed) == ("by words",)
    assert speaker_rows(untimed) == [
        ("Mara (coach)", "77.8% (7 words)"),
        ("Ana (client)", "11.1% (1 word)"),
        ("Ben (client)", "11.1% (1 word)"),
    ]
    assert speaker_rows(_metrics(GROUP, known_client="Ana")) == []


def test_what_the_figures_mean_explains_the_table_where_it_is_shown() -> None:
    from tests.unit.analysis.test_analysis_report import OneCodeCoder

    from coachconn.analysis.report import ROW_MEANINGS
    from coachconn.analysis.session import analyze_transcript

    group = to_text(analyze_transcript(GROUP, OneCodeCoder("other"), coach="Mara"))
    legend = group[group.index("What the figures mean") :]
    said = f"  Talk by speaker: {ROW_MEANINGS['Talk by speaker'][:40]}"
    assert said in legend
    # Right after the talk share by time, as the table stands after it.
    assert legend.index("  Talk share (time):") < legend.index(said)
    assert legend.index(said) < legend.index("  Reflection:question:")
    two = GROUP.replace(b"[00:34] Ben: Same.\n", b"").replace(
        b"[00:36] Interpreter: He agrees.\n", b""
    )
    alone = to_text(analyze_transcript(two, OneCodeCoder("other"), coach="Mara"))
    assert "Talk by speaker" not in alone
