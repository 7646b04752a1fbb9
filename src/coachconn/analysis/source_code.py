"""Telling a program's source from a transcript, so that a file passed by mistake (a
Python script, a page of JavaScript) is refused as what it is rather than read as a
session of speakers named "else" or "try".

Two plain signs, each narrow enough that no transcript shows it: every speaker label the
reader found is program code (``else:``, ``if not found:``, ``print(x):``), or most
lines of a plain-text file read as code (:func:`_is_code`). A transcript's lines open on
a speaker's name or a time, which none of the shapes of code does, and most end as a
sentence does, which a line of code is never taken to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coachconn.core.errors import quoted

# Most lines: more than this share of a file's lines that hold anything, and at least
# MIN_CODE_LINES of them (a line or two of an error message is no program).
CODE_LINE_SHARE = 0.5
MIN_CODE_LINES = 5
# A line longer than this is prose, not code, and is not matched at all: a file of a
# few very long lines is read in time whatever they hold.
MAX_CODE_LINE = 300
# A line of code in the languages a coach is likely to have to hand (besides one that
# opens or closes a call or a block: see _is_code): a definition, an import, a block
# opened with a colon, a literal closing the line, brackets alone, an assignment, a
# typed field ("text: str"). Each shape is one prose
# rarely takes, and a line that ends as a sentence does (".", "?", "!") is never counted.
_CODE_LINE = re.compile(
    r"""^(?:
        (?:async\s+)?def\s+\w+\s*\(.*
      | class\s+\w+\s*[(:{].*
      | import\s+[\w.]+(?:\s+as\s+\w+)?
      | from\s+[.\w]+\s+import\s.*
      | (?:if|elif|while|for|with|except|match|case)\b.*:
      | (?:else|try|finally)\s*:
      | (?:return|raise|yield)\b.*
      | @\w[\w.]*(?:\(.*)?
      | \#(?:include|define|import)\b.*
      | //.* | /\*.* | \*/.*
      | [)\]}]+[,;:)\]}]*
      | [a-z_]\w*:\s*(?:str|int|float|bool|bytes|list|dict|tuple|set|frozenset|None|Any
         |Optional|Sequence|Mapping|Iterable|Callable|ClassVar|Final)\b.*
      | [(\[{].*["'].*[)\]}],?
      | [A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*[-+*/%|&]?=(?!=)\s*\S.*
      | (?:const|let|var|function|public|private|protected|static|package|using|namespace
         |fn|func|impl|struct|enum|interface|export|module)\s+\w.*[{;=(]
    )$""",
    re.VERBOSE,
)
# A speaker label that is code: a keyword that opens a block ("else", "try", "if not
# found"), lower case as code writes it ("Case" may be someone's name), a call
# ("print(x)"; a name's "(Guest)" stands apart), or one holding square or curly brackets,
# an equals sign or quotation marks, which no name does.
_CODE_LABEL = re.compile(
    r"^(?:(?:if|elif|else|for|while|try|except|finally|with|def|class|lambda|case|default"
    r"|return|match|switch|do)\b|.*(?:\w\(|[\[\]{}=<>\"`]))"
)


def not_a_transcript(text: str, kind: str, speakers: Sequence[str]) -> str | None:
    """Why ``text`` (read as ``kind``, with these ``speakers``) is no transcript but
    program code, or None where it may be one: most of the lines of a plain-text file
    read as code, or every speaker label found does."""
    if kind == "text":
        lines = [(n, line.strip()) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
        code = [(n, line) for n, line in lines if _is_code(line)]
        if len(code) >= MIN_CODE_LINES and len(code) > CODE_LINE_SHARE * len(lines):
            n, line = code[0]
            return (
                f"{len(code)} of its {len(lines)} lines read as program code (line {n}: "
                f"{quoted(line)})"
            )
    if speakers and all(_CODE_LABEL.match(name) for name in speakers):
        labels = ", ".join(quoted(f"{name}:") for name in speakers[:3])
        if len(speakers) > 3:
            labels += f" and {len(speakers) - 3} more"
        return f"its only 'Name:' labels are program code ({labels}), not speakers' names"
    return None


def _is_code(line: str) -> bool:
    """Whether a line (stripped, not empty) reads as code: ending by opening a block or a
    call, ending a call ("print(x)", "run(a, b):"), or one of :data:`_CODE_LINE`'s
    shapes; never one that ends as a sentence does."""
    if len(line) > MAX_CODE_LINE or line.rstrip("'\"”’")[-1:] in (".", "!", "?", "…"):
        return False
    if line[-1] in "{([" or (line.rstrip(":,;").endswith(")") and _calls(line)):
        return True
    return _CODE_LINE.match(line) is not None


def _calls(line: str) -> bool:
    """Whether a bracket opens right after a word ("print(x)"), as a call's does and a
    name's "(Guest)" does not."""
    at = line.find("(", 1)
    while at != -1:
        before = line[at - 1]
        if before.isalnum() or before == "_":
            return True
        at = line.find("(", at + 1)
    return False
