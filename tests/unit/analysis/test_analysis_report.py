"""The report: JSON shape, text rendering of missing values, clock format."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from coachconn.analysis.metrics import compute_metrics
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.rapport import Term, verbal_matching_pct
from coachconn.analysis.report import (
    ROW_MEANINGS,
    format_clock,
    from_json,
    metric_sections,
    metrics_lines,
    read_stored,
    summary_text,
    to_json,
    to_text,
    upgrade_json,
    utterance_line,
)
from coachconn.analysis.session import analyze_transcript, measure_transcript
from coachconn.analysis.types import (
    CLIENT_CODES,
    CLIENT_FLAGS,
    COACH_CODES,
    QUESTION_CATEGORIES,
    CodedUtterance,
    Transcript,
    Utterance,
)

DATA = b"Ana: Welcome.\nBen: Thanks.\nAna: What matters today?\n"


class OneCodeCoder:
    """Codes every coach utterance with ``code`` and category 'process'."""

    def __init__(self, code: str) -> None:
        self.code_name = code

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [
            CodedUtterance(u, self.code_name if u.role == "coach" else "neutral", "process")
            for u in transcript.utterances
        ]


class FormCoder:
    """Codes coach lines as complex reflections with a stated form and confidence."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [
            CodedUtterance(
                u,
                "complex_reflection",
                confidence=0.61,
                question_form="closed",
                reflection_depth="complex",
            )
            if u.role == "coach"
            else CodedUtterance(u, "change", confidence=0.9, disclosure=True)
            for u in transcript.utterances
        ]


class BrokenCoder:
    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return []


def test_its_json_gives_a_question_category_to_questions_only() -> None:
    questions = to_json(analyze_transcript(DATA, OneCodeCoder("open_question")))
    assert [u["question_category"] for u in questions["utterances"]] == [
        "process",
        None,  # the client's utterance
        "process",
    ]
    others = to_json(analyze_transcript(DATA, OneCodeCoder("affirmation")))
    assert {u["question_category"] for u in others["utterances"]} == {None}


def test_its_json_carries_the_client_flags_on_client_utterances_only() -> None:
    data = to_json(analyze_transcript(DATA, OneCodeCoder("other")))
    assert "reflecting" not in data["utterances"][0]
    assert {k: data["utterances"][1][k] for k in ("reflecting", "reporting", "disclosure")} == {
        "reflecting": False,
        "reporting": False,
        "disclosure": False,
    }
    assert set(data) == {
        "coach", "coach_guessed", "format", "warnings", "utterances", "metrics", "signals"
    }  # fmt: skip


def test_its_json_carries_the_form_decisions_on_coach_utterances_and_a_confidence() -> None:
    coach, client, _ = to_json(analyze_transcript(DATA, FormCoder()))["utterances"]
    assert (coach["question_form"], coach["reflection_depth"]) == ("closed", "complex")
    assert coach["confidence"] == 0.61
    assert "question_form" not in client and "reflection_depth" not in client
    assert (client["confidence"], client["disclosure"]) == (0.9, True)


def test_its_json_form_keeps_the_form_decisions_when_stored_and_read_back() -> None:
    analysis = analyze_transcript(DATA, FormCoder())
    rebuilt = from_json(json.loads(json.dumps(to_json(analysis))))
    assert rebuilt.coded == analysis.coded


def test_no_client_words_stay_cached_after_a_stored_analysis_is_read_back() -> None:
    from coachconn.analysis import lexicon, rapport

    stored = json.loads(json.dumps(to_json(analyze_transcript(DATA, FormCoder()))))
    read_stored(stored)
    for cached in (lexicon.stem, rapport._is_content):
        assert cached.cache_info().currsize == 0, cached.__name__


def test_it_reads_an_analysis_stored_before_the_form_decisions_were_written() -> None:
    stored = to_json(analyze_transcript(DATA, FormCoder()))
    for item in stored["utterances"]:
        for key in ("confidence", "question_form", "reflection_depth", "unread_before"):
            item.pop(key, None)
    coach = from_json(stored).coded[0]
    assert (coach.code, coach.question_form, coach.confidence) == ("complex_reflection", None, None)


def test_its_text_shows_missing_values_as_not_available() -> None:
    text = to_text(analyze_transcript(DATA, OneCodeCoder("other")))
    assert (
        "  Reflection:question       n/a (no reflections or questions)  (MI reference: the fair "
        "band starts at 1.0 (1:1), the good band at 2.0 (2:1))" in text
    )  # why, as "n/a (no questions)" says of open questions
    assert "  Talk share (time)         n/a  (needs a time on (nearly) every line)" in text
    assert "  Silences (3 s or more)    n/a (no end times)" in text
    assert "Coach: Ana (guessed)" in text


def test_it_writes_an_utterance_without_a_time_as_dashes() -> None:
    u = Utterance(0, 0, "Ana", "coach", "What matters?")
    assert utterance_line(CodedUtterance(u, "open_question", "exploration")) == (
        "[--:--] Ana (coach) open_question/exploration: What matters?"
    )


@pytest.mark.parametrize(
    ("seconds", "shown"), [(0.0, "00:00"), (59.9, "00:59"), (754.2, "12:34"), (3723.0, "1:02:03")]
)
def test_it_formats_the_clock(seconds: float, shown: str) -> None:
    assert format_clock(seconds) == shown


def test_it_refuses_a_coder_that_breaks_its_contract() -> None:
    transcript = Transcript([Utterance(0, 0, "Ana", "coach", "Hi.")], coach="Ana")
    with pytest.raises(RuntimeError):
        measure_transcript(transcript, BrokenCoder())


@pytest.mark.parametrize(
    ("client", "shown"),
    [
        ("I see it, I picture it, it is clear. I hear it, it sounds off.", "mixed (no clear lead)"),
        ("Heavy, stuck.", "unknown (fewer than 5 predicates)"),
        ("Heavy, stuck, tight, tense, drained.", "kinesthetic"),
    ],
)
def test_its_text_names_a_dominant_system_only_on_enough_evidence(client: str, shown: str) -> None:
    data = f"Ana: What matters today?\nBen: {client}\nAna: Go on?\n".encode()
    text = to_text(analyze_transcript(data, OneCodeCoder("other"), coach="Ana"))
    assert f"dominant: {shown}\n" in text


@pytest.mark.parametrize(
    ("coach", "shown"),
    [
        ("Go on?", "in the client's system: too few to read (0 of 3 needed)"),
        ("How does it look? Go on?", "in the client's system: too few to read (1 of 3 needed)"),
        ("How does it look? How does it sound? What do you see?", "in the client's system: 0.0%"),
        ("How does it feel? How heavy? Where is it tight?", "in the client's system: 100.0%"),
    ],
)
def test_the_coachs_share_in_the_clients_system_says_when_too_few_to_read(
    coach: str, shown: str
) -> None:
    data = f"Ana: What matters today?\nBen: Heavy, stuck, tight, tense, drained.\nAna: {coach}\n"
    text = to_text(analyze_transcript(data.encode(), OneCodeCoder("other"), coach="Ana"))
    assert f"{shown}\n" in text


@pytest.mark.parametrize(
    "client",
    [
        "I see it, I picture it, it is clear. I hear it, it sounds off.",  # mixed
        "Heavy, stuck.",  # too few predicates to name a system
    ],
)
def test_the_coachs_share_says_why_where_the_client_leads_in_no_system(client: str) -> None:
    # The coach says enough predicates for a share; with no leading system in the
    # client's words there is nothing to match, and the row says so, not a bare "n/a".
    coach = "How does it look? How does it sound? What do you see?"
    data = f"Ana: What matters today?\nBen: {client}\nAna: {coach}\n"
    text = to_text(analyze_transcript(data.encode(), OneCodeCoder("other"), coach="Ana"))
    assert "in the client's system: n/a (no leading system in the client's words)\n" in text


