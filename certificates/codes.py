"""Certificate codes: short enough to read aloud over the phone, impossible to guess.

``FA-XXXXX-XXXXX-XXXXX``: 14 random characters of Crockford's base32 (70 bits from
``secrets``) and one check character. Crockford's alphabet has no I, L, O or U, and reading
treats O as 0 and I/L as 1, so what a person copies by eye still matches. The check character is
Luhn mod 32 over the same alphabet: it catches every single mistyped character and every swap of
two neighbours except 0↔Z (Luhn's one blind spot), so a typo is answered as a typo before
anything is looked up."""

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "FA"
RANDOM_LENGTH = 14
GROUP = 5
_BASE = len(ALPHABET)
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
# Longest text read as a code (the API's schema says the same).
MAX_INPUT_LENGTH = 40
# What may stand between a code's characters: dashes and whitespace, spelt out as JavaScript's
# \s is, so that the API's schema (``openapi.json``, whose pattern is ``PATTERN``) and this module
# agree on every input whichever regular-expression engine reads the schema.
SEPARATORS = "-\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
# Crockford's letters and digits, any case, and O, I, L (read as 0, 1, 1): every letter but U.
PATTERN = (
    f"^[{SEPARATORS}]*(?:[Ff][{SEPARATORS}]*[Aa][{SEPARATORS}]*)?"
    f"(?:[0-9A-TV-Za-tv-z][{SEPARATORS}]*){{{RANDOM_LENGTH + 1}}}$"
)
_SHAPE = re.compile(PATTERN.replace("$", r"\Z"))
_SEPARATOR = re.compile(f"[{SEPARATORS}]")


class InvalidCode(ValueError):
    """Not a certificate code; ``is_typo`` when it has the right shape but fails its check."""

    def __init__(self, message: str, is_typo: bool = False):
        super().__init__(message)
        self.is_typo = is_typo


def _luhn_sum(chars: str, double_first: bool) -> int:
    total, double = 0, double_first
    for char in reversed(chars):
        addend = ALPHABET.index(char) * (2 if double else 1)
        total += addend // _BASE + addend % _BASE
        double = not double
    return total


def check_character(body: str) -> str:
    return ALPHABET[(_BASE - _luhn_sum(body, double_first=True) % _BASE) % _BASE]


def display(raw: str) -> str:
    """``FA-`` and the 15 characters in groups of five."""
    groups = [raw[i : i + GROUP] for i in range(0, len(raw), GROUP)]
    return "-".join([PREFIX, *groups])


def generate() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return display(body + check_character(body))


def normalise(text: str) -> str:
    """The canonical form of a code as typed or read aloud; ``InvalidCode`` says what is wrong.

    Anything that does not match ``PATTERN`` (or is longer than ``MAX_INPUT_LENGTH``) is not a
    code; a code of the right shape whose check character does not match is a typo."""
    if len(text) > MAX_INPUT_LENGTH or not _SHAPE.match(text):
        raise InvalidCode("not a certificate code")
    raw = _SEPARATOR.sub("", text).upper().translate(_READ_AS)
    if len(raw) == RANDOM_LENGTH + 1 + len(PREFIX):
        raw = raw[len(PREFIX) :]
    if _luhn_sum(raw, double_first=False) % _BASE:
        raise InvalidCode("check character does not match", is_typo=True)
    return display(raw)
