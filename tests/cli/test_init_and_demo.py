"""`coachconn init` and `coachconn demo`: the first two commands a coach runs."""

from __future__ import annotations

import json
import stat

import pytest
from tests.cli.conftest import RunCli

from coachconn.config import Settings


def test_init_demo_then_list_gives_twelve_clients_in_all_three_phases(run_cli: RunCli) -> None:
    assert run_cli("init").code == 0
    assert run_cli("demo").code == 0
    listed = run_cli("clients", "list", "--format", "json")

    assert listed.code == 0
    clients = json.loads(listed.out)
    assert len(clients) == 12
    assert all(client["phase"] in {"initial", "deepening", "mature"} for client in clients)
    assert {client["phase"] for client in clients} == {"initial", "deepening", "mature"}


def test_the_demo_has_a_resistant_a_cross_cultural_and_an_executive_client(
    initialised: RunCli,
) -> None:
    initialised("demo")
    clients = json.loads(initialised("clients", "list", "--format", "json").out)

    flags = {flag for client in clients for flag in client["flags"]}
    assert flags == {"resistant", "cross_cultural", "executive"}


def test_init_says_what_it_did(run_cli: RunCli, settings: Settings) -> None:
    ran = run_cli("init")

    assert ran.code == 0
    assert str(settings.data_dir) in ran.out
    assert "master key" in ran.out


def test_init_is_quiet_when_asked_and_safe_to_repeat(run_cli: RunCli, settings: Settings) -> None:
    assert run_cli("init", "--quiet") == run_cli("init", "--quiet")
    assert run_cli("init", "--quiet").out == ""
    if not settings.secret_key:
        mode = stat.S_IMODE(settings.key_file.stat().st_mode)
        assert mode == 0o600


def test_init_names_the_coach_of_a_new_practice(run_cli: RunCli) -> None:
    ran = run_cli("init", "--name", "Robin Ashdown")

    assert "Robin Ashdown" in ran.out


def test_demo_if_empty_leaves_a_practice_with_clients_alone(initialised: RunCli) -> None:
    initialised("clients", "add", "--name", "Noor")

    ran = initialised("demo", "--if-empty")

    assert ran.code == 0
    assert "nothing loaded" in ran.out
    assert len(json.loads(initialised("clients", "list", "--format", "json").out)) == 1


def test_demo_names_the_coach_as_its_agreements_do(run_cli: RunCli) -> None:
    run_cli("init", "--quiet")

    run_cli("demo")

    assert "coach: Robin Ashdown (existing)" in run_cli("init").out


def test_demo_says_it_renamed_the_coach_and_how_to_change_it_back(run_cli: RunCli) -> None:
    run_cli("init", "--quiet", "--name", "Sam Whitfield")

    out = run_cli("demo").out

    assert "you are now named Robin Ashdown" in out
    assert "`coachconn coach set --name 'Sam Whitfield'` changes it back" in out


def test_demo_leaves_the_coachs_name_alone_when_it_loads_nothing(run_cli: RunCli) -> None:
    run_cli("init", "--quiet", "--name", "Ana Ruiz")
    run_cli("clients", "add", "--name", "Noor")

    run_cli("demo", "--if-empty")

    assert "coach: Ana Ruiz (existing)" in run_cli("init").out


def test_demo_refuses_to_load_twice(initialised: RunCli) -> None:
    initialised("demo")

    ran = initialised("demo")

    assert ran.code != 0
    assert ran.err.startswith("error: ") and ran.err.count("\n") == 1
    assert len(json.loads(initialised("clients", "list", "--format", "json").out)) == 12


def test_demo_initialises_a_fresh_data_folder_itself(run_cli: RunCli) -> None:
    assert run_cli("demo", "--if-empty").code == 0
    assert len(json.loads(run_cli("clients", "list", "--format", "json").out)) == 12


def test_demo_in_a_fresh_folder_puts_the_coach_in_this_machines_timezone_as_init_does(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "America/Los_Angeles")

    assert run_cli("demo").code == 0

    shown = json.loads(run_cli("coach", "show", "--format", "json").out)
    assert shown["timezone"] == "America/Los_Angeles"