def test_its_json_form_rebuilds_the_same_text_report(
    transcript_bytes: Callable[[str], bytes],
) -> None:
    analysis = analyze_transcript(transcript_bytes("zoom.vtt"), OneCodeCoder("open_question"))
    stored = json.loads(json.dumps(to_json(analysis)))
    assert to_text(from_json(stored)) == to_text(analysis)
    # The summary (what `transcripts attach` prints) is the report up to what the figures
    # mean, which `transcripts show` and `analyze` print with the transcript.
    assert summary_text(analysis) == to_text(analysis).split("\nWhat the figures mean\n")[0]


def test_an_old_stored_form_is_upgraded_to_carry_every_current_key() -> None:
    current = to_json(analyze_transcript(DATA, FormCoder()))
    stored = json.loads(json.dumps(current))
    for item in stored["utterances"]:
        for key in ("confidence", "question_form", "reflection_depth", "unread_before"):
            item.pop(key, None)
    upgraded = upgrade_json(stored)
    assert [set(item) for item in upgraded["utterances"]] == [
        set(item) for item in current["utterances"]
    ]
    assert upgraded["utterances"][0]["question_form"] is None
    assert "question_form" not in upgraded["utterances"][1]  # the client's line


def test_a_stored_form_keeps_where_the_file_could_not_be_read() -> None:
    # The block without a timing line (line 6) comes between Ana's two cues: no silence
    # is measured from 2 s to 30 s, read fresh or read back.
    data = (
        b"WEBVTT\n\n00:00.000 --> 00:02.000\nAna: How was it?\n\n%%lost%%\n\n"
        b"00:30.000 --> 00:32.000\nAna: And then?\n\n00:33.000 --> 00:34.000\nBen: Fine.\n"
    )
    analysis = analyze_transcript(data, OneCodeCoder("open_question"), coach="Ana")
    stored = json.loads(json.dumps(to_json(analysis)))
    assert [item["unread_before"] for item in stored["utterances"]] == [False, True, False]
    assert stored["metrics"]["silences"] == []
    assert from_json(stored).metrics == analysis.metrics


def test_an_old_stored_warning_loses_the_command_lines_hint() -> None:
    current = to_json(analyze_transcript(DATA, OneCodeCoder("other")))
    assert current["coach_guessed"] and current["warnings"][-1].startswith("coach guessed: ")
    stored = json.loads(json.dumps(current))
    stored["warnings"][-1] += "; pass --coach to set it"  # as earlier versions wrote it
    assert upgrade_json(stored)["warnings"] == current["warnings"]


def test_a_stored_form_gets_the_metrics_of_its_stored_utterances() -> None:
    # Metrics stored by an earlier version (here: a wrong count) are computed again,
    # so the JSON form of a stored analysis and its text report agree.
    current = to_json(analyze_transcript(DATA, FormCoder()))
    stored = json.loads(json.dumps(current))
    stored["metrics"]["stacked_questions"] = 99
    stored["metrics"].pop("talk_time_untimed", None)
    assert upgrade_json(stored)["metrics"] == current["metrics"]


def test_a_client_line_shows_its_flags_after_its_code() -> None:
    from coachconn.analysis.report import utterance_line
    from coachconn.analysis.types import CodedUtterance, Utterance

    said = Utterance(3, 2, "Ben", "client", "Then she left. I was gutted.", start=65.0)
    line = utterance_line(CodedUtterance(said, "neutral", reporting=True, disclosure=True))
    assert (
        line == "[01:05] Ben (client) neutral +reporting +disclosure: Then she left. I was gutted."
    )
    plain = utterance_line(CodedUtterance(said, "change"))
    assert plain == "[01:05] Ben (client) change: Then she left. I was gutted."


# Five exchanges, each answer a short report: reporting beats reflecting, surface level.
SHALLOW = b"".join(
    b"Ana: What happened next?\nBen: We had the meeting on Monday and it ran late.\n"
    for _ in range(5)
)


class ReportingCoder:
    """Coach questions are open; every client line reports."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [
            CodedUtterance(u, "open_question", "exploration")
            if u.role == "coach"
            else CodedUtterance(u, "neutral", reporting=True)
            for u in transcript.utterances
        ]


def test_its_text_ends_the_figures_with_the_connection_signals_and_their_evidence() -> None:
    analysis = analyze_transcript(SHALLOW, ReportingCoder(), coach="Ana")
    lines = _unwrapped(summary_text(analysis).splitlines())
    start = lines.index(
        "Connection signals (the method's markers as this transcript shows them, + a "
        "positive marker, ! a warning sign; evidence for your judgement, not a verdict)"
    )
    assert lines[start + 1 :] == [
        "  + Client doing more reflection and less reporting: not seen; this session alone (the "
        "marker is a change over sessions: see the client's trend); over the session the client "
        "reflects in 0 turns and reports in 5 (the sign: more turns reflecting than reporting, "
        "and at least 3 reflecting); by halves 0:2, then 0:3 (for reference, not "
        "part of the reading)",
        "  + Comfortable silences and contemplative moments: can't tell; "
        "no end times: silences cannot be measured",
        "  ! Surface-level conversations without depth: seen; 0 of 5 client turns (0.0%) "
        "reflect or disclose (the sign: under 15%)",
        '      e.g. Ben: "We had the meeting on Monday and it ran late."',
        "  ! Reluctance to explore important topics: not seen; "
        "0 of 5 replies to an open question (0.0%) were brief: 3 words or fewer, or "
        '"I don\'t know" and the like with at most 2 words besides '
        "(the sign: 3 or more, and 30% or more)",
        "  ! Sense of working harder than client: not seen; the coach speaks 23.1% of the words "
        "(the sign: more than 50%); the longest coach turn is 3 words",
    ]
    assert to_text(analysis).count("Connection signals") == 1


def test_its_json_carries_the_signals_and_a_stored_form_gets_them_again() -> None:
    data = to_json(analyze_transcript(SHALLOW, ReportingCoder(), coach="Ana"))
    surface = data["signals"][2]
    assert surface == {
        "marker": "surface_level_conversation",
        "reading": "seen",
        "summary": "0 of 5 client turns (0.0%) reflect or disclose (the sign: under 15%)",
        "evidence": [1, 3, 5],
    }
    stored = json.loads(json.dumps(data))
    del stored["signals"]  # as stored before signals were written
    assert upgrade_json(stored)["signals"] == data["signals"]


class ReflectingCoder:
    """Coach questions are open; every client line reflects."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [
            CodedUtterance(u, "open_question", "exploration")
            if u.role == "coach"
            else CodedUtterance(u, "neutral", reflecting=True)
            for u in transcript.utterances
        ]


def _unwrapped(lines: list[str]) -> list[str]:
    """The report's lines with the prose it wrapped joined again: a line that goes on the
    one before it is indented six spaces (a signal's) and is no example ("e.g."), or
    follows the first line of the signals' heading."""
    joined: list[str] = []
    for line in lines:
        goes_on = line.startswith("      ") and not line.lstrip().startswith("e.g.")
        heading = bool(joined) and joined[-1].startswith("Connection signals (")
        if joined and (goes_on or (heading and not joined[-1].endswith(")"))):
            joined[-1] += " " + line.strip()
        else:
            joined.append(line)
    return joined


