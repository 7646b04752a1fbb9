"""Bytes of an uploaded transcript to text, or one clear reason why not.

Accepted: UTF-8 (with or without a byte-order mark) and UTF-16/UTF-32 with a
byte-order mark. Anything else is refused with a guess at what it is. Windows-1252
is deliberately not accepted: guessing an 8-bit encoding silently turns a
client's words into mojibake, and every meeting tool exports UTF-8. A UTF-8 file
with a few bytes that are not UTF-8 (a stray byte, a character pasted in from
elsewhere) is read, those bytes shown as U+FFFD and their lines named
(:func:`decode_transcript`): refusing a session's transcript for one bad character
would cost more than it saves.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

from coachconn.core.errors import InvalidInput, TooLarge

# A 60-minute session exported as WebVTT is about 100 KB; 5 MB is some fifty hours of
# talk. Coding holds a few kilobytes per utterance, so a larger file would run for many
# minutes and need gigabytes of memory: it is refused at once instead.
MAX_TRANSCRIPT_BYTES = 5_000_000
# How to mend a file in another encoding, in words a coach can follow.
_SAVE_AS_UTF8 = (
    "save it as UTF-8 (a text editor's Save As offers the encoding) or export it again "
    "from the meeting tool"
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Files people upload by mistake, told apart by their first bytes.
_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive or Word/OpenDocument file"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF (WAV/AVI) media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x7fELF", "an executable program"),
)
# An RTF document is text, though its words are wrapped in formatting codes: how to save
# its plain text is said, as for a word processor's document.
_RTF = b"{\\rtf"
_EXPORT_HINT = "export the transcript as .vtt, .srt, .sbv or .txt"
# Share of a UTF-16 byte lane that must be NUL, and of the other that must be
# text, for a file without a byte-order mark to be taken for UTF-16.
_UTF16_LANE_SHARE = 0.8
# Share of control characters above which decoded text is treated as binary.
_MAX_CONTROL_SHARE = 0.05
# A UTF-8 file with bytes that are not UTF-8 is read where they lie on at most this
# many of its lines (or under _BAD_LINES_SHARE of them, in a long file), and never on
# more than _MOST_BAD_LINES_SHARE: a file in another encoding has them on most lines
# that hold a letter outside ASCII, and is refused.
_FEW_BAD_LINES = 3
_BAD_LINES_SHARE = 0.01
_MOST_BAD_LINES_SHARE = 0.1
# Bytes that are not UTF-8, as decoding with "surrogateescape" keeps them: a lone
# surrogate each, which decoded UTF-8 never holds.
_UNDECODED = re.compile("[\udc80-\udcff]+")
# What such a run of bytes is shown as.
REPLACEMENT = "\ufffd"


def _refuse(reason: str) -> InvalidInput:
    """A refusal of the transcript. ``reason`` says what is wrong with it without naming
    it again ("empty", not "file is empty"): each surface prints it after the name of what
    it refuses, the command line's "transcript: empty", the upload form's "File: empty"."""
    return InvalidInput(field="transcript", reason=reason)


def check_size(size: int) -> None:
    """Raise TooLarge (an InvalidInput) when ``size`` bytes exceed MAX_TRANSCRIPT_BYTES."""
    if size > MAX_TRANSCRIPT_BYTES:
        raise too_large(size)


def too_large(size: int) -> TooLarge:
    """The refusal of a transcript of ``size`` bytes, over the limit: the sizes, and
    what to do instead."""
    return TooLarge(
        "transcript",
        f"too large ({_sizes(size)}, about fifty hours of talk); {_SMALLER}",
    )


def too_large_stream(source: str) -> TooLarge:
    """The refusal of a transcript read from ``source`` ("standard input") that ran past
    the limit: read no further than that, its size is unknown."""
    limit = MAX_TRANSCRIPT_BYTES / 1_000_000
    return TooLarge(
        "transcript",
        f"{source} is too large (over {limit:.0f} MB, about fifty hours of talk); {_SMALLER}",
    )


_SMALLER = "choose a smaller file, or split the transcript into one file per session"


def _sizes(size: int) -> str:
    """``size`` and the limit in MB as file managers show them, or in bytes where the
    megabytes would read the same ("5.0 MB; the limit is 5 MB" for a byte too many)."""
    shown, limit = f"{size / 1_000_000:.1f}", MAX_TRANSCRIPT_BYTES / 1_000_000
    if float(shown) <= limit:
        return f"{size:,} bytes; the limit is {MAX_TRANSCRIPT_BYTES:,} bytes"
    return f"{shown} MB; the limit is {limit:.0f} MB"


class Decoded(NamedTuple):
    """A transcript's text, and the lines (1-based) where bytes that are not UTF-8 were
    replaced by :data:`REPLACEMENT`."""

    text: str
    mended_lines: list[int]


def decode_transcript(data: bytes) -> Decoded:
    """The text of ``data`` with line endings normalised to ``\\n``, and the lines
    where a few bytes that are not UTF-8 were replaced (:data:`REPLACEMENT`).

    Raises InvalidInput (field ``transcript``) for: too large, empty, binary
    data, or text that is not UTF-8/UTF-16/UTF-32 as described above.
    """
    check_size(len(data))
    text, mended = _decode(data)
    if not text.strip():
        raise _refuse("empty (it holds only blank space)")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise _refuse(f"binary data, not a text transcript; {_EXPORT_HINT}")
    text = _one_line_end(text)
    if not mended:
        return Decoded(text, [])
    return Decoded(_UNDECODED.sub(REPLACEMENT, text), mended)


def _one_line_end(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> tuple[str, list[int]]:
    """The text of ``data``, and the lines (1-based) where bytes that are not UTF-8, in a
    file that is nearly all UTF-8, are kept as lone surrogates (``surrogateescape``), for
    the caller to mark."""
    if not data:
        raise _refuse("empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8-sig":
                return _utf8(data, len(bom))
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as err:
                raise _refuse(f"broken {encoding.upper()} text (byte {err.start})") from None
    _refuse_known_binary(data)
    return _utf8(data, 0)


def _utf8(data: bytes, start: int) -> tuple[str, list[int]]:
    """``data`` from byte ``start`` on as UTF-8, and the lines where bytes that are not
    UTF-8 are kept as lone surrogates: refused where they lie on more than a few of its
    lines (:func:`_nearly_all_utf8`)."""
    body = data[start:]
    try:
        return body.decode("utf-8"), []
    except UnicodeDecodeError as err:
        first = start + err.start
    text = body.decode("utf-8", errors="surrogateescape")
    lines = _one_line_end(text).split("\n")
    bad = [n for n, line in enumerate(lines, start=1) if _UNDECODED.search(line)]
    if not _nearly_all_utf8(len(bad), sum(1 for line in lines if line.strip())):
        raise _refuse(_undecodable_reason(data, first))
    return text, bad


def _nearly_all_utf8(bad: int, filled: int) -> bool:
    """Whether ``bad`` lines with bytes that are not UTF-8, of ``filled`` lines that hold
    anything (a line with such bytes always does), are few: at most _FEW_BAD_LINES, or
    under _BAD_LINES_SHARE of them, and never more than _MOST_BAD_LINES_SHARE."""
    few = bad <= _FEW_BAD_LINES or bad < _BAD_LINES_SHARE * filled
    return few and bad <= _MOST_BAD_LINES_SHARE * filled


# A word processor's document, told apart from other ZIP archives by the names of the
# parts it holds (stored uncompressed in the archive), with how to get its text: a Teams
# transcript downloaded as .docx, say. Word saves plain text in Windows-1252 unless told
# otherwise, which is refused: the refusal names UTF-8.
_DOCUMENTS = (
    (b"word/document.xml", "a Word document (.docx)", "Plain Text (.txt)"),
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)", "Text (.txt)"),
)


def _refuse_known_binary(data: bytes) -> None:
    if data.startswith(b"PK\x03\x04"):
        for part, what, save_as in _DOCUMENTS:
            if part in data:
                raise _refuse(
                    f"{what}, not a text transcript; open it and Save As {save_as}, "
                    f"choosing UTF-8 as its encoding, or {_EXPORT_HINT}"
                )
    if data.startswith(_RTF):
        raise _refuse(
            "an RTF document (Rich Text Format, text full of formatting codes), not a "
            "plain-text transcript; open it and Save As Plain Text (.txt), choosing UTF-8 as "
            f"its encoding, or {_EXPORT_HINT}"
        )
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _refuse(f"binary data (looks like {what}), not a text transcript; {_EXPORT_HINT}")
    if b"\x00" in data:
        if _looks_like_bomless_utf16(data):
            raise _refuse(
                f"not UTF-8 text (looks like UTF-16 without a byte-order mark); {_SAVE_AS_UTF8}"
            )
        raise _refuse(
            "binary data (it holds zero bytes, which no text file has), not a text "
            f"transcript; {_EXPORT_HINT}"
        )


def _looks_like_bomless_utf16(data: bytes) -> bool:
    """Mostly-ASCII text stored as UTF-16 has a NUL in (nearly) every other
    byte and printable characters in between. Binary data holds NULs too, but
    not in that pattern: both conditions must hold. Text in another script
    (Chinese, say) has few NULs; it counts when it reads as UTF-16 whose characters
    are nearly all letters, marks, punctuation or spaces."""
    sample = data[:4096]
    for nuls, chars in ((sample[1::2], sample[0::2]), (sample[0::2], sample[1::2])):
        if nuls and nuls.count(0) >= _UTF16_LANE_SHARE * len(nuls):
            return _printable_count(chars) >= _UTF16_LANE_SHARE * len(chars)
    return any(
        _reads_as_text(sample[: len(sample) // 2 * 2], e) for e in ("utf-16-le", "utf-16-be")
    )


def _reads_as_text(sample: bytes, encoding: str) -> bool:
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    if not text or "\n" not in text or _is_mostly_one(text):
        return False
    wordlike = sum(1 for ch in text if ch.isspace() or ch.isprintable())
    letters = sum(1 for ch in text if ch.isalpha())
    return wordlike >= 0.98 * len(text) and letters >= 0.5 * len(text)


def _is_mostly_one(text: str) -> bool:
    """Padding or a fill pattern (one repeated character) is not text."""
    return max(text.count(ch) for ch in set(text)) > 0.5 * len(text)


def _printable_count(lane: bytes) -> int:
    """Bytes of ``lane`` that are printable ASCII, whitespace, or the low byte
    of a non-ASCII character (paired with a non-NUL byte)."""
    return sum(1 for b in lane if 32 <= b < 127 or b in b"\t\n\r" or b >= 0xA0)


def _undecodable_reason(data: bytes, at: int) -> str:
    """Why ``data``, which is not UTF-8 from byte ``at`` on, is refused: binary data,
    or text in another encoding, with the line and the byte where UTF-8 breaks."""
    sample = data[:65536]
    control = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    if control > 0.1 * len(sample):
        return f"binary data, not a text transcript; {_EXPORT_HINT}"
    line = data.count(b"\n", 0, at) + 1
    where = f"line {line} has byte 0x{data[at]:02X}"
    readable = data.decode("utf-8", errors="replace")
    good = sum(1 for ch in readable if ord(ch) > 127 and ch != "\ufffd")
    if good >= readable.count("\ufffd"):
        # Most non-ASCII characters read as UTF-8: a stray byte, not another encoding.
        return f"not valid UTF-8 ({where}, which UTF-8 does not allow); fix that character"
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        return f"not UTF-8 text ({where}; looks like an unknown 8-bit encoding); {_SAVE_AS_UTF8}"
    return f"not UTF-8 text ({where}; looks like Windows-1252 or Latin-1); {_SAVE_AS_UTF8}"


def _control_share(text: str) -> float:
    sample = text[:65536]
    control = sum(
        1 for ch in sample if ch not in "\t\n\r\f" and unicodedata.category(ch) in ("Cc", "Cs")
    )
    return control / len(sample)
