"""Multiple choice: options, at least one of them correct, several may be chosen.

asked, key   as every choice kind (``choices.ChoiceKind``)
response     ["option id", …] in the order they were ticked, each once
grade        partial credit: (correct options chosen − wrong options chosen) ÷ number of correct
             options, never below zero — so ticking every box earns nothing unless every option
             is correct
xAPI         choice; the response and the pattern are the ids in sorted order, joined by [,]
"""

from __future__ import annotations

from fractions import Fraction

from django.utils.translation import gettext_lazy as _

from .choices import ChoiceKind, ChoiceQuestionBlock, not_an_option, present_options


class MultipleChoiceBlock(ChoiceQuestionBlock):
    """Several options may be correct. Partial credit: (correct options chosen − wrong options
    chosen) ÷ number of correct options, never below zero — so ticking every box earns nothing
    unless every option is correct."""

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")
        correct_count_message = _("Mark at least one option as correct.")

    def clean(self, value):
        value = super().clean(value)
        self.check_correct_count(value, lambda n: n >= 1)
        return value


class MultipleChoice(ChoiceKind):
    name = "multiple"
    instructions = _("Choose every answer that applies.")
    block_class = MultipleChoiceBlock

    def read(self, name, asked, data):
        ids = {option["id"] for option in asked["options"]}
        chosen = []
        for value in data.getlist(name):
            if value not in ids:
                raise not_an_option(value)
            if value not in chosen:
                chosen.append(value)
        return chosen

    def form_fields(self, name, asked, response) -> dict[str, list[str]]:
        return {name: list(response or [])}

    def grade(self, key, response) -> Fraction:
        chosen = set(response or [])
        correct = set(key["correct"])
        hits = len(chosen & correct)
        misses = len(chosen - correct)
        return max(Fraction(0), Fraction(hits - misses, len(correct)))

    def present(self, view, asked, response, key, reveal) -> None:
        present_options(view, asked, set(response or []), key, reveal)

    def interaction_response(self, key, response) -> str:
        # Sets are written in sorted order, as the pattern is, so equal answers compare equal.
        return "[,]".join(sorted(response))

    def demo_response(self, asked, key, right):
        if right:
            return list(key["correct"])
        wrong = [option["id"] for option in asked["options"] if option["id"] not in key["correct"]]
        return wrong[:1]
