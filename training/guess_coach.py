"""How often the parser's guess of the coach is right, where nothing names the coach.

    PYTHONPATH=src .venv/bin/python training/guess_coach.py [--data ../shared/data/annomi]

Each transcript of AnnoMI (train and test) and of the coaching set is written as plain
"Name: text" lines under two neutral names and parsed with no coach named, no engagement
and no session: the guess alone decides (`parse.coach_cues`). Prints, per set, how many
guesses are right and which transcripts are wrong. Nothing is fitted here: the cues were
chosen by reading AnnoMI's training transcripts.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coachconn.analysis.annomi import load_annomi
from coachconn.analysis.coaching import DATA_DIR, load_coaching_set
from coachconn.analysis.parse import parse_transcript

COACH, CLIENT = "Sam Reyes", "Jo Tran"


def _guessed_right(lines: list[tuple[bool, str]]) -> bool:
    """Whether the parser takes the speaker of the ``True`` lines for the coach."""
    text = "\n".join(f"{COACH if coach else CLIENT}: {said}" for coach, said in lines)
    return parse_transcript(text.encode(), "session.txt").coach == COACH


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("../shared/data/annomi"))
    args = parser.parse_args()
    annomi = load_annomi(args.data)
    fit, validation = annomi.fit_and_validation()
    sets: dict[str, list[tuple[str, list[tuple[bool, str]]]]] = {
        "AnnoMI train": [
            (str(t.transcript_id), [(u.role == "coach", u.text) for u in t.transcript.utterances])
            for t in fit + validation
        ],
        "AnnoMI test": [
            (str(t.transcript_id), [(u.role == "coach", u.text) for u in t.transcript.utterances])
            for t in annomi.test
        ],
        "coaching set": [
            (s.transcript_id, [(u.role == "coach", u.text) for u in s.transcript.utterances])
            for s in load_coaching_set(DATA_DIR)
        ],
    }
    for name, transcripts in sets.items():
        wrong = [tid for tid, lines in transcripts if not _guessed_right(lines)]
        shown = f"; wrong: {', '.join(wrong)}" if wrong else ""
        print(f"{name}: {len(transcripts) - len(wrong)} of {len(transcripts)} right{shown}")


if __name__ == "__main__":
    main()
