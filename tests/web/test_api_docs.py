"""The API docs page works on a machine with no internet: every script and style
sheet it loads is served by the app itself."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.db


def test_the_docs_page_loads_nothing_from_another_host(http: TestClient) -> None:
    page = http.get("/api/docs")

    assert page.status_code == 200
    sources = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text)
    sources += re.findall(r"""url:\s*["']([^"']+)["']""", page.text)
    assert sources, "the page names no script, style sheet or document"
    assert [s for s in sources if "//" in s] == []
    for source in sources:
        assert http.get(source).status_code == 200, source


def test_the_docs_page_reads_this_apps_openapi_document(http: TestClient) -> None:
    page = http.get("/api/docs")
    document = http.get("/api/v1/openapi.json").json()

    assert "/api/v1/openapi.json" in page.text
    assert "/api/v1/transcripts" in document["paths"]


def test_the_document_gives_errors_in_the_shape_the_api_answers_with(http: TestClient) -> None:
    document = http.get("/api/v1/openapi.json").json()
    answers = document["paths"]["/api/v1/sessions/{session_id}/transcript"]["get"]["responses"]
    for status in ("404", "422"):
        schema = answers[status]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorOut"}, status
    missing = http.get("/api/v1/sessions/999/transcript").json()
    assert set(missing) == set(document["components"]["schemas"]["ErrorOut"]["properties"])
    assert "HTTPValidationError" not in document["components"]["schemas"]
