"""Request dependencies: the store, the signed-in coach, the template renderer.

The coach is resolved here and nowhere else, so every route is scoped to one
coach by construction. Until accounts exist, the practice's default coach is
the one signed in.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates
from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError

from coachconn.core.clock import json_time
from coachconn.core.coaches import Coach
from coachconn.core.validation import whole_number_text
from coachconn.services.coaches import get_default_coach
from coachconn.storage.store import Store
from coachconn.web.errors import remember_coach

if TYPE_CHECKING:  # the coder module loads numpy: only a form that codes needs it
    from coachconn.analysis.coder import Coder


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.templates
    return templates


StoreDep = Annotated[Store, Depends(get_store)]
TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]


def current_coach(request: Request, store: StoreDep) -> Coach:
    # Only read: a read-only unit of work, which waits for no change in progress.
    coach = get_default_coach(store.unit_of_work(readonly=True))
    remember_coach(request, coach)  # an error page later in the request names them as read
    return coach


CoachDep = Annotated[Coach, Depends(current_coach)]


def _written_in_digits(value: object) -> object:
    """A number in the address as the command line reads one: ASCII digits only
    (:func:`coachconn.core.validation.whole_number_text`). The parser alone would read
    ``1_0`` as 10 and ``1.0`` as 1; refused as any other slip, the error handler says
    "expected a whole number, got '1_0'"."""
    if isinstance(value, str) and whole_number_text(value) is None:
        raise PydanticCustomError("int_parsing", "expected a whole number")
    return value


# An id (or other whole number) in a page's address or its query.
WholeNumber = Annotated[int, BeforeValidator(_written_in_digits)]

# A time in the JSON API, written as the command line's JSON writes it (one helper for
# both: UTC ends in Z); the API document still calls it a date-time.
ApiTime = Annotated[
    datetime,
    PlainSerializer(json_time, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]


def get_coder(request: Request) -> Coder:
    """The coder the app was given, else the shipped model, loaded on first use."""
    coder: Coder | None = request.app.state.coder
    if coder is None:
        from coachconn.analysis.coder import load_default_coder

        coder = request.app.state.coder = load_default_coder()
    return coder
