"""`coachconn serve` prints the address that signs a browser in, and keeps to this
machine: beyond it, plain HTTP would carry the sign-in token in the clear. No server is
started: uvicorn's ``run`` is replaced by one that records what it was asked, and the
app it was given, which a test client can then sign in to."""

from __future__ import annotations

import logging
import os
import re
import socket
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient
from tests.cli.conftest import RunCli

from coachconn.cli import setup
from coachconn.config import Settings

SIGN_IN = re.compile(r"to sign in, open: (http://127\.0\.0\.1:8123)(/sign-in\?token=([\w-]+))\n")


@pytest.fixture(autouse=True)
def _logging_put_back() -> Iterator[None]:
    """`serve` tells this process's logging where the web app's errors go: undone after."""
    app_log, server_log = logging.getLogger("coachconn"), logging.getLogger("uvicorn.error")
    handlers, filters = list(app_log.handlers), list(server_log.filters)
    yield
    app_log.handlers[:], server_log.filters[:] = handlers, filters


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def run(app: object, **options: Any) -> None:
        calls.append({**options, "app": app})

    monkeypatch.setattr(uvicorn, "run", run)
    monkeypatch.delenv("COACHCONN_HOST", raising=False)
    return calls


@pytest.fixture
def on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """As run from a terminal, where the sign-in address is printed whole: a test runner's
    output is not one."""
    monkeypatch.setattr(setup, "_is_terminal", lambda stream: True)


def test_it_serves_on_loopback_by_default(
    initialised: RunCli, served: list[dict[str, Any]]
) -> None:
    ran = initialised("serve", "--port", "8123")

    assert ran.code == 0, ran.err
    assert [(call["host"], call["port"], call["log_level"]) for call in served] == [
        ("127.0.0.1", 8123, "info")
    ]
    assert ran.err == ""


def test_it_believes_a_proxys_forwarded_headers_from_this_machine_only_by_default(
    initialised: RunCli, served: list[dict[str, Any]]
) -> None:
    assert initialised("serve", "--port", "8123").code == 0

    assert [(call["proxy_headers"], call["forwarded_allow_ips"]) for call in served] == [
        (True, "127.0.0.1,::1")
    ]


