"""Sign-in: only someone who knows the practice's access token reads it.

The token is a random secret in the data folder, in a file only the coach's OS account
can read (``services/access.py``), as a Jupyter server keeps its own: another account
on the same machine can reach 127.0.0.1, but cannot read the file. ``coachconn serve``
prints a sign-in address that holds the token; opening it sets a cookie and redirects
to the client list, so the token leaves the address bar. Scripts send the token itself
as ``Authorization: Bearer <token>``.

One middleware, :class:`SignInGuard`, checks every request before any route sees it,
so a route added later is covered without a word of its own. Open are only the health
check, the static files (the style sheet and the icon: nothing about anyone) and the
sign-in address itself. The server's access log writes that address without its
query (``/sign-in?[hidden]``), and a ``token`` in any other address as
``token=[hidden]`` (:func:`hide_token_in_access_log`).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass, field
from urllib.parse import unquote, unquote_plus

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Receive, Scope, Send

from coachconn.services.access import MIN_TOKEN_CHARS
from coachconn.web.errors import SIGNED_IN, error_page, is_api

SIGN_IN_PATH = "/sign-in"
OPEN_PATHS = frozenset({"/healthz", SIGN_IN_PATH})
OPEN_PREFIXES = ("/static/",)

# Running `coachconn serve` again while it serves prints the address again, in the
# answer that the port is in use (cli/setup.py).
HOW_TO_SIGN_IN = (
    "open the address that “coachconn serve” printed (it ends in /sign-in?token=…); "
    "to see it again, run “coachconn serve” once more, with the same --port if you gave "
    "one: it finds the port in use and prints the address; if you have just opened it, "
    "reload this page"
)
PAGE_REFUSED = f"This practice is private. To sign in, {HOW_TO_SIGN_IN}."
WRONG_ADDRESS = (
    "This sign-in address is not this practice's, or its token was replaced. "
    f"To sign in, {HOW_TO_SIGN_IN}."
)
API_REFUSED = (
    "sign-in needed: send the access token (the file access.token in coachconn's data "
    "folder) as 'Authorization: Bearer <token>'"
)

# The server's access log writes each request's address, the sign-in address's too.
ACCESS_LOG = "uvicorn.access"
HIDDEN = "[hidden]"

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Access:
    """The practice's access token and the cookie a browser keeps once signed in.

    The cookie holds an HMAC of the token, not the token: what a browser stores
    cannot be sent as a Bearer token. Its name is derived from the token too, so two
    practices served on one machine (ports do not separate cookies) each keep their own.
    """

    token: str = field(repr=False)

    def __post_init__(self) -> None:
        # As short as the token file may hold at least: an empty one would let everyone in.
        if len(self.token) < MIN_TOKEN_CHARS:
            raise ValueError(f"an access token has {MIN_TOKEN_CHARS} characters or more")

    @property
    def cookie_name(self) -> str:
        return "coachconn-" + _mac(self.token, "cookie name")[:12]

    @property
    def cookie_value(self) -> str:
        return _mac(self.token, "signed in")

    def is_token(self, given: str) -> bool:
        return bool(given) and secrets.compare_digest(given.encode(), self.token.encode())

    def admits(self, headers: Headers) -> bool:
        """Whether the request carries the token (Bearer) or the signed-in cookie."""
        scheme, _, credential = headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and self.is_token(credential.strip()):
            return True
        cookie = cookie_parser(headers.get("cookie", "")).get(self.cookie_name, "")
        return secrets.compare_digest(cookie.encode(), self.cookie_value.encode())


def _mac(token: str, purpose: str) -> str:
    return hmac.new(token.encode(), f"coachconn {purpose}".encode(), hashlib.sha256).hexdigest()


def is_open(path: str) -> bool:
    """The paths anyone may ask for: they say nothing about the practice."""
    return path in OPEN_PATHS or path.startswith(OPEN_PREFIXES)


class SignInGuard:
    """ASGI middleware: a request without the access token (cookie or Bearer) gets a
    401, the API's JSON or a page saying how to sign in, before any route sees it.
    Every request that passes has :data:`SIGNED_IN` in its scope, saying whether it
    showed the token."""

    def __init__(self, app: ASGIApp, access: Access) -> None:
        self.app = app
        self.access = access

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        scope[SIGNED_IN] = self.access.admits(Headers(scope=scope))
        if scope[SIGNED_IN] or is_open(scope["path"]):
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # a websocket: the app has none to offer anyone
            await send({"type": "websocket.close", "code": 1008})
            return
        request = Request(scope)
        answer = await refusal(request, API_REFUSED if is_api(request) else PAGE_REFUSED)
        await answer(scope, receive, send)


async def refusal(request: Request, message: str) -> Response:
    """A 401 in the app's own words (JSON for the API, the error page otherwise)."""
    answer = await error_page(request, 401, message)
    answer.headers["WWW-Authenticate"] = 'Bearer realm="coachconn"'
    return answer


@router.get(SIGN_IN_PATH)
async def sign_in(request: Request, token: str = "") -> Response:
    """Open the sign-in address: the cookie is set, and the browser is sent on to the
    client list by an address without the token, so the token does not stay in view."""
    access: Access = request.app.state.access
    if not token and request.scope.get(SIGNED_IN):  # signed in already: on to the clients
        return RedirectResponse("/", status_code=303)
    if not access.is_token(token):
        return await refusal(request, WRONG_ADDRESS)
    answer = RedirectResponse("/", status_code=303)
    answer.set_cookie(
        access.cookie_name,
        access.cookie_value,
        path="/",
        httponly=True,  # no script on a page can read it
        samesite="strict",  # no other site's page or form sends it
        secure=request.url.scheme == "https",
    )
    answer.headers["Referrer-Policy"] = "no-referrer"
    return answer


class HideToken(logging.Filter):
    """A log filter that keeps the token out of a logged address, so that a log kept
    where others can read it (a shared journal) does not sign them in.

    The sign-in address loses its whole query: the route reads its ``token`` however the
    browser spelled it (``%74oken=`` is ``token=`` too), so nothing of it is written. In
    any other address, a parameter whose name decodes to ``token`` loses its value."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                hide_token(arg) if isinstance(arg, str) else arg for arg in record.args
            )
        return True


def hide_token(address: str) -> str:
    """``address`` (a path and its query, as a request line has it) without the token."""
    path, mark, query = address.partition("?")
    if not mark or not path.startswith("/"):
        return address
    if unquote(path) == SIGN_IN_PATH:
        return f"{path}?{HIDDEN}"
    return f"{path}?" + "&".join(_hide_value(pair) for pair in query.split("&"))


def _hide_value(pair: str) -> str:
    name, equals, _ = pair.partition("=")
    return f"{name}={HIDDEN}" if equals and unquote_plus(name) == "token" else pair


def hide_token_in_access_log() -> None:
    """Keep the token out of the server's access log (once, however often called)."""
    log = logging.getLogger(ACCESS_LOG)
    if not any(isinstance(kept, HideToken) for kept in log.filters):
        log.addFilter(HideToken())
