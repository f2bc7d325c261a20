"""Decentralised identifiers (DIDs) a learner may give, so that the credentials they earn name
them (``credentialSubject.id``) in a way their own wallet can prove.

Only the syntax is checked, as W3C DID Core 1.0 §3.1 ("DID Syntax") defines it::

    did                = "did:" method-name ":" method-specific-id
    method-name        = 1*method-char
    method-char        = %x61-7A / DIGIT
    method-specific-id = *( *idchar ":" ) 1*idchar
    idchar             = ALPHA / DIGIT / "." / "-" / "_" / pct-encoded
    pct-encoded        = "%" HEXDIG HEXDIG

A DID URL (with a path, query or fragment) names a resource, not a person: refused. Nothing is
resolved: the DID is the learner's statement, and a wallet proves control of it when the
credential is presented."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_IDCHAR = r"(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})"
DID_PATTERN = re.compile(rf"did:[a-z0-9]+:(?:{_IDCHAR}*:)*{_IDCHAR}+")
MAX_LENGTH = 500


def validate_did(value: str) -> None:
    if len(value) > MAX_LENGTH or not DID_PATTERN.fullmatch(value):
        raise ValidationError(
            _(
                "That is not a DID. A DID looks like did:method:identifier, for example "
                "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK."
            ),
            code="invalid_did",
        )
