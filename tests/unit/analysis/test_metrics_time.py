"""Talk time, silences, overlaps and word counts on small hand-made transcripts."""

from __future__ import annotations

from typing import Any, SupportsIndex

import pytest

from coachconn.analysis.metrics import compute_metrics, duration_text
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.types import CodedUtterance, Utterance

# Ben's first line has no stamp: starts 0, None, 10, 12.
PARTLY_STAMPED = b"[00:00] Ana: How was it?\nBen: Hard.\n[00:10] Ana: Why?\n[00:12] Ben: Fear.\n"


# 14 words a sentence, 112 in all: enough for one short line's words to be 2% or less.
STORY = " ".join(["It was a long week at work, and the board moved the deadline again."] * 8)


def _coded(data: bytes) -> list[CodedUtterance]:
    return [CodedUtterance(u, "other") for u in parse_transcript(data, coach="Ana").utterances]


def test_a_partly_stamped_transcript_has_no_talk_time() -> None:
    # Borrowing the next known start would give Ana 0-10 s, Ben's unstamped
    # "Hard." included, and a 100 % share by time: unknown, not measured.
    metrics = compute_metrics(_coded(PARTLY_STAMPED))
    assert [c.utterance.start for c in _coded(PARTLY_STAMPED)] == [0.0, None, 10.0, 12.0]
    assert metrics.talk_seconds is None
    assert metrics.talk_share_time is None
    assert metrics.to_dict()["talk_share_time"] is None


def test_a_monologue_ends_only_at_the_start_of_the_very_next_utterance() -> None:
    # Ana's longest turn is "How was it?" (3 words). The utterance after it,
    # Ben's "Hard.", has no start, so the turn's length is unknown (not 10 s).
    monologue = compute_metrics(_coded(PARTLY_STAMPED)).longest_coach_monologue
    assert monologue is not None
    assert (monologue.turn, monologue.words, monologue.seconds) == (0, 3, None)


def test_a_fully_stamped_transcript_keeps_its_talk_time() -> None:
    # Starts 0, 4, 10, 12. A line lasts until the next starts or as long as its words take
    # at 2 a second, whichever is shorter: Ana's "How was it?" min(4, 1.5) + "Why?"
    # min(2, 0.5) = 2 s; Ben's 113 words min(6, 56.5) = 6 s (his last line has no end: its
    # one word of 3 + 1 + 112 + 1 + 1 = 118 is 0.8%, within the limit).
    data = (
        f"[00:00] Ana: How was it?\n[00:04] Ben: Hard. {STORY}\n[00:10] Ana: Why?\n"
        "[00:12] Ben: Fear.\n"
    ).encode()
    metrics = compute_metrics(_coded(data))
    assert metrics.talk_seconds == {"coach": 2.0, "client": 6.0}
    assert metrics.talk_share_time == {"coach": 25.0, "client": 75.0}  # 2 / 8 s
    # Her longest turn, "How was it?", lasts as its talk time does: 1.5 s, not the 4 s to
    # Ben's start.
    assert metrics.longest_coach_monologue is not None
    assert metrics.longest_coach_monologue.seconds == 1.5


class _SliceCounting(list[CodedUtterance]):
    slices = 0

    def __getitem__(self, key: SupportsIndex | slice) -> Any:
        if isinstance(key, slice):
            self.slices += 1
        return super().__getitem__(key)


def test_time_is_measured_without_copying_the_rest_of_the_session_per_utterance() -> None:
    # 400 start-only utterances of one word, a second apart: each lasts half a second (its
    # word at 2 a second), the rest of the second a pause; the last has no end.
    utterances = [
        Utterance(
            i,
            i,
            "Ana" if i % 2 == 0 else "Ben",
            "coach" if i % 2 == 0 else "client",
            "Mm.",
            float(i),
            None,
        )
        for i in range(400)
    ]
    coded = _SliceCounting(CodedUtterance(u, "other") for u in utterances)
    metrics = compute_metrics(coded)
    assert metrics.talk_seconds == {"coach": 100.0, "client": 99.5}
    assert coded.slices <= 4


def _vtt(*cues: tuple[str, str, str, str]) -> bytes:
    blocks = [f"{start} --> {end}\n<v {who}>{text}</v>" for start, end, who, text in cues]
    return ("WEBVTT\n\n" + "\n\n".join(blocks) + "\n").encode()


def test_the_last_plain_text_line_is_left_out_of_talk_time_and_said_so() -> None:
    # Ana 0-5 s but 3 words take 1.5 s at 2 a second, Ben 5-40 s (112 words would take
    # 56 s); Ana's "Mm." has a start and nothing after it: unknown length, 1 word of
    # 3 + 112 + 1 = 116 (0.9%).
    data = f"[00:00:00] Ana: How are you?\n[00:00:05] Ben: {STORY}\n[00:00:40] Ana: Mm.\n"
    metrics = compute_metrics(_coded(data.encode()))
    assert metrics.talk_seconds == {"coach": 1.5, "client": 35.0}
    assert (metrics.talk_time_untimed, metrics.talk_time_untimed_words) == (1, 1)


