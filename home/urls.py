"""Wagtail's front-end URLs, with its page view replaced by ``home.views.serve`` (the same
pattern and name, so ``pageurl`` and ``reverse("wagtail_serve")`` are unchanged)."""

from django.urls import re_path

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views

from . import views

urlpatterns = [
    *(url for url in wagtail_urls.urlpatterns if url.callback is not wagtail_views.serve),
    re_path(wagtail_urls.serve_pattern, views.serve, name="wagtail_serve"),
]
