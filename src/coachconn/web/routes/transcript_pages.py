"""Session transcripts as pages: every transcript, one client's across sessions, and
one session's coded transcript with its metrics and connection signals, and the form
that attaches a transcript to a session that took place. The same services as ``coachconn
transcripts`` and the same wording (``analysis/report.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from coachconn.analysis.decode import too_large
from coachconn.analysis.metrics import Place
from coachconn.analysis.report import (
    CODE_LEGEND,
    LISTED_TURNS,
    NOT_CODED,
    READING_TEXT,
    ROW_MEANINGS,
    SPEAKER_TABLE,
    UNSURE_TITLE,
    client_flags,
    code_label,
    describe,
    direction_text,
    evidence_of,
    figure_text,
    gaps_after,
    marker_sign,
    meaning_labels,
    metric_sections,
    place_name,
    reference_note,
    said_text,
    shared_reading,
    speaker_columns,
    speaker_rows,
    trend_legend,
    trend_reading,
    unread_roles,
    unsure,
)
from coachconn.analysis.session import SessionAnalysis
from coachconn.analysis.signals import FIGURES, NOT_MEASURED
from coachconn.core.coaches import Coach
from coachconn.core.errors import InvalidInput, NotFound, quoted
from coachconn.core.markers import Marker, marker_info
from coachconn.services.transcripts import (
    TranscriptAnalysisView,
    TranscriptSummary,
    TrendAndAttachable,
    attach_transcript,
    confirm_with,
    list_transcripts,
    remove_transcript,
    transcript_and_neighbours,
    transcript_trend,
    trend_and_attachable,
)
from coachconn.web import notices
from coachconn.web.deps import CoachDep, StoreDep, TemplatesDep, WholeNumber, get_coder
from coachconn.web.origin import MAX_FIELD_BYTES, MAX_FORM_BYTES, over_limit

router = APIRouter(include_in_schema=False)
# Where the upload form posts: FormGuard lets a body over the limit reach it, unread.
ATTACH_PATH = "/transcripts"
_PAGE = {"methods": ["GET", "HEAD"], "response_class": HTMLResponse}
# The notices the transcript forms leave for the page they lead to (web/notices.py).
REPLACED = "replaced"
_REMOVED = "removed "  # and the session's number


def _marker(marker: Marker | str) -> dict[str, str]:
    """A marker as a page shows it: its sign (+ a positive marker, ! a warning sign),
    its label and its kind, for its colour."""
    marker = Marker(marker)
    sign = marker_sign(marker)
    return {"sign": sign, "label": marker_info(marker).label,
            "kind": marker_info(marker).polarity.value}  # fmt: skip


def _signals(analysis: SessionAnalysis) -> list[dict[str, Any]]:
    """The transcript's signals, each with the line it rests on where it is seen."""
    return [
        {"marker": _marker(s.marker), "reading": s.reading.value,
         "reading_text": READING_TEXT[s.reading], "summary": s.summary,
         "evidence": evidence_of(s.reading, s.evidence, analysis.coded)}
        for s in analysis.reading.signals
    ]  # fmt: skip


def _ticked(view: TranscriptAnalysisView) -> list[dict[str, Any]]:
    """The markers the coach ticked for the session beside what the transcript shows of
    them, and those it shows that were not ticked."""
    return [
        {"marker": _marker(item.marker), "ticked": item.ticked, "over_time": item.over_time,
         "reading": None if item.reading is None else READING_TEXT[item.reading]}
        for item in view.beside_ticked()
    ]  # fmt: skip


def _lines(analysis: SessionAnalysis) -> list[dict[str, Any]]:
    """Each utterance with its code in words, its flags and the silence (or overlap)
    after it; a line whose side does not read as English is marked not coded, as the text
    report marks it."""
    silences = gaps_after(analysis.metrics)
    unread = unread_roles(analysis.reading.not_english)
    not_coded = {"label": NOT_CODED.strip("()"), "flags": [], "unsure": False}
    return [
        {"utterance": c.utterance, "silence": silences.get(i), "said": said_text(c.utterance),
         **(not_coded if c.utterance.role in unread else
            {"label": code_label(c).replace("_", " ").replace("/", " / "),
             "flags": client_flags(c), "unsure": unsure(c)})}
        for i, c in enumerate(analysis.coded)
    ]  # fmt: skip


