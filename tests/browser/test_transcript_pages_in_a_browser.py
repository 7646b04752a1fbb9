"""A coach in a real browser: from the client list to a client's transcripts, to one
session's coded transcript and the line a signal rests on; the attach form, accepted and
refused (a file over the size limit too); a client's transcripts on a phone's screen and
whole on a desktop window's; and the API docs page, which must work with no internet.
Every request the pages make stays on this server."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.storage.store import Store
from coachconn.web.origin import MAX_FORM_BYTES
from tests.factories import (
    attach_text,
    has_transcript,
    make_client,
    make_engagement,
    make_session,
)

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Dialog, Locator, Page

pytestmark = pytest.mark.db

REPORTING = b"Coach: What happened next?\nRobin: We met on Monday and it ran two hours over.\n"
DISCLOSING = b"Coach: What is that like for you?\nRobin: I feel scared.\n"


@pytest.fixture
def held(store: Store, coach: Coach, clock: FixedClock) -> list[SessionView]:
    engagement = make_engagement(store, coach)
    sessions = [
        make_session(store, coach, engagement, at=clock() - timedelta(days=d), status="held")
        for d in (15, 1)
    ]
    attach_text(store, coach, sessions[0], REPORTING * 5)
    attach_text(store, coach, sessions[1], DISCLOSING * 5)
    return sessions


class Visit:
    """A page with every request and script error it meets recorded."""

    def __init__(self, page: Page, base: str) -> None:
        self.page, self.base = page, base
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on(
            "console",
            lambda message: self.errors.append(message.text) if message.type == "error" else None,
        )

    def elsewhere(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(self.base + "/")]


@pytest.fixture
def visit(signed_in: BrowserContext, live_url: str) -> Visit:
    return Visit(signed_in.new_page(), live_url)


def test_a_coach_follows_a_client_from_the_list_to_the_line_a_signal_rests_on(
    visit: Visit, held: list[SessionView]
) -> None:
    page = visit.page
    page.goto(visit.base + "/")
    page.get_by_role("link", name="Transcripts of Robin").click()

    page.wait_for_url(f"**/clients/{held[0].client_id}/transcripts")
    assert page.get_by_role("heading", level=1).inner_text() == "Transcripts of Robin"
    trend_rows = page.locator("table.trend tbody tr")
    assert trend_rows.count() == 2
    # The Client disclosing column: nothing disclosed in the first session, all in the second.
    disclose = [trend_rows.nth(k).locator("td").nth(2).inner_text() for k in (0, 1)]
    assert disclose == ["0%", "100%"]
    opening = page.locator("li", has_text="Increased openness and self-disclosure over time")
    assert opening.locator(".summary").inner_text().startswith("seen (")

    page.get_by_role("link", name=f"session {held[1].id}").click()
    page.wait_for_url(f"**/sessions/{held[1].id}/transcript")
    # The coach speaks 30 words to the client's 15: "working harder" is seen, and its
    # evidence is one of the coach's lines.
    harder = page.locator("li.signal", has_text="working harder than client")
    assert harder.locator(".reading").inner_text() == "seen"
    evidence = harder.locator("a.evidence")
    target = evidence.get_attribute("href")
    assert target is not None and target.startswith("#u")
    evidence.click()

    assert page.url.endswith(target)
    line = page.locator(target)
    assert line.is_visible()
    assert line.get_attribute("class") == "role-coach"
    assert line.locator("td.said").inner_text() == "What is that like for you?"
    highlighted = line.locator("td.said").evaluate("td => getComputedStyle(td).backgroundColor")
    assert highlighted == "rgb(255, 246, 216)"  # the line a signal points to stands out
    assert visit.errors == []
    assert visit.elsewhere() == []


def test_the_api_docs_page_renders_with_no_internet(visit: Visit) -> None:
    page = visit.page
    page.goto(visit.base + "/api/docs")

    title = page.locator(".swagger-ui .info .title")
    title.wait_for(timeout=10_000)
    assert title.inner_text().startswith("coachconn")
    assert page.get_by_text("/api/v1/transcripts", exact=True).first.is_visible()
    assert visit.elsewhere() == []
    assert visit.errors == []


def test_a_coach_attaches_a_transcript_through_the_form(
    visit: Visit, store: Store, coach: Coach, clock: FixedClock, tmp_path: Path
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    file = tmp_path / "session.vtt"
    file.write_text(
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:04.000\n<v Coach A>What would you like to look at today?\n\n"
        "00:00:05.000 --> 00:00:09.000\n<v Robin>The team meeting. I said nothing again.\n\n"
        "00:00:13.500 --> 00:00:15.000\n<v Coach A>What stopped you?\n\n"
        "00:00:16.000 --> 00:00:20.000\n<v Robin>I felt like the outsider in that room.\n",
        encoding="utf-8",
    )
    page = visit.page
    page.goto(f"{visit.base}/clients/{held.client_id}/transcripts")
    page.get_by_label("Session", exact=True).select_option(str(held.id))
    page.get_by_label("File", exact=True).set_input_files(str(file))
    page.get_by_role("button", name="Attach and analyse").click()

    # Coded by the shipped model, stored, and shown.
    page.wait_for_url(f"**/sessions/{held.id}/transcript", timeout=30_000)
    assert page.get_by_role("heading", level=1).inner_text().startswith("Robin, ")
    lines = page.locator("table.transcript tr[id]")
    assert lines.count() == 4
    assert lines.nth(2).locator("td.code").inner_text().startswith("open question")
    assert "4.5 s of silence" in page.locator("table.transcript").inner_text()
    assert visit.errors == []
    assert visit.elsewhere() == []

    # Replacing it asks first, as removing does: turned down, nothing is sent.
    asked: list[str] = []

    def answer(dialog: Dialog) -> None:
        asked.append(dialog.message)
        dialog.accept() if len(asked) > 1 else dialog.dismiss()

    page.on("dialog", answer)
    page.goto(f"{visit.base}/clients/{held.client_id}/transcripts")
    page.get_by_label("Session", exact=True).select_option(str(held.id))
    page.get_by_label("File", exact=True).set_input_files(str(file))
    page.get_by_role("button", name="Attach and analyse").click()
    assert asked == [
        f"Replace the transcript of session {held.id} and its analysis? This cannot be undone."
    ]
    assert page.url.endswith(f"/clients/{held.client_id}/transcripts")  # not sent
    page.get_by_role("button", name="Attach and analyse").click()  # this time, yes
    page.wait_for_url(f"**/sessions/{held.id}/transcript", timeout=30_000)
    assert len(asked) == 2 and visit.errors == []
    # Said on the page the upload leads to, once: opened again, the page says nothing of it.
    replaced = page.get_by_text("This transcript replaced the one the session had.")
    assert replaced.is_visible()
    page.reload()
    assert replaced.count() == 0


def test_on_a_phone_the_trend_table_scrolls_in_its_own_box_with_the_sessions_in_view(
    visit: Visit, held: list[SessionView]
) -> None:
    page = visit.page
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{visit.base}/clients/{held[0].client_id}/transcripts")

    # The page itself never scrolls sideways: not for the table, nor for the form's
    # longest session name ("...: replaces its transcript").
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    assert page.locator("option", has_text="replaces its transcript").count() == 2
    box = page.get_by_role("region", name="Figures by session")
    assert box.evaluate("e => e.scrollWidth > e.clientWidth")  # the figures are in reach
    box.evaluate("e => { e.scrollLeft = e.scrollWidth }")
    # Scrolled to its last figures, each row still names its session at the box's edge.
    left = box.evaluate("e => e.getBoundingClientRect().left")
    for k, session in enumerate(held):
        name = page.get_by_role("link", name=f"session {session.id}")
        edge = name.evaluate("e => e.closest('td').getBoundingClientRect().left")
        assert abs(edge - left) < 1
        assert name.is_visible()
        first_figure = page.locator("table.trend tbody tr").nth(k).locator("td").nth(2)
        # The figures did scroll past it.
        assert first_figure.evaluate("e => e.getBoundingClientRect().right") < left
    assert visit.errors == []


# The longest labels: the column of markers ticked is the table's widest.
TICKED = ["increased_openness", "explores_difficult_topics", "compliance_without_engagement"]


@pytest.mark.parametrize("width", [1200, 1024])
def test_on_a_desktop_window_the_whole_trend_table_fits_you_ticked_too(
    visit: Visit, store: Store, coach: Coach, clock: FixedClock, width: int
) -> None:
    engagement = make_engagement(store, coach)
    for days, said in ((29, REPORTING * 5), (15, DISCLOSING * 5), (1, REPORTING * 6)):
        at = clock() - timedelta(days=days)
        held = make_session(store, coach, engagement, at=at, status="held", markers=TICKED)
        attach_text(store, coach, held, said)  # each its own file
    page = visit.page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{visit.base}/clients/{held.client_id}/transcripts")

    assert page.evaluate("document.documentElement.scrollWidth") <= width
    box = page.get_by_role("region", name="Figures by session")
    assert box.evaluate("e => e.scrollWidth <= e.clientWidth")  # nothing to scroll to
    right = box.evaluate("e => e.getBoundingClientRect().right")
    ticked = page.get_by_role("columnheader", name="You ticked")
    assert ticked.evaluate("e => e.getBoundingClientRect().right") <= right
    last = page.locator("table.trend tbody tr").last.locator("td").last
    assert last.locator(".marker").count() == len(TICKED)
    assert last.evaluate("e => e.getBoundingClientRect().right") <= right
    assert visit.errors == []


def test_a_refused_upload_shows_the_reason_beside_the_file_with_the_focus_on_it(
    visit: Visit, held: list[SessionView], tmp_path: Path
) -> None:
    from playwright.sync_api import expect  # installed, or the browser fixture skipped

    file = tmp_path / "notes.txt"
    file.write_text("Coach: Only me here.\nCoach: Still me.\n", encoding="utf-8")
    page = visit.page
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{visit.base}/clients/{held[0].client_id}/transcripts")
    page.get_by_label("Session", exact=True).select_option(str(held[0].id))
    page.get_by_label("File", exact=True).set_input_files(str(file))
    page.get_by_label("Your name in the file").fill("Coach")
    page.on("dialog", lambda dialog: dialog.accept())  # yes, replace its transcript
    page.get_by_role("button", name="Attach and analyse").click()

    page.wait_for_url(f"{visit.base}/transcripts?client_id={held[0].client_id}")
    chosen_file = page.get_by_label("File", exact=True)
    expect(chosen_file).to_be_focused()
    expect(chosen_file).to_have_attribute("aria-invalid", "true")
    expect(chosen_file).to_have_accessible_description(
        re.compile(r"^File: only one speaker found \(Coach\)")
    )
    expect(page.get_by_role("alert")).to_have_count(1)
    expect(page.get_by_label("Session", exact=True)).to_have_value(str(held[0].id))
    expect(page.get_by_label("Your name in the file")).to_have_value("Coach")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # The browser logs the page's own 422; nothing else may fail.
    assert [e for e in visit.errors if "status of 422" not in e] == []
    assert visit.elsewhere() == []


def test_a_refused_upload_says_nothing_was_stored_on_a_line_above_the_fields(
    visit: Visit, store: Store, coach: Coach, clock: FixedClock, tmp_path: Path
) -> None:
    # On a desktop window with a short session's name, the notice once sat beside the
    # Session field, on its row, as if it were that field's label.
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    file = tmp_path / "empty.txt"
    file.write_bytes(b"")
    page = visit.page
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{visit.base}/clients/{held.client_id}/transcripts")
    page.get_by_label("Session", exact=True).select_option(str(held.id))
    page.get_by_label("File", exact=True).set_input_files(str(file))
    page.get_by_role("button", name="Attach and analyse").click()

    page.wait_for_url(f"{visit.base}/transcripts?client_id={held.client_id}")
    notice = page.locator("#attach-nothing-stored")
    assert notice.inner_text() == "Not attached: nothing was stored."
    form = _box(page.locator("form.attach"))
    session = _box(page.locator("form.attach .field").first)
    assert _box(notice)["bottom"] <= session["top"]  # above the fields, not beside them
    assert _box(notice)["width"] > 0.9 * form["width"]
    assert not has_transcript(store, coach, held)


def test_a_file_over_the_size_limit_is_refused_beside_the_file_on_the_clients_page(
    visit: Visit, store: Store, coach: Coach, held: list[SessionView], tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    # A real file over the largest form: the server answers before reading its body,
    # while Chromium is still sending it, and Chromium must show that answer.
    file = tmp_path / "all-sessions.txt"
    file.write_bytes(REPORTING * (MAX_FORM_BYTES // len(REPORTING) + 1))
    before = [has_transcript(store, coach, s) for s in held]
    page = visit.page
    page.goto(f"{visit.base}/clients/{held[0].client_id}/transcripts")
    page.get_by_label("Session", exact=True).select_option(str(held[0].id))
    page.get_by_label("File", exact=True).set_input_files(str(file))
    page.on("dialog", lambda dialog: dialog.accept())  # yes, replace its transcript
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Attach and analyse").click()

    response = navigation.value
    assert response is not None and response.status == 413
    assert page.url == f"{visit.base}/transcripts?client_id={held[0].client_id}"
    expect(page.get_by_role("heading", level=1)).to_have_text("Transcripts of Robin")
    chosen_file = page.get_by_label("File", exact=True)
    expect(chosen_file).to_be_focused()
    expect(chosen_file).to_have_attribute("aria-invalid", "true")
    expect(chosen_file).to_have_accessible_description(
        re.compile(
            r"^File: too large \(5\.1 MB; the limit is 5 MB, about fifty hours of "
            r"talk\); choose a smaller file, or split the transcript into one file per session$"
        )
    )
    expect(page.get_by_role("alert")).to_have_count(1)
    expect(page.get_by_text("Choose the session again")).to_be_visible()
    assert [has_transcript(store, coach, s) for s in held] == before
    # The browser logs the page's own 413; nothing else may fail.
    assert [e for e in visit.errors if "status of 413" not in e] == []
    assert visit.elsewhere() == []


def _box(locator: Locator) -> dict[str, float]:
    """Where the element is on the screen, in CSS pixels."""
    return locator.evaluate(  # type: ignore[no-any-return]
        "e => { const r = e.getBoundingClientRect();"
        " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width} }"
    )


def test_on_a_phone_what_was_said_takes_the_transcripts_width_below_who_said_it(
    visit: Visit, held: list[SessionView]
) -> None:
    page = visit.page
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{visit.base}/sessions/{held[0].id}/transcript")

    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    box = page.get_by_role("region", name="Coded transcript")
    assert box.evaluate("e => e.scrollWidth <= e.clientWidth")  # nothing to scroll to
    line = page.locator("table.transcript tr[id]").nth(1)
    said, speaker = _box(line.locator("td.said")), _box(line.locator("td").first)
    assert said["width"] > 0.9 * _box(box)["width"]
    assert said["top"] >= speaker["bottom"] - 1  # on a row of its own
    assert line.locator("td.said").inner_text() == "We met on Monday and it ran two hours over."
    assert visit.errors == []


def test_on_a_wide_screen_what_was_said_stays_in_its_column(
    visit: Visit, held: list[SessionView]
) -> None:
    page = visit.page
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{visit.base}/sessions/{held[0].id}/transcript")

    assert page.locator("table.transcript thead th").nth(2).is_visible()  # "Said"
    line = page.locator("table.transcript tr[id]").nth(1)
    said, code = _box(line.locator("td.said")), _box(line.locator("td.code"))
    assert said["top"] == code["top"]  # one row: time, speaker, code, said side by side
    assert said["left"] >= code["right"] - 1


def test_on_a_phone_a_long_name_wraps_in_the_headings_and_the_page_never_scrolls_sideways(
    visit: Visit, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # A surname of twenty letters, one word, wider than a phone's heading.
    priya = make_client(store, coach, preferred_name="Priya Vijayaraghavachariar")
    session = make_session(
        store, coach, make_engagement(store, coach, priya), at=clock() - timedelta(days=1),
        status="held",
    )  # fmt: skip
    said = REPORTING.replace(b"Robin", b"Priya Vijayaraghavachariar")
    attach_text(store, coach, session, said * 5)
    page = visit.page
    page.set_viewport_size({"width": 375, "height": 800})

    for path in (
        f"/clients/{priya.id}/transcripts",
        f"/sessions/{session.id}/transcript",
        f"/transcripts?client_id={priya.id}",
    ):
        page.goto(visit.base + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
        heading = _box(page.locator("h1"))
        assert heading["right"] <= 375, path
        assert "Vijayaraghavachariar" in page.locator("h1").inner_text(), path
    assert visit.errors == []
