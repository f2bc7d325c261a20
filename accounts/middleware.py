"""The Wagtail admin asks staff for their second sign-in step.

Sign-in itself asks for it (``views.SignInView``), so a session signed in with a password
alone exists only where sign-in was not the way in: a session from before two-factor was
required, a role given to someone already signed in, another way in added later. Every admin
page — the certificate register and its revoke and issue views among them — sends such a
session to the second step (or, with no authenticator yet, to its set-up) and back."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from . import roles, two_factor


class TwoFactorAdminMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and self._guarded(request.path):
            refusal = self._second_step(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)

    @staticmethod
    def _guarded(path: str) -> bool:
        admin = reverse("wagtailadmin_home")
        return path.startswith(admin) and path != reverse("wagtailadmin_logout")

    @staticmethod
    def _second_step(request):
        if two_factor.is_verified(request):
            return None
        user = request.user
        if two_factor.is_enabled(user):
            url_name = "accounts:two_factor"
        elif roles.requires_two_factor(user):
            url_name = "accounts:two_factor_setup"
        else:
            return None  # not staff: Wagtail's own permission check answers
        return redirect(f"{reverse(url_name)}?{urlencode({'next': request.get_full_path()})}")
