"""A fixed-window counter per client in Django's cache (Redis in production, so every web
process shares it)."""

import time

from django.conf import settings
from django.core.cache import cache

from frontline.http import client_fingerprint


def retry_after(request, bucket: str) -> int | None:
    """Count this request; seconds to wait if the client is over its limit, else None.

    Staff who may browse certificates in the admin (certifying bodies, trainers) are not
    limited: they are known and audited."""
    if request.user.is_authenticated and request.user.has_perm("certificates.view_certificate"):
        return None
    window = settings.CERTIFICATE_LOOKUP_WINDOW
    now = int(time.time())
    start = now - now % window
    key = f"ratelimit:{bucket}:{client_fingerprint(request)}:{start}"
    cache.add(key, 0, timeout=window + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=window + 5)
        count = 1
    if count > settings.CERTIFICATE_LOOKUP_LIMIT:
        return max(start + window - now, 1)
    return None