def test_the_reports_prose_is_wrapped_and_its_signal_lines_hang() -> None:
    analysis = analyze_transcript(SHALLOW, ReportingCoder(), coach="Ana")
    lines = summary_text(analysis).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Connection signals"))
    prose = [line for line in lines[start:] if not line.lstrip().startswith("e.g.")]
    assert len(prose) > 5 and max(len(line) for line in prose) <= 100
    reflection = next(i for i, line in enumerate(lines) if "more reflection" in line)
    assert lines[reflection].startswith("  + Client doing more reflection")
    assert lines[reflection + 1].startswith("      ") and lines[reflection + 1][6] != " "


def test_an_example_is_shown_only_for_what_is_seen() -> None:
    text = summary_text(analyze_transcript(SHALLOW, ReflectingCoder(), coach="Ana"))
    lines = _unwrapped(text.splitlines())
    surface = next(i for i, line in enumerate(lines) if "Surface-level" in line)
    assert ": not seen;" in lines[surface]
    assert not lines[surface + 1].lstrip().startswith("e.g.")  # no example for a warning not seen
    reflection = next(i for i, line in enumerate(lines) if "more reflection" in line)
    assert ": seen;" in lines[reflection]
    assert (
        lines[reflection + 1] == '      e.g. Ben: "We had the meeting on Monday and it ran late."'
    )


def test_figures_are_whole_numbers_with_halves_away_from_zero() -> None:
    from coachconn.analysis.report import figure_text

    assert [figure_text(12.5, "%"), figure_text(12.4, "%"), figure_text(-12.5, "pts")] == [
        "13%", "12%", "-13 pts"
    ]  # fmt: skip
    assert figure_text(4.0, "") == "4"
    # A count's mean over sessions: one silence in two sessions is 0.5, not 1.
    assert [figure_text(0.5, ""), figure_text(1.25, "")] == ["0.5", "1.3"]
    assert figure_text(None, "%") == "n/a"


SPANISH_CLIENT = (
    "Ana: What is on your mind this week?\n"
    "Ben: Tengo miedo de perder mi trabajo si no termino el proyecto a tiempo.\n"
    "Ana: What would help most?\n"
    "Ben: No sé, creo que necesito hablar con mi jefa antes del viernes.\n"
    "Ana: What else?\n"
    "Ben: Tal vez pedir ayuda a mis compañeros, pero me da vergüenza hacerlo.\n"
    "Ana: What would that take?\n"
    "Ben: Necesito valor para decirles que estoy cansada y que no puedo con todo sola.\n"
).encode()  # 250 letters from the client: enough to judge the language


def test_figures_resting_on_words_that_are_not_english_read_not_available() -> None:
    analysis = analyze_transcript(SPANISH_CLIENT, FormCoder(), coach="Ana")
    assert list(analysis.reading.not_english) == ["client"]
    text = to_text(analysis)
    lines = text.splitlines()
    assert analysis.reading.not_english["client"].startswith(
        "the client's lines do not seem to be in English (only 12% of the words are "
    )
    why = "(the client's lines do not seem to be in English)"
    # Every client turn was coded as disclosing: no figure of 100% for it.
    assert f"  {'Disclosure':<26}n/a  {why}" in lines
    assert f"  {'Client talk':<26}n/a  {why}" in lines
    assert f"  {'Client predicates':<26}n/a  {why}" in lines
    assert text.count("only 12% of the words") == 3  # in full in the signals only
    # The coach's English lines and the shares of the words still read.
    assert f"  {'Complex reflections':<26}4 of 4 reflections  (MI reference: the fair band " in text
    assert any(line.startswith("  Talk share (words)        coach ") for line in lines)


def test_one_word_is_one_word() -> None:
    lines = to_text(analyze_transcript(b"Ana: Welcome.\nBen: Thanks.\n", OneCodeCoder("other")))
    assert "(coach 1 word, client 1 word)" in lines
    # Named by its first words (no time here): a turn number names nothing the
    # transcript shows.
    assert '  Longest coach monologue   1 word: "Welcome."' in lines


def test_the_coded_transcript_opens_with_what_the_codes_mean() -> None:
    lines = to_text(analyze_transcript(DATA, OneCodeCoder("other"))).splitlines()
    at = lines.index("Transcript")
    assert lines[at + 1] == "What the codes mean:"
    assert lines[at + 2].startswith("  Your lines: open_question or closed_question, with the ")
    legend = lines[at + 2 : lines.index("", at)]
    assert all(line.startswith("  ") and len(line) <= 100 for line in legend)
    assert "sustain (talk for things" in " ".join(legend)
    assert lines[lines.index("", at) + 1].startswith("[--:--] Ana (coach) other")


def test_the_legend_names_every_code_as_the_text_report_prints_it() -> None:
    # "open or closed question" does not tell a reader looking up "closed_question" or
    # "assumption_challenging" in the Coach codes row that it is the same thing: each
    # code, category and flag is named in the legend exactly as the lines show it.
    lines = to_text(analyze_transcript(DATA, OneCodeCoder("other"))).splitlines()
    at = lines.index("What the codes mean:")
    legend = " ".join(line.strip() for line in lines[at + 1 : lines.index("", at)])
    # The legend's words, as whole words: a code is not found inside a longer one.
    words = re.sub(r"[,;:.()]", " ", legend).split()
    shown = [*COACH_CODES, *QUESTION_CATEGORIES, *CLIENT_CODES]
    shown += [f"+{flag}" for flag in CLIENT_FLAGS]
    assert [code for code in shown if code not in words] == []
    assert "(open_question/exploration)" in legend  # how a category follows its code
    # The mark's probability is the model's for the line's kind, not for the code shown
    # (an affirmation's is the model's for "something else"): the legend says so.
    assert "marked (unsure) is one whose kind the model gave less than 60% probability" in legend
    assert "on your lines, whether it is a question, a reflection, advice or information" in legend
    assert "the talk type (not the flags after it)" in legend
    assert "A code the rules give whatever the model read has no mark." in legend


def test_the_text_report_says_what_each_figure_means_before_the_transcript() -> None:
    # The session page explains every row under "What the figures mean"; the text report
    # says the same, from the same words, after the figures and the signals (which come
    # first) and before the coded transcript.
    analysis = analyze_transcript(DATA, OneCodeCoder("open_question"))
    lines = to_text(analysis).splitlines()
    at = lines.index("What the figures mean")
    assert lines.index("Listening and inquiry") < at < lines.index("Transcript")
    assert any(line.startswith("Connection signals") for line in lines[:at])
    part = lines[at + 1 : lines.index("", at)]
    assert all(len(line) <= 100 for line in part)
    # Each paragraph opens with its row's label, two spaces in; its further lines go
    # deeper, so that the labels can be found by eye.
    opened = [line for line in part if not line.startswith("   ")]
    labels = [label for _, rows in metric_sections(analysis.metrics) for label, _, _ in rows]
    assert [line.split(": ", 1)[0] for line in opened] == [f"  {label}" for label in labels]
    said = " ".join(line.strip() for line in part)
    assert all(f"{label}: {ROW_MEANINGS[label]}" in said for label in labels)
    # The JSON is as it was: the meanings are the report's prose only.
    assert "meanings" not in json.dumps(to_json(analysis))


def test_predicates_are_explained_as_sensory_words_where_the_report_shows_them() -> None:
    text = " ".join(
        line.strip()
        for line in to_text(analyze_transcript(DATA, OneCodeCoder("other"))).splitlines()
    )
    assert "Client predicates: The client's predicates: sensory words, of seeing (visual: " in text
    assert "hearing (auditory: hear, sounds) or feeling (kinesthetic: feel, stuck)" in text
    assert "Coach predicates: Your predicates (sensory words of seeing, hearing or feeling)" in text


