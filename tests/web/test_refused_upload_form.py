"""A refused upload shows the client's page again: the form as the coach sent it, the
reason beside the field it concerns (and tied to it for assistive technology), status
422, and nothing stored. A form over the size limit lands there too, unread (413). A
form that names no client of the coach's gets the error page instead, saying the same."""

from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from html.parser import HTMLParser

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.types import Message
from tests.factories import (
    LONG,
    attach_text,
    has_transcript,
    make_client,
    make_engagement,
    make_session,
)

from coachconn.analysis.decode import MAX_TRANSCRIPT_BYTES
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.services.transcripts import get_transcript_analysis
from coachconn.storage.store import Store
from coachconn.web.origin import MAX_FIELD_BYTES, MAX_FORM_BYTES

pytestmark = pytest.mark.db

OWN_PAGE = {"Sec-Fetch-Site": "same-origin"}
INPUTS = {
    "session_id": "attach-session_id",
    "file": "attach-file",
    "speaker": "attach-speaker",
    "names_differ": "attach-names_differ",
}


class _Tags(HTMLParser):
    """Each start tag's attributes, by its id."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.by_id: dict[str, dict[str, str | None]] = {}
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.by_id[str(found["id"])] = found


def _post(http: TestClient, fields: dict[str, str], data: bytes | None = LONG) -> httpx.Response:
    """The upload form with ``fields`` and ``data`` as its file; None: no file chosen
    (an empty part stands in, so the body is still multipart). ``client_id`` goes in the
    address, as the page's form sends it."""
    fields = dict(fields)
    params = {"client_id": fields.pop("client_id")} if "client_id" in fields else {}
    files = {"file": ("session.txt", data, "text/plain")} if data is not None else {"x": ("", b"")}
    return http.post("/transcripts", params=params, data=fields, files=files, headers=OWN_PAGE)


def _error_beside(page: str, name: str) -> str:
    """The error shown beside the input ``name``, checking it is tied to that input."""
    tags = _Tags(page)
    invalid = [key for key, attrs in tags.by_id.items() if attrs.get("aria-invalid") == "true"]
    assert invalid == [INPUTS[name]]  # that input, and only it, is marked
    field = tags.by_id[INPUTS[name]]
    described = f"attach-{name}-error"
    # Its error first, then any hint beside it (test_upload_form_notes_tied_to_fields.py).
    assert (field.get("aria-describedby") or "").split()[0] == described
    assert "autofocus" in field  # the page opens at the error
    assert tags.by_id[described].get("role") == "alert"
    said = re.search(rf'<p class="field-error" id="{described}" role="alert">([^<]*)</p>', page)
    assert said is not None
    return said.group(1)


@pytest.mark.parametrize(
    ("data", "speaker", "name", "said"),
    [
        (b"", "", "file", "File: empty"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(200), "", "file", "File: binary data"),
        (b"Coach: Only me here.\nCoach: Still me.\n", "", "file", "File: only one speaker found"),
        (None, "", "file", "File: choose a transcript file to attach"),
        (LONG, "Nobody", "speaker", "Your name in the file: no speaker named &#39;Nobody&#39;"),
        # A name pasted by mistake is said back cut short, its first 60 characters.
        (
            LONG,
            "N" * 5000,
            "speaker",
            f"Your name in the file: no speaker named &#39;{'N' * 60}…&#39;;",
        ),
    ],
)
def test_a_refused_upload_shows_the_clients_page_with_the_reason_beside_its_field(
    http: TestClient,
    store: Store,
    coach: Coach,
    held: SessionView,
    data: bytes | None,
    speaker: str,
    name: str,
    said: str,
) -> None:
    fields = {"client_id": str(held.client_id), "session_id": str(held.id), "speaker": speaker}
    got = _post(http, fields, data)

    assert got.status_code == 422
    assert "<h1>Transcripts of Robin</h1>" in got.text
    assert (
        f"<title>Not attached: Transcripts of client {held.client_id} · coachconn</title>"
        in got.text
    )
    assert _error_beside(got.text, name).startswith(said)
    # A refusal of another field says the file must be chosen again; of the file, no.
    assert ("Choose the file again" in got.text) is (name != "file")
    assert "Not attached: nothing was stored." in got.text
    assert "Traceback" not in got.text
    assert not has_transcript(store, coach, held)


