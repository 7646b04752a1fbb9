"""Pins: details the coach must remember ("Remember important details from
previous sessions"), optionally with a day to bring them up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from coachconn.core import validation as v
from coachconn.core.errors import Conflict, InvalidInput


@dataclass(frozen=True, slots=True)
class PinView:
    id: int
    coach_id: int
    client_id: int
    client_name: str
    text: str
    bring_up_on: date | None
    resolved: bool
    resolved_at: datetime | None
    created_at: datetime

    def is_due(self, on: date) -> bool:
        """Unresolved and its day has come (pins without a day are always worth a look)."""
        return not self.resolved and (self.bring_up_on is None or self.bring_up_on <= on)


def check_bring_up_on(day: date, today: date) -> None:
    """A pin is brought up on a day to come: from the coach's ``today`` (a day already
    past would only make it due now, as a pin without a day is) to two years ahead."""
    if day < today:
        raise InvalidInput(
            "bring_up_on",
            f"is before today ({today.isoformat()}): a pin is brought up today or later",
        )
    v.within_horizon("bring_up_on", day, today)


def check_unresolved(pin: PinView, on: date | None) -> None:
    """A pin is resolved once: again is :class:`Conflict` naming the day it was
    (``on``, where the coach is: the caller knows the zone, a UTC date could be
    the day before)."""
    if pin.resolved:
        raise Conflict(f"pin {pin.id} was already resolved" + (f" on {on}" if on else ""))
