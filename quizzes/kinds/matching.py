"""Matching: each item matched to one answer from a shuffled list (which may hold extra wrong
answers).

asked        {"items": [{"id", "text"}, …] in the order shown, "choices": [{"id", "text"}, …]
             shuffled for each attempt}
key          {"pairs": {item id: choice id}, "choice_text": {choice id: text}}
response     {"item id": "choice id", …} for the items matched
grade        one share per correct pair
xAPI         matching; items are the sources, answers the targets, pairs written
             "item[.]choice" in sorted order, joined by [,]

Ids are the question's, never the attempt's, so every attempt sends one activity definition
(decision 0017): an item is its pair's ListBlock id, an answer ``a-`` and a digest of its own
text (``answer_id``). Neither says which answer belongs to which item; the pair's id given to
its answer would. Snapshots drawn before this rule hold random per-attempt answer ids and are
graded and reviewed with what they hold."""

from __future__ import annotations

import hashlib
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
from .short_answer import normalise_text


def answer_id(text: str) -> str:
    """An answer's id, from its own text as the block's ``clean`` compares answers (case, width
    and spaces aside): the same in every attempt, and telling nothing the text does not."""
    digest = hashlib.sha256(normalise_text(text).encode()).hexdigest()
    return f"a-{digest[:10]}"


def answers_of(value) -> list[tuple[str, str]]:
    """Every answer of a matching block (the pairs' matches, then the extra wrong answers) with
    its id, in the authored order. Answers the block's rule would refuse as equal (kept from
    before it) get a numbered id each, so ids stay distinct within the question."""
    texts = [pair["match"] for pair in value["pairs"]] + list(value["distractors"])
    seen: dict[str, int] = {}
    answers = []
    for text in texts:
        base = answer_id(text)
        seen[base] = seen.get(base, 0) + 1
        answers.append((base if seen[base] == 1 else f"{base}-{seen[base]}", text))
    return answers


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
        answers = answers_of(value)
        # The answers' order is drawn for each attempt; their ids are not.
        choices = [{"id": aid, "text": text} for aid, text in answers]
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
            # The first answers are the pairs' matches, in the pairs' order.
            "pairs": {
                pid: aid
                for pid, (aid, _text) in zip(pair_ids, answers[: len(pair_ids)], strict=True)
            },
            "choice_text": dict(answers),
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
        # Listed in the key's order, never the order this attempt showed them in.
        item_text = {item["id"]: item["text"] for item in asked["items"]}
        return {
            "interaction_type": self.interaction_type,
            "source": xapi.components(
                [(item, {language: item_text[item]}) for item in key["pairs"]]
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

    def component_texts(self, value) -> list[tuple[str, str]]:
        prompts = [pair["prompt"] for pair in value["pairs"]]
        items = list(zip(item_ids(value["pairs"]), prompts, strict=True))
        return items + answers_of(value)

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