def test_a_name_pasted_longer_than_any_field_holds_is_refused_beside_the_name(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    # Past the largest field the form is not read at all: the name is still the field
    # named, on the client's page, not a parser's words on the error page.
    fields = {"client_id": str(held.client_id), "session_id": str(held.id)}
    got = _post(http, {**fields, "speaker": "N" * (MAX_FIELD_BYTES + 1)})

    assert got.status_code == 422
    assert "<h1>Transcripts of Robin</h1>" in got.text
    assert _error_beside(got.text, "speaker") == (
        "Your name in the file: over 64 KB, far longer than a name: type your name as the "
        "file gives it"
    )
    assert "Choose the session again" in got.text  # the form was not read
    assert not has_transcript(store, coach, held)


def test_a_form_sent_with_no_file_chosen_asks_for_one(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    # What a browser sends for a file input left empty (its `required` taken off): a
    # file part named "" with nothing in it (httpx would leave the name out, so the
    # body is written here). Not "File: empty": no file was chosen.
    body = (
        "--b\r\n"
        'Content-Disposition: form-data; name="session_id"\r\n\r\n'
        f"{held.id}\r\n"
        "--b\r\n"
        'Content-Disposition: form-data; name="file"; filename=""\r\n'
        "Content-Type: application/octet-stream\r\n\r\n\r\n"
        "--b--\r\n"
    )
    got = http.post(
        "/transcripts",
        params={"client_id": str(held.client_id)},
        content=body.encode(),
        headers={**OWN_PAGE, "Content-Type": "multipart/form-data; boundary=b"},
    )

    assert got.status_code == 422
    assert _error_beside(got.text, "file") == "File: choose a transcript file to attach"
    assert not has_transcript(store, coach, held)


def test_the_form_comes_back_as_it_was_sent(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    older = make_session(store, coach, engagement, at=clock() - timedelta(days=8), status="held")
    newer = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    fresh = http.get(f"/clients/{older.client_id}/transcripts").text
    assert re.findall(r'<option value="(\d+)" selected>', fresh) == [str(newer.id)]
    assert f'action="/transcripts?client_id={older.client_id}"' in fresh
    assert "aria-invalid" not in fresh and 'role="alert"' not in fresh

    # The coach chose the older session, not the one the page chose, and typed a name.
    fields = {"client_id": str(older.client_id), "session_id": str(older.id),
              "speaker": ' Lena "L" <b>'}  # fmt: skip
    got = _post(http, fields, b"")

    assert got.status_code == 422
    assert re.findall(r'<option value="(\d*)"[^>]*? selected>', got.text) == [str(older.id)]
    assert _Tags(got.text).by_id["attach-speaker"].get("value") == 'Lena "L" <b>'
    assert 'value="Lena &#34;L&#34; &lt;b&gt;"' in got.text  # as text, never as markup
    assert f'action="/transcripts?client_id={older.client_id}"' in got.text
    assert not has_transcript(store, coach, older)
    assert not has_transcript(store, coach, newer)


def test_a_session_that_is_not_chosen_is_asked_for_with_none_chosen(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    got = _post(http, {"client_id": str(held.client_id), "session_id": ""})

    assert got.status_code == 422
    assert _error_beside(got.text, "session_id") == "Session: choose one"
    assert '<option value="" disabled selected>Choose a session</option>' in got.text
    assert not has_transcript(store, coach, held)


def test_a_session_recorded_as_missed_meanwhile_is_refused_beside_the_session(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # The page offered it; then it was recorded as a no-show. It is the client's only
    # session, so the page offers none now: the form still shows, with the reason.
    engagement = make_engagement(store, coach)
    missed = make_session(
        store, coach, engagement, at=clock() - timedelta(days=1), status="no_show"
    )
    got = _post(http, {"client_id": str(missed.client_id), "session_id": str(missed.id)})

    assert got.status_code == 422
    assert _error_beside(got.text, "session_id").startswith(
        "Session: the session did not take place (it was recorded as a no-show)"
    )
    assert "no_show" not in got.text
    assert re.findall(r'<option value="(\d*)"[^>]*? selected>', got.text) == [""]
    assert not has_transcript(store, coach, missed)


@pytest.mark.parametrize("client_id", [None, "", "x", "²", "99999999999999999999999"])
def test_a_form_that_names_no_client_gets_the_error_page(
    http: TestClient, store: Store, coach: Coach, held: SessionView, client_id: str | None
) -> None:
    fields = {"session_id": str(held.id)}
    if client_id is not None:
        fields["client_id"] = client_id
    got = _post(http, fields, b"")

    assert got.status_code == 422
    assert '<section class="error">' in got.text
    assert "File: empty" in got.text
    assert "Transcripts of" not in got.text  # no client's page, the other coach's least
    assert not has_transcript(store, coach, held)


def test_a_form_that_names_another_coachs_client_is_not_found(
    http: TestClient, store: Store, coach: Coach, held: SessionView, others_session: SessionView
) -> None:
    got = _post(http, {"client_id": str(others_session.client_id), "session_id": str(held.id)})

    assert got.status_code == 404
    assert '<section class="error">' in got.text
    assert f"client {others_session.client_id} not found" in got.text
    assert "Transcripts of" not in got.text  # no client's page, the other coach's least
    assert not has_transcript(store, coach, held)


def test_a_session_of_another_client_is_refused_beside_the_session(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # A form made by hand: Ana's page, and a session of another of the coach's clients,
    # which has a transcript already.
    ana = make_client(store, coach, preferred_name="Ana Ruiz")
    make_engagement(store, coach, ana)
    theirs = make_session(
        store, coach, make_engagement(store, coach), at=clock() - timedelta(days=1),
        status="held",
    )  # fmt: skip
    attach_text(store, coach, theirs, LONG)
    fields = {"client_id": str(ana.id), "session_id": str(theirs.id), "replaces": str(theirs.id)}
    got = _post(http, fields, LONG[: len(LONG) // 5])

    assert got.status_code == 422
    assert "<h1>Transcripts of Ana Ruiz</h1>" in got.text
    assert _error_beside(got.text, "session_id") == (
        f"Session: session {theirs.id} is not one of Ana Ruiz&#39;s sessions"
    )
    assert "Robin" not in got.text  # the other client is not named
    assert _utterances(store, coach, theirs) == 10  # their transcript, as it was


@pytest.mark.parametrize("whose", ["none", "another coach's"])
def test_a_session_that_is_none_of_the_coachs_is_refused_beside_the_session(
    http: TestClient,
    store: Store,
    coach: Coach,
    other_coach: Coach,
    held: SessionView,
    others_session: SessionView,
    whose: str,
) -> None:
    # A form made by hand, naming a session that does not exist or another coach's: the
    # same refusal as a session of another client, which says nothing of either.
    session_id = others_session.id if whose == "another coach's" else others_session.id + 100
    fields = {"client_id": str(held.client_id), "session_id": str(session_id)}
    got = _post(http, fields)

    assert got.status_code == 422
    assert "<h1>Transcripts of Robin</h1>" in got.text
    assert _error_beside(got.text, "session_id") == (
        f"Session: session {session_id} is not one of Robin&#39;s sessions"
    )
    assert not has_transcript(store, coach, held)
    assert _utterances(store, other_coach, others_session) == 10  # as it was


def test_an_accepted_upload_with_its_client_goes_to_the_transcript(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    got = http.post(
        "/transcripts",
        params={"client_id": str(held.client_id)},
        data={"session_id": str(held.id), "speaker": ""},
        files={"file": ("session.txt", LONG, "text/plain")},
        headers=OWN_PAGE,
        follow_redirects=False,
    )
    assert (got.status_code, got.headers["location"]) == (303, f"/sessions/{held.id}/transcript")
    assert has_transcript(store, coach, held)


def _utterances(store: Store, coach: Coach, session: SessionView) -> int:
    view = get_transcript_analysis(store.unit_of_work(), coach.id, session.id)
    return len(view.analysis["utterances"])


def test_a_session_offered_as_replacing_its_transcript_is_replaced_and_no_other(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    fields = {"client_id": str(held.client_id), "session_id": str(held.id), "speaker": ""}
    assert _post(http, fields, LONG).status_code == 200
    page = http.get(f"/clients/{held.client_id}/transcripts").text
    offered = re.search(r'<input type="hidden" name="replaces" value="([^"]*)">', page)
    assert offered is not None and offered.group(1).split() == [str(held.id)]
    assert f"(session {held.id}): replaces its transcript" in page

    shorter = b"Coach: What happened next?\nRobin: We met on Monday.\n" * 2
    replaced = _post(http, {**fields, "replaces": offered.group(1)}, shorter)
    assert replaced.status_code == 200
    assert "This transcript replaced the one the session had." in replaced.text
    assert _utterances(store, coach, held) == 4  # replaced, as the form offered

    # A form shown before the session had a transcript does not replace it unasked.
    got = _post(http, {**fields, "replaces": ""}, LONG)
    assert got.status_code == 422
    assert _error_beside(got.text, "session_id").startswith(
        "Session: it has had a transcript attached since this page was shown"
    )
    assert "Choose the file again" in got.text  # the browser has dropped it
    assert _utterances(store, coach, held) == 4
    # Refused while replacing: the page says the session keeps the transcript it had.
    empty = _post(http, {**fields, "replaces": offered.group(1)}, b"")
    assert empty.status_code == 422
    assert (
        f"Not attached: nothing was stored, and session {held.id} keeps the transcript it had."
    ) in empty.text
    assert _utterances(store, coach, held) == 4


def test_a_file_in_which_the_client_does_not_speak_is_attached_only_once_confirmed(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    fields = {"client_id": str(held.client_id), "session_id": str(held.id), "speaker": ""}
    someone_else = LONG.replace(b"Robin", b"Jonah")
    fresh = http.get(f"/clients/{held.client_id}/transcripts").text
    assert 'name="names_differ"' not in fresh  # asked only when it is needed

    got = _post(http, fields, someone_else)
    assert got.status_code == 422
    assert _error_beside(got.text, "names_differ").startswith(
        "File: the session&#39;s client, Robin, is not among the speakers (&#39;Jonah&#39;)"
    )
    # The page says once, above the form, that nothing was stored; the reason beside the
    # input does not say it again.
    assert _error_beside(got.text, "names_differ").endswith(
        "is this another client&#39;s file? If it is this session&#39;s, tick the box "
        "above to attach it all the same"
    )
    assert got.text.count("nothing was stored") == 1
    assert not has_transcript(store, coach, held)

    confirmed = _post(http, {**fields, "names_differ": "1"}, someone_else)
    assert confirmed.status_code == 200
    view = get_transcript_analysis(store.unit_of_work(), coach.id, held.id)
    assert "attached as confirmed" in view.warnings[-1]


def _talk(size: int) -> bytes:
    """A transcript of at least ``size`` bytes, lines of talk as a real file has."""
    return LONG * (size // len(LONG) + 1)


# A file over the limit; a form over the largest form, its body never read.
OVER_LIMIT, OVER_FORM = _talk(MAX_TRANSCRIPT_BYTES), _talk(MAX_FORM_BYTES)
SAID_TOO_LARGE = re.compile(
    r"File: too large \((5\.1 MB; the limit is 5 MB|[\d,]+ bytes; the limit is "
    r"5,000,000 bytes), about fifty hours of talk\); choose a smaller file, or split the "
    r"transcript into one file per session"
)


@pytest.mark.parametrize(("data", "read"), [(OVER_LIMIT, True), (OVER_FORM, False)])
def test_a_file_over_the_limit_shows_the_clients_page_with_the_limit_beside_the_file(
    http: TestClient, store: Store, coach: Coach, held: SessionView, data: bytes, read: bool
) -> None:
    fields = {"client_id": str(held.client_id), "session_id": str(held.id), "speaker": "Sam"}
    got = _post(http, fields, data)

    assert got.status_code == 413
    assert (
        f"<title>Not attached: Transcripts of client {held.client_id} · coachconn</title>"
        in got.text
    )
    assert SAID_TOO_LARGE.fullmatch(_error_beside(got.text, "file"))
    # A form over the largest form is not read: what was chosen is asked for again.
    chosen = re.findall(r'<option value="(\d*)"[^>]*? selected>', got.text)
    assert chosen == ([str(held.id)] if read else [""])
    assert _Tags(got.text).by_id["attach-speaker"].get("value") == ("Sam" if read else "")
    said_again = "Choose the session again: nothing of a form over the size limit is read."
    assert (said_again in got.text) is not read
    assert "Traceback" not in got.text
    assert not has_transcript(store, coach, held)


def test_a_body_over_the_largest_form_never_reaches_the_form(
    app: FastAPI, store: Store, coach: Coach, held: SessionView, token: str
) -> None:
    # The app itself, under no test client: a request for a byte of the body is counted.
    # A script's request, signed in by its Bearer token.
    asked: list[Message] = []
    answer: list[Message] = []

    async def receive() -> Message:
        asked.append({"type": "http.request"})
        return {"type": "http.request", "body": b"x" * 65_536, "more_body": True}

    async def send(message: Message) -> None:
        answer.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/transcripts", "raw_path": b"/transcripts",
        "query_string": f"client_id={held.client_id}".encode(), "root_path": "",
        "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000),
        "headers": [(b"host", b"127.0.0.1:8000"), (b"sec-fetch-site", b"same-origin"),
                    (b"content-type", b"multipart/form-data; boundary=x"),
                    (b"content-length", str(MAX_FORM_BYTES + 1).encode()),
                    (b"authorization", f"Bearer {token}".encode())],
    }  # fmt: skip
    # In a thread of its own: a browser test's Playwright may hold this thread's loop.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, app(scope, receive, send)).result()

    assert asked == []
    assert answer[0]["status"] == 413
    page = b"".join(m.get("body", b"") for m in answer[1:]).decode()
    assert SAID_TOO_LARGE.fullmatch(_error_beside(page, "file"))
    assert not has_transcript(store, coach, held)


def test_a_form_over_the_largest_for_no_client_of_the_coachs_gets_the_error_page(
    http: TestClient, store: Store, coach: Coach, held: SessionView, others_session: SessionView
) -> None:
    for named in ({}, {"client_id": str(others_session.client_id)}):
        got = _post(http, {**named, "session_id": str(held.id)}, OVER_FORM)

        assert got.status_code == 413
        assert '<section class="error">' in got.text
        assert SAID_TOO_LARGE.search(got.text)
        assert "Transcripts of" not in got.text
    assert not has_transcript(store, coach, held)


def test_the_api_answers_a_body_over_the_largest_form_in_json(http: TestClient) -> None:
    got = http.post(
        "/api/v1/transcripts",
        params={"client_id": "1"},
        content=bytes(MAX_FORM_BYTES + 1),
        headers={"Content-Type": "application/json"},
    )

    assert got.status_code == 413
    assert got.headers["content-type"] == "application/json"
    assert got.json() == {
        "error": {
            "status": 413,
            "message": "transcript: too large (5.1 MB; the limit is 5 MB, about fifty "
            "hours of talk); choose a smaller file, or split the transcript into one file "
            "per session",
        }
    }


def test_a_copy_of_another_sessions_transcript_is_refused_and_said_so_once(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    first, later = (
        make_session(store, coach, engagement, at=clock() - timedelta(days=days), status="held")
        for days in (8, 1)
    )
    fields = {"client_id": str(first.client_id), "session_id": str(first.id), "speaker": ""}
    assert _post(http, fields, LONG).status_code == 200
    got = _post(http, {**fields, "session_id": str(later.id)}, LONG)
    assert got.status_code == 422
    assert _error_beside(got.text, "file") == (
        f"File: this transcript is already attached to session {first.id}; "
        f"choose the file of session {later.id}"
    )
    assert got.text.count("nothing was stored") == 1  # above the form, not again beside it
    assert not has_transcript(store, coach, later)
