"""A refused field is outlined in red whether or not it has the focus; on a keyboard,
the focus on it still shows: the field looks otherwise when it has the focus than when
it has not, as every other field does."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.storage.store import Store
from tests.factories import make_engagement, make_session

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Locator

pytestmark = pytest.mark.db

LOOK = "e => { const s = getComputedStyle(e); return [s.outline, s.outlineOffset, s.boxShadow]; }"


def _look(field: Locator) -> list[str]:
    return field.evaluate(LOOK)


def test_the_focus_on_a_refused_field_shows(
    signed_in: BrowserContext,
    live_url: str,
    store: Store,
    coach: Coach,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    engagement = make_engagement(store, coach)
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    file = tmp_path / "empty.txt"
    file.write_bytes(b"")
    page = signed_in.new_page()
    page.goto(f"{live_url}/clients/{held.client_id}/transcripts")
    page.get_by_label("Session", exact=True).select_option(str(held.id))
    page.get_by_label("File", exact=True).set_input_files(str(file))
    page.get_by_role("button", name="Attach and analyse").click()
    page.wait_for_url(f"{live_url}/transcripts?client_id={held.client_id}")

    refused = page.get_by_label("File", exact=True)
    assert refused.get_attribute("aria-invalid") == "true"
    # Reached by the keyboard: away from it and back.
    page.keyboard.press("Tab")
    assert not refused.evaluate("e => e === document.activeElement")
    away = _look(refused)
    page.keyboard.press("Shift+Tab")
    assert refused.evaluate("e => e === document.activeElement")
    assert _look(refused) != away
    # And a field that was not refused shows its focus as the browser draws it.
    name = page.get_by_label("Your name in the file")
    page.keyboard.press("Tab")
    assert name.evaluate("e => e === document.activeElement")
    assert "auto" in _look(name)[0]
