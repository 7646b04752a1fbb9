"""The one gateway to the utterance coder (the shipped model plus rules).

Everything that codes utterances goes through :func:`load_default_coder`, so a
test swaps exactly this one thing.
"""

from __future__ import annotations

from typing import Protocol

from coachconn.analysis.types import CodedUtterance, Transcript


class Coder(Protocol):
    def code(self, transcript: Transcript) -> list[CodedUtterance]:
        """One CodedUtterance per utterance, in order. Same input, same output."""
        ...


def load_default_coder() -> Coder:
    """The shipped coder. Loads the model once per process."""
    raise NotImplementedError("the shipped model is not wired in yet")
