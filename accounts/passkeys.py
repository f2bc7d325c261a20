"""Passkeys (WebAuthn) as a second step, beside the authenticator app (decision 0018).

django-otp-webauthn keeps each passkey as a django-otp device (``WebAuthnCredential``) and
ships the browser's side as ready-built JavaScript; these views are its four ceremonies, fitted
to our sign-in: a passkey is added from a session that passed the second step, by someone who
has an authenticator app (so the app and the recovery codes stay the way back), and it is used
at the second step, after the password, by the person half-way through signing in (never
instead of the password: the package's passwordless sign-in is off)."""

from django_otp_webauthn import exceptions
from django_otp_webauthn.views import (
    BeginCredentialAuthenticationView,
    BeginCredentialRegistrationView,
    CompleteCredentialAuthenticationView,
    CompleteCredentialRegistrationView,
)

from . import roles, two_factor, views


class TooManyAttempts(exceptions.OTPWebAuthnApiError):
    status_code = 429
    code = "too_many_attempts"
    default_detail = "Too many wrong codes. Try again later."


class NeedsAuthenticatorFirst(exceptions.OTPWebAuthnApiError):
    status_code = 403
    code = "needs_authenticator"
    default_detail = "Turn on two-step sign-in with an authenticator app first."


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
