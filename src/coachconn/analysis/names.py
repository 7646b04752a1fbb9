"""What a speaker label says of the person behind it.

Names are compared folded (:func:`fold`). A label may be written surname first
("Raman, Priya") or name someone's device, as meeting tools label a person who joins
from one ("Priya's iPhone", "Priya on phone"). The reader of the file (``formats``)
asks whether a ``Word Word:`` line opens with such a label at all; the parser
(``parse``) asks whose name it is. Both read the shapes here, so they cannot drift.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from coachconn.core.errors import quoted

DEVICES = frozenset(
    [
        "phone",
        "iphone",
        "ipad",
        "android",
        "mobile",
        "cell",
        "laptop",
        "tablet",
        "pc",
        "mac",
        "macbook",
        "galaxy",
        "pixel",
        "desktop",
        "computer",
    ]
)
# Device words that are nobody's surname, so that "Priya iPhone" is a device with no "'s"
# or "on" before it; "Sarah Mac" or "Ana Pixel" is a person.
_PLAINLY_DEVICES = frozenset(
    ["phone", "iphone", "ipad", "android", "laptop", "tablet", "pc", "macbook", "desktop"]
)
# A surname of one or two words, a comma, then the given names: "Raman, Priya",
# "Van Dyke, Ana".
_SURNAME_FIRST = re.compile(r"^([^,\s]+(?: [^,\s]+)?), ([^,]+)$")
# An owner, then their device: "Priya's iPhone", "Priya on phone", "Priya from her iPad",
# or the device word straight after the name ("Priya iPhone", "Priya Raman iPad").
_DEVICE_OF = re.compile(r"^(.+?)(?:(?:['’]s| on| from| via)(?: \S+)*| \S+)$")


# What sets a title apart from the name in a display name that carries one: "Priya Nair -
# Coach", "Priya Nair | ICF PCC", "Priya Nair – Leadership".
TITLE_SEPARATORS = frozenset("-–—|")
# A credential after a comma ("Priya Nair, PCC", "Ana Ruiz, PhD"): three letters or more
# with two capitals, or one of the two-letter ones; two capitals alone are as likely a
# surname-first name's initials ("Wu, AJ").
_CREDENTIAL = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})(?:[A-Za-z.]{3,8}|MD|RN)$")


# A form of address before a name ("Dr. Inés Cañizares"), no part of what she is called.
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|mx|prof)\.?\s+(?=\S)")


def without_title(label: str) -> str:
    """The name a display name shows before its title, as written: "Priya Nair" for
    "Priya Nair - Coach", "Priya Nair | Coach: ICF PCC", "Priya Nair: ICF PCC" or "Priya
    Nair, PCC, MBA"; any other label as it is ("Raman, Priya" is surname first)."""
    name = re.split(r"[:：](?=\s|$)", label, maxsplit=1)[0].strip() or label
    words = name.split()
    cut = next((k for k, word in enumerate(words) if word in TITLE_SEPARATORS), len(words))
    name = " ".join(words[:cut]) if cut else name
    head, *tails = name.split(",")
    if tails and head.strip() and all(_CREDENTIAL.match(tail.strip()) for tail in tails):
        return head.strip()
    return name


def fold(name: str) -> str:
    """A name as compared: spaces collapsed, case and accents aside ("Tomás" is "tomas":
    a meeting tool or a coach typing may drop them)."""
    if not name.isascii():
        name = "".join(
            ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
        )
    return " ".join(name.split()).casefold()


def surname_first(label: str) -> tuple[str, str] | None:
    """(given names, surname) as written, of a label written surname first ("Raman,
    Priya" gives ("Priya", "Raman")); None for any other label."""
    found = _SURNAME_FIRST.match(" ".join(label.split()))
    return None if found is None else (found[2], found[1])


def device_owner(label: str) -> str | None:
    """Whose device ``label`` names, as written: "Priya" for "Priya's iPhone", "Priya on
    phone" or "Priya iPhone"; None where the label is one word, its last word is no
    device (:data:`DEVICES`), or that word follows the name bare and could be a surname
    ("Sarah Mac")."""
    written = " ".join(label.split())
    device = fold(written.rsplit(" ", 1)[-1])
    if " " not in written or device not in DEVICES:
        return None
    owner = _DEVICE_OF.match(written)
    if owner is None:
        return None
    if owner[0] == f"{owner[1]} {written.rsplit(' ', 1)[1]}" and device not in _PLAINLY_DEVICES:
        return None  # "Sarah Mac": a surname that is also a device word
    return owner[1]


def is_device(label: str) -> bool:
    """Whether a label names someone's device rather than a person: a first name alone,
    then a device ("Priya's iPhone", not "Priya Raman's iPhone", which names a person)."""
    owner = device_owner(label)
    return owner is not None and " " not in owner


def person(label: str) -> str:
    """The folded name a label stands for: "Raman, Priya" is "priya raman", "Priya's
    iPhone" is "priya", "Priya Nair - Coach" (:func:`without_title`) is "priya nair" and
    "Dr. Inés Cañizares" is "ines canizares"."""
    folded = _HONORIFIC.sub("", fold(without_title(label)))
    listed = surname_first(folded)
    if listed is not None:
        return f"{listed[0]} {listed[1]}"
    return device_owner(folded) or folded


# Speaker labels that name a role rather than a person.
COACH_LABELS = frozenset({"coach", "the coach", "interviewer", "facilitator", "mentor",
                          "therapist", "counselor", "counsellor"})  # fmt: skip
CLIENT_LABELS = frozenset({"client", "the client", "coachee", "mentee", "interviewee",
                           "patient"})  # fmt: skip


# Speaker labels that name a role of someone in the session who is neither its coach nor
# its client: a third party, whose words are not the client's talk nor the coach's.
THIRD_PARTY_LABELS = frozenset({"interpreter", "the interpreter", "translator",
                                "the translator", "note-taker", "notetaker", "note taker",
                                "the note-taker", "the notetaker", "observer",
                                "the observer"})  # fmt: skip
# ("Supervisor" is not among them: in a supervision session the supervisor is the one who
# coaches, and in one observed live an observer is labelled as such.)


def is_role_label(name: str) -> bool:
    """Whether a speaker is labelled by a role ("Client", "Coach") rather than a name."""
    return fold(name) in COACH_LABELS | CLIENT_LABELS


def called(label: str) -> tuple[str, ...]:
    """The names, folded, that someone labelled ``label`` may be called by in the talk: the
    name the label stands for (:func:`person`) and its first word ("olu adeyemi", "olu");
    none for a label that names a role ("Client") or holds more than a name's letters
    ("Speaker 2")."""
    name = person(label)
    words = name.split()
    if not words or is_role_label(name):
        return ()
    if not all(word.replace("-", "").replace("'", "").isalpha() for word in words):
        return ()
    return tuple(dict.fromkeys((name, words[0])))


def quoted_names(names: Sequence[str], last: str = ", ") -> str:
    """Speaker names for a message, each quoted (:func:`~coachconn.core.errors.quoted`:
    a long one cut short), so that a name written surname first reads as one:
    ``'Stein, Mara', 'Ana Ruiz'``; ``last`` joins the last two (" and ",
    " or ")."""
    shown = [quoted(name) for name in names]
    if len(shown) < 2:
        return "".join(shown)
    return f"{', '.join(shown[:-1])}{last}{shown[-1]}"
