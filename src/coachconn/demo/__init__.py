"""The demo practice: one coach and twelve fictional clients across the three phases.

Plain data only (see :mod:`coachconn.demo.model`); loading it is the job of
:func:`coachconn.services.demo.load_demo`.
"""

from __future__ import annotations

from coachconn.demo import deepening, initial, mature
from coachconn.demo.model import DemoCoach

PRACTICE = DemoCoach(
    display_name="Robin Ashdown",
    email="robin@ashdown-coaching.example",
    clients=initial.CLIENTS + deepening.CLIENTS + mature.CLIENTS,
)

__all__ = ["PRACTICE", "DemoCoach"]