def _row_links(analysis: SessionAnalysis) -> dict[str, list[tuple[str, int]]]:
    """The metric rows that name turns of the transcript (the stacked questions, the
    longest monologue), each with a link to the line it names (a stacked turn's first
    question, the monologue's first line): (the words of the link, the line's index), so
    that the page leads to them rather than asks the coach to look for a time."""
    first: dict[int, int] = {}
    line: dict[int, int] = {}  # an utterance's index -> its line on the page
    for i, c in enumerate(analysis.coded):
        first.setdefault(c.utterance.turn, i)
        line[c.utterance.index] = i
    m = analysis.metrics
    links: dict[str, list[tuple[str, int]]] = {}
    places = [
        (p, line[p.utterance] if p.utterance in line else first[p.turn])
        for p in m.stacked_question_places[:LISTED_TURNS]
        if p.utterance in line or p.turn in first
    ]
    if places:
        links["Stacked questions"] = [(place_name(p), at) for p, at in places]
    mono = m.longest_coach_monologue
    if mono is not None and mono.turn in first:
        # named as the transcript shows it: its time, or where there is none its words
        place = Place(mono.turn, mono.start, mono.opening)
        links["Longest coach monologue"] = [(place_name(place), first[mono.turn])]
    return links


class _Reasons:
    """Why the figures of a table are n/a, each said once under it, numbered in the order
    first met: a cell that reads n/a leads to its reason by its number. A reason in a
    title only would reach a mouse alone. The reasons are those the command line's report
    gives (``SessionReading.unmeasured``)."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def number(self, why: str | None) -> int | None:
        """The number ``why`` is said under (1 the first); None for a figure with none."""
        if not why:
            return None
        if why not in self.said:
            self.said.append(why)
        return self.said.index(why) + 1


# A sparkline's box, in SVG user units (CSS pixels at its natural size).
SPARK_WIDTH, SPARK_HEIGHT, SPARK_PAD = 64.0, 20.0, 3.0
# A sparkline's box spans at least this many of its figure's steps (the change that
# counts as moving): a move of one step fills a quarter of its height.
SPARK_STEPS = 4
_STEPS = {figure.key: figure.step for figure in FIGURES}


def sparkline(values: tuple[float | None, ...], least_span: float = 0.0) -> str | None:
    """SVG polyline points for a figure across sessions, oldest at the left and the
    highest value at the top: ``"3.0,17.0 61.0,3.0"``. Sessions without the figure are
    skipped; None with fewer than two values (nothing to draw a line through). The box
    spans at least ``least_span`` (centred on the values): a figure that moves less than
    its step draws a line that looks as steady as the page says it is."""
    known = [(i, v) for i, v in enumerate(values) if v is not None]
    if len(known) < 2:
        return None
    low, high = min(v for _, v in known), max(v for _, v in known)
    if high - low < least_span:
        middle = (high + low) / 2
        low, high = middle - least_span / 2, middle + least_span / 2
    span_x = max(len(values) - 1, 1)
    inner_w, inner_h = SPARK_WIDTH - 2 * SPARK_PAD, SPARK_HEIGHT - 2 * SPARK_PAD

    def y(v: float) -> float:  # a flat line sits in the middle
        share = 0.5 if high == low else (v - low) / (high - low)
        return SPARK_PAD + inner_h * (1 - share)

    return " ".join(f"{SPARK_PAD + inner_w * i / span_x:.1f},{y(v):.1f}" for i, v in known)


@router.api_route("/sessions/{session_id}/transcript", **_PAGE)  # type: ignore[arg-type]
def transcript_page(
    request: Request,
    session_id: WholeNumber,
    store: StoreDep,
    coach: CoachDep,
    templates: TemplatesDep,
) -> HTMLResponse:
    """The page says so when it follows an upload that took the place of the session's
    earlier transcript (a notice the upload left), and only then."""
    found = transcript_and_neighbours(store.unit_of_work(readonly=True), coach.id, session_id)
    view = found.view
    analysis = view.read_back
    sections = metric_sections(
        analysis.metrics, codes_in_words=True, not_english=analysis.reading.not_english
    )
    context = {
        "coach": coach,
        "view": view,
        # The client's sessions with a transcript either side of this one, to step through.
        "previous": found.previous,
        "next": found.next,
        "replaced": notices.left_for(request) == REPLACED,
        "described": describe(analysis),
        "code_legend": CODE_LEGEND,
        "unsure_title": UNSURE_TITLE,
        "still_scheduled": view.still_scheduled,
        "signals": _signals(analysis),
        "ticked": _ticked(view),
        "sections": sections,
        "explained": meaning_labels(sections, analysis.metrics),
        "reference": reference_note(analysis.metrics),
        # Who in a group spoke how much, under the talk shares, as the text report has it.
        "speaker_table": SPEAKER_TABLE,
        "speakers": speaker_rows(analysis.metrics),
        "speaker_columns": speaker_columns(analysis.metrics),
        "meanings": ROW_MEANINGS,
        "row_links": _row_links(analysis),
        "lines": _lines(analysis),
        "timed": any(c.utterance.start is not None for c in analysis.coded),
    }
    answer = templates.TemplateResponse(request, "transcripts/session.html", context)
    notices.spend(request, answer)
    return answer


@router.api_route("/transcripts", **_PAGE)  # type: ignore[arg-type]
def transcripts_page(
    request: Request,
    store: StoreDep,
    coach: CoachDep,
    templates: TemplatesDep,
    client_id: WholeNumber | None = None,
) -> HTMLResponse:
    client: dict[str, Any] | None = None
    if client_id is None:
        found = list_transcripts(store.unit_of_work(readonly=True), coach.id)
    else:  # one client's: the trend's sessions, which come with the client's name
        trend = transcript_trend(store.unit_of_work(readonly=True), coach.id, client_id)
        found, client = trend.sessions, {"id": client_id, "name": trend.client_name}
    reasons = _Reasons()
    rows = [
        {"summary": s, "client_words": _client_words(s, reasons),
         "shown": [_marker(x["marker"]) for x in s.signals if x["reading"] == "seen"],
         "ticked": [_marker(m) for m in s.markers]}
        for s in found
    ]  # fmt: skip
    context = {"coach": coach, "rows": rows, "client": client, "reasons": reasons.said}
    return templates.TemplateResponse(request, "transcripts/list.html", context)


def _client_words(summary: TranscriptSummary, reasons: _Reasons) -> tuple[str, int | None]:
    """The client's share of the words as the list shows it, and the number of why it is
    n/a among ``reasons`` (None where it is not), as the trend names a missing reason."""
    share = summary.figures.get("client_share_words")
    why = None if share is not None else summary.unmeasured.get("client_share_words", NOT_MEASURED)
    return figure_text(share, "%"), reasons.number(why)


@dataclass(frozen=True, slots=True)
class _AttachForm:
    """The attach form as the trend page shows it: the session chosen and the speaker
    typed and, when it was refused, the message and the input it concerns; ``unread``
    when it was refused unread (over the size limit), so what was chosen is not known."""

    session_id: int | None = None
    speaker: str = ""
    error: str | None = None
    error_input: str | None = None
    unread: bool = False

    def invalid(self, name: str) -> bool:
        return self.error is not None and self.error_input == name


@router.api_route("/clients/{client_id}/transcripts", **_PAGE)  # type: ignore[arg-type]
def trend_page(
    request: Request,
    client_id: WholeNumber,
    store: StoreDep,
    coach: CoachDep,
    templates: TemplatesDep,
) -> HTMLResponse:
    """The page says whose transcript was just removed when it follows the removal (a
    notice the removal left), and only then."""
    found = trend_and_attachable(store.unit_of_work(readonly=True), coach.id, client_id)
    # The session just held is the likely one: chosen for the coach.
    form = _AttachForm(session_id=found.likely)
    answer = _trend_response(
        request, templates, coach, found, form, removed=_removed(notices.left_for(request))
    )
    notices.spend(request, answer)
    return answer


def _removed(notice: str | None) -> int | None:
    """The session whose transcript a removal's notice names; None for no such notice."""
    if notice is None or not notice.startswith(_REMOVED):
        return None
    return _number(notice.removeprefix(_REMOVED))


