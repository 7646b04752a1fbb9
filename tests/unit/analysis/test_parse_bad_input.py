"""Files that cannot be analysed: one clear reason each; usable files with warnings."""

from __future__ import annotations

import codecs
import io
import struct
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from coachconn.analysis import decode
from coachconn.analysis.parse import MAX_TRANSCRIPT_BYTES, parse_transcript
from coachconn.core.errors import InvalidInput

Read = Callable[[str], bytes]


def _reason(data: bytes) -> str:
    with pytest.raises(InvalidInput) as err:
        parse_transcript(data)
    assert err.value.field == "transcript"
    return err.value.reason


def _size_reason(size: int) -> str:
    with pytest.raises(InvalidInput) as err:
        decode.check_size(size)
    return err.value.reason


def test_the_size_limit_is_5_mb() -> None:
    assert MAX_TRANSCRIPT_BYTES == 5_000_000


def test_it_refuses_an_empty_file(transcript_bytes: Read) -> None:
    assert _reason(transcript_bytes("empty.txt")) == "empty"


def test_it_refuses_a_file_of_blank_lines() -> None:
    assert _reason(b"\n \r\n\t\n") == "empty (it holds only blank space)"


def test_it_refuses_binary_data(transcript_bytes: Read) -> None:
    assert _reason(transcript_bytes("binary.bin")).startswith(
        "binary data (it holds zero bytes, which no text file has), not a text transcript"
    )


@pytest.mark.parametrize(
    ("head", "what"),
    [
        (b"PK\x03\x04", "a ZIP archive or Word/OpenDocument file"),
        (b"%PDF-1.7", "a PDF document"),
        (b"\x89PNG\r\n", "a PNG image"),
    ],
)
def test_it_names_common_binary_files(head: bytes, what: str) -> None:
    assert _reason(head + b"rest of the file") == (
        f"binary data (looks like {what}), not a text transcript; "
        "export the transcript as .vtt, .srt, .sbv or .txt"
    )


