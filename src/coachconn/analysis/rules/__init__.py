"""Rules for what AnnoMI does not label: affirmation, self-disclosure, structuring,
the question categories of coaching inquiry, and the client's flags.

The model gives AnnoMI's four therapist behaviours with their subtypes; these rules
refine them. The phrase lists were written for this project from the categories in
the design (levels of inquiry, meta-conversation, contracting, client reflecting vs
reporting, openness and disclosure) and the coaching set's labelling guide, as the
language any coach uses rather than the lines of any one session, and are tested on
hand-written coaching utterances (tests/unit/analysis/test_coder_rules*.py).

:mod:`.coach` holds the coach's acts and codes, reflection depth and question
categories; :mod:`.client` the client's change and sustain talk and flags; :mod:`.form`
a question's form (open or closed) and short answers; :mod:`._text` the cleaning,
sentence splitting and patterns they share.
"""

from __future__ import annotations

from coachconn.analysis.rules import _text, coach, form
from coachconn.analysis.rules.client import (
    SUSTAIN_FLOOR,
    ClientFlags,
    checked_flags,
    client_code,
    client_flags,
)
from coachconn.analysis.rules.coach import (
    about_the_call,
    answers_about_own_story,
    category_of,
    category_scores,
    coach_code,
    deeper_reflection,
    exploration_settled,
    finds_facts,
    follows_up,
    moves_on,
    offered_advice,
    question_category,
    repeats_client,
    statement_settled,
    suggests,
)
from coachconn.analysis.rules.form import (
    invites,
    is_open_how,
    is_ruler,
    plainly_closed,
    plainly_open,
    question_form,
    question_form_features,
    questions_asked,
    short_answer,
)

__all__ = [
    "SUSTAIN_FLOOR",
    "ClientFlags",
    "about_the_call",
    "answers_about_own_story",
    "category_of",
    "category_scores",
    "checked_flags",
    "clear_caches",
    "client_code",
    "client_flags",
    "coach_code",
    "deeper_reflection",
    "exploration_settled",
    "finds_facts",
    "follows_up",
    "invites",
    "is_open_how",
    "is_ruler",
    "moves_on",
    "offered_advice",
    "plainly_closed",
    "plainly_open",
    "question_category",
    "question_form",
    "question_form_features",
    "questions_asked",
    "repeats_client",
    "short_answer",
    "statement_settled",
    "suggests",
]


def clear_caches() -> None:
    """Forget the utterances cached while coding one transcript (every cache in the
    rule modules)."""
    _text._clean.cache_clear()
    _text._split.cache_clear()
    _text._substantive_of.cache_clear()
    form._opening.cache_clear()
    short_answer.cache_clear()
    coach._act.cache_clear()
    coach._category_scores.cache_clear()