def test_a_last_line_of_more_than_two_percent_of_the_words_leaves_no_talk_time() -> None:
    # Ben's last line is 6 of the 9 words: a share by time of Ana's 5 s alone would say
    # the coach did all the talking. The count and the words are still given.
    data = b"[00:00:00] Ana: How are you?\n[00:00:05] Ben: Long story, where do I start.\n"
    metrics = compute_metrics(_coded(data))
    assert metrics.talk_seconds is None and metrics.talk_share_time is None
    assert (metrics.talk_time_untimed, metrics.talk_time_untimed_words) == (1, 6)
    # Ana's "How was it?" (nothing after it has a start), Ben's "Hard." and "Fear.".
    partly = compute_metrics(_coded(PARTLY_STAMPED))
    assert (partly.talk_time_untimed, partly.talk_time_untimed_words) == (3, 5)


# Otter's layout. Lengths: Mara 4 s (0:03-0:07), Ana 8 s, Mara 3 s; Ana's line at 0:18
# (8 words, 3.2 s to say) comes before a break (3:45 - 0:21.2 = 203.8 s), so its length
# is unknown; Mara 5 s (3:45-3:50); Ana's last line has no end. Words: Mara 8 + 4 + 7 =
# 19, Ana 10 + 8 + 3 = 21; left out: 8 + 3 = 11 of 40 (27.5%).
BEFORE_A_BREAK_AND_LAST = b"""Mara Stein  0:03
What would make this hour useful for you?

Ana Ruiz  0:07
I want to prepare for the talk with my director.

Mara Stein  0:15
What makes you nervous?

Ana Ruiz  0:18
He interrupts me and I lose my thread.

Mara Stein  3:45
What would you like to do differently?

Ana Ruiz  3:50
Finish my sentence.
"""


def test_words_before_a_break_and_on_the_last_line_count_towards_the_limit() -> None:
    # Counting only the 12 s and 8 s that are known gave the coach 60% of the time while
    # the client said more than half the words.
    transcript = parse_transcript(BEFORE_A_BREAK_AND_LAST, coach="Mara Stein")
    metrics = compute_metrics([CodedUtterance(u, "other") for u in transcript.utterances])
    assert metrics.words == {"coach": 19, "client": 21}
    assert [g.after for g in metrics.breaks] == [3]
    assert metrics.talk_seconds is None and metrics.talk_share_time is None
    assert (metrics.talk_time_untimed, metrics.talk_time_untimed_words) == (2, 11)


def test_a_backchannel_inside_a_long_cue_neither_opens_a_silence_nor_hides_an_overlap() -> None:
    # Ana speaks 0-10 s; Ben's "Mm-hmm." at 4-5 s and Cy's "Yes." at 7-8 s are both
    # inside it; Ana starts again at 11 s: the only gap is 10 -> 11 s (no silence),
    # and both backchannels overlap Ana, by 1 s each.
    data = _vtt(
        ("00:00:00.000", "00:00:10.000", "Ana", "So that was the week, and then the review."),
        ("00:00:04.000", "00:00:05.000", "Ben", "Mm-hmm."),
        ("00:00:07.000", "00:00:08.000", "Cy", "Yes."),
        ("00:00:11.000", "00:00:15.000", "Ana", "What stood out for you?"),
    )
    metrics = compute_metrics(_coded(data))
    assert metrics.silences == []
    assert [(g.at, g.seconds) for g in metrics.overlaps or []] == [(4.0, 1.0), (7.0, 1.0)]


def test_an_overlap_that_rounds_to_nothing_is_not_counted() -> None:
    data = _vtt(
        ("00:00:00.000", "00:00:02.040", "Ana", "How are you?"),
        ("00:00:02.000", "00:00:04.000", "Ben", "Fine, thanks."),
    )
    assert compute_metrics(_coded(data)).overlaps == []


def test_a_pause_after_a_sentence_splits_a_turn_and_is_a_silence() -> None:
    # Ana: "So." 0-2 s, then 18 s of nothing, then "Tell me more." 20-22 s; Ben 22-24 s.
    data = _vtt(
        ("00:00:00.000", "00:00:02.000", "Ana", "So."),
        ("00:00:20.000", "00:00:22.000", "Ana", "Tell me more."),
        ("00:00:22.000", "00:00:24.000", "Ben", "It was hard."),
    )
    coded = _coded(data)
    assert [(c.utterance.text, c.utterance.turn) for c in coded] == [
        ("So.", 0),
        ("Tell me more.", 0),
        ("It was hard.", 1),
    ]
    metrics = compute_metrics(coded)
    assert [(g.at, g.seconds) for g in metrics.silences or []] == [(2.0, 18.0)]
    assert metrics.talk_seconds == {"coach": 4.0, "client": 2.0}


def test_a_cue_that_stops_mid_sentence_runs_on_across_a_short_pause() -> None:
    data = _vtt(
        ("00:00:00.000", "00:00:02.000", "Ana", "And what"),
        ("00:00:03.000", "00:00:05.000", "Ana", "keeps it going?"),
        ("00:00:05.000", "00:00:06.000", "Ben", "Habit."),
    )
    assert [c.utterance.text for c in _coded(data)] == ["And what keeps it going?", "Habit."]


