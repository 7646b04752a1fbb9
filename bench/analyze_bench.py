"""Benchmark `coachconn analyze` end to end on a generated 6,000-utterance transcript.

    .venv/bin/python bench/analyze_bench.py [--utterances 6000] [--runs 3]
    .venv/bin/python bench/analyze_bench.py --terms [--utterances 6000]

Writes a synthetic coaching dialogue (fixed seed, plain ``Speaker: text`` lines with
``[hh:mm:ss]`` stamps), runs ``coachconn analyze FILE --format json`` as a
subprocess, and prints utterances per second (best of the runs, wall clock,
process start and model load included) and the peak resident memory of the child.

``--terms`` times the client's key terms alone on a session said in 20 words
(:func:`run_terms`): the generated dialogue's lines are distinct, so each word sits
inside few phrases, and the cost of a word said inside hundreds of them goes unseen.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COACH_LINES = (
    "What would you like to focus on today?",
    "What matters most to you about this?",
    "How will you know when you've got there?",
    "When have you handled something like this before?",
    "What makes you so sure that's how she sees it?",
    "Who could support you with that?",
    "So the deadlines keep moving and you're the one absorbing it.",
    "You want to be generous with your time, and you also need some of it back.",
    "That took real courage.",
    "Let's spend the last ten minutes on what you'll do next.",
    "Did you send the email?",
    "You might try blocking an hour each morning for the proposal.",
    "How is this conversation feeling for you right now?",
    "Mm-hmm.",
    "Tell me more about that.",
    "When I changed roles I found that part hard too.",
    "What's the smallest step you could take this week?",
    "It sounds like part of you is ready and part of you is still unsure.",
)
CLIENT_LINES = (
    "We had a meeting on Monday and he said the budget was cut again.",
    "I realise I always say yes before I've even thought about it.",
    "Honestly, I feel a bit ashamed of how I reacted.",
    "I want to leave on time at least three days a week.",
    "I can't, there's nobody else who knows the system.",
    "Yeah, that's right.",
    "I could ask my manager to take the Friday calls.",
    "Then she told me the client had already decided.",
    "I think I tend to avoid the difficult conversations.",
    "I'm scared that if I push back they'll think I'm not committed.",
    "It was a busy week, lots of travel.",
    "I'll draft the proposal by Thursday and send it to her.",
    "I don't really see the point of changing it now.",
    "Maybe.",
)


OPENERS = ("", "", "", "So ", "Okay, ", "Right, ", "And ", "I mean, ", "Well, ", "Yeah, ")
TAILS = (
    "",
    "",
    "",
    " at work",
    " with the team",
    " this week",
    " since the restructure",
    " on Fridays especially",
    " before the board meeting",
    " when my manager is around",
    " at home as well",
    " over the last few months",
    " in the new role",
    " with the client in Leeds",
    " after the reorganisation",
    " during the quarterly review",
    " when the deadlines pile up",
    " with my co-founder",
    " whenever the budget comes up",
    " on the project we discussed",
)


SPANS = (
    "for about {n} weeks",
    "maybe {n} times now",
    "since week {n} of the project",
    "with {n} people on the team",
    "and it's been {n} days",
)


def _vary(line: str, rng: random.Random) -> str:
    """A line with a random opener and, for statements, a trailing phrase: few exact
    repeats, lengths from two words to about thirty, as in a real session."""
    opener = rng.choice(OPENERS)
    keep_case = not opener or line.startswith(("I ", "I'"))
    text = opener + (line if keep_case else line[0].lower() + line[1:])
    tail = rng.choice(TAILS)
    if tail and rng.random() < 0.6:
        tail += f", {rng.choice(SPANS).format(n=rng.randint(2, 40))}"
    if tail and text.endswith(".") and len(text.split()) > 3:
        text = text[:-1] + tail + "."
    return text


def _distinct(line: str, seen: set[str], rng: random.Random) -> str:
    """``line`` made unlike every earlier one, by a trailing phrase with a number.

    The coder encodes a repeated utterance once, so a transcript full of repeats
    flatters the figure; real sessions repeat little beyond "Mm-hmm." and "Yeah."
    """
    text = line
    while text in seen:
        phrase = (
            f"{rng.choice(TAILS) or ' lately'}, {rng.choice(SPANS).format(n=rng.randint(2, 999))}"
        )
        stem = line[:-1] if line[-1:] in ".?!" else line
        text = stem + phrase + (line[-1] if line[-1:] in ".?!" else "")
    seen.add(text)
    return text


def write_transcript(
    path: Path, utterances: int, seed: int = 7, *, allow_repeats: bool = False
) -> None:
    """A dialogue of alternating one-utterance turns with stamps (the parser keeps each
    line as one utterance, so the count coded equals the count generated)."""
    rng = random.Random(seed)
    lines, written, seconds, coach = [], 0, 0, True
    seen: set[str] = set()
    while written < utterances:
        speaker, pool = ("Coach", COACH_LINES) if coach else ("Client", CLIENT_LINES)
        parts = 1
        text = _vary(rng.choice(pool), rng)
        if not allow_repeats:
            text = _distinct(text, seen, rng)
        stamp = f"[{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}]"
        lines.append(f"{stamp} {speaker}: {text}")
        written += parts
        seconds += rng.randint(3, 20)
        coach = not coach
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _coachconn() -> list[str]:
    here = Path(sys.executable).parent / "coachconn"
    if here.exists():
        return [str(here)]
    found = shutil.which("coachconn")
    return [found] if found else [sys.executable, "-m", "coachconn"]


def run_cli(path: Path) -> tuple[float, int]:
    """Seconds for one end-to-end run; the analysis is checked to have coded every line."""
    start = time.perf_counter()
    done = subprocess.run(
        [*_coachconn(), "analyze", str(path), "--format", "json", "--coach", "Coach"],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"coachconn analyze failed ({done.returncode}): {done.stderr.strip()}")
    import json

    return seconds, len(json.loads(done.stdout)["utterances"])


def run_coder(path: Path) -> tuple[float, int]:
    """Seconds for the coder alone, in this process (model load included)."""
    import re

    from coachconn.analysis.coder import MODEL_DIR, load_coder
    from coachconn.analysis.types import Transcript, Utterance

    start = time.perf_counter()
    utterances: list[Utterance] = []
    for turn, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        speaker, text = line.split("] ", 1)[1].split(": ", 1)
        role = "coach" if speaker == "Coach" else "client"
        for sentence in re.split(r"(?<=[.?!])\s+", text):
            utterances.append(Utterance(len(utterances), turn, speaker, role, sentence))
    load_coder(MODEL_DIR).code(Transcript(utterances=utterances, coach="Coach"))
    return time.perf_counter() - start, len(utterances)


# The few words of the session :func:`run_terms` generates.
FEW_WORDS = (
    "gym",
    "app",
    "budget",
    "team",
    "manager",
    "sister",
    "running",
    "plan",
    "board",
    "pack",
    "deadline",
    "promotion",
    "garden",
    "kitchen",
    "project",
    "report",
    "client",
    "coffee",
    "evening",
    "weekend",
)


def run_terms(utterances: int, seed: int = 1) -> tuple[float, int]:
    """Seconds for the client's key terms alone on a session of ``utterances`` lines,
    the client's twelve words each from :data:`FEW_WORDS`."""
    from coachconn.analysis.rapport import client_terms
    from coachconn.analysis.types import Utterance

    rng = random.Random(seed)
    said: list[Utterance] = []
    for index in range(utterances):
        if index % 2:
            text = f"So the {rng.choice(FEW_WORDS)} {rng.choice(FEW_WORDS)} matters?"
            said.append(Utterance(index, index, "Coach", "coach", text))
        else:
            words = " ".join(rng.choice(FEW_WORDS) for _ in range(12))
            text = f"I keep thinking about the {words} and it is hard."
            said.append(Utterance(index, index, "Client", "client", text))
    start = time.perf_counter()
    client_terms(said)
    return time.perf_counter() - start, len(said)


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark coachconn analyze end to end.")
    parser.add_argument("--utterances", type=int, default=6000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--coder-only", action="store_true", help="time the coder in this process, no CLI"
    )
    parser.add_argument(
        "--allow-repeats",
        action="store_true",
        help="let lines repeat exactly (repeats are encoded once, so this runs faster)",
    )
    parser.add_argument(
        "--terms",
        action="store_true",
        help="time the client's key terms alone, on a session said in 20 words",
    )
    args = parser.parse_args()
    if args.terms:
        timings = [run_terms(args.utterances) for _ in range(args.runs)]
        print(f"key terms on {timings[0][1]} utterances of 20 words: ", end="")
        print(", ".join(f"{s:.2f}s" for s, _ in timings), f"(best {min(timings)[0]:.2f}s)")
        return
    run = run_coder if args.coder_only else run_cli
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "session.txt"
        write_transcript(path, args.utterances, allow_repeats=args.allow_repeats)
        lines = path.read_text(encoding="utf-8").splitlines()
        distinct = len({line.split("] ", 1)[1] for line in lines})
        timings = [run(path) for _ in range(args.runs)]
    best, coded = min(timings)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"transcript: {args.utterances} utterances generated ({distinct} distinct), "
        f"{coded} coded by analyze"
    )
    print(f"runs: {', '.join(f'{s:.2f}s' for s, _ in timings)} (best of {args.runs})")
    print(f"throughput: {coded / best:.0f} utterances/s end to end")
    if args.coder_only:
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak_mb:.0f} MB resident")


if __name__ == "__main__":
    main()
