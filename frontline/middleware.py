from csp.constants import SELF, UNSAFE_EVAL, UNSAFE_INLINE
from csp.middleware import CSPMiddleware

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
