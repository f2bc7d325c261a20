"""The one check every piece of text from outside passes before it is stored: NUL and text
longer than its column are refused with Django's own (translated) messages, and what is kept
anyway, such as a code typed into the verify page, is kept printable."""

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from frontline.text import check_text, printable, text_problem


def test_ordinary_text_passes_unchanged():
    assert check_text("Åsa Öberg-Lindqvist\tläkare\n", max_length=40) == (
        "Åsa Öberg-Lindqvist\tläkare\n"
    )
    assert text_problem("Non-punishment") is None


def test_a_nul_and_text_longer_than_its_column_are_refused_with_a_reason():
    with pytest.raises(ValidationError, match="Null characters are not allowed"):
        check_text("non\x00punishment")
    assert text_problem("x" * 151, max_length=150) == (
        "Ensure this value has at most 150 characters (it has 151)."
    )
    with translation.override("sv"):
        assert text_problem("\x00") == "Null-tecken är inte tillåtna."


def test_what_is_kept_anyway_is_made_printable_and_cut_to_its_column():
    assert printable("FA-\x00\x1b[31m") == "FA-\ufffd\ufffd[31m"
    assert printable("a\ud800b") == "a\ufffdb"
    assert printable("x" * 50, 40) == "x" * 40
    assert printable("line\tand\nnext") == "line\tand\nnext"