def test_commands_before_init_say_to_run_init(run_cli: RunCli) -> None:
    ran = run_cli("clients", "list")

    assert ran.code != 0
    assert "coachconn init" in ran.err
    assert ran.err.count("\n") == 1
    assert "Traceback" not in ran.err


def test_init_on_an_existing_practice_says_a_new_name_was_not_applied(run_cli: RunCli) -> None:
    run_cli("init", "--quiet", "--name", "Robin Ashdown", "--timezone", "Europe/Berlin")

    ran = run_cli("init", "--name", "Zed Okafor", "--timezone", "Europe/Berlin")

    assert ran.code == 0
    assert "coach: Robin Ashdown (existing)" in ran.out
    assert ran.err == (
        "note: --name 'Zed Okafor' was not applied: this practice already has its coach "
        "(Robin Ashdown, times in Europe/Berlin); to change it, run "
        "`coachconn coach set --name 'Zed Okafor'`\n"
    )
    shown = json.loads(run_cli("coach", "show", "--format", "json").out)
    assert shown["name"] == "Robin Ashdown"


def test_init_on_an_existing_practice_names_a_timezone_not_applied_even_when_quiet(
    run_cli: RunCli,
) -> None:
    run_cli("init", "--quiet", "--timezone", "Europe/Berlin")

    ran = run_cli("init", "--quiet", "--timezone", "Asia/Tokyo")

    assert ran.code == 0 and ran.out == ""
    assert ran.err.startswith("note: --timezone Asia/Tokyo was not applied")
    assert "`coachconn coach set --timezone Asia/Tokyo`" in ran.err


def test_init_again_with_the_same_name_says_nothing_more(run_cli: RunCli) -> None:
    run_cli("init", "--quiet", "--name", "Robin Ashdown")

    assert run_cli("init", "--quiet", "--name", "Robin Ashdown").err == ""


def test_init_refuses_a_blank_name_even_for_an_existing_practice(run_cli: RunCli) -> None:
    run_cli("init", "--quiet")

    ran = run_cli("init", "--name", "   ")

    assert ran.code == 2
    assert ran.err == "error: --name: must not be empty\n"


def test_demo_in_a_fresh_folder_says_what_init_would_and_has_no_name_to_change_back_to(
    run_cli: RunCli, settings: Settings
) -> None:
    out = run_cli("demo").out

    assert f"master key: {settings.key_file} (created)" in out  # the thing to back up
    assert "you are now named Robin Ashdown" in out
    assert '`coachconn coach set --name "Your Name"` gives it yours' in out
    assert "--name Coach" not in out


def test_demo_on_an_existing_practice_does_not_repeat_inits_lines(initialised: RunCli) -> None:
    out = initialised("demo").out

    assert "master key:" not in out and out.startswith("demo: loaded 12 clients")


def test_demo_after_an_init_without_a_name_has_no_name_to_change_back_to(
    initialised: RunCli,
) -> None:
    # `make run` runs `init --quiet`, then `demo --if-empty`: the coach's name is a placeholder.
    out = initialised("demo").out

    assert '`coachconn coach set --name "Your Name"` gives it yours' in out
    assert "--name Coach" not in out


def test_the_demo_clients_transcript_trend_rates_the_coachs_questions_and_reflections(
    initialised: RunCli,
) -> None:
    # The demo's transcripts are whole sessions: each has the ten questions and ten
    # reflections the trend needs to rate them, so its table shows no "n/a" for them.
    initialised("demo")
    clients = json.loads(initialised("clients", "list", "--format", "json").out)
    jonah = str(next(c["id"] for c in clients if c["preferred_name"] == "Jonah Levi"))

    trend = json.loads(initialised("transcripts", "trend", jonah, "--format", "json").out)
    text = initialised("transcripts", "trend", jonah).out

    assert len(trend["sessions"]) == 4
    for session in trend["sessions"]:
        assert session["figures"]["pct_open_questions"] is not None, session["unmeasured"]
        assert session["figures"]["pct_complex_reflections"] is not None, session["unmeasured"]
    ids = {str(session["session_id"]) for session in trend["sessions"]}
    rows = [line for line in text.splitlines() if line.split(" ", 1)[0] in ids]
    assert len(rows) == 4 and not any("n/a" in row for row in rows)
    complex_r = next(s for s in trend["series"] if s["key"] == "pct_complex_reflections")
    assert complex_r["direction"] == "rising"
