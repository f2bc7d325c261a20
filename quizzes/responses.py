"""Read a learner's answers out of a submitted form, trusting nothing in it.

Field names are built from what the attempt drew (``q<question id>`` and, for answers with
several parts, ``q<question id>-<part id>``); values must be ids the attempt showed for that
question. Anything else — an undrawn question, an option of another question, an extra field —
raises ``TamperedAnswer`` and the caller changes nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from frontline.text import check_text, printable

from .blocks import TEXT_ANSWER_MAX_LENGTH

ALWAYS_ALLOWED = frozenset({"csrfmiddlewaretoken", "action"})
# ASCII digits only, and no more than a database id can have: "q²" or "q" and 5,000 digits
# is an unexpected field, not a number.
QUESTION_FIELD = re.compile(r"^q([0-9]{1,18})(?:-|$)")
POSITION = re.compile(r"[0-9]{1,4}")


class TamperedAnswer(ValueError):
    """The form does not match the attempt: it was edited or replayed against another one."""


def field_name(question_pk: int) -> str:
    return f"q{question_pk}"


@dataclass(frozen=True)
class DrawnQuestion:
    question_pk: int
    asked: dict
    is_final: bool = False


def _fields(prefix: str, asked: dict) -> set[str]:
    kind = asked["kind"]
    if kind == "matching":
        return {f"{prefix}-{item['id']}" for item in asked["items"]}
    if kind == "ordering":
        return {f"{prefix}-{step['id']}" for step in asked["steps"]}
    if kind == "scenario":
        names = set()
        for part in asked["parts"]:
            names |= _fields(f"{prefix}-{part['id']}", part)
        return names
    return {prefix}


def _one(data, name: str) -> str:
    values = data.getlist(name)
    if len(values) > 1:
        raise TamperedAnswer(_("Only one answer may be given for “%(field)s”.") % {"field": name})
    return values[0] if values else ""


def _read(prefix: str, asked: dict, data):
    kind = asked["kind"]
    if kind in ("single", "true_false"):
        value = _one(data, prefix)
        if not value:
            return None
        if value not in {option["id"] for option in asked["options"]}:
            raise TamperedAnswer(
                _("“%(value)s” is not an option of this question.")
                % {"value": printable(value, 40)}
            )
        return value
    if kind == "multiple":
        ids = {option["id"] for option in asked["options"]}
        chosen = []
        for value in data.getlist(prefix):
            if value not in ids:
                raise TamperedAnswer(
                    _("“%(value)s” is not an option of this question.")
                    % {"value": printable(value, 40)}
                )
            if value not in chosen:
                chosen.append(value)
        return chosen
    if kind == "short_answer":
        value = _one(data, prefix).strip()
        if len(value) > TEXT_ANSWER_MAX_LENGTH:
            raise TamperedAnswer(
                _("Answers are at most %(n)d characters long.") % {"n": TEXT_ANSWER_MAX_LENGTH}
            )
        try:
            check_text(value)
        except ValidationError as error:
            raise TamperedAnswer(error.messages[0]) from error
        return value or None
    if kind == "matching":
        choices = {choice["id"] for choice in asked["choices"]}
        matched = {}
        for item in asked["items"]:
            value = _one(data, f"{prefix}-{item['id']}")
            if not value:
                continue
            if value not in choices:
                raise TamperedAnswer(
                    _("“%(value)s” is not an answer of this question.")
                    % {"value": printable(value, 40)}
                )
            matched[item["id"]] = value
        return matched
    if kind == "ordering":
        steps = asked["steps"]
        positions = []
        for shown_at, step in enumerate(steps):
            value = _one(data, f"{prefix}-{step['id']}")
            if not value:
                positions.append((len(steps) + 1, shown_at, step["id"]))
                continue
            if not POSITION.fullmatch(value) or not 1 <= int(value) <= len(steps):
                raise TamperedAnswer(
                    _("Positions go from 1 to %(n)d.") % {"n": len(steps)},
                )
            positions.append((int(value), shown_at, step["id"]))
        if all(position > len(steps) for position, _shown, _id in positions):
            return None
        # Two steps given the same position keep the order they were shown in.
        return [step_id for _position, _shown, step_id in sorted(positions)]
    if kind == "scenario":
        return {part["id"]: _read(f"{prefix}-{part['id']}", part, data) for part in asked["parts"]}
    raise TamperedAnswer(_("Unknown kind of question."))


def read_responses(drawn: list[DrawnQuestion], data) -> dict[int, object]:
    """Responses by question id for every question still open in ``drawn``.

    ``data`` is a ``QueryDict`` (or anything with ``getlist`` and ``keys``)."""
    allowed = set(ALWAYS_ALLOWED)
    final_fields = set()
    for question in drawn:
        names = _fields(field_name(question.question_pk), question.asked)
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
        question.question_pk: _read(field_name(question.question_pk), question.asked, data)
        for question in drawn
        if not question.is_final
    }
