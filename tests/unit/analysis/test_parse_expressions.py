"""Laughter, tears and sighs a transcriber marks ("[laughs]", "[both laugh]", "(crying)",
"[sighs]"): not speech, so the words and their cutting into utterances stay as they
were, but kept on the utterance where they fell, shown in the transcript and counted,
since they tell a coach how the client is. Every case is worked out by hand."""

from __future__ import annotations

import json

import pytest

from coachconn.analysis.formats import EXPRESSION_WITHOUT_WORDS
from coachconn.analysis.metrics import compute_metrics
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.report import from_json, said_text, to_json, to_text
from coachconn.analysis.session import analyze_transcript
from coachconn.analysis.types import CodedUtterance, Expression, Transcript, Utterance
from coachconn.core.errors import InvalidInput


def _said(data: bytes) -> list[tuple[str, str, tuple[Expression, ...]]]:
    transcript = parse_transcript(data, coach="Ana")
    return [(u.speaker, u.text, u.expressions) for u in transcript.utterances]


def test_a_laugh_inside_the_words_is_kept_just_after_the_words_it_follows() -> None:
    # "It was long" is 11 characters: the laugh follows "long".
    data = b"Ana: How was the week?\nBen: It was long [laughs] really long.\n"
    assert _said(data)[1] == ("Ben", "It was long really long.", (Expression(11, "laughter"),))


def test_a_laugh_after_a_sentence_stays_with_that_sentence() -> None:
    # The question after the laugh is an utterance of its own; the laugh follows "Tired."
    data = b"Ana: How are you arriving?\nBen: Tired. [laughs] Is that allowed as an answer?\n"
    assert _said(data)[1:] == [
        ("Ben", "Tired.", (Expression(6, "laughter"),)),
        ("Ben", "Is that allowed as an answer?", ()),
    ]


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("[laughs]", "laughter"),
        ("(chuckles)", "laughter"),
        ("[laughter]", "laughter"),
        ("[both laugh]", "shared_laughter"),
        ("(everyone laughs)", "shared_laughter"),
        ("[crying]", "tears"),
        ("(in tears)", "tears"),
        ("[sobbing]", "tears"),
        ("[tearful]", "tears"),
        ("[sighs]", "sigh"),
        ("(sighs deeply)", "sigh"),
    ],
)
def test_each_kind_of_note_is_read_as_its_kind(note: str, kind: str) -> None:
    data = f"Ana: How was it?\nBen: {note} It was hard.\n".encode()
    assert _said(data)[1] == ("Ben", "It was hard.", (Expression(0, kind),))


@pytest.mark.parametrize("note", ["[inaudible]", "[crosstalk]", "(coughs)", "[music]"])
def test_other_notes_are_still_dropped(note: str) -> None:
    data = f"Ana: How was it?\nBen: {note} It was hard.\n".encode()
    assert _said(data)[1] == ("Ben", "It was hard.", ())


@pytest.mark.parametrize("words", ["I was crying with laughter", "The tears came", "I sighed"])
def test_words_about_laughing_or_crying_are_speech_not_marks(words: str) -> None:
    data = f"Ana: How was it?\nBen: {words}.\n".encode()
    assert _said(data)[1] == ("Ben", f"{words}.", ())


# The coach asks, the client cries on a cue of its own (13-30 s), the coach holds the
# space, and the client speaks again at 36 s.
CRYING = """WEBVTT

00:00:01.000 --> 00:00:04.000
Ana: What was the first morning like?

00:00:05.000 --> 00:00:09.000
Ben: I dropped him at nursery.

00:00:13.000 --> 00:00:30.000
Ben: [crying]

00:00:31.000 --> 00:00:34.000
Ana: Take your time.

00:00:36.000 --> 00:00:40.000
Ben: I sat in the car park for an hour.
"""


def test_tears_on_a_cue_of_their_own_go_with_the_speakers_words_before_them() -> None:
    # Ben's cue just before is his: the tears go at the end of "I dropped him at nursery."
    # (25 characters), with the time of their own cue.
    transcript = parse_transcript(CRYING.encode(), coach="Ana")
    assert [(u.text, u.expressions) for u in transcript.utterances] == [
        ("What was the first morning like?", ()),
        ("I dropped him at nursery.", (Expression(25, "tears", 13.0),)),
        ("Take your time.", ()),
        ("I sat in the car park for an hour.", ()),
    ]
    assert transcript.warnings == []  # shown with Ben's words: nothing went missing


