"""How a session's analysis is laid out in the database: packed in columns.

The analysis's JSON form (:func:`coachconn.analysis.report.to_json`) lists every
utterance as an object that repeats each key name and holds the utterance's words,
which the stored transcript holds already. Stored whole, it took about four times the
transcript's size. Packed, each key is named once with a column of its values, an
utterance's words are a place in the transcript (kept as words only where they are not
found there), and the metrics and signals are left out: reading back measures the
coded utterances again (:func:`coachconn.analysis.report.read_stored`), so they were
never read.

Packing is exact: :func:`unpack_analysis` gives each utterance's object with the same
keys in the same order and the same values. An analysis stored whole, before packing
came, has no ``layout`` key and is read as it is.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Any

LAYOUT = 2
# Recomputed when read back (read_stored), so never stored.
_DERIVED = ("metrics", "signals")
# Integer columns (an utterance's index and turn) go up by small steps: kept as steps.
_STEPPED = ("index", "turn")
# How far past the words before an utterance's words are looked for: the parser reads
# the file in order, so they follow closely (a label and a stamp between them); words
# further on are kept as they are. Each piece is matched at every place in the window
# where its first word is, so the window is kept short: where the parser changed every
# line's words (entities read, say), a 6,000-utterance transcript was packed in 7 s
# with a window of 64K characters.
_WINDOW = 4096


def pack_analysis(data: dict[str, Any], source: str) -> dict[str, Any]:
    """``data``, an analysis's JSON form, packed for storing beside ``source``, the
    transcript text its utterances were read from."""
    utterances: list[dict[str, Any]] = data["utterances"]
    shape_of: dict[tuple[str, ...], int] = {}
    for item in utterances:
        shape_of.setdefault(tuple(item), len(shape_of))
    shapes = [list(keys) for keys in shape_of]
    keys = list(dict.fromkeys(key for shape in shapes for key in shape))
    columns: dict[str, list[Any]] = {key: [item.get(key) for item in utterances] for key in keys}
    if "text" in columns:
        columns["text"] = _places(columns["text"], source)
    stepped = [k for k in _STEPPED if all(type(v) is int for v in columns.get(k, [None]))]
    for key in stepped:
        columns[key] = _steps(columns[key])
    rest = {k: v for k, v in data.items() if k != "utterances" and k not in _DERIVED}
    return {
        "layout": LAYOUT,
        **rest,
        "shapes": shapes,
        "shape": [shape_of[tuple(item)] for item in utterances],
        "stepped": stepped,
        "columns": columns,
    }


def unpack_analysis(stored: dict[str, Any], source: str) -> dict[str, Any]:
    """The JSON form a packed analysis was packed from, less its metrics and signals;
    an analysis stored whole is returned as it is. ``source``: the transcript text it
    was stored beside."""
    if stored.get("layout") != LAYOUT:
        return stored
    columns: dict[str, list[Any]] = dict(stored["columns"])
    for key in stored["stepped"]:
        columns[key] = _unstep(columns[key])
    if "text" in columns:
        columns["text"] = _words(columns["text"], source)
    shapes: list[list[str]] = stored["shapes"]
    utterances = [
        {key: columns[key][i] for key in shapes[shape]} for i, shape in enumerate(stored["shape"])
    ]
    skip = ("layout", "shapes", "shape", "stepped", "columns")
    rest = {k: v for k, v in stored.items() if k not in skip}
    return {**rest, "utterances": utterances}


def _places(texts: list[Any], source: str) -> list[Any]:
    """Each utterance's words as a list of pieces, each ``[gap, length]`` (found in
    ``source`` ``gap`` characters after the end of the piece before) or the characters
    themselves (the space that joined two cues of one speaker); the words as they are
    where they are not found so."""
    placed: list[Any] = []
    end = 0
    for text in texts:
        pieces, after = _pieces(text, source, end) if isinstance(text, str) else (None, end)
        placed.append(text if pieces is None else pieces)
        end = after
    return placed


def _pieces(text: str, source: str, end: int) -> tuple[list[Any] | None, int]:
    """``text`` as pieces of ``source`` from ``end`` on, and where the last one ends;
    (None, ``end``) where it is not made of them. Each piece is the longest run of
    ``text``, cut at a space, found within ``_WINDOW`` characters: of the places there
    where its first word is, the one that matches furthest."""
    pieces: list[Any] = []
    rest, cursor = text, end
    while rest:
        joint = len(rest) - len(rest.lstrip(" "))
        if joint:  # the space that joined two cues, or a text's own leading spaces
            pieces.append(rest[:joint])
            rest = rest[joint:]
            continue
        first = rest.find(" ")
        word = rest if first < 0 else rest[:first]
        cut, at = 0, -1
        place = source.find(word, cursor, cursor + _WINDOW + len(word))
        while place >= 0:
            matched = _matched(rest, source, place)
            # Cut where the match ends, at the space before a word it did not match whole.
            here = matched if matched == len(rest) else rest.rfind(" ", 0, matched + 1)
            if here > cut:
                cut, at = here, place
                if cut == len(rest):
                    break
            place = source.find(word, place + 1, cursor + _WINDOW + len(word))
        if at < 0:
            return None, end
        pieces.append([at - cursor, cut])
        cursor, rest = at + cut, rest[cut:]
    if not pieces:  # no words: an empty piece where the last one ended
        pieces.append([0, 0])
    return pieces, cursor


def _matched(text: str, source: str, at: int) -> int:
    """How many of ``text``'s first characters ``source`` has from ``at`` on: a length
    found by doubling, then halving, so a long match costs a few comparisons, not one a
    character."""
    low, step = 0, 64
    while low < len(text) and source.startswith(text[low : low + step], at + low):
        low, step = min(low + step, len(text)), step * 2
    high = min(low + step, len(text))  # low matches; high does not
    while high - low > 1:
        middle = (low + high) // 2
        if source.startswith(text[low:middle], at + low):
            low = middle
        else:
            high = middle
    return low


def _words(placed: list[Any], source: str) -> list[Any]:
    texts: list[Any] = []
    end = 0
    for item in placed:
        if not isinstance(item, list):
            texts.append(item)
            continue
        parts = []
        for piece in item:
            if isinstance(piece, str):
                parts.append(piece)
                continue
            gap, length = piece
            start = end + gap
            end = start + length
            parts.append(source[start:end])
        texts.append("".join(parts))
    return texts


def _steps(values: list[int]) -> list[int]:
    return [value - before for before, value in zip([0, *values], values, strict=False)]


def _unstep(steps: list[int]) -> list[int]:
    return list(accumulate(steps))
