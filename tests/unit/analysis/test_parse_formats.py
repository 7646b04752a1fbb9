"""Reading each export format into turns and utterances, with times.

Times were worked out by hand from the fixtures: within a cue, time is shared
out by characters, so a cue of 5.7 s over 57 characters gives 0.1 s a character.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from coachconn.analysis.parse import NOBODY_BEFORE, parse_transcript

Read = Callable[[str], bytes]


def _rows(
    data: bytes, coach: str | None = None
) -> list[tuple[int, str, str, float | None, float | None]]:
    t = parse_transcript(data, coach=coach)
    return [(u.turn, u.speaker, u.text, u.start, u.end) for u in t.utterances]


def test_it_reads_a_zoom_export_with_names_in_the_cues(transcript_bytes: Read) -> None:
    # Cue 1 is 5.7 s for 57 characters: "Welcome back, Sam." is characters 0-18, the
    # question starts at character 19 (1.9 s) and ends the cue; the space between them
    # belongs to the first sentence (0.0-1.9 s). Cue 4 is 6.9 s for 69 characters:
    # 18 + 1 + 31 + 1 + 18.
    assert _rows(transcript_bytes("zoom.vtt")) == [
        (0, "Lena Hart", "Welcome back, Sam.", 0.0, 1.9),
        (0, "Lena Hart", "What would you like to focus on today?", 1.9, 5.7),
        (
            1,
            "Sam Ortiz",
            "Work feels like a treadmill. I keep running and the deadlines keep coming. "
            "I feel stuck on that treadmill.",
            6.0,
            15.0,
        ),
        (2, "Lena Hart", "That sounds heavy.", 19.0, 20.9),
        (2, "Lena Hart", "What keeps the treadmill going?", 20.9, 24.1),
        (2, "Lena Hart", "Who sets the pace?", 24.1, 25.9),
        (3, "Sam Ortiz", "Mostly me, honestly. I say yes to all the deadlines.", 25.5, 30.0),
    ]


def test_it_reads_voice_tags_closed_before_the_words_as_the_tags_speakers(
    transcript_bytes: Read,
) -> None:
    # "<v Mara Stein></v>What ...": the words after the closing tag are the tag's
    # speaker's, on the same line or the next, entities read, the "(Guest)" dropped.
    t = parse_transcript(transcript_bytes("teams_empty_voice_tags.vtt"), coach="Mara Stein")
    assert t.warnings == []
    assert [(u.turn, u.speaker, u.role, u.text, u.start, u.end) for u in t.utterances] == [
        (0, "Mara Stein", "coach", "What would you like to focus on today?", 1.0, 4.0),
        (
            1,
            "Jonas Berg",
            "client",
            "The handover. I keep putting it off & it weighs on me.",
            4.5,
            9.5,
        ),
        (2, "Mara Stein", "coach", "What makes it heavy?", 10.0, 12.0),
        (3, "Jonas Berg", "client", "Letting go of it.", 12.5, 15.0),
    ]


def test_it_reads_teams_voice_tags_and_merges_cues_of_one_speaker(transcript_bytes: Read) -> None:
    # Two cues of Priya become one turn with two utterances that keep their cue
    # times; Jordan's two cues become one run of statements from 7.0 to 14.0 s.
    assert _rows(transcript_bytes("teams.vtt")) == [
        (0, "Priya Nair", "Thanks for making time today.", 1.0, 3.0),
        (0, "Priya Nair", "How did the conversation with your manager go?", 3.0, 6.0),
        (
            1,
            "Jordan Blake",
            "Better than I expected. I told her about the Q&A sessions I run. She listened.",
            7.0,
            14.0,
        ),
        (2, "Priya Nair", "What did you notice in yourself when she listened?", 14.5, 18.0),
    ]


def test_it_reads_a_meet_export_with_two_speakers_in_one_cue(transcript_bytes: Read) -> None:
    # The last cue (1.9 s) holds "Back and forth." (15 characters) and "Yes." (4):
    # 1.9 * 15 / 19 = 1.5 s for Ana, the rest for Ben. A second line without a
    # name continues the speaker of the line before.
    assert _rows(transcript_bytes("meet.vtt")) == [
        (0, "Ana", "Where would you like to start?", 0.0, 4.0),
        (1, "Ben", "With the promotion, I think. I keep going back and forth.", 4.0, 10.0),
        (2, "Ana", "Back and forth.", 10.0, 11.5),
        (3, "Ben", "Yes.", 11.5, 11.9),
    ]


def test_it_reads_srt_with_windows_line_ends(transcript_bytes: Read) -> None:
    # The client's cue is 6.1 s for 61 characters: 35 + 1 + 25.
    # "Dr." and "5.5" do not end a sentence.
    assert _rows(transcript_bytes("session.srt")) == [
        (0, "Coach", "Last time you mentioned Dr. Lindqvist's advice.", 1.0, 3.5),
        (0, "Coach", "What stood out?", 3.5, 6.0),
        (1, "Client", "She said I sleep 5.5 hours a night.", 7.0, 10.6),
        (1, "Client", "That's not enough, is it?", 10.6, 13.1),
    ]


# SBV captions (YouTube, Google Drive): a timing line, the cue's text, a blank line.
SBV = (
    b"0:00:01.000,0:00:05.000\nAna: What would you like to\nfocus on today?\n\n"
    b"0:00:05.500,0:00:12.000\nBen: Whether to ask for a four-day week.\n\n"
    b"0:00:12.500,0:00:16.000\nAna: What makes you hesitate?\n"
)


def test_it_reads_sbv_captions_with_names_in_the_cues() -> None:
    t = parse_transcript(SBV, filename="session.sbv", coach="Ana")
    assert (t.source_format, t.warnings) == ("sbv", [])
    assert _rows(SBV) == [
        (0, "Ana", "What would you like to focus on today?", 1.0, 5.0),
        (1, "Ben", "Whether to ask for a four-day week.", 5.5, 12.0),
        (2, "Ana", "What makes you hesitate?", 12.5, 16.0),
    ]
    named = parse_transcript(SBV, filename="session.txt", coach="Ana")
    assert named.warnings == ["file is named .txt but reads as SBV"]


def test_it_reads_sbv_cues_without_blank_lines_and_names_a_broken_timing() -> None:
    data = (
        b"0:00:01.000,0:00:04.000\nAna: Are we ready?\n0:00:4.00,0:00:05\nAna: Lost.\n"
        b"0:00:05.000,0:00:06.000\nBen: Yes.\n"
    )
    t = parse_transcript(data, coach="Ana")
    assert [(u.speaker, u.text, u.start, u.end) for u in t.utterances] == [
        ("Ana", "Are we ready?", 1.0, 4.0),
        ("Ana", "Lost.", None, None),
        ("Ben", "Yes.", 5.0, 6.0),
    ]
    assert t.warnings == [
        "line 3: cue timing could not be read (malformed timestamp); the words are kept, "
        "without a time"
    ]


# Microsoft Teams' transcript document (.docx) saved as text: a timing whose parts may
# have one digit, then the speaker's name on a line of its own, then the words.
TEAMS_DOCUMENT = (
    b"0:0:0.0 --> 0:0:4.0\nAna Ruiz\nHow was the week?\n\n"
    b"0:0:4.500 --> 0:0:9.50\nBen Ito (Guest)\nLong. I missed the deadline.\n\n"
    b"0:0:10.0 --> 0:0:12.0\nAna Ruiz\nWhat got in the way?\n\n"
    b"0:0:12.0 --> 0:1:2.0\nBen Ito\nToo many meetings\nall week.\n"
)


def test_it_reads_the_text_of_a_teams_transcript_document() -> None:
    t = parse_transcript(TEAMS_DOCUMENT, filename="session.txt", coach="Ana")
    # "0:1:2.0" is 62 s; "(Guest)" is no part of Ben's name; a .txt file is no surprise.
    assert (t.source_format, t.warnings) == ("teams", [])
    assert _rows(TEAMS_DOCUMENT, coach="Ana") == [
        (0, "Ana Ruiz", "How was the week?", 0.0, 4.0),
        (1, "Ben Ito", "Long. I missed the deadline.", 4.5, 9.5),
        (2, "Ana Ruiz", "What got in the way?", 10.0, 12.0),
        (3, "Ben Ito", "Too many meetings all week.", 12.0, 62.0),
    ]


def test_a_short_line_opening_some_cues_is_still_words_not_a_speaker() -> None:
    # "Okay" opens two cues of four: not the file's layout, so it is what was said, by
    # whoever spoke before.
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nAna: How was the week?\n\n"
        b"00:00:03.500 --> 00:00:06.000\nBen: Long.\n\n"
        b"00:00:06.500 --> 00:00:09.000\nOkay\nit was the launch.\n\n"
        b"00:00:09.500 --> 00:00:12.000\nAna: And?\n\n"
        b"00:00:12.500 --> 00:00:14.000\nOkay\nand the rest.\n"
    )
    t = parse_transcript(data, coach="Ana")
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Ana", "How was the week?"),
        ("Ben", "Long. Okay it was the launch."),
        ("Ana", "And? Okay and the rest."),
    ]


def test_it_reads_plain_text_with_stamps_and_continuation_lines(transcript_bytes: Read) -> None:
    # A stamp says when a line starts; when it ends is unknown.
    assert _rows(transcript_bytes("plain.txt")) == [
        (0, "Lena", "How has the week been?", 0.0, None),
        (1, "Sam", "Busy. I kept thinking about what you said, about the treadmill.", 4.0, None),
        (2, "Lena", "What did you notice?", 12.0, None),
        (3, "Sam", "That I can step off it. I just have to choose when.", 15.0, None),
        (4, "Lena", "Great.", 21.0, None),
    ]


def test_it_names_the_skipped_title_line_of_a_plain_text_file(transcript_bytes: Read) -> None:
    warnings = parse_transcript(transcript_bytes("plain.txt")).warnings
    assert "skipped line 1 (no speaker label)" in warnings


def test_it_reads_hour_stamps_and_plain_text_without_stamps() -> None:
    stamped = b"[01:02:03] Lena: Ready to begin?\n[1:02:09.5] Sam: Yes.\n"
    assert [u.start for u in parse_transcript(stamped).utterances] == [3723.0, 3729.5]
    bare = b"Lena: Ready to begin?\nSam: Yes.\n"
    assert [(u.start, u.end) for u in parse_transcript(bare).utterances] == [(None, None)] * 2


def test_it_reads_utf16_with_a_byte_order_mark(transcript_bytes: Read) -> None:
    t = parse_transcript(transcript_bytes("utf16_bom.txt"))
    assert [u.text for u in t.utterances] == ["How was the café meeting?", "It went well."]


def test_it_reads_utf8_with_a_byte_order_mark() -> None:
    data = (
        "\ufeffWEBVTT\n\n00:00.000 --> 00:02.000\nAna: Ready?\n\n"
        "00:02.000 --> 00:03.000\nBen: Yes.\n"
    )
    t = parse_transcript(data.encode("utf-8"))
    assert t.source_format == "webvtt"
    assert [(u.speaker, u.end) for u in t.utterances] == [("Ana", 2.0), ("Ben", 3.0)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zoom.vtt", "webvtt"),
        ("teams.vtt", "webvtt"),
        ("session.srt", "srt"),
        ("plain.txt", "text"),
    ],
)
def test_it_detects_the_format_from_content(
    transcript_bytes: Read, name: str, expected: str
) -> None:
    assert parse_transcript(transcript_bytes(name), filename="upload.dat").source_format == expected


def test_it_warns_when_the_extension_disagrees_with_the_content(transcript_bytes: Read) -> None:
    t = parse_transcript(transcript_bytes("session.srt"), filename="session.vtt")
    assert t.source_format == "srt"
    assert "file is named .vtt but reads as SRT" in t.warnings


def test_it_gives_an_unlabelled_cue_to_the_speaker_before_it() -> None:
    data = (
        b"WEBVTT\n\n00:00.000 --> 00:02.000\nAna: What changed?\n\n"
        b"00:02.000 --> 00:04.000\nBen: The team grew.\n\n"
        b"00:04.000 --> 00:06.000\nAnd so did my worries.\n"
    )
    t = parse_transcript(data)
    assert [(u.speaker, u.text, u.end) for u in t.utterances] == [
        ("Ana", "What changed?", 2.0),
        ("Ben", "The team grew. And so did my worries.", 6.0),
    ]


def test_it_names_an_unlabelled_cue_that_no_speaker_came_before() -> None:
    data = (
        b"WEBVTT\n\n00:00.000 --> 00:02.000\nWelcome, everyone, recording is on.\n\n"
        b"00:02.000 --> 00:04.000\nAna: What changed?\n\n"
        b"00:04.000 --> 00:06.000\nBen: The team grew.\n"
    )
    t = parse_transcript(data)
    assert [u.text for u in t.utterances] == ["What changed?", "The team grew."]
    assert f"skipped line 4 ({NOBODY_BEFORE})" in t.warnings


def test_it_decodes_entities_in_plain_text_and_leaves_a_bare_ampersand() -> None:
    # An export escaped for a web page writes "&amp;": its words hold no "amp". "Q&A"
    # and "&copy" without a semicolon are what was typed.
    data = b"Ana: Q&A first?\nBen: The board &amp; the team &#8212; it&#39;s &copy fine.\n"
    t = parse_transcript(data)
    assert [u.text for u in t.utterances] == [
        "Q&A first?",
        "The board & the team \u2014 it's &copy fine.",
    ]


def test_a_cue_with_a_voice_tag_that_does_not_read_keeps_its_words() -> None:
    # "<vague>" opens like a voice tag and is none: the cue was lost without a word.
    data = (
        b"WEBVTT\n\n00:01.000 --> 00:02.000\nAna: I felt <vague> and lost.\n\n"
        b"00:03.000 --> 00:04.000\nBen: Why?\n"
    )
    t = parse_transcript(data)
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Ana", "I felt and lost."),
        ("Ben", "Why?"),
    ]


def test_it_treats_names_differing_only_in_case_as_one_speaker() -> None:
    t = parse_transcript(b"Ana: Ready?\nBen: Yes.\nANA: Go on?\n")
    assert [u.speaker for u in t.utterances] == ["Ana", "Ben", "Ana"]


def test_it_ignores_non_speech_annotations_in_brackets() -> None:
    t = parse_transcript(b"Ana: How was it?\n[laughter]\nBen: Odd [inaudible] really.\n")
    assert [u.text for u in t.utterances] == ["How was it?", "Odd really."]


def test_it_drops_sound_notes_in_round_brackets_and_keeps_spoken_asides() -> None:
    t = parse_transcript(
        b"Ana: How was it?\nBen: Busy (laughs) again. It was (I mean, really) fine (long pause)"
        b" then (Clears throat) we left.\n"
    )
    assert t.utterances[1].text == "Busy again. It was (I mean, really) fine then we left."


def test_it_reads_voice_classes_cue_settings_and_inline_tags() -> None:
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000 align:start position:10%\n"
        b"<v.loud Ana>What <i>really</i> matters?\n\n"
        b"00:00:02.000 --> 00:00:03.000\n<v Ben><00:00:02.500><c>Family</c>.\n"
    )
    t = parse_transcript(data)
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Ana", "What really matters?"),
        ("Ben", "Family."),
    ]


def test_a_voice_tags_text_wrapped_onto_a_second_line_keeps_a_space_at_the_break() -> None:
    # Teams wraps a long cue; the line break is a space between two words, as it is in
    # a "Name:" cue, whether or not the tag is closed.
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Sam (Coach)>Hi Ana, how are you\n"
        b"feeling about it?\n\n00:00:05.500 --> 00:00:12.000\n<v Ana>Nervous, and\n"
        b"a little\tcurious.</v>\n"
    )
    assert [u.text for u in parse_transcript(data).utterances] == [
        "Hi Ana, how are you feeling about it?",
        "Nervous, and a little curious.",
    ]


def test_a_voice_tags_closing_parenthetical_is_no_part_of_the_name() -> None:
    # Teams marks people from outside the organisation "(Guest)"; a plain-text label's
    # parenthetical ("Ben (he/him):") is dropped the same way.
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana Ruiz>What matters?</v>\n\n"
        b"00:00:02.000 --> 00:00:03.000\n<v Maria Lopez (Guest)>Family.</v>\n\n"
        b"00:00:03.000 --> 00:00:04.000\n<v (Guest)>Hello?</v>\n"
    )
    t = parse_transcript(data)
    assert [u.speaker for u in t.utterances] == ["Ana Ruiz", "Maria Lopez", "(Guest)"]


def test_it_reads_an_arrow_in_plain_text_as_speech() -> None:
    t = parse_transcript(b"Ana: Where to?\nBen: From plan <A> --> plan B &amp; on.\n")
    assert t.source_format == "text"
    # Angle brackets stay text; an entity is decoded, as an export escaped for the web
    # writes one.
    assert t.utterances[1].text == "From plan <A> --> plan B & on."


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (
            b"Ana: What is the plan?\nBen: draft --> review --> send by 9:30 tomorrow\n",
            "draft --> review --> send by 9:30 tomorrow",
        ),
        (
            b"Ana: What is the plan?\nBen: First this.\n"
            b"draft --> review --> send by 9:30 tomorrow\n",
            "First this. draft --> review --> send by 9:30 tomorrow",
        ),
        (
            b"Ana: What is the plan?\nBen: 10:00 --> 11:30 is the slot.\n",
            "10:00 --> 11:30 is the slot.",
        ),
    ],
    ids=["labelled", "continuation", "starts-with-a-time"],
)
def test_an_arrow_and_a_clock_time_in_speech_do_not_make_srt(data: bytes, said: str) -> None:
    t = parse_transcript(data)
    assert t.source_format == "text"
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Ana", "What is the plan?"),
        ("Ben", said),
    ]


def test_a_numbered_cue_with_a_broken_timing_still_reads_as_srt() -> None:
    data = (
        b"1\n00:00:0x,000 --> 00:00:02,000\nAna: Lost?\n\n"
        b"2\n00:00:02,000 --> 00:00:04,000\nAna: Ready?\nBen: Yes.\n"
    )
    t = parse_transcript(data)
    assert t.source_format == "srt"
    assert (
        "line 2: cue timing could not be read (malformed timestamp); the words are kept, "
        "without a time"
    ) in t.warnings


def test_it_names_a_cue_that_starts_before_the_cue_above_it() -> None:
    data = (
        b"WEBVTT\n\n00:00.000 --> 00:06.000\nAna: So what\n\n"
        b"00:01.000 --> 00:03.000\nAna: keeps it going?\n\n"
        b"00:07.000 --> 00:08.000\nBen: Habit.\n"
    )
    t = parse_transcript(data)
    assert [u.text for u in t.utterances] == ["So what keeps it going?", "Habit."]
    assert (
        "timing goes backwards at line 7 (a cue starts before the one above it, or before "
        "the same speaker's previous cue ends); kept in file order, so times, silences and "
        "overlaps there may be wrong"
    ) in t.warnings
    # Cues out of order in the file are named too; two speakers overlapping are not.
    swapped = data.replace(b"00:07.000 --> 00:08.000", b"00:00.500 --> 00:00.900")
    assert any(
        w.startswith("timing goes backwards at lines 7, 10")
        for w in parse_transcript(swapped).warnings
    )
    overlap = data.replace(b"Ana: keeps", b"Ben: keeps")
    assert not any(w.startswith("timing goes") for w in parse_transcript(overlap).warnings)


def test_it_reads_srt_cues_without_blank_lines_between_them() -> None:
    data = (
        b"1\n00:00:01,000 --> 00:00:04,000\nCoach: What do you want from today?\n"
        b"2\n00:00:05,000 --> 00:00:08,000\nClient: Clarity.\n"
        b"3\n00:00:09,000 --> 00:00:12,000\nCoach: Why?\n"
    )
    t = parse_transcript(data, coach="Coach")
    assert [(u.speaker, u.text, u.start, u.end) for u in t.utterances] == [
        ("Coach", "What do you want from today?", 1.0, 4.0),
        ("Client", "Clarity.", 5.0, 8.0),
        ("Coach", "Why?", 9.0, 12.0),
    ]
    assert t.warnings == []


def test_it_reads_a_cue_right_under_the_header_or_a_note() -> None:
    data = (
        b"WEBVTT\n00:00:01.000 --> 00:00:04.000\n<v Coach>What do you want from today?</v>\n"
        b"\nNOTE exported by the meeting tool\n"
        b"00:00:05.000 --> 00:00:08.000\n<v Client>Clarity.</v>\n"
    )
    t = parse_transcript(data, coach="Coach")
    assert [(u.speaker, u.start) for u in t.utterances] == [("Coach", 1.0), ("Client", 5.0)]


def test_an_unclosed_bracket_keeps_its_words_and_a_later_note_still_goes() -> None:
    t = parse_transcript(b"Ana: How so?\nBen: so [a [laughs] then\n")
    assert t.utterances[1].text == "so [a then"
    cue = b"WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ana>How so?\n\n00:02.000 --> 00:04.000\n"
    t = parse_transcript(cue + b"<v Ben>so < a <i>b</i> [a [laughs] then\n")
    assert t.utterances[1].text == "so < a b [a then"


def test_an_absurd_hour_count_is_not_a_time() -> None:
    t = parse_transcript(b"[99999999999999999999999:00:01] Ana: Hi?\n[00:00:05] Ben: Hello.\n")
    assert [(u.text, u.start) for u in t.utterances] == [("Hi?", None), ("Hello.", 5.0)]
    assert "line 1: time stamp could not be read; the words are kept, without a time" in t.warnings
    cue = b"WEBVTT\n\n12345:00:00.000 --> 12345:00:02.000\n<v Ana>Hi?\n\n"
    t = parse_transcript(cue + b"00:00:02.000 --> 00:00:04.000\n<v Ana>So?\n<v Ben>Hello.\n")
    # "So?" and "Hello." share their cue's 2 s by characters: 3 and 6 of 9.
    assert [(u.text, u.start) for u in t.utterances] == [
        ("Hi?", None),
        ("So?", 2.0),
        ("Hello.", 2.667),
    ]
    assert (
        "line 3: cue timing could not be read (malformed timestamp); the words are kept, "
        "without a time"
    ) in t.warnings


def test_it_reads_a_stamp_in_round_brackets() -> None:
    t = parse_transcript(b"(00:05) Ana: How are you?\n(00:12) Ben: Fine.\n(1:02) Ana: Good.\n")
    assert [(u.speaker, u.start) for u in t.utterances] == [
        ("Ana", 5.0),
        ("Ben", 12.0),
        ("Ana", 62.0),
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"[99:58] Kim: How did it go?\n[100:00] Lee: Long.\n[100:30] Kim: Why?\n",
        b"(99:58) Kim: How did it go?\n(100:00) Lee: Long.\n(100:30) Kim: Why?\n",
        b"99:58 Kim: How did it go?\n100:00 Lee: Long.\n100:30 Kim: Why?\n",
        b"Kim (99:58): How did it go?\nLee (100:00): Long.\nKim (100:30): Why?\n",
        b"Kim [99:58]: How did it go?\nLee [100:00]: Long.\nKim [100:30]: Why?\n",
        b"Kim  99:58\nHow did it go?\n\nLee  100:00\nLong.\n\nKim  100:30\nWhy?\n",
        b"(99:58)\nKim: How did it go?\n(100:00)\nLee: Long.\n(100:30)\nKim: Why?\n",
    ],
    ids=["square", "round", "bare", "in-the-label", "square-in-the-label", "otter", "meet"],
)
def test_minutes_past_99_without_hours_are_read_as_a_long_session_writes_them(
    data: bytes,
) -> None:
    # A tool that counts minutes goes on past 99:59; such lines were once read without a
    # time, or as the words of the speaker before.
    t = parse_transcript(data, coach="Kim")
    assert [(u.speaker, u.start, u.text) for u in t.utterances] == [
        ("Kim", 5998.0, "How did it go?"),
        ("Lee", 6000.0, "Long."),
        ("Kim", 6030.0, "Why?"),
    ]
    assert t.warnings == []


def test_hours_go_past_99_and_a_longer_count_is_named_as_unreadable() -> None:
    hours = b"[99:59:58] Kim: How did it go?\n[100:00:00] Lee: Long.\n"
    assert [u.start for u in parse_transcript(hours).utterances] == [359998.0, 360000.0]
    data = b"[999:58] Kim: How did it go?\n[1000:00] Lee: Long.\n[1:100:00] Kim: Why?\n"
    t = parse_transcript(data)
    assert [(u.speaker, u.start) for u in t.utterances] == [
        ("Kim", 59998.0),
        ("Lee", None),
        ("Kim", None),
    ]
    assert "lines 2, 3: time stamp could not be read; the words are kept, without a time" in (
        t.warnings
    )


def test_a_numbered_list_in_round_brackets_is_speech_not_stamps() -> None:
    data = (
        b"Ana: What are your options?\nBen: Well, there are two.\n(1) I stay where I am.\n"
        b"(2) I move to Leeds.\nAna: Which one pulls at you?\nBen: The second.\n"
    )
    t = parse_transcript(data, coach="Ana")
    assert (
        t.utterances[1].text == "Well, there are two. (1) I stay where I am. (2) I move to Leeds."
    )


def test_control_and_reordering_characters_never_reach_the_screen() -> None:
    cue = b"WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ana\xe2\x80\xae>How are you?\n\n"
    t = parse_transcript(cue + b"00:02.000 --> 00:04.000\n<v Ben>Fine \x1b]0;x\x07thanks.\n")
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Ana", "How are you?"),
        ("Ben", "Fine ]0;xthanks."),
    ]


def test_it_reads_a_google_meet_export_with_stamps_on_lines_of_their_own() -> None:
    data = (
        b"Coaching - Transcript\n\nAttendees\nKim Park, Lee Ortiz\n\nTranscript\n\n00:00:00\n\n"
        b"Kim Park: How did the week go?\nLee Ortiz: Long. I missed the deadline.\n\n"
        b"00:05:00\n\nKim Park: What got in the way?\nLee Ortiz: Too many meetings.\n\n"
        b"Meeting ended after 00:06:12\n\n"
        b"This editable transcript was computer generated and might contain errors.\n"
    )
    t = parse_transcript(data, coach="Kim Park")
    assert [(u.speaker, u.start, u.text) for u in t.utterances] == [
        ("Kim Park", 0.0, "How did the week go?"),
        ("Lee Ortiz", None, "Long. I missed the deadline."),
        ("Kim Park", 300.0, "What got in the way?"),
        ("Lee Ortiz", None, "Too many meetings."),
    ]
    # Its header (title, attendees, "Transcript") and the tool's closing notes are no
    # damage: skipped without a word.
    assert t.warnings == []


@pytest.mark.parametrize(
    "header",
    [
        b"Coaching - Transcript\nAttendees\nKim Park, Lee Ortiz\nTranscript\n",
        b"Weekly check-in (2026-03-05 10:02 GMT)\n\nAttendees\n\nKim Park, Lee Ortiz\n\n"
        b"Transcript\n\nThis editable transcript was computer generated and might contain "
        b"errors. People can also change the text after it was created.\n\n",
        # A title that reads as a label is still the title.
        b"Coaching: Kim and Lee\nMarch 5, 2026\nAttendees\nKim Park\nLee Ortiz\nTRANSCRIPT\n",
        # The attendees after a colon, as an edited copy lists them: no speaker's line.
        b"Coaching - Transcript\nAttendees: Kim Park, Lee Ortiz\nTranscript\n",
        # A copy without the line "Transcript": the list of attendees, then Meet's first
        # stamp on a line of its own, which opens the talk; the title that reads as a label
        # and the date above the list are the header's too.
        b"Coaching: Kim & Lee (session 4) - Transcript\n12 Mar 2026 14:02 GMT\n"
        b"Attendees: Kim Park, Lee Ortiz\n\n",
        b"Coaching - Transcript\nAttendees\nKim Park, Lee Ortiz\n\n",
    ],
    ids=[
        "plain",
        "dated-and-spaced",
        "title-with-a-colon",
        "attendees-after-a-colon",
        "without-the-transcript-line",
        "without-the-transcript-line-attendees-below",
    ],
)
def test_a_google_meet_header_is_skipped_without_a_word(header: bytes) -> None:
    data = header + (
        b"00:00:00\n\nKim Park: How did the week go?\nLee Ortiz: Long.\n\n"
        b"Transcription ended after 00:01:02\n"
    )
    t = parse_transcript(data, coach="Kim Park")
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Kim Park", "How did the week go?"),
        ("Lee Ortiz", "Long."),
    ]
    assert t.warnings == []


def test_lines_before_the_first_speaker_without_a_meet_header_are_still_named() -> None:
    # No line "Transcript" ends them: not a header, so each is named as before.
    data = b"Coaching - notes\nAttendees\nKim, Lee\nKim: How did the week go?\nLee: Long.\n"
    assert parse_transcript(data, coach="Kim").warnings == [
        "skipped lines 1, 2, 3 (no speaker label)"
    ]
    # Nor does a list of attendees followed by a speaker's line, stamped or not, rather
    # than by a stamp on a line of its own: the lines above it are named.
    stamped = b"Coaching - notes\nAttendees\nKim, Lee\n[00:00] Kim: How did it go?\nLee: Long.\n"
    assert parse_transcript(stamped, coach="Kim").warnings[0] == (
        "skipped lines 1, 2, 3 (no speaker label)"
    )
    # A "Transcript" line after someone has spoken is their words, not a header's end.
    spoken = b"Title\nKim: Here is the\nTranscript\nLee: Thanks.\n"
    t = parse_transcript(spoken, coach="Kim")
    assert t.utterances[0].text == "Here is the Transcript"
    assert t.warnings == ["skipped line 1 (no speaker label)"]


# Every heading a list of who was there may have, each read the same way by the header
# and by the labels.
WHO_WAS_THERE = ["Attendees", "Participants", "Attendee list", "PRESENT", "attendee List"]


@pytest.mark.parametrize("heading", WHO_WAS_THERE)
def test_a_list_of_who_was_there_is_no_speaker_without_a_meet_header(heading: str) -> None:
    data = f"{heading}: Kim Park, Lee Ortiz\nKim Park: How did the week go?\nLee Ortiz: Long.\n"
    t = parse_transcript(data.encode(), coach="Kim Park")
    assert [u.speaker for u in t.utterances] == ["Kim Park", "Lee Ortiz"]
    assert t.warnings == ["skipped line 1 (no speaker label)"]


@pytest.mark.parametrize("heading", WHO_WAS_THERE)
@pytest.mark.parametrize(
    "names", ["\n", ": ", ":\n"], ids=["below", "after-a-colon", "colon-below"]
)
def test_any_heading_of_who_was_there_opens_a_meet_header_without_the_transcript_line(
    heading: str, names: str
) -> None:
    # No line "Transcript": the list of who was there, then Meet's stamp on a line of its
    # own, is what makes the lines above the talk a header (before, "Attendee list" and
    # "Present" were not read as one there, and lines 1 to 3 were named as skipped).
    data = (
        f"Coaching - Transcript\n{heading}{names}Kim Park, Lee Ortiz\n\n00:00:00\n\n"
        "Kim Park: How did the week go?\nLee Ortiz: Long.\n"
    )
    t = parse_transcript(data.encode(), coach="Kim Park")
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Kim Park", "How did the week go?"),
        ("Lee Ortiz", "Long."),
    ]
    assert t.warnings == []


def test_a_speaker_whose_name_only_starts_like_a_list_heading_is_still_a_speaker() -> None:
    data = b"Present Day: Hello.\nKim: How did the week go?\nPresent Day: Long.\n"
    t = parse_transcript(data, coach="Kim")
    assert [u.speaker for u in t.utterances] == ["Present Day", "Kim", "Present Day"]


def test_the_lines_under_a_google_meet_stamp_need_no_stamp_and_make_no_break() -> None:
    # Each stamp heads the lines below it, said at unknown times before the next stamp:
    # that is the layout, not lines missing their stamps, and 5 min 12 s from one stamp to
    # the next with lines said between is no break.
    data = (
        b"00:00:00\n\nKim: How did the week go?\nLee: Long.\nKim: What got in the way?\n\n"
        b"00:05:12\n\nLee: Too many meetings.\nKim: Which ones?\n"
    )
    t = parse_transcript(data, coach="Kim")
    assert [(u.speaker, u.start) for u in t.utterances] == [
        ("Kim", 0.0), ("Lee", None), ("Kim", None), ("Lee", 312.0), ("Kim", None),
    ]  # fmt: skip
    assert t.warnings == []
    # A line with its own stamp ends the block: an unstamped line after it is named.
    mixed = b"00:00:00\nKim: Hi?\nLee: Hello.\n[00:20] Kim: Ready?\nLee: Yes.\n"
    assert parse_transcript(mixed, coach="Kim").warnings == [
        "line 5: no time stamp, where other lines have one (so talk share by time may not be given)"
    ]


def test_a_google_meet_block_of_one_line_can_still_come_before_a_break() -> None:
    # Kim's five words take 2 s; nobody speaks from then until Lee at 10:00.
    data = b"00:00:00\n\nKim: How did the week go?\n\n00:10:00\n\nLee: Sorry, I had to step out.\n"
    assert parse_transcript(data, coach="Kim").warnings == [
        "line 7: 9 min 58 s with nobody speaking before it (at 10:00 in the transcript; a "
        "break, or the recording paused?): counted neither as a silence nor as talk"
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"Kim (00:03): How did the week go?\nLee (00:07): Long.\nKim (00:15): Why?\n",
        b"Kim: (00:03)\nHow did the week go?\n\nLee: (00:07)\nLong.\n\nKim: (00:15)\nWhy?\n",
        b"Kim  0:03\nHow did the week go?\n\nLee  0:07\nLong.\n\nKim  0:15\nWhy?\n",
        b"Kim [00:03]: How did the week go?\nLee [00:07]: Long.\nKim [00:15]: Why?\n",
    ],
    ids=["stamp-in-the-label", "stamp-after-the-label", "otter", "square-stamp-in-the-label"],
)
def test_it_reads_a_stamp_written_beside_the_speaker(data: bytes) -> None:
    t = parse_transcript(data, coach="Kim")
    assert [(u.speaker, u.start, u.text) for u in t.utterances] == [
        ("Kim", 3.0, "How did the week go?"),
        ("Lee", 7.0, "Long."),
        ("Kim", 15.0, "Why?"),
    ]
    assert t.warnings == []


def test_a_stamp_in_square_brackets_after_the_name_is_read_among_other_layouts() -> None:
    # Each name has its bracketed stamp once, after lines stamped before the name: still
    # a stamp, not words of the speaker before it.
    data = (
        b"(00:02) Coach: How are you today?\n[00:05] Client: Tired.\n"
        b"Coach [00:09]: Tired from what?\nClient [00:12]: Night shifts.\n"
    )
    t = parse_transcript(data, coach="Coach")
    assert [(u.speaker, u.start, u.text) for u in t.utterances] == [
        ("Coach", 2.0, "How are you today?"),
        ("Client", 5.0, "Tired."),
        ("Coach", 9.0, "Tired from what?"),
        ("Client", 12.0, "Night shifts."),
    ]
    assert t.warnings == []


def test_a_note_in_round_brackets_after_the_label_is_not_speech() -> None:
    t = parse_transcript(b"Ana: How so?\nBen: (laughs) Fine, really.\n")
    assert t.utterances[1].text == "Fine, really."
    cue = b"WEBVTT\n\n00:00.000 --> 00:02.000\nAna: How so?\n\n00:02.000 --> 00:04.000\n"
    t = parse_transcript(cue + b"Ben: (crosstalk) Fine, really.\n")
    assert t.utterances[1].text == "Fine, really."


def test_it_names_the_lines_without_a_stamp_in_a_stamped_file() -> None:
    data = b"[00:00] Ana: How was it?\nBen: Hard.\n[00:10] Ana: Why?\n[00:12] Ben: Fear.\n"
    assert parse_transcript(data, coach="Ana").warnings == [
        "line 2: no time stamp, where other lines have one (so talk share by time may not be given)"
    ]
    unstamped = b"Ana: How was it?\nBen: Hard.\n"
    assert parse_transcript(unstamped, coach="Ana").warnings == []


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"Coach: When shall we meet?\nClient: 10:30\nCoach: Great.\n", "10:30"),
        (b"[00:09] Ben: It starts at\n10:30\n[00:12] Ana: Noted.\n", "It starts at 10:30"),
        (b"[00:05] Ana: Which slots?\n[00:09] Ben: Two:\nMonday 10:30\n[00:20] Ana: Ok.\n",
         "Two: Monday 10:30"),
    ],
)  # fmt: skip
def test_a_time_said_by_someone_is_speech_not_a_stamp(data: bytes, said: str) -> None:
    t = parse_transcript(data)
    assert said in [u.text for u in t.utterances]
    assert not any("time stamp" in w for w in t.warnings)


def test_a_title_or_a_note_with_a_time_is_not_a_stamped_speaker() -> None:
    data = (
        b"Coaching Session  14:00\n[00:00:05] Ana: How was it?\n[00:00:09] Ben: Good.\n"
        b"Note (12:00): call Sam.\n[00:00:15] Ana: Why?\n"
    )
    t = parse_transcript(data, coach="Ana")
    assert [u.start for u in t.utterances] == [5.0, 9.0, 15.0]
    assert t.utterances[1].text == "Good. Note (12:00): call Sam."


def test_otter_headings_mark_speakers_however_seldom_and_its_footer_is_skipped() -> None:
    data = (
        b"Ana Ruiz  0:00\nHow has the week been?\n\nBen Ito  0:05\nBusy.\n\n"
        b"Speaker 3  0:09\nSorry, wrong room.\n\nAna Ruiz  0:12\nWhat made it busy?\n\n"
        b"Ben Ito  0:75\nThe launch.\n\nTranscribed by https://otter.ai\n"
    )
    t = parse_transcript(data, coach="Ana Ruiz")
    assert [(u.speaker, u.start) for u in t.utterances] == [
        ("Ana Ruiz", 0.0),
        ("Ben Ito", 5.0),
        ("Speaker 3", 9.0),
        ("Ana Ruiz", 12.0),
        ("Ben Ito", None),
    ]
    # Otter's footer is skipped without a word; the stamp that cannot be read is named.
    assert not any("line 16" in w for w in t.warnings)
    assert "line 13: time stamp could not be read; the words are kept, without a time" in (
        t.warnings
    )


def test_zoom_saved_captions_name_the_speaker_in_square_brackets_above_the_words() -> None:
    # Zoom's "Save captions" text: "[Name] hh:mm:ss" on a line of its own, the words below
    # (one line or several), the clock's time of day as the stamp.
    data = (
        b"[Maya Chen] 10:03:15\nso what would you like to focus on today\n\n"
        b"[Tomas Reyes] 10:03:21\num the board presentation\ni think\n\n"
        b"[ Maya Chen ] 10:03:30\nwhat about it\n"
    )
    t = parse_transcript(data, coach="Maya Chen")
    assert [(u.speaker, u.start, u.text) for u in t.utterances] == [
        ("Maya Chen", 36195.0, "so what would you like to focus on today"),
        ("Tomas Reyes", 36201.0, "um the board presentation i think"),
        ("Maya Chen", 36210.0, "what about it"),
    ]
    assert t.warnings == []


@pytest.mark.parametrize(
    "line",
    [
        b"[Maya Chen 10:03:15",  # a bracket left open is no heading
        b"Maya Chen] 10:03:15",  # nor one never opened
        b"[Maya Chen] [10:03:15]",  # nor a stamp in brackets of its own
    ],
)
def test_a_half_bracketed_name_and_a_time_is_no_speaker_heading(line: bytes) -> None:
    data = line + b"\nhello\nMaya Chen: How are you?\nTomas: Fine.\n"
    t = parse_transcript(data, coach="Maya Chen")
    assert [u.speaker for u in t.utterances] == ["Maya Chen", "Tomas"]


@pytest.mark.parametrize(
    "header",
    [
        b"Coaching with Ben Ito-20260203_160012-Meeting Recording\n"
        b"February 3, 2026, 4:00PM\n2m 10s\n\n",
        b"Coaching with Ben Ito\n3 February 2026, 16:00\n\n",
        b"Coaching with Ben Ito\n3 February 2026, 16:00\n1h 2m 10s\n",
    ],
    ids=["us-date-and-length", "uk-date", "an-hour-long"],
)
def test_a_teams_document_header_and_its_transcription_notes_are_skipped_without_a_word(
    header: bytes,
) -> None:
    # The text of Teams' newer transcript document: its title, day and length, then
    # "Name   0:03" headings over the words, and notes of who started and stopped the
    # transcription, which are nobody's words.
    data = header + (
        b"Ana Ruiz started transcription\n\n"
        b"Ana Ruiz   0:03\nHow was the week?\n\nBen Ito   0:09\nLong. I missed the deadline.\n\n"
        b"Ana Ruiz   1:02\nWhat got in the way?\n\nBen Ito   1:10\nToo many meetings.\n\n"
        b"Ana Ruiz stopped transcription\n"
    )
    t = parse_transcript(data, coach="Ana")
    assert [(u.speaker, u.start, u.text) for u in t.utterances] == [
        ("Ana Ruiz", 3.0, "How was the week?"),
        ("Ben Ito", 9.0, "Long. I missed the deadline."),
        ("Ana Ruiz", 62.0, "What got in the way?"),
        ("Ben Ito", 70.0, "Too many meetings."),
    ]
    assert t.warnings == []


@pytest.mark.parametrize(
    ("coach_heading", "client_heading"),
    [
        (b"Okafor, Adaeze   0:03", b"Lukas Brandt   0:09"),  # Teams' "Last, First" directory
        (b"Adaeze Okafor   0:03", b"Lukas Brandt (Guest)   0:09"),  # someone from outside
        (b"Okafor, Adaeze (She/Her)   0:03", b"Brandt, Lukas (External)   0:09"),
    ],
    ids=["surname-first", "guest", "both"],
)
def test_a_teams_document_heading_may_name_the_speaker_surname_first_or_with_a_tag(
    coach_heading: bytes, client_heading: bytes
) -> None:
    # The text of a Teams transcript document, as its speakers' directory names write it:
    # the tag in brackets ("(Guest)") is no part of the name, as it is not in a voice tag.
    data = (
        b"Coaching with Lukas\nJanuary 14, 2026, 3:00PM\n32m 10s\n\n"
        + coach_heading
        + b"\nWhat would make this hour useful?\n\n"
        + client_heading
        + b"\nPushing back on my director.\n\n"
        + coach_heading.replace(b"0:03", b"1:02")
        + b"\nWhat happens now when you push back?\n\n"
        + client_heading.replace(b"0:09", b"1:10")
        + b"\nI go quiet.\n"
    )
    t = parse_transcript(data, filename="session.txt", coach="Adaeze")
    coach, client = t.utterances[0].speaker, t.utterances[1].speaker
    assert "Adaeze" in coach and "Lukas" in client
    assert "(" not in coach + client
    assert [(u.speaker, u.role, u.start, u.text) for u in t.utterances] == [
        (coach, "coach", 3.0, "What would make this hour useful?"),
        (client, "client", 9.0, "Pushing back on my director."),
        (coach, "coach", 62.0, "What happens now when you push back?"),
        (client, "client", 70.0, "I go quiet."),
    ]
    assert t.warnings == []


def test_words_that_mention_the_transcription_are_still_words() -> None:
    data = (
        b"Ana Ruiz   0:03\nWhat happened then?\n\n"
        b"Ben Ito   0:09\nIt got awkward.\nI stopped transcription\n\n"
        b"Ana Ruiz   0:15\nWhy?\n"
    )
    t = parse_transcript(data, coach="Ana")
    assert t.utterances[1].text == "It got awkward. I stopped transcription"


def test_a_label_may_carry_a_role_and_a_stamp() -> None:
    data = (
        b"Sam (Coach) (00:05): What would you like?\nDana Kowalski (00:12): Clarity.\n"
        b"Sam (Coach) (00:30): What does that look like?\nDana Kowalski (00:40): A plan.\n"
    )
    t = parse_transcript(data)
    assert [(u.speaker, u.role, u.start) for u in t.utterances] == [
        ("Sam", "coach", 5.0), ("Dana Kowalski", "client", 12.0),
        ("Sam", "coach", 30.0), ("Dana Kowalski", "client", 40.0),
    ]  # fmt: skip
    assert (t.coach_guessed, t.warnings) == (False, [])


@pytest.mark.parametrize(
    "data",
    [
        b"WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nAna: Shall we take five minutes?\n\n"
        b"00:00:04.000 --> 00:00:05.000\nBen: Yes.\n\n"
        b"00:00:06.000 --> 00:00:08.000\nAna: Good. Back soon.\n\n"
        b"00:03:30.000 --> 00:03:33.000\nAna: Welcome back. Where were we?\n",
        b"[00:00] Ana: Shall we take five minutes?\n[00:04] Ben: Yes.\n"
        b"[00:06] Ana: Good. Back soon.\n[03:30] Ana: Welcome back. Where were we?\n",
        # the line after the break has no label: still the coach's, in a turn of its own
        b"WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nAna: Shall we take five minutes?\n\n"
        b"00:00:04.000 --> 00:00:05.000\nBen: Yes.\n\n"
        b"00:00:06.000 --> 00:00:08.000\nAna: Good. Back soon.\n\n"
        b"00:03:30.000 --> 00:03:33.000\nWelcome back. Where were we?\n",
        b"[00:00] Ana: Shall we take five minutes?\n[00:04] Ben: Yes.\n"
        b"[00:06] Ana: Good. Back soon.\n[03:30] Welcome back. Where were we?\n",
    ],
)
def test_a_break_ends_the_turn_of_whoever_spoke_before_it(data: bytes) -> None:
    transcript = parse_transcript(data, None, "Ana")
    turn_of = {u.text: u.turn for u in transcript.utterances}
    assert turn_of["Welcome back."] == turn_of["Good. Back soon."] + 1
    assert transcript.utterances[-1].speaker == "Ana"


def test_a_clients_rising_cue_stays_with_the_rest_of_the_answer_and_a_coachs_asks() -> None:
    vtt = (
        b"WEBVTT\n\n"
        b"00:00:01.000 --> 00:00:03.000\nDana: You said Friday? Tell me about Friday.\n\n"
        b"00:00:03.500 --> 00:00:05.000\nPriya: I think... it wants to matter?\n\n"
        b"00:00:05.200 --> 00:00:08.000\nPriya: Like, really matter. Not just pay well.\n"
    )
    parsed = parse_transcript(vtt, "call.vtt", coach="Dana")
    assert [(u.role, u.text) for u in parsed.utterances] == [
        ("coach", "You said Friday?"),
        ("coach", "Tell me about Friday."),
        ("client", "I think... it wants to matter? Like, really matter. Not just pay well."),
    ]
    answer = parsed.utterances[2]
    assert (answer.start, answer.end) == (3.5, 8.0)


def test_it_reads_speaker_labels_in_square_brackets_as_whisperx_writes_them() -> None:
    # WhisperX tells the speakers apart without their names, "[SPEAKER_00]: ...", in its
    # SRT, WebVTT and text files alike.
    srt = (
        b"1\n00:00:00,000 --> 00:00:02,500\n[SPEAKER_00]: How did the week go?\n\n"
        b"2\n00:00:03,000 --> 00:00:05,000\n[SPEAKER_01]: Long. I missed the deadline.\n\n"
        b"3\n00:00:05,500 --> 00:00:07,000\n[SPEAKER_00]: What got in the way?\n"
    )
    t = parse_transcript(srt, coach="SPEAKER_00")
    assert [(u.turn, u.speaker, u.role, u.text, u.start, u.end) for u in t.utterances] == [
        (0, "SPEAKER_00", "coach", "How did the week go?", 0.0, 2.5),
        (1, "SPEAKER_01", "client", "Long. I missed the deadline.", 3.0, 5.0),
        (2, "SPEAKER_00", "coach", "What got in the way?", 5.5, 7.0),
    ]
    assert t.warnings == []
    vtt = b"WEBVTT\n\n00:00.000 --> 00:02.500\n[SPEAKER_00]: How did the week go?\n\n" + (
        b"00:03.000 --> 00:05.000\n[SPEAKER_01]: Long.\n\n00:05.500 --> 00:07.000\n"
        b"[SPEAKER_00]: Why?\n"
    )
    assert [u.speaker for u in parse_transcript(vtt, coach="SPEAKER_00").utterances] == [
        "SPEAKER_00", "SPEAKER_01", "SPEAKER_00",
    ]  # fmt: skip
    text = b"[SPEAKER_00]: How did the week go?\n[SPEAKER_01]: Long.\n[SPEAKER_00]: Why?\n"
    assert _rows(text, coach="SPEAKER_00") == [
        (0, "SPEAKER_00", "How did the week go?", None, None),
        (1, "SPEAKER_01", "Long.", None, None),
        (2, "SPEAKER_00", "Why?", None, None),
    ]


@pytest.mark.parametrize(
    ("data", "read"),
    [
        # a bracketed word once: no tool's label, so the line's words, as they always were
        (
            b"Kim: Let's recap. What will you do?\n[Aside]: call Sam on Friday.\n"
            b"Lee: Will do.\nKim: Good?\nLee: Yes.\n",
            [
                ("Kim", "Let's recap."),
                ("Kim", "What will you do?"),
                ("Kim", "[Aside]: call Sam on Friday."),
                ("Lee", "Will do."),
                ("Kim", "Good?"),
                ("Lee", "Yes."),
            ],
        ),
        # a heading, however often
        (
            b"Kim: What will you do?\n[Note]: call Sam.\nLee: Will do.\nKim: Good?\n[Note]: ok.\n",
            [
                ("Kim", "What will you do?"),
                ("Kim", "[Note]: call Sam."),
                ("Lee", "Will do."),
                ("Kim", "Good? [Note]: ok."),
            ],
        ),
    ],
)
def test_a_bracketed_word_before_a_colon_once_or_a_heading_is_no_speaker(
    data: bytes, read: list[tuple[str, str]]
) -> None:
    t = parse_transcript(data, coach="Kim")
    assert [(u.speaker, u.text) for u in t.utterances] == read
    assert t.warnings == []


def test_cues_whose_timing_starts_again_lose_their_times_and_are_named() -> None:
    # Two recordings joined: the second's cues start again from 00:00. Measured against
    # the first's, each would overlap what was said 40 s later in the file's first part
    # (the report counted 6 overlaps, "2 of them a brief word (Mm-hmm)", where nobody
    # said one); kept without a time, none is measured there.
    first = b"".join(
        b"00:00:%02d.000 --> 00:00:%02d.000\n%s: Line %d here.\n\n"
        % (s, s + 4, b"Ana" if i % 2 else b"Ben", i)
        for i, s in enumerate((0, 10, 20, 30, 40))
    )
    second = (
        b"00:00:00.000 --> 00:00:04.000\nAna: We are back.\n\n"
        b"00:00:05.000 --> 00:00:09.000\nBen: Good.\n"
    )
    t = parse_transcript(b"WEBVTT\n\n" + first + second)
    assert [u.start for u in t.utterances] == [0.0, 10.0, 20.0, 30.0, 40.0, None, None]
    assert (
        "line 19: the timing starts again from 00:00 (two recordings joined?); the cues from "
        "there on are kept without a time, so no talk time, silence or overlap is measured "
        "in them (each recording can be analysed as a file of its own)"
    ) in t.warnings
    assert not any(w.startswith("timing goes backwards") for w in t.warnings)
