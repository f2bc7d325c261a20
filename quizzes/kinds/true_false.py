"""True or false: a statement the learner judges.

asked        {"options": [{"id": "true"}, {"id": "false"}]} (labels are translated when shown)
key          {"correct": ["true" | "false"]}
response     "true", "false" or None
grade        1 when it is the right one
xAPI         true-false; the response and the pattern are "true" or "false"
"""

from __future__ import annotations

from fractions import Fraction

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .base import QuestionKind
from .choices import grade_one, present_options, read_one, wrong_or_right

LABELS = {"true": _("True"), "false": _("False")}


class TrueFalseBlock(blocks.StructBlock):
    correct_answer = blocks.ChoiceBlock(
        label=_("The statement is"),
        choices=[("true", _("True")), ("false", _("False"))],
    )

    class Meta:
        icon = "tick"
        label = _("True or false")


class TrueFalse(QuestionKind):
    name = "true_false"
    instructions = _("True or false?")
    interaction_type = "true-false"

    def answer_block(self):
        return TrueFalseBlock()

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        # Labels are translated when rendered; the ids are the same in every attempt.
        asked = {"kind": self.name, "options": [{"id": "true"}, {"id": "false"}]}
        return asked, {"kind": self.name, "correct": [value["correct_answer"]]}

    def read(self, name, asked, data):
        return read_one(name, asked, data)

    def grade(self, key, response) -> Fraction:
        return grade_one(key, response)

    def present(self, view, asked, response, key, reveal) -> None:
        present_options(view, asked, {response}, key, reveal, labels=LABELS)

    def interaction_definition(self, asked, key, language) -> dict:
        return {
            "interaction_type": self.interaction_type,
            "correct_responses_pattern": [key["correct"][0]],
        }

    def interaction_response(self, key, response) -> str:
        return str(response)

    def demo_value(self, spec, lang):
        return {"correct_answer": "true" if spec["answer"] else "false"}

    def demo_response(self, asked, key, right):
        return wrong_or_right(asked, key, right)