def test_a_long_pause_mid_sentence_is_a_silence_too() -> None:
    # Ben: 2.5-4 s, 10 s of nothing, 14-16 s; Ana: 16.5-18 s, 10 s, 28-30 s. Two
    # silences of 10 s; talk time Ana 2 + 1.5 + 2 = 5.5 s, Ben 1.5 + 2 = 3.5 s.
    data = _vtt(
        ("00:00:00.000", "00:00:02.000", "Ana", "What do you want?"),
        ("00:00:02.500", "00:00:04.000", "Ben", "I am not sure, really"),
        ("00:00:14.000", "00:00:16.000", "Ben", "and that worries me."),
        ("00:00:16.500", "00:00:18.000", "Ana", "Okay, that is fine"),
        ("00:00:28.000", "00:00:30.000", "Ana", "and we can take our time."),
    )
    metrics = compute_metrics(_coded(data))
    assert [(g.at, g.seconds) for g in metrics.silences or []] == [(4.0, 10.0), (18.0, 10.0)]
    assert metrics.talk_seconds == {"coach": 5.5, "client": 3.5}


def test_time_shares_come_from_unrounded_seconds() -> None:
    # Six coach cues of 1.26 s and six client cues of 1.04 s: 7.56 s against 6.24 s,
    # a coach share of 54.78 %; rounding the seconds first would give 7.6 / 13.8 = 55.1 %.
    cues = []
    t = 0.0
    for k in range(6):
        cues.append((t, t + 1.26, "Ana", f"Point number {k}."))
        t += 1.26
        cues.append((t, t + 1.04, "Ben", f"Answer number {k}."))
        t += 1.04

    def stamp(x: float) -> str:
        return f"00:00:{x:06.3f}"

    metrics = compute_metrics(_coded(_vtt(*[(stamp(a), stamp(b), w, x) for a, b, w, x in cues])))
    assert metrics.talk_share_time == {"coach": 54.8, "client": 45.2}
    assert metrics.talk_seconds == {"coach": 7.6, "client": 6.2}


def test_dashes_and_dots_are_not_words() -> None:
    data = b"Ana: So - yeah ... ok?\nBen: Right -- fine.\n"
    metrics = compute_metrics(_coded(data))
    assert metrics.words == {"coach": 3, "client": 2}


def test_the_time_between_sentences_of_one_cue_is_counted() -> None:
    # One 10 s coach cue holding a statement and two questions: 10.0 s of coach talk.
    data = _vtt(
        ("00:00:00.000", "00:00:10.000", "Ana", "That is a lot. What helps? Who else knows?"),
        ("00:00:10.000", "00:00:12.000", "Ben", "Nobody."),
    )
    coded = _coded(data)
    assert [c.utterance.end for c in coded[:2]] == [c.utterance.start for c in coded[1:3]]
    assert compute_metrics(coded).talk_seconds == {"coach": 10.0, "client": 2.0}


def test_the_longest_monologue_can_be_found_by_its_first_words() -> None:
    data = b"Ana: So here is what I think we should do about the plan.\nBen: Ok.\n"
    monologue = compute_metrics(_coded(data)).longest_coach_monologue
    assert monologue is not None
    assert monologue.opening == "So here is what I think…"


def test_an_overlapping_cue_of_two_utterances_is_one_overlap() -> None:
    # Ben cuts in at 8 s, 2 s before Ana's cue ends, with a question and a statement.
    data = _vtt(
        ("00:00:00.000", "00:00:10.000", "Ana", "It has been a long road for the whole team"),
        ("00:00:08.000", "00:00:12.000", "Ben", "Is it? I suppose it has, more than I said."),
    )
    metrics = compute_metrics(_coded(data))
    assert [(g.at, g.seconds) for g in metrics.overlaps or []] == [(8.0, 2.0)]


def test_pauses_at_the_thresholds_count_whatever_the_float_arithmetic() -> None:
    # 1.9 - 0.9 is 0.9999... in floating point: still a pause of one second.
    data = _vtt(
        ("00:00:00.000", "00:00:00.900", "Ben", "Fine."),
        ("00:00:01.900", "00:00:02.500", "Ben", "Really fine."),
        ("00:00:02.500", "00:00:03.000", "Ana", "Good."),
    )
    assert [c.utterance.text for c in _coded(data)] == ["Fine.", "Really fine.", "Good."]
    # 5.1 - 2.1 is 2.9999...: still a silence of three seconds.
    data = _vtt(
        ("00:00:00.000", "00:00:02.100", "Ana", "So what now?"),
        ("00:00:05.100", "00:00:06.000", "Ben", "No idea."),
    )
    assert [(g.at, g.seconds) for g in compute_metrics(_coded(data)).silences or []] == [(2.1, 3.0)]


def test_a_sentence_that_trails_off_runs_on_across_a_pause() -> None:
    data = _vtt(
        ("00:00:02.500", "00:00:05.000", "Ben", "So I was thinking..."),
        ("00:00:06.500", "00:00:08.000", "Ben", "maybe I should just leave."),
        ("00:00:08.000", "00:00:09.000", "Ana", "Leave?"),
    )
    texts = [c.utterance.text for c in _coded(data)]
    assert texts == ["So I was thinking... maybe I should just leave.", "Leave?"]