@pytest.mark.parametrize(
    ("parts", "said"),
    [
        (
            [("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")],
            "a Word document (.docx), not a text transcript; open it and Save As Plain Text (.txt)",
        ),
        (
            [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")],
            "an OpenDocument text (.odt), not a text transcript; open it and Save As Text (.txt)",
        ),
    ],
    ids=["docx", "odt"],
)
def test_a_word_processors_document_is_named_with_how_to_save_its_text(
    parts: list[tuple[str, str]], said: str
) -> None:
    # A transcript downloaded as a document (Teams offers .docx) is refused naming what
    # it is and the plain text the word processor saves, which is read. OpenDocument
    # stores its "mimetype" first and uncompressed, as here.
    held = io.BytesIO()
    with zipfile.ZipFile(held, "w") as document:
        for name, text in parts:
            stored = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            document.writestr(name, text, compress_type=stored)
    reason = _reason(held.getvalue())
    assert reason.startswith(f"{said}, choosing UTF-8 as its encoding")
    assert reason.endswith("or export the transcript as .vtt, .srt, .sbv or .txt")


def test_it_refuses_text_full_of_control_characters() -> None:
    assert _reason(b"Ana: hi\x01\x02\x03\x04\x05\x06\nBen: \x07\x08\x0e\x0f\n").startswith(
        "binary data, not a text transcript"
    )


def test_it_refuses_windows_1252_text_and_says_what_it_looks_like(transcript_bytes: Read) -> None:
    assert _reason(transcript_bytes("latin1.txt")) == (
        "not UTF-8 text (line 1 has byte 0xE9; looks like Windows-1252 or Latin-1); "
        "save it as UTF-8 (a text editor's Save As offers the encoding) or export it again "
        "from the meeting tool"
    )


def test_windows_1252_with_an_accidental_utf8_pair_is_still_windows_1252() -> None:
    # "ß…" in Windows-1252 is DF 85, which happens to be valid UTF-8; "ä" and "ö" are not.
    text = "Ana: Wie geht es Ihnen?\nBen: Ich weiß… nicht.\nAna: Was wäre schön für Sie?\n"
    assert _reason(text.encode("cp1252")) == (
        "not UTF-8 text (line 3 has byte 0xE4; looks like Windows-1252 or Latin-1); "
        "save it as UTF-8 (a text editor's Save As offers the encoding) or export it again "
        "from the meeting tool"
    )


def test_it_names_the_line_of_one_stray_byte_in_utf8_text() -> None:
    data = "Ana: How was the café?\nBen: Good.\nAna: And then?\n".encode()
    broken = data.replace(b"Good.", b"Good\x92.")
    assert _reason(broken) == (
        "not valid UTF-8 (line 2 has byte 0x92, which UTF-8 does not allow); fix that character"
    )


def _session(lines: int) -> list[bytes]:
    """``lines`` lines of a session, Ana and Ben in turn, in UTF-8 (a "café" in each)."""
    return [
        f"{'Ana' if i % 2 == 0 else 'Ben'}: Line {i} of our talk at the café, how was it?".encode()
        for i in range(lines)
    ]


def test_a_few_bytes_that_are_not_utf8_are_replaced_and_their_lines_named() -> None:
    lines = _session(30)
    lines[5] = lines[5].replace(b"talk", b"ta\x92lk")  # a stray byte
    lines[17] = b"Ben: Tr\xe8s bien, merci."  # a line pasted in from a Latin-1 file
    t = parse_transcript(b"\r\n".join(lines) + b"\r\n")  # the line count is the same
    assert [u.text for u in t.utterances if "\ufffd" in u.text] == [
        "Line 5 of our ta\ufffdlk at the café, how was it?",
        "Tr\ufffds bien, merci.",
    ]
    assert t.warnings[0] == (
        "lines 6, 18 have bytes that are not UTF-8, shown as \ufffd; save the file as UTF-8 "
        "to keep the characters there"
    )
    assert "\ufffd" in t.text and not any("\udc80" <= ch <= "\udcff" for ch in t.text)


def test_bytes_that_are_not_utf8_after_a_utf8_byte_order_mark_are_replaced_too() -> None:
    lines = _session(20)
    lines[3] = lines[3].replace(b"talk", b"t\xffalk")
    t = parse_transcript(codecs.BOM_UTF8 + b"\n".join(lines))
    assert t.warnings[0].startswith("line 4 has bytes that are not UTF-8, shown as \ufffd;")


def test_a_long_file_may_have_bad_bytes_on_under_one_line_in_a_hundred() -> None:
    lines = _session(1000)
    for i in range(0, 900, 100):  # 9 lines of 1000
        lines[i] += b" \xe9"
    t = parse_transcript(b"\n".join(lines))
    assert t.warnings[0].startswith("lines 1, 101, 201, 301, 401, 501, 601, 701, 801 have bytes")
    lines[950] += b" \xe9"  # 10 of 1000: 1%, more than a few lines
    assert _reason(b"\n".join(lines)).startswith("not valid UTF-8 (line 1 has byte 0xE9")


def test_a_file_mostly_not_utf8_is_still_refused() -> None:
    # Bad bytes on 2 lines of 10: too many to be a stray byte or two.
    lines = _session(10)
    lines[2] = lines[2].replace("café".encode(), "café".encode("cp1252"))
    lines[7] = lines[7].replace("café".encode(), "café".encode("cp1252"))
    assert _reason(b"\n".join(lines)).startswith("not valid UTF-8 (line 3 has byte 0xE9")
    # One of them is a stray byte in a file of ten lines: read.
    one = parse_transcript(b"\n".join([*lines[:7], *_session(10)[7:]]))
    assert one.warnings[0].startswith("line 3 has bytes that are not UTF-8")


def test_blank_lines_count_for_where_bad_bytes_lie_but_not_for_how_many_lines_have_them() -> None:
    # Bad bytes on 2 of 10 lines with words: a blank line after each does not dilute that.
    lines = _session(10)
    lines[2] = lines[2].replace("café".encode(), "café".encode("cp1252"))
    lines[7] = lines[7].replace("café".encode(), "café".encode("cp1252"))
    assert _reason(b"".join(line + b"\n\n" for line in lines)).startswith(
        "not valid UTF-8 (line 5 has byte 0xE9"
    )
    # One of them: read, its line counted with the blank lines above it.
    one = parse_transcript(b"".join(line + b"\n\n" for line in [*lines[:7], *_session(10)[7:]]))
    assert one.warnings[0].startswith("line 5 has bytes that are not UTF-8")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_it_recognises_utf16_without_a_byte_order_mark_in_another_script(encoding: str) -> None:
    data = "王伟: 你好吗？今天怎么样\n李娜: 很好。谢谢你\n".encode(encoding)
    assert _reason(data) == (
        "not UTF-8 text (looks like UTF-16 without a byte-order mark); save it as UTF-8 "
        "(a text editor's Save As offers the encoding) or export it again from the meeting tool"
    )


def test_it_refuses_utf16_without_a_byte_order_mark() -> None:
    data = "Ana: How are you?\nBen: Fine.\n".encode("utf-16-le")
    assert _reason(data) == (
        "not UTF-8 text (looks like UTF-16 without a byte-order mark); save it as UTF-8 "
        "(a text editor's Save As offers the encoding) or export it again from the meeting tool"
    )


def test_it_refuses_utf16_big_endian_with_accents_without_a_byte_order_mark() -> None:
    data = "Ana: Comment ça va — bien?\nBen: Très bien.\n".encode("utf-16-be")
    assert _reason(data).startswith("not UTF-8 text (looks like UTF-16 without a byte-order mark)")


def test_it_names_an_executable_as_binary_data_not_utf16() -> None:
    # An ELF header: mostly NUL bytes, which once read as BOM-less UTF-16.
    header = b"\x7fELF\x02\x01\x01" + bytes(9)
    header += struct.pack("<HHIQQQIHHHHHH", 2, 62, 1, 0x401000, 64, 0, 0, 64, 56, 9, 64, 30, 29)
    assert _reason(header + bytes(1000)) == (
        "binary data (looks like an executable program), not a text transcript; "
        "export the transcript as .vtt, .srt, .sbv or .txt"
    )


@pytest.mark.parametrize("skip", [0, 4], ids=["whole", "without-magic"])
def test_the_head_of_a_real_program_is_binary_data(skip: int) -> None:
    head = Path(sys.executable).resolve().read_bytes()[skip:2000]
    assert _reason(head).startswith("binary data")


def test_nul_bytes_in_every_other_place_are_not_utf16_unless_text_lies_between() -> None:
    # Little-endian integers 0..499: NULs in the odd bytes, but the even bytes
    # are not text.
    assert _reason(struct.pack("<500I", *range(500))).startswith(
        "binary data (it holds zero bytes, which no text file has), not a text transcript"
    )


def test_it_refuses_broken_utf16_after_a_byte_order_mark() -> None:
    data = codecs.BOM_UTF16_LE + "Ana: hi\n".encode("utf-16-le") + b"\x00\xd8"
    assert _reason(data).startswith("broken UTF-16 text")


def test_it_refuses_a_file_without_speaker_labels(transcript_bytes: Read) -> None:
    assert _reason(transcript_bytes("no_speakers.txt")) == (
        "no speaker labels found; expected 'Name: text' lines or <v Name> voice tags"
    )


_TOO_SHORT_TEAMS = (
    "looks like a Microsoft Teams transcript ('Name   0:03' lines, the words below each), "
    "but too short to tell who speaks: such a line is read as a speaker's only where a name "
    "heads two or more, as one alone may be a title; write each line as 'Name: text'"
)


@pytest.mark.parametrize(
    "data",
    [
        b"Maya Chen   0:03\nHow has the week been?\n\nTom Reyes   0:08\nBusy, it slipped.\n",
        # with the header of Teams' document: its title, day and time, and length
        b"Weekly coaching\nFebruary 3, 2026, 4:00PM\n12m 3s\n\n"
        b"Maya Chen   0:03\nHow has the week been?\n\nTom Reyes   0:08\nBusy.\n",
    ],
)
def test_a_short_teams_transcript_is_refused_naming_its_layout(data: bytes) -> None:
    # Two headings, each name once: as likely a title as a speaker, so nothing is read.
    assert _reason(data) == _TOO_SHORT_TEAMS


def test_one_line_like_a_heading_is_no_teams_layout() -> None:
    # A title with a time, then prose: a single such line names no layout.
    data = b"Coaching Session  14:00\nWe talked about the launch and the team.\n"
    assert _reason(data) == (
        "no speaker labels found; expected 'Name: text' lines or <v Name> voice tags"
    )


@pytest.mark.parametrize(
    ("data", "first"),
    [
        (
            b"10:01:12 From Maya Chen to Everyone:\n\tHere is the worksheet: https://example.org/v\n"
            b"10:03:40 From Tom Reyes to Everyone:\n\tThanks!\n"
            b"10:15:02 From Maya Chen to Tom Reyes(Direct Message):\n\tTake your time.\n",
            "line 1: '10:01:12 From Maya Chen to Everyone:'",
        ),
        (
            b"00:03:12\t From  Maya Chen : Here is the worksheet\n"
            b"00:05:40\t From  Tom Reyes : Thanks!\n",
            "line 1: '00:03:12 From Maya Chen : Here is the worksheet'",
        ),
        (
            b"00:03:12\tMaya Chen:\tHere is the worksheet: example.org/v\n"
            b"00:05:40\tTom Reyes:\tThanks!\n00:15:02\tMaya Chen:\tTake your time.\n",
            "line 1: '00:03:12 Maya Chen: Here is the worksheet: example.org/v'",
        ),
    ],
    ids=["from-to", "from-tab", "tabs"],
)
def test_a_zoom_chat_file_is_refused_as_a_chat_not_read_as_talk(data: bytes, first: str) -> None:
    # Zoom saves the meeting's chat beside the recording, in one of three layouts over its
    # versions: what was typed, never a transcript of the session.
    assert _reason(data) == (
        f"looks like a saved meeting chat, not a transcript ({first}): it holds what was "
        "typed in the chat, not what was said; use the transcript of the recording instead "
        "(Zoom saves it as a .vtt file beside the recording)"
    )


def test_a_transcript_that_mentions_a_message_from_someone_is_still_a_transcript() -> None:
    data = (
        b"[00:00:05] Maya Chen: What did the email say?\n"
        b"[00:00:09] Tom Reyes: 10:01 From Ana to Everyone: the launch moved.\n"
        b"[00:00:15] Maya Chen: How did that land?\n"
    )
    t = parse_transcript(data)
    assert [u.speaker for u in t.utterances] == ["Maya Chen", "Tom Reyes", "Maya Chen"]


def test_it_refuses_cues_without_speaker_labels() -> None:
    data = b"WEBVTT\n\n00:00.000 --> 00:02.000\nHello there.\n"
    assert _reason(data).startswith("no speaker labels found")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"WEBVTT\n", "no cues with words: the WebVTT file holds no cues"),
        (b"WEBVTT\n\nNOTE exported by the meeting tool\n", "no cues with words: the WebVTT"),
        (
            b"WEBVTT\n\n00:00.000 --> 00:02.000\n[inaudible]\n\n"
            b"00:03.000 --> 00:05.000\n<v Ana>(laughs)</v>\n\n00:06.000 --> 00:07.000\n\n",
            "no cues with words: each cue holds only a note such as [inaudible] or (laughs), "
            "or nothing",
        ),
        (
            b"1\n00:00:00,000 --> 00:00:02,000\n[crosstalk]\n",
            "no cues with words: each cue holds only a note",
        ),
        (
            b"Ana: [inaudible]\nBen: (laughs)\n",
            "no lines with words: each speaker's line holds only a note such as [inaudible] or "
            "(laughs), or nothing",
        ),
    ],
    ids=["webvtt-header", "webvtt-note", "webvtt-notes-only", "srt-note-only", "text-notes-only"],
)
def test_a_file_with_no_words_says_so_not_that_labels_are_missing(data: bytes, reason: str) -> None:
    assert _reason(data).startswith(reason)


