"""A session analysis as a readable text report or a JSON-ready dict.

Text: a header, the metrics with their MITI reference points, then every
utterance as ``[mm:ss] Speaker (role) code/category: text``. None values are
shown as "n/a".
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from coachconn.analysis.formats import FORMAT_NAMES
from coachconn.analysis.metrics import (
    MIN_CHANGE_OR_SUSTAIN,
    MIN_RATED,
    MIN_REFLECTING_OR_REPORTING,
    MIN_REFLECTING_SEEN,
    QUESTION_CODES,
    REFLECTION_CODES,
    UNTIMED_WORDS_SHARE,
    Gap,
    Place,
    SessionMetrics,
    duration_text,
    format_clock,
    opening,
)
from coachconn.analysis.rapport import (
    MIN_COACH_PREDICATES,
    MIN_KEY_TERMS,
    MIN_PREDICATES,
    Metaphor,
    Representational,
    Term,
    coach_matching_too_few,
    verbal_matching_too_few,
)
from coachconn.analysis.session import SessionAnalysis, measured
from coachconn.analysis.signals import (
    AFTER_NON_ANSWER_WORDS,
    BRIEF_ANSWER_WORDS,
    FIGURES,
    MIN_CLIENT_TURNS,
    MIN_OPEN_QUESTIONS,
    Direction,
    Reading,
    Series,
    Signal,
    ended_by,
    half_size,
    plural,
)
from coachconn.analysis.types import (
    CLIENT_FLAGS,
    SILENCE_SECONDS,
    CodedUtterance,
    Expression,
    Pause,
    Transcript,
    Utterance,
)
from coachconn.core.markers import Marker, Polarity, marker_info

NOT_AVAILABLE = "n/a"
# Stacked-question turns named in the text report and on the web page; the JSON lists
# them all.
LISTED_TURNS = 8


def to_json(analysis: SessionAnalysis) -> dict[str, Any]:
    """The JSON form: coach, coach_guessed, format, warnings, utterances, metrics,
    signals (what the transcript shows of the method's connection markers: marker,
    reading, summary and the indices of the utterances it rests on).

    Each utterance has speaker, role, text, start, end, unread_before (part of the file
    just before it could not be read), pauses (each at, where in its text, and seconds,
    None where the transcriber marked it: :class:`~coachconn.analysis.types.Pause`),
    code, confidence (the model's probability for the line's kind, UNSURE_KINDS; None
    where no model decided it, as for a code the rules give whatever the model read) and
    question_category (None unless a question), and not_english (true
    where the utterance's side does not read as English: its code, category and flags
    are the model's and are not read, as the text report's "(not coded: not English)"
    says; :func:`unread_roles`). Coach utterances also carry the coder's form decisions,
    question_form (open/closed) and reflection_depth (simple/complex), whatever their
    code; client utterances carry reflecting, reporting and disclosure.
    """
    transcript = analysis.transcript
    unread = unread_roles(analysis.reading.not_english)
    return {
        "coach": transcript.coach,
        "coach_guessed": transcript.coach_guessed,
        "format": transcript.source_format or None,
        "warnings": list(transcript.warnings),
        "utterances": [_utterance_json(c, c.utterance.role in unread) for c in analysis.coded],
        "metrics": analysis.metrics.to_dict(),
        "signals": [s.to_dict() for s in analysis.reading.signals],
    }


def _utterance_json(coded: CodedUtterance, unread: bool) -> dict[str, Any]:
    u = coded.utterance
    item: dict[str, Any] = {
        "index": u.index,
        "turn": u.turn,
        "speaker": u.speaker,
        "role": u.role,
        "text": u.text,
        "start": u.start,
        "end": u.end,
        "unread_before": u.unread_before,
        "pauses": [{"at": pause.at, "seconds": pause.seconds} for pause in u.pauses],
        "expressions": [{"at": e.at, "kind": e.kind, "start": e.start} for e in u.expressions],
        "code": coded.code,
        "confidence": coded.confidence,
        "question_category": coded.question_category if coded.code.endswith("question") else None,
        "not_english": unread,
    }
    if u.role == "coach":
        item.update(question_form=coded.question_form, reflection_depth=coded.reflection_depth)
    else:
        item.update(
            reflecting=coded.reflecting, reporting=coded.reporting, disclosure=coded.disclosure
        )
    return item


def upgrade_json(data: dict[str, Any]) -> dict[str, Any]:
    """A stored :func:`to_json` form as the current version writes it: the keys later
    versions added set to None (``confidence`` on every utterance, ``question_form``
    and ``reflection_depth`` on the coach's) or False (``unread_before``), and the
    metrics computed again from the stored coded utterances, so that a stored analysis
    reads like a new one and its text and JSON forms give the same figures."""
    return to_json(read_stored(data))


_OLD_HINT = "; pass --coach to set it"


def read_stored(data: dict[str, Any]) -> SessionAnalysis:
    """A stored :func:`to_json` form, from any version, rebuilt and measured as the
    current version measures it (:func:`upgrade_json` is its JSON form)."""
    # Earlier versions told how to set a guessed coach in the warning, in the command
    # line's words; each surface says it in its own now.
    data["warnings"] = [w.removesuffix(_OLD_HINT) for w in data.get("warnings", [])]
    for item in data.get("utterances", []):
        item.setdefault("confidence", None)
        if item.get("role") == "coach":
            item.setdefault("question_form", None)
            item.setdefault("reflection_depth", None)
    return from_json(data)


def from_json(data: dict[str, Any]) -> SessionAnalysis:
    """An analysis rebuilt from its :func:`to_json` form (as stored with a
    session), for the text report. The metrics are computed again from the
    coded utterances, so they match the stored ones while the metric
    definitions stay the same."""
    coded = coded_from_json(data)
    transcript = Transcript(
        utterances=[c.utterance for c in coded],
        coach=data["coach"],
        coach_guessed=data["coach_guessed"],
        warnings=list(data["warnings"]),
        source_format=data["format"] or "",
    )
    return measured(transcript, coded)


def coded_from_json(data: dict[str, Any]) -> list[CodedUtterance]:
    """The coded utterances of a :func:`to_json` form, without measuring them."""
    return [_coded_from_json(item) for item in data["utterances"]]


def _coded_from_json(item: dict[str, Any]) -> CodedUtterance:
    keys = ("index", "turn", "speaker", "role", "text", "start", "end")
    # unread_before, pauses and expressions are absent from analyses stored before they
    # were written.
    utterance = Utterance(
        **{key: item[key] for key in keys},
        unread_before=item.get("unread_before", False),
        pauses=tuple(Pause(p["at"], p["seconds"]) for p in item.get("pauses", [])),
        expressions=tuple(
            Expression(e["at"], e["kind"], e.get("start")) for e in item.get("expressions", [])
        ),
    )
    return CodedUtterance(
        utterance,
        item["code"],
        item["question_category"],
        reflecting=item.get("reflecting", False),
        reporting=item.get("reporting", False),
        disclosure=item.get("disclosure", False),
        # Absent from analyses stored before these fields were written.
        confidence=item.get("confidence"),
        question_form=item.get("question_form"),
        reflection_depth=item.get("reflection_depth"),
    )


def summary_text(analysis: SessionAnalysis) -> str:
    """The header, the metrics and the signals of the text report, without what the
    figures mean and the transcript (the full report's further parts)."""
    sections = metric_sections(analysis.metrics, not_english=analysis.reading.not_english)
    return "\n".join([*_header(analysis), "", *_body(analysis, sections)]) + "\n"


def code_legend_parts(*, in_words: bool = False) -> tuple[str, str, str]:
    """What the codes of a coded transcript mean, a paragraph each: the coach's codes, the
    client's, how far to trust them (the text report shows them apart, the session page
    as one). Each code is named as the transcript shows it: as the text report prints it
    (``open_question/exploration``, ``+reflecting``, ``(unsure)``), or ``in_words`` as the
    session page does (``open question / exploration``, ``reflecting``, ``unsure``), so
    that a reader can look up what they see."""

    def c(code: str) -> str:
        return code.replace("_", " ") if in_words else code

    slash = " / " if in_words else "/"
    flag = "" if in_words else "+"
    unsure_mark = "unsure" if in_words else "(unsure)"
    coach = (
        f"Your lines: {c('open_question')} or {c('closed_question')}, with the question's "
        f"category after it ({c('open_question')}{slash}{c('exploration')}): "
        f"{c('exploration')}, {c('assumption_challenging')}, {c('future_focused')}, "
        f"{c('resource_accessing')} (the client's strengths and support) or {c('process')} "
        f"(how the coaching goes); {c('simple_reflection')} or {c('complex_reflection')} "
        f"(giving back the client's words, or adding meaning to them); {c('affirmation')}, "
        f"{c('advice')}, {c('information')}, {c('self_disclosure')}, {c('structuring')} "
        f"(agenda, time, process), or {c('other')}."
    )
    client = (
        f"The client's lines: {c('change')} (talk towards the change they came for), "
        f"{c('sustain')} (talk for things staying as they are) or {c('neutral')}, followed "
        f"by {flag}reflecting (insight about themselves), {flag}reporting (narrating events) "
        f"and {flag}disclosure (feelings, vulnerability) where they are."
    )
    trust = (
        "Codes come from a model and rules: read them as a second opinion on the session. "
        f"A line marked {unsure_mark} is one whose kind the model gave less than "
        f"{LOW_CONFIDENCE:.0%} probability, the likeliest place to disagree with it: "
        f"{UNSURE_KINDS}. A code the rules give whatever the model read has no mark. "
        "Change against sustain talk, and a simple against a complex reflection, are the "
        "codes a coach most often reads otherwise, marked or not: check those before you "
        "lean on them."
    )
    return coach, client, trust


# Below this probability of the model's for its decision, a code is marked unsure.
LOW_CONFIDENCE = 0.6
# What the probability behind "unsure" is of (:attr:`CodedUtterance.confidence`): the
# model's behaviour for a coach line, the group its code belongs to, and the talk type
# for a client's; the rules choose within the group, the flags and the category.
UNSURE_KINDS = (
    "on your lines, whether it is a question, a reflection, advice or information, or "
    "something else (not which code of that kind, such as open or closed, nor the "
    "question's category); on the client's, the talk type (not the flags after it)"
)
# The unsure mark's tooltip on the session page, from the same words as the legend.
UNSURE_TITLE = (
    f"The model gave this line's kind less than {LOW_CONFIDENCE:.0%} probability: "
    + UNSURE_KINDS.replace("your lines", "the coach's lines")
)
# The session page's legend of the codes, in words as the page shows them.
CODE_LEGEND = " ".join(code_legend_parts(in_words=True))
# The width the text report wraps its prose to (a transcript line stays one line, so
# that a search for its words finds it whole).
TEXT_WIDTH = 100


# What each row of the metrics means, in the order shown: one source for the session
# page, which explains them beside the figures, and the text report's "What the figures
# mean" (the README's "Reading the report" says it at more length). Every row label of
# :func:`metric_sections` has an entry.
ROW_MEANINGS = {
    "Talk share (words)": "How much of the session each of you spoke, counted in words. "
    "In coaching the client usually speaks more.",
    "Talk share (time)": "The same in seconds, where (nearly) every line has a time.",
    "Talk by speaker": "Where several people speak on one side (a group, a team), each "
    "person's part of the talk shares above: their words and, where lines have times, "
    "their seconds. Someone labelled by a role such as interpreter or observer is listed "
    "with their words, outside the shares.",
    "Reflection:question": "Reflections you gave for each question you asked: 1.0 is one of "
    "each; above 1, you gave back more than you asked. Under ten questions and reflections "
    'in all, counts stand in for the ratio (as "n reflections to m questions").',
    "Open questions": "The share of your questions the client can answer in their own words "
    '("What was that like?") rather than with yes, no or one fact.',
    "Complex reflections": "The share of your reflections that added meaning (a feeling not "
    "said, the point behind the words, both sides, a metaphor) rather than repeating. Under "
    'ten reflections, a count stands in for the share (as "n of m"), which one line would '
    "swing.",
    "Stacked questions": "Your turns that asked two questions or more before the client "
    'could answer (one sentence may ask two: "What would you do, who would you tell?"), '
    "each pointing to its first question in the transcript.",
    "Longest coach monologue": "Your longest turn: its words, its seconds where known, and "
    "where it starts.",
    "Silences (3 s or more)": "Pauses of 3 seconds or more, shown in the transcript where "
    "they fell, and who spoke after them (did you come in, or did the client?); they need "
    "end times on the lines (captions have them). Beside them, the "
    "pauses a transcriber marked ([pause]), and those inside one speaker's turn between "
    "two lines stamped only at their start (their length estimated from the stamps and "
    "the words), shown in the words where they fell.",
    "Overlaps": "The times you spoke over each other; they need end times too. A brief"
    ' word such as "Mm-hmm" said under the other\'s words, who goes on, is counted and'
    " named apart: listening, not taking the floor.",
    "Coach codes": "How many of your utterances got each code (see What the codes mean, "
    "above the transcript).",
    "Question categories": "What your questions were about: exploration, assumption "
    "challenging, future focused, resource accessing (the client's strengths and support) "
    "or process (how the coaching goes).",
    "Client talk": "The client's utterances for the change they came for (change), for "
    "things staying as they are (sustain), or neither (neutral).",
    "Change talk": "Change talk's share of the client's change and sustain talk together: "
    f"above half, the client argued more for the change than against it. Under "
    f'{MIN_CHANGE_OR_SUSTAIN} of them, counts stand in for the share (as "n change to m '
    'sustain"), which one line would swing.',
    "Reflecting:reporting": "The client's turns where they make sense of themselves, for each "
    "one where they narrate events; it tends to rise as a client goes deeper. Under "
    f"{MIN_REFLECTING_OR_REPORTING} such turns in all (and under {MIN_REFLECTING_SEEN} that "
    'reflect), counts stand in for the ratio (as "n reflecting to m reporting"), which '
    "one turn would turn over.",
    "Disclosure": "The share of the client's turns that voice a feeling or something vulnerable.",
    "Laughter, tears, sighs": "The laughter, tears and sighs a transcriber marked ([laughs], "
    "[both laugh], [crying], [sighs]), by whose line they are on, shown in the transcript "
    "where they fell: moments of feeling worth noticing. Automatic captions rarely mark "
    "them.",
    "Client's key terms": "Words and phrases the client brought, said twice or more or said "
    "back by you, most often said first: ×2 is how often; (reused) that you took it up "
    "after them.",
    "Coach reuses": "The share of the client's key terms you took up after they said them; "
    f'under {MIN_KEY_TERMS} terms, a count stands in for the share (as "n of m key terms"), '
    "which one word would swing.",
    "Client's metaphors": 'The client\'s own images ("feels like a treadmill", "like I was '
    'furniture", "I\'ve been drifting", "I was the fixer", "treading water"); (reused) '
    'where you used the image\'s own words after them ("pressure cooker", not just '
    '"pressure"). An image you said first and the client took up is marked "(the coach\'s '
    'image, taken up)" and listed last. An amount ("like a bottle"), a judgement ("like a '
    'failure") or a post ("I was the manager") is no image.',
    "Names the client used": "The people, places and things the client called by name "
    "(written with a capital), worth keeping among the details to remember; they are not "
    "key terms. The client's own name, tools such as Teams and methods such as Lean Six "
    "Sigma are left out.",
    "Client predicates": "The client's predicates: sensory words, of seeing (visual: see, "
    "clear), hearing (auditory: hear, sounds) or feeling (kinesthetic: feel, stuck), counted "
    f"by system; the system is named where one clearly leads ({MIN_PREDICATES} predicates or "
    "more).",
    "Coach predicates": "Your predicates (sensory words of seeing, hearing or feeling), and "
    "the share of them in the client's leading system (fewer than "
    f"{MIN_COACH_PREDICATES}: too few to read; n/a where no system leads in the client's "
    "words).",
}


def to_text(analysis: SessionAnalysis) -> str:
    """The readable report, ending with a newline: the header, the metrics and the
    signals, what each row of the metrics means (:func:`meaning_lines`), then the coded
    transcript, opening with what its codes mean."""
    legend = [_wrapped(part, "  ") for part in code_legend_parts()]
    sections = metric_sections(analysis.metrics, not_english=analysis.reading.not_english)
    meanings = meaning_lines(sections, analysis.metrics)
    lines = [*_header(analysis), "", *_body(analysis, sections), "", *meanings, ""]
    lines += ["Transcript", "What the codes mean:", *legend, ""]
    gaps = gaps_after(analysis.metrics)
    unread = unread_roles(analysis.reading.not_english)
    for i, coded in enumerate(analysis.coded):
        lines.append(utterance_line(coded, read=coded.utterance.role not in unread))
        if i in gaps:  # where the silences fell, so the coach can see what came after
            lines.append(f"        ({gaps[i]})")
    return "\n".join(lines) + "\n"


def gaps_after(m: SessionMetrics) -> dict[int, str]:
    """Utterance index -> the silence (3 s or more), the break or the overlap after it,
    in words: ``4.0 s of silence``, ``a break of 1 h 0 min: nobody speaks``, ``the next
    line starts while another speaker is still talking: 0.4 s of speaking over each
    other`` (``the next line is a brief word under the other speaker's, who goes on:
    ...`` where it is a listener's "Mm-hmm"). An overlap's seconds are how long both
    speak, which is not how early the next line starts where it ends first (a "Mm-hmm."
    inside a long answer), so the words say only that it starts before the other speaker
    stops."""
    found = {
        gap.after: (
            "the next line is a brief word under the other speaker's, who goes on"
            if gap.back_channel
            else "the next line starts while another speaker is still talking"
        )
        + f": {gap.seconds:.1f} s of speaking over each other"
        for gap in m.overlaps or []
    }
    for gap in m.silences or []:
        found[gap.after] = f"{gap.seconds:.1f} s of silence"
    for gap in m.breaks:
        found[gap.after] = f"a break of {duration_text(gap.seconds)}: nobody speaks"
    return found


def _body(analysis: SessionAnalysis, sections: list[tuple[str, list[MetricRow]]]) -> list[str]:
    """The metrics (``sections``, worked out once for them and what they mean) and the
    signals."""
    reading = analysis.reading
    return [
        *_section_lines(sections, analysis.metrics),
        "",
        *signal_lines(reading.signals, analysis.coded),
    ]


def describe(analysis: SessionAnalysis) -> str:
    """``Session analysis: WebVTT, 120 utterances in 64 turns``."""
    return _header(analysis)[0]


def _header(analysis: SessionAnalysis) -> list[str]:
    t = analysis.transcript
    kind = FORMAT_NAMES.get(t.source_format, t.source_format or "transcript")
    turns = len({u.turn for u in t.utterances})
    guessed = " (guessed)" if t.coach_guessed else ""  # each surface says how to set it
    return [
        f"Session analysis: {kind}, {len(t.utterances)} utterances in {turns} turns",
        f"Coach: {t.coach}{guessed}",
    ]


# One row of a metrics section: label, value, note (the note may be empty).
MetricRow = tuple[str, str, str]


# Which sides' lines a row rests on being read as English (its codes, or the word lists
# key terms, metaphors and predicates are found with).
_COACH, _CLIENT = frozenset({"coach"}), frozenset({"client"})
_BOTH, _NEITHER = _COACH | _CLIENT, frozenset[str]()
# A row of :func:`_sections`: a MetricRow and the sides it rests on.
_Row = tuple[str, str, str, frozenset[str]]


def metric_sections(
    m: SessionMetrics,
    *,
    codes_in_words: bool = False,
    not_english: Mapping[str, str] | None = None,
) -> list[tuple[str, list[MetricRow]]]:
    """The metrics as titled sections of rows, as the text report and the web page
    show them; the MI reference note (:func:`reference_note`) follows them. With
    ``codes_in_words`` the code tallies read "open question 5", not "open_question 5".
    ``not_english`` (side -> why, as in ``SessionReading.not_english``): the rows that
    rest on that side's words read n/a, saying so (the warnings and the signals say why
    in full), rather than figures from a model and word lists made for English."""

    def codes(counts: dict[str, int]) -> str:
        shown = _tally(counts)
        return shown.replace("_", " ") if codes_in_words else shown

    unread = sorted(not_english or {})

    def shown(label: str, value: str, note: str, sides: frozenset[str]) -> MetricRow:
        side = next((s for s in unread if s in sides), None)
        if side is None:
            return label, value, note
        return label, NOT_AVAILABLE, f"(the {side}'s lines do not seem to be in English)"

    return [(title, [shown(*row) for row in rows]) for title, rows in _sections(m, codes)]


def _sections(
    m: SessionMetrics, codes: Callable[[dict[str, int]], str]
) -> list[tuple[str, list[_Row]]]:
    return [
        ("Listening and inquiry", [
            *((*row, _NEITHER) for row in _talk_rows(m)),
            ("Reflection:question", _reflections_to_questions(m),
             _miti(m, "reflection_to_question"), _COACH),
            ("Open questions", _pct(m.pct_open_questions),
             _of(m.pct_open_questions, "questions"), _COACH),
            ("Complex reflections", *_complex_reflections(m), _COACH),
            ("Stacked questions", _stacked(m.stacked_question_places), "", _COACH),
            ("Longest coach monologue", _monologue(m), "", _NEITHER),
            ("Silences (3 s or more)", _silences(m.silences), _pauses_note(m), _NEITHER),
            ("Overlaps", _gaps(m.overlaps), _back_channel_note(m.overlaps), _NEITHER),
            ("Coach codes", codes(m.coach_code_counts), "", _COACH),
            ("Question categories", codes(m.question_category_counts), "", _COACH),
        ]),
        ("Client", [
            ("Client talk", codes(m.client_code_counts), _by_utterance(m), _CLIENT),
            ("Change talk", *_change_talk(m), _CLIENT),
            ("Reflecting:reporting", *_reflecting_to_reporting(m), _CLIENT),
            ("Disclosure", _pct(m.client_disclosure_pct),
             _of(m.client_disclosure_pct, "client turns"), _CLIENT),
            ("Laughter, tears, sighs", _expressions(m), "", _NEITHER),
        ]),
        ("Rapport", _rapport_rows(m)),
    ]  # fmt: skip


def reference_note(m: SessionMetrics) -> str:
    """Where the MI reference points come from, and what they are not."""
    return f"MI reference: {m.reference_points['source']}: {m.reference_points['note']}."


def metrics_lines(m: SessionMetrics, not_english: Mapping[str, str] | None = None) -> list[str]:
    """The metrics section of the text report (``not_english``: see :func:`metric_sections`)."""
    return _section_lines(metric_sections(m, not_english=not_english), m)


def _section_lines(sections: list[tuple[str, list[MetricRow]]], m: SessionMetrics) -> list[str]:
    lines: list[str] = []
    for title, rows in sections:
        lines.append(title)
        for row in rows:
            lines.append(_row(*row))
            if row[0] == "Talk share (time)":  # who in a group spoke how much, after the pool
                lines += speaker_table_lines(m)
        lines.append("")
    return [*lines, _wrapped(reference_note(m), "")]


# The width of each column of the table of talk by speaker.
_SPEAKER_COLUMN = 24
_WORDS_COLUMN = 30


# The table of talk by speaker: its title, which the web page gives as its caption, and
# the heads of its columns of figures.
SPEAKER_TABLE = "Talk by speaker"
SPEAKER_COLUMNS = ("by words", "by time")


def speaker_rows(m: SessionMetrics) -> list[tuple[str, ...]]:
    """The table of talk by speaker, as both reports show it under the talk shares: each
    speaker as ``Ana (client)``, their share of the words (``44.4% (24 words)``) and,
    where there is talk time, of the time (``45.3% (12.0 s)``), one cell for each of
    SPEAKER_COLUMNS there is; none at all unless more than one speaker is on the client's
    side (a group or a team) or on the coach's, whose shares by role pool them. A speaker
    of neither role (a third party) is listed with their words and seconds, and no
    share."""
    talk = m.talk_by_speaker
    sides = Counter(t.role for t in talk if t.role in ("coach", "client"))
    if not any(n > 1 for n in sides.values()):
        return []
    timed = m.talk_share_time is not None
    rows: list[tuple[str, ...]] = []
    for t in talk:
        counted = t.role in ("coach", "client")
        said = plural(t.words, "word")
        row = [f"{t.speaker} ({t.role})"]
        row.append(f"{_pct(t.share_words)} ({said})" if counted else f"{said}, not in the shares")
        if timed:
            seconds = "" if t.seconds is None else f"{t.seconds:.1f} s"
            row.append(f"{_pct(t.share_time)} ({seconds})" if counted and seconds else seconds)
        rows.append(tuple(row))
    return rows


def speaker_columns(m: SessionMetrics) -> tuple[str, ...]:
    """The heads of the columns of figures of :func:`speaker_rows`: by time only where
    the session has talk time."""
    return SPEAKER_COLUMNS if m.talk_share_time is not None else SPEAKER_COLUMNS[:1]


def speaker_table_lines(m: SessionMetrics) -> list[str]:
    """:func:`speaker_rows` as lines of the text report, aligned in columns."""
    rows = speaker_rows(m)
    if not rows:
        return []
    heads = speaker_columns(m)
    header = f"  {SPEAKER_TABLE:<26}" + "".join(f"{h:<{_WORDS_COLUMN}}" for h in heads)
    lines = [header.rstrip()]
    for who, *figures in rows:
        line = f"    {who:<{_SPEAKER_COLUMN - 1}} " + "".join(
            f"{figure:<{_WORDS_COLUMN - 1}} " for figure in figures
        )
        lines.append(line.rstrip())
    return lines


def meaning_labels(sections: list[tuple[str, list[MetricRow]]], m: SessionMetrics) -> list[str]:
    """The labels of what ``sections`` (:func:`metric_sections`) show, in the order shown,
    the table of talk by speaker after the talk share by time where it is shown: each has
    its meaning in ROW_MEANINGS."""
    labels: list[str] = []
    for _, rows in sections:
        for row in rows:
            labels.append(row[0])
            if row[0] == "Talk share (time)" and speaker_rows(m):
                labels.append(SPEAKER_TABLE)
    return labels


def meaning_lines(sections: list[tuple[str, list[MetricRow]]], m: SessionMetrics) -> list[str]:
    """What each row of ``sections`` (:func:`metric_sections`) means, in the order shown,
    from ROW_MEANINGS as the session page explains them: after the signals, so that the
    figures come first, and before the transcript. Each is one paragraph, its row's label
    leading and its further lines indented, so that a label can be found by eye."""
    labels = meaning_labels(sections, m)
    explained = (_wrapped(f"{label}: {ROW_MEANINGS[label]}", "  ", "      ") for label in labels)
    return ["What the figures mean", *explained]


# How the reports explain the sign before a marker.
SIGN_LEGEND = "+ a positive marker, ! a warning sign"


def direction_text(direction: Direction) -> str:
    """``rising``, ``falling``, ``steady``, or ``—`` where there are too few sessions."""
    return "—" if direction is Direction.TOO_FEW else direction.value


READING_TEXT = {
    Reading.SEEN: "seen",
    Reading.NOT_SEEN: "not seen",
    Reading.UNKNOWN: "can't tell",
}


def marker_sign(marker: Marker) -> str:
    """``+`` for a positive marker, ``!`` for a warning sign."""
    return "+" if marker_info(marker).polarity is Polarity.POSITIVE else "!"


def evidence_of(
    reading: Reading, evidence: Sequence[int], coded: Sequence[CodedUtterance]
) -> tuple[int, str] | None:
    """The first utterance a *seen* signal rests on, as its index and
    ``[mm:ss] Speaker: "the first words…"``; None for a signal not seen (its figures say
    enough) or without evidence."""
    if reading is not Reading.SEEN or not evidence:
        return None
    u = coded[evidence[0]].utterance
    when = "" if u.start is None else f"[{format_clock(u.start)}] "
    return evidence[0], f"{when}{u.speaker}: {_quote(u.text)}"


def signal_lines(signals: Sequence[Signal], coded: list[CodedUtterance]) -> list[str]:
    """The connection-signals section: each marker with its reading, its figures and the
    first utterance it rests on, so the coach can find it in the transcript."""
    lines = [
        _wrapped(
            "Connection signals (the method's markers as this transcript shows them, "
            f"{SIGN_LEGEND}; evidence for your judgement, not a verdict)",
            "",
        )
    ]
    for signal in signals:
        label = marker_info(signal.marker).label
        reading = READING_TEXT[signal.reading]
        said = f"{marker_sign(signal.marker)} {label}: {reading}; {signal.summary}"
        lines.append(_wrapped(said, "  ", "      "))
        found = evidence_of(signal.reading, signal.evidence, coded)
        if found is not None:
            lines.append(f"      e.g. {found[1]}")
    return lines


def _wrapped(text: str, indent: str, hanging: str | None = None) -> str:
    """``text`` wrapped to TEXT_WIDTH, its first line indented by ``indent`` and the
    others by ``hanging`` (default: the same), words never broken."""
    return textwrap.fill(
        text,
        TEXT_WIDTH,
        initial_indent=indent,
        subsequent_indent=indent if hanging is None else hanging,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _quote(text: str, words: int = 12) -> str:
    return f'"{opening(text, words)}"'


def _talk_rows(m: SessionMetrics) -> list[MetricRow]:
    counts = (
        f"(coach {plural(m.words['coach'], 'word')}, client {plural(m.words['client'], 'word')}"
    )
    if "other" in m.words:  # someone besides the coach and the session's client
        counts += f"; others {plural(m.words['other'], 'word')}, not in the shares"
    rows = [("Talk share (words)", _roles(m.talk_share_words), counts + ")")]
    if m.talk_share_time is not None and m.talk_seconds is not None:
        secs = f"(coach {m.talk_seconds['coach']:.1f} s, client {m.talk_seconds['client']:.1f} s"
        if "other" in m.talk_seconds:
            secs += f"; others {m.talk_seconds['other']:.1f} s"
        if m.talk_time_untimed_last_line:
            secs += "; the last line not counted: it has no end time"
        elif m.talk_time_untimed:
            # The last line's, any before a break, and any whose timing was unreadable.
            n = m.talk_time_untimed
            secs += (
                f"; {plural(n, 'utterance')} not counted: nothing says how long "
                f"{'it lasts' if n == 1 else 'they last'} {_UNTIMED_KINDS}"
            )
        if m.talk_time_from_starts:
            secs += (
                "; a line stamped only at its start lasts until the next later stamp or as"
                " long as its words take at 120 a minute, whichever is shorter (lines that"
                " share a stamp share that time)"
            )
        secs += ")"
        rows.append(("Talk share (time)", _roles(m.talk_share_time), secs))
    else:
        rows.append(("Talk share (time)", NOT_AVAILABLE, _no_time_share(m)))
    return rows


# The utterances whose length a transcript may not give.
_UNTIMED_KINDS = (
    "(the last line, a line before a break, a line without a time or the one before it)"
)


def _no_time_share(m: SessionMetrics) -> str:
    """Why there is no talk share by time: no times at all, or too many of the words in
    utterances whose length is unknown (more than UNTIMED_WORDS_SHARE)."""
    n = m.talk_time_untimed
    if not n:
        return "(needs a time on (nearly) every line)"
    # The words, not a share: 7 of 347 words, over the limit, is "2.0%" to one decimal,
    # which reads as within a limit of 2%.
    held = f"{m.talk_time_untimed_words} of the {sum(m.words.values())} words"
    limit = f"more than the {UNTIMED_WORDS_SHARE:.0%} that can be left out"
    if m.talk_time_untimed_last_line:  # the commonest: a stamped plain-text file
        return f"(the last line has no end time, and holds {held}, {limit})"
    return (
        f"({plural(n, 'utterance')} holding {held} "
        f"{'has' if n == 1 else 'have'} no known length, {limit})"
    )


def _rapport_rows(m: SessionMetrics) -> list[_Row]:
    terms = ", ".join(f"{_term(t)} ×{t.count}{_reused(t.reused)}" for t in m.client_terms)
    images = "; ".join(f"“{x.text}”{_image_note(x)}" for x in m.client_metaphors)
    names = ", ".join(f"{n.name} ×{n.count}" for n in m.client_names)
    rep = m.representational
    matching = f"in the client's system: {_matching(rep)}"
    return [
        ("Client's key terms", terms or "none found", "", _CLIENT),
        ("Coach reuses", *_verbal_matching(m), _BOTH),
        ("Client's metaphors", images or "none found", "", _CLIENT),
        ("Names the client used", names or "none found", "", _NEITHER),
        ("Client predicates", _tally(rep.client), f"dominant: {_system(rep)}", _CLIENT),
        ("Coach predicates", _tally(rep.coach), matching, _BOTH),
    ]  # fmt: skip


def _verbal_matching(m: SessionMetrics) -> tuple[str, str]:
    """The share of the client's key terms the coach reused, or, on fewer than
    MIN_KEY_TERMS terms, the count and that they are too few for a share: "100.0%" of 4
    terms would read as a measure one word can swing (see MIN_KEY_TERMS). With no key
    terms, nothing to share out, as "n/a (no questions)" says of open questions."""
    terms = m.client_terms
    if not terms:
        return NOT_AVAILABLE, "(no key terms)"
    if not verbal_matching_too_few(terms):
        return _pct(m.verbal_matching_pct), "of the client's key terms"
    reused = sum(t.reused for t in terms)
    return (
        f"{reused} of {plural(len(terms), 'key term')}",
        f"(too few for a share: fewer than {MIN_KEY_TERMS} key terms)",
    )


def _term(term: Term) -> str:
    """A key term with the other forms its count takes in: "running (and run, runs)"."""
    if not term.other_forms:
        return term.term
    return f"{term.term} (and {', '.join(term.other_forms)})"


def _system(rep: Representational) -> str:
    if rep.client_system == "mixed":
        return "mixed (no clear lead)"
    if rep.client_system == "unknown":
        return f"unknown (fewer than {MIN_PREDICATES} predicates)"
    return rep.client_system


def _matching(rep: Representational) -> str:
    """The coach's share in the client's system; with fewer than MIN_COACH_PREDICATES
    coach predicates, a plain "too few to read" rather than a share that one word
    decides (a "0.0%" that reads as a failure). Where the client's words lead in no
    system (mixed, or too few), there is none to match, and the row says so rather than
    a bare "n/a"."""
    if rep.client_dominant is None:
        return f"{NOT_AVAILABLE} (no leading system in the client's words)"
    if coach_matching_too_few(rep):
        return f"too few to read ({sum(rep.coach.values())} of {MIN_COACH_PREDICATES} needed)"
    return _pct(rep.coach_matching_pct)


def _image_note(image: Metaphor) -> str:
    """After a client's image: " (the coach's image, taken up)" where the coach said it
    first (not the client's own), else whether the coach reused it."""
    return " (the coach's image, taken up)" if image.coach_first else _reused(image.reused)


def _reused(reused: bool) -> str:
    return " (reused)" if reused else ""


def _row(label: str, value: str, note: str = "") -> str:
    return f"  {label:<26}{value}{'  ' + note if note else ''}"


def _num(value: float | None) -> str:
    return NOT_AVAILABLE if value is None else f"{value:.2f}"


def _change_talk(m: SessionMetrics) -> tuple[str, str]:
    """Change talk's share and its note; where change and sustain talk are too few
    (:attr:`SessionMetrics.change_talk_too_few`), the counts stand in for the share ("2
    change to 0 sustain"): 100.0% would read as a client all for the change, where one
    line's code would make it 67%."""
    if not m.change_talk_too_few:
        return _pct(m.pct_change_talk), _change_talk_note(m)
    said = m.client_code_counts
    return f"{said.get('change', 0)} change to {said.get('sustain', 0)} sustain", (
        f"(too few to read as a share: {MIN_CHANGE_OR_SUSTAIN} change and sustain "
        "utterances needed)"
    )


def _change_talk_note(m: SessionMetrics) -> str:
    """What the share is of, and, where each half of the session has change or sustain
    talk, the counts by halves: a client who argues against the change early and for it
    late reads 50% over the whole, and the arc is the news."""
    note = _of(m.pct_change_talk, "change and sustain talk")
    (c1, s1), (c2, s2) = m.change_talk_halves
    if not (c1 + s1 and c2 + s2):
        return note
    return f"{note}; by halves {c1} change to {s1} sustain, then {c2} to {s2}"


def _by_utterance(m: SessionMetrics) -> str:
    """What the talk codes count, where the rows after them count otherwise: utterances,
    and the client's turns those rows count."""
    said, turns = m.utterances.get("client", 0), m.client_turn_count
    if said == turns:
        return ""
    return (
        f"(these count {said} utterances, said in {plural(turns, 'turn')}; "
        "Reflecting:reporting and Disclosure count the turns)"
    )


def _reflecting_to_reporting(m: SessionMetrics) -> tuple[str, str]:
    """The client's reflecting to reporting turns and their counts. With no reporting
    the ratio has no value, but the best case is not "n/a": "all reflecting"; with
    neither, nothing to share out, as "n/a (no reflections)" says for the coach. Where
    they are too few to weigh one against the other (:func:`too_few_to_weigh`, as the
    reflection signal says), the counts stand in for the ratio ("2 reflecting to 1
    reporting"): 2.00 would read as a finding that one turn's flag can turn over."""
    reflecting, reporting = m.client_reflecting, m.client_reporting
    if not reflecting and not reporting:
        return NOT_AVAILABLE, "(no reflecting or reporting turns)"
    if m.client_reflecting_too_few:
        return f"{reflecting} reflecting to {reporting} reporting", (
            f"(too few to read as a ratio: {MIN_REFLECTING_OR_REPORTING} turns that reflect "
            f"or report, or {MIN_REFLECTING_SEEN} that reflect, needed)"
        )
    counts = f"({reflecting} reflecting, {reporting} reporting)"
    if not reporting:
        return "all reflecting", counts
    return _num(m.client_reflecting_to_reporting), counts


def _of(value: float | None, whole: str) -> str:
    """What a share is of ("of questions"), or, with no share, that there is none."""
    return f"of {whole}" if value is not None else f"(no {whole})"


def _pct(value: float | None) -> str:
    return NOT_AVAILABLE if value is None else f"{value:.1f}%"


def _roles(shares: dict[str, float | None]) -> str:
    return f"coach {_pct(shares['coach'])}, client {_pct(shares['client'])}"


def _tally(counts: dict[str, int]) -> str:
    """``open_question 5, closed_question 1``: the counts that are not zero."""
    shown = [f"{name} {n}" for name, n in counts.items() if n]
    return ", ".join(shown) or "none"


def _too_few_to_place(m: SessionMetrics, key: str) -> bool:
    # Stored analyses are measured again, so every point carries the flag.
    return bool(m.reference_points[key].get("too_few_to_place"))


def _reflections_to_questions(m: SessionMetrics) -> str:
    """The ratio, or where it rests on too few lines to place, the counts it comes from
    ("1 reflection to 3 questions"): 0.33 would read as a verdict one line can swing.
    With reflections and no question there is no ratio, and the counts say why ("12
    reflections to 0 questions"); with neither, n/a says so, as "n/a (no questions)" does
    of open questions."""
    counts = m.coach_code_counts
    reflections = sum(counts.get(code, 0) for code in REFLECTION_CODES)
    questions = sum(counts.get(code, 0) for code in QUESTION_CODES)
    unplaced = _too_few_to_place(m, "reflection_to_question")
    if not unplaced and m.reflection_to_question is None and not reflections:
        return f"{NOT_AVAILABLE} (no reflections or questions)"
    if not unplaced and m.reflection_to_question is not None:
        return _num(m.reflection_to_question)
    return f"{plural(reflections, 'reflection')} to {plural(questions, 'question')}"


def _complex_reflections(m: SessionMetrics) -> tuple[str, str]:
    """The share of complex reflections and its note; where it rests on too few
    reflections to place, the count instead ("1 of 8 reflections"), as 12.5% would read
    as a verdict that one line's code can swing."""
    note = _miti(m, "pct_complex_reflections")
    share = m.pct_complex_reflections
    if not _too_few_to_place(m, "pct_complex_reflections"):
        return _pct(share), f"{_of(share, 'reflections')} {note}"
    counts = m.coach_code_counts
    reflections = sum(counts.get(code, 0) for code in REFLECTION_CODES)
    return f"{counts.get('complex_reflection', 0)} of {plural(reflections, 'reflection')}", note


def _miti(m: SessionMetrics, key: str) -> str:
    """Where MI's bands start, and this session's figure beside them, in figures only:
    "(MI reference: the fair band starts at 40%, the good band at 50%; this session
    10.0%)". No word of a band ("below fair") is said of the session: the bands were set
    for motivational interviewing, and read as a verdict on coaching they mislead."""
    point = m.reference_points[key]
    pct = key.startswith("pct")
    suffix = "%" if pct else ""
    fair, good = f"{point['fair']:g}{suffix}", f"{point['good']:g}{suffix}"
    if not pct:  # shown as a decimal: 1:1 is 1.0
        fair = f"{point['fair']:.1f} ({point['fair']:g}:1)"
        good = f"{point['good']:.1f} ({point['good']:g}:1)"
    bands = f"MI reference: the fair band starts at {fair}, the good band at {good}"
    value = point["value"]
    if value is None:
        return f"({bands})"
    if point["band"] is None:  # too few to place
        what = "reflections" if pct else "questions and reflections"
        return f"({bands}; too few to place: fewer than {MIN_RATED} {what})"
    shown = _pct(value) if pct else _num(value)
    return f"({bands}; this session {shown})"


# How the Laughter, tears, sighs row names each kind, in its order.
_EXPRESSION_NAMES = {
    "tears": "tears",
    "laughter": "laughs",
    "sigh": "sighs",
}


def _expressions(m: SessionMetrics) -> str:
    """``client: tears at 02:10, laughs ×3, sighs ×1; coach: laughs ×1; both laugh ×1``:
    what the transcriber marked on each side's lines, named as the Talk share row names
    them, tears with their times where
    stamped (one count per kind, ×n as for key terms: "client 6" would read as a client's
    number); else that none was marked."""
    if not m.expressions:
        return "none marked in the transcript"
    sides = []
    for role, who in (("client", "client"), ("coach", "coach"), ("other", "others")):
        mine = [e for e in m.expressions if e.role == role and e.kind != "shared_laughter"]
        said = []
        for kind, name in _EXPRESSION_NAMES.items():
            found = [e for e in mine if e.kind == kind]
            times = [e.start for e in found if e.start is not None]
            if kind == "tears" and found and len(times) == len(found) <= LISTED_TURNS:
                said.append(f"{name} at {', '.join(format_clock(t) for t in times)}")
            elif found:
                said.append(f"{name} ×{len(found)}")
        if said:
            sides.append(f"{who}: {', '.join(said)}")
    shared = sum(e.kind == "shared_laughter" for e in m.expressions)
    if shared:
        sides.append(f"both laugh ×{shared}")
    return "; ".join(sides)


def _monologue(m: SessionMetrics) -> str:
    mono = m.longest_coach_monologue
    if mono is None:
        return NOT_AVAILABLE
    secs = "" if mono.seconds is None else f", {mono.seconds:.1f} s"
    # Found by its time, as the transcript lines show it, and its first words: a turn
    # number would name nothing the transcript shows (the JSON's ``turn`` counts from 0).
    where = "" if mono.start is None else f" (from {format_clock(mono.start)})"
    opening = f': "{mono.opening}"' if mono.opening else ""
    return f"{plural(mono.words, 'word')}{secs}{where}{opening}"


def _stacked(places: list[Place]) -> str:
    """``2 turns (at 04:10, 09:30)`` where the turns are stamped, as the transcript lines
    show the time, else by their first words: ``2 turns ("So what happened then?…";
    "And how did…")``; a turn number would name nothing a transcript shows."""
    if not places:
        return plural(0, "turn")
    shown = places[:LISTED_TURNS]
    more = f" and {len(places) - LISTED_TURNS} more" if len(places) > LISTED_TURNS else ""
    if all(p.start is not None for p in shown):
        named = "at " + ", ".join(format_clock(p.start) for p in shown)
    else:
        named = "; ".join(place_name(p) for p in shown)
    return f"{plural(len(places), 'turn')} ({named}{more})"


def place_name(place: Place) -> str:
    """A turn as a reader finds it: ``at 04:10`` where stamped, else its first words."""
    return f'"{place.opening}"' if place.start is None else f"at {format_clock(place.start)}"


def _pauses_note(m: SessionMetrics) -> str:
    """The pauses no gap measures, beside the silences: those the transcriber marked,
    and those between two lines of one speaker's turn stamped only at their start."""
    said = []
    if m.marked_pauses:
        said.append(
            f"{plural(m.marked_pauses, 'pause')} marked in the transcript ([pause]: no length)"
        )
    within = m.turn_pauses
    if within:
        lengths = ", ".join(f"about {p.seconds:.1f} s" for p in within[:LISTED_TURNS])
        more = f" and {len(within) - LISTED_TURNS} more" if len(within) > LISTED_TURNS else ""
        said.append(
            f"{plural(len(within), 'pause')} inside a turn ({lengths}{more}), between two lines "
            "of one speaker, from their stamps and words"
        )
    if not said:
        return ""
    return f"({'; '.join(said)})" if m.silences is None else f"(besides: {'; '.join(said)})"


# How the transcript shows each kind of Expression at its place in the words.
EXPRESSION_SHOWN = {
    "laughter": "[laughs]",
    "shared_laughter": "[both laugh]",
    "tears": "[in tears]",
    "sigh": "[sighs]",
}


def _shown_expression(e: Expression, u: Utterance) -> str:
    """``[laughs]``; ``[in tears, 00:15]`` for one dated in another second on the clock
    than its line (on a line of its own before the words it goes with, or later in a long
    cue): the Laughter, tears, sighs row names the tears by that time, which the line's
    own stamp would not show."""
    shown = EXPRESSION_SHOWN.get(e.kind, f"[{e.kind}]")
    if e.start is None or (u.start is not None and format_clock(e.start) == format_clock(u.start)):
        return shown
    return f"{shown[:-1]}, {format_clock(e.start)}]"


def said_text(u: Utterance) -> str:
    """An utterance's words as the transcript shows them, with its pauses at their
    places: "[pause]" where the transcriber marked one, "[pause, about 4.5 s]" between two
    lines of one speaker stamped only at their start; and its laughter, tears and sighs
    (EXPRESSION_SHOWN). Where a pause and one of those fall at one place, the pause
    comes first; marks of one kind at one place stay in the order they fell ("Very long.
    [laughs] [in tears, 00:15]"), not in the order of their words."""
    marks = [
        (
            pause.at,
            0,
            order,
            "[pause]" if pause.seconds is None else f"[pause, about {pause.seconds:.1f} s]",
        )
        for order, pause in enumerate(u.pauses)
    ]
    marks += [(e.at, 1, order, _shown_expression(e, u)) for order, e in enumerate(u.expressions)]
    text = u.text
    # From the last place back, each inserted before those already at its place.
    for at, _, _, mark in sorted(marks, reverse=True):
        before, after = text[:at].rstrip(), text[at:].lstrip()
        text = " ".join(part for part in (before, mark, after) if part)
    return text


def _silences(gaps: list[Gap] | None) -> str:
    """The silences' count and length, and who spoke after them (:func:`ended_by`): the
    side that ended each is what a coach reads a silence by."""
    if not gaps:
        return _gaps(gaps)
    count, length = _gap_figures(gaps)
    return f"{count} ({length}; {ended_by([g.ended for g in gaps])})"


def _back_channel_note(overlaps: list[Gap] | None) -> str:
    """``3 of them a brief word (Mm-hmm) under the other's words``; empty where none is."""
    count = sum(gap.back_channel for gap in overlaps or [])
    if not count:
        return ""
    them = "it" if len(overlaps or []) == 1 else f"{count} of them"
    return f"{them} a brief word (Mm-hmm) under the other's words, who went on"


def _gaps(gaps: list[Any] | None) -> str:
    count, length = _gap_figures(gaps)
    return f"{count} ({length})"


def _gap_figures(gaps: list[Any] | None) -> tuple[str, str]:
    """The count of ``gaps`` and what is said of it in brackets: their total length,
    or why there is none to give."""
    if gaps is None:
        return NOT_AVAILABLE, "no end times"
    return str(len(gaps)), f"{sum(g.seconds for g in gaps):.1f} s in all"


def utterance_line(coded: CodedUtterance, *, read: bool = True) -> str:
    """``[mm:ss] Speaker (role) code/category: text`` for one utterance; a client's
    flags follow the code (``neutral +reporting +disclosure``), so the client figures
    can be traced to their lines, and "(unsure)" a code the model was unsure of
    (:func:`unsure`). Where the line is not ``read`` (its side does not read
    as English: :func:`unread_roles`) NOT_CODED stands for its code and flags, as n/a
    stands for the figures that rest on them."""
    u = coded.utterance
    label = NOT_CODED
    if read:
        label = code_label(coded) + "".join(f" +{flag}" for flag in client_flags(coded))
        label += " (unsure)" if unsure(coded) else ""
    return f"[{format_clock(u.start)}] {u.speaker} ({u.role}) {label}: {said_text(u)}"


def unsure(coded: CodedUtterance) -> bool:
    """Whether the model gave the kind of its code (UNSURE_KINDS) less than
    LOW_CONFIDENCE probability (a code a rule decided has none, and is not)."""
    return coded.confidence is not None and coded.confidence < LOW_CONFIDENCE


# What stands for the code of a line whose side does not read as English.
NOT_CODED = "(not coded: not English)"


def unread_roles(not_english: Mapping[str, str]) -> frozenset[str]:
    """The roles whose lines' codes are not read (``not_english``: side -> why, as in
    ``SessionReading.not_english``): each side that does not read as English, and a third
    speaker's ("other"), judged with neither side, where neither side reads as English."""
    sides = frozenset(not_english)
    return sides | {"other"} if {"coach", "client"} <= sides else sides


def code_label(coded: CodedUtterance) -> str:
    """``open_question/exploration``: the code, and a question's category."""
    if coded.question_category and coded.code.endswith("question"):
        return f"{coded.code}/{coded.question_category}"
    return coded.code


def client_flags(coded: CodedUtterance) -> list[str]:
    """The flags a client's (or another's) utterance carries (reflecting, reporting,
    disclosure)."""
    if coded.utterance.role == "coach":
        return []
    return [flag for flag in CLIENT_FLAGS if getattr(coded, flag)]


def figure_text(value: float | None, unit: str) -> str:
    """``26%``, ``+12 pts``, ``3``: whole numbers, halves rounded away from zero; a
    count's mean over sessions keeps a decimal (``0.5``: one silence in two sessions)."""
    if value is None:
        return NOT_AVAILABLE
    if unit == "" and value != int(value):
        return f"{Decimal(str(value)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}"
    whole = int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if unit == "pts":
        return f"{whole:+d} pts"
    return f"{whole}{unit}"


def shared_reading(readings: Sequence[str]) -> str | None:
    """The one reading every marker over time has, where there are several and all read
    the same (one session: "a trend needs two sessions"), to be said once; else None."""
    return readings[0] if len(readings) > 1 and len(set(readings)) == 1 else None


def trend_reading(series: Series) -> str:
    """``seen (client turns that disclose: earlier 2 sessions 26%, later 2 sessions
    40%, rising)``; ``no change over time`` where the figure holds steady (high or low: each
    session's report says what it shows); then, with three sessions or more, the latest
    session with the figure where it moved against those before it (a turn the halves
    average away; it does not make the reading). How many sessions each half holds is
    named, and the middle one of an odd count that sits in neither: a reading of two
    sessions is one session against one, which "earlier sessions" would hide."""
    if series.reading is None:
        why = "; ".join(dict.fromkeys(r for r in series.unmeasured if r is not None))
        if all(v is None for v in series.values):
            return f"can't tell: no session has the figure ({why})"
        others = f" (the others: {why})" if why else ""
        return f"can't tell yet: a trend needs two sessions with the figure, and one has it{others}"
    if series.reading.value == "seen":
        reading = "seen"
    elif series.direction.value == "steady":
        reading = "no change over time"
    else:
        reading = "not seen"
    unit = series.unit
    known = [v for v in series.values if v is not None]
    half = half_size(len(known))
    each = "session" if half == 1 else f"{half} sessions"
    middle = "; the middle session is in neither half" if len(known) % 2 else ""
    said = (
        f"{series.label.lower()}: earlier {each} {figure_text(series.earlier, unit)}, "
        f"later {each} {figure_text(series.later, unit)}, {series.direction.value}{middle}"
    )
    if len(known) > 2 and series.latest.value in ("rising", "falling"):
        said += (
            f"; latest session with the figure {figure_text(known[-1], unit)} against "
            f"{figure_text(series.before, unit)} before it, {series.latest.value}"
        )
    missing = [r for r in series.unmeasured if r is not None]
    if missing:  # the halves are of the sessions that have the figure
        why = "; ".join(dict.fromkeys(missing))
        said += f"; left out: {plural(len(missing), 'session')} without the figure ({why})"
    return f"{reading} ({said})"


def trend_legend(
    name: Callable[[str], str] = str, why: str = "the JSON says which for each"
) -> str:
    """What each column of a trend table holds; ``name`` turns a figure's short name
    into its column heading (``str.upper`` in a terminal); ``why`` says where the reason
    a figure is missing is told (a page leads from the figure to it, under the table)."""
    n = {figure.key: name(figure.short) for figure in FIGURES}
    return (
        f"{n['disclosure_pct']}, {n['reflecting_pct']}, {n['reporting_pct']}: shares of "
        f"the client's turns; {n['reflecting_minus_reporting']}: "
        f"{n['reflecting_pct']} minus {n['reporting_pct']}, in points; "
        f"{n['client_share_words']}: the client's share of the words; "
        f"{n['brief_replies_pct']}: replies to open questions of {BRIEF_ANSWER_WORDS} words or "
        f'fewer, or "I don\'t know" and the like with at most {AFTER_NON_ANSWER_WORDS} words '
        f"besides; {n['silences_let_stand']}: silences of "
        f"{SILENCE_SECONDS:g} s or more not filled by the coach, with the client saying more "
        f"than such a brief reply; {n['pct_change_talk']}: change talk among the client's "
        f"change and sustain talk; {n['pct_open_questions']}, "
        f"{n['pct_complex_reflections']}: open questions among the coach's questions, "
        "complex reflections among the reflections. "
        f"{NOT_AVAILABLE}: not measurable in that session (the client's figures need "
        f"{MIN_CLIENT_TURNS} client turns, {n['reflecting_minus_reporting']} "
        f"{MIN_REFLECTING_OR_REPORTING} turns that reflect or report or else "
        f"{MIN_REFLECTING_SEEN} that reflect, "
        f"{n['brief_replies_pct']} "
        f"{MIN_OPEN_QUESTIONS} replies, {n['silences_let_stand']} end times, "
        f"{n['pct_change_talk']} {MIN_CHANGE_OR_SUSTAIN} change and sustain utterances, "
        f"{n['pct_open_questions']} {MIN_RATED} questions and "
        f"{n['pct_complex_reflections']} {MIN_RATED} reflections of the coach's, and "
        f"the figures that rest on codes need English; {why})."
    )