# Where the long words of the trend table's headings may break, with a hyphen shown
# only where a narrow column breaks them: so that a desktop window fits the whole table
# with the headings in words ("Client re-flecting"), not abbreviations.
_SOFT = "\u00ad"
_BREAKS = {
    word.replace("-", ""): word.replace("-", _SOFT)
    for word in ("dis-clos-ing", "re-flect-ing", "re-port-ing", "ques-tions", "re-flec-tions")
}


def _heading(short: str) -> str:
    """A figure's column heading, its long words given the places they may break."""
    return " ".join(_BREAKS.get(word, word) for word in short.split(" "))


def _trend_response(
    request: Request,
    templates: Jinja2Templates,
    coach: Coach,
    found: TrendAndAttachable,
    form: _AttachForm,
    status_code: int = 200,
    removed: int | None = None,
) -> HTMLResponse:
    trend, choices = found.trend, found.attachable
    reasons = _Reasons()
    sessions = [
        {"summary": s, "ticked": [_marker(m) for m in s.markers],
         # Each figure with the number of why it is missing, where it is ("no end times").
         "figures": [(figure_text(x.values[k], x.unit), reasons.number(x.unmeasured[k]))
                     for x in trend.series]}
        for k, s in enumerate(trend.sessions)
    ]  # fmt: skip
    over_time = [
        {"marker": _marker(x.marker), "reading": trend_reading(x)}
        for x in trend.series
        if x.marker is not None
    ]
    offered = {c.session_id for c in choices}
    context = {
        "coach": coach,
        "trend": trend,
        "over_time_same": shared_reading([str(x["reading"]) for x in over_time]),
        "sparklines": [sparkline(x.values, SPARK_STEPS * _STEPS[x.key]) for x in trend.series],
        "directions": [direction_text(x.direction) for x in trend.series],
        "headings": [_heading(x.short) for x in trend.series],
        "spark": {"width": SPARK_WIDTH, "height": SPARK_HEIGHT},
        "sessions": sessions,
        "over_time": over_time,
        # Each n/a leads to its reason, under the table: the page shows no JSON.
        "legend": trend_legend(why="the note its number leads to says which"),
        "reasons": reasons.said,
        "choices": choices,  # newest first
        "form": form,
        "removed": removed,
        # Its day, to name it by: it is one of the client's sessions that took place (a
        # number that is none of them is named by number only).
        "removed_at": next((c.scheduled_at for c in choices if c.session_id == removed), None),
        # A session no longer offered (recorded as missed meanwhile) is chosen by no one.
        "chosen": form.session_id if form.session_id in offered else None,
    }
    return templates.TemplateResponse(
        request, "transcripts/trend.html", context, status_code=status_code
    )