def test_it_refuses_a_single_speaker(transcript_bytes: Read) -> None:
    assert _reason(transcript_bytes("single_speaker.vtt")) == (
        "only one speaker found (Lena Hart); a session needs the coach and at least one client"
    )


def test_it_refuses_a_file_over_the_size_limit() -> None:
    reason = _reason(b" " * (MAX_TRANSCRIPT_BYTES + 60_000))
    assert reason == (
        "too large (5.1 MB; the limit is 5 MB, about fifty hours of talk); choose a "
        "smaller file, or split the transcript into one file per session"
    )
    # at the limit: read
    assert _reason(b" " * MAX_TRANSCRIPT_BYTES) == "empty (it holds only blank space)"


def test_a_file_just_over_the_size_limit_is_told_in_bytes() -> None:
    # 5,000,001 bytes read as "5.0 MB", the same as the limit: bytes tell them apart.
    assert _size_reason(MAX_TRANSCRIPT_BYTES + 1) == (
        "too large (5,000,001 bytes; the limit is 5,000,000 bytes, "
        "about fifty hours of talk); choose a smaller file, or split the transcript into "
        "one file per session"
    )
    # 5,049,999 bytes still rounds to 5.0 MB; 5,050,001 reads 5.1 MB.
    assert _size_reason(5_049_999).startswith("too large (5,049,999 bytes;")
    assert _size_reason(5_050_001).startswith("too large (5.1 MB; the limit is 5 MB")


