"""Liveness for load balancers: answers without touching the database."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()


@router.api_route("/healthz", methods=["GET", "HEAD"], include_in_schema=False)
def healthz() -> dict[str, str]:
    return {"status": "ok"}