class _InMemoryForm(MultiPartParser):
    """Multipart parsing that keeps an uploaded file in memory, never in a temporary
    file: a transcript is client text, stored only sealed. FormGuard has already
    refused a body over MAX_FORM_BYTES."""

    spool_max_size = MAX_FORM_BYTES


@router.post(ATTACH_PATH)
async def attach_page(
    request: Request,
    store: StoreDep,
    coach: CoachDep,
    templates: TemplatesDep,
    client_id: str | None = None,
) -> Response:
    """Attach the uploaded transcript (form fields ``session_id``, ``file`` and, when the
    coach's speaker name is not their own, ``speaker``) to the session, coded and
    measured, then show it. Nothing is stored when it is refused: then the client's page
    that ``client_id`` names shows the form again, as it was sent, with the reason beside
    the field it concerns (422; 413 for a file over the size limit). ``client_id`` is in
    the form's address, not its body, so that a body larger than the largest form, which
    is never read, is refused on that page too. The session must be one of that
    client's, and a ``client_id`` that names no client of the coach's is not found.
    Without a ``client_id`` that is an id (a script's post, say), or for a body that is
    not the upload form at all, a refusal is shown on the error page instead; either way
    the field is named as the form labels it."""
    size = over_limit(request)
    if size is not None:  # FormGuard kept the body from us: the form is not known
        return await run_in_threadpool(
            _refused, request, store, coach, templates, client_id, None, too_large(size)
        )
    form: FormData | None = None  # None: refused unread
    try:
        form = await _read_form(request)
        session_id, replaced = await _attach(request, store, coach, form, _number(client_id))
    except InvalidInput as err:
        return await run_in_threadpool(
            _refused, request, store, coach, templates, client_id, form, err
        )
    shown = f"/sessions/{session_id}/transcript"
    if replaced:  # the page says so: nothing else would
        return notices.redirect_with_notice(request, shown, REPLACED)
    return RedirectResponse(shown, status_code=303)


