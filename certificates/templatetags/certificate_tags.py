from django import template

from certificates import score
from certificates.selectors import holder_course_certificate

register = template.Library()


@register.filter
def certificate_title(certificate, language):
    return certificate.title_in(language)


@register.simple_tag
def course_certificate(user, course_key):
    """``{% course_certificate user key as certificate %}``: the certificate a course just
    earned, for pages of lower layers (a quiz's result) that cannot import certificates."""
    return holder_course_certificate(user, course_key)


@register.filter
def score_percent(value):
    """A certificate's score as shown everywhere: a whole percent (``certificates.score``)."""
    return score.whole_percent(value)


@register.simple_tag
def score_basis():
    """What the score is, in the active language (``{% language %}`` picks another)."""
    return score.basis()
