"""Request dependencies: the store, the signed-in coach, the template renderer.

The coach is resolved here and nowhere else, so every route is scoped to one
coach by construction. Until accounts exist, the practice's default coach is
the one signed in.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from coachconn.core.coaches import Coach
from coachconn.services.coaches import get_default_coach
from coachconn.storage.store import Store


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.templates
    return templates


StoreDep = Annotated[Store, Depends(get_store)]
TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]


def current_coach(store: StoreDep) -> Coach:
    return get_default_coach(store.unit_of_work())


CoachDep = Annotated[Coach, Depends(current_coach)]
