"""Sign-in: only someone who knows the practice's access token reads it.

The token is a random secret in the data folder, in a file only the coach's OS account
can read (``services/access.py``), as a Jupyter server keeps its own: another account
on the same machine can reach 127.0.0.1, but cannot read the file. ``coachconn serve``
prints a sign-in address that holds the token; opening it sets a cookie and goes on
to the client list, so the token leaves the address bar. Scripts send the token itself
as ``Authorization: Bearer <token>``.

One middleware, :class:`SignInGuard`, checks every request before any route sees it,
so a route added later is covered without a word of its own. Open are only the health
check, the static files (the style sheet, the icon and the script that asks before a
delete: nothing about anyone) and the sign-in address itself. The server's access log
writes that address without its query (``/sign-in?[hidden]``), and a ``token`` in any
other address as ``token=[hidden]`` (:func:`hide_token_in_access_log`).

Opening the sign-in address answers a small page of the app's own, not a redirect: the
page goes on to the clients by itself. The cookie is ``SameSite=Strict``, which a
browser sends only with a request that one of the app's own pages started; the address
is often opened from elsewhere (a link in an email or a chat, a page of bookmarks, a file
on disk), and every step of a navigation begun there, redirects included, goes without
the cookie, so a redirect would land on the 401 page. The page's own step to the clients
(``<meta http-equiv="refresh">``; the sign-in pages run no script) is the app's, and carries it.

Any other page of the practice opened so (a link to ``/clients/3`` in the coach's own
email or calendar) arrives without the cookie as well. Such a request, a top-level GET
navigation that the browser says another site or program began (``Sec-Fetch-Site``
``cross-site`` or ``none``), or from a browser without Fetch Metadata a GET that accepts
HTML, gets a small page that asks for the same address again, by the same step
(:func:`opened_from_elsewhere`, :func:`reopen_page`): the app's own request, which
carries the cookie if the browser has it. A request the app's own page started is never
answered so, which keeps the step from looping: a browser that still sends no cookie
then gets the 401 page. The page names only the path and query of the address asked
for (never another host, never a ``token``), and nothing of the practice. So a link from
elsewhere opens a page of the practice signed in, as a ``SameSite=Lax`` cookie would
let it; what stays of Strict is that no request another site starts carries the sign-in
(a frame, an image, a fetch, a form: forms are refused twice over, no cookie and
``FormGuard``), and that the route always sees the app's own request.
``POST /sign-out`` (a button in every signed-in page's header) clears the cookie.

A running server follows the token file (``services/access.py``): a token replaced by
``coachconn serve --new-token`` stops signing anyone in there too, within a second, and
a request showing the old one is told that its token is not this practice's.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import hmac
import logging
import secrets
from typing import Any
from urllib.parse import quote_from_bytes, unquote, unquote_plus

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Receive, Scope, Send

from coachconn.services.access import MIN_TOKEN_CHARS, TokenFile
from coachconn.web.errors import SIGNED_IN, error_page, is_api
from coachconn.web.origin import from_own_page

SIGN_IN_PATH = "/sign-in"
SIGN_OUT_PATH = "/sign-out"
OPEN_PATHS = frozenset({"/healthz", SIGN_IN_PATH})
OPEN_PREFIXES = ("/static/",)

# Running `coachconn serve` again while it serves prints the address again, in the
# answer that the port is in use (cli/setup.py).
FIND_THE_ADDRESS = (
    "open the address that “coachconn serve” printed (it ends in /sign-in?token=…); "
    "to see it again, run “coachconn serve” once more, with the same --port if you gave "
    "one: it finds the port in use and prints the address"
)
PAGE_REFUSED = f"This practice is private. To sign in, {FIND_THE_ADDRESS}."
WRONG_ADDRESS = (
    "This sign-in address is not this practice's, or its token was replaced. "
    f"To sign in, {FIND_THE_ADDRESS}."
)
# The sign-in address opened without its token (the query cut off in copying, say).
NO_TOKEN = (
    "This address has no token, and only the whole sign-in address signs in. "
    f"To sign in, {FIND_THE_ADDRESS}. The token is also kept in the file access.token in "
    "coachconn's data folder (~/.local/share/coachconn on Linux, or the folder "
    "COACHCONN_DATA_DIR names): /sign-in?token= followed by it signs in too."
)
REPLACED = "perhaps replaced by “coachconn serve --new-token”"
PAGE_WRONG_TOKEN = (
    f"The access token this request sent is not this practice's ({REPLACED}). "
    f"To sign in, {FIND_THE_ADDRESS}."
)
PAGE_OLD_COOKIE = (
    "This browser's sign-in is not this practice's: its access token was replaced since "
    "(by “coachconn serve --new-token”), or it is another practice's served on this "
    f"machine. To sign in again, {FIND_THE_ADDRESS}."
)
SIGNED_OUT = f"To sign in again, {FIND_THE_ADDRESS}."
_SEND_THE_TOKEN = (
    "send the access token (the file access.token in coachconn's data folder) as "
    "'Authorization: Bearer <token>'"
)
API_REFUSED = f"sign-in needed: {_SEND_THE_TOKEN}"
API_WRONG_TOKEN = (
    "wrong access token: the Bearer token sent is not this practice's (perhaps replaced by "
    f"'coachconn serve --new-token'); {_SEND_THE_TOKEN}"
)
API_OLD_COOKIE = (
    "sign-in needed: this browser's sign-in is not this practice's (its access token was "
    "perhaps replaced by 'coachconn serve --new-token'); open the sign-in address again, "
    f"or {_SEND_THE_TOKEN}"
)
# Every sign-in cookie's name begins so (Access.cookie_name).
COOKIE_PREFIX = "coachconn-"
# What a page opened from elsewhere is asked again with (reopen_page). Set by that page,
# SameSite=Strict like the sign-in: a browser without Fetch Metadata sends it only with
# the app's own requests, so that the request the page makes is not answered so again.
# Not named with COOKIE_PREFIX: it signs nothing in.
REOPENED_COOKIE = "reopened-by-coachconn"
REOPENED_FOR_S = 60  # the page's step is at once: this is ample
# What Sec-Fetch-Site says of a navigation another site began, or another program (a
# mail or calendar program handing the browser a link), or a typed address ("none"):
# none of them is the app's own page's step.
_FROM_ELSEWHERE = frozenset({"cross-site", "none"})

WWW_AUTHENTICATE = 'Bearer realm="coachconn"'

# The server's access log writes each request's address, the sign-in address's too.
ACCESS_LOG = "uvicorn.access"
HIDDEN = "[hidden]"

router = APIRouter(include_in_schema=False)


class Refused(enum.Enum):
    """What a request that did not show the token showed instead."""

    NOTHING = "no token and no sign-in cookie"
    WRONG_TOKEN = "a Bearer token that is not this practice's"
    OTHER_COOKIE = "a sign-in cookie that is not this practice's (any more)"

    def message(self, *, api: bool) -> str:
        return _REFUSALS[self][api]


_REFUSALS = {
    Refused.NOTHING: {True: API_REFUSED, False: PAGE_REFUSED},
    Refused.WRONG_TOKEN: {True: API_WRONG_TOKEN, False: PAGE_WRONG_TOKEN},
    Refused.OTHER_COOKIE: {True: API_OLD_COOKIE, False: PAGE_OLD_COOKIE},
}


class Access:
    """The practice's access token and the cookie a browser keeps once signed in.

    The cookie holds an HMAC of the token, not the token: what a browser stores
    cannot be sent as a Bearer token. Its name is derived from the token too, so two
    practices served on one machine (ports do not separate cookies) each keep their own.

    ``token`` is the token itself (tests) or the :class:`TokenFile` it is kept in, which
    is followed: a token replaced there is the token here, and a check that fails looks
    at the file again first, so that a new token works at once.
    """

    def __init__(self, token: str | TokenFile) -> None:
        # As short as the token file may hold at least: an empty one would let everyone in.
        if isinstance(token, str) and len(token) < MIN_TOKEN_CHARS:
            raise ValueError(f"an access token has {MIN_TOKEN_CHARS} characters or more")
        self._kept = token

    def __repr__(self) -> str:
        return "Access(...)"

    @property
    def token(self) -> str:
        return self._kept if isinstance(self._kept, str) else self._kept.token

    @property
    def cookie_name(self) -> str:
        return COOKIE_PREFIX + _mac(self.token, "cookie name")[:12]

    @property
    def cookie_value(self) -> str:
        return _mac(self.token, "signed in")

    def sign(self, text: str) -> str:
        """An HMAC of ``text`` under the token: what the app sets in a cookie and must
        know again as its own (a notice, web/notices.py). The sign-in cookie's purposes
        are no such text: a signature is never a sign-in."""
        return _mac(self.token, f"signed text: {text}")

    def is_token(self, given: str) -> bool:
        """Whether ``given`` is the token, as the file holds it this moment: a sign-in is
        rare, and an address printed before ``--new-token`` is not taken a moment longer."""
        self._changed()
        return self._is_token(given)

    def refusal(self, headers: Headers) -> Refused | None:
        """None for a request that carries the token (Bearer) or the signed-in cookie;
        else what it showed instead, worked out once, for its answer."""
        if self._admits(headers):
            return None
        shown = _shown(headers)
        if shown is not Refused.NOTHING and self._changed() and self._admits(headers):
            return None
        return shown

    def _changed(self) -> bool:
        """Whether the token file has just changed (read again if so): asked when a token
        or cookie shown does not match, so that one made with a new token works at once,
        and at sign-in. A token given as such never changes."""
        return isinstance(self._kept, TokenFile) and self._kept.look_again()

    def _is_token(self, given: str) -> bool:
        return bool(given) and secrets.compare_digest(given.encode(), self.token.encode())

    def _admits(self, headers: Headers) -> bool:
        if self._is_token(_bearer(headers)):
            return True
        cookie = _cookies(headers).get(self.cookie_name, "")
        return secrets.compare_digest(cookie.encode(), self.cookie_value.encode())


def _shown(headers: Headers) -> Refused:
    """What a request that was turned away showed instead of the token."""
    if _bearer(headers):
        return Refused.WRONG_TOKEN
    if any(name.startswith(COOKIE_PREFIX) for name in _cookies(headers)):
        return Refused.OTHER_COOKIE
    return Refused.NOTHING


def _bearer(headers: Headers) -> str:
    """The Bearer token in ``Authorization``; "" for none."""
    scheme, _, credential = headers.get("authorization", "").partition(" ")
    return credential.strip() if scheme.lower() == "bearer" else ""


def _cookies(headers: Headers) -> dict[str, str]:
    return cookie_parser(headers.get("cookie", ""))


@functools.lru_cache(maxsize=8)  # per request otherwise; the token seldom changes
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
        shown = self.access.refusal(Headers(scope=scope))
        scope[SIGNED_IN] = shown is None
        if shown is None or is_open(scope["path"]):
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # a websocket: the app has none to offer anyone
            await send({"type": "websocket.close", "code": 1008})
            return
        request = Request(scope)
        if shown is Refused.NOTHING and opened_from_elsewhere(request):
            answer = reopen_page(request)
        else:
            answer = await refusal(request, shown.message(api=is_api(request)))
        await answer(scope, receive, send)


def opened_from_elsewhere(request: Request) -> bool:
    """Whether ``request`` is a page that a link elsewhere opened (another site, a mail
    program, a file on disk): a top-level GET navigation, which the browser sent without
    the SameSite=Strict sign-in cookie. Never a request that the app's own page made: that
    one had the cookie to send if the browser holds it, so asking again could only loop."""
    if request.method != "GET" or is_api(request):
        return False
    headers = request.headers
    site = headers.get("sec-fetch-site")
    if site is not None:
        return (
            site in _FROM_ELSEWHERE
            and headers.get("sec-fetch-mode") == "navigate"
            and headers.get("sec-fetch-dest", "document") == "document"  # not a frame
        )
    # A browser without Fetch Metadata (Safari before 16.4) says less: a request that
    # accepts HTML is a page, and the app's own page's step shows the cookie the page
    # set, or the app's own address as the page it came from.
    return (
        "text/html" in headers.get("accept", "")
        and "sec-fetch-mode" not in headers
        and REOPENED_COOKIE not in _cookies(headers)
        and not from_own_page(headers, request.url.scheme)
    )


def reopen_page(request: Request) -> Response:
    """A page that asks for the address ``request`` asked for again, as its own step (as
    the sign-in page goes on to the clients), so that the browser sends the sign-in
    cookie: a 401 (no practice's page was shown), saying nothing of the practice."""
    templates: Jinja2Templates = request.app.state.templates
    context = {"onward": again_address(request.scope)}
    answer = templates.TemplateResponse(request, "signin/reopen.html", context, status_code=401)
    answer.headers["WWW-Authenticate"] = WWW_AUTHENTICATE
    answer.set_cookie(REOPENED_COOKIE, "1", max_age=REOPENED_FOR_S, **cookie_attributes(request))
    return answer


def again_address(scope: Scope) -> str:
    """The path and query ``scope`` asked for, as a page of this app names it: never
    another host (``//host`` or ``/\\host`` would lead a browser there) and without a
    ``token`` parameter, so that the page holds no token."""
    path: bytes = scope.get("raw_path") or scope["path"].encode()
    query = b"&".join(
        pair
        for pair in scope["query_string"].split(b"&")
        if pair and not _names_the_token(pair.partition(b"=")[0].decode("latin-1"))
    )
    address = quote_from_bytes(path + b"?" + query if query else path, safe=_KEPT_AS_IS)
    return "/" + address.lstrip("/")


# Kept as the browser sent them; anything else (a backslash, a quote, a space, a byte
# beyond ASCII) is escaped, so that the address means on the page what it meant here.
_KEPT_AS_IS = "/?&=%+;:@!$()*,-._~"


async def refusal(request: Request, message: str) -> Response:
    """A 401 in the app's own words (JSON for the API, the error page otherwise)."""
    answer = await error_page(request, 401, message)
    answer.headers["WWW-Authenticate"] = WWW_AUTHENTICATE
    return answer


@router.get(SIGN_IN_PATH)
async def sign_in(request: Request, token: str = "") -> Response:
    """Open the sign-in address: the cookie is set, and the answer is a page that goes on
    to the client list by an address without the token, so the token does not stay in
    view. A page, not a redirect: see the module's docstring."""
    access: Access = request.app.state.access
    if not token and request.scope.get(SIGNED_IN):  # signed in already: on to the clients
        return RedirectResponse("/", status_code=303)
    if not token.strip():
        return await refusal(request, NO_TOKEN)
    if not access.is_token(token):
        return await refusal(request, WRONG_ADDRESS)
    templates: Jinja2Templates = request.app.state.templates
    answer = templates.TemplateResponse(request, "signin/signed_in.html", {})
    answer.set_cookie(access.cookie_name, access.cookie_value, **cookie_attributes(request))
    # The address holds the token: the next page is not told it (Referer).
    answer.headers["Referrer-Policy"] = "no-referrer"
    return answer


@router.post(SIGN_OUT_PATH)
async def sign_out(request: Request) -> Response:
    """The sign-out button: the cookie is cleared, and the page says how to sign in again.
    A form's button, so FormGuard refuses it from another site's page."""
    access: Access = request.app.state.access
    templates: Jinja2Templates = request.app.state.templates
    answer = templates.TemplateResponse(
        request, "signin/signed_out.html", {"how_to_sign_in": SIGNED_OUT}
    )
    answer.delete_cookie(access.cookie_name, **cookie_attributes(request))
    return answer


def cookie_attributes(request: Request) -> dict[str, Any]:
    """The sign-in cookie's attributes, the same when it is set and when cleared."""
    return {
        "path": "/",
        "httponly": True,  # no script on a page can read it
        "samesite": "strict",  # sent with no request another site starts: module docstring
        "secure": request.url.scheme == "https",
    }


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
    return f"{name}={HIDDEN}" if equals and _names_the_token(name) else pair


def _names_the_token(name: str) -> bool:
    """Whether a query parameter's name, as sent, is ``token`` (``%74oken`` is too)."""
    return unquote_plus(name) == "token"


def hide_token_in_access_log() -> None:
    """Keep the token out of the server's access log (once, however often called)."""
    log = logging.getLogger(ACCESS_LOG)
    if not any(isinstance(kept, HideToken) for kept in log.filters):
        log.addFilter(HideToken())
