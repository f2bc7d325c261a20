"""Scenario: a case followed by questions about it, each of another kind (a part).

asked        {"case": html, "parts": [{"id", "prompt", "kind", …that kind's asked}, …]}
key          {"parts": {part id: that kind's key}}
response     {"part id": that kind's response, …}
grade        the mean of the parts' grades: each part weighs the same share of the points
xAPI         no interaction of its own: each part is sent as its kind's interaction, with
             its share of the points, as ``<question id>/<part id>``

The parts are read, graded, reviewed and sent by their own kinds, looked up in the registry:
whatever kind may be a part (``QuestionKind.may_be_part``) is offered in the editor."""

from __future__ import annotations

from fractions import Fraction

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from quizzes.form_fields import sub_field

from . import registry
from .base import QuestionKind, item_ids


class SubQuestionBlock(blocks.StructBlock):
    """A question about the case: its prompt, then its answer (given by the scenario)."""

    prompt = blocks.TextBlock(label=_("Question"), max_length=600)


class ScenarioBlock(blocks.StructBlock):
    """A case followed by sub-questions about it; each sub-question weighs the same share of
    the question's points."""

    case = blocks.RichTextBlock(
        label=_("Case"), features=["bold", "italic", "ul", "ol"], help_text=_("The situation.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Scenario")


class Scenario(QuestionKind):
    name = "scenario"
    instructions = _("Read the case, then answer each question about it.")
    may_be_part = False

    def answer_block(self):
        answer = registry.answer_block(parts_only=True, label=_("Answer"))
        sub_question = SubQuestionBlock([("answer", answer)])
        return ScenarioBlock(
            [
                (
                    "sub_questions",
                    blocks.ListBlock(
                        sub_question, min_num=1, max_num=8, label=_("Questions about the case")
                    ),
                )
            ]
        )

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        parts_asked = []
        parts_key = {}
        for part_id, sub in zip(
            item_ids(value["sub_questions"]), value["sub_questions"], strict=True
        ):
            answer = sub["answer"][0]
            kind = registry.get(answer.block_type)
            asked, key = kind.snapshot(answer.value, rng, shuffle_options)
            parts_asked.append({"id": part_id, "prompt": sub["prompt"], **asked})
            parts_key[part_id] = key
        return (
            {"kind": self.name, "case": str(value["case"]), "parts": parts_asked},
            {"kind": self.name, "parts": parts_key},
        )

    def field_names(self, name, asked) -> set[str]:
        names = set()
        for part in asked["parts"]:
            names |= registry.get(part["kind"]).field_names(sub_field(name, part["id"]), part)
        return names

    def read(self, name, asked, data):
        return {
            part["id"]: registry.get(part["kind"]).read(sub_field(name, part["id"]), part, data)
            for part in asked["parts"]
        }

    def form_fields(self, name, asked, response) -> dict[str, list[str]]:
        fields = {}
        for part in asked["parts"]:
            fields.update(
                registry.get(part["kind"]).form_fields(
                    sub_field(name, part["id"]), part, (response or {}).get(part["id"])
                )
            )
        return fields

    def grade(self, key, response) -> Fraction:
        parts = key["parts"]
        response = response or {}
        total = sum(
            (
                registry.get(part["kind"]).grade(part, response.get(pid))
                for pid, part in parts.items()
            ),
            Fraction(0),
        )
        return total / len(parts)

    def present(self, view, asked, response, key, reveal) -> None:
        response = response or {}
        view.case = asked.get("case", "")
        parts_key = key.get("parts", {})
        view.parts = [
            registry.get(part["kind"]).view(
                sub_field(view.name, part["id"]),
                part,
                response.get(part["id"]),
                parts_key.get(part["id"]),
                reveal,
            )
            for part in asked["parts"]
        ]

    def interactions(self, activity_key, asked, key, response, points, score):
        parts = asked["parts"]
        share = points / len(parts)
        responses = response or {}
        for part in parts:
            part_key = key["parts"][part["id"]]
            kind = registry.get(part_key["kind"])
            part_response = responses.get(part["id"])
            fraction = kind.grade(part_key, part_response)
            yield from kind.interactions(
                f"{activity_key}/{part['id']}",
                part,
                part_key,
                part_response,
                share,
                float(fraction) * share,
            )

    def component_texts(self, value) -> list[tuple[str, str]]:
        texts = []
        for part_id, sub in zip(
            item_ids(value["sub_questions"]), value["sub_questions"], strict=True
        ):
            answer = sub["answer"][0]
            texts.append((part_id, sub["prompt"]))
            texts += [
                (f"{part_id}/{cid}", text)
                for cid, text in registry.get(answer.block_type).component_texts(answer.value)
            ]
        return texts

    def demo_value(self, spec, lang):
        return {
            "case": spec["case"][lang],
            "sub_questions": [
                {
                    "prompt": part["prompt"][lang],
                    "answer": [(part["kind"], registry.get(part["kind"]).demo_value(part, lang))],
                }
                for part in spec["parts"]
            ],
        }

    def demo_response(self, asked, key, right):
        return {
            part["id"]: registry.get(part["kind"]).demo_response(
                part, key["parts"][part["id"]], right
            )
            for part in asked["parts"]
        }
