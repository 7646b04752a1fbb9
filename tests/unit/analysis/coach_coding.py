"""The ``code(...)`` helper the coach-rule tests share: the coach's code for one line
from the rules (:func:`coach_code`), with the model's subtype picks fixed for a test
module and the behaviour it gives most often as the default."""

from __future__ import annotations

from collections.abc import Callable

from coachconn.analysis.rules import coach_code


def coach_coder(subtypes: dict[str, str], behaviour: str = "reflection") -> Callable[..., str]:
    """``code(text, behaviour=..., client_before="")``: the rules' code for ``text`` where
    the model read ``behaviour`` (by default the module's) and ``subtypes``, after the
    client said ``client_before``."""
    default = behaviour

    def code(text: str, behaviour: str = default, client_before: str = "") -> str:
        return coach_code(text, behaviour, subtypes, client_before)

    return code
