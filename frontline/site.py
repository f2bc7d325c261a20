"""Site helpers every app may use."""

from django.conf import settings


def base_url() -> str:
    """The site's own address (``SITE_BASE_URL``) without a trailing slash, for what is read
    away from a request — e-mails, xAPI ids, QR codes, credentials — where a request's Host
    header is neither there nor to be trusted."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
