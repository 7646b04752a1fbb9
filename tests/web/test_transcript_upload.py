"""Attaching a transcript from the web app: the form on a client's page posts the file,
which is coded, stored with the session and shown. A form sent from another site is
refused, and a bad file is refused with a page saying why; nothing is stored then."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from tempfile import SpooledTemporaryFile

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette import formparsers
from starlette.datastructures import Headers
from tests.factories import LONG, has_transcript, make_engagement, make_session

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.services.transcripts import get_transcript_analysis
from coachconn.storage.store import Store
from coachconn.web.origin import MAX_FORM_BYTES, cross_site

pytestmark = pytest.mark.db

OWN_PAGE = {"Sec-Fetch-Site": "same-origin"}


def _post(http: TestClient, session_id: int, data: bytes, **headers: str) -> object:
    return http.post(
        "/transcripts",
        data={"session_id": str(session_id)},
        files={"file": ("session.txt", data, "text/plain")},
        headers=headers,
        follow_redirects=False,
    )


def test_a_posted_transcript_is_stored_and_shown(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    got = _post(http, held.id, LONG, **OWN_PAGE)

    assert (got.status_code, got.headers["location"]) == (303, f"/sessions/{held.id}/transcript")
    view = get_transcript_analysis(store.unit_of_work(), coach.id, held.id)
    assert len(view.utterances) == 10
    assert view.coach == "Coach"  # the coach's own name, found among the speakers
    page = http.get(got.headers["location"]).text
    assert page.count('<td class="said">We met on Monday and it ran two hours over.</td>') == 5


def test_the_speaker_named_in_the_form_is_the_coach(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    said = b"Lena: What happened next?\nRobin: We met on Monday.\n" * 3
    got = http.post(
        "/transcripts",
        data={"session_id": str(held.id), "speaker": " Lena "},
        files={"file": ("s.txt", said, "text/plain")},
        headers=OWN_PAGE,
        follow_redirects=False,
    )
    assert got.status_code == 303
    assert get_transcript_analysis(store.unit_of_work(), coach.id, held.id).coach == "Lena"


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},  # a sibling host is another site too
        {"Origin": "http://pages.example"},
        {"Origin": "null"},
        {"Referer": "http://evil.example/x"},  # a browser that sends neither of those
    ],
)
def test_a_form_sent_from_another_site_is_refused_and_stores_nothing(
    http: TestClient, store: Store, coach: Coach, held: SessionView, headers: dict[str, str]
) -> None:
    got = _post(http, held.id, LONG, **headers)

    assert got.status_code == 403
    assert "sent from another site" in got.text
    assert not has_transcript(store, coach, held)


def test_a_form_from_the_apps_own_address_passes_by_its_origin(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    # A browser that sends Origin but not Sec-Fetch-Site.
    assert _post(http, held.id, LONG, Origin="http://127.0.0.1:8000").status_code == 303
    assert has_transcript(store, coach, held)


def test_a_form_from_the_apps_own_page_passes_by_its_referer(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    # A browser that sends neither Sec-Fetch-Site nor Origin, only the page it was on.
    page = f"http://127.0.0.1:8000/clients/{held.client_id}/transcripts"
    assert _post(http, held.id, LONG, Referer=page).status_code == 303
    assert has_transcript(store, coach, held)


def test_a_model_that_cannot_be_loaded_says_to_reinstall_and_stores_nothing(
    app: FastAPI,
    http: TestClient,
    store: Store,
    coach: Coach,
    held: SessionView,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coachconn.analysis import coder

    app.state.coder = None  # the shipped model, loaded at the first upload: here, none
    monkeypatch.setattr(coder, "load_default_coder", lambda: coder.load_coder(tmp_path))

    got = _post(http, held.id, LONG, **OWN_PAGE)

    assert got.status_code == 500
    said = "The model that codes transcripts could not be loaded: reinstall coachconn."
    assert said in got.text
    assert str(tmp_path) not in got.text
    assert not has_transcript(store, coach, held)


@pytest.mark.parametrize(
    ("data", "status", "says"),
    [
        (b"", 422, "File: empty"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(200), 422, "binary data"),
        (b"Coach: Only me here.\nCoach: Still me.\n", 422, "only one speaker found"),
        (b"a" * 5_000_001, 413, "File: too large (5,000,001 bytes; the limit is 5,000,000"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_with_the_reason(
    http: TestClient,
    store: Store,
    coach: Coach,
    held: SessionView,
    data: bytes,
    status: int,
    says: str,
) -> None:
    got = _post(http, held.id, data, **OWN_PAGE)

    assert got.status_code == status
    assert says in got.text
    assert "Traceback" not in got.text
    assert not has_transcript(store, coach, held)


def test_another_coachs_session_is_not_found_and_gets_nothing(
    http: TestClient, store: Store, other_coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, other_coach)
    theirs = make_session(
        store, other_coach, engagement, at=clock() - timedelta(days=1), status="held"
    )
    got = _post(http, theirs.id, LONG, **OWN_PAGE)

    assert got.status_code == 404
    assert f"session {theirs.id} not found" in got.text
    assert not has_transcript(store, other_coach, theirs)


def test_the_form_offers_the_sessions_that_took_place_newest_first(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    older = make_session(store, coach, engagement, at=clock() - timedelta(days=8), status="held")
    unrecorded = make_session(store, coach, engagement, at=clock() - timedelta(days=6))
    newer = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    make_session(store, coach, engagement, at=clock() - timedelta(days=4), status="no_show")
    make_session(store, coach, engagement, at=clock() + timedelta(days=6))  # to come
    assert _post(http, older.id, LONG, **OWN_PAGE).status_code == 303

    page = http.get(f"/clients/{older.client_id}/transcripts").text
    offered = re.findall(
        r'<option value="(\d+)"(?: data-replaces="[^"]*")?( selected)?>([^<]*)</option>', page
    )
    assert [int(value) for value, _, _ in offered] == [newer.id, unrecorded.id, older.id]
    # A past session still recorded as scheduled took place, most likely; it says so.
    assert offered[1][2].endswith(", not yet recorded as held")
    assert offered[2][2].endswith(": replaces its transcript")
    assert [int(value) for value, chosen, _ in offered if chosen] == [newer.id]
    # Once the newer one has a transcript too, the form asks for a choice: nothing is
    # replaced without choosing it.
    another = LONG + b"Coach: And after that?\nRobin: We went home.\n"  # not the same file
    assert _post(http, newer.id, another, **OWN_PAGE).status_code == 303
    page = http.get(f"/clients/{older.client_id}/transcripts").text
    assert '<option value="" disabled selected>Choose a session</option>' in page
    assert re.findall(r'<option value="\d+" selected>', page) == []
    assert 'enctype="multipart/form-data"' in page


def test_another_sites_form_is_refused_before_its_body_is_read(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    # A body no parser would accept: refused for where it came from, not for its form.
    got = http.post(
        "/transcripts",
        content=b"--broken\r\nnot a multipart body",
        headers={"Sec-Fetch-Site": "cross-site", "Content-Type": "multipart/form-data"},
    )
    assert got.status_code == 403
    assert not has_transcript(store, coach, held)


def test_an_upload_over_the_limit_is_refused_by_its_length(http: TestClient) -> None:
    got = http.post(
        "/transcripts",
        content=bytes(MAX_FORM_BYTES + 1),
        headers={**OWN_PAGE, "Content-Type": "multipart/form-data; boundary=x"},
    )
    assert got.status_code == 413
    assert "too large (5.1 MB; the limit is 5 MB, about fifty hours of talk)" in got.text


def test_a_body_that_does_not_say_its_length_is_refused(http: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"--x\r\n"

    got = http.post(
        "/transcripts",
        content=chunks(),
        headers={**OWN_PAGE, "Content-Type": "multipart/form-data; boundary=x"},
    )
    assert got.status_code == 411


def test_a_form_that_is_not_the_upload_form_is_named(http: TestClient, held: SessionView) -> None:
    got = http.post("/transcripts", data={"session_id": str(held.id)}, headers=OWN_PAGE)
    assert got.status_code == 422
    assert "The form: expected the upload form (multipart/form-data)" in got.text


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"session_id": "x1"}, "Session: expected a session number, got &#39;x1&#39;"),
        # A digit to str.isdigit, but no number to int(): refused, not a server error.
        ({"session_id": "²"}, "Session: expected a session number, got &#39;²&#39;"),
        # Past 4,300 digits int() itself refuses (ValueError): named, not a server error.
        # Quoted back cut short, its first 60 characters.
        (
            {"session_id": "7" * 5000},
            f"Session: expected a session number, got &#39;{'7' * 60}…&#39;</p>",
        ),
        ({}, "Session: choose one"),
        ({"session_id": ""}, "Session: choose one"),
        ({"session_id": "{id}", "speaker": "Nobody"}, "Your name in the file: no speaker named"),
    ],
)
def test_a_bad_field_is_named_as_the_form_labels_it(
    http: TestClient,
    store: Store,
    coach: Coach,
    held: SessionView,
    fields: dict[str, str],
    said: str,
) -> None:
    data = {key: value.format(id=held.id) for key, value in fields.items()}
    got = http.post(
        "/transcripts", data=data, files={"file": ("s.txt", LONG, "text/plain")}, headers=OWN_PAGE
    )
    assert got.status_code == 422
    assert said in got.text
    assert not has_transcript(store, coach, held)
    no_file = http.post("/transcripts", data={"session_id": str(held.id)}, files={"x": ("", b"")},
                        headers=OWN_PAGE)  # fmt: skip
    assert "File: choose a transcript file to attach" in no_file.text


@pytest.mark.parametrize(("status", "days"), [("no_show", -1), (None, 3)])
def test_a_session_that_did_not_take_place_gets_no_transcript(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock, status: str | None, days: int
) -> None:
    engagement = make_engagement(store, coach)
    session = make_session(
        store, coach, engagement, at=clock() + timedelta(days=days), status=status
    )

    got = _post(http, session.id, LONG, **OWN_PAGE)
    assert got.status_code == 422
    assert not has_transcript(store, coach, session)


def test_an_upload_never_reaches_a_temporary_file(
    http: TestClient, store: Store, coach: Coach, held: SessionView, monkeypatch: pytest.MonkeyPatch
) -> None:
    rolled: list[int] = []

    class Watched(SpooledTemporaryFile):  # type: ignore[type-arg]
        def rollover(self) -> None:  # writing to disk
            rolled.append(1)
            super().rollover()

    monkeypatch.setattr(formparsers, "SpooledTemporaryFile", Watched)
    big = LONG * 3_000  # 1.2 MB: over Starlette's 1 MB in-memory default
    assert len(big) > 1024 * 1024

    assert _post(http, held.id, big, **OWN_PAGE).status_code == 303
    assert rolled == []
    assert has_transcript(store, coach, held)


@pytest.mark.parametrize(
    ("headers", "refused"),
    [
        ({}, False),  # no browser page sent it: a script
        ({"origin": "http://127.0.0.1:8000"}, False),
        ({"origin": "HTTP://127.0.0.1:8000/"}, False),
        ({"origin": "http://localhost:8000"}, True),  # another host name is another site
        ({"origin": "https://127.0.0.1:8000"}, True),
        ({"origin": "http://127.0.0.1:8001"}, True),
        ({"origin": "http://user@127.0.0.1:8000"}, True),
        ({"origin": "http://127.0.0.1:port"}, True),
        ({"sec-fetch-site": "none", "origin": "http://pages.example"}, True),
        ({"sec-fetch-site": "same-origin"}, False),
        # Neither of those: the page the browser was on says where it comes from.
        ({"referer": "http://evil.example/x"}, True),
        ({"referer": "http://127.0.0.1:8000/clients/1/transcripts?x=1"}, False),
        ({"referer": "https://127.0.0.1:8000/clients"}, True),
        ({"referer": "http://127.0.0.1:8001/clients"}, True),
        ({"referer": "http://127.0.0.1:8000.evil.example/"}, True),
        ({"referer": "/clients"}, True),  # names no host: no page of this app's
        # Sec-Fetch-Site or Origin says it already: the Referer adds nothing.
        ({"origin": "http://127.0.0.1:8000", "referer": "http://evil.example/x"}, False),
        ({"sec-fetch-site": "same-origin", "referer": "http://evil.example/x"}, False),
    ],
)
def test_where_a_request_comes_from(headers: dict[str, str], refused: bool) -> None:
    assert cross_site(Headers({"host": "127.0.0.1:8000", **headers}), "http") is refused


def test_a_default_port_is_the_same_port() -> None:
    assert not cross_site(Headers({"host": "localhost", "origin": "http://localhost:80"}), "http")
    assert not cross_site(
        Headers({"host": "localhost:443", "origin": "https://localhost"}), "https"
    )


def test_a_transcript_is_removed_from_its_page_and_the_session_stays(
    http: TestClient, store: Store, coach: Coach, held: SessionView
) -> None:
    assert _post(http, held.id, LONG, **OWN_PAGE).status_code == 303
    page = http.get(f"/sessions/{held.id}/transcript").text
    assert f'action="/sessions/{held.id}/transcript/remove"' in page
    assert 'data-confirm="Remove the transcript of session' in page  # asked once more
    assert "replaced the one" not in page

    got = http.post(
        f"/sessions/{held.id}/transcript/remove", headers=OWN_PAGE, follow_redirects=False
    )
    assert (got.status_code, got.headers["location"]) == (
        303, f"/clients/{held.client_id}/transcripts"
    )  # fmt: skip
    assert not has_transcript(store, coach, held)
    after = http.get(got.headers["location"])
    assert after.status_code == 200
    # Named by its number and its day (yesterday, in the coach's timezone).
    assert f"The transcript of session {held.id} on 01 Mar 2026 was removed" in after.text
    assert "was removed" not in http.get(got.headers["location"]).text  # said once
    again = http.post(f"/sessions/{held.id}/transcript/remove", headers=OWN_PAGE)
    assert again.status_code == 404
    opened = http.get(f"/sessions/{held.id}/transcript/remove")  # the action as a link
    assert opened.status_code == 405
    assert "This address is for a form&#39;s button, not a link" in opened.text


def test_removing_is_refused_from_another_site_and_for_another_coach(
    http: TestClient, store: Store, coach: Coach, held: SessionView, others_session: SessionView,
    other_coach: Coach,
) -> None:  # fmt: skip
    assert _post(http, held.id, LONG, **OWN_PAGE).status_code == 303
    cross = http.post(
        f"/sessions/{held.id}/transcript/remove", headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert cross.status_code == 403
    assert has_transcript(store, coach, held)
    theirs = http.post(f"/sessions/{others_session.id}/transcript/remove", headers=OWN_PAGE)
    assert theirs.status_code == 404
    assert has_transcript(store, other_coach, others_session)


def test_a_refused_upload_leads_back_to_the_form(http: TestClient, held: SessionView) -> None:
    form_page = f"http://127.0.0.1:8000/clients/{held.client_id}/transcripts"
    got = _post(http, held.id, b"", **OWN_PAGE, Referer=form_page)

    assert got.status_code == 422
    assert f'<a href="/clients/{held.client_id}/transcripts">Back to the page you came from' in (
        got.text
    )
    # Never back to another site's page.
    elsewhere = _post(http, held.id, b"", **OWN_PAGE, Referer="http://pages.example/x")
    assert "Back to the page you came from" not in elsewhere.text


@pytest.mark.parametrize("path", ["//pages.example/x", "/\\pages.example/x"])
def test_the_way_back_never_leads_to_another_site(
    http: TestClient, held: SessionView, path: str
) -> None:
    got = _post(http, held.id, b"", **OWN_PAGE, Referer=f"http://127.0.0.1:8000{path}")
    assert got.status_code == 422
    assert "Back to the page you came from" not in got.text


def test_the_form_chooses_the_newest_held_session_without_a_transcript(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # Today's session has begun and is not recorded yet; last week's was held.
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=7), status="held")
    today = make_session(store, coach, engagement, at=clock() - timedelta(minutes=10))

    page = http.get(f"/clients/{held.client_id}/transcripts").text
    offered = re.findall(r'<option value="(\d+)"( selected)?>', page)
    assert offered == [(str(today.id), ""), (str(held.id), " selected")]
    # Once last week's has its transcript, nothing is chosen for the coach.
    assert _post(http, held.id, LONG, **OWN_PAGE).status_code == 303
    page = http.get(f"/clients/{held.client_id}/transcripts").text
    assert '<option value="" disabled selected>Choose a session</option>' in page


def test_the_form_names_every_layout_the_transcript_reader_takes(
    http: TestClient, held: SessionView
) -> None:
    # As the README lists them: the formats, WhisperX's unnamed voices and Zoom's saved
    # captions among them (before, the form named neither).
    page = http.get(f"/clients/{held.client_id}/transcripts").text
    found = re.search(r'<p class="muted" id="attach-formats">(.*?)</p>', page, re.DOTALL)
    assert found is not None
    hint = " ".join(html.unescape(found.group(1)).split())
    for named in (
        "WebVTT",
        "SRT",
        "SBV",
        "WhisperX",
        '"[SPEAKER_00]"',
        '"Name: text"',
        "Otter's and Google Meet's text exports",
        "Zoom's saved captions",
        "Teams transcript (Word) saved as plain text (.txt)",
        "5 MB",
    ):
        assert named in hint