def test_a_cue_of_tears_is_no_silence() -> None:
    # Without the cue, 9 -> 31 s would be a silence of 22 s; the other gaps are under 3 s.
    transcript = parse_transcript(CRYING.encode(), coach="Ana")
    coded = [CodedUtterance(u, "other") for u in transcript.utterances]
    assert compute_metrics(coded).silences == []


def test_tears_between_two_lines_of_the_coach_go_with_the_clients_next_words() -> None:
    data = (
        b"[00:00:09] Ana: What's been going on?\n"
        b"[00:00:15] Ben: [crying]\n"
        b"[00:00:25] Ana: Take your time.\n"
        b"[00:00:30] Ben: It's the first week back.\n"
    )
    transcript = parse_transcript(data, coach="Ana")
    assert [(u.turn, u.text, u.expressions) for u in transcript.utterances] == [
        (0, "What's been going on?", ()),
        (1, "Take your time.", ()),  # Ben's tears were his turn: Ana's lines stay apart
        (2, "It's the first week back.", (Expression(0, "tears", 15.0),)),
    ]
    assert transcript.warnings == []


def test_a_file_of_nothing_but_laughter_is_refused_as_holding_no_words() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_transcript(b"Ana: [laughs]\nBen: [sighs]\n")
    assert caught.value.reason.startswith("no lines with words")


SESSION = (
    b"[00:00:01] Ana: How are you arriving today?\n"
    b"[00:00:05] Ben: Tired. [laughs] Is that allowed as an answer?\n"
    b"[00:00:09] Ana: What's been going on?\n"
    b"[00:00:15] Ben: [crying]\n"
    b"[00:00:25] Ana: Take your time.\n"
    b"[00:00:30] Ben: It's the first week back. [sighs] I missed him so much.\n"
    b"[00:00:40] Ana: [both laugh] That's a lot.\n"
    b"[00:00:45] Ben: Yes.\n"
)


class NeutralCoder:
    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [
            CodedUtterance(u, "other" if u.role == "coach" else "neutral")
            for u in transcript.utterances
        ]


def test_the_transcript_shows_each_mark_where_it_fell_and_tears_with_their_own_time() -> None:
    analysis = analyze_transcript(SESSION, NeutralCoder(), coach="Ana")
    shown = [said_text(c.utterance) for c in analysis.coded]
    assert shown[1] == "Tired. [laughs]"
    assert shown[5] == "[in tears, 00:15] It's the first week back. [sighs] I missed him so much."
    assert shown[6] == "[both laugh] That's a lot."


def test_marks_at_one_place_are_shown_in_the_order_they_fell() -> None:
    # "Long. Very long." is 16 characters: the laugh at its end was marked on the 00:05
    # line, the tears on a line of their own at 00:15, after it.
    said = Utterance(
        index=1,
        turn=1,
        speaker="Ben",
        role="client",
        text="Long. Very long.",
        start=5.0,
        expressions=(Expression(16, "laughter", 5.0), Expression(16, "tears", 15.0)),
    )
    assert said_text(said) == "Long. Very long. [laughs] [in tears, 00:15]"


def test_the_metrics_count_them_by_side_and_the_report_names_the_tears_time() -> None:
    analysis = analyze_transcript(SESSION, NeutralCoder(), coach="Ana")
    assert analysis.metrics.expression_counts == {
        "client": {"laughter": 1, "tears": 1, "sigh": 1},
        "coach": {"shared_laughter": 1},
    }
    row = next(line for line in to_text(analysis).splitlines() if "Laughter, tears" in line)
    assert row.split("Laughter, tears, sighs", 1)[1].strip() == (
        "client: tears at 00:15, laughs ×1, sighs ×1; both laugh ×1"
    )


def test_a_session_without_marks_says_none_were_marked() -> None:
    data = b"Ana: How was it?\nBen: Fine.\n"
    text = to_text(analyze_transcript(data, NeutralCoder(), coach="Ana"))
    assert "Laughter, tears, sighs    none marked in the transcript" in text


