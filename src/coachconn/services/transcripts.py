"""Session transcripts: attach one to a session, analysed, read it back, list a
client's, and follow them across sessions.

The transcript text and its analysis are client text, so both are sealed with
the client's key like notes. The analysis is stored packed beside the text
(:mod:`coachconn.storage.analysis_layout`): its utterances' words are read from it.
A session has one transcript: attaching another replaces it (say, after correcting
who the coach is).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, delete, select

from coachconn.analysis.names import is_role_label, quoted_names
from coachconn.analysis.parse import match_speaker, parse_transcript
from coachconn.analysis.report import coded_from_json, read_stored, to_json
from coachconn.analysis.session import SessionAnalysis, forget_text, measure_transcript
from coachconn.analysis.signals import Beside, Series, beside_ticked, session_reading, trend
from coachconn.analysis.types import Transcript
from coachconn.core.errors import InvalidInput, NotFound, quoted
from coachconn.core.markers import Marker
from coachconn.core.sessions import (
    DID_NOT_TAKE_PLACE,
    SessionStatus,
    check_transcript_time,
    took_place,
)
from coachconn.services.coaches import coach_zone
from coachconn.services.engagements import client_name
from coachconn.services.sessions import open_markers
from coachconn.storage import queries
from coachconn.storage.analysis_layout import pack_analysis, unpack_analysis
from coachconn.storage.crypto import FieldCipher
from coachconn.storage.tables import ClientRow, CoachRow, SessionRow, SessionTranscriptRow
from coachconn.storage.uow import UnitOfWork

if TYPE_CHECKING:
    from collections.abc import Sequence

    from coachconn.analysis.coder import Coder

TABLE = "session_transcripts"


@dataclass(frozen=True, slots=True)
class TranscriptAnalysisView:
    """A stored analysis: ``read_back``, measured as the current version measures it,
    and ``analysis``, its JSON form (:func:`coachconn.analysis.report.to_json`: coach,
    warnings, utterances, metrics, signals), for the API and ``--format json``."""

    id: int = field(metadata={"json": False})  # the stored row's: nothing to look up by
    coach_id: int = field(metadata={"json": False})
    client_id: int
    session_id: int
    analysis: dict[str, Any]
    attached_at: datetime
    # The analysis as read back and measured, for the text report and the session page,
    # so that neither rebuilds it from ``analysis`` nor measures it again.
    read_back: SessionAnalysis = field(repr=False, compare=False, metadata={"json": False})
    # The session's status, when attaching or reading back: a session still recorded
    # as scheduled is worth recording as held.
    session_status: SessionStatus | None = None
    # Whose session and when, for the report's heading, and the markers the coach
    # ticked for it, to set beside what the transcript shows.
    client_name: str | None = None
    scheduled_at: datetime | None = None
    session_markers: tuple[Marker, ...] = ()
    # Whether attaching it took the place of a transcript the session had.
    replaced: bool = field(default=False, metadata={"json": False})

    @property
    def still_scheduled(self) -> bool:
        """The session is still recorded as scheduled: worth recording as held."""
        return self.session_status is SessionStatus.SCHEDULED

    def beside_ticked(self) -> list[Beside]:
        """The markers the coach ticked for the session beside what the transcript, as
        read back, shows of them (:func:`coachconn.analysis.signals.beside_ticked`)."""
        readings = {s.marker: s.reading for s in self.read_back.reading.signals}
        return beside_ticked(self.session_markers, readings)

    @property
    def coach(self) -> str:
        return self.read_back.transcript.coach

    @property
    def coach_guessed(self) -> bool:
        return self.read_back.transcript.coach_guessed

    @property
    def warnings(self) -> list[str]:
        return list(self.read_back.transcript.warnings)

    @property
    def utterances(self) -> list[dict[str, Any]]:
        return list(self.analysis["utterances"])

    @property
    def metrics(self) -> dict[str, Any]:
        return dict(self.analysis["metrics"])


def attach_transcript(
    uow: UnitOfWork,
    coach_id: int,
    session_id: int,
    *,
    data: bytes,
    filename: str | None,
    coder: Coder,
    coach: str | None = None,
    replacing: bool = False,
    names_differ: bool = False,
    client_id: int | None = None,
) -> TranscriptAnalysisView:
    """Parse, code and measure ``data`` and store it, sealed, with the session.

    ``coach`` names the coach among the speakers; without it the coach's own
    name is tried, then a guess (see :func:`parse_transcript`). ``replacing``: the
    user has asked to put it in place of the transcript the session has; without it a
    session that has one is refused (InvalidInput, field "replace"), so that a file
    attached to the wrong session does not silently take the place of the right one.
    ``names_differ``: the user confirms the file is this session's though no speaker
    bears the client's name; without it such a file is refused (InvalidInput, field
    "names_differ"), so that one client's words are not stored, under another client's
    key, with another client's session. ``client_id``: the client the user is attaching
    for (the client's page the form is on); a session that is not one of theirs is
    refused (InvalidInput, field "session_id"), whether it is another client's, another
    coach's or none at all (which look the same), and a client who is not the coach's is
    not found.
    Raises NotFound for another coach's or a missing session (without ``client_id``),
    InvalidInput for a session that did not take place or a transcript that cannot be
    read; nothing is stored then. The file is analysed outside any transaction.
    """
    with uow:
        if client_id is None:
            session = uow.owned(SessionRow, coach_id, session_id, "session")
        else:
            session = _clients_session(uow, coach_id, session_id, client_id)
        status = SessionStatus(session.status)
        scheduled_at = session.scheduled_at
        ticked = open_markers(session, uow.keys.cipher(coach_id, session.client_id))
        check_transcript_time(status, scheduled_at, uow.now(), coach_zone(uow, coach_id))
        has_one = _has_transcript(uow.session, coach_id, session_id)
        coach_row = uow.session.get(CoachRow, coach_id)
        known_coach = coach_row.name if coach_row is not None else None
        client = client_name(uow, uow.owned(ClientRow, coach_id, session.client_id, "client"))
    # A file that cannot be read is named before the user is asked to confirm replacing:
    # confirming would not help. Both come before coding, so either is refused at once.
    transcript = parse_transcript(
        data, filename, coach, known_coach=known_coach, known_client=client
    )
    if has_one and not replacing:
        raise _refuse_replacing(session_id)
    _check_client_speaks(transcript, client, coach_named=coach is not None, confirmed=names_differ)
    analysis = measure_transcript(transcript, coder)
    view = _store(uow, coach_id, session_id, analysis, replacing=replacing)
    return replace(
        view,
        session_status=status,
        client_name=client,
        scheduled_at=scheduled_at,
        session_markers=ticked,
    )


def _clients_session(uow: UnitOfWork, coach_id: int, session_id: int, client_id: int) -> SessionRow:
    """Inside ``uow``: the coach's session ``session_id`` if it is one of the client's,
    else InvalidInput (field "session_id"); NotFound for a client who is not the coach's.
    The user chose the client, not the session: a session of another client, of another
    coach or of nobody is refused alike, beside the field, and the other client is not
    named."""
    client = uow.owned(ClientRow, coach_id, client_id, "client")
    try:
        session = uow.owned(SessionRow, coach_id, session_id, "session")
    except NotFound:
        session = None
    if session is None or session.client_id != client_id:
        raise InvalidInput(
            "session_id",
            f"session {session_id} is not one of {client_name(uow, client)}'s sessions",
        )
    return session


def _check_client_speaks(
    transcript: Transcript, client: str, *, coach_named: bool, confirmed: bool
) -> None:
    """Refuse, unless ``confirmed``, a transcript in which the session's client is not
    among the speakers (perhaps the file belongs to another client's session), asking
    whether it is another client's file (field ``names_differ``): each front end says how
    to confirm that it is not (:func:`confirm_with`); once
    confirmed, the stored analysis keeps a warning saying so. Refuse a coach the user
    named who is the session's client (unnamed, parsing never takes the session's client
    for the coach)."""
    others = list(dict.fromkeys(u.speaker for u in transcript.utterances if u.role == "client"))
    everyone = list(dict.fromkeys(u.speaker for u in transcript.utterances))
    speaker = match_speaker(client, everyone)
    # A client labelled "Client" has no name to check against the session's.
    if speaker is None and not all(is_role_label(name) for name in others):
        if not confirmed:
            raise InvalidInput(
                "names_differ",
                f"the session's client, {client}, is not among the speakers "
                f"({quoted_names(others)}): is this another client's file?",
                nothing_stored=True,
            )
        transcript.warnings.append(
            f"the session's client, {client}, is not among the speakers "
            f"({quoted_names(others)}): attached as confirmed"
        )
    elif coach_named and speaker == transcript.coach:
        raise InvalidInput(
            "coach",
            f"{quoted(speaker)} is the session's client, {client}; name the coach's speaker "
            f"instead (speakers: {quoted_names(everyone)})",
        )


def confirm_with(err: InvalidInput, how: str) -> InvalidInput:
    """``err`` as it is, or where it asks whether the file is another client's (field
    ``names_differ``) followed by ``how`` the user confirms it is not, in the front end's
    words (an option, a box to tick): the service knows neither."""
    if err.field != "names_differ":
        return err
    return InvalidInput(err.field, f"{err.reason} {how}", nothing_stored=err.nothing_stored)


# The store path looks through this name, so that a test can pause between looks.
_has_transcript = queries.session_has_transcript


def _refuse_replacing(session_id: int) -> InvalidInput:
    return InvalidInput(
        "replace",
        f"required to replace the transcript session {session_id} already has",
        nothing_stored=True,
    )


def _refuse_a_copy(
    uow: UnitOfWork, coach_id: int, session: SessionRow, cipher: FieldCipher, text: str
) -> None:
    """InvalidInput (field "transcript") where another of the client's sessions has this
    very transcript: one conversation stored twice would count twice in the client's
    trend, and the file is most likely meant for the other session."""
    others = uow.session.execute(
        select(SessionTranscriptRow.session_id, SessionTranscriptRow.raw_text)
        .where(
            *queries.coachs_transcripts(coach_id),
            SessionTranscriptRow.client_id == session.client_id,
            SessionTranscriptRow.session_id != session.id,
        )
        .order_by(SessionTranscriptRow.session_id)
    )
    for other, sealed in others:
        if cipher.open(TABLE, "raw_text", sealed) == text:
            raise InvalidInput(
                "transcript",
                f"this transcript is already attached to session {other}; choose the file "
                f"of session {session.id}",
                nothing_stored=True,
            )


def _store(
    uow: UnitOfWork,
    coach_id: int,
    session_id: int,
    analysis: SessionAnalysis,
    *,
    replacing: bool,
) -> TranscriptAnalysisView:
    """Store ``analysis`` and the transcript text it was read from with the session,
    sealed with the client's key, in place of any transcript it had when ``replacing``
    (refused otherwise: one may have been attached while the file was coded)."""
    data = to_json(analysis)
    packed = pack_analysis(data, analysis.transcript.text)
    payload = json.dumps(packed, ensure_ascii=False, separators=(",", ":"))
    with uow:
        session = uow.owned(SessionRow, coach_id, session_id, "session")
        # Again: the session may have been recorded as missed while the file was coded.
        check_transcript_time(
            SessionStatus(session.status), session.scheduled_at, uow.now(),
            coach_zone(uow, coach_id),
        )  # fmt: skip
        replaced = _has_transcript(uow.session, coach_id, session_id)
        if replaced and not replacing:
            raise _refuse_replacing(session_id)
        cipher = uow.keys.cipher(coach_id, session.client_id)
        _refuse_a_copy(uow, coach_id, session, cipher, analysis.transcript.text)
        uow.session.execute(
            delete(SessionTranscriptRow).where(
                SessionTranscriptRow.coach_id == coach_id,
                SessionTranscriptRow.session_id == session_id,
            )
        )
        row = SessionTranscriptRow(
            coach_id=coach_id,
            client_id=session.client_id,
            session_id=session_id,
            raw_text=cipher.seal(TABLE, "raw_text", analysis.transcript.text),
            analysis=cipher.seal(TABLE, "analysis", payload),
            created_at=uow.now(),
        )
        uow.session.add(row)
        uow.flush()
        # As read back, without unsealing and measuring again what was just measured.
        view = TranscriptAnalysisView(
            id=row.id, coach_id=coach_id, client_id=row.client_id, session_id=session_id,
            analysis=data, attached_at=row.created_at, read_back=analysis,
            replaced=replaced,
        )  # fmt: skip
        uow.commit()
    return view


def get_transcript_analysis(
    uow: UnitOfWork, coach_id: int, session_id: int
) -> TranscriptAnalysisView:
    """The session's stored analysis; NotFound when the session is not the
    coach's or has no transcript. It is read back and measured after the unit of work
    has ended (:func:`_measured`)."""
    with uow:
        opened, _ = _open_analysis(uow, coach_id, session_id)
    return _measured(opened)


@dataclass(frozen=True, slots=True)
class SessionRef:
    """A session as a page names it: its number and when it was."""

    session_id: int
    scheduled_at: datetime


@dataclass(frozen=True, slots=True)
class TranscriptAndNeighbours:
    """A session's stored analysis and the sessions on either side of it that have a
    transcript (:func:`transcript_and_neighbours`); None where there is none."""

    view: TranscriptAnalysisView
    previous: SessionRef | None
    next: SessionRef | None


def transcript_and_neighbours(
    uow: UnitOfWork, coach_id: int, session_id: int
) -> TranscriptAndNeighbours:
    """:func:`get_transcript_analysis` and, of the same client's sessions that the
    listing shows with a transcript (:func:`list_transcripts`), the last before the
    session and the first after it, in the listing's order; read in one unit of work,
    for a page that links to them. Sessions without a transcript are skipped. NotFound
    as :func:`get_transcript_analysis`."""
    with uow:
        opened, session = _open_analysis(uow, coach_id, session_id)
        previous, following = _neighbours(uow, coach_id, session)
    return TranscriptAndNeighbours(_measured(opened), previous, following)


@dataclass(frozen=True, slots=True)
class _Opened:
    """A session's stored analysis as read inside the unit of work: its JSON text and
    the transcript text it was stored beside, unsealed but not yet parsed, and the rest
    of its view but for what :func:`_measured` reads from them, outside it."""

    view: partial[TranscriptAnalysisView]
    payload: str
    source: str


def _open_analysis(uow: UnitOfWork, coach_id: int, session_id: int) -> tuple[_Opened, SessionRow]:
    """Inside ``uow``: the session's stored analysis, unsealed, and the session's row.
    Nothing is parsed or measured here: on SQLite a unit of work that is not read-only
    holds the database's one write lock, and measuring a long transcript takes as long
    as a second."""
    row, session = _transcript_row(uow, coach_id, session_id)
    client = client_name(uow, uow.owned(ClientRow, coach_id, session.client_id, "client"))
    cipher = uow.keys.cipher(coach_id, row.client_id)
    payload = cipher.open_optional(TABLE, "analysis", row.analysis)
    if payload is None:  # _transcript_row leaves these out; this says so to the type checker
        raise _no_transcript(row.session_id)
    view = partial(
        TranscriptAnalysisView,
        id=row.id,
        coach_id=row.coach_id,
        client_id=row.client_id,
        session_id=row.session_id,
        attached_at=row.created_at,
        session_status=SessionStatus(session.status),
        client_name=client,
        scheduled_at=session.scheduled_at,
        session_markers=open_markers(session, cipher),
    )
    return _Opened(view, payload, cipher.open(TABLE, "raw_text", row.raw_text)), session


def _measured(opened: _Opened) -> TranscriptAnalysisView:
    """Outside any unit of work: the stored analysis read back and measured as the
    current version measures it."""
    read_back = read_stored(unpack_analysis(json.loads(opened.payload), opened.source))
    return opened.view(analysis=to_json(read_back), read_back=read_back)


def _neighbours(
    uow: UnitOfWork, coach_id: int, session: SessionRow
) -> tuple[SessionRef | None, SessionRef | None]:
    """Inside ``uow``: of the coach's ``session``'s client's sessions listed with a
    transcript, the last before ``session`` and the first after it, ordered as the
    listing orders them (by time, then number). Nothing sealed is opened."""
    rows = uow.session.execute(
        select(SessionRow.id, SessionRow.scheduled_at)
        .where(
            SessionRow.coach_id == coach_id,
            SessionRow.client_id == session.client_id,
            _still_took_place(),
            queries.has_transcript(coach_id),
        )
        .order_by(SessionRow.scheduled_at, SessionRow.id)
    ).all()
    here = (session.scheduled_at, session.id)
    before = [SessionRef(r.id, r.scheduled_at) for r in rows if (r.scheduled_at, r.id) < here]
    after = [SessionRef(r.id, r.scheduled_at) for r in rows if (r.scheduled_at, r.id) > here]
    return (before[-1] if before else None), (after[0] if after else None)


@dataclass(frozen=True, slots=True)
class RemovedTranscript:
    """Whose transcript was removed: the session's and its client's, so the answer
    names the client it acted for."""

    session_id: int
    client_id: int
    client_name: str


def remove_transcript(uow: UnitOfWork, coach_id: int, session_id: int) -> RemovedTranscript:
    """Delete the session's transcript and its analysis (the session stays) and say
    whose it was; NotFound when the session is not the coach's or has no transcript."""
    with uow:
        client_id = _transcript_row(uow, coach_id, session_id)[0].client_id
        client = uow.owned(ClientRow, coach_id, client_id, "client")
        removed = RemovedTranscript(session_id, client_id, client_name(uow, client))
        uow.session.execute(
            delete(SessionTranscriptRow).where(
                SessionTranscriptRow.coach_id == coach_id,
                SessionTranscriptRow.session_id == session_id,
            )
        )
        uow.commit()
        return removed


