from django.http import FileResponse
from django.utils import timezone

from csp.constants import SELF, UNSAFE_EVAL, UNSAFE_INLINE
from csp.middleware import CSPMiddleware

from . import dates

# Wagtail's admin runs inline scripts and styles; it is only for signed-in staff.
ADMIN_POLICY = {
    "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The site's strict policy everywhere but the Wagtail admin, which gets ``ADMIN_POLICY``
    (the admin's preview also frames the site itself, hence frame-ancestors 'self' there)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith("/admin/") and parts.replace is None:
            parts.replace = ADMIN_POLICY
        return parts


class UserTimeZoneMiddleware:
    """Times are shown in the signed-in person's zone (``User.time_zone``; blank or unknown:
    the site's TIME_ZONE), for this request only, including a streamed CSV written after the
    view has returned."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        tz = dates.zone(getattr(request.user, "time_zone", ""))
        with timezone.override(tz):
            response = self.get_response(request)
        # A streamed CSV is written as it is sent; files (FileResponse) keep their fast path.
        streamed = response.streaming and not isinstance(response, FileResponse)
        if tz is not None and streamed and not response.is_async:
            response.streaming_content = _in_zone(tz, response.streaming_content)
        return response


def _in_zone(tz, chunks):
    with timezone.override(tz):
        yield from chunks
