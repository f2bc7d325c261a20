from django import template

from certificates import score, sharing
from certificates.selectors import holder_course_certificate
from certificates.verification import verify_url

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


@register.simple_tag
def linkedin_add_url(certificate, language):
    """``{% linkedin_add_url certificate LANG %}``: add the certificate to a LinkedIn profile."""
    return sharing.linkedin_add_to_profile_url(certificate, language)


@register.simple_tag
def certificate_verify_url(certificate):
    """The public verification page of a certificate, as a full URL to share."""
    return verify_url(certificate)
