"""The client list: the first page, and its JSON twin under ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel

from coachconn.core.clients import ClientSummary
from coachconn.services.clients import list_clients
from coachconn.web.deps import ApiTime, CoachDep, StoreDep, TemplatesDep

router = APIRouter()


class ClientOut(BaseModel):
    id: int
    preferred_name: str
    flags: list[str]
    phase: str | None
    sessions_held: int
    engagement_status: str | None
    next_session_at: ApiTime | None

    @classmethod
    def of(cls, summary: ClientSummary) -> ClientOut:
        return cls(
            id=summary.id,
            preferred_name=summary.preferred_name,
            flags=sorted(flag.value for flag in summary.flags),
            phase=summary.phase.value if summary.phase else None,
            sessions_held=summary.sessions_held,
            engagement_status=(
                summary.engagement_status.value if summary.engagement_status else None
            ),
            next_session_at=summary.next_session_at,
        )


class ClientList(BaseModel):
    clients: list[ClientOut]


@router.api_route(
    "/", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False
)
def client_list_page(
    request: Request, store: StoreDep, coach: CoachDep, templates: TemplatesDep
) -> HTMLResponse:
    clients = list_clients(store.unit_of_work(readonly=True), coach.id)
    return templates.TemplateResponse(
        request, "clients/list.html", {"coach": coach, "clients": clients}
    )


@router.api_route("/clients", methods=["GET", "HEAD"], include_in_schema=False)
def clients_address(request: Request) -> RedirectResponse:
    """The address a coach may guess for the client list: the list is the first page."""
    return RedirectResponse(str(request.url_for("client_list_page")), status_code=303)


@router.get("/api/v1/clients", response_model=ClientList, tags=["clients"], summary="Every client")
def client_list_api(store: StoreDep, coach: CoachDep) -> ClientList:
    """Every client of the signed-in coach, with the phase of their current engagement."""
    clients = list_clients(store.unit_of_work(readonly=True), coach.id)
    return ClientList(clients=[ClientOut.of(summary) for summary in clients])
