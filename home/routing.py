"""Serving a page as Wagtail would, with what every request would read again taken from the cache.

Wagtail finds the page of a request in a chain of queries: the site of the host name, the
site's root page in the active language (its locale, then its specific page), the page by its
URL path (``HomePage.route``: two), and then, before serving it, its view restrictions and
those of its ancestors (two). All of it is the same for every request to that URL until an
editor changes something, so it is kept in the shared cache under the content generation
(``courses.outline_cache``: a page, a view restriction, a site or a locale saved, moved or
deleted starts a new one), and a request reads the page itself in one query:

- ``site_for_request``: the site of the request's host name and port, found by Wagtail's own
  rule (``Site._find_for_request``), with its root page's live translations;
- ``route_from_cache``: the page whose URL path is the request's path below that root in the
  active language, its model and the ids of the view restrictions that apply to it (Wagtail's
  ``get_view_restrictions``, read when the entry is built). The page is then read in one
  query and routes itself as Wagtail would (``Page.route`` with nothing left: a page that is
  not live is a 404), and Wagtail's ``check_view_restrictions`` reads the restrictions it
  was given — none, without a query, for the pages almost every request is for.

Only paths that name a page are kept (a mistyped URL stores nothing), and only where Wagtail's
own routing would reach the page by slug: a page type on the way that routes its children
itself (``route`` overridden) is left to Wagtail. Whatever the cache cannot answer — or a
cache that fails — goes through Wagtail's routing unchanged.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site

from courses.outline_cache import cached_many, page_from, snapshot

#: A path longer than this is routed by Wagtail (a cache key stays short).
MAX_CACHED_PATH = 200


# The site -------------------------------------------------------------------------------------


def site_for_request(request) -> Site | None:
    """``Site.find_for_request(request)`` from the cache: the same site, kept on the request
    as Wagtail keeps it (``request._wagtail_site``), so Wagtail's own callers read it too."""
    if not hasattr(request, "_wagtail_site"):
        entry = _site_entry(request)
        request._wagtail_site = (
            page_from(entry["site"]) if entry else Site._find_for_request(request)
        )
    return request._wagtail_site


def _site_entry(request) -> dict | None:
    """The cache's entry for the request's site (kept on the request)."""
    if not hasattr(request, "_site_entry"):
        request._site_entry = _read_site_entry(request)
    return request._site_entry


def _read_site_entry(request) -> dict | None:
    # As Wagtail does: the raw host (ALLOWED_HOSTS has been checked by then) and the port.
    hostname = split_domain_port(request._get_raw_host())[0]
    key = f"{hostname}:{request.get_port()}"

    def build(keys):
        site = Site._find_for_request(request)
        if site is None:
            return {}
        root = site.root_page
        translations = root.get_translations(inclusive=True).select_related("locale")
        return {
            key: {
                "site": snapshot(site),
                "root": root.pk,
                # Wagtail serves the root's translation in the active language when it is
                # live (``root_page.localized``), else the root itself.
                "roots": {
                    page.locale.language_code: _route_start(page)
                    for page in translations
                    if page.live or page.pk == root.pk
                },
                "locales": frozenset(Locale.objects.values_list("language_code", flat=True)),
                "own_language": root.locale.language_code,
            }
        }

    return cached_many("site", [key], build).get(key)


def _route_start(page) -> dict:
    return {
        "pk": page.pk,
        "path": page.path,
        "depth": page.depth,
        "url_path": page.url_path,
        "routes_by_slug": routes_by_slug(page.specific_class),
    }


def _localized_root(entry: dict) -> dict:
    """Which of the site's root translations Wagtail routes from (``Locale.get_active``)."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return entry["roots"][entry["own_language"]]
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        language = None
    if language not in entry["locales"]:
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return entry["roots"].get(language) or entry["roots"][entry["own_language"]]


# The page -------------------------------------------------------------------------------------


def routes_by_slug(model) -> bool:
    """Whether pages of ``model`` route their children as Wagtail's ``Page.route`` does (by
    slug, one level at a time), so that the URL path alone names the page below them."""
    from .models import HomePage  # its route is Wagtail's, in fewer queries

    return model is not None and model.route in (Page.route, HomePage.route)


def route_from_cache(request, path: str) -> bool:
    """Find the page for ``path`` from the cache and leave Wagtail's route on the request
    (``request._wagtail_route_for_request``, where ``Page.route_for_request`` keeps it).
    Returns whether it did; when not, Wagtail routes the request itself."""
    if len(path) > MAX_CACHED_PATH:
        return False
    site_entry = _site_entry(request)
    if site_entry is None:
        return False
    root = _localized_root(site_entry)
    if not root["routes_by_slug"]:
        return False
    components = [component for component in path.split("/") if component]
    url_path = root["url_path"] + "".join(f"{component}/" for component in components)
    key = f"{root['pk']}:{url_path}"

    def build(keys):
        page = (
            Page.objects.filter(
                url_path=url_path,
                path__startswith=root["path"],
                depth=root["depth"] + len(components),
            )
            .order_by("path")
            .first()
        )
        if page is None:
            return {}
        # The pages on the way (below the root, above the page) must route by slug.
        steplen = page.steplen
        above = range(len(root["path"]) + steplen, len(page.path), steplen)
        on_the_way = Page.objects.filter(path__in=[page.path[:end] for end in above])
        if not all(routes_by_slug(p.specific_class) for p in on_the_way.only("content_type")):
            return {}
        restrictions = tuple(Page.get_view_restrictions(page).values_list("pk", flat=True))
        return {key: (page.specific_class._meta.label_lower, page.pk, restrictions)}

    found = cached_many("route", [key], build).get(key)
    if found is None:
        return False
    label, pk, restrictions = found
    page = apps.get_model(label).objects.filter(pk=pk).first()
    if page is None:
        return False
    page.get_view_restrictions = _known_view_restrictions(restrictions)
    request._wagtail_site = site_for_request(request)
    try:
        request._wagtail_route_for_request = page.route(request, [])
    except Http404:
        request._wagtail_route_for_request = None
    return True


def _known_view_restrictions(ids: tuple):
    """``Page.get_view_restrictions`` answered from the ids the route entry keeps: the same
    queryset of restrictions, and for a page with none, no query."""

    def get_view_restrictions():
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)

    return get_view_restrictions
