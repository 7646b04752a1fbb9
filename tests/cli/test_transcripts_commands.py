"""``coachconn transcripts attach|show``: a transcript coded, stored with its
session, read back; bad input stored nowhere.

The shipped coder is swapped for a small rule-based fake (questions are open
exploration questions, the rest "other"/"neutral"), so these tests check the
command, not the model. They run on SQLite and, with
COACHCONN_TEST_DATABASE_URL, on PostgreSQL.
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.cli.conftest import Ran, RunCli

from coachconn.analysis.types import CodedUtterance, Transcript

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"
ZOOM = str(TRANSCRIPTS / "zoom.vtt")


class QuestionCoder:
    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [
            CodedUtterance(u, "open_question", "exploration")
            if u.role == "coach" and u.text.endswith("?")
            else CodedUtterance(u, "other" if u.role == "coach" else "neutral")
            for u in transcript.utterances
        ]


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coachconn.cli.transcripts.load_default_coder", QuestionCoder)


def _json(ran: Ran) -> Any:
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


@pytest.fixture
def booked(initialised: RunCli) -> tuple[RunCli, int]:
    """A session booked for yesterday and still recorded as scheduled, in an engagement
    that started last week."""
    client = _json(initialised("clients", "add", "--name", "Sam", "--format", "json"))
    started = str(datetime.now(UTC).date() - timedelta(days=7))
    assert initialised("engagements", "add", str(client["id"]), "--started", started).code == 0
    yesterday = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(days=1)
    session = _json(
        initialised(
            "sessions",
            "add",
            str(client["id"]),
            "--at",
            yesterday.isoformat(),
            "--format",
            "json",
        )
    )
    return initialised, session["id"]


@pytest.fixture
def held(booked: tuple[RunCli, int]) -> tuple[RunCli, int]:
    """The session booked for yesterday, recorded as held."""
    run, session_id = booked
    assert run("sessions", "record", str(session_id), "--status", "held").code == 0
    return booked


def test_attach_reads_the_transcript_from_standard_input_for_a_dash(
    held: tuple[RunCli, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    run, session_id = held
    data = Path(ZOOM).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    ran = run("transcripts", "attach", str(session_id), "-", "--coach", "Lena Hart")
    assert (ran.code, ran.err) == (0, "")
    assert ran.out.startswith(f"attached the transcript to session {session_id} (Sam, ")
    lines = run("transcripts", "show", str(session_id)).out.splitlines()
    assert lines[1:3] == ["Session analysis: WebVTT, 7 utterances in 4 turns", "Coach: Lena Hart"]


def test_attach_stores_the_analysis_and_prints_the_summary(held: tuple[RunCli, int]) -> None:
    run, session_id = held
    ran = run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Lena Hart")
    assert (ran.code, ran.err) == (0, "")
    lines = ran.out.splitlines()
    when = _json(run("sessions", "show", str(session_id), "--format", "json"))["scheduled_at"]
    shown = datetime.fromisoformat(when).strftime("%Y-%m-%d %H:%M UTC")  # the coach's zone
    assert lines[:4] == [
        f"attached the transcript to session {session_id} (Sam, {shown})",
        "",
        "Session analysis: WebVTT, 7 utterances in 4 turns",
        "Coach: Lena Hart",
    ]
    assert "  Open questions            100.0%  of questions" in lines
    assert (
        "  Client's key terms        treadmill ×2 (reused), deadlines ×2, running ×1, stuck ×1"
        in lines
    )
    # The summary only; `show` prints what the figures mean and the coded transcript.
    assert "Transcript" not in lines and "What the figures mean" not in lines


def test_show_prints_the_stored_report_with_the_coded_transcript(held: tuple[RunCli, int]) -> None:
    run, session_id = held
    assert run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Lena Hart").code == 0
    ran = run("transcripts", "show", str(session_id))
    assert ran.code == 0, ran.err
    lines = ran.out.splitlines()
    assert lines[0].startswith(f"Transcript of session {session_id} (Sam, ")
    assert lines[1:3] == ["Session analysis: WebVTT, 7 utterances in 4 turns", "Coach: Lena Hart"]
    assert (
        "  Talk share (words)        coach 44.2%, client 55.8%  (coach 23 words, client 29 words)"
        in lines
    )
    assert lines[-1] == (
        "[00:25] Sam Ortiz (client) neutral: Mostly me, honestly. I say yes to all the deadlines."
    )
    assert lines.index("Rapport") < lines.index("What the figures mean") < lines.index("Transcript")


def test_show_as_json_gives_the_stored_utterances_and_metrics(held: tuple[RunCli, int]) -> None:
    run, session_id = held
    attached = _json(
        run(
            "transcripts",
            "attach",
            str(session_id),
            ZOOM,
            "--coach",
            "Lena Hart",
            "--format",
            "json",
        )
    )
    shown = _json(run("transcripts", "show", str(session_id), "--format", "json"))
    assert shown == attached
    assert shown["session_id"] == session_id
    # The fields of the API's GET /api/v1/sessions/{id}/transcript, and the analysis
    # once: not again in the form the report is built from.
    assert set(shown) == {
        "session_id", "client_id", "client_name", "scheduled_at", "session_status",
        "session_markers", "attached_at", "analysis",
    }  # fmt: skip
    analysis = shown["analysis"]
    assert (analysis["coach"], analysis["coach_guessed"]) == ("Lena Hart", False)
    assert len(analysis["utterances"]) == 7
    # 1 of 4 key terms reused: too few for a share, so none, as the text gives the count.
    assert analysis["metrics"]["verbal_matching_pct"] is None
    assert len(analysis["metrics"]["client_terms"]) == 4


def test_the_stored_analysis_shown_is_what_analyze_gives_now(
    held: tuple[RunCli, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The README promises a program that `transcripts show --format json` carries, as
    # `analysis`, what `analyze --format json` prints for the same file and coach: the
    # same keys, types and values, and the same bytes each time it is run.
    monkeypatch.setattr("coachconn.cli.analyze.load_default_coder", QuestionCoder)
    run, session_id = held
    attach = run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Lena Hart")
    assert attach.code == 0, attach.err
    shown = run("transcripts", "show", str(session_id), "--format", "json")
    analysed = run("analyze", ZOOM, "--coach", "Lena Hart", "--format", "json")
    assert _json(shown)["analysis"] == _json(analysed)
    assert run("analyze", ZOOM, "--coach", "Lena Hart", "--format", "json").out == analysed.out
    assert run("transcripts", "show", str(session_id), "--format", "json").out == shown.out


def test_attach_writes_warnings_to_stderr(held: tuple[RunCli, int]) -> None:
    run, session_id = held
    teams = str(TRANSCRIPTS / "teams.vtt")  # Priya and Jordan: not the session's Sam
    ran = run("transcripts", "attach", str(session_id), teams, "--names-differ")
    assert ran.code == 0
    assert ran.err.splitlines()[0] == (
        "warning: the engagement's coach 'Coach' is not among the speakers"
    )
    assert ran.err.splitlines()[-1] == (
        "note: to set the coach, attach the file again with --replace and --coach and "
        "their speaker name"
    )


def test_a_session_keeps_its_transcript_unless_replace_is_given(
    held: tuple[RunCli, int],
) -> None:
    run, session_id = held
    assert run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Lena Hart").code == 0
    teams = str(TRANSCRIPTS / "teams.vtt")
    refused = run("transcripts", "attach", str(session_id), teams)
    assert refused.code == 2
    assert refused.err == (
        f"error: --replace: required to replace the transcript session {session_id} already "
        "has (nothing was stored)\n"
    )
    kept = _json(run("transcripts", "show", str(session_id), "--format", "json"))
    assert kept["analysis"]["coach"] == "Lena Hart"
    replaced = run("transcripts", "attach", str(session_id), teams, "--replace", "--names-differ")
    assert replaced.code == 0
    assert replaced.out.startswith(f"replaced the transcript of session {session_id} (Sam, ")
    now = _json(run("transcripts", "show", str(session_id), "--format", "json"))
    assert now["analysis"]["coach"] != "Lena Hart"


def test_a_file_that_cannot_be_read_is_named_before_replace_is_asked_for(
    held: tuple[RunCli, int], tmp_path: Path
) -> None:
    run, session_id = held
    assert run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Lena Hart").code == 0
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "header.vtt").write_bytes(b"WEBVTT\n")
    for name, reason in [("empty.txt", "empty"), ("header.vtt", "no cues with words")]:
        refused = run("transcripts", "attach", str(session_id), str(tmp_path / name))
        assert refused.code == 2
        assert refused.err.startswith(f"error: transcript: {reason}")
        assert refused.err.count("\n") == 1
    kept = _json(run("transcripts", "show", str(session_id), "--format", "json"))
    assert kept["analysis"]["coach"] == "Lena Hart"


def test_attach_reads_a_file_named_dash_as_dot_slash_dash(
    held: tuple[RunCli, int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run, session_id = held
    assert run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Lena Hart").code == 0
    (tmp_path / "-").write_bytes((TRANSCRIPTS / "session.srt").read_bytes())
    monkeypatch.chdir(tmp_path)
    given = io.BytesIO(Path(ZOOM).read_bytes())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(given, encoding="utf-8"))
    ran = run(
        "transcripts", "attach", str(session_id), "./-", "--replace", "--names-differ",
        "--coach", "Coach",
    )  # fmt: skip
    assert ran.code == 0, ran.err
    assert given.tell() == 0  # standard input is not read
    shown = _json(run("transcripts", "show", str(session_id), "--format", "json"))
    assert (shown["analysis"]["format"], shown["analysis"]["coach"]) == ("srt", "Coach")


def test_an_empty_coach_is_named_as_empty_and_stores_nothing(held: tuple[RunCli, int]) -> None:
    run, session_id = held
    ran = run("transcripts", "attach", str(session_id), ZOOM, "--coach", "")
    assert ran.code == 2
    assert ran.err.startswith("error: --coach: must not be empty; speakers found: ")
    assert ran.err.count("\n") == 1
    assert run("transcripts", "show", str(session_id)).code != 0


def test_a_coach_given_twice_is_refused_and_stores_nothing(held: tuple[RunCli, int]) -> None:
    run, session_id = held
    ran = run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Ana", "--coach", "Coach")
    assert (ran.code, ran.err) == (
        2,
        "error: --coach: given twice ('Ana', 'Coach'); it names one speaker, you. In a "
        "co-coached session, another coach's lines are shown, kept out of the client's "
        "figures\n",
    )
    assert run("transcripts", "show", str(session_id)).code != 0


def test_a_file_in_which_the_client_does_not_speak_is_refused_unless_confirmed(
    held: tuple[RunCli, int],
) -> None:
    run, session_id = held
    teams = str(TRANSCRIPTS / "teams.vtt")
    refused = run("transcripts", "attach", str(session_id), teams)
    assert refused.code == 2
    assert refused.err == (
        "error: FILE: the session's client, Sam, is not among the speakers "
        "('Jordan Blake'): is this another client's file? If it is this session's, attach it "
        "again with --names-differ (nothing was stored)\n"
    )
    assert run("transcripts", "list").out.startswith("no transcripts yet")
    assert run("transcripts", "attach", str(session_id), teams, "--names-differ").code == 0


def test_show_repeats_the_stored_warnings(held: tuple[RunCli, int]) -> None:
    run, session_id = held
    teams = str(TRANSCRIPTS / "teams.vtt")
    assert run("transcripts", "attach", str(session_id), teams, "--names-differ").code == 0
    for fmt in ("text", "json"):
        ran = run("transcripts", "show", str(session_id), "--format", fmt)
        assert ran.code == 0
        assert "warning: the engagement's coach 'Coach' is not among the speakers" in ran.err
        # The stored file is set again by attaching it again: show has no --coach.
        assert ran.err.splitlines()[-1] == (
            "note: to set the coach, attach the file again with --replace and --coach and "
            "their speaker name"
        )


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty"),
        (
            "binary.bin",
            "binary data (it holds zero bytes, which no text file has), not a text transcript",
        ),
        ("no_speakers.txt", "no speaker labels found"),
        ("single_speaker.vtt", "only one speaker found (Lena Hart)"),
    ],
)
def test_bad_input_is_one_line_and_stores_nothing(
    held: tuple[RunCli, int], name: str, reason: str
) -> None:
    run, session_id = held
    ran = run("transcripts", "attach", str(session_id), str(TRANSCRIPTS / name))
    assert (ran.code, ran.out) == (2, "")
    assert ran.err.startswith(f"error: transcript: {reason}")
    assert ran.err.count("\n") == 1
    assert run("transcripts", "show", str(session_id)).code != 0


def test_a_folder_an_unknown_coach_or_a_bad_format_store_nothing(
    held: tuple[RunCli, int], tmp_path: Path
) -> None:
    run, session_id = held
    folder = run("transcripts", "attach", str(session_id), str(tmp_path))
    assert folder.err == f"error: transcript: {tmp_path} is a folder, not a file\n"
    coach = run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Morgan")
    assert coach.err.startswith("error: --coach: no speaker named 'Morgan'")
    fmt = run("transcripts", "attach", str(session_id), ZOOM, "--format", "yaml")
    assert fmt.err == "error: --format: expected text or json, got 'yaml'\n"
    assert {folder.code, coach.code, fmt.code} == {2}
    shown = run("transcripts", "show", str(session_id))
    assert shown.err == (
        f"error: transcript of session {session_id} not found; the session has none attached yet\n"
    )


def test_an_empty_path_is_refused_by_name_and_stores_nothing(held: tuple[RunCli, int]) -> None:
    # An unset "$FILE": refused as an empty path, not as the current folder (".").
    run, session_id = held
    ran = run("transcripts", "attach", str(session_id), "")
    assert (ran.code, ran.out) == (2, "")
    assert ran.err == "error: transcript: expected a file's path, or - for standard input\n"
    assert run("transcripts", "show", str(session_id)).code == 3


def test_bad_input_is_refused_before_the_model_is_loaded(
    held: tuple[RunCli, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_model() -> None:
        raise AssertionError("the model was loaded for a file that cannot be read")

    monkeypatch.setattr("coachconn.cli.transcripts.load_default_coder", no_model)
    run, session_id = held
    ran = run("transcripts", "attach", str(session_id), str(TRANSCRIPTS / "empty.txt"))
    assert (ran.code, ran.err) == (2, "error: transcript: empty\n")


def test_a_session_that_is_not_yours_is_not_found(initialised: RunCli) -> None:
    ran = initialised("transcripts", "attach", "999", ZOOM)
    assert ran.code != 0
    assert ran.err == "error: session 999 not found\n"
    assert initialised("transcripts", "show", "999").err == "error: session 999 not found\n"


def _five_exchanges(folder: Path, name: str, answer: str) -> str:
    """A plain-text session of five open questions (3 words each) and five answers."""
    path = folder / name
    path.write_text(f"Lena: What happened next?\nSam: {answer}\n" * 5, encoding="utf-8")
    return str(path)


LONG = "We met on Monday and it ran two hours over."  # 10 words


def test_list_names_each_session_that_has_a_transcript(
    held: tuple[RunCli, int], tmp_path: Path
) -> None:
    run, session_id = held
    assert run("transcripts", "list").out == (
        "no transcripts yet: attach one with `coachconn transcripts attach`\n"
    )
    file = _five_exchanges(tmp_path, "s.txt", LONG)
    assert run("transcripts", "attach", str(session_id), file, "--coach", "Lena").code == 0
    ran = run("transcripts", "list")
    assert ran.code == 0, ran.err
    header, row, blank, legend = ran.out.splitlines()
    assert header.split() == [
        "SESSION", "CLIENT", "WHEN", "UTTERANCES", "CLIENT", "WORDS", "TRANSCRIPT", "SHOWS",
        "YOU", "TICKED",
    ]  # fmt: skip
    # 10 utterances; the client speaks 50 of 65 words; none of the five client lines
    # reflects or discloses (the fake coder flags nothing): surface level.
    cells = row.split()
    assert (cells[0], cells[1], cells[-4], cells[-3], cells[-2], cells[-1]) == (
        str(session_id), "Sam", "10", "77%", "!surface_level_conversation", "—"
    )  # fmt: skip
    assert (blank, legend) == ("", "+ a positive marker, ! a warning sign; the codes are "
                               "those of `coachconn sessions markers`")  # fmt: skip
    listed = _json(run("transcripts", "list", "--format", "json"))
    assert [item["session_id"] for item in listed] == [session_id]
    assert listed[0]["figures"]["client_share_words"] == 76.9


def test_list_gives_the_clients_share_of_the_words_however_few_their_utterances(
    held: tuple[RunCli, int], tmp_path: Path
) -> None:
    # Two client turns, fewer than the figures of their codes need: the share of
    # the words is a count all the same, 3 of 9 (coach 3 + 3, client 2 + 1), as `show`
    # gives it.
    run, session_id = held
    file = tmp_path / "short.txt"
    file.write_text("Lena: How was it?\nSam: Fine, thanks.\nLena: And the week?\nSam: Long.\n")
    assert run("transcripts", "attach", str(session_id), str(file), "--coach", "Lena").code == 0
    _, row, *_ = run("transcripts", "list").out.splitlines()
    assert row.split()[-3] == "33%"
    shown = run("transcripts", "show", str(session_id)).out
    assert "coach 66.7%, client 33.3%  (coach 6 words, client 3 words)" in shown


def test_list_for_a_client_without_transcripts_names_the_client(
    held: tuple[RunCli, int],
) -> None:
    run, _ = held
    client_id = _json(run("clients", "list", "--format", "json"))[0]["id"]
    assert run("transcripts", "list", "--client", str(client_id)).out == (
        f"no transcripts yet for client {client_id}: attach one with "
        "`coachconn transcripts attach`\n"
    )


def test_list_for_an_unknown_client_names_it(initialised: RunCli) -> None:
    ran = initialised("transcripts", "list", "--client", "99")
    assert (ran.code, ran.out, ran.err) == (3, "", "error: client 99 not found\n")


def test_trend_follows_the_client_across_sessions(held: tuple[RunCli, int], tmp_path: Path) -> None:
    run, first = held
    client_id = _json(run("clients", "list", "--format", "json"))[0]["id"]
    ran = run("transcripts", "trend", str(client_id))
    assert ran.out.startswith("Sam has no session with a transcript yet")
    long = _five_exchanges(tmp_path, "long.txt", LONG)
    assert run("transcripts", "attach", str(first), long, "--coach", "Lena").code == 0
    lines = run("transcripts", "trend", str(client_id)).out.splitlines()
    assert lines[0] == "Transcripts of Sam: 1 session"
    assert (
        "  ! Decreased engagement or participation in sessions: can't tell yet: a trend needs "
        "two sessions with the figure, and one has it"
    ) in lines
    # The untimed file has no silences to measure, and says so.
    assert (
        "  + Comfortable silences and contemplative moments: can't tell: no session has the "
        "figure (no end times)"
    ) in lines
    # A second session, the day after, where the client answers in one word.
    when = _json(run("sessions", "show", str(first), "--format", "json"))["scheduled_at"]
    later = (datetime.fromisoformat(when) + timedelta(hours=2)).isoformat()
    second = _json(run("sessions", "add", str(client_id), "--at", later, "--format", "json"))
    short = _five_exchanges(tmp_path, "short.txt", "Fine.")
    assert run("transcripts", "attach", str(second["id"]), short, "--coach", "Lena").code == 0
    ran = run("transcripts", "trend", str(client_id))
    assert ran.code == 0, ran.err
    lines = ran.out.splitlines()
    assert lines[0] == "Transcripts of Sam: 2 sessions"
    # The headings are words, wrapped over lines to keep the columns narrow, each above
    # its column; the last line of them names the session's columns too.
    heading = lines[2:5]
    header, one, two, moved = lines[4:8]
    assert header.split()[:3] == ["SESSION", "WHEN", "DISCLOSING"]

    def under(words: str, row: str) -> str:
        """The cell of ``row`` under the heading line that holds ``words``."""
        column = next(line.index(words) for line in heading if words in line)
        return row[column:].split()[0]

    assert [under("CLIENT'S", row) for row in (one, two, moved)] == ["77%", "25%", "falling"]
    assert [under("REFLECTING", row) for row in (one, two)] == ["n/a", "n/a"]
    assert under("COMPLEX", heading[2]) == "REFLECTIONS"
    # Client share of the words: 50 of 65, then 5 of 20.
    column = header.index("WORDS")  # the table's columns line up under it
    assert [row[column:].split()[0] for row in (one, two, moved)] == ["77%", "25%", "falling"]
    assert (one.split()[0], two.split()[0], moved.split()[0]) == (
        str(first), str(second["id"]), "trend"
    )  # fmt: skip
    assert (
        "  ! Decreased engagement or participation in sessions: seen (client's share of the "
        "words: earlier session 77%, later session 25%, falling)" in lines
    )
    data = _json(run("transcripts", "trend", str(client_id), "--format", "json"))
    assert [s["session_id"] for s in data["sessions"]] == [first, second["id"]]
    by_key = {s["key"]: s for s in data["series"]}
    assert by_key["client_share_words"]["values"] == [76.9, 25.0]
    assert by_key["client_share_words"]["reading"] == "seen"


def test_trend_of_an_unknown_client_names_it(initialised: RunCli) -> None:
    ran = initialised("transcripts", "trend", "99")
    assert (ran.code, ran.err) == (3, "error: client 99 not found\n")


def test_the_session_says_it_has_a_transcript(held: tuple[RunCli, int]) -> None:
    run, session_id = held
    assert "transcript" not in run("sessions", "show", str(session_id)).out
    assert not _json(run("sessions", "show", str(session_id), "--format", "json"))["has_transcript"]
    assert run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Lena Hart").code == 0
    lines = run("sessions", "show", str(session_id)).out.splitlines()
    assert f"transcript  attached (coachconn transcripts show {session_id})" in lines
    assert _json(run("sessions", "show", str(session_id), "--format", "json"))["has_transcript"]


def test_remove_deletes_the_transcript_and_keeps_the_session(held: tuple[RunCli, int]) -> None:
    run, session_id = held
    assert run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Lena Hart").code == 0
    # Not without --yes: the coach may no longer have the file. Whose it is reads as
    # everywhere else, in the coach's timezone.
    assert run("coach", "set", "--timezone", "Asia/Tokyo").code == 0
    heading = run("transcripts", "show", str(session_id)).out.splitlines()[0]
    assert heading.startswith(f"Transcript of session {session_id} (Sam, ") and "JST" in heading
    ran = run("transcripts", "remove", str(session_id))
    assert (ran.code, ran.out) == (2, "")
    whose = heading.removeprefix("Transcript of ")
    assert ran.err == (
        f"error: --yes: required to remove the transcript of {whose}: it cannot be undone "
        "(the session and its notes stay)\n"
    )
    assert run("transcripts", "show", str(session_id)).code == 0
    client_id = _json(run("sessions", "show", str(session_id), "--format", "json"))["client_id"]
    ran = run("transcripts", "remove", str(session_id), "--yes")
    # It names the client it acted for, as every command given a record's number does.
    assert (ran.code, ran.out) == (
        0,
        f"removed the transcript of session {session_id} for Sam (client {client_id})\n",
    )
    gone = (
        f"error: transcript of session {session_id} not found; the session has none attached yet\n"
    )
    assert run("transcripts", "show", str(session_id)).err == gone
    assert run("transcripts", "remove", str(session_id)).err == gone
    assert run("transcripts", "remove", str(session_id), "--yes").err == gone
    assert run("sessions", "show", str(session_id)).code == 0


def test_remove_says_whose_transcript_it_removed_in_json(held: tuple[RunCli, int]) -> None:
    run, session_id = held
    assert run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Lena Hart").code == 0
    client_id = _json(run("sessions", "show", str(session_id), "--format", "json"))["client_id"]

    ran = run("transcripts", "remove", str(session_id), "--yes", "--format", "json")

    assert _json(ran) == {"session_id": session_id, "client_id": client_id, "client_name": "Sam"}


def test_attaching_to_a_session_still_scheduled_suggests_recording_it(
    booked: tuple[RunCli, int],
) -> None:
    run, session_id = booked
    ran = run("transcripts", "attach", str(session_id), ZOOM, "--coach", "Lena Hart")
    assert ran.code == 0
    assert ran.err.splitlines()[-1] == (
        f"note: session {session_id} is still recorded as scheduled; say how it went with "
        f"`coachconn sessions record {session_id} --status held`"
    )


def test_a_session_with_a_transcript_is_not_cancelled_missed_or_moved(
    booked: tuple[RunCli, int],
) -> None:
    run, session_id = booked
    ident = str(session_id)
    assert run("transcripts", "attach", ident, ZOOM, "--coach", "Lena Hart").code == 0
    before = _json(run("sessions", "show", ident, "--format", "json"))
    ahead = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0).isoformat()

    for args in (
        ("record", ident, "--status", "cancelled", "--changed-by", "client"),
        ("record", ident, "--status", "no_show"),
        ("reschedule", ident, "--to", ahead, "--by", "client"),
    ):
        ran = run("sessions", *args)
        assert (ran.code, ran.out) == (5, ""), args
        assert ran.err == (
            f"error: session {ident} has a transcript, so it took place: remove the "
            f"transcript first with `coachconn transcripts remove {ident} --yes` if it was "
            "attached by mistake\n"
        )
    assert _json(run("sessions", "list", "--format", "json")) == [before]
    assert [t["session_id"] for t in _json(run("transcripts", "list", "--format", "json"))] == [
        session_id
    ]
    # As the message says: once the transcript is removed, the cancellation is recorded.
    assert run("transcripts", "remove", ident, "--yes").code == 0
    ran = run("sessions", "record", ident, "--status", "cancelled", "--changed-by", "client")
    assert ran.code == 0, ran.err


def test_an_id_too_large_for_the_database_is_not_found(initialised: RunCli) -> None:
    huge = "99999999999999999999999"
    for args in (("transcripts", "show", huge), ("sessions", "show", huge)):
        ran = initialised(*args)
        assert (ran.code, ran.err) == (3, f"error: session {huge} not found\n")
    ran = initialised("transcripts", "trend", huge)
    assert (ran.code, ran.err) == (3, f"error: client {huge} not found\n")


def test_list_signs_the_ticked_markers_and_names_the_warnings(held: tuple[RunCli, int]) -> None:
    run, session_id = held
    teams = str(TRANSCRIPTS / "teams.vtt")  # its coach is not the engagement's: one warning
    assert run("transcripts", "attach", str(session_id), teams, "--names-differ").code == 0
    record = ("sessions", "record", str(session_id), "--status", "held")
    assert (
        run(*record, "--marker", "comfortable_silences", "--marker", "coach_frustrated").code == 0
    )
    lines = run("transcripts", "list").out.splitlines()
    assert lines[1].endswith("+comfortable_silences, !coach_frustrated")
    warnings = len(_json(run("transcripts", "show", str(session_id), "--format", "json"))[
        "analysis"]["warnings"])  # fmt: skip
    plural = "s" if warnings != 1 else ""
    assert lines[3] == (
        f"session {session_id}: {warnings} warning{plural} "
        f"(see `coachconn transcripts show {session_id}`)"
    )


def test_show_sets_the_ticked_markers_beside_the_transcript(
    held: tuple[RunCli, int], tmp_path: Path
) -> None:
    run, session_id = held
    file = _five_exchanges(tmp_path, "s.txt", LONG)  # the transcript shows surface level
    assert run("transcripts", "attach", str(session_id), file, "--coach", "Lena").code == 0
    record = ("sessions", "record", str(session_id), "--status", "held")
    ticked = (
        "--marker", "reflection_over_reporting", "--marker", "coach_frustrated",
        "--marker", "increased_openness",
    )  # fmt: skip
    assert run(*record, *ticked).code == 0
    lines = run("transcripts", "show", str(session_id)).out.splitlines()
    start = lines.index("Your markers beside the transcript (`sessions record --marker`)")
    assert lines[start + 1 : start + 6] == [
        # No client turn reflects or reports: too few to weigh one against the other.
        "  + Client doing more reflection and less reporting: you ticked it; "
        "the transcript: can't tell",
        "  ! Coach feeling frustrated or ineffective: you ticked it; "
        "a transcript cannot show this one",
        "  + Increased openness and self-disclosure over time: you ticked it; "
        "read across sessions: `coachconn transcripts trend`",
        "  ! Surface-level conversations without depth: you did not tick it; the transcript: seen",
        "",
    ]
    shown = _json(run("transcripts", "show", str(session_id), "--format", "json"))
    assert shown["session_markers"] == [
        "reflection_over_reporting", "coach_frustrated", "increased_openness"
    ]  # fmt: skip


class ReflectingCoder(QuestionCoder):
    """Every client line reflects: reflecting minus reporting has its figure."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [
            replace(c, reflecting=c.utterance.role == "client") for c in super().code(transcript)
        ]


def test_trend_of_one_timed_session_says_once_that_every_trend_needs_two(
    held: tuple[RunCli, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("coachconn.cli.transcripts.load_default_coder", ReflectingCoder)
    run, session_id = held
    cues = ["WEBVTT", ""]
    for k in range(5):  # five exchanges with end times: every marker has its figure
        cues += [f"00:00:{10 * k:02d}.000 --> 00:00:{10 * k + 3:02d}.000", "Lena: What next?", ""]
        cues += [f"00:00:{10 * k + 4:02d}.000 --> 00:00:{10 * k + 8:02d}.000", f"Sam: {LONG}", ""]
    path = tmp_path / "timed.vtt"
    path.write_text("\n".join(cues), encoding="utf-8")
    assert run("transcripts", "attach", str(session_id), str(path), "--coach", "Lena").code == 0
    client_id = _json(run("clients", "list", "--format", "json"))[0]["id"]
    out = run("transcripts", "trend", str(client_id)).out
    reading = "can't tell yet: a trend needs two sessions with the figure, and one has it"
    assert f"  every marker: {reading}" in out.splitlines()
    assert out.count(reading) == 1
