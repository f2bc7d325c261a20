from wagtail import views as wagtail_views

from .routing import route_from_cache


def serve(request, path):
    """Wagtail's page view, with the page found from the cache where it can be
    (``home.routing``): Wagtail then serves the route it finds on the request — hooks, view
    restrictions, the page's own ``serve`` — exactly as it serves one it routed itself."""
    route_from_cache(request, path)
    return wagtail_views.serve(request, path)
