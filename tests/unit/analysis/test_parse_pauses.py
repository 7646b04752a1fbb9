"""Pauses that no gap between two utterances measures: those a transcriber marks in the
words ("[pause]", "(long pause)", "[silence]"), and those inside one speaker's turn
between two lines stamped only at their start. Each is kept on its utterance, where in
its words it fell, without changing how the words are cut into utterances; other notes
are no pauses ("[laughs]" is kept as laughter: test_parse_expressions.py). Every case is
worked out by hand."""

from __future__ import annotations

import pytest

from coachconn.analysis.metrics import compute_metrics
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.types import CodedUtterance, Pause
from coachconn.core.errors import InvalidInput


def _said(data: bytes) -> list[tuple[str, str, tuple[Pause, ...]]]:
    return [(u.speaker, u.text, u.pauses) for u in parse_transcript(data, coach="Ana").utterances]


def test_a_pause_marked_before_the_words_is_kept_before_them() -> None:
    data = b"[00:01:38] Ana: Whose idea was that?\n[00:01:42] Ben: [pause] Mine. Ugh. Mine.\n"
    transcript = parse_transcript(data, coach="Ana")
    assert _said(data)[1] == ("Ben", "Mine. Ugh. Mine.", (Pause(0),))
    assert transcript.warnings == []  # nothing was damaged, nothing skipped


def test_a_pause_marked_inside_the_words_is_kept_where_it_fell() -> None:
    # "It was long " is 12 characters: the pause stands before "really".
    data = b"Ana: How was the week?\nBen: It was long (long pause) really long.\n"
    assert _said(data)[1] == ("Ben", "It was long really long.", (Pause(12),))


def test_other_notes_are_dropped_and_are_no_pauses() -> None:
    data = b"Ana: How was the week?\nBen: [laughs] Okay, now it's a therapy session.\n"
    assert _said(data)[1] == ("Ben", "Okay, now it's a therapy session.", ())


def test_another_speakers_pause_line_keeps_the_turns_on_either_side_apart() -> None:
    # Ben's line holds nothing but a pause: his silent turn, not damage. Ana's lines on
    # either side stay two turns (no stacked questions), and the pause stands before
    # her next words, the silence between the turns.
    data = (
        b"[00:01] Ana: Go on.\n[00:05] Ben: [pause]\n[00:09] Ana: Take your time.\n"
        b"[00:12] Ben: I'm thinking.\n"
    )
    transcript = parse_transcript(data, coach="Ana")
    assert transcript.warnings == []
    assert [(u.text, u.pauses) for u in transcript.utterances] == [
        ("Go on.", ()),
        ("Take your time.", (Pause(0),)),
        ("I'm thinking.", ()),
    ]
    # The review's case: coach asks, client silent, coach asks again.
    asked = b"Ana: How are you?\nBen: [pause]\nAna: What's on your mind?\nBen: Work.\n"
    turns = [u.turn for u in parse_transcript(asked, coach="Ana").utterances]
    assert turns == [0, 1, 2]
    # A note of a pause on a line of its own, under Ben's words, follows them.
    after = b"Ana: How was it?\nBen: Fine.\n[silence]\nAna: Go on.\n"
    assert _said(after)[1] == ("Ben", "Fine.", (Pause(5),))


def test_a_speakers_own_pause_line_joins_their_words_and_changes_no_turn() -> None:
    # Ana's pause after her own words: at the end of them ("Hello?" is 6 characters),
    # and the utterances are those of the file without the pause line.
    data = b"Ana: Hello?\nAna: [pause]\nBen: Fine.\nBen: [pause]\nBen: Really.\nAna: Ok?\n"
    without = b"Ana: Hello?\nBen: Fine.\nBen: Really.\nAna: Ok?\n"
    said = parse_transcript(data, coach="Ana").utterances
    plain = parse_transcript(without, coach="Ana").utterances
    assert [(u.text, u.turn) for u in said] == [(u.text, u.turn) for u in plain]
    # Ben's pause between his two lines: before "Really." at 6 in "Fine. Really.".
    assert [(u.text, u.pauses) for u in said] == [
        ("Hello?", (Pause(6),)),
        ("Fine. Really.", (Pause(6),)),
        ("Ok?", ()),
    ]