def test_it_checks_the_size_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "MAX_TRANSCRIPT_BYTES", 10)
    assert _reason(b"Ana: Hi?\nBen: Hello.\n").startswith("too large")


def test_it_refuses_a_cue_file_whose_timings_are_all_malformed(transcript_bytes: Read) -> None:
    assert _reason(transcript_bytes("malformed_timestamps.srt")) == (
        "malformed timestamps: none of the 2 cue timings can be read "
        "(first at line 2: '00:00:1 --> 00:00:3')"
    )


def test_it_refuses_plain_text_whose_stamps_are_all_malformed() -> None:
    data = b"[00:61:00] Ana: Ready?\n[1:2:3:4] Ben: Yes.\n"
    assert _reason(data) == (
        "malformed timestamps: none of the 2 time stamps can be read "
        "(first at line 1: '[00:61:00] Ana: Ready?')"
    )


def test_it_analyses_a_partly_broken_file_and_names_the_lines_it_could_not_read(
    transcript_bytes: Read,
) -> None:
    # Line 8: "00:00:0x.000"; line 16: ends before it starts: their cues' words are kept,
    # without a time, as a plain-text line's with a broken stamp are. Line 19 has no
    # timing line: it is skipped, and Lena's next cue, which follows it, is a turn of its
    # own (who spoke in between is unknown).
    t = parse_transcript(transcript_bytes("partly_broken.vtt"))
    assert [(u.turn, u.speaker, u.text, u.start, u.unread_before) for u in t.utterances] == [
        (0, "Lena Hart", "What would make today useful?", 1.0, False),
        (1, "Sam Ortiz", "This cue has a broken timing line. Talking about the move.", None, False),
        (2, "Lena Hart", "This cue ends before it starts.", None, False),
        (3, "Lena Hart", "What matters most about it?", 12.0, True),
    ]
    assert t.warnings[:3] == [
        "skipped line 19 (no timing line)",
        "line 8: cue timing could not be read (malformed timestamp); the words are kept, "
        "without a time",
        "line 16: cue timing could not be read (cue ends before it starts); the words are "
        "kept, without a time",
    ]


