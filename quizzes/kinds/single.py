"""Single choice: options, exactly one of them correct.

asked, key   as every choice kind (``choices.ChoiceKind``)
response     "option id", or None
grade        1 for the correct option, 0 otherwise
xAPI         choice; the response and the pattern are the option's id
"""

from __future__ import annotations

from fractions import Fraction

from django.utils.translation import gettext_lazy as _

from .choices import (
    ChoiceKind,
    ChoiceQuestionBlock,
    grade_one,
    present_options,
    read_one,
    wrong_or_right,
)


class SingleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        correct_count_message = _("Mark exactly one option as correct.")

    def clean(self, value):
        value = super().clean(value)
        self.check_correct_count(value, lambda n: n == 1)
        return value


class SingleChoice(ChoiceKind):
    name = "single"
    instructions = _("Choose one answer.")
    block_class = SingleChoiceBlock

    def read(self, name, asked, data):
        return read_one(name, asked, data)

    def grade(self, key, response) -> Fraction:
        return grade_one(key, response)

    def present(self, view, asked, response, key, reveal) -> None:
        present_options(view, asked, {response}, key, reveal)

    def interaction_response(self, key, response) -> str:
        return str(response)

    def demo_response(self, asked, key, right):
        return wrong_or_right(asked, key, right)
