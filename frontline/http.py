"""HTTP helpers shared by the apps."""

import hashlib
import hmac

from django.conf import settings
from django.views.decorators.cache import never_cache


def personal(view):
    """For a view whose response holds one person's data (their export, certificate,
    credential, readiness statement, an organisation's member list): neither the browser nor a
    proxy may keep a copy (``Cache-Control: max-age=0, no-cache, no-store, must-revalidate,
    private``). The admin's own views get the same from Wagtail."""
    return never_cache(view)


def client_address(request) -> str:
    """The client's address, trusting only as many X-Forwarded-For hops as there are proxies
    in front of the site (``TRUSTED_PROXY_COUNT``): a client cannot escape a limit by sending
    a forged hop of its own."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_fingerprint(request) -> str:
    """A keyed hash of the client's address: enough to count and to tell clients apart in an
    audit log, without storing where anyone connects from."""
    return hmac.new(
        settings.SECRET_KEY.encode(), client_address(request).encode(), hashlib.sha256
    ).hexdigest()[:16]
