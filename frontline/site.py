"""The site as the outside world reaches it: the address that links in e-mails, credentials,
verification pages and xAPI identifiers start with."""

from django.conf import settings


def base_url() -> str:
    """The site's address without a trailing slash (``https://academy.example``): what an
    absolute link is built on, whoever asks and whatever the request."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
