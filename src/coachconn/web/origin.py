"""Guarding the requests that change something, before their body is read.

A form that another site's page posts to the app carries no sign-in cookie (it is
``SameSite=Strict``), so the sign-in guard (``web/signin.py``) refuses it already; this
is the second line, should a browser send the cookie all the same, and the one that keeps
bodies within limits. Browsers say where a request comes from. A request that
changes something (any method but GET, HEAD, OPTIONS) is refused, before a byte of its
body is read, when ``Sec-Fetch-Site`` says another site sent it or ``Origin`` names
another scheme, host or port than the request's own; where a browser sends neither, a
``Referer`` naming another page's scheme, host or port is refused the same way. A
request with none of them comes from no web page (a script, curl) and passes: such a
client is no way in for another site. Its body must also say its length, and be no
longer than the largest form the app takes: nothing bigger is read, into memory or onto
disk. A form whose page shows its own refusals (the transcript upload) is still called
for a body over the limit, without the body, so that the coach lands back on the form's
page.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from coachconn.analysis.decode import MAX_TRANSCRIPT_BYTES, too_large
from coachconn.web.errors import error_page

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# "none": the coach typed the address or used a bookmark.
_OWN = frozenset({"same-origin", "none"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# The largest form field but the file, and the largest form: a transcript at its limit
# and room for the other fields.
MAX_FIELD_BYTES = 64_000
MAX_FORM_BYTES = MAX_TRANSCRIPT_BYTES + MAX_FIELD_BYTES
REFUSED = "refused: this form was sent from another site, not from coachconn's own page"
# A page served over HTTPS whose form reaches the app over plain HTTP: a reverse proxy in
# front that does not say so (X-Forwarded-Proto), or is not believed. The operator's to fix.
BEHIND_A_PROXY = (
    "a form was refused as sent from another site only because its page was served over "
    "https and the request reached coachconn over http: if a reverse proxy serves coachconn "
    "over HTTPS, it must send 'X-Forwarded-Proto: https', from an address listed in "
    "COACHCONN_FORWARDED_ALLOW_IPS (see the README's paragraph on reverse proxies)"
)
# What the page says then: the coach may well have used coachconn's own page.
REFUSED_BEHIND_A_PROXY = (
    f"{REFUSED}, or a reverse proxy in front of coachconn does not say that the page was "
    "served over HTTPS: the server's log says what to set"
)

log = logging.getLogger(__name__)
# Where FormGuard tells a form's route the length of a body over the limit: the scope.
_OVER_LIMIT = "coachconn.over_limit"


def over_limit(request: Request) -> int | None:
    """The length of the body FormGuard kept from this request as over the limit; None
    when the body is there to read."""
    size = request.scope.get(_OVER_LIMIT)
    return size if isinstance(size, int) else None


def cross_site(headers: Headers, scheme: str) -> bool:
    """Whether a browser says another site sent this request: by ``Sec-Fetch-Site``, else
    by ``Origin``, else, from a browser that sends neither, by the page in ``Referer``."""
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site not in _OWN:
        return True
    sender = _sender(headers)
    if sender is None:
        return False
    own = _endpoint(f"{scheme}://{headers.get('host', '')}")
    return own is None or _endpoint(sender) != own


def from_own_page(headers: Headers, scheme: str) -> bool:
    """Whether a browser says that a page of the app's own (its scheme, host and port)
    sent this request: by ``Origin``, else, from a browser without ``Sec-Fetch-Site``,
    by ``Referer``."""
    sender = _sender(headers)
    own = _endpoint(f"{scheme}://{headers.get('host', '')}")
    return sender is not None and own is not None and _endpoint(sender) == own


def only_the_scheme_differs(headers: Headers, scheme: str) -> bool:
    """Whether a request :func:`cross_site` refuses came from a page at the request's own
    host and port, served over https where the request came over http: as it does through
    a reverse proxy with HTTPS whose X-Forwarded-Proto is missing or not believed."""
    sender = _sender(headers)
    if scheme != "http" or sender is None or headers.get("sec-fetch-site") not in (*_OWN, None):
        return False
    page = _endpoint(sender)
    return (
        page is not None
        and page[0] == "https"
        and page == _endpoint(f"https://{headers.get('host', '')}")
    )


def _sender(headers: Headers) -> str | None:
    """The page that says it sent the request: its ``Origin``, else, from a browser that
    sends neither that nor ``Sec-Fetch-Site``, its ``Referer``."""
    sender = headers.get("origin")
    if sender is None and headers.get("sec-fetch-site") is None:
        sender = headers.get("referer")
    return sender


def _endpoint(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an origin or a page's address, with the scheme's default
    port filled in; None for one that names no host ("null", from a sandboxed frame or a
    data: page)."""
    try:
        parts = urlsplit(url.strip().lower())
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme)
    except ValueError:  # a port that is not a number
        return None
    if not parts.hostname or port is None or parts.username or parts.password:
        return None
    return parts.scheme, parts.hostname, port


class FormGuard:
    """ASGI middleware: refuses a request that changes something when another site sent
    it (403), when its body does not say its length (411) or is over ``max_bytes``
    (413), with the app's own error page, before the body is read.

    A body over the limit posted to a path of ``own_pages`` (forms whose route shows a
    refusal on the form's own page) goes on to its route all the same, but without a
    byte of the body: the route sees an empty one, and :func:`over_limit` its length.
    """

    def __init__(
        self, app: ASGIApp, max_bytes: int = MAX_FORM_BYTES, own_pages: Collection[str] = ()
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.own_pages = frozenset(own_pages)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(Headers(scope=scope), scope["scheme"])
        if refusal is None:
            await self.app(scope, receive, send)
            return
        # Answered before the body is read. uvicorn then reads on and discards what the
        # browser still sends, keeping the connection open, and Chromium shows the answer
        # (a browser test uploads a real file over the limit). So nothing drains the body
        # here, and no "Connection: close" is sent: closing with the body unread can reset
        # the connection, and across a network a browser may then show the reset instead.
        status, message = refusal
        if status == 413 and scope["path"] in self.own_pages:
            size = int(Headers(scope=scope)["content-length"])
            await self.app({**scope, _OVER_LIMIT: size}, _withheld(), send)
            return
        response = await error_page(Request(scope), status, message)
        await response(scope, receive, send)

    def _refusal(self, headers: Headers, scheme: str) -> tuple[int, str] | None:
        if cross_site(headers, scheme):
            if only_the_scheme_differs(headers, scheme):
                log.warning(BEHIND_A_PROXY)
                return 403, REFUSED_BEHIND_A_PROXY
            return 403, REFUSED
        length = headers.get("content-length")
        if length is None:
            if "transfer-encoding" in headers:
                return 411, "the request must say how long its body is (Content-Length)"
            return None  # no body
        if not length.isdigit():
            return 400, "the request's Content-Length is not a number"
        if int(length) > self.max_bytes:
            return 413, str(too_large(int(length)))
        return None


def _withheld() -> Receive:
    """A receive for a request whose body is kept from the app: an empty body, then
    nothing more (a disconnect), so that nothing reading it waits for or gets a byte."""
    told = False

    async def receive() -> Message:
        nonlocal told
        if told:
            return {"type": "http.disconnect"}
        told = True
        return {"type": "http.request", "body": b"", "more_body": False}

    return receive
