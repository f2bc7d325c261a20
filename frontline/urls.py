from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from frontline import api

urlpatterns = [
    # One sign-in for the site and the admin: Wagtail's own form knows no second step
    # (accounts.two_factor), so the admin's sign-in page sends people to the site's.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="accounts:login", query_string=True),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # Where agencies' identity providers send people back: one address, registered with each
    # agency, whatever the language (organisations.oidc).
    path("accounts/agency/callback/", include("organisations.agency_urls")),
    # SAML 2.0: each agency's service provider metadata and assertion consumer service.
    path("accounts/agency/saml/", include("organisations.saml_urls")),
    path("", include("certificates.api_urls")),
    # Any other API path: a JSON 404, never a page (nor a redirect to add a slash).
    re_path(r"^(?:api|\.well-known)/", api.not_found),
]

# Errors on API paths are JSON; elsewhere Django's pages (templates/404.html, 500.html).
handler400 = api.bad_request
handler403 = api.permission_denied
handler404 = api.page_not_found
handler500 = api.server_error

if settings.DEBUG:
    from django.conf.urls.static import static

    # Like the proxy in production (docs/operations.md): images only; documents go through
    # Wagtail's view, which checks who asks.
    for folder in ("images", "original_images"):
        urlpatterns += static(
            f"{settings.MEDIA_URL}{folder}/", document_root=settings.MEDIA_ROOT / folder
        )

urlpatterns += i18n_patterns(
    path("accounts/", include("accounts.urls")),
    # django-otp-webauthn's front end finds its ceremonies by these names (accounts.passkeys).
    path("accounts/passkeys/", include("accounts.passkey_urls")),
    path("", include("courses.urls")),
    path("", include("quizzes.urls")),
    path("", include("certificates.urls")),
    path("", include("readiness.urls")),
    path("", include("organisations.urls")),
    # Wagtail's pages, served through home.views.serve (pages found from the cache).
    path("", include("home.urls")),
    prefix_default_language=False,
)
