"""What the record store holds about a learner, for their export and erasure
(``accounts.privacy``): their statements, as they may read them; erased, delivered statements
are voided at the LRS and the local ones deleted (``services.forget_learner``)."""

from __future__ import annotations

import copy

from .models import Statement
from .services import forget_learner

# What an xAPI interaction definition carries of a question's answer key: the correct
# response patterns, and the lists of choices, matching sources and targets and steps, which
# are written in the key's order (the steps in their right order, the pairs side by side).
INTERACTION_KEY_FIELDS = (
    "correctResponsesPattern",
    "choices",
    "source",
    "target",
    "steps",
    "scale",
)


def statement_without_answer_key(payload: dict) -> dict:
    """A learning record as its learner may read it. An *answered* statement (an interaction)
    loses what gives the answer away: the key fields of its definition, and whether the answer
    was right (``result.success`` and ``score``) — the attempts in the export say that, as far
    as the quiz's review settings allow. Every other statement is unchanged."""
    definition = (payload.get("object") or {}).get("definition")
    if not isinstance(definition, dict) or "interactionType" not in definition:
        return payload
    payload = copy.deepcopy(payload)
    definition = payload["object"]["definition"]
    for name in INTERACTION_KEY_FIELDS:
        definition.pop(name, None)
    result = payload.get("result")
    if isinstance(result, dict):
        result.pop("success", None)
        result.pop("score", None)
    return payload


def learning_records_export(user) -> list[dict]:
    return [
        statement_without_answer_key(s.payload)
        for s in Statement.objects.filter(user=user).order_by("stored_at")
    ]


def learning_records_erase(user, by=None) -> dict[str, int]:
    return {"statements_voided": forget_learner(user)}
