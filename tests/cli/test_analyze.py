"""``coachconn analyze``: reports, warnings on stderr, one-line errors.

The shipped coder is swapped for a tiny rule-based fake, so these tests check
the command, not the model.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import threading
from pathlib import Path

import pytest
import typer
from tests.cli.conftest import RunCli

from coachconn.analysis.decode import MAX_TRANSCRIPT_BYTES
from coachconn.analysis.types import CodedUtterance, Transcript, Utterance
from coachconn.cli import main
from coachconn.config import Settings

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"
OPENERS = ("what", "how", "who", "where", "why")


class FakeCoder:
    """Coach: '?' -> open/closed question (exploration, confidence 0.75),
    'sounds' -> simple reflection, else other. Client: neutral, reporting."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [self._code_one(u) for u in transcript.utterances]

    def _code_one(self, u: Utterance) -> CodedUtterance:
        if u.role == "client":
            return CodedUtterance(u, "neutral", reporting=True)
        if u.text.endswith("?"):
            opener = u.text.split()[0].lower()
            form = "open" if opener in OPENERS else "closed"
            return CodedUtterance(
                u, f"{form}_question", "exploration", confidence=0.75, question_form=form
            )
        return CodedUtterance(u, "simple_reflection" if "sounds" in u.text else "other")


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coachconn.cli.analyze.load_default_coder", FakeCoder)