def test_a_pause_before_the_first_label_is_a_pause_not_a_skipped_line() -> None:
    transcript = parse_transcript(b"[pause]\nAna: Hello?\nBen: Fine.\n", coach="Ana")
    assert transcript.warnings == []
    assert transcript.utterances[0].pauses == (Pause(0),)


def test_a_file_of_only_pauses_is_refused_as_such() -> None:
    with pytest.raises(InvalidInput, match=r"holds only pauses \(lines 1, 2"):
        parse_transcript(b"Ana: [pause]\nBen: [pause]\n")
    with pytest.raises(InvalidInput, match="line 2 holds only a pause"):
        parse_transcript(b"Ana: Hi\nBen: [pause]\n")


def test_a_pause_between_two_stamped_lines_of_one_speaker_is_kept_in_the_turn() -> None:
    # Ben's "Yeah. Safe. Yeah." (3 words: 1.5 s at 2 words a second) at 02:41, his next
    # line at 02:47: 6 - 1.5 = 4.5 s with nothing said, inside one utterance (the lines
    # are one turn, cut into utterances as before: one here, no question in it).
    data = (
        b"[00:02:39] Ana: You get to feel safe.\n"
        b"[00:02:41] Ben: Yeah. Safe. Yeah.\n"
        b"[00:02:47] Ben: Which is funny because I don't feel safe at all.\n"
        b"[00:02:55] Ana: Holding up the ceiling with your hands.\n"
    )
    ben = parse_transcript(data, coach="Ana").utterances[1]
    assert ben.text == "Yeah. Safe. Yeah. Which is funny because I don't feel safe at all."
    assert (ben.start, ben.end, ben.pauses) == (161.0, None, (Pause(18, 4.5),))


def test_a_stamped_line_whose_words_fill_the_time_to_the_next_leaves_no_pause() -> None:
    # 12 words take 6 s at 2 words a second; the next line comes 8 s later: 2 s, under 3.
    data = (
        b"[00:00:00] Ana: What happened?\n"
        b"[00:00:03] Ben: We met on Monday and it ran two hours over again.\n"
        b"[00:00:11] Ben: Then nothing.\n"
    )
    assert [u.pauses for u in parse_transcript(data, coach="Ana").utterances] == [(), ()]


def test_no_pause_is_found_in_a_turn_while_the_other_speaker_is_still_talking() -> None:
    # Ben's 9 words at 00:04 take 4.5 s at 2 words a second: said until 00:08.5. Ana's
    # "Mm-hmm." is stamped 00:04 too, under his words, and her next line comes at 00:10:
    # 1.5 s after Ben stopped, no pause. Measured from her "Mm-hmm." alone, it read as a
    # pause of "about 5.5 s" inside Ana's turn, while Ben was talking.
    data = (
        b"[00:00] Ana: What is on your mind today?\n"
        b"[00:04] Ben: The move to the new office. Everyone is unsettled.\n"
        b"[00:04] Ana: Mm-hmm.\n"
        b"[00:10] Ana: Unsettled how?\n"
    )
    ana = parse_transcript(data, coach="Ana").utterances[-1]
    assert (ana.text, ana.pauses) == ("Unsettled how?", ())
    # Where the coach's next line comes 3 s or more after Ben's words end, it is a pause,
    # measured from there: 00:12 is 3.5 s after 00:08.5.
    later = data.replace(b"[00:10] Ana", b"[00:12] Ana")
    ana = parse_transcript(later, coach="Ana").utterances[-1]
    assert ana.pauses == (Pause(0, 3.5),)


def test_a_cue_holding_only_a_pause_is_measured_as_the_silence_it_is() -> None:
    # The "[long pause]" cue (10-30 s) is no one's speech and is not skipped: Ben's
    # "Long." ends at 9 s and his "Really long." starts at 31 s, 22 s with nothing said,
    # which the gap measures (and so no pause is marked besides).
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nAna: How was the week?\n\n"
        b"00:00:05.000 --> 00:00:09.000\nBen: Long.\n\n"
        b"00:00:10.000 --> 00:00:30.000\nAna: [long pause]\n\n"
        b"00:00:31.000 --> 00:00:35.000\nBen: Really long.\n"
    )
    transcript = parse_transcript(data, coach="Ana")
    assert transcript.warnings == []
    assert [(u.text, u.pauses) for u in transcript.utterances] == [
        ("How was the week?", ()),
        ("Long.", ()),
        ("Really long.", ()),
    ]
    metrics = compute_metrics([CodedUtterance(u, "other") for u in transcript.utterances])
    assert metrics.silences is not None
    assert [(gap.after, gap.seconds) for gap in metrics.silences] == [(1, 22.0)]
    assert metrics.marked_pauses == 0


