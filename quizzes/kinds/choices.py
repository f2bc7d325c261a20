"""What the choice kinds share: options with a correctness flag and feedback, read as the ids
the attempt showed, reviewed as a list to tick, sent as an xAPI choice interaction. Single and
multiple choice are made of it; true or false reads and shows its two options the same way."""

from __future__ import annotations

from fractions import Fraction

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from frontline.text import printable
from quizzes.form_fields import TamperedAnswer, one_value
from tracking import statements as xapi

from .base import QuestionKind, item_ids, shuffled


class ChoiceOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=300)
    is_correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback for this option"),
        required=False,
        max_length=400,
        help_text=_("Shown at review to a learner who chose it."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Option")


class ChoiceQuestionBlock(blocks.StructBlock):
    """Options the learner picks from; subclasses say how many may be correct."""

    options = blocks.ListBlock(ChoiceOptionBlock(), min_num=2, max_num=12, label=_("Options"))

    def check_correct_count(self, value, valid) -> None:
        count = sum(bool(option["is_correct"]) for option in value["options"])
        if not valid(count):
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(self.meta.correct_count_message)}
            )


def not_an_option(value: str) -> TamperedAnswer:
    return TamperedAnswer(
        gettext("“%(value)s” is not an option of this question.") % {"value": printable(value, 40)}
    )


def read_one(name: str, asked: dict, data) -> str | None:
    """The one option chosen (its id), or None."""
    value = one_value(data, name)
    if not value:
        return None
    if value not in {option["id"] for option in asked["options"]}:
        raise not_an_option(value)
    return value


def present_options(view, asked, chosen: set, key: dict, reveal, labels=None) -> None:
    """The options as shown, each marked chosen, correct (if revealed) and with the feedback
    written for it when the learner chose it. ``labels`` name options that carry no text."""
    labels = labels or {}
    correct = set(key.get("correct", [])) if reveal.correct_answers else set()
    option_feedback = key.get("option_feedback", {}) if reveal.feedback else {}
    view.options = [
        {
            "id": option["id"],
            "text": option.get("text") or labels.get(option["id"], option["id"]),
            "checked": option["id"] in chosen,
            "is_correct": option["id"] in correct,
            "feedback": option_feedback.get(option["id"], "") if option["id"] in chosen else "",
        }
        for option in asked["options"]
    ]


def grade_one(key: dict, response) -> Fraction:
    """Right when the one option chosen is a correct one (single choice, true or false)."""
    return Fraction(1) if response is not None and response in key["correct"] else Fraction(0)


def wrong_or_right(asked: dict, key: dict, right: bool) -> str | None:
    """The correct option, or the first shown that is not."""
    if right:
        return key["correct"][0]
    wrong = [option["id"] for option in asked["options"] if option["id"] not in key["correct"]]
    return wrong[0] if wrong else None


class ChoiceKind(QuestionKind):
    """Options written by the trainer, shuffled if the quiz says so.

    asked  {"options": [{"id", "text"}, …] in the order shown}
    key    {"correct": [option id, …], "option_feedback": {id: text}, "option_text": {id: text}}
    """

    interaction_type = "choice"
    block_class: type[ChoiceQuestionBlock]

    def answer_block(self):
        return self.block_class()

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        ids = item_ids(value["options"])
        options = list(zip(ids, value["options"], strict=True))
        asked = {
            "kind": self.name,
            "options": [
                {"id": oid, "text": o["text"]} for oid, o in shuffled(options, rng, shuffle_options)
            ],
        }
        key = {
            "kind": self.name,
            "correct": [oid for oid, o in options if o["is_correct"]],
            "option_feedback": {oid: o["feedback"] for oid, o in options if o["feedback"]},
            "option_text": {oid: o["text"] for oid, o in options},
        }
        return asked, key

    def interaction_definition(self, asked: dict, key: dict, language: str) -> dict:
        return {
            "interaction_type": self.interaction_type,
            "choices": xapi.components(
                [(oid, {language: text}) for oid, text in key["option_text"].items()]
            ),
            "correct_responses_pattern": ["[,]".join(sorted(key["correct"]))],
        }

    def component_texts(self, value) -> list[tuple[str, str]]:
        texts = [option["text"] for option in value["options"]]
        return list(zip(item_ids(value["options"]), texts, strict=True))

    def demo_value(self, spec: dict, lang: int):
        return {
            "options": [
                {"text": option[lang], "is_correct": option[2], "feedback": ""}
                for option in spec["options"]
            ]
        }