def test_every_utterance_of_an_unended_last_line_is_left_out_of_talk_time() -> None:
    # Ana 0-10 s; Ben's line at 10 s has three utterances and no end: all three are left
    # out, 6 words of 9, too many for a share by time.
    data = b"[00:00] Ana: How was it?\n[00:10] Ben: Good. What next? And after that?\n"
    metrics = compute_metrics(_coded(data))
    assert metrics.talk_seconds is None
    assert (metrics.talk_time_untimed, metrics.talk_time_untimed_words) == (3, 6)
    # Ana's story makes those 6 words 5% of 118, still too many; her 112 words before
    # Ben's "Mm.", 1 of 116, are not: her 10 s are measured.
    longer = f"[00:00] Ana: How was it? {STORY}\n[00:10] Ben: Mm.\n".encode()
    assert compute_metrics(_coded(longer)).talk_seconds == {"coach": 10.0, "client": 0.0}


def test_a_backchannel_between_two_cues_of_one_sentence_leaves_the_sentence_whole() -> None:
    # Ana's sentence runs over three cues (2-10 s); Ben's "Mm-hmm." (4.5-5 s) is listed
    # between them, by its start time. Ana's sentence stays one utterance and one turn;
    # the backchannel follows it, keeps its own time, and overlaps Ana by 0.5 s.
    data = _vtt(
        ("00:00:00.000", "00:00:02.000", "Ben", "I missed the deadline."),
        ("00:00:02.000", "00:00:05.000", "Ana", "When a deadline slips, the first"),
        ("00:00:04.500", "00:00:05.000", "Ben", "Mm-hmm."),
        ("00:00:05.000", "00:00:08.000", "Ana", "instinct is to work longer,"),
        ("00:00:08.000", "00:00:10.000", "Ana", "and that rarely fixes it."),
        ("00:00:10.500", "00:00:12.000", "Ben", "True."),
    )
    coded = _coded(data)
    assert [(c.utterance.speaker, c.utterance.text, c.utterance.turn) for c in coded] == [
        ("Ben", "I missed the deadline.", 0),
        ("Ana", "When a deadline slips, the first instinct is to work longer, and that "
         "rarely fixes it.", 1),
        ("Ben", "Mm-hmm.", 2),
        ("Ben", "True.", 2),
    ]  # fmt: skip
    metrics = compute_metrics(coded)
    assert [(g.at, g.seconds) for g in metrics.overlaps or []] == [(4.5, 0.5)]
    assert metrics.silences == []
    assert metrics.longest_coach_monologue is not None
    assert metrics.longest_coach_monologue.words == 16


def test_a_reply_after_an_unfinished_cue_takes_its_turn_in_order() -> None:
    # Captions without punctuation never end a sentence: a reply that starts after the
    # other speaker's cue has ended is a reply, not an interjection to hold back.
    data = _vtt(
        ("00:00:00.000", "00:00:02.000", "Ana", "tell me about your week"),
        ("00:00:02.300", "00:00:05.000", "Ben", "it was busy lots of meetings"),
        ("00:00:05.200", "00:00:07.000", "Ana", "what made it so busy"),
    )
    coded = _coded(data)
    assert [(c.utterance.speaker, c.utterance.turn) for c in coded] == [
        ("Ana", 0),
        ("Ben", 1),
        ("Ana", 2),
    ]
    # A speaker who cuts in keeps their sentence whole when they go on past the pause.
    data = _vtt(
        ("00:00:00.000", "00:00:02.500", "Ana", "So I was wondering if you"),
        ("00:00:02.600", "00:00:05.500", "Ben", "Sorry, can I just say first that my boss"),
        ("00:00:05.500", "00:00:08.000", "Ben", "quit on Monday."),
    )
    assert [c.utterance.text for c in _coded(data)][1] == (
        "Sorry, can I just say first that my boss quit on Monday."
    )


def test_a_coach_backchannel_does_not_lend_the_monologue_the_clients_seconds() -> None:
    # Ben speaks 32-41 s; Ana's "Mm-hmm." at 35-35.8 s sorts after his cue and joins her
    # next words (41.8-46 s) into one turn: 0.8 + 4.2 = 5.0 s spoken, not the 11 s span.
    data = _vtt(
        ("00:00:30.000", "00:00:31.500", "Ana", "And how did that feel?"),
        ("00:00:32.000", "00:00:41.000", "Ben", "Honestly I was scared of getting it wrong."),
        ("00:00:35.000", "00:00:35.800", "Ana", "Mm-hmm."),
        ("00:00:41.800", "00:00:46.000", "Ana", "So part of holding on is about proving yourself."),
    )
    monologue = compute_metrics(_coded(data)).longest_coach_monologue
    assert monologue is not None
    assert (monologue.words, monologue.seconds, monologue.start) == (10, 5.0, 35.0)


def test_a_silence_knows_who_stopped_speaking_last() -> None:
    # Ben's "Mm." ends inside Ana's question; the silence after it follows Ana's words.
    data = _vtt(
        ("00:00:00.000", "00:00:06.000", "Ana", "What would you do with a free Saturday?"),
        ("00:00:02.000", "00:00:02.500", "Ben", "Mm."),
        ("00:00:10.000", "00:00:12.000", "Ben", "Sleep, probably."),
        ("00:00:16.000", "00:00:17.000", "Ana", "And after that?"),
    )
    gaps = compute_metrics(_coded(data)).silences or []
    assert [(g.after, g.at, g.seconds, g.stopped) for g in gaps] == [
        (1, 6.0, 4.0, "coach"),
        (2, 12.0, 4.0, "client"),
    ]