def test_the_proxies_it_believes_are_a_setting(
    initialised: RunCli, served: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACHCONN_FORWARDED_ALLOW_IPS", "10.0.0.5, 172.17.0.0/16")

    assert initialised("serve", "--port", "8123").code == 0

    assert served[0]["forwarded_allow_ips"] == "10.0.0.5,172.17.0.0/16"


@pytest.mark.usefixtures("on_a_terminal")
def test_it_prints_the_sign_in_address_once_and_it_signs_a_browser_in(
    initialised: RunCli, served: list[dict[str, Any]], settings: Settings
) -> None:
    ran = initialised("serve", "--port", "8123")

    assert ran.code == 0, ran.err
    assert ran.out.startswith("serving on http://127.0.0.1:8123\n")
    found = SIGN_IN.findall(ran.out)
    assert len(found) == 1, ran.out
    _, address, token = found[0]
    assert token == settings.access_token_file.read_text(encoding="ascii").strip()
    assert stat.S_IMODE(settings.access_token_file.stat().st_mode) == 0o600
    with TestClient(served[0]["app"], base_url="http://127.0.0.1:8123") as browser:
        assert browser.get("/").status_code == 401
        assert browser.get(address).status_code == 200
        assert browser.get("/").status_code == 200


@pytest.mark.usefixtures("on_a_terminal")
@pytest.mark.parametrize(
    ("asked", "logged"),
    [
        ("/sign-in?token={token}", "/sign-in?[hidden]"),
        # The route reads the name decoded: this signs in as well.
        ("/sign-in?%74oken={token}", "/sign-in?[hidden]"),
        ("/sign-in?next=%2F&token={token}", "/sign-in?[hidden]"),
        ("/sign-%69n?token={token}", "/sign-%69n?[hidden]"),
        ("/sign-in/?%74oken={token}&page=2", "/sign-in/?%74oken=[hidden]&page=2"),
        ("/clients?page=2&token={token}", "/clients?page=2&token=[hidden]"),
    ],
)
def test_the_servers_access_log_does_not_write_the_token(
    initialised: RunCli,
    served: list[dict[str, Any]],
    caplog: pytest.LogCaptureFixture,
    asked: str,
    logged: str,
) -> None:
    [(_, _, token)] = SIGN_IN.findall(initialised("serve", "--port", "8123").out)
    address = asked.format(token=token)

    with caplog.at_level(logging.INFO, logger="uvicorn.access"):
        # As uvicorn writes each request it answers.
        access_log = logging.getLogger("uvicorn.access")
        access_log.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:50000", "GET", address, "1.1", 303)

    assert token not in caplog.text
    assert f'"GET {logged} HTTP/1.1" 303' in caplog.text


@pytest.mark.usefixtures("on_a_terminal")
def test_the_sign_in_address_with_its_name_encoded_signs_in_too(
    initialised: RunCli, served: list[dict[str, Any]]
) -> None:
    """Why the access log hides the sign-in address's whole query, whatever its names."""
    [(_, _, token)] = SIGN_IN.findall(initialised("serve", "--port", "8123").out)

    with TestClient(served[0]["app"], base_url="http://127.0.0.1:8123") as browser:
        answer = browser.get(f"/sign-in?%74oken={token}")

    assert answer.status_code == 200
    assert "set-cookie" in answer.headers


@pytest.mark.usefixtures("on_a_terminal")
def test_the_address_stays_the_same_across_restarts(
    initialised: RunCli, served: list[dict[str, Any]]
) -> None:
    first = SIGN_IN.findall(initialised("serve", "--port", "8123").out)
    again = SIGN_IN.findall(initialised("serve", "--port", "8123").out)

    assert first == again


@pytest.mark.usefixtures("on_a_terminal")
def test_new_token_replaces_the_address_and_the_old_one_no_longer_signs_in(
    initialised: RunCli, served: list[dict[str, Any]]
) -> None:
    [(_, old, _)] = SIGN_IN.findall(initialised("serve", "--port", "8123").out)

    ran = initialised("serve", "--port", "8123", "--new-token")

    assert ran.code == 0, ran.err
    [(_, new, _)] = SIGN_IN.findall(ran.out)
    assert new != old
    assert "access token: replaced; sign-in addresses printed before no longer work" in ran.out
    with TestClient(served[-1]["app"], base_url="http://127.0.0.1:8123") as browser:
        assert browser.get(old).status_code == 401
        assert browser.get(new).status_code == 200


@pytest.mark.usefixtures("on_a_terminal")
def test_new_token_is_followed_by_a_server_already_running(
    initialised: RunCli, served: list[dict[str, Any]]
) -> None:
    """So that the line it prints holds there too: the first server, still running (here,
    recorded), takes the new address and no longer the old one."""
    [(_, old, _)] = SIGN_IN.findall(initialised("serve", "--port", "8123").out)
    running = served[0]["app"]

    ran = initialised("serve", "--port", "8124", "--new-token")

    assert "access token: replaced; sign-in addresses printed before no longer work" in ran.out
    [new] = re.findall(
        r"to sign in, open: http://127\.0\.0\.1:8124(/sign-in\?token=\S+)\n", ran.out
    )
    with TestClient(running, base_url="http://127.0.0.1:8123") as browser:
        assert browser.get(old).status_code == 401
        assert browser.get(new).status_code == 200
        assert browser.get("/").status_code == 200


@pytest.mark.usefixtures("on_a_terminal")
def test_an_ipv6_loopback_address_is_printed_in_brackets(
    initialised: RunCli, served: list[dict[str, Any]]
) -> None:
    ran = initialised("serve", "--host", "::1", "--port", "8123")

    if ran.code == 6 and "cannot listen" in ran.err:
        pytest.skip("no IPv6 on this machine")
    assert ran.code == 0, ran.err
    assert "to sign in, open: http://[::1]:8123/sign-in?token=" in ran.out


def test_an_uninitialised_practice_is_one_line_and_nothing_is_served(
    run_cli: RunCli, served: list[dict[str, Any]], settings: Settings
) -> None:
    ran = run_cli("serve", "--port", "8123")

    # SQLite names its missing file; on PostgreSQL the missing master key comes first.
    assert ran.code == 6
    assert ran.err.startswith(("error: no database at ", "error: no master key: "))
    assert "run `coachconn init`" in ran.err and ran.err.count("\n") == 1
    assert served == []
    assert not settings.access_token_file.exists()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::"])
def test_it_refuses_a_public_address_in_one_line(
    initialised: RunCli, served: list[dict[str, Any]], host: str
) -> None:
    ran = initialised("serve", "--host", host)

    assert ran.code == 2
    assert ran.err.startswith(
        f"error: --host: refusing to listen on {host!r}: coachconn speaks plain HTTP"
    )
    assert "put HTTPS in front" in ran.err
    assert ran.err.count("\n") == 1
    assert served == []


@pytest.mark.parametrize(
    ("port", "why"),
    [
        ("0", "expected a port from 1 to 65535, got 0"),
        ("65536", "expected a port from 1 to 65535, got 65536"),
        ("-1", "expected a port from 1 to 65535, got -1"),
        ("eighty", "expected a whole number, got 'eighty'"),
    ],
)
def test_a_port_out_of_range_is_a_usage_error_in_one_line(
    initialised: RunCli, served: list[dict[str, Any]], port: str, why: str
) -> None:
    ran = initialised("serve", "--port", port)

    # As a refused --host is: the command was given wrongly, nothing is wrong with the set-up.
    assert (ran.code, ran.err) == (2, f"error: --port: {why}\n")
    assert served == []


def test_it_refuses_a_public_address_from_the_environment_too(
    initialised: RunCli, served: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACHCONN_HOST", "0.0.0.0")

    ran = initialised("serve")

    assert ran.code == 2
    assert ran.err.startswith("error: COACHCONN_HOST: refusing to listen on '0.0.0.0'")
    assert "--insecure-http" in ran.err
    assert served == []


def test_an_address_given_as_the_option_is_named_as_the_option_over_the_variable(
    initialised: RunCli, served: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACHCONN_HOST", "127.0.0.1")

    ran = initialised("serve", "--host", "0.0.0.0")

    assert ran.err.startswith("error: --host: refusing to listen on '0.0.0.0'")
    assert served == []


@pytest.mark.parametrize("flag", ["--insecure-http", "--insecure-no-auth"])
def test_insecure_http_serves_anyway_with_a_warning(
    initialised: RunCli, served: list[dict[str, Any]], flag: str
) -> None:
    # --insecure-no-auth: the flag's name before the app had sign-in, still accepted.
    ran = initialised("serve", "--host", "0.0.0.0", flag)

    assert ran.code == 0, ran.err
    assert [call["host"] for call in served] == ["0.0.0.0"]
    assert ran.err == (
        "warning: plain HTTP on 0.0.0.0: the sign-in token and every page cross the "
        "network unencrypted; put HTTPS in front\n"
    )


def test_the_old_flag_is_not_shown_in_help(run_cli: RunCli) -> None:
    shown = run_cli("serve", "--help").out

    assert "--insecure-http" in shown
    assert "--new-token" in shown
    assert "--insecure-no-auth" not in shown


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port some other program is listening on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield other.getsockname()[1]


def test_a_port_in_use_is_one_line_and_nothing_is_started(
    initialised: RunCli, served: list[dict[str, Any]], taken_port: int, settings: Settings
) -> None:
    ran = initialised("serve", "--port", str(taken_port))

    assert (ran.code, ran.err) == (6, f"error: port {taken_port} is already in use\n")
    assert ran.out == ""
    assert served == []
    assert not settings.access_token_file.exists()  # no token made for a server not started


@pytest.mark.usefixtures("on_a_terminal")
def test_serving_again_on_the_port_in_use_prints_the_sign_in_address_in_one_line(
    initialised: RunCli, served: list[dict[str, Any]], taken_port: int
) -> None:
    # As the sign-in page advises a coach who lost the address: the first serve is
    # running (here, recorded), and the port is taken.
    [(_, address, _)] = SIGN_IN.findall(initialised("serve", "--port", "8123").out)

    ran = initialised("serve", "--port", str(taken_port))

    assert ran.code == 6
    assert ran.out == ""
    assert ran.err == (
        f"error: port {taken_port} is already in use: coachconn may already be serving "
        f"there; to sign in to it, open: http://127.0.0.1:{taken_port}{address}\n"
    )
    assert len(served) == 1


@pytest.mark.usefixtures("on_a_terminal")
def test_new_token_on_the_port_in_use_replaces_nothing_and_says_so(
    initialised: RunCli, served: list[dict[str, Any]], taken_port: int, settings: Settings
) -> None:
    """The server there (here, recorded) goes on with the token it has: the line says the
    token was not replaced, and still prints that server's address, last."""
    [(_, address, _)] = SIGN_IN.findall(initialised("serve", "--port", "8123").out)
    kept = settings.access_token_file.read_bytes()

    ran = initialised("serve", "--port", str(taken_port), "--new-token")

    assert (ran.code, ran.out) == (6, "")
    assert ran.err == (
        f"error: port {taken_port} is already in use, so the access token was not replaced "
        "(stop the server there first, or give --new-token another --port): coachconn may "
        "already be serving there; to sign in to it, open: "
        f"http://127.0.0.1:{taken_port}{address}\n"
    )
    assert settings.access_token_file.read_bytes() == kept
    assert len(served) == 1


def test_new_token_on_the_port_in_use_makes_no_token_either(
    initialised: RunCli, served: list[dict[str, Any]], taken_port: int, settings: Settings
) -> None:
    ran = initialised("serve", "--port", str(taken_port), "--new-token")

    assert ran.code == 6
    assert ran.err.startswith(f"error: port {taken_port} is already in use, so the access")
    assert not settings.access_token_file.exists()


def test_new_token_for_a_server_that_cannot_start_replaces_nothing_and_says_so(
    initialised: RunCli, served: list[dict[str, Any]], settings: Settings
) -> None:
    """A practice whose master key is missing: the store is opened, and refused, before
    the token would be replaced."""
    assert initialised("serve", "--port", "8123").code == 0
    kept = settings.access_token_file.read_bytes()
    settings.key_file.rename(settings.key_file.with_name("elsewhere.key"))

    ran = initialised("serve", "--port", "8123", "--new-token")

    assert (ran.code, ran.out) == (6, "")
    assert "master.key is missing" in ran.err
    assert ran.err.endswith("; the access token was not replaced\n")
    assert settings.access_token_file.read_bytes() == kept
    assert len(served) == 1


def test_new_token_refused_a_host_replaces_nothing_and_says_so(
    initialised: RunCli, served: list[dict[str, Any]], settings: Settings
) -> None:
    assert initialised("serve", "--port", "8123").code == 0
    kept = settings.access_token_file.read_bytes()

    ran = initialised("serve", "--port", "8123", "--host", "0.0.0.0", "--new-token")

    assert ran.code == 2
    assert ran.err.startswith("error: --host: refusing to listen on '0.0.0.0'")
    assert ran.err.endswith("; the access token was not replaced\n")
    assert settings.access_token_file.read_bytes() == kept


def test_a_server_that_cannot_start_without_new_token_says_nothing_of_the_token(
    initialised: RunCli, served: list[dict[str, Any]], settings: Settings
) -> None:
    settings.key_file.rename(settings.key_file.with_name("elsewhere.key"))

    ran = initialised("serve", "--port", "8123")

    assert ran.code == 6
    assert "token" not in ran.err
    assert not settings.access_token_file.exists()


def test_without_a_terminal_the_token_is_not_printed_and_its_file_is_named(
    initialised: RunCli, served: list[dict[str, Any]], settings: Settings
) -> None:
    """Under a service manager, or with output sent to a file, what is printed may be
    read by others: the line names the file that holds the token instead."""
    ran = initialised("serve", "--port", "8123")

    assert ran.code == 0, ran.err
    token = settings.access_token_file.read_text(encoding="ascii").strip()
    assert token not in ran.out and token not in ran.err
    assert (
        "to sign in, open the address http://127.0.0.1:8123/sign-in?token="
        f"<the token in {settings.access_token_file}>\n"
    ) in ran.out
    assert len(served) == 1


def test_without_a_terminal_the_port_in_use_line_names_the_tokens_file_instead(
    initialised: RunCli, served: list[dict[str, Any]], settings: Settings, taken_port: int
) -> None:
    assert initialised("serve", "--port", "8123").code == 0
    token = settings.access_token_file.read_text(encoding="ascii").strip()

    ran = initialised("serve", "--port", str(taken_port))

    assert ran.code == 6
    assert token not in ran.out and token not in ran.err
    assert ran.err == (
        f"error: port {taken_port} is already in use: coachconn may already be serving "
        f"there; to sign in to it, open the address http://127.0.0.1:{taken_port}"
        f"/sign-in?token=<the token in {settings.access_token_file}>\n"
    )


def test_a_terminal_is_told_from_a_file_a_closed_stream_and_none(tmp_path: Path) -> None:
    main, other = os.openpty()
    os.close(other)
    with os.fdopen(main, "w") as terminal, (tmp_path / "out.log").open("w") as log_file:
        assert setup._is_terminal(terminal)
        assert not setup._is_terminal(log_file)
    assert not setup._is_terminal(log_file)  # closed
    assert not setup._is_terminal(None)


RESTART = "The master key was changed since coachconn serve started: restart coachconn serve."


def _signed_in(app: Any, address: str) -> TestClient:
    browser = TestClient(app, base_url="http://127.0.0.1:8123", raise_server_exceptions=False)
    assert browser.get(address).status_code == 200
    return browser


@pytest.mark.usefixtures("on_a_terminal")
def test_after_keys_rotate_the_page_says_to_restart_and_the_log_file_says_why(
    initialised: RunCli,
    served: list[dict[str, Any]],
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert initialised("clients", "add", "--name", "Ana Ruiz").code == 0
    [(_, address, _)] = SIGN_IN.findall(initialised("serve", "--port", "8123").out)
    assert initialised("keys", "rotate").code == 0  # while it serves

    with _signed_in(served[0]["app"], address) as browser:
        page = browser.get("/")

    assert page.status_code == 500
    assert RESTART in page.text
    log = settings.data_dir / "logs" / "coachconn.log"
    written = log.read_text()
    assert re.search(r"client \d+'s data key is wrapped by master key \w+, not by", written)
    assert "restart this process" in written
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    # The terminal running serve gets the reason in one line, and where the rest is.
    said = capsys.readouterr().err
    assert re.fullmatch(
        rf"error: configuration error: client \d+'s data key is wrapped by .*: if the master "
        rf"key was rotated, restart this process; details in {re.escape(str(log))}\n",
        said,
    )


def _boom() -> None:
    raise RuntimeError("internal detail")


@pytest.mark.usefixtures("on_a_terminal")
def test_a_bugs_traceback_goes_to_the_log_file_and_one_line_to_the_terminal(
    initialised: RunCli,
    served: list[dict[str, Any]],
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    [(_, address, _)] = SIGN_IN.findall(initialised("serve", "--port", "8123").out)
    served[0]["app"].add_api_route("/boom", _boom)

    with _signed_in(served[0]["app"], address) as browser:
        assert browser.get("/boom").status_code == 500

    log = settings.data_dir / "logs" / "coachconn.log"
    written = log.read_text()
    assert "Traceback" in written and "RuntimeError: internal detail" in written
    said = capsys.readouterr().err
    assert said == f"error: unexpected error on GET /boom; details in {log}\n"
    # uvicorn's own copy of that traceback is not printed beside it.
    copy = logging.LogRecord(
        "uvicorn.error", logging.ERROR, __file__, 0, "Exception in ASGI application\n", None, None
    )
    assert not logging.getLogger("uvicorn.error").filter(copy)


@pytest.mark.usefixtures("on_a_terminal")
def test_with_debug_the_traceback_goes_to_the_terminal_and_no_log_file(
    initialised: RunCli,
    served: list[dict[str, Any]],
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COACHCONN_DEBUG", "1")
    [(_, address, _)] = SIGN_IN.findall(initialised("serve", "--port", "8123").out)
    served[0]["app"].add_api_route("/boom", _boom)

    with _signed_in(served[0]["app"], address) as browser:
        assert browser.get("/boom").status_code == 500

    said = capsys.readouterr().err
    assert "Traceback" in said and "RuntimeError: internal detail" in said
    assert not (settings.data_dir / "logs").exists()


@pytest.mark.usefixtures("on_a_terminal")
def test_a_log_file_that_is_a_link_is_not_followed_and_the_terminal_says_so_in_one_line(
    initialised: RunCli,
    served: list[dict[str, Any]],
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "shared.txt"
    elsewhere.write_text("")
    log = settings.data_dir / "logs" / "coachconn.log"
    log.parent.mkdir(parents=True)
    log.symlink_to(elsewhere)
    [(_, address, _)] = SIGN_IN.findall(initialised("serve", "--port", "8123").out)
    served[0]["app"].add_api_route("/boom", _boom)

    with _signed_in(served[0]["app"], address) as browser:
        assert browser.get("/boom").status_code == 500

    assert elsewhere.read_text() == ""
    assert capsys.readouterr().err == (
        f"error: unexpected error on GET /boom; not logged: {log} is a symbolic link: "
        "coachconn writes its log to a file of its own only; remove the link\n"
    )
