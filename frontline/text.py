"""Text from outside — forms, query strings, URLs, uploaded files, JSON — before it is stored
or looked up.

PostgreSQL refuses a NUL character in any text (the query fails and the page answers 500); a
value longer than its column fails the same way. So every piece of text a person sends is
checked first, and a bad one is a validation error with a message, never a server error:

- ``check_text(value, max_length)`` (or ``text_problem``, which returns the reason) for code
  that reads requests by hand: quiz answers, cells of an uploaded CSV;
- ``printable(value, max_length)`` for what someone sent that is kept or shown anyway (the
  audit log stores every code entered, even a malformed one).

Django forms need nothing more: ``forms.CharField`` (so every text, e-mail and slug field) and
``ModelChoiceField`` refuse NUL themselves, and a form field made from a model field has its
``max_length``. A form field that feeds a column but is not made from it needs that column's
``max_length`` spelt out. What bypasses forms — URL segments, query parameters read by hand, the
quiz form, uploaded files, JSON — comes here. Codes in URLs are read by
``certificates.codes.normalise``, which refuses anything but a code's characters.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator

# NUL, other control characters but tab and line breaks, and lone surrogates.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def check_text(value: str, max_length: int | None = None) -> str:
    """``value`` if it can be stored as text (no NUL, at most ``max_length`` characters);
    ``ValidationError`` with Django's own (translated) message otherwise."""
    ProhibitNullCharactersValidator()(value)
    if max_length is not None:
        MaxLengthValidator(max_length)(value)
    return value


def text_problem(value: str, max_length: int | None = None) -> str | None:
    """The reason ``value`` cannot be stored, for a person, or None when it can."""
    try:
        check_text(value, max_length)
    except ValidationError as error:
        return error.messages[0]
    return None


def printable(value: str, max_length: int | None = None) -> str:
    """What someone sent, safe to store and to show: control characters (NUL among them) and
    lone surrogates become U+FFFD, and the text is cut to ``max_length``."""
    text = _UNPRINTABLE.sub(REPLACEMENT, value or "")
    return text[:max_length] if max_length is not None else text
