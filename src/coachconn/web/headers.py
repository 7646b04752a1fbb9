"""What every answer tells the browser about how it may be used, beside its content.

- No page of the practice is shown inside another site's page (``frame-ancestors
  'none'``, and ``X-Frame-Options: DENY`` for browsers that predate it): the
  SameSite=Strict sign-in already keeps a frame elsewhere signed out, and this keeps
  even a refusal page out of one, so that no button of the app can be laid under
  another site's (clickjacking).
- A page runs no script but the app's own file (``static/confirm.js``, which asks
  before a transcript is deleted), none written into the page, and loads nothing but
  the app's own files (``Content-Security-Policy``): should a client's words ever reach
  a page unescaped, they could still neither run nor send anything anywhere. The API's
  documentation page, which is Swagger UI, runs its own scripts from this server, and
  its inline set-up script and styles: it alone may, and it too loads nothing from
  elsewhere.
- No address of the practice is sent to another site as the page a link came from
  (``Referrer-Policy: same-origin``); the app's own pages still get it, as the form
  check (``web/origin.py``) and an error page's way back read it. The sign-in page
  sends it nowhere (``no-referrer``, set by its route and kept here), as its address
  holds the token.
- A file is taken as the type the app says it is (``X-Content-Type-Options``).
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Pages run only the app's own script file and load only its own style sheet and icon:
# nothing inline, nothing from another site.
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# Swagger UI: its bundle from this server, its inline set-up script and styles, and its
# icons as data: addresses; the OpenAPI document it reads is this server's too.
DOCS_PATH = "/api/docs"
DOCS_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
_HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def add_security_headers(headers: MutableHeaders, path: str) -> None:
    """The headers above, for an answer to ``path``; one the route set itself (the
    sign-in page's ``Referrer-Policy``) is kept."""
    policy = DOCS_POLICY if path == DOCS_PATH else PAGE_POLICY
    for name, value in {**_HEADERS, "Content-Security-Policy": policy}.items():
        headers.setdefault(name, value)


class SecurityHeaders:
    """ASGI middleware: :func:`add_security_headers` on every response. (The page of an
    unexpected error is answered outside every middleware, and adds them itself:
    ``web/errors.py``.)"""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                add_security_headers(MutableHeaders(scope=message), scope["path"])
            await send(message)

        await self.app(scope, receive, send_with_headers)