def test_talk_time_says_what_it_leaves_out() -> None:
    # Ana's last line is 1 word of 3 + 48 + 1 = 52 (1.9%): left out, and said so. Ana's
    # first line lasts its 3 words at 2 a second (1.5 s), Ben's min(25, 48 / 2) = 24 s.
    story = " ".join(["It was a long week, and the board moved the deadline again."] * 4)
    data = f"[00:00] Ana: How was it?\n[00:05] Ben: {story}\n[00:30] Ana: Mm.\n".encode()
    text = to_text(analyze_transcript(data, OneCodeCoder("other"), coach="Ana"))
    assert (
        "(coach 1.5 s, client 24.0 s; the last line not counted: it has no end time; "
        "a line stamped only at its start lasts until the next later stamp or as long as "
        "its words take at 120 a minute, whichever is shorter (lines that share a stamp "
        "share that time))"
    ) in text
    # Captions' lines end where they end: no such note.
    vtt = (
        b"WEBVTT\n\n00:00.000 --> 00:02.000\nAna: How was it?\n\n"
        b"00:05.000 --> 00:09.000\nBen: It was a long week, and the board moved it again.\n"
    )
    text = to_text(analyze_transcript(vtt, OneCodeCoder("other"), coach="Ana"))
    assert "(coach 2.0 s, client 4.0 s)" in text and "pauses included" not in text


def test_no_talk_share_by_time_says_the_last_line_has_no_end_time() -> None:
    # Ben's "Good." is the last line: 1 of 4 words, more than 2%.
    data = b"[00:00] Ana: How was it?\n[00:05] Ben: Good.\n"
    analysis = analyze_transcript(data, OneCodeCoder("other"), coach="Ana")
    assert (
        "  Talk share (time)         n/a  (the last line has no end time, and holds 1 of the "
        "4 words, more than the 2% that can be left out)\n"
    ) in to_text(analysis)
    # The JSON keeps the figures the sentence rests on.
    metrics = to_json(analysis)["metrics"]
    assert (
        metrics["talk_time_untimed"],
        metrics["talk_time_untimed_words"],
        metrics["talk_time_untimed_last_line"],
    ) == (1, 1, True)
    # Without a single time, the file is what lacks them.
    untimed = to_text(analyze_transcript(b"Ana: How was it?\nBen: Good.\n", OneCodeCoder("other")))
    assert "  Talk share (time)         n/a  (needs a time on (nearly) every line)\n" in untimed


def test_no_talk_share_by_time_says_how_many_words_have_no_length() -> None:
    # Ben's line before the break has nothing to end it: not the last line.
    data = b"[00:00] Ana: How was it?\n[00:05] Ben: Good.\n[10:00] Ana: Welcome back.\n"
    analysis = analyze_transcript(data, OneCodeCoder("other"), coach="Ana")
    assert analysis.metrics.talk_time_untimed_last_line is False
    assert (
        "  Talk share (time)         n/a  (2 utterances holding 3 of the 6 words have no "
        "known length, more than the 2% that can be left out)\n"
    ) in to_text(analysis)


def _stamp(seconds: int) -> str:
    return "00:{:02d}:{:02d}.000".format(*divmod(seconds, 60))


def _cue_file(broken: int | None, cues: int) -> bytes:
    """A WebVTT file of ``cues`` alternating cues of 5 words, 2 s each, the ``broken``-th
    with a timing line that cannot be read."""
    blocks = ["WEBVTT", ""]
    for i in range(cues):
        who = "Ana" if i % 2 == 0 else "Ben"
        timing = f"{_stamp(2 * i)} --> {_stamp(2 * i + 2)}"
        if i == broken:
            timing = f"00:00:{2 * i}.0 -> 00:00:9"
        blocks += [timing, f"{who}: I think you are right.", ""]
    return "\n".join(blocks).encode()


def test_one_unreadable_cue_is_left_out_of_talk_time_and_said_so() -> None:
    whole = analyze_transcript(_cue_file(None, 60), OneCodeCoder("other"), coach="Ana")
    assert whole.metrics.talk_share_time == {"coach": 50.0, "client": 50.0}
    assert whole.metrics.talk_time_untimed == 0
    # 1 cue of 60 unread: 1.7% of the words, within UNTIMED_WORDS_SHARE
    one_broken = analyze_transcript(_cue_file(3, 60), OneCodeCoder("other"), coach="Ana")
    assert one_broken.metrics.talk_seconds == {"coach": 60.0, "client": 58.0}  # Ben's 2nd cue
    assert one_broken.metrics.talk_time_untimed == 1
    assert "1 utterance not counted" in to_text(one_broken)


def test_too_many_untimed_words_leave_talk_time_unmeasured() -> None:
    # 1 cue of 4: a quarter of the words without a time, more than UNTIMED_WORDS_SHARE.
    analysis = analyze_transcript(_cue_file(1, 4), OneCodeCoder("other"), coach="Ana")
    assert analysis.metrics.talk_share_time is None
    assert analysis.metrics.talk_seconds is None


def test_another_speakers_words_are_shown_and_kept_out_of_the_shares() -> None:
    data = b"Ana: How was it?\nBen: Hard.\nCleo: He worked late all week, every night.\n"
    transcript = parse_transcript(data, known_coach="Ana", known_client="Ben")
    analysis = measure_transcript(transcript, OneCodeCoder("other"))
    m = analysis.metrics
    # Ana 3 words, Ben 1: the shares are of those 4; Cleo's 7 are counted apart.
    assert (m.words, m.talk_share_words) == (
        {"coach": 3, "client": 1, "other": 7}, {"coach": 75.0, "client": 25.0}
    )  # fmt: skip
    text = to_text(analysis)
    assert "(coach 3 words, client 1 word; others 7 words, not in the shares)" in text
    assert "[--:--] Cleo (other) neutral: He worked late all week, every night." in text


def test_the_coded_transcript_marks_where_a_break_fell() -> None:
    data = b"[00:00] Ana: How was it?\n[00:05] Ben: Good.\n[01:00:05] Ana: Welcome back.\n"
    lines = to_text(analyze_transcript(data, OneCodeCoder("other"), coach="Ana")).splitlines()
    at = lines.index("[00:05] Ben (client) neutral: Good.")
    assert lines[at + 1] == "        (a break of 1 h 0 min: nobody speaks)"


def test_a_share_of_nothing_says_there_is_nothing() -> None:
    text = to_text(analyze_transcript(DATA, OneCodeCoder("other")))
    assert "  Open questions            n/a  (no questions)\n" in text
    assert (
        "  Complex reflections       n/a  (no reflections) (MI reference: the fair band starts "
        "at 40%, the good band at 50%)\n" in text
    )
    shares = to_text(analyze_transcript(DATA, OneCodeCoder("open_question")))
    assert "  Open questions            100.0%  of questions\n" in shares


def _client_said(*flags: tuple[bool, bool]) -> list[str]:
    """The metrics lines of a session whose client utterances are reflecting and
    reporting as ``flags`` says, one (reflecting, reporting) pair each."""
    coded = [
        CodedUtterance(
            Utterance(i, i, "Ben", "client", "I see it now."),
            "neutral",
            reflecting=reflecting,
            reporting=reporting,
        )
        for i, (reflecting, reporting) in enumerate(flags)
    ]
    return metrics_lines(compute_metrics(coded))