def transcript_heading(uow: UnitOfWork, coach_id: int, session_id: int) -> tuple[str, datetime]:
    """The client's name and the session's time, for a session that has a transcript
    (NotFound as :func:`get_transcript_analysis`); nothing else is unsealed."""
    with uow:
        _, session = _transcript_row(uow, coach_id, session_id)
        client = uow.owned(ClientRow, coach_id, session.client_id, "client")
        return client_name(uow, client), session.scheduled_at


def get_transcript_text(uow: UnitOfWork, coach_id: int, session_id: int) -> str:
    """The session's transcript as uploaded (decoded text); NotFound as above."""
    with uow:
        row, _ = _transcript_row(uow, coach_id, session_id)
        return uow.keys.cipher(coach_id, row.client_id).open(TABLE, "raw_text", row.raw_text)


def _transcript_row(
    uow: UnitOfWork, coach_id: int, session_id: int
) -> tuple[SessionTranscriptRow, SessionRow]:
    """The session's transcript (it has one at most) and the session (NotFound for
    either)."""
    session = uow.owned(SessionRow, coach_id, session_id, "session")
    row = uow.session.scalar(
        select(SessionTranscriptRow).where(
            *queries.coachs_transcripts(coach_id), SessionTranscriptRow.session_id == session_id
        )
    )
    if row is None:
        raise _no_transcript(session_id)
    return row, session


