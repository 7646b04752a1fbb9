"""Behind a reverse proxy that speaks HTTPS to the browser and HTTP to coachconn, a
form's Origin says https: it matches the request only where the proxy says so
(X-Forwarded-Proto) from an address in COACHCONN_FORWARDED_ALLOW_IPS, as `coachconn
serve` has uvicorn believe it. Otherwise every form is refused as sent from another
site (the README's reverse-proxy paragraph)."""

from __future__ import annotations

import html
import logging
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient
from tests.factories import FlagCoder
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from coachconn.config import Settings
from coachconn.storage.store import Store
from coachconn.web import create_app

SITE = "coach.example.org"
PROXY = "10.0.0.5"
FORM = "/sessions/999/transcript/remove"  # a form's address; no such session


@pytest.fixture
def served(settings: Settings, store: Store) -> ProxyHeadersMiddleware:
    """The app as `coachconn serve` runs it, with COACHCONN_FORWARDED_ALLOW_IPS naming
    the proxy."""
    proxied = settings.model_copy(update={"allowed_hosts": SITE, "forwarded_allow_ips": PROXY})
    return ProxyHeadersMiddleware(
        create_app(proxied, store=store, coder=FlagCoder()),  # type: ignore[arg-type]
        trusted_hosts=proxied.forwarded_allow_ips,
    )


@contextmanager
def through(served: ProxyHeadersMiddleware, token: str, proxy: str) -> Iterator[TestClient]:
    """A signed-in browser reaching the app through the proxy at ``proxy``."""
    with TestClient(
        served,  # type: ignore[arg-type]
        base_url=f"http://{SITE}",
        client=(proxy, 40000),
        headers={"authorization": f"Bearer {token}"},
        raise_server_exceptions=False,
    ) as browser:
        yield browser


# A form posted from the app's own page, as the browser sees it: over HTTPS.
FROM_THE_PAGE = {"origin": f"https://{SITE}", "sec-fetch-site": "same-origin"}


def test_a_form_passes_when_the_proxy_says_the_browser_used_https(
    served: ProxyHeadersMiddleware, token: str
) -> None:
    with through(served, token, PROXY) as browser:
        answer = browser.post(FORM, headers={**FROM_THE_PAGE, "x-forwarded-proto": "https"})

    assert answer.status_code == 404  # the form's route answered: no such session


def test_without_x_forwarded_proto_every_form_is_refused(
    served: ProxyHeadersMiddleware, token: str
) -> None:
    with through(served, token, PROXY) as browser:
        answer = browser.post(FORM, headers=FROM_THE_PAGE)

    assert answer.status_code == 403
    assert "this form was sent from another site" in answer.text


def test_a_proxy_at_an_address_not_listed_is_not_believed(
    served: ProxyHeadersMiddleware, token: str
) -> None:
    with through(served, token, "10.0.0.6") as browser:
        answer = browser.post(FORM, headers={**FROM_THE_PAGE, "x-forwarded-proto": "https"})

    assert answer.status_code == 403


OPERATOR_HINT = "it must send 'X-Forwarded-Proto: https', from an address listed in "


def test_a_form_refused_only_for_the_scheme_tells_the_operator_what_to_set(
    served: ProxyHeadersMiddleware, token: str, caplog: pytest.LogCaptureFixture
) -> None:
    with through(served, token, PROXY) as browser, caplog.at_level(logging.WARNING):
        answer = browser.post(FORM, headers=FROM_THE_PAGE)

    [warning] = [r for r in caplog.records if r.name == "coachconn.web.origin"]
    assert warning.levelno == logging.WARNING
    assert OPERATOR_HINT + "COACHCONN_FORWARDED_ALLOW_IPS" in warning.getMessage()
    assert "a reverse proxy in front of coachconn does not say" in html.unescape(answer.text)


@pytest.mark.parametrize(
    "sent_by",
    [
        {"origin": "https://elsewhere.example", "sec-fetch-site": "cross-site"},
        {"origin": "https://elsewhere.example"},
        {"origin": f"https://{SITE}", "sec-fetch-site": "cross-site"},
        {"origin": f"https://{SITE}:8443", "sec-fetch-site": "same-origin"},
        {"origin": f"http://{SITE}.evil.example"},
    ],
)
def test_a_form_from_another_site_leaves_no_warning(
    served: ProxyHeadersMiddleware,
    token: str,
    caplog: pytest.LogCaptureFixture,
    sent_by: dict[str, str],
) -> None:
    with through(served, token, PROXY) as browser, caplog.at_level(logging.WARNING):
        answer = browser.post(FORM, headers=sent_by)

    assert answer.status_code == 403
    assert "reverse proxy" not in answer.text
    assert not [r for r in caplog.records if r.name == "coachconn.web.origin"]


def test_a_form_the_proxy_vouches_for_leaves_no_warning(
    served: ProxyHeadersMiddleware, token: str, caplog: pytest.LogCaptureFixture
) -> None:
    with through(served, token, PROXY) as browser, caplog.at_level(logging.WARNING):
        browser.post(FORM, headers={**FROM_THE_PAGE, "x-forwarded-proto": "https"})

    assert not [r for r in caplog.records if r.name == "coachconn.web.origin"]
