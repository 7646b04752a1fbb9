"""No page or API answer about a client is kept by the browser or a proxy.

Every response but the static files says ``Cache-Control: no-store``: a transcript
removed, or a client erased, is then not shown again from a cache by the Back button,
and a shared computer keeps no copy of a client's words on disk.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Files that carry nothing about a client: the style sheet, the API docs' scripts.
_CACHEABLE = ("/static/", "/api/docs/static/")
NO_STORE = "no-store"


class NoStore:
    """ASGI middleware: ``Cache-Control: no-store`` on every response outside
    ``_CACHEABLE``. (The page of an unexpected error is answered outside every
    middleware, and says it itself: ``web/errors.py``.)"""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(_CACHEABLE):
            await self.app(scope, receive, send)
            return

        async def send_no_store(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)["Cache-Control"] = NO_STORE
            await send(message)

        await self.app(scope, receive, send_no_store)
