"""The transcript pages: every transcript, one client's across sessions, and one
session's coded transcript; scoped to the signed-in coach, client text escaped. Runs on
SQLite and, with COACHCONN_TEST_DATABASE_URL, on PostgreSQL."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from tests.factories import LONG, SHORT, attach_text, make_client, make_engagement, make_session

from coachconn.analysis.session import analyze_transcript
from coachconn.analysis.types import CodedUtterance, Transcript
from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.core.sessions import SessionView
from coachconn.services.coaches import update_coach
from coachconn.storage.store import Store
from coachconn.web.routes.transcript_pages import _row_links

pytestmark = pytest.mark.db


def _text(page: str) -> str:
    """The page's words, without tags, spaces collapsed; a place a word may wrap
    (``<wbr>``) is no space."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.replace("<wbr>", ""))).split())


# An n/a that leads to the first reason under its table, "no end times", which a screen
# reader hears in the cell.
NO_END_TIMES = (
    '<a class="why" href="#why-1">n/a<sup aria-hidden="true">1</sup>'
    '<span class="visually-hidden"> (no end times)</span></a>'
)


def _held_with(store: Store, coach: Coach, clock: FixedClock, data: bytes) -> SessionView:
    """Yesterday's held session of a new client, with ``data`` attached."""
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    attach_text(store, coach, held, data)
    return held


