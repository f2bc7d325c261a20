"""Ordering: steps the learner puts in sequence by giving each its position.

asked        {"steps": [{"id", "text"}, …] in the order shown, never already in order}
key          {"order": [step id, …] correct order, "step_text": {step id: text}}
response     ["step id", …] in the learner's order, or None when no position was given
grade        partial credit: the share of steps followed by the step that should come next
             (Moodle's "relative to the next item"), so one misplaced step costs little
xAPI         sequencing; the steps are the choices, response and pattern the ids in order,
             joined by [,]
"""

from __future__ import annotations

import re
from fractions import Fraction

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from quizzes.form_fields import TamperedAnswer, one_value, sub_field
from tracking import statements as xapi

from .base import QuestionKind, item_ids

# ASCII digits only: "²" is a digit to str.isdigit() but not a position.
POSITION = re.compile(r"[0-9]{1,4}")


class OrderingBlock(blocks.StructBlock):
    """Put steps in sequence. Partial credit: the share of steps followed by the step that
    should come next (Moodle's "relative to the next item"), so one misplaced step costs little."""

    steps = blocks.ListBlock(
        blocks.CharBlock(max_length=300),
        min_num=2,
        max_num=10,
        label=_("Steps, in the correct order"),
    )

    class Meta:
        icon = "list-ol"
        label = _("Ordering")


class Ordering(QuestionKind):
    name = "ordering"
    instructions = _("Put the steps in order: give each its position.")
    interaction_type = "sequencing"

    def answer_block(self):
        return OrderingBlock()

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        ids = item_ids(value["steps"])
        steps = [{"id": sid, "text": text} for sid, text in zip(ids, value["steps"], strict=True)]
        shown = list(steps)
        # Always shuffled, and never shown already in order: that would give the answer away.
        while len(shown) > 1 and [s["id"] for s in shown] == ids:
            rng.shuffle(shown)
        return {"kind": self.name, "steps": shown}, {
            "kind": self.name,
            "order": ids,
            "step_text": {s["id"]: s["text"] for s in steps},
        }

    def field_names(self, name, asked) -> set[str]:
        return {sub_field(name, step["id"]) for step in asked["steps"]}

    def read(self, name, asked, data):
        steps = asked["steps"]
        positions = []
        for shown_at, step in enumerate(steps):
            value = one_value(data, sub_field(name, step["id"]))
            if not value:
                positions.append((len(steps) + 1, shown_at, step["id"]))
                continue
            if not POSITION.fullmatch(value) or not 1 <= int(value) <= len(steps):
                raise TamperedAnswer(
                    gettext("Positions go from 1 to %(n)d.") % {"n": len(steps)},
                )
            positions.append((int(value), shown_at, step["id"]))
        if all(position > len(steps) for position, _shown, _id in positions):
            return None
        # Two steps given the same position keep the order they were shown in.
        return [step_id for _position, _shown, step_id in sorted(positions)]

    def form_fields(self, name, asked, response) -> dict[str, list[str]]:
        return {
            sub_field(name, step): [str(position)]
            for position, step in enumerate(response or [], start=1)
        }

    def grade(self, key, response) -> Fraction:
        order = key["order"]
        if not response or len(order) < 2:
            return Fraction(0)
        successor = {step: order[i + 1] for i, step in enumerate(order[:-1])}
        right = sum(
            1 for i, step in enumerate(response[:-1]) if successor.get(step) == response[i + 1]
        )
        return Fraction(right, len(order) - 1)

    def present(self, view, asked, response, key, reveal) -> None:
        order = list(response or [])
        view.positions = list(range(1, len(asked["steps"]) + 1))
        view.rows = [
            {
                "id": step["id"],
                "name": sub_field(view.name, step["id"]),
                "text": step["text"],
                "selected": order.index(step["id"]) + 1 if step["id"] in order else "",
            }
            for step in asked["steps"]
        ]
        if key and reveal.correct_answers:
            view.correct_answer = " → ".join(key["step_text"][sid] for sid in key["order"])

    def interaction_definition(self, asked, key, language) -> dict:
        return {
            "interaction_type": self.interaction_type,
            "choices": xapi.components(
                [(sid, {language: text}) for sid, text in key["step_text"].items()]
            ),
            "correct_responses_pattern": ["[,]".join(key["order"])],
        }

    def interaction_response(self, key, response) -> str:
        return "[,]".join(response)

    def component_texts(self, value) -> list[tuple[str, str]]:
        return list(zip(item_ids(value["steps"]), value["steps"], strict=True))

    def demo_value(self, spec, lang):
        return {"steps": [step[lang] for step in spec["steps"]]}

    def demo_response(self, asked, key, right):
        return list(key["order"]) if right else list(reversed(key["order"]))
