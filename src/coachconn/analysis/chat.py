"""Telling a meeting's saved chat from a transcript, so that the chat file Zoom saves
beside a recording, passed by mistake, is refused as what it is: what people typed, not
what they said, read as a session it would give the coach's links and "Thanks!" as the
talk.

Zoom writes each message under a line that opens with the time it was sent, in one of
three layouts over its versions: "10:01:12 From Ana Ruiz to Everyone:" with the message
on the lines below; "10:01:12\t From  Ana Ruiz : message"; and "00:01:12\tAna Ruiz:\tmessage".
No transcript opens its lines with "From ... to ...:" after a time, nor puts a tab on
each side of a name.
"""

from __future__ import annotations

import re

from coachconn.core.errors import quoted

__all__ = ["chat_layout"]

_SENT_AT = r"^\d{1,2}:\d{2}(?::\d{2})?"
_MESSAGE_LINE = re.compile(
    rf"{_SENT_AT}[ \t]+From[ \t]+\S[^\n]*?[ \t]to[ \t]+\S[^\n]*?:"  # "From Ana to Everyone:"
    rf"|{_SENT_AT}\t[ \t]*From[ \t]+\S[^\n]*?[ \t]:(?:[ \t]|$)"  # "\t From  Ana : text"
    rf"|{_SENT_AT}\t[^\t\n]+:\t"  # "\tAna Ruiz:\ttext"
)

# A message's heading is found within this many characters of its line: a long line is
# not searched to its end for a colon at each "to" in it.
_HEADING_CHARS = 300


def chat_layout(text: str) -> str | None:
    """Why ``text`` is a saved meeting chat, not a transcript, or None where it may be a
    transcript: two or more of its lines, and most of those that are not indented (a
    message's own lines), open as a chat message's heading does."""
    heads = [
        (n, line.rstrip())
        for n, line in enumerate(text.split("\n"), start=1)
        if line.strip() and not line[:1].isspace()
    ]
    messages = [(n, line) for n, line in heads if _MESSAGE_LINE.match(line[:_HEADING_CHARS])]
    if len(messages) < 2 or 2 * len(messages) <= len(heads):
        return None
    n, line = messages[0]
    shown = " ".join(line.split())
    return (
        f"looks like a saved meeting chat, not a transcript (line {n}: {quoted(shown)}): it "
        "holds what was typed in the chat, not what was said; use the transcript of the "
        "recording instead (Zoom saves it as a .vtt file beside the recording)"
    )