def test_reflecting_to_reporting_without_reporting_says_all_reflecting() -> None:
    # 3 reflecting, 0 reporting: no ratio, but the best case, not "n/a".
    lines = _client_said((True, False), (True, False), (True, False))
    assert "  Reflecting:reporting      all reflecting  (3 reflecting, 0 reporting)" in lines
    # Neither: nothing to share out, worded as "n/a (no reflections)" is.
    lines = _client_said((False, False))
    assert "  Reflecting:reporting      n/a  (no reflecting or reporting turns)" in lines
    # 3 reflecting, 1 reporting: enough to weigh, so the ratio.
    lines = _client_said((True, False), (False, True), (True, False), (True, False))
    assert "  Reflecting:reporting      3.00  (3 reflecting, 1 reporting)" in lines


def _row_starts(lines: list[str], start: str) -> bool:
    return any(line.startswith(f"  {start}") for line in lines)


def test_reflecting_to_reporting_too_few_to_weigh_gives_the_counts_as_the_signal_says() -> None:
    # 2 reflecting, 1 reporting: 3 turns, under 4, and under 3 reflecting, so the signal
    # says too few to weigh; the row gives the counts, not 2.00, and says why.
    lines = _client_said((True, False), (False, True), (True, False))
    assert (
        "  Reflecting:reporting      2 reflecting to 1 reporting  (too few to read as a ratio: "
        "4 turns that reflect or report, or 3 that reflect, needed)"
    ) in lines
    # 2 reflecting, 0 reporting: not "all reflecting" either.
    lines = _client_said((True, False), (True, False))
    assert _row_starts(lines, "Reflecting:reporting      2 reflecting to 0 reporting  (too few")
    # 0 reflecting, 3 reporting: too few as well, not 0.00.
    lines = _client_said((False, True), (False, True), (False, True))
    assert _row_starts(lines, "Reflecting:reporting      0 reflecting to 3 reporting  (too few")
    # 0 reflecting, 4 reporting: enough.
    lines = _client_said(*[(False, True)] * 4)
    assert "  Reflecting:reporting      0.00  (0 reflecting, 4 reporting)" in lines


def _stacked_line(starts: list[float | None]) -> str:
    """The stacked-questions line of a session whose coach asks two questions a turn,
    each turn starting at its time in ``starts`` (None: not stamped)."""
    coded = []
    for turn, start in enumerate(starts):
        for k, text in enumerate((f"What happened in week {turn + 1}?", "Who was there?")):
            said = Utterance(len(coded), turn, "Ana", "coach", text, start if k == 0 else None)
            coded.append(CodedUtterance(said, "open_question", "exploration"))
    lines = metrics_lines(compute_metrics(coded))
    return next(line for line in lines if "Stacked questions" in line)


def test_stacked_turns_are_named_as_the_transcript_shows_them() -> None:
    # Stamped turns by their times, as the transcript lines show them; others by their
    # first five words; at most eight named.
    assert _stacked_line([65.0, 3700.0]).endswith("2 turns (at 01:05, 1:01:40)")
    assert _stacked_line([None, 80.0]).endswith('2 turns ("What happened in week 1?…"; at 01:20)')
    many = _stacked_line([None] * 10)
    assert many.endswith('"What happened in week 8?…" and 2 more)')
    assert many.count("What happened") == 8


def test_unstamped_replies_leave_talk_time_unmeasured_though_they_are_few_words() -> None:
    # Each "Yes." has no stamp, so the coach's line before it has no end either: few
    # words without a time, but half the talk whose length the file does not give.
    story = " ".join(["I think you are right about the plan"] * 8)  # 64 words
    lines = [f"[00:{2 * i:02d}:00] Ana: {story}.\nBen: Yes.\n" for i in range(5)]
    data = "".join(lines).encode()
    analysis = analyze_transcript(data, OneCodeCoder("other"), coach="Ana")
    assert analysis.metrics.words["client"] / sum(analysis.metrics.words.values()) < 0.02
    assert analysis.metrics.talk_share_time is None


class _BrokenCoder:
    """Reads each utterance as the rules do (caching its words), then returns one coded
    utterance too few: a broken contract."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        from coachconn.analysis import rules

        for utterance in transcript.utterances:
            rules.short_answer(utterance.text)
        return [CodedUtterance(u, "neutral") for u in transcript.utterances[1:]]


def test_no_client_words_stay_cached_after_coding_fails() -> None:
    from coachconn.analysis import rules

    with pytest.raises(RuntimeError, match="one coded utterance per utterance"):
        measure_transcript(parse_transcript(DATA, "s.txt"), _BrokenCoder())
    assert rules.short_answer.cache_info().currsize == 0


def test_the_caches_are_emptied_once_per_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    from coachconn.analysis import session

    emptied: list[None] = []
    forget = session.forget_text
    monkeypatch.setattr(session, "forget_text", lambda: emptied.append(forget()))

    measure_transcript(parse_transcript(DATA, "s.txt"), FormCoder())

    assert len(emptied) == 1


class RuleReadingCoder:
    """Reads each line through the rules, as the coder does: a coach line for its code
    and, where it asks, its category; a client line for its flags."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        from coachconn.analysis import rules

        subtype = {"question": "open", "reflection": "simple", "input": "information"}
        coded = []
        for u in transcript.utterances:
            if u.role == "coach":
                code = rules.coach_code(u.text, "question", subtype)
                asks = code.endswith("_question")
                category = rules.question_category(u.text) if asks else None
                coded.append(CodedUtterance(u, code, category))
            else:
                flags = rules.client_flags(u.text)
                coded.append(CodedUtterance(u, "neutral", reflecting=flags.reflecting))
        return coded


