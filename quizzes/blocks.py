"""The answer part of a quiz question, one block type per kind of question.

A question is a row edited inline on its quiz page (see ``QuizQuestion``); what differs between
kinds — options with their correctness flags, pairs, steps, accepted answers, a scenario's
sub-questions — lives in a one-block StreamField on that row. Each block knows how to turn its
value into what a learner is shown (``asked``) and the answer key kept on the server (``key``);
``quizzes.grading`` grades against that key and never touches these blocks."""

from __future__ import annotations

import secrets

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

TEXT_ANSWER_MAX_LENGTH = 200


def _item_ids(list_value) -> list[str]:
    """Stable ids of a ListBlock's items: kept by Wagtail across edits, so an option keeps its
    identity in reports even when the trainer reorders or rewords the list."""
    return [str(bound.id) for bound in list_value.bound_blocks]


def _shuffled(items: list, rng, shuffle: bool) -> list:
    items = list(items)
    if shuffle:
        rng.shuffle(items)
    return items


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
    kind = ""

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        ids = _item_ids(value["options"])
        options = list(zip(ids, value["options"], strict=True))
        asked = {
            "kind": self.kind,
            "options": [
                {"id": oid, "text": o["text"]}
                for oid, o in _shuffled(options, rng, shuffle_options)
            ],
        }
        key = {
            "kind": self.kind,
            "correct": [oid for oid, o in options if o["is_correct"]],
            "option_feedback": {oid: o["feedback"] for oid, o in options if o["feedback"]},
            "option_text": {oid: o["text"] for oid, o in options},
        }
        return asked, key

    def check_correct_count(self, value, valid) -> None:
        count = sum(bool(option["is_correct"]) for option in value["options"])
        if not valid(count):
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(self.meta.correct_count_message)}
            )


class SingleChoiceBlock(ChoiceQuestionBlock):
    kind = "single"

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        correct_count_message = _("Mark exactly one option as correct.")

    def clean(self, value):
        value = super().clean(value)
        self.check_correct_count(value, lambda n: n == 1)
        return value


class MultipleChoiceBlock(ChoiceQuestionBlock):
    """Several options may be correct. Partial credit: (correct options chosen − wrong options
    chosen) ÷ number of correct options, never below zero — so ticking every box earns nothing
    unless every option is correct."""

    kind = "multiple"

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")
        correct_count_message = _("Mark at least one option as correct.")

    def clean(self, value):
        value = super().clean(value)
        self.check_correct_count(value, lambda n: n >= 1)
        return value


class TrueFalseBlock(blocks.StructBlock):
    correct_answer = blocks.ChoiceBlock(
        label=_("The statement is"),
        choices=[("true", _("True")), ("false", _("False"))],
    )

    class Meta:
        icon = "tick"
        label = _("True or false")

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        # Labels are translated when rendered; the ids are the same in every attempt.
        asked = {"kind": "true_false", "options": [{"id": "true"}, {"id": "false"}]}
        return asked, {"kind": "true_false", "correct": [value["correct_answer"]]}


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

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        pair_ids = _item_ids(value["pairs"])
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
            "kind": "matching",
            "items": _shuffled(items, rng, shuffle_options),
            "choices": choices,
        }
        key = {
            "kind": "matching",
            "pairs": key_pairs,
            "choice_text": {c["id"]: c["text"] for c in choices},
        }
        return asked, key


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

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        ids = _item_ids(value["steps"])
        steps = [{"id": sid, "text": text} for sid, text in zip(ids, value["steps"], strict=True)]
        shown = list(steps)
        # Always shuffled, and never shown already in order: that would give the answer away.
        while len(shown) > 1 and [s["id"] for s in shown] == ids:
            rng.shuffle(shown)
        return {"kind": "ordering", "steps": shown}, {
            "kind": "ordering",
            "order": ids,
            "step_text": {s["id"]: s["text"] for s in steps},
        }


class ShortAnswerBlock(blocks.StructBlock):
    accepted_answers = blocks.ListBlock(
        blocks.CharBlock(max_length=TEXT_ANSWER_MAX_LENGTH),
        min_num=1,
        max_num=20,
        label=_("Accepted answers"),
        help_text=_(
            "Any of these is correct. Case, accents' case and extra spaces are ignored; "
            "spelling is not."
        ),
    )

    class Meta:
        icon = "edit"
        label = _("Short text answer")

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        return {"kind": "short_answer"}, {
            "kind": "short_answer",
            "accepted": list(value["accepted_answers"]),
        }


class SubQuestionAnswerBlock(blocks.StreamBlock):
    single = SingleChoiceBlock()
    multiple = MultipleChoiceBlock()
    true_false = TrueFalseBlock()
    matching = MatchingBlock()
    ordering = OrderingBlock()
    short_answer = ShortAnswerBlock()

    class Meta:
        min_num = 1
        max_num = 1


class SubQuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question"), max_length=600)
    answer = SubQuestionAnswerBlock(label=_("Answer"))


class ScenarioBlock(blocks.StructBlock):
    """A case followed by sub-questions about it; each sub-question weighs the same share of
    the question's points."""

    case = blocks.RichTextBlock(
        label=_("Case"), features=["bold", "italic", "ul", "ol"], help_text=_("The situation.")
    )
    sub_questions = blocks.ListBlock(
        SubQuestionBlock(), min_num=1, max_num=8, label=_("Questions about the case")
    )

    class Meta:
        icon = "doc-full"
        label = _("Scenario")

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        parts_asked = []
        parts_key = {}
        for part_id, sub in zip(
            _item_ids(value["sub_questions"]), value["sub_questions"], strict=True
        ):
            answer = sub["answer"][0]
            asked, key = answer.block.snapshot(answer.value, rng, shuffle_options)
            parts_asked.append({"id": part_id, "prompt": sub["prompt"], **asked})
            parts_key[part_id] = key
        return (
            {"kind": "scenario", "case": str(value["case"]), "parts": parts_asked},
            {"kind": "scenario", "parts": parts_key},
        )


class QuestionAnswerBlock(SubQuestionAnswerBlock):
    scenario = ScenarioBlock()

    class Meta:
        min_num = 1
        max_num = 1