def test_a_break_is_neither_a_silence_nor_talk() -> None:
    # Ben answers 4 s after Ana, then nobody speaks for an hour (the recording paused).
    data = _vtt(
        ("00:00:00.000", "00:00:02.000", "Ana", "How was it?"),
        ("00:00:06.000", "00:00:08.000", "Ben", "Good."),
        ("01:00:08.000", "01:00:10.000", "Ana", "Welcome back."),
    )
    metrics = compute_metrics(_coded(data))
    assert [(g.after, g.seconds) for g in metrics.silences or []] == [(0, 4.0)]
    assert [(g.after, g.at, g.seconds) for g in metrics.breaks] == [(1, 8.0, 3600.0)]
    assert metrics.talk_seconds == {"coach": 4.0, "client": 2.0}
    assert parse_transcript(data).warnings[0] == (
        "line 10: 1 h 0 min with nobody speaking before it (at 1:00:08 in the transcript; "
        "a break, or the recording paused?): counted neither as a silence nor as talk"
    )


def test_a_line_before_a_break_lasts_an_unknown_time() -> None:
    # Stamps only: Ben's line would otherwise last until Ana speaks again, an hour on.
    # Ana's 112 words run 0-60 s, at most 56 s at 2 words a second; Ben's "Good." and
    # Ana's "Welcome." are 2 of 114 words.
    data = f"[00:00] Ana: {STORY}\n[01:00] Ben: Good.\n[01:01:00] Ana: Welcome.\n".encode()
    metrics = compute_metrics(_coded(data))
    assert metrics.talk_seconds == {"coach": 56.0, "client": 0.0}
    assert metrics.talk_time_untimed == 2  # Ben's line, and the last
    # The break starts once Ben's one word is said (0.4 s at 2.5 words a second).
    assert [(g.after, g.at, g.seconds) for g in metrics.breaks] == [(1, 60.4, 3599.6)]
    assert parse_transcript(data).warnings[0].startswith("line 3: 1 h 0 min with nobody")


def test_a_long_turn_stamped_at_its_start_is_talk_not_a_break() -> None:
    # Ben speaks 300 words from 00:10; Ana answers at 02:30. At 2.5 words a second his
    # turn takes 120 s, so the 140 s to Ana's line are talk, not a break; at the slow 2 a
    # second they would take 150 s, so all 140 s count as his. Ana's "How was it?" lasts
    # its 3 words at 2 a second, 1.5 s of the 10 s before Ben starts.
    story = " ".join(["word"] * 299) + " end."
    data = f"[00:00] Ana: How was it?\n[00:10] Ben: {story}\n[02:30] Ana: I see.\n".encode()
    metrics = compute_metrics(_coded(data))
    assert metrics.talk_seconds == {"coach": 1.5, "client": 140.0}
    assert metrics.talk_time_untimed == 1  # the last line only
    assert metrics.breaks == []
    assert not any("a break" in w for w in parse_transcript(data).warnings)
    # Ten words the same 140 s earlier: a break.
    short = (
        f"[00:00] Ana: How was it?\n[00:10] Ben: {' '.join(['word'] * 10)}\n[02:30] Ana: I see.\n"
    )
    assert parse_transcript(short.encode()).warnings[0].startswith("line 3: 2 min 16 s")


# Ben's line has no stamp: he said it somewhere in the five minutes between Ana's two.
BETWEEN_TWO_STAMPS = b"[00:00] Ana: How was the week?\nBen: Busy.\n[05:00] Ana: Welcome back.\n"
# A break after a line with no stamp: the gap runs from Ana's stamped "Why?", whose one
# word takes 0.4 s to say, to Ben's next line.
AFTER_AN_UNSTAMPED_LINE = (
    b"[00:00] Ana: How was the week?\nBen: Busy.\n[00:10] Ana: Why?\n"
    b"[05:00] Ben: Sorry, I am back.\n"
)
# Ben breaks off mid-sentence at 00:03 and goes on at 05:00: his five words take 2 s.
INSIDE_A_SENTENCE = (
    b"[00:00] Ana: How was the week?\n[00:03] Ben: Busy, and then on Friday\n"
    b"[05:00] Ben: sorry, the doorbell rang.\n[05:10] Ana: No problem.\n"
)


def test_a_line_without_a_stamp_between_two_stamps_is_no_break() -> None:
    # When Ben spoke is unknown, so no five minutes with nobody speaking can be claimed.
    assert compute_metrics(_coded(BETWEEN_TWO_STAMPS)).breaks == []
    assert not any("nobody speaking" in w for w in parse_transcript(BETWEEN_TWO_STAMPS).warnings)


def test_a_break_after_a_line_without_a_stamp_is_counted_as_it_is_warned_of() -> None:
    metrics = compute_metrics(_coded(AFTER_AN_UNSTAMPED_LINE))
    assert [(g.after, g.at, g.seconds) for g in metrics.breaks] == [(2, 10.4, 289.6)]
    assert any(
        w.startswith("line 4: 4 min 50 s with nobody speaking")
        for w in parse_transcript(AFTER_AN_UNSTAMPED_LINE).warnings
    )