@pytest.fixture(autouse=True)
def no_practice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A data folder that does not exist, so no practice on this machine takes part
    (a test that wants one makes it with `coachconn init`)."""
    folder = tmp_path / "no-practice"
    monkeypatch.setenv("COACHCONN_DATA_DIR", str(folder))
    return folder


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["analyze", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_it_prints_a_text_report_with_metrics_then_the_coded_transcript(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(capsys, str(TRANSCRIPTS / "zoom.vtt"), "--coach", "Lena Hart")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:2] == ["Session analysis: WebVTT, 7 utterances in 4 turns", "Coach: Lena Hart"]
    assert (
        "  Talk share (words)        coach 44.2%, client 55.8%  (coach 23 words, client 29 words)"
        in lines
    )
    assert (
        "  Reflection:question       1 reflection to 3 questions  (MI reference: the fair band "
        "starts at 1.0 (1:1), the good band at 2.0 (2:1); too few to place: fewer than 10 "
        "questions and reflections)" in lines
    )
    assert "  Stacked questions         1 turn (at 00:20)" in lines  # its first question
    assert (
        "  Longest coach monologue   12 words, 6.9 s (from 00:19): "
        '"That sounds heavy. What keeps the…"' in lines
    )
    # 15.0 to 19.0 s, after the client, and Lena speaks next
    assert "  Silences (3 s or more)    1 (4.0 s in all; ended by the coach)" in lines
    assert (
        "  Client's key terms        treadmill ×2 (reused), deadlines ×2, running ×1, stuck ×1"
        in lines
    )
    # 4 terms are too few for a share (25.0% would move 25 points on one word).
    assert (
        "  Coach reuses              1 of 4 key terms  (too few for a share: fewer than 6 key "
        "terms)" in lines
    )
    assert (
        "  Client predicates         kinesthetic 3  dominant: unknown (fewer than 5 predicates)"
        in lines
    )
    assert any(line.startswith("MI reference: MITI 4.2.1") for line in lines)
    # What each row means follows the figures and the signals, before the transcript,
    # predicates glossed as the sensory words they are.
    meanings = lines.index("What the figures mean")
    assert lines.index("Rapport") < meanings < lines.index("Transcript")
    assert lines[meanings + 1] == (
        "  Talk share (words): How much of the session each of you spoke, counted in words. "
        "In coaching the"
    )
    assert (
        "  Client predicates: The client's predicates: sensory words, of seeing (visual: see, "
        "clear), hearing" in lines
    )
    assert lines[-9:] == [
        "[00:00] Lena Hart (coach) other: Welcome back, Sam.",
        "[00:01] Lena Hart (coach) open_question/exploration: "
        "What would you like to focus on today?",
        "[00:06] Sam Ortiz (client) neutral +reporting: Work feels like a treadmill. "
        "I keep running and the deadlines keep coming. I feel stuck on that treadmill.",
        "        (4.0 s of silence)",  # where the one silence fell: 00:15 to 00:19
        "[00:19] Lena Hart (coach) simple_reflection: That sounds heavy.",
        "[00:20] Lena Hart (coach) open_question/exploration: What keeps the treadmill going?",
        "[00:24] Lena Hart (coach) open_question/exploration: Who sets the pace?",
        # where the one overlap fell: Sam starts at 25.0, 0.4 s before the question ends
        "        (the next line starts while another speaker is still talking: 0.4 s of "
        "speaking over each other)",
        "[00:25] Sam Ortiz (client) neutral +reporting: Mostly me, honestly. "
        "I say yes to all the deadlines.",
    ]


def test_it_prints_json_with_utterances_and_metrics(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(TRANSCRIPTS / "session.srt"), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["coach"], data["coach_guessed"], data["format"]) == (
        "Coach",
        False,
        "srt",
    )  # labelled
    assert data["utterances"][1] == {
        "index": 1,
        "turn": 0,
        "speaker": "Coach",
        "role": "coach",
        "text": "What stood out?",
        "start": 3.5,
        "end": 6.0,
        "unread_before": False,
        "pauses": [],
        "expressions": [],
        "code": "open_question",
        "confidence": 0.75,
        "question_category": "exploration",
        "not_english": False,
        "question_form": "open",
        "reflection_depth": None,
    }
    assert data["utterances"][3] == {
        "index": 3,
        "turn": 1,
        "speaker": "Client",
        "role": "client",
        "text": "That's not enough, is it?",
        "start": 10.6,
        "end": 13.1,
        "unread_before": False,
        "pauses": [],
        "expressions": [],
        "code": "neutral",
        "confidence": None,
        "question_category": None,
        "not_english": False,
        "reflecting": False,
        "reporting": True,
        "disclosure": False,
    }
    # Coach 7 + 3 = 10 words, client 8 + 5 = 13 words.
    assert data["metrics"]["words"] == {"coach": 10, "client": 13}
    assert data["metrics"]["pct_open_questions"] == 100.0


def test_a_long_sessions_json_is_written_a_block_at_a_time_as_one_json_text(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Never held whole as one string: a long session's JSON once took more memory than
    # its analysis. What is written reads as one JSON text all the same.
    monkeypatch.setattr("coachconn.cli._common.JSON_BLOCK", 512)
    written: list[str] = []
    echo = typer.echo

    def recording(message: str | None = None, **kwargs: bool) -> None:
        if not kwargs.get("err"):
            written.append(message or "")
        echo(message, **kwargs)

    monkeypatch.setattr(typer, "echo", recording)
    lines = [
        f"[00:{i // 60:02d}:{i % 60:02d}] {'Zoë' if i % 2 else '王伟'}: Line {i}, café?"
        for i in range(120)
    ]
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = _run(capsys, str(path), "--format", "json", "--coach", "王伟")
    assert code == 0
    assert "Zoë" in out and "\\u" not in out
    assert len(written) > 10 and "".join(written) + "\n" == out
    assert max(len(piece) for piece in written) < 2 * 512
    # One JSON text, each utterance written whole on its own line.
    data = json.loads(out)
    lines = out.splitlines()
    first = lines.index('  "utterances": [') + 1
    read = [json.loads(line.rstrip(",")) for line in lines[first : first + 120]]
    assert len(data["utterances"]) == 120 and read == data["utterances"]


def test_echo_json_writes_the_value_json_dumps_gives_objects_indented_list_items_a_line_each(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from coachconn.cli._common import echo_json

    items = [{"n": n, "text": f"Line {n}, café?", "pauses": [], "at": n / 3} for n in range(50)]
    value = {
        "coach": "王伟",
        "empty": {},
        "none": [],
        "items": items,
        "metrics": {"words": {"coach": 10, "client": 13}, "shares": [1.5, None, True]},
        "nested": [[1, 2], {"a": [3]}],
    }
    echo_json(value)
    out = capsys.readouterr().out
    assert json.loads(out) == json.loads(json.dumps(value)) == value
    assert out.endswith("}\n") and "\\u" not in out
    lines = out.splitlines()
    # The object opens a line for each of its keys, two spaces a level in.
    assert lines[:4] == ["{", '  "coach": "王伟",', '  "empty": {},', '  "none": [],']
    assert '    "words": {' in lines and '      "coach": 10,' in lines
    # Each item of a list is written whole on a line of its own.
    for n, item in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        assert f"    {json.dumps(item, ensure_ascii=False)}{comma}" in lines
    assert "    [1, 2]," in lines and '    {"a": [3]}' in lines
    assert "      1.5," in lines and "      null," in lines
    assert len(lines) == 72


def test_it_writes_warnings_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, str(TRANSCRIPTS / "partly_broken.vtt"), "--format", "json")
    assert code == 0
    assert err.splitlines() == [
        "warning: skipped line 19 (no timing line)",
        "warning: line 8: cue timing could not be read (malformed timestamp); the words are "
        "kept, without a time",
        "warning: line 16: cue timing could not be read (cue ends before it starts); the "
        "words are kept, without a time",
        "warning: coach guessed: Lena Hart (asks the most questions and says 'you' more than 'I')",
        "note: to set the coach, pass --coach with their speaker name",
    ]
    assert json.loads(out)["warnings"][0] == "skipped line 19 (no timing line)"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty"),
        (
            "binary.bin",
            "binary data (it holds zero bytes, which no text file has), not a text transcript",
        ),
        ("latin1.txt", "not UTF-8 text (line 1 has byte 0xE9; looks like Windows-1252"),
        ("no_speakers.txt", "no speaker labels found"),
        ("single_speaker.vtt", "only one speaker found (Lena Hart)"),
        ("malformed_timestamps.srt", "malformed timestamps: none of the 2 cue timings"),
    ],
)
def test_it_refuses_bad_input_in_one_line(
    capsys: pytest.CaptureFixture[str], name: str, reason: str
) -> None:
    code, out, err = _run(capsys, str(TRANSCRIPTS / name))
    assert code == 2
    assert out == ""
    assert err.startswith(f"error: transcript: {reason}")
    assert err.count("\n") == 1


def test_it_names_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.vtt"
    code, _, err = _run(capsys, str(missing))
    assert code == 2
    assert err == f"error: transcript: no such file: {missing}\n"


def test_a_missing_file_named_dash_is_named_as_typed_not_as_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no file named "-" here
    code, out, err = _run(capsys, "./-")
    assert (code, out) == (2, "")
    assert err == "error: transcript: no such file: ./-\n"


def test_it_says_a_folder_is_not_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = _run(capsys, str(tmp_path))
    assert (code, out) == (2, "")
    assert err == f"error: transcript: {tmp_path} is a folder, not a file\n"


def test_an_empty_path_is_refused_not_read_as_the_current_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `coachconn analyze "$FILE"` with FILE unset: the path is empty, and a path object
    # of it names ".", which the refusal used to call a folder the user never typed.
    code, out, err = _run(capsys, "")
    assert (code, out) == (2, "")
    assert err == "error: transcript: expected a file's path, or - for standard input\n"


def test_a_device_is_read_and_an_endless_one_no_further_than_the_limit(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _run(capsys, "/dev/null") == (2, "", "error: transcript: empty\n")
    code, out, err = _run(capsys, "/dev/zero")
    assert (code, out) == (2, "")
    assert err == (
        "error: transcript: /dev/zero is too large (over 5 MB, about fifty hours of talk); "
        "choose a smaller file, or split the transcript into one file per session\n"
    )


def _fifo(tmp_path: Path, data: bytes) -> tuple[Path, threading.Thread]:
    """A named pipe that a thread writes ``data`` into once it is opened, as
    ``<(gpg -d session.vtt.gpg)`` gives a command; the writer stops where the reader
    does."""
    pipe = tmp_path / "session.fifo"
    os.mkfifo(pipe)

    def write() -> None:
        with contextlib.suppress(BrokenPipeError), pipe.open("wb") as f:
            for at in range(0, len(data), 65536):
                f.write(data[at : at + 65536])

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return pipe, writer


def test_a_named_pipe_is_read_as_a_file_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pipe, writer = _fifo(tmp_path, (TRANSCRIPTS / "zoom.vtt").read_bytes())
    code, out, err = _run(capsys, str(pipe), "--coach", "Lena Hart")
    writer.join(5)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Session analysis: WebVTT, 7 utterances in 4 turns"


def test_a_named_pipe_is_read_no_further_than_a_byte_past_the_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pipe, writer = _fifo(tmp_path, b"Ana: Hi?\n" * (MAX_TRANSCRIPT_BYTES // 9 + 10))
    code, out, err = _run(capsys, str(pipe))
    writer.join(5)
    assert (code, out) == (2, "")
    assert err.startswith(f"error: transcript: {pipe} is too large (over 5 MB")


def test_a_file_named_dash_is_read_as_dot_slash_dash_not_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "-").write_bytes((TRANSCRIPTS / "zoom.vtt").read_bytes())
    monkeypatch.chdir(tmp_path)
    raw = _stdin(monkeypatch, (TRANSCRIPTS / "session.srt").read_bytes())
    code, out, err = _run(capsys, "./-", "--coach", "Lena Hart")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Session analysis: WebVTT, 7 utterances in 4 turns"
    assert raw.tell() == 0  # standard input is not read


def test_it_calls_a_program_binary_data(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    head = tmp_path / "head.bin"  # like `head -c 2000 /bin/ls > head.bin`
    head.write_bytes(Path(sys.executable).resolve().read_bytes()[:2000])
    code, out, err = _run(capsys, str(head))
    assert (code, out) == (2, "")
    assert err.startswith("error: transcript: binary data")
    assert "UTF-16" not in err


def test_it_checks_the_size_before_reading_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # sparse: 100 MB + 1 byte without writing them
        f.truncate(100_000_000 + 1)

    def never(self: Path, *args: object, **kwargs: object) -> object:
        raise AssertionError("opened before the size check")

    monkeypatch.setattr(Path, "open", never)
    code, _, err = _run(capsys, str(huge))
    assert code == 2
    assert err == (
        "error: transcript: too large (100.0 MB; the limit is 5 MB, about fifty "
        "hours of talk); choose a smaller file, or split the transcript into one file per "
        "session\n"
    )


def test_a_file_that_grows_past_the_limit_once_checked_is_read_no_further(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    grown = tmp_path / "grown.txt"
    with grown.open("wb") as f:  # sparse
        f.truncate(MAX_TRANSCRIPT_BYTES + 100)
    # As if it had been small when its size was checked, and grew before it was read.
    monkeypatch.setattr("coachconn.cli.analyze.check_size", lambda size: None)
    code, out, err = _run(capsys, str(grown))
    assert (code, out) == (2, "")
    assert err == (
        f"error: transcript: {grown} is too large (over 5 MB, about fifty hours of "
        "talk); choose a smaller file, or split the transcript into one file per session\n"
    )


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> io.BytesIO:
    """Give the command ``data`` on standard input, as a shell redirect would."""
    raw = io.BytesIO(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    return raw


def test_a_dash_reads_the_transcript_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The format is told from the content, as for a file: WebVTT here.
    _stdin(monkeypatch, (TRANSCRIPTS / "zoom.vtt").read_bytes())
    code, out, err = _run(capsys, "-", "--coach", "Lena Hart")
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [
        "Session analysis: WebVTT, 7 utterances in 4 turns",
        "Coach: Lena Hart",
    ]


def test_standard_input_is_read_no_further_than_a_byte_past_the_limit(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = _stdin(monkeypatch, b"a" * (MAX_TRANSCRIPT_BYTES + 100))
    code, out, err = _run(capsys, "-")
    assert (code, out) == (2, "")
    assert err == (
        "error: transcript: standard input is too large (over 5 MB, about fifty hours of "
        "talk); choose a smaller file, or split the transcript into one file per session\n"
    )
    assert raw.tell() == MAX_TRANSCRIPT_BYTES + 1


def test_empty_standard_input_is_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, b"")
    assert _run(capsys, "-") == (2, "", "error: transcript: standard input is empty\n")


def test_it_refuses_an_unknown_coach_and_lists_the_speakers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = _run(capsys, str(TRANSCRIPTS / "teams.vtt"), "--coach", "Morgan")
    assert code == 2
    assert err == (
        "error: --coach: no speaker named 'Morgan'; speakers found: 'Priya Nair', 'Jordan Blake'\n"
    )


@pytest.mark.parametrize("option", ["--coach", "--client"])
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_speaker_option_is_named_as_empty(
    capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    code, out, err = _run(capsys, str(TRANSCRIPTS / "teams.vtt"), option, value)
    assert (code, out) == (2, "")
    assert err == (
        f"error: {option}: must not be empty; speakers found: 'Priya Nair', 'Jordan Blake'\n"
    )


def test_a_google_meet_text_export_gives_no_warning_for_its_header_and_footer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    meet = tmp_path / "meet.txt"
    meet.write_text(
        "Check-in (2026-03-05 10:02 GMT)\n\nAttendees\nKim Park, Lee Ortiz\n\nTranscript\n\n"
        "00:00:00\n\nKim Park: How did the week go?\nLee Ortiz: Long. I missed it.\n\n"
        "00:01:00\n\nKim Park: What got in the way?\nLee Ortiz: Meetings.\n\n"
        "Transcription ended after 00:01:30\n",
        encoding="utf-8",
    )
    code, out, err = _run(capsys, str(meet), "--coach", "Kim Park")
    assert (code, err) == (0, "")
    assert out.startswith("Session analysis: plain text, 4 utterances in 4 turns\n")


def test_a_few_bytes_that_are_not_utf8_are_named_and_the_file_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = [f"{'Ana' if i % 2 == 0 else 'Ben'}: Line {i}, how was it?" for i in range(20)]
    broken = tmp_path / "broken.txt"
    broken.write_bytes("\n".join(lines).encode().replace(b"Line 7,", b"Line 7\x92,"))
    code, out, err = _run(capsys, str(broken), "--coach", "Ana")
    assert code == 0
    assert err == (
        "warning: line 8 has bytes that are not UTF-8, shown as \ufffd; save the file as UTF-8 "
        "to keep the characters there\n"
    )
    assert "Ben (client) neutral +reporting: Line 7\ufffd, how was it?" in out


def test_a_short_stamped_file_says_plainly_why_there_is_no_share_by_time(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    stamped = tmp_path / "stamped.txt"
    stamped.write_text(
        "[00:00] Ana: How are you?\n[00:05] Ben: Tired, the project is heavy.\n", "utf-8"
    )
    code, out, _ = _run(capsys, str(stamped), "--coach", "Ana")
    assert code == 0
    assert (
        "  Talk share (time)         n/a  (the last line has no end time, and holds 5 of the "
        "8 words, more than the 2% that can be left out)"
    ) in out.splitlines()


def test_it_refuses_an_unknown_format_like_every_other_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(capsys, str(TRANSCRIPTS / "zoom.vtt"), "--format", "yaml")
    assert (code, out) == (2, "")
    assert err == "error: --format: expected text or json, got 'yaml'\n"


def test_it_names_a_bad_format_before_a_missing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, str(tmp_path / "nowhere.vtt"), "--format", "xml")
    assert (code, err) == (2, "error: --format: expected text or json, got 'xml'\n")


def test_it_reports_bad_input_before_loading_the_model(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_model() -> None:
        raise AssertionError("the model was loaded for a file that cannot be read")

    monkeypatch.setattr("coachconn.cli.analyze.load_default_coder", no_model)
    code, _, err = _run(capsys, str(TRANSCRIPTS / "empty.txt"))
    assert (code, err) == (2, "error: transcript: empty\n")


def test_the_format_is_read_whatever_its_case(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(TRANSCRIPTS / "zoom.vtt"), "--format", "JSON")
    assert code == 0
    assert json.loads(out)["coach"] == "Lena Hart"


THREE_WAY = """\
[00:00:01] Ruth: Welcome both. What would you like from this hour?
[00:00:05] Mei: As his manager, I want to hear how the stakeholder work is going.
[00:00:12] Karim: Better than I feared.
[00:00:15] Ruth: What does better look like?
[00:00:18] Karim: Shorter meetings.
"""


def test_client_names_the_client_in_a_three_way_meeting(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "three.txt"
    path.write_text(THREE_WAY)
    code, out, _ = _run(capsys, str(path), "--coach", "Ruth", "--format", "json")
    assert code == 0
    roles = {u["speaker"]: u["role"] for u in json.loads(out)["utterances"]}
    assert roles == {"Ruth": "coach", "Mei": "client", "Karim": "client"}  # all but the coach
    code, out, _ = _run(
        capsys, str(path), "--coach", "Ruth", "--client", "karim", "--format", "json"
    )
    assert code == 0
    roles = {u["speaker"]: u["role"] for u in json.loads(out)["utterances"]}
    assert roles == {"Ruth": "coach", "Mei": "other", "Karim": "client"}
    words = json.loads(out)["metrics"]["words"]
    assert words["client"] == 4 + 2  # Karim's only: "Better than I feared." "Shorter meetings."


def test_several_speakers_counted_as_the_client_name_the_option_that_names_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "three.txt"
    path.write_text(THREE_WAY)
    hint = "note: to count only the client's lines as theirs, pass --client with their speaker name"
    _, _, err = _run(capsys, str(path), "--coach", "Ruth")
    assert "'Mei' and 'Karim' both count as the client" in err
    assert hint in err.splitlines()
    _, _, err = _run(capsys, str(path), "--coach", "Ruth", "--client", "Karim")
    assert "note: to count" not in err
    (tmp_path / "two.txt").write_text("[00:00:01] Ruth: How are you?\n[00:00:04] Mei: Fine.\n")
    _, _, err = _run(capsys, str(tmp_path / "two.txt"), "--coach", "Ruth")
    assert "note: to count" not in err


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("Sam", "no speaker named 'Sam'; speakers found: 'Ruth', 'Mei', 'Karim'"),
        ("Ruth", "'Ruth' is the coach; name the client's speaker"),
    ],
)
def test_client_must_name_a_speaker_who_is_not_the_coach(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, reason: str
) -> None:
    path = tmp_path / "three.txt"
    path.write_text(THREE_WAY)
    code, out, err = _run(capsys, str(path), "--coach", "Ruth", "--client", name)
    assert (code, out, err) == (2, "", f"error: --client: {reason}\n")


def test_a_client_name_two_speakers_share_names_them_both(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "two_anas.txt"
    path.write_text("Mara: Ana, would you start?\nAna Ruiz: Sure.\nAna Lopez: Go on.\n")
    code, out, err = _run(capsys, str(path), "--coach", "Mara", "--client", "Ana")
    assert (code, out) == (2, "")
    assert err == (
        "error: --client: 'Ana' matches 2 speakers, 'Ana Ruiz' and 'Ana Lopez'; "
        "give the full name\n"
    )


@pytest.mark.parametrize("client", ["Ruiz", "Ruiz, Ana"])
def test_client_finds_a_speaker_by_surname_or_written_surname_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, client: str
) -> None:
    # "--coach Sam" finds "Whitfield, Sam"; "--client" finds Ana Ruiz by the same rule.
    path = tmp_path / "surnames.txt"
    path.write_text(
        "Whitfield, Sam: What would you both like from this hour?\n"
        "Ana Ruiz: Time to talk about my team.\n"
        "Ben Ito: And I want to hear how it is going.\n" * 2
    )
    args = ("--coach", "Sam", "--client", client, "--format", "json")
    code, out, _ = _run(capsys, str(path), *args)
    assert code == 0
    roles = {u["speaker"]: u["role"] for u in json.loads(out)["utterances"]}
    assert roles == {"Whitfield, Sam": "coach", "Ana Ruiz": "client", "Ben Ito": "other"}


# Jonas asks the questions, so without a word about who is who he is taken for the coach;
# Mara Stein coaches in a session where the client asks most (a first meeting, say).
CLIENT_ASKS = (
    b"Mara Stein: Welcome. Tell me where you are.\n"
    b"Jonas Berg: Where do I even start? What do people usually bring?\n"
    b"Mara Stein: Anything at all. It sounds like a lot is going on.\n"
    b"Jonas Berg: Can we talk about my team? Is that the kind of thing?\n"
)
OWN_NAME = (
    "note: coach: Mara Stein, your name in this practice (pass --coach to name another speaker)"
)


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "first-meeting.txt"
    path.write_bytes(CLIENT_ASKS)
    return path


def test_without_a_practice_the_coach_is_guessed_and_no_folder_is_made(
    capsys: pytest.CaptureFixture[str], session_file: Path, no_practice: Path
) -> None:
    code, out, err = _run(capsys, str(session_file))

    assert code == 0
    assert out.splitlines()[1] == "Coach: Jonas Berg (guessed)"
    assert "your name in this practice" not in err
    assert not no_practice.exists()


def test_the_practices_coach_who_speaks_is_the_coach_and_it_says_so(
    capsys: pytest.CaptureFixture[str], run_cli: RunCli, session_file: Path
) -> None:
    assert run_cli("init", "--quiet", "--name", "Mara Stein").code == 0

    code, out, err = _run(capsys, str(session_file))
    as_json = json.loads(_run(capsys, str(session_file), "--format", "json")[1])

    assert code == 0
    assert out.splitlines()[1] == "Coach: Mara Stein"
    assert err.splitlines() == [OWN_NAME]
    assert (as_json["coach"], as_json["coach_guessed"]) == ("Mara Stein", False)


def test_the_practices_coach_is_found_as_coach_finds_a_speaker(
    capsys: pytest.CaptureFixture[str], run_cli: RunCli, tmp_path: Path
) -> None:
    # "Mara" alone, as a meeting tool may label her: the first name is hers.
    assert run_cli("init", "--quiet", "--name", "Mara Stein").code == 0
    path = tmp_path / "labels.txt"
    path.write_bytes(CLIENT_ASKS.replace(b"Mara Stein:", b"Mara:"))

    code, out, err = _run(capsys, str(path))

    assert code == 0
    assert out.splitlines()[1] == "Coach: Mara"
    assert err.splitlines() == [OWN_NAME.replace("Mara Stein", "Mara")]


def test_coach_still_wins_over_the_practices_name(
    capsys: pytest.CaptureFixture[str], run_cli: RunCli, session_file: Path
) -> None:
    assert run_cli("init", "--quiet", "--name", "Mara Stein").code == 0

    code, out, err = _run(capsys, str(session_file), "--coach", "Jonas Berg")

    assert (code, err) == (0, "")
    assert out.splitlines()[1] == "Coach: Jonas Berg"


def test_a_practice_whose_coach_does_not_speak_leaves_the_guess_as_it_was(
    capsys: pytest.CaptureFixture[str], run_cli: RunCli, session_file: Path
) -> None:
    assert run_cli("init", "--quiet", "--name", "Lena Hart").code == 0

    code, out, err = _run(capsys, str(session_file))

    assert code == 0
    assert out.splitlines()[1] == "Coach: Jonas Berg (guessed)"
    assert "Lena Hart" not in err


def test_a_practice_that_cannot_be_opened_is_named_and_the_file_still_read(
    capsys: pytest.CaptureFixture[str], run_cli: RunCli, settings: Settings, session_file: Path
) -> None:
    assert run_cli("init", "--quiet", "--name", "Mara Stein").code == 0
    settings.key_file.unlink()

    code, out, err = _run(capsys, str(session_file))

    assert code == 0
    assert out.splitlines()[1] == "Coach: Jonas Berg (guessed)"
    assert err.splitlines()[0].startswith(
        "warning: your name in this practice was not read: the database at "
    )


def test_the_cycle_collector_is_paused_for_the_analysis_and_set_back_after(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    seen: list[bool] = []

    class WatchingCoder(FakeCoder):
        def code(self, transcript: Transcript) -> list[CodedUtterance]:
            seen.append(gc.isenabled())
            return super().code(transcript)

    monkeypatch.setattr("coachconn.cli.analyze.load_default_coder", WatchingCoder)
    assert gc.isenabled()
    code, _, _ = _run(capsys, str(TRANSCRIPTS / "zoom.vtt"), "--coach", "Lena Hart")
    assert (code, seen, gc.isenabled()) == (0, [False], True)
    # a transcript that cannot be read: set back all the same
    code, _, _ = _run(capsys, str(TRANSCRIPTS / "zoom.vtt"), "--coach", "Nobody")
    assert code != 0 and gc.isenabled()
    # one already paused by the caller stays paused
    gc.disable()
    try:
        _run(capsys, str(TRANSCRIPTS / "zoom.vtt"), "--coach", "Lena Hart")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_every_key_of_the_json_and_of_its_utterances_is_in_the_readme(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A program reads the JSON by the names the README gives: none of the top-level
    # keys, nor of an utterance's (a coach's and a client's), goes undocumented.
    code, out, _ = _run(capsys, str(TRANSCRIPTS / "zoom.vtt"), "--format", "json")
    assert code == 0
    found = json.loads(out)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Transcript analysis") : readme.index("### Speakers")]
    keys = set(found) | {key for u in found["utterances"] for key in u}
    assert {"coach", "format", "reflecting", "question_form"} <= keys
    assert sorted(key for key in keys if f"`{key}`" not in section) == []


def test_a_speaker_option_given_twice_is_refused_not_the_first_name_dropped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Two coaches (co-coaching): `--coach Ruth --coach Mei` took Mei alone and counted
    # Ruth's questions as the client's, with nothing said of the first name.
    path = tmp_path / "three.txt"
    path.write_text(THREE_WAY)
    code, out, err = _run(capsys, str(path), "--coach", "Ruth", "--coach", "Mei")
    assert (code, out) == (2, "")
    assert err == (
        "error: --coach: given twice ('Ruth', 'Mei'); it names one speaker. For two "
        "coaches, name one with --coach and the client with --client: the other coach's "
        "lines are shown, kept out of the client's figures\n"
    )


def test_the_client_named_three_times_is_told_how_a_group_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "three.txt"
    path.write_text(THREE_WAY)
    code, out, err = _run(
        capsys, str(path), "--client", "Ruth", "--client", "Mei", "--client", "Ana"
    )
    assert (code, out) == (2, "")
    assert err == (
        "error: --client: given 3 times ('Ruth', 'Mei', 'Ana'); it names one speaker. For a "
        "group, leave it out: everyone but the coach is on the client's side, and the talk "
        "by speaker table shows each of them\n"
    )


# One coach, three clients: Mara 9 + 7 words, Ana 12 + 3, Ben 1, Chloe 10; 42 in all.
GROUP = """\
[00:00] Mara: What would each of you like from this session?
[00:06] Ana: Clearer roles on the team, and fewer meetings for all of us.
[00:14] Ben: Same.
[00:16] Chloe: I want us to stop missing the deadlines we set.
[00:24] Mara: What would clearer roles give the team?
[00:30] Ana: Time to think.
"""


def test_a_group_session_gives_each_speakers_talk_share(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "group.txt"
    path.write_text(GROUP)
    code, out, _ = _run(capsys, str(path), "--coach", "Mara", "--format", "json")
    assert code == 0
    metrics = json.loads(out)["metrics"]
    # 16, 15, 1 and 10 of 42 words; Ana's last line, 3 of 42 words, leaves no talk time.
    assert [(s["speaker"], s["role"], s["words"], s["share_words"], s["seconds"])
            for s in metrics["talk_by_speaker"]] == [
        ("Mara", "coach", 16, 38.1, None),
        ("Ana", "client", 15, 35.7, None),
        ("Ben", "client", 1, 2.4, None),
        ("Chloe", "client", 10, 23.8, None),
    ]  # fmt: skip
    assert metrics["talk_share_words"] == {"coach": 38.1, "client": 61.9}  # pooled, as before
    code, out, _ = _run(capsys, str(path), "--coach", "Mara")
    lines = out.splitlines()
    at = lines.index("  Talk by speaker           by words")
    assert lines[at - 2].startswith("  Talk share (words)        coach 38.1%, client 61.9%")
    assert lines[at + 1 : at + 5] == [
        "    Mara (coach)            38.1% (16 words)",
        "    Ana (client)            35.7% (15 words)",
        "    Ben (client)            2.4% (1 word)",
        "    Chloe (client)          23.8% (10 words)",
    ]
    # Two speakers: no table.
    code, out, _ = _run(capsys, str(TRANSCRIPTS / "zoom.vtt"), "--coach", "Lena Hart")
    assert "Talk by speaker" not in out


def test_an_interpreter_is_a_third_party_not_the_client(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "interpreted.txt"
    path.write_text(
        "[00:00] Mara: What would you like from today?\n"
        "[00:04] Interpreter: She asks what you would like from today.\n"
        "[00:08] Ana: Clarity on my role.\n"
        "[00:11] Interpreter: Clarity on her role.\n"
    )
    code, out, err = _run(capsys, str(path), "--coach", "Mara", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert {u["speaker"]: u["role"] for u in data["utterances"]} == {
        "Mara": "coach", "Interpreter": "other", "Ana": "client"
    }  # fmt: skip
    assert data["metrics"]["words"] == {"coach": 6, "client": 4, "other": 12}
    assert "warning: 'Interpreter' is labelled by a role, not as the client" in err
    assert "note: to count" not in err  # one client: no --client to name
