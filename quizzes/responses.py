"""Read a learner's answers out of a submitted form, trusting nothing in it.

Field names are built from what the attempt drew (``q<question id>`` and, for answers with
several parts, ``q<question id>-<part id>``: ``quizzes.form_fields``); values must be ids the
attempt showed for that question. Anything else — an undrawn question, an option of another
question, an extra field — raises ``TamperedAnswer`` and the caller changes nothing. Each
kind of question reads its own fields (``QuestionKind.field_names`` and ``read``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from frontline.text import printable

from . import kinds
from .form_fields import TamperedAnswer, field_name

ALWAYS_ALLOWED = frozenset({"csrfmiddlewaretoken", "action"})
# ASCII digits only, and no more than a database id can have: "q²" or "q" and 5,000 digits
# is an unexpected field, not a number.
QUESTION_FIELD = re.compile(r"^q([0-9]{1,18})(?:-|$)")


@dataclass(frozen=True)
class DrawnQuestion:
    question_pk: int
    asked: dict
    is_final: bool = False


def _kind(asked: dict) -> kinds.QuestionKind:
    try:
        return kinds.get(asked["kind"])
    except KeyError as error:
        raise TamperedAnswer(_("Unknown kind of question.")) from error


def read_responses(drawn: list[DrawnQuestion], data) -> dict[int, object]:
    """Responses by question id for every question still open in ``drawn``.

    ``data`` is a ``QueryDict`` (or anything with ``getlist`` and ``keys``)."""
    questions = [(question, _kind(question.asked)) for question in drawn]
    allowed = set(ALWAYS_ALLOWED)
    final_fields = set()
    for question, kind in questions:
        names = kind.field_names(field_name(question.question_pk), question.asked)
        (final_fields if question.is_final else allowed).update(names)
    drawn_pks = {question.question_pk for question in drawn}
    for name in data:
        if name in allowed:
            continue
        if name in final_fields:
            raise TamperedAnswer(_("That answer has already been checked and is final."))
        match = QUESTION_FIELD.match(name)
        if match and int(match.group(1)) not in drawn_pks:
            raise TamperedAnswer(
                _("Question %(id)s is not part of this attempt.") % {"id": match.group(1)}
            )
        raise TamperedAnswer(_("Unexpected field “%(field)s”.") % {"field": printable(name, 60)})
    return {
        question.question_pk: kind.read(field_name(question.question_pk), question.asked, data)
        for question, kind in questions
        if not question.is_final
    }