def _no_transcript(session_id: int) -> NotFound:
    return NotFound("transcript of session", session_id, hint="the session has none attached yet")


@dataclass(frozen=True, slots=True)
class AttachableSession:
    """A session a transcript can be attached to (:func:`trend_and_attachable`)."""

    session_id: int
    scheduled_at: datetime
    status: SessionStatus  # held, or still scheduled though its time has come
    has_transcript: bool  # attaching replaces it

    @property
    def still_scheduled(self) -> bool:
        return self.status is SessionStatus.SCHEDULED


def likely_session(choices: Sequence[AttachableSession]) -> int | None:
    """Of the sessions a transcript can be attached to, newest first, the one it most
    likely belongs to: the newest recorded as held without a transcript (attaching would
    replace one, and a session still scheduled may be today's, not yet over); None: the
    coach chooses."""
    return next(
        (c.session_id for c in choices if not (c.has_transcript or c.still_scheduled)), None
    )


def _attachable(
    uow: UnitOfWork, coach_id: int, client_id: int, with_transcript: set[int]
) -> list[AttachableSession]:
    """Inside ``uow``: the sessions that took place of a client the caller has checked is
    the coach's, newest first: the ones a transcript can be attached to
    (:func:`coachconn.core.sessions.check_transcript_time`), each saying whether it is
    among ``with_transcript``, the ids of the client's sessions that have one."""
    now = uow.now()
    rows = uow.session.execute(
        select(SessionRow.id, SessionRow.scheduled_at, SessionRow.status)
        .where(SessionRow.coach_id == coach_id, SessionRow.client_id == client_id)
        .order_by(SessionRow.scheduled_at.desc(), SessionRow.id.desc())
    ).all()
    return [
        AttachableSession(row.id, row.scheduled_at, SessionStatus(row.status),
                          row.id in with_transcript)
        for row in rows
        if took_place(SessionStatus(row.status), row.scheduled_at, now)
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class TranscriptSummary:
    """A session that has a transcript, with the figures :func:`trend` follows, what
    its transcript shows of the connection markers (``signals``, as in the analysis's
    JSON form) and the markers the coach ticked for it."""

    session_id: int
    client_id: int
    client_name: str
    scheduled_at: datetime
    attached_at: datetime
    utterances: int
    warnings: int
    figures: dict[str, float | None]
    unmeasured: dict[str, str]  # why a figure that is None could not be measured
    signals: list[dict[str, Any]]
    markers: tuple[Marker, ...]


@dataclass(frozen=True, slots=True)
class TranscriptTrend:
    """A client's transcripts, oldest session first, and each followed figure across them."""

    client_id: int
    client_name: str
    sessions: list[TranscriptSummary]
    series: list[Series]


@dataclass(frozen=True, slots=True)
class _Stored:
    """One stored transcript as read inside the unit of work: its session's id, its
    analysis's JSON text and the transcript text (unsealed, not yet parsed), and the rest
    of its summary but for what :func:`_summary` reads from that analysis, outside it."""

    session_id: int
    summary: partial[TranscriptSummary]
    payload: str
    source: str


def list_transcripts(
    uow: UnitOfWork, coach_id: int, client_id: int | None = None
) -> list[TranscriptSummary]:
    """The coach's sessions that have a transcript, in session order: all of them or
    one client's (NotFound for a client that is not the coach's)."""
    with uow:
        if client_id is not None:
            uow.owned(ClientRow, coach_id, client_id, "client")
        stored = _read_stored(uow, coach_id, client_id)
    return [_summary(item) for item in stored]


def transcript_trend(uow: UnitOfWork, coach_id: int, client_id: int) -> TranscriptTrend:
    """One client's transcripts and how the followed figures move across them."""
    with uow:
        client = client_name(uow, uow.owned(ClientRow, coach_id, client_id, "client"))
        stored = _read_stored(uow, coach_id, client_id)
    return _trend(client_id, client, stored)


@dataclass(frozen=True, slots=True)
class TrendAndAttachable:
    """A client's transcript trend and the sessions a transcript can be attached to
    (:func:`trend_and_attachable`)."""

    trend: TranscriptTrend
    attachable: list[AttachableSession]  # newest first

    @property
    def likely(self) -> int | None:
        """The session a new transcript most likely belongs to (:func:`likely_session`)."""
        return likely_session(self.attachable)


def trend_and_attachable(uow: UnitOfWork, coach_id: int, client_id: int) -> TrendAndAttachable:
    """:func:`transcript_trend` of one client and the client's sessions a transcript can
    be attached to (those that took place, newest first, each saying whether it has one),
    read in one unit of work, for a page that shows the trend beside the form that adds
    to it. Which sessions have a transcript is read once, with the trend: every session
    that can take a transcript is one the trend counts when it has one. NotFound for a
    client that is not the coach's."""
    with uow:
        client = client_name(uow, uow.owned(ClientRow, coach_id, client_id, "client"))
        stored = _read_stored(uow, coach_id, client_id)
        attachable = _attachable(uow, coach_id, client_id, {s.session_id for s in stored})
    return TrendAndAttachable(_trend(client_id, client, stored), attachable)


def _trend(client_id: int, client: str, stored: list[_Stored]) -> TranscriptTrend:
    sessions = [_summary(item) for item in stored]
    series = trend([s.figures for s in sessions], [s.unmeasured for s in sessions])
    return TranscriptTrend(client_id, client, sessions, series)


def _still_took_place() -> ColumnElement[bool]:
    """Where a session with a transcript is listed: one recorded as missed or moved after
    its transcript was attached did not take place, and its figures would be wrong data
    in a trend."""
    return SessionRow.status.not_in([s.value for s in DID_NOT_TAKE_PLACE])


def _read_stored(uow: UnitOfWork, coach_id: int, client_id: int | None) -> list[_Stored]:
    """Inside ``uow``: each of the coach's (or the client's) sessions with a transcript,
    in session order, unsealed. Only the client's name, the session's markers and the
    transcript text (which holds the packed analysis's words) are opened besides the
    analysis: the listing shows no notes or themes."""
    query = (
        select(SessionTranscriptRow, SessionRow, ClientRow)
        .join(SessionRow, SessionRow.id == SessionTranscriptRow.session_id)
        .join(ClientRow, ClientRow.id == SessionRow.client_id)
        .where(
            *queries.coachs_transcripts(coach_id),
            SessionRow.coach_id == coach_id,
            ClientRow.coach_id == coach_id,
            _still_took_place(),
        )
    )
    if client_id is not None:  # the caller has checked it is the coach's
        query = query.where(SessionTranscriptRow.client_id == client_id)
    # A session has one transcript at most (the database's unique index on session_id):
    # one row per session, nothing to choose between.
    rows = uow.session.execute(query.order_by(SessionRow.scheduled_at, SessionRow.id)).all()
    uow.keys.load(coach_id, (client.id for *_, client in rows))  # one query for every key
    stored, names = [], {}
    for transcript, session, client in rows:
        cipher = uow.keys.cipher(coach_id, client.id)
        if client.id not in names:
            names[client.id] = client_name(uow, client)
        payload = cipher.open_optional(TABLE, "analysis", transcript.analysis)
        if payload is None:  # the query leaves these out; this says so to the type checker
            continue
        summary = partial(
            TranscriptSummary,
            client_id=client.id,
            client_name=names[client.id],
            scheduled_at=session.scheduled_at,
            attached_at=transcript.created_at,
            markers=open_markers(session, cipher),
        )
        source = cipher.open(TABLE, "raw_text", transcript.raw_text)
        stored.append(_Stored(session.id, summary, payload, source))
    return stored


def _summary(item: _Stored) -> TranscriptSummary:
    """The listing of one stored transcript: its figures and signals are computed from
    the stored coded utterances (no session metrics, no database), so they follow the
    current definitions, as ``show`` does. Called after the unit of work has ended. The
    words cached while reading it are forgotten after (:func:`forget_text`)."""
    analysis = unpack_analysis(json.loads(item.payload), item.source)
    coded = coded_from_json(analysis)
    try:
        reading = session_reading(coded)
    finally:
        forget_text()
    return item.summary(
        session_id=item.session_id,
        utterances=len(coded),
        warnings=len(analysis.get("warnings", [])),
        figures=reading.figures,
        unmeasured=reading.unmeasured,
        signals=[s.to_dict() for s in reading.signals],
    )
