"""The header's links: the catalogue in the active language and this page in each language.

Both are the same for every request to a page until an editor changes something, so they are
kept in the shared cache under the content generation (``courses.outline_cache``: a page
published, unpublished, moved or translated, a site changed, starts a new one)."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from courses.outline_cache import cached_many

from ..routing import site_for_request

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language, to this page's translation where there is one."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translated = {}
    if isinstance(page, Page) and page.pk:
        translated = page_translation_urls(page)
    links = []
    for code, name in settings.LANGUAGES:
        url = translated.get(code)
        if url is None and request is not None:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return links


def page_translation_urls(page) -> dict[str, str]:
    """The URL of each live translation of ``page`` (itself included) by language code."""

    def read(pks):
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        return {page.pk: {t.locale.language_code: t.url for t in translations}}

    return cached_many("translations", [page.pk], read)[page.pk]


@register.simple_tag(takes_context=True)
def catalogue_url(context):
    """The course catalogue in the active language (kept on the request for the rest of it)."""
    request = context.get("request")
    cached = getattr(request, "_catalogue_url", None)
    if cached is not None:
        return cached
    site = site_for_request(request) if request is not None else None
    key = f"{get_language()}:{site.pk if site else ''}"

    def read(keys):
        from courses.models import CourseCataloguePage

        catalogue = (
            CourseCataloguePage.objects.live()
            .filter(locale__language_code=get_language())
            .only("id", "url_path", "locale_id", "path", "depth")
            .first()
        ) or CourseCataloguePage.objects.live().first()
        return {key: catalogue.get_url(request) if catalogue else "/"}

    url = cached_many("catalogue-url", [key], read)[key]
    if request is not None:
        request._catalogue_url = url
    return url