NO_FILE = "choose a transcript file to attach"
# How a refusal asking whether the file is another client's says to confirm it is not: the
# box it shows above it ("It is this session's file: attach it all the same").
_CONFIRM = "If it is this session's, tick the box above to attach it all the same"
# The upload form's fields, and the fields of what it is checked by: (how the form labels
# it, the form's input it concerns; None for the form as a whole).
_FORM_FIELDS: dict[str, tuple[str, str | None]] = {
    "session_id": ("Session", "session_id"),
    "file": ("File", "file"),
    "transcript": ("File", "file"),
    "coach": ("Your name in the file", "speaker"),
    "names_differ": ("File", "names_differ"),
    "form": ("The form", None),
}


def _form_field(field: str) -> tuple[str, str | None]:
    """How the form labels ``field`` and the input it concerns; a field the form does
    not know is labelled by its own name and concerns no input."""
    return _FORM_FIELDS.get(field, (field, None))


# The parser's words for a field over MAX_FIELD_BYTES (it names no field).
_FIELD_TOO_LONG = ("Part exceeded maximum size", "Field exceeded maximum size")


async def _read_form(request: Request) -> FormData:
    """The upload form's fields; InvalidInput (the form) for a body that is not one, and
    (the coach's name in the file) for a field over MAX_FIELD_BYTES: of the form's fields
    only that one is typed, the others the page fills in."""
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise _labelled(InvalidInput("form", "expected the upload form (multipart/form-data)"))
    try:
        return await _InMemoryForm(
            request.headers,
            request.stream(),
            max_files=1,
            max_fields=6,
            max_part_size=MAX_FIELD_BYTES,
        ).parse()
    except MultiPartException as err:
        if err.message.startswith(_FIELD_TOO_LONG):
            raise InvalidInput(
                "coach",
                f"over {MAX_FIELD_BYTES // 1000} KB, far longer than a name: type your name "
                "as the file gives it",
            ) from None
        raise _labelled(InvalidInput("form", err.message)) from None


