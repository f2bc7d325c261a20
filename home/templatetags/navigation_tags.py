from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language, to this page's translation where there is one."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translated = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translated[translation.locale.language_code] = translation.url
    links = []
    for code, name in settings.LANGUAGES:
        url = translated.get(code)
        if url is None and request is not None:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return links


@register.simple_tag(takes_context=True)
def catalogue_url(context):
    """The course catalogue in the active language (one query, once per request)."""
    request = context.get("request")
    cached = getattr(request, "_catalogue_url", None)
    if cached is not None:
        return cached
    from courses.models import CourseCataloguePage

    catalogue = (
        CourseCataloguePage.objects.live()
        .filter(locale__language_code=get_language())
        .only("id", "url_path", "locale_id", "path", "depth")
        .first()
    ) or CourseCataloguePage.objects.live().first()
    url = catalogue.get_url(request) if catalogue else "/"
    if request is not None:
        request._catalogue_url = url
    return url