def test_a_sessions_page_shows_its_signals_metrics_and_coded_lines(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two
    got = http.get(f"/sessions/{first.id}/transcript")

    assert got.status_code == 200
    page = _text(got.text)
    # Whose session, named by its number and its day, and when exactly.
    assert f"<h1>Robin, session {first.id} on 15 Feb 2026</h1>" in got.text
    assert (
        f"<title>Client {first.client_id}, session {first.id} on 15 Feb 2026 · transcript"
        in got.text
    )
    assert "Sun 15 Feb 2026, 09:00 UTC · held" in page
    assert "Session analysis: plain text, 10 utterances in 10 turns" in page
    assert "Warnings" not in got.text  # the client is among the speakers
    # Nothing the client says reflects or discloses: surface level is seen, with its figure.
    assert (
        "! warning sign: Surface-level conversations without depth seen 0 of 5 client turns" in page
    )
    assert "Talk share (words) coach 23.1%, client 76.9% (coach 15 words, client 50 words)" in page
    assert "Reflecting:reporting 0.00 (0 reflecting, 5 reporting)" in page
    assert "Coach codes open question 5" in page  # in words, as in the code column
    # Five questions and no reflection: too few to place, so the counts, not "0.00".
    assert "Reflection:question 0 reflections to 5 questions (MI reference" in page
    # MI's bands by where they start, with no band's name said of the session.
    assert "(MI reference: the fair band starts at 1.0 (1:1), the good band at 2.0 (2:1);" in page
    assert "here:" not in page and "below fair" not in page
    assert "reference points from motivational interviewing" in page
    assert "not as a verdict on coaching" in page
    said = '<td class="said">We met on Monday and it ran two hours over.</td>'
    assert got.text.count(said) == 5
    assert '<th scope="col">Time</th>' not in got.text  # no times in the file: no column
    assert page.count("open question / exploration") == 6  # the lines, and the legend's
    assert page.count("neutral reporting") == 5
    # Each code named as the page shows it: "open question / exploration" is looked up
    # by its words.
    assert (
        "What the codes mean Your lines: open question or closed question, with the "
        "question's category after it (open question / exploration): exploration, assumption "
        "challenging, future focused, resource accessing" in page
    )


def test_the_evidence_of_a_seen_signal_links_to_its_line(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two
    page = http.get(f"/sessions/{first.id}/transcript").text

    # Surface level is seen, and rests on the client's first line (the second utterance).
    surface = page[page.index("Surface-level conversations") :]
    link = re.search(r'<a class="evidence" href="#(u\d+)">([^<]*)</a>', surface)
    assert link is not None
    assert link[1] == "u1"
    assert html.unescape(link[2]) == 'e.g. Robin: "We met on Monday and it ran two hours over."'
    row = re.search(rf'<tr id="{link[1]}" class="role-client">(.*?)</tr>', page, re.S)
    assert row is not None and "We met on Monday" in row[1]
    assert len(re.findall(r'<tr id="u\d+"', page)) == 10


def test_the_markers_the_coach_ticked_stand_beside_the_transcripts_reading(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(
        store, coach, engagement, at=clock() - timedelta(days=1), status="held",
        markers=["increased_openness", "surface_level_conversation"],
    )  # fmt: skip
    attach_text(store, coach, held, LONG)

    page = _text(http.get(f"/sessions/{held.id}/transcript").text)

    assert "Your markers beside the transcript" in page
    assert "Surface-level conversations without depth you ticked it; the transcript: seen" in page
    assert "over time you ticked it; read across sessions: Robin's transcripts" in page


def test_the_trend_page_follows_the_client_session_by_session(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, second = two
    got = http.get(f"/clients/{first.client_id}/transcripts")

    assert got.status_code == 200
    page = _text(got.text)
    assert page.index(f"session {first.id}") < page.index(f"session {second.id}")
    # Each named by its number and its day; disclose 0% then 100%; client words 77% then 50%.
    assert re.search(
        rf"session {first.id} on 15 Feb 2026 \S+ \S+ \S+ \S+ \S+ 0% -100 pts 0% 100% 77%", page
    )
    # The second session's client neither reflects nor reports: its report can't tell
    # that marker, so it is no +0 pts in the trend, rising from -100.
    cant_tell = (
        "can't tell: fewer than 4 turns that reflect or report and fewer than 3 that reflect"
    )
    assert re.search(
        rf"session {second.id} on 01 Mar 2026 \S+ \S+ \S+ \S+ \S+ 100% n/a \d+ "
        rf"\({cant_tell}\) 0% 0% 50%",
        page,
    )
    assert (
        "Client doing more reflection and less reporting can't tell yet: a trend needs two "
        f"sessions with the figure, and one has it (the others: {cant_tell})"
    ) in page
    assert "+ positive marker: Increased openness and self-disclosure over time seen" in page
    assert "! warning sign: Decreased engagement or participation in sessions seen" in page
    # A figure a session cannot give leads to why, said once: these have no end times.
    assert got.text.count(f'<td class="num">{NO_END_TIMES}</td>') == 2
    assert "Why n/a: no end times" in page
    assert (
        "Comfortable silences and contemplative moments can't tell: no session has the figure "
        "(no end times)"
    ) in page


# The trend table's figure columns, as a coach reads them at a glance.
HEADINGS = [
    "Client disclosing",
    "Client reflecting vs reporting",
    "Client reflecting",
    "Client reporting",
    "Client's words",
    "Brief replies",
    "Silences let stand",
    "Change talk",
    "Open questions",
    "Complex reflections",
]


def test_the_trend_tables_headings_are_in_words_not_abbreviations(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    got = http.get(f"/clients/{two[0].client_id}/transcripts").text
    head = got[got.index("<thead>") : got.index("</thead>")]
    found = re.findall(r'<th scope="col" class="num">(.*?)</th>', head)
    # A long word may break, with a hyphen, only where a narrow column needs it to.
    assert [_text(th).replace("\u00ad", "") for th in found] == HEADINGS
    assert "re\u00adflec\u00adtions" in found[-1]
    # The longer explanation stays: in each heading's title, and in the legend.
    assert '<abbr title="Reflecting minus reporting">' in head
    page = _text(got)
    assert (
        "Client reflecting vs reporting: Client reflecting minus Client reporting, in points"
    ) in page


def test_the_trend_pages_legend_says_where_the_page_itself_tells_why_a_figure_is_missing(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    got = http.get(f"/clients/{two[0].client_id}/transcripts")

    page = _text(got.text)
    assert "JSON" not in page  # the command line's word: the page shows no JSON
    assert (
        "and the figures that rest on codes need English; the note its number leads to says which)"
    ) in page
    assert f'<td class="num">{NO_END_TIMES}</td>' in got.text  # where it says why
    assert '<li id="why-1">no end times</li>' in got.text


def test_the_list_links_each_transcript_and_keeps_to_the_client_asked_for(
    http: TestClient, store: Store, coach: Coach, two: tuple[SessionView, SessionView],
    clock: FixedClock,
) -> None:  # fmt: skip
    first, second = two
    sam = make_engagement(store, coach, make_client(store, coach, preferred_name="Sam"))
    held = make_session(store, coach, sam, at=clock() - timedelta(days=3), status="held")
    attach_text(store, coach, held, SHORT.replace(b"Robin", b"Sam"))  # Sam speaks

    everyone = http.get("/transcripts").text
    assert "<h1>Transcripts</h1>" in everyone
    linked = re.findall(r'href="/sessions/(\d+)/transcript"', everyone)
    assert linked == [str(first.id), str(held.id), str(second.id)]  # in session order

    sams = http.get("/transcripts", params={"client_id": held.client_id}).text
    assert re.findall(r'href="/sessions/(\d+)/transcript"', sams) == [str(held.id)]
    assert "<h1>Transcripts of Sam</h1>" in sams


def test_a_list_with_no_transcript_yet_leads_to_the_form_that_attaches_one(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach, make_client(store, coach, preferred_name="Sam"))
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")

    sams = http.get("/transcripts", params={"client_id": held.client_id}).text
    everyone = http.get("/transcripts").text

    def words(page: str) -> str:  # a link's words run on into the sentence around it
        return " ".join(html.unescape(re.sub(r"<[^>]+>", "", page)).split())

    assert "No transcripts yet for Sam. Attach one from Sam's page, or with" in words(sams)
    assert f'<a href="/clients/{held.client_id}/transcripts#attach">Sam\'s page</a>' in sams
    assert (
        "No transcripts yet. Attach one from a client's page, which the client list links "
        "to, or with coachconn transcripts attach SESSION_ID FILE."
    ) in words(everyone)
    assert '<a href="/">client list</a>' in everyone


def test_the_client_list_leads_to_each_clients_transcripts(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two
    page = http.get("/").text

    assert f'href="/clients/{first.client_id}/transcripts"' in page
    assert http.get(f"/clients/{first.client_id}/transcripts").status_code == 200


def test_what_a_client_said_is_shown_as_text_never_as_markup(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    said = b"Coach: What happened next?\nClient: I typed <script>alert('x')</script> at work.\n"
    held = _held_with(store, coach, clock, said * 5)

    page = http.get(f"/sessions/{held.id}/transcript").text

    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page


def test_another_coachs_transcripts_are_pages_that_are_not_found(
    http: TestClient, others_session: SessionView
) -> None:
    held = others_session  # the signed-in coach is the install's default

    for path, kind, ident in (
        (f"/sessions/{held.id}/transcript", "session", held.id),
        (f"/clients/{held.client_id}/transcripts", "client", held.client_id),
        (f"/transcripts?client_id={held.client_id}", "client", held.client_id),
    ):
        got = http.get(path)
        assert got.status_code == 404, path
        page = _text(got.text)
        assert f"{kind} {ident} not found" in page
        assert "Monday" not in page and "Robin" not in page
    listed = _text(http.get("/transcripts").text)
    assert "No transcripts yet" in listed
    assert "Monday" not in listed and "Robin" not in listed


def test_a_bad_or_missing_address_is_a_page_that_says_what_is_wrong(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")

    none_yet = http.get(f"/sessions/{held.id}/transcript")
    assert none_yet.status_code == 404
    assert f"transcript of session {held.id} not found; the session has none attached yet" in (
        _text(none_yet.text)
    )
    bad = http.get("/clients/abc/transcripts")
    assert bad.status_code == 422
    assert "The client number in the address: expected a whole number, got 'abc'" in _text(bad.text)
    assert "Traceback" not in bad.text
    assert http.get(f"/sessions/{10**30}/transcript").status_code == 404
    empty = _text(http.get(f"/clients/{held.client_id}/transcripts").text)
    assert "has no session with a transcript yet" in empty


def test_a_client_with_no_session_that_took_place_is_offered_no_form(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    ahead = make_session(store, coach, engagement, at=clock() + timedelta(days=3))

    page = http.get(f"/clients/{ahead.client_id}/transcripts").text
    assert 'class="attach"' not in page
    assert "Once a session has taken place, attach one here or with" in _text(page)
    assert "Attach one below" not in _text(page)  # there is nothing below to attach with
    make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    page = http.get(f"/clients/{ahead.client_id}/transcripts").text
    assert 'class="attach"' in page
    assert "Attach one below, or with" in _text(page)


def test_times_are_shown_in_the_coachs_timezone(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    update_coach(store.unit_of_work(), coach.id, timezone="America/Los_Angeles")
    engagement = make_engagement(store, coach)
    # 03:30 UTC on 2 March is still 1 March in Los Angeles.
    at = clock().replace(hour=3, minute=30) - timedelta(days=1)
    held = make_session(store, coach, engagement, at=at, status="held")
    attach_text(store, coach, held, LONG)

    page = _text(http.get(f"/sessions/{held.id}/transcript").text)
    named = f"session {held.id} on 28 Feb 2026"  # the coach's day, not UTC's
    assert f"Robin, {named}" in page
    assert "Sat 28 Feb 2026, 19:30 PST" in page
    listed = _text(http.get("/transcripts").text)
    assert f"{named} Robin Sat 28 Feb 2026, 19:30 PST" in listed
    trend = _text(http.get(f"/clients/{held.client_id}/transcripts").text)
    assert f"{named} 28 Feb 2026 19:30 PST" in trend  # the zone too, as every page shows it


def test_the_pages_answer_head_as_well_as_get(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two
    for path in (
        f"/sessions/{first.id}/transcript",
        "/transcripts",
        f"/clients/{first.client_id}/transcripts",
    ):
        assert http.head(path).status_code == 200, path


def test_a_sparkline_runs_oldest_to_newest_with_the_highest_value_on_top() -> None:
    from coachconn.web.routes.transcript_pages import sparkline

    # A 64 x 20 box with 3 of padding: x from 3 to 61, y from 17 (lowest) to 3 (highest).
    assert sparkline((10.0, 30.0, 20.0)) == "3.0,17.0 32.0,3.0 61.0,10.0"
    # A session without the figure keeps its place on the x axis and is skipped.
    assert sparkline((10.0, None, 20.0)) == "3.0,17.0 61.0,3.0"
    assert sparkline((5.0, 5.0)) == "3.0,10.0 61.0,10.0"  # flat: in the middle
    assert sparkline((5.0, None)) is None
    # A box at least 20 points high: 22% to 20% moves a fifth of it, 10% to 30% all of it.
    assert sparkline((22.0, 20.0), least_span=20.0) == "3.0,9.3 61.0,10.7"
    assert sparkline((10.0, 30.0), least_span=20.0) == sparkline((10.0, 30.0))


def test_the_trend_page_draws_each_figure_across_sessions(
    http: TestClient, two: tuple[SessionView, SessionView]
) -> None:
    first, _ = two
    page = http.get(f"/clients/{first.client_id}/transcripts").text
    lines = re.findall(r'aria-label="([^"]+) across sessions"><polyline points="([^"]+)"', page)
    drawn = {html.unescape(label): points for label, points in lines}
    # Disclosure went from 0% to 100%: from the bottom left to the top right.
    assert drawn["Client turns that disclose"] == "3.0,17.0 61.0,3.0"
    # The client's share of the words fell from 76.9% to 50%.
    assert drawn["Client's share of the words"] == "3.0,3.0 61.0,17.0"


def test_figures_resting_on_a_side_that_is_not_english_read_not_available(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    answer = b"Robin: Tengo miedo de perder mi trabajo si no termino el proyecto a tiempo.\n"
    held = _held_with(store, coach, clock, b"Coach: What happened next?\n" + answer * 5)

    page = _text(http.get(f"/sessions/{held.id}/transcript").text)
    why = "(the client's lines do not seem to be in English)"
    assert f"Disclosure n/a {why}" in page
    assert f"Client's key terms n/a {why}" in page
    assert "Open questions 100.0% of questions" in page  # the coach's English question


def test_lines_on_a_side_that_is_not_english_read_not_coded(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # The client's lines, coded neutral, say "scared" (a disclosure to the coder used
    # here): neither their code nor the flag is shown, as the text report shows neither.
    answer = b"Robin: Tengo miedo (scared) de perder mi trabajo si no termino el proyecto.\n"
    held = _held_with(store, coach, clock, (b"Coach: What happened next?\n" + answer) * 5)

    page = http.get(f"/sessions/{held.id}/transcript").text
    assert page.count('<td class="code">not coded: not English</td>') == 5
    assert page.count('<td class="code">open question / exploration</td>') == 5
    assert '<span class="flag">' not in page


def test_the_list_gives_the_clients_share_of_the_words_whenever_there_are_words(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # Two client turns, too few for the figures of their codes: the words still
    # count, 2 of 8 (the coach's 2 x 3).
    _held_with(store, coach, clock, b"Coach: How was it?\nRobin: Fine.\n" * 2)

    page = http.get("/transcripts").text
    assert '<td class="num" data-label="Client\'s words">25%</td>' in page


def test_a_figure_the_list_cannot_give_says_why(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    _held_with(store, coach, clock, "Coach: ...\nRobin: —\n".encode())

    page = http.get("/transcripts").text
    said = '<td class="num" data-label="Client\'s words"><a class="why" href="#why-1">n/a'
    assert said in page
    assert '<li id="why-1">no words</li>' in page


def test_the_coded_transcript_marks_a_break_where_it_fell(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    data = b"[00:00] Coach: How was it?\n[00:05] Robin: Good.\n[01:00:05] Coach: Welcome back.\n"
    held = _held_with(store, coach, clock, data)

    page = http.get(f"/sessions/{held.id}/transcript").text
    assert (
        '<tr class="silence"><td colspan="4">a break of 1 h 0 min: nobody speaks</td></tr>' in page
    )


def test_a_third_speaker_is_marked_other_as_the_command_line_marks_them(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # Robin is the session's client; Cleo is neither the coach nor the client.
    data = b"Coach: How was the week?\nRobin: Long.\nCleo: He worked late every night.\n"
    held = _held_with(store, coach, clock, data)

    page = http.get(f"/sessions/{held.id}/transcript").text
    assert '<tr id="u2" class="role-other">' in page
    assert '<td>Cleo <span class="role">(other)</span></td>' in page
    assert "<td>Robin</td>" in page  # the client and the coach need no such mark
    assert "<td>Coach</td>" in page


def test_stacked_questions_are_named_by_their_time_or_first_words(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # No turn numbers: the page's transcript shows none. Each coach line is a question.
    asked = b"Coach: So what happened on Monday? And who was there?\nRobin: Nobody.\n"
    untimed = _held_with(store, coach, clock, asked)
    page = _text(http.get(f"/sessions/{untimed.id}/transcript").text)
    assert 'Stacked questions 1 turn ("So what happened on Monday?…")' in page

    stamped = _held_with(store, coach, clock, b"[01:05] " + asked.replace(b"\nR", b"\n[01:20] R"))
    page = _text(http.get(f"/sessions/{stamped.id}/transcript").text)
    assert "Stacked questions 1 turn (at 01:05)" in page


def test_the_stacked_questions_and_the_longest_monologue_link_to_their_lines(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # Lines: 0 the coach's greeting, 1 Robin, 2 and 3 the coach's two questions (one
    # turn, the 3rd), 4 Robin, 5 the coach's longest turn (the 5th), 6 Robin.
    data = (
        b"[00:01] Coach: Hello.\n[00:03] Robin: Hi.\n"
        b"[00:05] Coach: What happened? Who was there?\n[00:09] Robin: Nobody.\n"
        b"[00:12] Coach: That sounds like a lonely week, with everyone away at once.\n"
        b"[00:20] Robin: It was.\n"
    )
    held = _held_with(store, coach, clock, data)
    page = http.get(f"/sessions/{held.id}/transcript").text
    stacked = re.search(r"<th scope=\"row\">Stacked questions</th>.*?</tr>", page, re.S)
    assert stacked is not None
    assert 'in the transcript: <a href="#u2">at 00:05</a>' in stacked[0]
    longest = re.search(r"<th scope=\"row\">Longest coach monologue</th>.*?</tr>", page, re.S)
    assert longest is not None
    assert 'in the transcript: <a href="#u5">at 00:12</a>' in longest[0]  # as the lines show it
    assert '<tr id="u5" class="role-coach">' in page
    # a row that names no turn has no link
    silences = re.search(r"<th scope=\"row\">Silences \(3 s or more\)</th>.*?</tr>", page, re.S)
    assert silences is not None and "<a " not in silences[0]


def test_a_metric_named_by_two_words_and_a_colon_may_wrap_after_the_colon(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # On a phone "Reflection:question" would otherwise break inside a word.
    held = _held_with(store, coach, clock, b"Coach: How was the week?\nRobin: Long.\n")
    page = http.get(f"/sessions/{held.id}/transcript").text
    assert '<th scope="row">Reflection:<wbr>question</th>' in page
    assert '<th scope="row">Reflecting:<wbr>reporting</th>' in page
    assert '<th scope="row">Talk share (words)</th>' in page


def test_a_key_term_names_the_other_forms_its_count_takes_in(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # "running" twice, "runs" and "run" once: one term of 4, not "running ×4".
    data = (
        b"Coach: How was the week?\nRobin: Running, always running.\nCoach: Mm.\n"
        b"Robin: She runs the team, and I run the rest.\n"
    )
    held = _held_with(store, coach, clock, data)
    page = _text(http.get(f"/sessions/{held.id}/transcript").text)
    assert "Client's key terms running (and runs, run) ×4, team ×1, rest ×1" in page


def test_each_figure_on_a_sessions_page_says_what_it_means(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # "Reflection:question 0.43" means nothing to a coach who has not read the README:
    # each row the metrics show is explained, in the order shown, under "What the figures
    # mean".
    held = _held_with(store, coach, clock, b"Coach: How was the week?\nRobin: Long.\n")
    page = http.get(f"/sessions/{held.id}/transcript").text
    rows = [
        html.unescape(label.replace("<wbr>", ""))
        for label in re.findall(r'<th scope="row">(.*?)</th>', page)
    ]
    meant = [
        (html.unescape(label), html.unescape(meaning).strip())
        for label, meaning in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", page)
    ]
    assert "What the figures mean" in page
    assert len(rows) > 10 and [label for label, _ in meant] == rows
    assert all(meaning for _, meaning in meant)
    assert dict(meant)["Reflection:question"].startswith("Reflections you gave for each")


def test_a_code_the_model_was_unsure_of_is_marked_on_its_line(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    data = b"Coach: What happened?\nRobin: We met on Monday.\nCoach: And then?\nRobin: maybe.\n"
    held = _held_with(store, coach, clock, data)
    page = http.get(f"/sessions/{held.id}/transcript").text
    rows = re.findall(r'<tr id="u\d+" class="role-client">.*?</tr>', page, re.S)
    assert len(rows) == 2
    assert "unsure" not in rows[0]  # decided by a rule: nothing to doubt
    assert '<span class="flag unsure"' in rows[1]  # the model's 0.5
    # Its tooltip says what the probability is of, in the legend's words: the line's
    # kind (for the client, the talk type), not the flags shown before it.
    assert (
        'title="The model gave this line&#39;s kind less than 60% probability: on the '
        "coach&#39;s lines, whether it is a question"
    ) in rows[1]
    assert "the talk type (not the flags after it)" in rows[1]


class _OpensOnAStatement:
    """Codes a coach line that asks as an open question, any other as structuring."""

    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        return [
            CodedUtterance(u, "open_question" if u.text.endswith("?") else "structuring")
            if u.role == "coach"
            else CodedUtterance(u, "neutral")
            for u in transcript.utterances
        ]


def test_a_stacked_turn_links_to_its_first_question_not_its_opening_line() -> None:
    # Lines: 0 Robin; 1 the coach's "Love it. We've got a few minutes." (08:36); 2 and 3
    # the two questions of that turn (08:48). The row names and links line 2.
    data = (
        b"[08:30] Robin: A phone call, not a resignation letter.\n"
        b"[08:36] Coach: Love it. We've got a few minutes.\n"
        b"[08:48] Coach: How was today for you? Was there anything I did that didn't help?\n"
    )
    analysis = analyze_transcript(data, _OpensOnAStatement(), coach="Coach")
    assert [c.code for c in analysis.coded] == [
        "neutral", "structuring", "open_question", "open_question"
    ]  # fmt: skip
    assert _row_links(analysis)["Stacked questions"] == [("at 08:48", 2)]


def test_the_page_shows_the_pauses_in_the_words_and_beside_the_silences(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    # Robin's "[pause]" is kept where it fell, and counted beside the silences, which
    # need end times this file does not have.
    data = b"[00:01] Coach: Whose idea was that?\n[00:05] Robin: [pause] Mine.\n"
    held = _held_with(store, coach, clock, data)
    got = http.get(f"/sessions/{held.id}/transcript").text
    assert '<td class="said">[pause] Mine.</td>' in got
    page = _text(got)
    assert (
        "Silences (3 s or more) n/a (no end times) (1 pause marked in the transcript "
        "([pause]: no length))" in page
    )


def _timed_exchanges(n: int) -> bytes:
    """``n`` exchanges with start and end times: every marker has its figure."""
    cues = ["WEBVTT", ""]
    for k in range(n):
        at = 10 * k
        cues += [
            f"00:00:{at:02d}.000 --> 00:00:{at + 3:02d}.000",
            "Coach: What happened next?",
            "",
            f"00:00:{at + 4:02d}.000 --> 00:00:{at + 8:02d}.000",
            "Robin: We met on Monday and it ran over.",
            "",
        ]
    return "\n".join(cues).encode()


def test_one_session_says_once_that_every_trend_needs_two(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    attach_text(store, coach, held, _timed_exchanges(5))
    page = _text(http.get(f"/clients/{held.client_id}/transcripts").text)
    reading = "can't tell yet: a trend needs two sessions with the figure, and one has it"
    assert f"Every marker: {reading}" in page
    assert page.count(reading) == 1


def test_the_trend_page_says_how_few_sessions_each_reading_rests_on(
    http: TestClient, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    first, middle, last = (
        make_session(store, coach, engagement, at=clock() - timedelta(days=d), status="held")
        for d in (15, 8, 1)
    )
    attach_text(store, coach, first, LONG)  # no disclosure
    attach_text(store, coach, last, SHORT)  # every client line discloses
    trend = f"/clients/{first.client_id}/transcripts"
    page = _text(http.get(trend).text)
    # Two sessions: one against one, not "earlier sessions" against "later" ones.
    assert "Read from 2 sessions with a transcript" in page
    assert (
        "+ positive marker: Increased openness and self-disclosure over time seen (client turns "
        "that disclose: earlier session 0%, later session 100%, rising)" in page
    )
    assert "earlier sessions" not in page
    # A third between them, reporting as the first does, sits in neither half.
    attach_text(store, coach, middle, LONG.replace(b"next", b"then"))
    page = _text(http.get(trend).text)
    assert "Read from 3 sessions with a transcript" in page
    assert (
        "(client turns that disclose: earlier session 0%, later session 100%, rising; the middle "
        "session is in neither half; latest session with the figure 100% against 0% before "
        "it, rising)" in page
    )
    # Removing a transcript takes it out of the count and the readings.
    removed = http.post(f"/sessions/{last.id}/transcript/remove", follow_redirects=True)
    page = _text(removed.text)
    assert "Read from 2 sessions with a transcript" in page
    assert "client turns that disclose: earlier session 0%, later session 0%, steady)" in page