def test_a_plain_text_line_with_a_malformed_stamp_keeps_its_words_without_a_time() -> None:
    # Dropping the line would join Ana's two turns into one utterance.
    data = b"[00:00] Ana: Ready?\n[00:7x] Ben: Almost.\n[00:09] Ana: Go on?\n"
    t = parse_transcript(data)
    assert [(u.speaker, u.text, u.start) for u in t.utterances] == [
        ("Ana", "Ready?", 0.0),
        ("Ben", "Almost.", None),
        ("Ana", "Go on?", 9.0),
    ]
    assert "line 2: time stamp could not be read; the words are kept, without a time" in (
        t.warnings
    )


def test_a_stamp_earlier_than_the_line_before_is_not_used_as_a_time() -> None:
    data = b"[00:10:00] Ana: Ready?\n[05:00] Ben: Yes.\n[00:10:20] Ana: Good.\n"
    t = parse_transcript(data)
    assert [u.start for u in t.utterances] == [600.0, None, 620.0]
    assert (
        "line 2: time stamp earlier than a line before it; the words are kept, without a time"
        in t.warnings
    )


def test_it_lists_at_most_ten_lines_in_a_warning() -> None:
    bad = b"".join(b"[00:%dx] Ben: lost\n" % i for i in range(12))
    t = parse_transcript(b"[00:00] Ana: Ready?\n" + bad + b"[00:30] Ben: Yes.\n")
    assert (
        "lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more: time stamp could not be read; "
        "the words are kept, without a time"
    ) in t.warnings


