"""Only the names this machine is reached by: the defence against DNS rebinding.

A web page elsewhere whose name an attacker points at 127.0.0.1 would otherwise have
the browser send its requests here, and read the answers as its own. Every request
whose ``Host`` is not in ``COACHCONN_ALLOWED_HOSTS`` (or the listen address) gets a 400
in the app's own words, a page or the API's JSON, saying where the names are set. It
names the name asked for only when that is a plain host name (escaped on the page, like
every value), and never the coach: no sign-in has been checked yet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from coachconn.web.errors import error_page

# A host name or an IPv4 address, or an IPv6 address in brackets; then a port perhaps.
_HOST = re.compile(r"(?P<name>[a-z0-9._-]{1,253}|\[[0-9a-f:.]{2,45}\])(?::[0-9]{1,5})?")
WHERE_NAMES_ARE_SET = (
    "If it should, add it to COACHCONN_ALLOWED_HOSTS (names separated by commas) and "
    "restart coachconn serve; behind a reverse proxy, the proxy must pass the browser's "
    "Host header through."
)


def host_name(host_header: str | None) -> str | None:
    """The name in a ``Host`` header, lower case, without its port (an IPv6 address in
    brackets); None for a header that is no name and port."""
    found = _HOST.fullmatch((host_header or "").strip().lower())
    return found["name"] if found else None


def is_allowed(name: str, allowed: Sequence[str]) -> bool:
    """Whether ``name`` is one of ``allowed``, where ``*.example.org`` stands for every
    name below example.org."""
    return any(
        name == pattern or (pattern.startswith("*.") and name.endswith(pattern[1:]))
        for pattern in allowed
    )


def refusal_message(name: str | None) -> str:
    said = f"the name “{name}”" if name else "the name this request was sent to"
    return f"This practice does not answer to {said}. {WHERE_NAMES_ARE_SET}"


class KnownHosts:
    """ASGI middleware: a request for a name not in ``allowed_hosts`` gets a 400 (the
    error page, or JSON under ``/api/``); a websocket is closed."""

    def __init__(self, app: ASGIApp, allowed_hosts: Sequence[str]) -> None:
        self.app = app
        self.allowed_hosts = [pattern.lower() for pattern in allowed_hosts]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        name = host_name(Headers(scope=scope).get("host"))
        if name is not None and is_allowed(name, self.allowed_hosts):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        answer = await error_page(Request(scope), 400, refusal_message(name))
        await answer(scope, receive, send)
