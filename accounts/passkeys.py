"""Passkeys (WebAuthn) as a second step, beside the authenticator app (decision 0018).

django-otp-webauthn keeps each passkey as a django-otp device (``WebAuthnCredential``) and
ships the browser's side as ready-built JavaScript; these views are its four ceremonies, fitted
to our sign-in: a passkey is added from a session that passed the second step, by someone who
has an authenticator app (so the app and the recovery codes stay the way back), and it is used
at the second step, after the password, by the person half-way through signing in (never
instead of the password: the package's passwordless sign-in is off)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from django_otp_webauthn import exceptions
from django_otp_webauthn.views import (
    BeginCredentialAuthenticationView,
    BeginCredentialRegistrationView,
    CompleteCredentialAuthenticationView,
    CompleteCredentialRegistrationView,
)

from . import roles, two_factor, views

# The package's own messages that its JavaScript shows a person, named here so that
# makemessages keeps their Swedish in locale/sv (the package has none).
PACKAGE_MESSAGES = (
    gettext_noop("Error processing WebAuthn request."),
    gettext_noop(
        "State is missing or invalid. Please begin the operation first before trying to "
        "complete it."
    ),
    gettext_noop("Passwordless login is disabled."),
    gettext_noop("This user account is marked as disabled."),
    gettext_noop("This Passkey has been marked as disabled."),
    gettext_noop("The Passkey you tried to use was not found. Perhaps it was removed?"),
    gettext_noop(
        "The Passkey you tried to use does not belong to the currently logged-in user. Try "
        "using a different Passkey or logout first to use this Passkey."
    ),
    gettext_noop("Authentication required."),
    gettext_noop("User is not verified."),
    gettext_noop(
        "You must verify your identity first with an existing MFA device before you can "
        "register a new passkey."
    ),
)


class TooManyAttempts(exceptions.OTPWebAuthnApiError):
    status_code = 429
    default_code = "too_many_attempts"
    default_detail = _("Too many wrong codes. For your account's protection, try again later.")


class NeedsAuthenticatorFirst(exceptions.OTPWebAuthnApiError):
    status_code = 403
    default_code = "needs_authenticator"
    default_detail = _("Turn on two-step sign-in with an authenticator app first.")


class _SecondStep:
    """Whose second step it is: the half-way sign-in's person, else the signed-in person whose
    session has not passed it (``views._two_factor_user``)."""

    def get_user(self):
        user, _pending = views._two_factor_user(self.request)
        return user

    def check_can_authenticate(self):
        user = self.get_user()
        if user is None or not two_factor.is_enabled(user):
            raise exceptions.NotAuthenticated()
        if two_factor.attempts_wait(user):
            raise TooManyAttempts()


class PasskeyBegin(_SecondStep, BeginCredentialAuthenticationView):
    pass


class PasskeyComplete(_SecondStep, CompleteCredentialAuthenticationView):
    def complete_auth(self, device):
        """The passkey answered: finish the sign-in as a right code does."""
        user, pending = views._two_factor_user(self.request)
        self.destination = views._signed_in(self.request, user, pending, device)
        self.destination = self.destination or roles.landing_url(user)

    def get_success_url(self):
        return self.destination


class _Registration:
    def check_can_register(self):
        user = self.get_user()
        if not two_factor.is_enabled(user):
            raise NeedsAuthenticatorFirst()
        if not two_factor.is_verified(self.request):
            raise exceptions.NotVerified()


class PasskeyRegisterBegin(_Registration, BeginCredentialRegistrationView):
    pass


class PasskeyRegisterComplete(_Registration, CompleteCredentialRegistrationView):
    pass