def test_a_break_inside_a_sentence_ends_the_utterance_before_it() -> None:
    # Were Ben's two lines one utterance, the five minutes would be his talk.
    coded = _coded(INSIDE_A_SENTENCE)
    assert [(c.utterance.text, c.utterance.start) for c in coded] == [
        ("How was the week?", 0.0),
        ("Busy, and then on Friday", 3.0),
        ("sorry, the doorbell rang.", 300.0),
        ("No problem.", 310.0),
    ]
    metrics = compute_metrics(coded)
    assert [(g.after, g.at, g.seconds) for g in metrics.breaks] == [(1, 5.0, 295.0)]
    # Ben's line before the break and the last: 5 + 2 of 15 words, too many to give the
    # 3 s and 10 s that are known as a share by time.
    assert metrics.talk_seconds is None
    assert (metrics.talk_time_untimed, metrics.talk_time_untimed_words) == (2, 7)
    assert parse_transcript(INSIDE_A_SENTENCE).warnings[0].startswith("line 3: 4 min 55 s")


def _breaks_read_twice(data: bytes) -> tuple[list[str], list[str]]:
    """The breaks in ``data`` as the parse warnings name them and as the metrics count
    them, each as ``line N: duration`` (for the metrics, N is the line where the utterance
    after the break is written)."""
    warned = [
        w.split(" with nobody speaking")[0]
        for w in parse_transcript(data, coach="Ana").warnings
        if " with nobody speaking" in w
    ]
    coded = _coded(data)
    lines = data.decode().split("\n")
    counted = []
    for gap in compute_metrics(coded).breaks:
        after = coded[gap.after + 1].utterance.text
        line = next(n for n, text in enumerate(lines, start=1) if after in text)
        counted.append(f"line {line}: {duration_text(gap.seconds)}")
    return warned, counted


@pytest.mark.parametrize(
    "data",
    [
        _vtt(
            ("00:00:00.000", "00:00:02.000", "Ana", "How was it?"),
            ("00:00:06.000", "00:00:08.000", "Ben", "Good."),
            ("01:00:08.000", "01:00:10.000", "Ana", "Welcome back."),
        ),
        # Ben's "Mm." inside Ana's sentence is held until she finishes it.
        _vtt(
            ("00:00:00.000", "00:00:04.000", "Ana", "So what I wonder is"),
            ("00:00:02.000", "00:00:03.000", "Ben", "Mm."),
            ("00:00:04.000", "00:00:06.000", "Ana", "what you want."),
            ("00:05:00.000", "00:05:02.000", "Ben", "Sorry, I am back."),
        ),
        b"[00:00] Ana: How was it?\n[00:05] Ben: Good.\n[01:00:05] Ana: Welcome back.\n",
        AFTER_AN_UNSTAMPED_LINE,
        INSIDE_A_SENTENCE,
    ],
    ids=["cues", "held interjection", "stamps", "after an unstamped line", "inside a sentence"],
)
def test_the_warnings_name_the_breaks_the_metrics_count(data: bytes) -> None:
    warned, counted = _breaks_read_twice(data)
    assert counted  # each of these has a break
    assert warned == counted


def _asked(data: bytes, coach: str = "Coach") -> list[CodedUtterance]:
    """``data``'s utterances, those ending in "?" coded as open questions."""
    return [
        CodedUtterance(u, "open_question" if u.text.endswith("?") else "other")
        for u in parse_transcript(data, coach=coach).utterances
    ]


# The client's cue has a broken timing line (one dash in its arrow, a second without
# two digits): the coach's two questions are not one turn, and 4 s to 10 s, when the
# client was speaking, is no silence.
CLIENTS_CUE_UNTIMED = (
    b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nCoach: How has the week been?\n\n"
    b"2\n00:00:5.00 -> 00:00:9\nClient: Busy, but I kept my walks going.\n\n"
    b"3\n00:00:10.000 --> 00:00:14.000\nCoach: What helped you keep them going?\n\n"
    b"4\n00:00:15.000 --> 00:00:20.000\nClient: Shoes by the door.\n"
)


def test_a_cue_whose_timing_cannot_be_read_keeps_its_words_without_a_time() -> None:
    coded = _asked(CLIENTS_CUE_UNTIMED)
    assert [(c.utterance.turn, c.utterance.start, c.utterance.end) for c in coded] == [
        (0, 1.0, 4.0),
        (1, None, None),
        (2, 10.0, 14.0),
        (3, 15.0, 20.0),
    ]
    metrics = compute_metrics(coded)
    assert metrics.stacked_question_turns == []
    assert metrics.silences == []  # 14 s to 15 s is under 3 s
    monologue = metrics.longest_coach_monologue
    assert monologue is not None
    assert (monologue.turn, monologue.words, monologue.seconds) == (2, 6, 4.0)
    assert metrics.talk_seconds is None  # a time on every utterance, as for plain text
    assert parse_transcript(CLIENTS_CUE_UNTIMED, coach="Coach").warnings == [
        "line 8: cue timing could not be read (malformed timestamp); the words are kept, "
        "without a time"
    ]