def _text_caches() -> dict[str, Callable[..., object]]:
    """Every memoised function of the analysis modules, by name, but the coder's loader
    (which holds the model, not anyone's words)."""
    import importlib
    import pkgutil

    from coachconn import analysis

    found: dict[str, Callable[..., object]] = {}
    for info in pkgutil.walk_packages(analysis.__path__, f"{analysis.__name__}."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if hasattr(value, "cache_info") and value.__module__ == module.__name__:
                found[f"{module.__name__}.{value.__qualname__}"] = value
    found.pop("coachconn.analysis.coder.load_default_coder")
    return found


def test_no_words_stay_in_any_cache_after_an_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    from coachconn.analysis import session

    caches = _text_caches()
    filled: set[str] = set()
    forget = session.forget_text

    def watched() -> None:
        filled.update(name for name, f in caches.items() if f.cache_info().currsize)  # type: ignore[attr-defined]
        forget()

    monkeypatch.setattr(session, "forget_text", watched)
    data = b"Ana: Welcome back.\nBen: I spoke to my manager on Monday.\nAna: What matters today?\n"

    analyze_transcript(data, RuleReadingCoder())

    # (the caches of one analysis were in use: the test reads them)
    assert {
        "coachconn.analysis.rules._text._clean",
        "coachconn.analysis.rules._text._split",
        "coachconn.analysis.rules.form._opening",
        "coachconn.analysis.rules.coach._act",
        "coachconn.analysis.rules.coach._category_scores",
        "coachconn.analysis.metrics.said_words",
        "coachconn.analysis.rapport._stems_of",
    } <= filled
    assert [name for name, f in caches.items() if f.cache_info().currsize] == []  # type: ignore[attr-defined]


def test_no_pattern_built_from_the_clients_words_stays_in_the_re_modules_cache() -> None:
    # The client's names and terms are made into patterns (a name to leave out of the key
    # terms, a word looked for whole): the re module keeps each compiled, its source the
    # client's words, after the analysis is done, unless it is emptied with the rest.
    data = (
        b"Ana: Welcome back. What matters today?\n"
        b"Ben: My manager Quillon moved the deadline again, and Quillon never asks.\n"
        b"Ana: Quillon moved it again. What would you want to say to Quillon?\n"
        b"Ben: That the deadline is the deadline, and that I need warning.\n"
    )
    analyze_transcript(data, RuleReadingCoder())
    cached = [key for name in ("_cache", "_cache2") for key in getattr(re, name, {})]
    assert [key for key in cached if "quillon" in str(key).lower()] == []


def test_a_category_read_again_is_a_dict_of_its_own() -> None:
    from coachconn.analysis import rules

    first = rules.category_scores("How would you like to use our session today?")
    first["process"] = -1.0
    again = rules.category_scores("How would you like to use our session today?")
    assert again["process"] > 0
    rules.clear_caches()


JAPANESE = """佐藤: 今日は何について話したいですか？
田中: 仕事のことです。最近よく眠れません。
佐藤: 眠れないのはいつからですか？
""".encode()


def test_lines_on_a_side_not_in_english_read_not_coded() -> None:
    # The summary reads n/a for what rests on either side's codes: so do their lines.
    analysis = analyze_transcript(JAPANESE, OneCodeCoder("open_question"), coach="佐藤")
    assert sorted(analysis.reading.not_english) == ["client", "coach"]
    text = to_text(analysis)
    assert "[--:--] 佐藤 (coach) (not coded: not English): 今日は何について話したいですか？" in text
    said = "仕事のことです。最近よく眠れません。"
    assert f"[--:--] 田中 (client) (not coded: not English): {said}" in text
    # No line reads a code; the legend above the lines names them all.
    assert "open_question" not in text.split("\n\n")[-1]
    data = to_json(analysis)
    # The code is kept as the model gave it, marked.
    assert [(u["code"], u["not_english"]) for u in data["utterances"]] == [
        ("open_question", True), ("neutral", True), ("open_question", True)
    ]  # fmt: skip


def test_only_the_side_not_in_english_reads_not_coded() -> None:
    analysis = analyze_transcript(SPANISH_CLIENT, FormCoder(), coach="Ana")
    lines = to_text(analysis).splitlines()
    assert "[--:--] Ana (coach) complex_reflection: What else?" in lines
    assert (
        "[--:--] Ben (client) (not coded: not English): Tal vez pedir ayuda a mis "
        "compañeros, pero me da vergüenza hacerlo."
    ) in lines
    data = to_json(analysis)
    assert {u["role"]: u["not_english"] for u in data["utterances"]} == {
        "coach": False,
        "client": True,
    }


def test_a_third_speaker_reads_not_coded_only_where_neither_side_is_english() -> None:
    three = JAPANESE + "鈴木: 私も同じです。\n".encode()
    transcript = parse_transcript(three, known_coach="佐藤", known_client="田中")
    text = to_text(measure_transcript(transcript, OneCodeCoder("other")))
    assert "[--:--] 鈴木 (other) (not coded: not English): 私も同じです。" in text
    english = b"Ana: How was it?\nBen: Hard.\nCleo: He worked late all week, every night.\n"
    transcript = parse_transcript(english, known_coach="Ana", known_client="Ben")
    data = to_json(measure_transcript(transcript, OneCodeCoder("other")))
    assert [u["not_english"] for u in data["utterances"]] == [False, False, False]


def test_a_key_term_shows_the_other_forms_its_count_takes_in() -> None:
    # "running" x2, "runs" and "run" once each are one term of 4 (as in test_rapport.py):
    # the report says so rather than "running ×4", and the JSON lists the other forms.
    coded = [
        CodedUtterance(Utterance(0, 0, "Ben", "client", "Running, always running."), "neutral"),
        CodedUtterance(Utterance(1, 1, "Ana", "coach", "Mm."), "other"),
        CodedUtterance(
            Utterance(2, 2, "Ben", "client", "She runs the team, and I run the rest."), "neutral"
        ),
    ]
    metrics = compute_metrics(coded)
    row = next(line for line in metrics_lines(metrics) if "Client's key terms" in line)
    assert row.split(maxsplit=3)[3] == "running (and runs, run) ×4, team ×1, rest ×1"
    terms = json.loads(json.dumps(metrics.to_dict()))["client_terms"]
    assert terms[0] == {
        "term": "running",
        "count": 4,
        "reused": False,
        "other_forms": ["runs", "run"],
    }
    assert terms[1]["other_forms"] == []


@pytest.mark.parametrize(
    ("confidence", "shown"),
    [
        (0.55, "neutral +reporting (unsure)"),
        (0.6, "neutral +reporting"),
        (None, "neutral +reporting"),
    ],
)
def test_a_code_the_model_was_unsure_of_says_so(confidence: float | None, shown: str) -> None:
    from coachconn.analysis.report import utterance_line

    line = Utterance(0, 0, "Ben", "client", "We met on Monday.", 5.0)
    coded = CodedUtterance(line, "neutral", reporting=True, confidence=confidence)
    assert utterance_line(coded) == f"[00:05] Ben (client) {shown}: We met on Monday."


def test_the_longest_monologue_is_named_by_its_time_and_words_not_a_turn_number() -> None:
    # Turns, counted from 0: Ana's welcome (0), Ben (1), Ana's nine words at 00:09 (2),
    # Ben (3). The text names the longest coach turn by its time and first words, as
    # the transcript lines show them; the JSON's turn is the same 0-based number its
    # utterances carry. Its seconds: nine words at 2 a second, 4.5 s (not the 6 s to
    # Ben's start), as talk time counts them.
    data = (
        b"[00:00] Ana: Welcome back.\n[00:04] Ben: Thanks.\n"
        b"[00:09] Ana: So tell me, what would make today worth it?\n[00:15] Ben: Clarity.\n"
    )
    analysis = analyze_transcript(data, OneCodeCoder("open_question"))
    text = to_text(analysis)
    row = next(line for line in text.splitlines() if "Longest coach monologue" in line)
    assert row.endswith('9 words, 4.5 s (from 00:09): "So tell me, what would make…"')
    assert "turn" not in row
    data_json = to_json(analysis)
    mono = data_json["metrics"]["longest_coach_monologue"]
    said = [u for u in data_json["utterances"] if u["turn"] == mono["turn"]]
    assert mono["turn"] == 2 and said[0]["start"] == mono["start"] == 9.0


def _coach_codes(codes: list[str]) -> list[CodedUtterance]:
    return [
        CodedUtterance(Utterance(i, i, "Ana", "coach", "Mm."), code) for i, code in enumerate(codes)
    ]


def test_a_share_on_too_few_lines_to_place_gives_its_count_not_a_percentage() -> None:
    # 8 reflections (1 complex) and 5 questions: 13 in all, so the ratio 8/5 = 1.60 is
    # placed (fair); the share of complex reflections, 1 of 8 = 12.5%, rests on fewer
    # than 10 reflections: the row gives "1 of 8", and no "12.5%" reads as a verdict.
    coded = _coach_codes(["complex_reflection"] + ["simple_reflection"] * 7 + ["open_question"] * 5)
    metrics = compute_metrics(coded)
    text = "\n".join(metrics_lines(metrics))
    assert (
        "  Complex reflections       1 of 8 reflections  (MI reference: the fair band starts at "
        "40%, the good band at 50%; too few to place: fewer than 10 reflections)" in text
    )
    assert "12.5" not in text
    # Placed by its figure beside where the bands start, with no band's name ("fair").
    assert (
        "  Reflection:question       1.60  (MI reference: the fair band starts at 1.0 (1:1), "
        "the good band at 2.0 (2:1); this session 1.60)" in text
    )
    assert "fair)" not in text and "here:" not in text
    # The JSON keeps the number, flagged.
    point = metrics.to_dict()["reference_points"]["pct_complex_reflections"]
    assert (point["value"], point["band"], point["too_few_to_place"]) == (12.5, None, True)
    assert metrics.to_dict()["pct_complex_reflections"] == 12.5
    # Two reflections more, 10 in all: the share is placed and shown (1 of 10 = 10%).
    placed = compute_metrics([*coded, *_coach_codes(["simple_reflection"] * 2)])
    shown = "\n".join(metrics_lines(placed))
    assert "  Complex reflections       10.0%  of reflections (MI reference" in shown
    assert "the good band at 50%; this session 10.0%)" in shown
    assert "below fair" not in shown
    # The JSON keeps the band, for programs.
    assert placed.to_dict()["reference_points"]["pct_complex_reflections"]["band"] == ("below fair")


def test_a_ratio_on_too_few_lines_to_place_gives_its_counts() -> None:
    # 1 reflection and 3 questions: 4 lines, too few; the ratio (0.33) is not shown.
    text = "\n".join(
        metrics_lines(compute_metrics(_coach_codes(["simple_reflection"] + ["open_question"] * 3)))
    )
    assert "  Reflection:question       1 reflection to 3 questions  (MI reference" in text
    assert "0.33" not in text


# A plain-text session stamped only at line starts: Ben's "[pause]" before "Mine.", and
# his two lines 6 s apart, "Yeah. Safe. Yeah." (3 words, 1.5 s to say) and "Which is
# funny...": a pause of about 4.5 s inside his turn.
PAUSED = (
    b"[00:01:38] Ana: Whose idea was that?\n"
    b"[00:01:42] Ben: [pause] Mine. Ugh. Mine.\n"
    b"[00:02:39] Ana: You get to feel safe.\n"
    b"[00:02:41] Ben: Yeah. Safe. Yeah.\n"
    b"[00:02:47] Ben: Which is funny because I don't feel safe at all.\n"
    b"[00:02:55] Ana: Holding up the ceiling.\n"
)


def test_pauses_the_words_show_are_named_beside_the_silences_and_shown_where_they_fell() -> None:
    analysis = analyze_transcript(PAUSED, OneCodeCoder("other"), coach="Ana")
    lines = to_text(analysis).splitlines()
    assert (
        "  Silences (3 s or more)    n/a (no end times)  (1 pause marked in the transcript "
        "([pause]: no length); 1 pause inside a turn (about 4.5 s), between two lines of one "
        "speaker, from their stamps and words)" in lines
    )
    assert "[01:42] Ben (client) neutral: [pause] Mine. Ugh. Mine." in lines
    assert (
        "[02:41] Ben (client) neutral: Yeah. Safe. Yeah. [pause, about 4.5 s] Which is funny "
        "because I don't feel safe at all." in lines
    )
    # The signal that needs end times can't tell, and says the words show pauses.
    silences = analysis.reading.signals[1]
    assert silences.summary == (
        "no end times: silences cannot be measured (the words show 2 pauses: see the transcript)"
    )


def test_pauses_are_kept_in_the_json_and_read_back() -> None:
    data = to_json(analyze_transcript(PAUSED, OneCodeCoder("other"), coach="Ana"))
    assert [u["pauses"] for u in data["utterances"]] == [
        [],
        [{"at": 0, "seconds": None}],
        [],
        [{"at": 18, "seconds": 4.5}],
        [],
    ]
    assert data["metrics"]["marked_pause_count"] == 1
    assert data["metrics"]["pauses"] == [
        {"utterance": 1, "at": 0, "seconds": None, "role": "client"},
        {"utterance": 3, "at": 18, "seconds": 4.5, "role": "client"},
    ]
    assert to_json(from_json(json.loads(json.dumps(data)))) == data
    # Stored before pauses were kept: none, and the same words.
    for item in data["utterances"]:
        del item["pauses"]
    old = read_stored(data)
    assert [c.utterance.pauses for c in old.coded] == [()] * 5
    assert old.metrics.marked_pauses == 0


def test_the_client_talk_row_says_when_utterances_and_turns_differ() -> None:
    # Ben's second turn is two utterances (a statement, then a question): 3 in 2 turns.
    data = b"Ana: How was it?\nBen: Fine.\nAna: And now?\nBen: Tired. Is that allowed?\n"
    text = to_text(analyze_transcript(data, OneCodeCoder("other"), coach="Ana"))
    row = next(line for line in text.splitlines() if "Client talk" in line)
    assert row.endswith(
        "(these count 3 utterances, said in 2 turns; Reflecting:reporting and Disclosure "
        "count the turns)"
    )
    one_each = to_text(analyze_transcript(DATA, OneCodeCoder("other"), coach="Ana"))
    row = next(line for line in one_each.splitlines() if "Client talk" in line)
    assert "utterances" not in row


def test_the_laughter_row_names_each_side_as_the_talk_share_row_does() -> None:
    # Ben laughs twice, Ana once, both once: one voice, "client" and "coach", never "you".
    data = (
        b"Ana: How was it? [laughs]\nBen: [laughs] Fine, honestly.\n"
        b"Ana: And now?\nBen: Tired. [laughs]\nAna: [both laugh] Fair enough.\n"
    )
    text = to_text(analyze_transcript(data, OneCodeCoder("other"), coach="Ana"))
    row = next(line for line in text.splitlines() if "Laughter, tears, sighs" in line)
    assert row.split("Laughter, tears, sighs")[1].strip() == (
        "client: laughs ×2; coach: laughs ×1; both laugh ×1"
    )
    assert "you:" not in row and "the client:" not in row


def _with_terms(reused: list[bool]) -> list[str]:
    """The metrics lines of a session whose client's key terms are as given (reused or
    not), the share worked out as the metrics do."""
    base = compute_metrics(_coach_codes(["open_question"]))
    terms = [Term(f"term{k}", 2, r) for k, r in enumerate(reused)]
    return metrics_lines(
        replace(base, client_terms=terms, verbal_matching_pct=verbal_matching_pct(terms))
    )


def test_verbal_matching_on_fewer_than_six_terms_gives_the_count() -> None:
    # 4 terms, all reused: 100.0% would rest on 4 words; the row gives "4 of 4".
    lines = _with_terms([True] * 4)
    assert (
        "  Coach reuses              4 of 4 key terms  (too few for a share: fewer than 6 key "
        "terms)" in lines
    )
    assert not any("%" in line for line in lines if line.startswith("  Coach reuses"))
    # 5 terms, 2 reused: still a count.
    assert (
        "  Coach reuses              2 of 5 key terms  (too few for a share: fewer than 6 "
        "key terms)" in _with_terms([True, True, False, False, False])
    )
    # 6 terms, 3 reused: a share, 50.0%.
    assert "  Coach reuses              50.0%  of the client's key terms" in _with_terms(
        [True, True, True, False, False, False]
    )
    # No terms: n/a, saying there are none ("n/a of the client's key terms" read as a
    # share that could not be worked out), as "Open questions  n/a  (no questions)" does.
    assert "  Coach reuses              n/a  (no key terms)" in _with_terms([])


def test_each_silence_says_who_stopped_before_it_and_who_ended_it(
    transcript_bytes: Callable[[str], bytes],
) -> None:
    # zoom.vtt: Sam stops at 15.0 s, Lena speaks at 19.0 s: one 4.0 s silence.
    analysis = analyze_transcript(
        transcript_bytes("zoom.vtt"), OneCodeCoder("other"), coach="Lena Hart"
    )
    (silence,) = to_json(analysis)["metrics"]["silences"]
    assert (silence["seconds"], silence["stopped"], silence["ended"]) == (4.0, "client", "coach")
    assert "  Silences (3 s or more)    1 (4.0 s in all; ended by the coach)\n" in to_text(analysis)


def test_an_image_the_coach_said_first_is_shown_as_the_coachs() -> None:
    data = (
        b"Ana: It's a bit like watching someone else drive your car.\n"
        b"Ben: It's like watching someone else drive my car. It feels like a treadmill.\n"
        b"Ana: A treadmill.\n"
    )
    text = to_text(analyze_transcript(data, OneCodeCoder("other"), coach="Ana"))
    assert (
        "  Client's metaphors        “feels like a treadmill” (reused); “It's like watching "
        "someone else drive my car” (the coach's image, taken up)\n" in text
    )


def test_an_overlap_is_named_by_how_long_both_speak_not_by_when_it_starts() -> None:
    # Ana's "Mm-hmm." (8.0-8.5 s) comes 6 s before Ben's answer ends (14.0 s): they
    # speak together for 0.5 s, all of it, which is not how early she starts; a brief
    # word said and done under Ben's, it is named as listening.
    data = (
        b"WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Ana>What matters most today?</v>\n\n"
        b"00:00:04.000 --> 00:00:14.000\n<v Ben>The move. I keep putting off telling my team.</v>"
        b"\n\n00:00:08.000 --> 00:00:08.500\n<v Ana>Mm-hmm.</v>\n\n"
        b"00:00:15.000 --> 00:00:17.000\n<v Ana>What holds you back?</v>\n"
    )
    lines = to_text(analyze_transcript(data, OneCodeCoder("other"), coach="Ana")).splitlines()
    ben = lines.index("[00:04] Ben (client) neutral: The move. I keep putting off telling my team.")
    assert lines[ben + 1 : ben + 3] == [
        "        (the next line is a brief word under the other speaker's, who goes on: 0.5 s"
        " of speaking over each other)",
        "[00:08] Ana (coach) other: Mm-hmm.",
    ]


def test_reflections_and_no_question_give_their_counts_not_a_bare_not_available() -> None:
    # 12 reflections, no question: no ratio to give, and the counts say why.
    metrics = compute_metrics(_coach_codes(["simple_reflection"] * 12))
    assert metrics.reflection_to_question is None
    text = "\n".join(metrics_lines(metrics))
    assert "  Reflection:question       12 reflections to 0 questions  (MI reference" in text


def _client_talk(*codes: str) -> list[str]:
    """The metrics lines of a session whose client utterances carry ``codes``."""
    coded = [
        CodedUtterance(Utterance(i, i, "Ben", "client", "I could do that."), code)
        for i, code in enumerate(codes)
    ]
    return metrics_lines(compute_metrics(coded))


def test_change_talk_on_too_few_utterances_gives_the_counts_not_a_share() -> None:
    # 2 change, 0 sustain: 100.0% would read as a client all for the change, and one
    # line coded sustain makes it 67%. The counts stand in for the share.
    lines = _client_talk("change", "change", "neutral")
    assert (
        "  Change talk               2 change to 0 sustain  (too few to read as a share: "
        "4 change and sustain utterances needed)" in lines
    )
    assert compute_metrics(
        [CodedUtterance(Utterance(0, 0, "Ben", "client", "Yes."), "change")]
    ).to_dict()["change_talk_too_few"]
    # 3 change, 1 sustain: enough, so the share.
    lines = _client_talk("change", "sustain", "change", "change")
    change = next(line for line in lines if line.startswith("  Change talk"))
    assert change.startswith("  Change talk               75.0%  of change and sustain talk")
    # None of either: nothing to share out, as before.
    assert "  Change talk               n/a  (no change and sustain talk)" in _client_talk(
        "neutral"
    )


BACK_CHANNEL = (
    b"WEBVTT\n\n00:00.000 --> 00:10.000\n<v Ana>So that was the week, and then the review.\n\n"
    b"00:04.000 --> 00:05.000\n<v Ben>Mm-hmm.\n\n"
    b"00:09.000 --> 00:12.000\n<v Ben>Right, and then I went home early.\n"
)


def test_the_overlaps_row_and_the_transcript_name_a_listeners_brief_word_apart() -> None:
    transcript = parse_transcript(BACK_CHANNEL, coach="Ana")
    analysis = measure_transcript(transcript, OneCodeCoder("other"))
    row = next(line for line in metrics_lines(analysis.metrics) if "Overlaps" in line)
    assert " ".join(row.split()) == (
        "Overlaps 2 (2.0 s in all) 1 of them a brief word (Mm-hmm) under the other's words,"
        " who went on"
    )
    text = " ".join(to_text(analysis).split())
    assert "(the next line is a brief word under the other speaker's, who goes on: 1.0 s" in text
    assert "(the next line starts while another speaker is still talking: 1.0 s" in text


def test_no_talk_share_by_time_names_the_limit_its_last_line_passes() -> None:
    # Worked by hand: Ana's story is 30 * 11 = 330 words, Ben's reply 10, Ana's last line
    # 7: 7 of 347 words is 2.017%, over the 2% (6.94 words) that may go uncounted, so
    # there is no share by time. To one decimal that is "2.0%", which reads as within a
    # limit of 2%: the row gives the words and names the limit instead.
    story = " ".join(["It was a long week and the board moved the deadline."] * 30)
    data = (
        f"[00:00] Ana: {story}\n[03:00] Ben: Okay then, that all makes sense to me right now.\n"
        "[03:05] Ana: Thanks for that, see you next week.\n"
    ).encode()
    analysis = analyze_transcript(data, OneCodeCoder("other"), coach="Ana")
    assert to_json(analysis)["metrics"]["talk_time_untimed_words"] == 7
    assert sum(to_json(analysis)["metrics"]["words"].values()) == 347
    assert (
        "  Talk share (time)         n/a  (the last line has no end time, and holds 7 of the "
        "347 words, more than the 2% that can be left out)\n"
    ) in to_text(analysis)


def test_a_topic_named_before_the_question_it_leads_to_is_no_stacked_question() -> None:
    # Worked by hand: the coach's second turn names the topic, then asks one question
    # about it; read as one question there is no stacked turn. The third asks twice.
    data = (
        b"[00:00] Ana: What's the four a.m. voice saying?\n"
        b"[00:05] Ben: That I'm throwing away twenty years.\n"
        b"[00:10] Ana: I'm curious about the four a.m. thing, though. If you imagine "
        b"September, what do you notice in your body?\n"
        b"[00:20] Ben: Excitement, actually.\n"
        b"[00:25] Ana: Will you? When?\n"
        b"[00:30] Ben: Tonight.\n"
    )
    analysis = analyze_transcript(data, OneCodeCoder("open_question"), coach="Ana")
    metrics = to_json(analysis)["metrics"]
    assert metrics["stacked_question_turns"] == [4]
    assert metrics["coach_code_counts"]["open_question"] == 4


@pytest.mark.parametrize("row", sorted(ROW_MEANINGS))
def test_what_a_row_means_shows_counts_by_their_form_not_as_figures_of_a_session(
    row: str,
) -> None:
    # "the counts (1 reflection to 3 questions)" beside a session's figures reads as its own.
    assert re.search(r"\b\d+ (of \d+|\w+ to \d+)", ROW_MEANINGS[row]) is None
