"""What a certificate's score is, said the same way on the PDF, the verification page, the API
and the signed credential.

The score is the holder's best result in each quiz the course's completion rule requires,
averaged (``services.course_score``, kept to two decimals at issue). It is not the final
assessment's result: a learner with 100 % in the module quiz and 85 % in the final holds 92.5.
Everywhere it is shown it is a whole percent with halves rounded up, as quiz results are."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext, gettext_noop

# English in the API and the credential; the reader's language on pages and the PDF.
BASIS = gettext_noop("average of the best results in the course's required quizzes")


def whole_percent(score) -> int | None:
    """92.42 → 92, 92.50 → 93; None stays None (a course without required quizzes)."""
    if score is None:
        return None
    return int(Decimal(score).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def basis() -> str:
    """What the score is, in the active language."""
    return gettext(BASIS)
