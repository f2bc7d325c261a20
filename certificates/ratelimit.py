"""Certificate look-ups per client: a fixed window (frontline.ratelimit) keyed by a hash of
the client's address."""

from django.conf import settings

from frontline import ratelimit
from frontline.http import client_fingerprint


def retry_after(request, bucket: str) -> int | None:
    """Count this request; seconds to wait if the client is over its limit, else None.

    Staff who may browse certificates in the admin (certifying bodies, trainers) are not
    limited: they are known and audited — once they have passed their second sign-in step
    (a password alone proves less than the staff role asks: accounts.two_factor)."""
    user = request.user
    if (
        user.is_authenticated
        and user.has_perm("certificates.view_certificate")
        and getattr(user, "is_verified", lambda: False)()
    ):
        return None
    count, left = ratelimit.hit(
        bucket, client_fingerprint(request), settings.CERTIFICATE_LOOKUP_WINDOW
    )
    if count > settings.CERTIFICATE_LOOKUP_LIMIT:
        return left
    return None
