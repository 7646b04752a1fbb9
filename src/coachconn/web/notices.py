"""One-time notices: what a form's button did ("the transcript was removed"), said once,
on the page the button leads to, and never by an address alone.

The answer to the form is a redirect that also sets a cookie holding the notice and the
path of the page it is for, signed with the practice's access token. That page, and only
that page, says it, and clears the cookie: reloaded, bookmarked or typed by hand, the same
address says nothing. A cookie, not a query parameter, so that an address cannot claim
something happened; kept by the browser, not the server, so that several processes serve
the same practice. Signed, so that a notice another practice served on this machine left
(ports do not separate cookies) is not taken for this one's.
"""

from __future__ import annotations

import secrets

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from coachconn.web.signin import Access, cookie_attributes

# Not named with signin.COOKIE_PREFIX: it signs nothing in.
NOTICE_COOKIE = "notice-by-coachconn"
NOTICE_FOR_S = 60  # the redirect is followed at once: this is ample


def redirect_with_notice(request: Request, path: str, notice: str) -> RedirectResponse:
    """A 303 to ``path`` (a path of this app, no query) that leaves ``notice`` for it."""
    answer = RedirectResponse(path, status_code=303)
    value = f"{notice} {_signature(request, path, notice)}"
    answer.set_cookie(NOTICE_COOKIE, value, max_age=NOTICE_FOR_S, **cookie_attributes(request))
    return answer


def left_for(request: Request) -> str | None:
    """The notice a redirect left for the page ``request`` asks for; None for none, or
    for one left for another page or by another practice."""
    notice, _, signature = request.cookies.get(NOTICE_COOKIE, "").rpartition(" ")
    if not notice:
        return None
    expected = _signature(request, request.url.path, notice)
    return notice if secrets.compare_digest(signature.encode(), expected.encode()) else None


def spend(request: Request, answer: Response) -> None:
    """Clear the notice cookie, if ``request`` came with one: it is said once."""
    if NOTICE_COOKIE in request.cookies:
        answer.delete_cookie(NOTICE_COOKIE, **cookie_attributes(request))


def _signature(request: Request, path: str, notice: str) -> str:
    access: Access = request.app.state.access
    return access.sign(f"notice for {path}: {notice}")