def test_a_pause_inside_one_speakers_turn_in_captions_is_a_silence() -> None:
    # Captions have end times: Ben's two cues (one turn) 6 s apart are two utterances
    # with a silence between them, as they always were, not one with the pause inside.
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nAna: How was the week?\n\n"
        b"00:00:05.000 --> 00:00:06.000\nBen: Yeah. Safe.\n\n"
        b"00:00:12.000 --> 00:00:15.000\nBen: Which is funny.\n"
    )
    transcript = parse_transcript(data, coach="Ana")
    assert [(u.turn, u.pauses) for u in transcript.utterances[1:]] == [(1, ()), (1, ())]
    metrics = compute_metrics([CodedUtterance(u, "other") for u in transcript.utterances])
    assert metrics.silences is not None
    assert [(gap.after, gap.seconds, gap.stopped) for gap in metrics.silences] == [
        (1, 6.0, "client")
    ]


def test_a_pause_marked_in_a_cue_is_kept_and_counted() -> None:
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nAna: Whose idea was that?\n\n"
        b"00:00:05.000 --> 00:00:09.000\nBen: Mine. [pause] Ugh.\n"
    )
    transcript = parse_transcript(data, coach="Ana")
    assert [(u.text, u.pauses) for u in transcript.utterances][1] == ("Mine. Ugh.", (Pause(6),))
    metrics = compute_metrics([CodedUtterance(u, "other") for u in transcript.utterances])
    assert metrics.marked_pauses == 1 and metrics.turn_pauses == []
    assert metrics.to_dict()["marked_pause_count"] == 1


def test_a_caption_cue_of_another_speakers_pause_keeps_the_turns_apart() -> None:
    # The review's WebVTT case: Ben's cue 3-8 s holds only a pause. Ana's questions stay
    # two turns (none stacked), the gap 3 -> 8 s is the silence (5 s) after her first,
    # and her longest monologue is her first turn's 5 words, not 9.
    vtt = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana>How are you feeling today?\n\n"
        b"00:00:03.000 --> 00:00:08.000\n<v Ben>[pause]\n\n"
        b"00:00:08.000 --> 00:00:10.000\n<v Ana>What's on your mind?\n\n"
        b"00:00:10.000 --> 00:00:12.000\n<v Ben>Work.\n"
    )
    transcript = parse_transcript(vtt, coach="Ana")
    assert [(u.turn, u.pauses) for u in transcript.utterances] == [(0, ()), (1, ()), (2, ())]
    coded = [
        CodedUtterance(u, "open_question" if u.role == "coach" else "neutral")
        for u in transcript.utterances
    ]
    metrics = compute_metrics(coded)
    assert metrics.stacked_question_places == []
    assert metrics.silences is not None
    assert [(g.after, g.seconds) for g in metrics.silences] == [(0, 5.0)]
    assert metrics.longest_coach_monologue is not None
    assert metrics.longest_coach_monologue.words == 5


def _timed(gap_end: str) -> bytes:
    # Ana asks from 1 to 4 s; Ben's cue starts at gap_end with a marked pause.
    return (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nAna: What would it mean to let go?\n\n"
        f"00:00:{gap_end} --> 00:00:30.000\nBen: [pause] I'd have to trust them.\n"
    ).encode()


def test_a_pause_marked_at_the_start_of_words_after_a_measured_silence_counts_once() -> None:
    # 4 -> 26 s is a silence of 22 s; the "[pause]" that opens Ben's words is that silence.
    coded = [CodedUtterance(u, "other") for u in parse_transcript(_timed("26.000")).utterances]
    metrics = compute_metrics(coded)
    assert [g.seconds for g in metrics.silences or []] == [22.0]
    assert metrics.marked_pauses == 0
    assert coded[1].utterance.pauses == (Pause(0),)  # still shown where it was marked


def test_a_pause_marked_after_a_short_gap_is_counted() -> None:
    # 4 -> 5 s is no silence: the marked pause is the only measure of it.
    coded = [CodedUtterance(u, "other") for u in parse_transcript(_timed("05.000")).utterances]
    metrics = compute_metrics(coded)
    assert metrics.silences == []
    assert metrics.marked_pauses == 1
