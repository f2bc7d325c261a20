"""The kinds of question, each in one module, and the registry that dispatches to them.

Every module here owns one kind whole (see ``base.QuestionKind``): its block, snapshot,
strict reading of the form, pure grading, review, template (``templates/quizzes/kinds/``) and
xAPI interaction. The rest of the app asks ``get(name)`` for the kind a stored snapshot names
and never branches on kinds itself, so adding a kind is adding its module and template and
listing it below (a migration records the new block).

    from quizzes import kinds
    kinds.get(answer.key["kind"]).grade(answer.key, answer.response)
"""

from __future__ import annotations

from . import (
    branching,
    matching,
    multiple,
    ordering,
    scenario,
    short_answer,
    single,
    true_false,
)
from .base import HIDDEN, AnswerView, Interaction, QuestionKind, Reveal
from .registry import answer_block, every_kind, get, register, unregister

__all__ = [
    "HIDDEN",
    "AnswerView",
    "Interaction",
    "QuestionKind",
    "Reveal",
    "answer_block",
    "every_kind",
    "get",
    "register",
    "unregister",
]

# The kinds trainers choose from, in the order the editor offers them.
for _kind in (
    single.SingleChoice(),
    multiple.MultipleChoice(),
    true_false.TrueFalse(),
    matching.Matching(),
    ordering.Ordering(),
    short_answer.ShortAnswer(),
    scenario.Scenario(),
    branching.BranchingCase(),
):
    register(_kind)
