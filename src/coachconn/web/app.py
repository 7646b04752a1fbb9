"""Build the FastAPI application: settings and store in, routes and error pages out."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from fastapi_offline import FastAPIOffline

from coachconn import __version__
from coachconn.analysis.report import format_clock
from coachconn.config import Settings
from coachconn.core.coaches import Coach

if TYPE_CHECKING:
    from coachconn.analysis.coder import Coder
from coachconn.services.access import TokenFile, followed_access_token
from coachconn.services.setup import open_store
from coachconn.storage.store import Store
from coachconn.web import errors, signin
from coachconn.web.caching import NoStore
from coachconn.web.headers import SecurityHeaders
from coachconn.web.hosts import KnownHosts
from coachconn.web.origin import FormGuard
from coachconn.web.routes import clients, health, transcript_pages, transcripts
from coachconn.web.signin import Access, SignInGuard

_HERE = Path(__file__).parent


def create_app(
    settings: Settings,
    *,
    store: Store | None = None,
    coder: Coder | None = None,
    token: str | TokenFile | None = None,
) -> FastAPI:
    """A new app serving one practice.

    ``store`` lets tests hand in the store they already opened; otherwise the
    app opens its own from ``settings``. ``coder`` codes attached transcripts; by
    default the shipped model, loaded when the first one is attached. ``token`` is
    the access token every request must show (web/signin.py), or the file it is kept in;
    by default the one in the data folder, made there (mode 0600) if there is none, and
    followed there: a token replaced while the app runs replaces it here too. The app
    keeps no other state, so several processes can serve the same PostgreSQL database.
    """
    own_store = store is None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if own_store:  # a store handed in belongs to the caller
            app.state.store.close()

    # The docs page loads its scripts from this server: the product works offline.
    app = FastAPIOffline(
        lifespan=lifespan,
        title="coachconn",
        version=__version__,
        docs_url="/api/docs",
        redoc_url=None,
        static_url="/api/docs/static",
        openapi_url="/api/v1/openapi.json",
    )
    app.state.settings = settings
    app.state.store = store if store is not None else open_store(settings)
    try:
        kept = token if token is not None else followed_access_token(settings)
        app.state.access = access = Access(kept)
    except BaseException:
        if own_store:
            app.state.store.close()
        raise
    # Outermost to innermost. Every answer is kept from caches and says how a browser
    # may use it (no frame elsewhere, no script but its own), refusals too. Only the
    # names this machine is reached by: a page elsewhere whose name is pointed at
    # 127.0.0.1 (DNS rebinding) gets a 400, never the client list. Then nothing goes
    # further without the access token: not even a body over the limit sent to the
    # upload form, whose answer is the client's page. Last, forms sent from another
    # site, or too large, are refused before their body is read.
    app.add_middleware(FormGuard, own_pages={transcript_pages.ATTACH_PATH})
    app.add_middleware(SignInGuard, access=access)
    app.add_middleware(KnownHosts, allowed_hosts=settings.trusted_hosts)
    app.add_middleware(NoStore)
    app.add_middleware(SecurityHeaders)
    app.state.templates = _templates()
    app.state.coder = coder
    app.mount("/static", StaticFiles(directory=_HERE / "static"), name="static")
    app.include_router(health.router)
    app.include_router(signin.router)
    app.include_router(clients.router)
    app.include_router(transcripts.router)
    app.include_router(transcript_pages.router)
    errors.install(app)
    return app


def _templates() -> Jinja2Templates:
    """The page templates, with the filters they format times with."""
    templates = Jinja2Templates(directory=_HERE / "templates")
    templates.env.filters["when"] = _local("%a %d %b %Y, %H:%M %Z")  # Tue 03 Mar 2026, 10:00 CET
    templates.env.filters["day"] = _local("%d %b %Y")  # 04 Nov 2026
    templates.env.filters["short"] = _local("%d %b %Y %H:%M %Z")  # for tables
    templates.env.filters["clock"] = format_clock
    return templates


def _local(fmt: str) -> Callable[[datetime | None, Coach], str]:
    """A filter showing a moment in the coach's timezone, "—" for none."""

    def shown(value: datetime | None, coach: Coach) -> str:
        if value is None:
            return "—"
        return value.astimezone(ZoneInfo(coach.timezone)).strftime(fmt)

    return shown