def test_a_single_speaker_refusal_names_the_lines_skipped() -> None:
    # Ben's only cue has lost its timing line, which leaves Ana alone.
    data = (
        b"WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ana>Ready?\n\n"
        b"<v Ben>Lost line.\n\n"
        b"00:05.000 --> 00:06.000\n<v Ana>Go on?\n"
    )
    assert _reason(data) == (
        "only one speaker found (Ana); a session needs the coach and at least one client; "
        "skipped line 6 (no timing line)"
    )


def test_an_rtf_document_is_text_and_named_with_how_to_save_its_plain_text() -> None:
    # RTF is text wrapped in formatting codes, not binary data: the refusal says what it
    # is and how to get the words out, as for a .docx.
    reason = _reason(b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\\f0 Ana: Hello.\\par}")
    assert not reason.startswith("binary data")
    assert reason == (
        "an RTF document (Rich Text Format, text full of formatting codes), not a plain-text "
        "transcript; open it and Save As Plain Text (.txt), choosing UTF-8 as its encoding, "
        "or export the transcript as .vtt, .srt, .sbv or .txt"
    )


# Two recordings joined in one file: the second's stamps start again from 00:00.
JOINED = b"""[00:00:00] Coach: Welcome. What would you like to work on today?
[00:00:06] Client: My sleep. I lie awake worrying about the reorganisation at work.
[00:00:15] Coach: What goes through your mind when you lie awake?
[00:00:21] Client: Whether my role will survive. I replay every meeting.
[00:00:30] Coach: Replaying every meeting sounds exhausting.
[00:00:35] Client: It is. I am tired all the time.
[00:00:00] Coach: We are back after the call dropped. Where were we?
[00:00:05] Client: The reorganisation. I want to stop replaying meetings at night.
[00:00:12] Coach: What could help you stop replaying them?
"""


def test_stamps_that_start_again_are_named_as_a_restart_not_as_earlier_than_the_line_before() -> (
    None
):
    # Lines 8 and 9 are later than the line before them (00:05 after 00:00): the warning
    # no longer says each is earlier than the line before, but where the stamps start
    # again, and that the lines from there on have no time.
    t = parse_transcript(JOINED)
    assert [u.start for u in t.utterances][-4:] == [None, None, None, None]
    assert (
        "line 7: the time stamps start again from 00:00 (two recordings joined?); lines 7, "
        "8, 9 are kept without a time, so no talk time is counted for them (each recording "
        "can be analysed as a file of its own)"
    ) in t.warnings
    assert not any("earlier than" in w for w in t.warnings)


def test_the_lines_after_a_restart_keep_no_time_once_past_the_first_recordings_end() -> None:
    # The second recording runs on past 00:35, where the first stopped: its later stamps
    # are its own times still, not the first recording's, so they keep no time either.
    data = JOINED + b"[00:00:40] Client: Writing things down, maybe.\n[00:00:48] Coach: Say more.\n"
    t = parse_transcript(data)
    assert [u.start for u in t.utterances][-6:] == [None] * 6
    assert (
        "line 7: the time stamps start again from 00:00 (two recordings joined?); lines "
        "7, 8, 9, 10, 11 are kept without a time, so no talk time is counted for them (each "
        "recording can be analysed as a file of its own)"
    ) in t.warnings
    assert not any("earlier than" in w for w in t.warnings)


def test_a_stamp_earlier_than_a_line_before_but_not_the_line_before_says_so() -> None:
    data = b"[00:10:00] Ana: Ready?\n[05:00] Ben: Yes.\n[06:00] Ana: Good.\n[00:10:20] Ben: Go.\n"
    t = parse_transcript(data)
    assert [u.start for u in t.utterances] == [600.0, None, None, 620.0]
    assert (
        "lines 2, 3: time stamp earlier than a line before it; the words are kept, without a time"
    ) in t.warnings


def test_one_line_slipped_back_to_the_start_is_no_restart() -> None:
    # "[00:00:10]" for "[00:20:10]": the next line goes on from 20:00, so the clock did not
    # start again; the one line is named as out of order.
    data = b"[00:20:00] Ana: Ready?\n[00:00:10] Ben: Yes.\n[00:20:20] Ana: Good.\n"
    t = parse_transcript(data)
    assert [u.start for u in t.utterances] == [1200.0, None, 1220.0]
    assert (
        "line 2: time stamp earlier than a line before it; the words are kept, without a time"
    ) in t.warnings
