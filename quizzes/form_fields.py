"""The attempt form's field names, and the error for a form that does not match its attempt.

A question's answer is posted as ``q<question id>``. An answer made of several fields adds
``-<id>`` per level, with the ids the attempt drew: an item of a matching question
``q12-<item id>``, a step ``q12-<step id>``, a part of a scenario ``q12-<part id>`` (and that
part's own items after it). Each kind of question names the fields its answer uses
(``QuestionKind.field_names``) and reads their values strictly: a value must be one the attempt
showed for that question."""

from __future__ import annotations

from django.utils.translation import gettext as _


class TamperedAnswer(ValueError):
    """The form does not match the attempt: it was edited or replayed against another one."""


def field_name(question_pk: int) -> str:
    return f"q{question_pk}"


def sub_field(name: str, item_id: str) -> str:
    """The field of one item (or part) of the answer posted as ``name``."""
    return f"{name}-{item_id}"


def one_value(data, name: str) -> str:
    """The one value posted as ``name`` ("" if none). Two values for one answer is tampering."""
    values = data.getlist(name)
    if len(values) > 1:
        raise TamperedAnswer(_("Only one answer may be given for “%(field)s”.") % {"field": name})
    return values[0] if values else ""