async def _attach(
    request: Request, store: StoreDep, coach: Coach, form: FormData, client_id: int | None
) -> tuple[int, bool]:
    """(the session's id, whether its transcript was replaced). ``client_id``: the
    client whose page the form is on, whose session it must be."""
    session_id = _session_number("session_id", form.get("session_id"))
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise InvalidInput("file", NO_FILE)
    data = await upload.read()  # its size is checked where every transcript's is
    await upload.close()
    if not upload.filename and not data:  # what a browser sends when no file was chosen
        raise InvalidInput("file", NO_FILE)
    coder = await run_in_threadpool(get_coder, request)  # the first upload loads the model
    # The form offered these sessions as "replaces its transcript": choosing one of them
    # is asking to replace; a session that got a transcript since the page was shown
    # (another tab, the command line) keeps it.
    replaces = {n for n in map(_number, _text(form.get("replaces")).split()) if n is not None}
    try:
        view = await run_in_threadpool(
            attach_transcript, store.unit_of_work(), coach.id, session_id, data=data,
            filename=upload.filename, coder=coder, coach=_speaker(form) or None,
            replacing=session_id in replaces, names_differ=bool(_text(form.get("names_differ"))),
            client_id=client_id,
        )  # fmt: skip
    except InvalidInput as err:
        if err.field != "replace":
            raise confirm_with(err, _CONFIRM) from None
        raise InvalidInput(
            "session_id",
            "it has had a transcript attached since this page was shown; attach again to "
            "replace that one",
        ) from None
    return session_id, view.replaced


def _refused(
    request: Request,
    store: StoreDep,
    coach: Coach,
    templates: Jinja2Templates,
    client_id: str | None,
    form: FormData | None,
    err: InvalidInput,
) -> HTMLResponse:
    """The page of the client ``client_id`` names with the form as it was sent (None:
    not read) and ``err`` beside its input, with the error's status (422; 413 over the
    size limit); the error page (``err`` raised) when ``client_id`` names no client of
    the coach's, or for an error no input of the form concerns."""
    client = _number(client_id)
    concerns = _form_field(err.field)[1]
    if client is None or concerns is None:
        raise _labelled(err)
    try:
        found = trend_and_attachable(store.unit_of_work(readonly=True), coach.id, client)
    except NotFound:
        raise _labelled(err) from None
    sent = form if form is not None else FormData()
    labelled = _labelled(err)
    shown = _AttachForm(
        session_id=_number(sent.get("session_id")),
        speaker=_speaker(sent),
        # the reason alone: the page says once, above the form, that nothing was stored
        error=f"{labelled.field}: {labelled.reason}",
        error_input=concerns,
        unread=form is None,
    )
    return _trend_response(request, templates, coach, found, shown, err.http_status)


def _labelled(err: InvalidInput) -> InvalidInput:
    """``err``, of its own kind, with its field named as the form labels it."""
    return err.renamed(_form_field(err.field)[0])


def _text(value: object) -> str:
    """A form field's text, stripped; "" for none or a file."""
    return value.strip() if isinstance(value, str) else ""


def _speaker(form: FormData) -> str:
    return _text(form.get("speaker"))


# No id is longer than a signed 64-bit integer's 19 digits; int() of thousands of
# digits is refused by Python itself (ValueError), so a longer field is not a number.
_MAX_ID_DIGITS = 19


def _number(value: object) -> int | None:
    """A form field's whole number (ASCII digits, at most an id's 19), else None."""
    text = _text(value)
    if not (text.isascii() and text.isdigit()) or len(text) > _MAX_ID_DIGITS:
        return None
    return int(text)


def _session_number(field: str, value: object) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InvalidInput(field, "choose one")
    number = _number(value)
    if number is None:
        raise InvalidInput(field, f"expected a session number, got {quoted(_text(value))}")
    return number


@router.post("/sessions/{session_id}/transcript/remove")
def remove_page(
    request: Request, session_id: WholeNumber, store: StoreDep, coach: CoachDep
) -> RedirectResponse:
    """Delete the session's transcript and its analysis (the session stays), then go to
    the client's transcripts, which say so."""
    removed = remove_transcript(store.unit_of_work(), coach.id, session_id)
    return notices.redirect_with_notice(
        request, f"/clients/{removed.client_id}/transcripts", f"{_REMOVED}{session_id}"
    )
