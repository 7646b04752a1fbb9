"""One place that turns errors into responses.

``CoachconnError`` subclasses carry their own status; paths under ``/api/``
get JSON, everything else an HTML error page. Anything unexpected is logged
with its traceback and answered with a generic 500: a user never sees a
traceback.

An error page names the signed-in coach in its header. A dependency that resolved the
coach left them in ``request.state``; otherwise the coach is looked up on a worker
thread, never on the event loop, in a read-only unit of work: it waits for no change in
progress (SQLite begins it deferred, not with ``BEGIN IMMEDIATE``), so a page saying
what went wrong is not held up by another change.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from coachconn.core.coaches import Coach
from coachconn.core.errors import EXPECTED, Busy, CoachconnError, wrong_form
from coachconn.services.coaches import get_default_coach
from coachconn.web.caching import NO_STORE
from coachconn.web.headers import add_security_headers

log = logging.getLogger(__name__)

_TITLES = {
    400: "Bad request",
    401: "Sign-in needed",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
    409: "Changed meanwhile",
    411: "Length required",
    413: "Too large",
    422: "Please check the input",
    500: "Something went wrong",
    503: "Busy: please try again",
}
_GENERIC_500 = "Something went wrong on our side. It has been logged; please try again."
# Set in a request's scope by the sign-in guard (web/signin.py): True once the request
# has shown the access token. Only then does an error page name the coach: a request for
# an open path (a missing static file, say) may come from anyone.
SIGNED_IN = "coachconn.signed_in"


class ErrorDetail(BaseModel):
    status: int
    message: str
    field: str | None = None


class ErrorOut(BaseModel):
    """Every API error: its status and one line saying what is wrong."""

    error: ErrorDetail


# For the OpenAPI document: the errors an API route answers with, in the shape it uses.
API_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorOut, "description": "Sign-in needed: no access token, or a wrong one"},
    404: {"model": ErrorOut, "description": "Not found: no such record, or not this coach's"},
    422: {"model": ErrorOut, "description": "A value in the address is not of the right form"},
}


def install(app: FastAPI) -> None:
    app.add_exception_handler(CoachconnError, _coachconn_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected_error)


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _render_error(
    request: Request, status: int, message: str, *, coach: Coach | None = None, **extra: object
) -> Response:
    """JSON ``{"error": {...}}`` for the API, the error page for people. The page names
    ``coach``, else the coach a dependency resolved for this request; it never reads the
    database (:func:`error_page` looks the coach up first)."""
    if is_api(request):
        return JSONResponse({"error": {"status": status, "message": message, **extra}}, status)
    templates: Jinja2Templates = request.app.state.templates
    context = {
        "status": status,
        "title": _TITLES.get(status, "Error"),
        "message": message,
        "back": _back(request),
        "coach": (coach or _resolved_coach(request)) if status < 500 else None,
        # Signed out, every page of the practice would answer 401: none is linked to.
        "signed_in": bool(request.scope.get(SIGNED_IN)),
    }
    try:
        return templates.TemplateResponse(request, "error.html", context, status_code=status)
    except Exception:  # the error page itself must never fail the user
        log.exception("error page failed to render")
        return HTMLResponse(f"<h1>{status}</h1><p>{_TITLES.get(status, 'Error')}</p>", status)


async def error_page(request: Request, status: int, message: str, **extra: object) -> Response:
    """The one way to answer with an error: JSON ``{"error": {...}}`` for the API, the
    error page for people. The page names the signed-in coach even where no dependency
    has resolved them: looked up off the event loop, waiting for no change in progress."""
    wanted = status < 500 and not is_api(request) and _resolved_coach(request) is None
    coach = await _look_up_coach(request) if wanted else None
    return _render_error(request, status, message, coach=coach, **extra)


def _back(request: Request) -> str | None:
    """The page of this app the request came from (a form, say), to go back to; None
    for another site's page or none."""
    referer = urlsplit(request.headers.get("referer", ""))
    if not referer.path or referer.netloc != request.headers.get("host"):
        return None
    if not referer.path.startswith("/") or referer.path.startswith("//") or "\\" in referer.path:
        return None  # "//host/x" or "/\\host" would lead a browser to another site
    if referer.path == request.url.path and request.method in ("GET", "HEAD"):
        return None  # this very page
    return referer.path + (f"?{referer.query}" if referer.query else "")


def remember_coach(request: Request, coach: Coach) -> None:
    """Keep the coach a dependency resolved, for an error page later in this request."""
    request.state.coach = coach


def _resolved_coach(request: Request) -> Coach | None:
    """The coach a dependency resolved for this request, to a request that signed in."""
    if not request.scope.get(SIGNED_IN):
        return None
    coach = getattr(request.state, "coach", None)
    return coach if isinstance(coach, Coach) else None


async def _look_up_coach(request: Request) -> Coach | None:
    """The coach for the page header, to a request that signed in; None otherwise, or if
    the lookup fails. Read on a worker thread in a read-only unit of work, which waits
    for no writer on either backend."""
    if not request.scope.get(SIGNED_IN):
        return None
    store = request.app.state.store

    def look_up() -> Coach | None:
        try:
            return get_default_coach(store.unit_of_work(readonly=True))
        except Exception:
            log.debug("no coach for the error page", exc_info=True)
            return None

    return await anyio.to_thread.run_sync(look_up)


async def _coachconn_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, CoachconnError)
    if isinstance(exc, Busy):  # not a fault: the coach can simply try again
        response = await error_page(request, exc.http_status, str(exc))
        response.headers["Retry-After"] = str(exc.retry_after_s)
        return response
    if exc.http_status >= 500:
        # Set-up problems (key, database) are told in full to the operator's log; the page
        # says what the coach can do where the error says it in public words
        # (ConfigError.public), else only that something went wrong.
        log.error("configuration error: %s", exc)
        public = getattr(exc, "public", None)
        return await error_page(request, exc.http_status, public or _GENERIC_500)
    field = getattr(exc, "field", None)
    extra = {"field": field} if field else {}
    return await error_page(request, exc.http_status, str(exc), **extra)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "Error")
    if exc.status_code == 404:
        message = "There is nothing at this address."
    elif exc.status_code == 405:  # an action's address opened as a page, say
        allowed = exc.headers.get("Allow", "") if exc.headers else ""
        message = (
            "This address is for a form's button, not a link: go back and use the button."
            if "POST" in allowed and request.method == "GET"
            else f"This address does not take a {request.method} request."
        )
    return await error_page(request, exc.status_code, message)


# A page's parameters, in its reader's words: what a value in the address is. A script
# reading the API is told the parameter's own name, as its OpenAPI document gives it.
IN_THE_ADDRESS = {
    "session_id": "The session number in the address",
    "client_id": "The client number in the address",
}


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(
        str(part) for part in first.get("loc", ()) if part not in ("body", "query", "path")
    )
    kind = first.get("type", "")
    if kind in EXPECTED:  # the common slips, in words rather than the parser's
        said = wrong_form(kind, first.get("input"))
    else:
        said = first.get("msg", "invalid value")
    if not is_api(request):
        where = IN_THE_ADDRESS.get(where, where)
    message = f"{where}: {said}" if where else "invalid input"
    return await error_page(request, 422, message)


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    answer = await error_page(request, 500, _GENERIC_500)
    # Starlette answers an unexpected error outside every middleware: what they add to
    # every answer is added here.
    answer.headers["Cache-Control"] = NO_STORE
    add_security_headers(answer.headers, request.url.path)
    return answer
