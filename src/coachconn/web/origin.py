"""Guarding the requests that change something, before their body is read.

The app answers on the coach's own machine without sign-in, so any web page the coach
opens could post a form to it. Browsers say where a request comes from. A request that
changes something (any method but GET, HEAD, OPTIONS) is refused, before a byte of its
body is read, when ``Sec-Fetch-Site`` says another site sent it or ``Origin`` names
another scheme, host or port than the request's own. A request with neither header
comes from no web page (a script, curl) and passes: such a client is no way in for
another site. Its body must also say its length, and be no longer than the largest
form the app takes: nothing bigger is read, into memory or onto disk.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from coachconn.analysis.decode import MAX_TRANSCRIPT_BYTES
from coachconn.web.errors import error_response

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# "none": the coach typed the address or used a bookmark.
_OWN = frozenset({"same-origin", "none"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# The largest form field but the file, and the largest form: a transcript at its limit
# and room for the other fields.
MAX_FIELD_BYTES = 64_000
MAX_FORM_BYTES = MAX_TRANSCRIPT_BYTES + MAX_FIELD_BYTES
REFUSED = "refused: this form was sent from another site, not from coachconn's own page"


def cross_site(headers: Headers, scheme: str) -> bool:
    """Whether a browser says another site sent this request."""
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site not in _OWN:
        return True
    origin = headers.get("origin")
    if origin is None:
        return False
    own = _endpoint(f"{scheme}://{headers.get('host', '')}")
    return own is None or _endpoint(origin) != own


def _endpoint(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) with the scheme's default port filled in; None for an
    origin that names no host ("null", from a sandboxed frame or a data: page)."""
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
    (413), with the app's own error page, before the body is read."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_FORM_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(Headers(scope=scope), scope["scheme"])
        if refusal is None:
            await self.app(scope, receive, send)
            return
        status, message = refusal
        response = error_response(Request(scope), status, message)
        await response(scope, receive, send)

    def _refusal(self, headers: Headers, scheme: str) -> tuple[int, str] | None:
        if cross_site(headers, scheme):
            return 403, REFUSED
        length = headers.get("content-length")
        if length is None:
            if "transfer-encoding" in headers:
                return 411, "the request must say how long its body is (Content-Length)"
            return None  # no body
        if not length.isdigit():
            return 400, "the request's Content-Length is not a number"
        if int(length) > self.max_bytes:
            limit = MAX_TRANSCRIPT_BYTES / 1_000_000
            return 413, f"the upload is too large: a transcript may be {limit:.0f} MB at most"
        return None