# Lines 12 and 14 cannot be read, and nothing is left of their cues: what was said from
# 12 s to 40 s is unknown. Maria's words on either side are two turns, with no silence.
UNREAD_STRETCH = (
    b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nMaria: What would you like to focus on?\n\n"
    b"00:00:05.000 --> 00:00:09.000\nTom: My team.\n\n"
    b"00:00:10.000 --> 00:00:12.000\nMaria: What matters to you there?\n\n"
    b"%%garbage@@ ###\n\n00:00:30.000 -->\n\n"
    b"00:00:40.000 --> 00:00:44.000\nMaria: What about them?\n\n"
    b"00:00:45.000 --> 00:00:49.000\nTom: They are anxious.\n"
)


def test_a_stretch_of_the_file_that_cannot_be_read_is_no_silence_and_ends_a_turn() -> None:
    t = parse_transcript(UNREAD_STRETCH, coach="Maria")
    assert [(u.turn, u.speaker, u.start, u.unread_before) for u in t.utterances] == [
        (0, "Maria", 1.0, False),
        (1, "Tom", 5.0, False),
        (2, "Maria", 10.0, False),
        (3, "Maria", 40.0, True),
        (4, "Tom", 45.0, False),
    ]
    assert t.warnings == [
        "skipped line 12 (no timing line)",
        "skipped line 14 (malformed timestamp)",
    ]
    metrics = compute_metrics(_asked(UNREAD_STRETCH, coach="Maria"))
    assert metrics.silences == []  # not 28 s from 12 s to 40 s
    assert metrics.stacked_question_turns == []
    monologue = metrics.longest_coach_monologue
    assert monologue is not None
    assert (monologue.turn, monologue.words) == (0, 7)


def test_a_monologue_stamped_at_its_start_does_not_take_the_clients_pause() -> None:
    # Ana's 10 words at 00:00, Ben's answer at 01:00: at 2 words a second her question takes
    # 5 s to say, and the 55 s before Ben answers is his pause, not her monologue, as talk
    # time counts it (before, the monologue read 60.0 s).
    data = (
        b"[00:00] Ana: So tell me, what is on your mind this morning?\n"
        b"[01:00] Ben: Work, mostly.\n"
        b"[01:02] Ana: Go on.\n"
        b"[01:04] Ben: There is a lot of it and I am behind on all of it.\n"
        b"[01:10] Ana: Behind on all of it.\n"
        b"[01:12] Ben: Yes, all of it, every single project I have.\n"
    )
    monologue = compute_metrics(_coded(data)).longest_coach_monologue
    assert monologue is not None
    assert (monologue.turn, monologue.words, monologue.seconds) == (0, 10, 5.0)


def test_two_speakers_lines_with_one_stamp_share_the_time_to_the_next_later_stamp() -> None:
    # Stamps of whole seconds give Ana's 112 words and Ben's "Hi." the same 00:00: both
    # run until 00:30, the next later stamp. Their words take 56 + 0.5 s at 2 a second,
    # more than the 30 s, which they share by their words: Ana 30 * 56 / 56.5 = 29.73 s,
    # Ben 30 * 0.5 / 56.5 = 0.27 s. Ana's "How are you?" min(10, 1.5) = 1.5 s: coach
    # 31.23, client 0.27, of 31.5 s. (Before, Ana's line ended where Ben's starts, at once:
    # 0 s, and the coach had 1.5 s.) Ben's last "Mm." is 1 word of 117 (0.9%).
    data = (
        f"[00:00] Ana: {STORY}\n[00:00] Ben: Hi.\n[00:30] Ana: How are you?\n[00:40] Ben: Mm.\n"
    ).encode()
    metrics = compute_metrics(_coded(data))
    assert metrics.talk_seconds == {"coach": 31.2, "client": 0.3}
    assert metrics.talk_share_time == {"coach": 99.2, "client": 0.8}
    assert (metrics.talk_time_untimed, metrics.talk_time_untimed_words) == (1, 1)
    assert metrics.talk_time_untimed_last_line


def test_a_same_second_mm_hmm_leaves_the_answer_before_it_its_talk_time() -> None:
    # Worked by hand, at 2 words a second, each line until the next LATER stamp:
    #   00:00 Ana "What happened when you told him?"  6 words, 3 s of 4 s: 3.0
    #   00:04 Ben "I told him I could not take it on."  9 words, 4.5 s  } 5 s of the 4 s to
    #   00:04 Ana "Mm-hmm."                              1 word, 0.5 s  } 00:08: Ben 3.6, Ana 0.4
    #   00:08 Ben STORY  112 words, 56 s of 32 s: 32.0
    #   00:40 Ana "And then?"  the last line: no end (2 words of 130, 1.5%)
    # Coach 3.4 s, client 35.6 s: 8.7% and 91.3% of 39 s, which is no more than the 40 s
    # from the first stamp to the last. (Before, Ben's answer ended at 00:04 where the
    # "Mm-hmm." starts: 0 s, and the coach had 3.5 s to his 32.)
    data = (
        "[00:00] Ana: What happened when you told him?\n"
        "[00:04] Ben: I told him I could not take it on.\n"
        "[00:04] Ana: Mm-hmm.\n"
        f"[00:08] Ben: {STORY}\n"
        "[00:40] Ana: And then?\n"
    ).encode()
    metrics = compute_metrics(_coded(data))
    assert metrics.talk_seconds == {"coach": 3.4, "client": 35.6}
    assert metrics.talk_share_time == {"coach": 8.7, "client": 91.3}
    assert (metrics.talk_time_untimed, metrics.talk_time_untimed_words) == (1, 2)


