"""Every word on the coach's pages stands out from what is behind it by a contrast of
at least 4.5:1 (3:1 for large text), as a browser draws them: the muted notes, the
times beside a client's lines, the flags' small text on their grey."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from coachconn.core.clock import FixedClock
from coachconn.core.coaches import Coach
from coachconn.services.clients import update_client
from coachconn.storage.store import Store
from tests.factories import TEAM, attach_text, make_engagement, make_session

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

pytestmark = pytest.mark.db

# Timed lines, so each has its time in the muted colour, the client's on their own tint;
# a client line that reports, discloses and is unsure, for the flags on their grey.
TIMED = (
    b"[00:00:01] Coach: What happened next?\n"
    b"[00:00:05] Robin: On Monday I was scared, maybe.\n"
    b"[00:00:20] Coach: What did you notice?\n"
    b"[00:00:24] Robin: We met on Monday and it ran two hours over.\n"
)

# Each text node drawn, with its colour and the first background behind it that is not
# transparent; the ones under the least contrast WCAG allows for their size.
TOO_FAINT = """
() => {
  const rgb = c => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => (v /= 255) <= 0.03928 ? v / 12.92
    : ((v + 0.055) / 1.055) ** 2.4).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const behind = e => {
    for (; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c;
    }
    return [255, 255, 255];
  };
  const faint = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const e = n.parentElement, style = getComputedStyle(e), box = e.getBoundingClientRect();
    if (!n.textContent.trim() || style.visibility === "hidden" || box.width <= 1
        || box.height <= 1 || box.bottom < 0) continue;
    const [a, b] = [lum(rgb(style.color)), lum(behind(e))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const large = size >= 24 || (size >= 18.66 && bold);
    const said = n.textContent.trim().slice(0, 30);
    if (ratio < (large ? 3 : 4.5))
      faint.push(`${ratio.toFixed(2)}: ${e.tagName}.${e.className} "${said}"`);
  }
  return [...new Set(faint)];
}
"""


def test_no_text_on_the_coachs_pages_is_too_faint_to_read(
    signed_in: BrowserContext, live_url: str, store: Store, coach: Coach, clock: FixedClock
) -> None:
    engagement = make_engagement(store, coach)
    update_client(
        store.unit_of_work(), coach.id, engagement.client_id, expected_version=None,
        add_flags=["resistant"],
    )  # fmt: skip
    held = make_session(store, coach, engagement, at=clock() - timedelta(days=1), status="held")
    attach_text(store, coach, held, TIMED)
    team = make_session(store, coach, engagement, at=clock() - timedelta(days=2), status="held")
    attach_text(store, coach, team, TEAM, names_differ=True)  # the talk by speaker table
    page = signed_in.new_page()
    for path in (
        "/",
        "/transcripts",
        f"/clients/{held.client_id}/transcripts",
        f"/sessions/{held.id}/transcript",
        f"/sessions/{team.id}/transcript",
        "/sessions/999999/transcript",
    ):
        page.goto(live_url + path)
        assert page.evaluate(TOO_FAINT) == [], path
