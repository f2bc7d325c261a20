"""The machine-readable side of the site: every answer under ``/api/`` (and ``/.well-known/``)
is JSON, errors included — an unknown path (404), a method the endpoint does not take (405,
with ``Allow``), a request Django refuses (400), a server error (500) — shaped as the OpenAPI
document's ``Error``: ``{"error": "<message>"}``.

``api_view`` wraps an endpoint; ``frontline.urls`` routes unknown API paths to ``not_found``
and installs the ``handler*`` functions, which answer JSON for API paths and hand every other
path to Django's own (HTML) views."""

from __future__ import annotations

from functools import wraps

from django.http import HttpResponse, JsonResponse
from django.views import defaults
from django.views.decorators.csrf import csrf_exempt

PREFIXES = ("/api/", "/.well-known/")
# How long a browser may reuse a CORS preflight's answer (seconds).
CORS_PREFLIGHT_MAX_AGE = 86400


def is_api(request) -> bool:
    return request.path_info.startswith(PREFIXES)


def json_error(http_status: int, message: str, **extra) -> JsonResponse:
    """``{"error": message, **extra}`` with ``http_status`` (extra may hold a ``status``)."""
    return JsonResponse({"error": message, **extra}, status=http_status)


def api_view(*methods: str, public: bool = False):
    """An API endpoint taking ``methods`` (GET, POST…): any other method gets a JSON 405 with
    ``Allow``. API endpoints carry no session-changing cookies, so no CSRF check: without this,
    a method Django does not call safe (e.g. QUERY) would get the CSRF failure page (403)
    instead of 405.

    ``public``: what any verifier may read from a web page on another origin (the certificate
    record, the issuer, its keys, status lists, the API description). Every answer, errors
    included, carries ``Access-Control-Allow-Origin: *`` — never with credentials: the
    browser sends no cookie and the answer holds nothing a cookie would change — and a CORS
    preflight (``OPTIONS``) is answered 204 with the methods and headers allowed."""
    allowed = [method.upper() for method in methods]

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if public and request.method == "OPTIONS":
                response = HttpResponse(status=204)
                response["Access-Control-Allow-Methods"] = ", ".join(allowed)
                response["Access-Control-Allow-Headers"] = "Accept"
                response["Access-Control-Max-Age"] = str(CORS_PREFLIGHT_MAX_AGE)
                response["Allow"] = ", ".join([*allowed, "OPTIONS"])
            elif request.method not in allowed:
                response = json_error(
                    405, f"{request.method} is not allowed here; use {', '.join(allowed)}."
                )
                response["Allow"] = ", ".join(allowed)
            else:
                response = view(request, *args, **kwargs)
            if public:
                response["Access-Control-Allow-Origin"] = "*"
            return response

        return csrf_exempt(wrapper)

    return decorator


@csrf_exempt
def not_found(request, *args, **kwargs):
    """Every API path that names no endpoint, whatever the method."""
    return json_error(404, "No such endpoint; the API is described at /api/v1/openapi.json.")


def bad_request(request, exception, template_name=defaults.ERROR_400_TEMPLATE_NAME):
    if is_api(request):
        return json_error(400, "Bad request.")
    return defaults.bad_request(request, exception, template_name)


def permission_denied(request, exception, template_name=defaults.ERROR_403_TEMPLATE_NAME):
    if is_api(request):
        return json_error(403, "Forbidden.")
    return defaults.permission_denied(request, exception, template_name)


def page_not_found(request, exception, template_name=defaults.ERROR_404_TEMPLATE_NAME):
    if is_api(request):
        return json_error(404, "Not found.")
    return defaults.page_not_found(request, exception, template_name)


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    if is_api(request):
        return json_error(500, "Server error; it has been logged.")
    return defaults.server_error(request, template_name)
