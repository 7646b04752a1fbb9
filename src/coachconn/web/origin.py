"""Cross-site request protection for the forms that change something.

The app answers on the coach's own machine without sign-in, so any web page the coach
opens could post a form to it. Browsers say where a request comes from: a form that
changes something is refused when ``Sec-Fetch-Site`` says another site sent it, or,
from a browser that does not send that header, when ``Origin`` names another host. A
request with neither header comes from no browser page (a script, curl) and passes:
such a client is not a way in for another site. Reading is never refused here.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import HTTPException, Request

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# "none": the coach typed the address or used a bookmark.
_OWN = frozenset({"same-origin", "none"})
REFUSED = "refused: this form was sent from another site, not from coachconn's own page"


def same_origin(request: Request) -> None:
    """A dependency: 403 for a request that changes something and that a browser says
    another site sent."""
    if request.method in _SAFE_METHODS:
        return
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        if fetch_site not in _OWN:
            raise HTTPException(403, REFUSED)
        return
    origin = request.headers.get("origin")
    if origin is None:
        return
    host = request.headers.get("host", "")
    if origin == "null" or urlsplit(origin).netloc.lower() != host.lower():
        raise HTTPException(403, REFUSED)
