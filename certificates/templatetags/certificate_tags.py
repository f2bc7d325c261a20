from django import template

register = template.Library()


@register.filter
def certificate_title(certificate, language):
    return certificate.title_in(language)