def test_they_are_kept_when_an_analysis_is_stored_and_read_back() -> None:
    analysis = analyze_transcript(SESSION, NeutralCoder(), coach="Ana")
    stored = json.loads(json.dumps(to_json(analysis)))
    assert stored["utterances"][5]["expressions"] == [
        {"at": 0, "kind": "tears", "start": 15.0},
        {"at": 25, "kind": "sigh", "start": 30.0},  # the time of the line it is on
    ]
    assert stored["metrics"]["expression_counts"]["client"]["tears"] == 1
    rebuilt = from_json(stored)
    assert rebuilt.coded == analysis.coded
    assert rebuilt.metrics.expressions == analysis.metrics.expressions


def test_laughter_of_someone_who_says_nothing_is_named_not_lost() -> None:
    data = (
        b"Ana: How are you today?\nBen: I'm fine.\nMo: [laughs]\n"
        b"Ana: What would you like to work on?\nBen: My team.\n"
    )
    transcript = parse_transcript(data, coach="Ana")
    assert all(not u.expressions for u in transcript.utterances)
    assert f"skipped line 3 ({EXPRESSION_WITHOUT_WORDS})" in transcript.warnings


def test_a_mark_on_a_later_line_of_an_utterance_takes_that_lines_time() -> None:
    # Ben's two unpunctuated caption lines are one utterance from 00:05; the tears are
    # marked on the line stamped 00:30.
    data = (
        b"[00:00:01] Ana: What was it like\n"
        b"[00:00:05] Ben: I dropped him off and\n"
        b"[00:00:30] Ben: then I just [crying] sat there\n"
    )
    said = parse_transcript(data, coach="Ana").utterances[1]
    assert said.start == 5.0
    assert [(e.kind, e.start) for e in said.expressions] == [("tears", 30.0)]


def test_a_laugh_in_a_timed_cue_is_dated_by_its_place_in_the_words() -> None:
    # One cue from 10 s to 30 s: "Is it me? " is 10 of the cue's 42 characters of words,
    # and the laugh ends the cue. The question is an utterance of its own, so the laugh's
    # utterance starts 10/42 of the way through, at 10 + 20 * 10 / 42 = 14.76 s; the laugh
    # itself stands at the end of the words, 30 s, not at the cue's start (10 s).
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:09.000\n<v Ana>What happened?\n\n"
        b"00:00:10.000 --> 00:00:30.000\n"
        b"<v Ben>Is it me? I froze and then I said nothing. [laughs]\n"
    )
    said = parse_transcript(data, coach="Ana").utterances[2]
    assert said.text == "I froze and then I said nothing."
    assert said.start == pytest.approx(14.76, abs=0.01)
    assert [(e.kind, e.start) for e in said.expressions] == [("laughter", 30.0)]


def test_a_laugh_ending_a_line_stamped_at_its_start_keeps_that_lines_time() -> None:
    # Two lines of Sam's turn stamped only at their start: the laugh ends the first line
    # (00:16), so it is dated 00:16, not at the next line's stamp (00:40).
    data = (
        b"[00:00:05] Ana: How did it go?\n"
        b"[00:00:16] Sam: Honestly it was a mess [laughs]\n"
        b"[00:00:40] Sam: and then the boss came in and it got worse.\n"
    )
    said = parse_transcript(data, coach="Ana").utterances[1]
    assert [(e.kind, e.start) for e in said.expressions] == [("laughter", 16.0)]


def test_a_mark_dated_in_another_second_than_its_line_shows_the_time_the_report_names() -> None:
    # One cue from 01:24.7 to 01:27.5 (28 characters of words): the tears follow "Yes. ",
    # 4 of them, so they are dated 84.7 + 2.8 * 4 / 28 = 85.1 s, under a second after the
    # line starts but in the next second on the clock. The Laughter row says "tears at
    # 01:25", so the transcript's line, stamped 01:24, shows that time beside the mark.
    data = (
        b"WEBVTT\n\n00:01:20.000 --> 00:01:23.000\n<v Ana>What's coming up?\n\n"
        b"00:01:24.700 --> 00:01:27.500\n<v Ben>Yes. [crying] Sorry. I didn't expect it.\n"
    )
    analysis = analyze_transcript(data, NeutralCoder(), coach="Ana")
    said = analysis.coded[1].utterance
    assert said_text(said) == "Yes. [in tears, 01:25] Sorry. I didn't expect it."
    assert "client: tears at 01:25" in to_text(analysis)
