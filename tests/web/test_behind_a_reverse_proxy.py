"""Behind a reverse proxy that speaks HTTPS to the browser and HTTP to coachconn, a
form's Origin says https: it matches the request only where the proxy says so
(X-Forwarded-Proto) from an address in COACHCONN_FORWARDED_ALLOW_IPS, as `coachconn
serve` has uvicorn believe it. Otherwise every form is refused as sent from another
site (the README's reverse-proxy paragraph)."""

from __future__ import annotations

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
