"""Matching: each item matched to one answer from a shuffled list (which may hold extra wrong
answers).

asked        {"items": [{"id", "text"}, …] in the order shown, "choices": [{"id", "text"}, …]}
key          {"pairs": {item id: choice id}, "choice_text": {choice id: text}}
response     {"item id": "choice id", …} for the items matched
grade        one share per correct pair
xAPI         matching; items are the sources, answers the targets, pairs written
             "item[.]choice" in sorted order, joined by [,]
"""

from __future__ import annotations

import secrets
from fractions import Fraction

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from frontline.text import printable
from quizzes.form_fields import TamperedAnswer, one_value, sub_field
from tracking import statements as xapi

from .base import QuestionKind, item_ids, shuffled


class MatchingPairBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(label=_("Item"), max_length=300)
    match = blocks.CharBlock(label=_("Its match"), max_length=300)


class MatchingBlock(blocks.StructBlock):
    """Match each item to one answer from a shuffled list. One point share per correct pair."""

    pairs = blocks.ListBlock(MatchingPairBlock(), min_num=2, max_num=10, label=_("Pairs"))
    distractors = blocks.ListBlock(
        blocks.CharBlock(max_length=300),
        label=_("Extra wrong answers"),
        required=False,
        default=[],
        help_text=_("Optional answers that match no item, to make guessing harder."),
    )

    class Meta:
        icon = "link"
        label = _("Matching")

    def clean(self, value):
        value = super().clean(value)
        matches = [pair["match"].strip().casefold() for pair in value["pairs"]]
        matches += [text.strip().casefold() for text in value["distractors"]]
        if len(set(matches)) != len(matches):
            raise StructBlockValidationError(
                block_errors={
                    "pairs": ValidationError(_("Every match and extra answer must be different."))
                }
            )
        return value


class Matching(QuestionKind):
    name = "matching"
    instructions = _("Match each item with its answer.")
    interaction_type = "matching"

    def answer_block(self):
        return MatchingBlock()

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        pair_ids = item_ids(value["pairs"])
        # The answers get tokens drawn for this attempt: reusing the pairs' ids would tell the
        # browser which answer belongs to which item.
        choices = []
        key_pairs = {}
        for pair_id, pair in zip(pair_ids, value["pairs"], strict=True):
            token = secrets.token_hex(4)
            key_pairs[pair_id] = token
            choices.append({"id": token, "text": pair["match"]})
        choices += [{"id": secrets.token_hex(4), "text": text} for text in value["distractors"]]
        rng.shuffle(choices)
        items = [
            {"id": pid, "text": pair["prompt"]}
            for pid, pair in zip(pair_ids, value["pairs"], strict=True)
        ]
        asked = {
            "kind": self.name,
            "items": shuffled(items, rng, shuffle_options),
            "choices": choices,
        }
        key = {
            "kind": self.name,
            "pairs": key_pairs,
            "choice_text": {c["id"]: c["text"] for c in choices},
        }
        return asked, key

    def field_names(self, name, asked) -> set[str]:
        return {sub_field(name, item["id"]) for item in asked["items"]}

    def read(self, name, asked, data):
        choices = {choice["id"] for choice in asked["choices"]}
        matched = {}
        for item in asked["items"]:
            value = one_value(data, sub_field(name, item["id"]))
            if not value:
                continue
            if value not in choices:
                raise TamperedAnswer(
                    gettext("“%(value)s” is not an answer of this question.")
                    % {"value": printable(value, 40)}
                )
            matched[item["id"]] = value
        return matched

    def form_fields(self, name, asked, response) -> dict[str, list[str]]:
        return {sub_field(name, item): [choice] for item, choice in (response or {}).items()}

    def grade(self, key, response) -> Fraction:
        pairs = key["pairs"]
        response = response or {}
        right = sum(1 for item, choice in pairs.items() if response.get(item) == choice)
        return Fraction(right, len(pairs))

    def present(self, view, asked, response, key, reveal) -> None:
        response = response or {}
        view.choices = asked["choices"]
        choice_text = key.get("choice_text", {})
        view.rows = [
            {
                "id": item["id"],
                "name": sub_field(view.name, item["id"]),
                "text": item["text"],
                "selected": response.get(item["id"], ""),
                "correct_text": choice_text.get(key["pairs"].get(item["id"]), "")
                if key and reveal.correct_answers
                else "",
                "is_right": bool(key) and response.get(item["id"]) == key["pairs"].get(item["id"]),
            }
            for item in asked["items"]
        ]

    def interaction_definition(self, asked, key, language) -> dict:
        return {
            "interaction_type": self.interaction_type,
            "source": xapi.components(
                [(item["id"], {language: item["text"]}) for item in asked["items"]]
            ),
            "target": xapi.components(
                [(cid, {language: text}) for cid, text in key["choice_text"].items()]
            ),
            "correct_responses_pattern": [
                "[,]".join(f"{item}[.]{choice}" for item, choice in sorted(key["pairs"].items()))
            ],
        }

    def interaction_response(self, key, response) -> str:
        return "[,]".join(f"{item}[.]{choice}" for item, choice in sorted(response.items()))

    def demo_value(self, spec, lang):
        return {
            "pairs": [
                {"prompt": item[lang], "match": match[lang]} for item, match in spec["pairs"]
            ],
            "distractors": [text[lang] for text in spec.get("extra", [])],
        }

    def demo_response(self, asked, key, right):
        tokens = list(key["pairs"].values())
        return {
            item: token if right else tokens[(n + 1) % len(tokens)]
            for n, (item, token) in enumerate(key["pairs"].items())
        }
