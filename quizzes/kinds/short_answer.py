"""Short text answer: a few words, compared with the accepted answers.

asked        {} (nothing but the prompt)
key          {"accepted": [text, …]}
response     "text" as typed (trimmed), or None
grade        1 when it equals an accepted answer once case, width and repeated spaces are
             ignored (``normalise_text``); spelling counts
xAPI         fill-in; the response is the text, one pattern per accepted answer, each
             "{case_matters=false}" + text
"""

from __future__ import annotations

import unicodedata
from fractions import Fraction

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from frontline.text import check_text
from quizzes.form_fields import TamperedAnswer, one_value

from .base import QuestionKind

TEXT_ANSWER_MAX_LENGTH = 200


def normalise_text(text: str) -> str:
    """Compare short answers the way a person would: case, width and repeated spaces ignored."""
    text = unicodedata.normalize("NFKC", text or "")
    return " ".join(text.split()).casefold()


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


class ShortAnswer(QuestionKind):
    name = "short_answer"
    instructions = _("Type a short answer.")
    interaction_type = "fill-in"

    def answer_block(self):
        return ShortAnswerBlock()

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        return {"kind": self.name}, {
            "kind": self.name,
            "accepted": list(value["accepted_answers"]),
        }

    def read(self, name, asked, data):
        value = one_value(data, name).strip()
        if len(value) > TEXT_ANSWER_MAX_LENGTH:
            raise TamperedAnswer(
                gettext("Answers are at most %(n)d characters long.")
                % {"n": TEXT_ANSWER_MAX_LENGTH}
            )
        try:
            check_text(value)
        except ValidationError as error:
            raise TamperedAnswer(error.messages[0]) from error
        return value or None

    def grade(self, key, response) -> Fraction:
        if not response:
            return Fraction(0)
        accepted = {normalise_text(answer) for answer in key["accepted"]}
        return Fraction(1) if normalise_text(response) in accepted else Fraction(0)

    def present(self, view, asked, response, key, reveal) -> None:
        view.text = response or ""
        if key and reveal.correct_answers:
            view.correct_answer = ", ".join(key["accepted"])

    def interaction_definition(self, asked, key, language) -> dict:
        return {
            "interaction_type": self.interaction_type,
            "correct_responses_pattern": [
                "{case_matters=false}" + text for text in key["accepted"]
            ],
        }

    def interaction_response(self, key, response) -> str:
        return str(response)

    def demo_value(self, spec, lang):
        return {"accepted_answers": list(spec["accepted"])}

    def demo_response(self, asked, key, right):
        return key["accepted"][0] if right else "I do not know"