def test_lines_that_share_the_last_stamp_all_have_no_end() -> None:
    # Ben's "Yes." and Ana's "Good." share 00:42, and no later stamp ends them: both are
    # left out (before, "Yes." was counted as 0 s, ended by "Good." at once). 2 words of 118.
    data = (
        f"[00:00] Ana: How was it?\n[00:04] Ben: {STORY}\n[00:40] Ana: And?\n"
        "[00:42] Ben: Yes.\n[00:42] Ana: Good.\n"
    )
    metrics = compute_metrics(_coded(data.encode()))
    assert (metrics.talk_time_untimed, metrics.talk_time_untimed_words) == (2, 2)
    # Ana min(4, 1.5) + min(2, 0.5); Ben min(36, 56)
    assert metrics.talk_seconds == {"coach": 2.0, "client": 36.0}


def test_a_monologue_answered_in_the_same_second_keeps_its_seconds() -> None:
    # Ana's 10 words and Ben's "Okay." share 00:00; the next later stamp is 00:20: her line
    # takes 5 s of it, his 0.5 s (before, her monologue ended where his line starts: 0 s).
    data = (
        "[00:00] Ana: So tell me, what is on your mind this morning?\n"
        f"[00:00] Ben: Okay.\n[00:20] Ana: Go on.\n[00:22] Ben: {STORY}\n[00:50] Ana: Mm.\n"
    ).encode()
    monologue = compute_metrics(_coded(data)).longest_coach_monologue
    assert monologue is not None
    assert (monologue.turn, monologue.words, monologue.seconds) == (0, 10, 5.0)


def _ben_runs_on(asked: str, answered: str) -> bytes:
    """Ben's "Long." at 00:04 and "I missed the deadline." at 01:40 (one utterance, his
    statements run together, stamped 00:04), then Ana's question at ``asked`` and his
    answer at ``answered``."""
    return (
        f"[00:00] Ana: {STORY}\n[00:04] Ben: Long.\n[01:40] Ben: I missed the deadline.\n"
        f"[{asked}] Ana: What got in the way?\n[{answered}] Ben: Meetings.\n"
    ).encode()


def test_a_speaker_is_heard_until_the_last_line_an_utterance_runs_on_over() -> None:
    coded = _coded(_ben_runs_on("03:20", "03:30"))
    assert [(c.utterance.text, c.utterance.start) for c in coded][1] == (
        "Long. I missed the deadline.",
        4.0,
    )
    # The pause between his lines is 100 - 4 - 0.5 (one word at 2 a second) = 95.5 s; he
    # is heard until 4 + 95.5 + 5 words at 2.5 a second = 101.5 s, 98.5 s before Ana's
    # 03:20: no break. (Before, he was heard until 4 + 2 = 6 s, and the 194 s to 03:20 were
    # named a break, his utterance left out, and the share by time lost.)
    metrics = compute_metrics(coded)
    assert metrics.breaks == []
    assert not any(
        "nobody speaking" in w for w in parse_transcript(_ben_runs_on("03:20", "03:30")).warnings
    )
    # Ana: min(4, 56) + min(10, 2.5); Ben: his 5 words at 2 a second, min(196, 2.5); his
    # last "Meetings." is 1 word of 123.
    assert metrics.talk_seconds == {"coach": 6.5, "client": 2.5}


def test_a_break_after_an_utterance_that_runs_on_over_lines_is_still_a_break() -> None:
    # Ana's question at 06:40: 400 - 101.5 = 298.5 s with nobody speaking.
    data = _ben_runs_on("06:40", "06:50")
    metrics = compute_metrics(_coded(data))
    assert [(g.after, g.at, g.seconds) for g in metrics.breaks] == [(1, 101.5, 298.5)]
    assert parse_transcript(data, coach="Ana").warnings == [
        "line 4: 4 min 58 s with nobody speaking before it (at 06:40 in the transcript; a "
        "break, or the recording paused?): counted neither as a silence nor as talk"
    ]


def test_an_overlap_of_a_brief_word_said_and_done_under_the_others_is_a_back_channel() -> None:
    # Ana speaks 0-10 s. Ben's "Mm-hmm." (4-5 s) ends inside her words: a back-channel.
    # His "Right, I see." (9-12 s) is brief but goes on after she stops, his "Sorry?"
    # (6-6.5 s) asks, and Cy's five words (7-8 s) are more than a listener's word or two:
    # each of those talks over her.
    data = _vtt(
        ("00:00:00.000", "00:00:10.000", "Ana", "So that was the week, and then the review."),
        ("00:00:04.000", "00:00:05.000", "Ben", "Mm-hmm."),
        ("00:00:06.000", "00:00:06.500", "Ben", "Sorry?"),
        ("00:00:07.000", "00:00:08.000", "Cy", "I was there for that."),
        ("00:00:09.000", "00:00:12.000", "Ben", "Right, I see."),
    )
    overlaps = compute_metrics(_coded(data)).overlaps or []
    assert [(g.at, g.back_channel) for g in overlaps] == [
        (4.0, True),
        (6.0, False),
        (7.0, False),
        (9.0, False),
    ]
