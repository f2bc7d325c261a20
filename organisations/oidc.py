"""OpenID Connect sign-in through an agency's provider, with mozilla-django-oidc.

mozilla-django-oidc reads one provider from settings; here each ``AgencyIdentityProvider``
is one, so its request view and authentication backend are subclassed to take their endpoints
(from the provider's discovery document), client ID and secret from the provider instead.
The flow is the authorization code flow with PKCE (S256), ``state`` and ``nonce``, kept per
attempt in the session (mozilla-django-oidc's ``oidc_states``, with the provider, the
language and the page to return to added). The ID token's signature is checked against the
provider's published keys (JWKS), and its issuer, audience, expiry and nonce here; the
userinfo answer must be about the same subject. What the claims then do is
``agencies.agency_sign_in``.

One callback address serves every provider, outside the language prefix: it is registered
with the agency once (docs/operations.md)."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlparse

from django.contrib.auth import get_user_model
from django.core.exceptions import SuspiciousOperation
from django.db import IntegrityError
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.generic import View

import jwt
import requests
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.utils import import_from_settings
from mozilla_django_oidc.views import OIDCAuthenticationRequestView

from accounts.views import sign_in_complete

from . import agencies
from .agencies import AgencySignInRefused
from .models import AgencyIdentityProvider

logger = logging.getLogger(__name__)

BACKEND = "organisations.oidc.AgencyOIDCBackend"
# Signatures with the provider's published (public) keys only: never a shared secret
# (HS256, which would make the client secret a signing key) nor "none".
ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"]
# Clock difference tolerated between the provider and this server.
LEEWAY_SECONDS = 60

# What mozilla-django-oidc would read from settings, the same for every provider.
SETTINGS = {
    "OIDC_AUTHENTICATION_CALLBACK_URL": "agency:callback",
    "OIDC_RP_SCOPES": "openid email profile",
    "OIDC_USE_NONCE": True,
    "OIDC_USE_PKCE": True,
    "OIDC_PKCE_CODE_CHALLENGE_METHOD": "S256",
    # RFC 6749's default way for a confidential client to present its secret.
    "OIDC_TOKEN_USE_BASIC_AUTH": True,
    "OIDC_TIMEOUT": 10,
    "OIDC_VERIFY_SSL": True,
    "OIDC_VERIFY_KID": True,
    "OIDC_STORE_ACCESS_TOKEN": False,
    "OIDC_STORE_ID_TOKEN": False,
    "OIDC_ALLOW_UNSECURED_JWT": False,
    "OIDC_MAX_STATES": 10,
}


def _setting(attr, *default):
    if attr in SETTINGS:
        return SETTINGS[attr]
    return import_from_settings(attr, *default)


class TokenRefused(Exception):
    """The provider's answer (its ID token, its userinfo) does not hold up; the message says
    why, for the administrator and the log."""


class AgencyOIDCBackend(OIDCAuthenticationBackend):
    """mozilla-django-oidc's backend for one provider. Listed in AUTHENTICATION_BACKENDS
    so that sessions it signed in keep working (``get_user``); without a provider (as Django
    builds it for a password) it authenticates nobody."""

    def __init__(self, provider: AgencyIdentityProvider | None = None):
        self.provider = provider
        self.UserModel = get_user_model()
        if provider is None:
            return
        metadata = agencies.provider_metadata(provider)
        self.OIDC_OP_TOKEN_ENDPOINT = metadata["token_endpoint"]
        self.OIDC_OP_USER_ENDPOINT = metadata["userinfo_endpoint"]
        self.OIDC_OP_JWKS_ENDPOINT = metadata["jwks_uri"]
        self.OIDC_RP_CLIENT_ID = provider.client_id
        self.OIDC_RP_CLIENT_SECRET = agencies.client_secret(provider)
        # Only its prefix matters to the parent class: RS/ES means "keys from the JWKS".
        self.OIDC_RP_SIGN_ALGO = "RS256"
        self.OIDC_RP_IDP_SIGN_KEY = None

    def get_settings(self, attr, *default):
        return _setting(attr, *default)

    def authenticate(self, request, **kwargs):
        if self.provider is None:
            return None
        return super().authenticate(request, **kwargs)

    def retrieve_matching_jwk(self, token):
        try:
            return super().retrieve_matching_jwk(token)
        except jwt.PyJWTError as error:
            raise TokenRefused(f"The ID token's header cannot be read ({error}).") from error
        except SuspiciousOperation as error:
            raise TokenRefused(
                "The ID token is signed with a key the provider does not publish."
            ) from error

    def _verify_jws(self, payload, key):
        """The signature with the provider's key, and the claims that say the token is for
        this client, from this issuer, now (OpenID Connect Core 3.1.3.7)."""
        try:
            algorithm = jwt.get_unverified_header(payload).get("alg")
        except jwt.PyJWTError as error:
            raise TokenRefused(f"The ID token cannot be read ({error}).") from error
        if algorithm not in ALGORITHMS:
            raise TokenRefused(f"The ID token is signed with {algorithm!r}, not a public key.")
        try:
            claims = jwt.decode(
                payload,
                key,
                algorithms=[algorithm],
                audience=self.OIDC_RP_CLIENT_ID,
                issuer=self.provider.issuer,
                leeway=LEEWAY_SECONDS,
                options={"require": ["iss", "aud", "exp", "iat", "sub"]},
            )
        except jwt.ExpiredSignatureError as error:
            raise TokenRefused("The ID token has expired.") from error
        except jwt.InvalidAudienceError as error:
            raise TokenRefused("The ID token is for another client (audience).") from error
        except jwt.InvalidIssuerError as error:
            raise TokenRefused("The ID token comes from another issuer.") from error
        except jwt.InvalidSignatureError as error:
            raise TokenRefused("The ID token's signature is not the provider's.") from error
        except jwt.PyJWTError as error:
            raise TokenRefused(f"The ID token is not valid ({error}).") from error
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if len(audiences) > 1 and claims.get("azp") != self.OIDC_RP_CLIENT_ID:
            raise TokenRefused("The ID token was issued to another party (azp).")
        return claims

    def verify_token(self, token, **kwargs):
        if not token:
            raise TokenRefused("The provider sent no ID token.")
        nonce = kwargs.get("nonce")
        claims = super().verify_token(token, **kwargs) if nonce else None
        if claims is None:
            raise TokenRefused("The sign-in had no nonce.")
        return claims

    def get_or_create_user(self, access_token, id_token, payload):
        self.id_token_claims = payload
        userinfo = self.get_userinfo(access_token, id_token, payload)
        if not isinstance(userinfo, dict) or userinfo.get("sub") != payload.get("sub"):
            raise TokenRefused("The userinfo answer is about another subject than the ID token.")
        # Some providers put claims in the ID token only (Entra ID's roles), others in
        # userinfo only (oidc-provider, by default): both, userinfo's newer answer first.
        claims = {**payload, **userinfo, "sub": payload["sub"]}
        return agencies.agency_sign_in(self.provider, claims)


class AgencySignInStartView(OIDCAuthenticationRequestView):
    """Send the person to their agency's sign-in page: a fresh state, nonce and PKCE
    verifier, remembered in the session with the provider they are for."""

    def __init__(self, **kwargs):
        View.__init__(self, **kwargs)

    def get_settings(self, attr, *default):
        return _setting(attr, *default)

    def get(self, request, pk):
        provider = get_object_or_404(agencies.enabled_providers(), pk=pk)
        if provider.protocol == AgencyIdentityProvider.Protocol.SAML:
            from .saml import saml_start

            try:
                return saml_start(request, provider, request.GET.get("next", ""))
            except AgencySignInRefused as refusal:
                return refused(request, str(refusal), status=503)
        try:
            metadata = agencies.provider_metadata(provider)
        except AgencySignInRefused as refusal:
            return refused(request, str(refusal), status=503)
        self.OIDC_OP_AUTH_ENDPOINT = metadata["authorization_endpoint"]
        self.OIDC_RP_CLIENT_ID = provider.client_id
        response = super().get(request)
        state = parse_qs(urlparse(response.url).query)["state"][0]
        states = request.session["oidc_states"]
        states[state].update(
            provider=provider.pk,
            language=translation.get_language(),
            next=request.session.pop("oidc_login_next", None) or "",
        )
        request.session["oidc_states"] = states
        return response


def refused(request, message: str, status: int = 403, provider=None):
    return TemplateResponse(
        request,
        "organisations/agency_refused.html",
        {"message": message, "provider": provider},
        status=status,
    )


def _state_entry(request) -> dict | None:
    """The attempt this callback answers, taken out of the session: a state works once."""
    states = request.session.get("oidc_states")
    state = request.GET.get("state", "")
    if not isinstance(states, dict) or not state or state not in states:
        return None
    entry = states.pop(state)
    request.session["oidc_states"] = states
    # Saved now, before the slow part, so that a replayed callback finds it gone.
    request.session.save()
    return entry if isinstance(entry, dict) else None


def agency_callback(request):
    """Where the agency sends the person back: check everything, then sign them in (or
    refuse with a page that says why; nothing is created when refused)."""
    entry = _state_entry(request)
    if entry is not None and entry.get("language"):
        translation.activate(entry["language"])
        request.LANGUAGE_CODE = translation.get_language()
    if entry is None or "provider" not in entry:
        return refused(
            request,
            _(
                "This sign-in cannot be finished: it was started in another browser or "
                "finished already. Start again from the sign-in page."
            ),
            status=400,
        )
    provider = AgencyIdentityProvider.objects.filter(pk=entry["provider"], enabled=True).first()
    if provider is None:
        return refused(request, _("Signing in through this agency is turned off."), status=400)
    error = request.GET.get("error")
    if error:
        if error == "access_denied":
            message = _("%(agency)s did not let you sign in.") % {"agency": provider.name}
        else:
            message = _("%(agency)s could not sign you in (%(error)s).") % {
                "agency": provider.name,
                "error": error[:100],
            }
        return refused(request, message, provider=provider)
    # RFC 9207: a provider that names itself in the answer must be the one asked.
    named = request.GET.get("iss")
    if not request.GET.get("code") or (named is not None and named != provider.issuer):
        agencies.provider_error_record(provider, "A sign-in came back from another issuer.")
        return refused(request, not_checked(provider), status=400, provider=provider)
    try:
        backend = AgencyOIDCBackend(provider)
        user = backend.authenticate(
            request, nonce=entry.get("nonce"), code_verifier=entry.get("code_verifier")
        )
    except AgencySignInRefused as refusal:
        return refused(request, str(refusal), provider=provider)
    except IntegrityError:
        # The same person's first sign-in finishing twice at once (two tabs): one made the
        # account, the other's transaction was rolled back; the next attempt finds it.
        return refused(request, not_checked(provider), status=409, provider=provider)
    except TokenRefused as problem:
        logger.warning("Agency sign-in refused (%s): %s", provider.name, problem)
        agencies.provider_error_record(provider, f"An ID token was refused: {problem}")
        return refused(request, not_checked(provider), provider=provider)
    except requests.HTTPError as problem:
        return _token_endpoint_refused(request, provider, problem)
    except requests.RequestException as problem:
        refusal = agencies.configuration_failed(
            provider, f"The token endpoint cannot be reached ({problem.__class__.__name__})."
        )
        return refused(request, str(refusal), status=503, provider=provider)
    except SuspiciousOperation as problem:
        # mozilla-django-oidc's own checks (the nonce) raise this.
        logger.warning("Agency sign-in refused (%s): %s", provider.name, problem)
        agencies.provider_error_record(provider, f"An ID token was refused: {problem}")
        return refused(request, not_checked(provider), provider=provider)
    if user is None:
        return refused(request, not_checked(provider), provider=provider)
    second_factor = agencies.mfa_asserted(provider, backend.id_token_claims)
    return sign_in_complete(request, user, BACKEND, entry.get("next") or "", second_factor)


def not_checked(provider) -> str:
    return _(
        "The answer from %(agency)s could not be checked, so you are not signed in. "
        "Start again from the sign-in page."
    ) % {"agency": provider.name}


def _token_endpoint_refused(request, provider, problem):
    response = problem.response
    try:
        body = response.json() if response is not None else {}
    except ValueError:
        body = {}
    code = body.get("error", "") if isinstance(body, dict) else ""
    if code == "invalid_grant":
        # A code used already, expired, or not for this verifier: the person's attempt, not
        # the configuration.
        return refused(
            request,
            _(
                "%(agency)s no longer accepts this sign-in (it was used already or took too "
                "long). Start again from the sign-in page."
            )
            % {"agency": provider.name},
            status=400,
            provider=provider,
        )
    status = response.status_code if response is not None else "?"
    what = (
        "The provider refused the client ID or secret (invalid_client): check the client ID "
        f"and the secret in {provider.client_secret_env}."
        if code == "invalid_client" or status == 401
        else f"The token endpoint answered {status} {code}".strip() + "."
    )
    refusal = agencies.configuration_failed(provider, what)
    return refused(request, str(refusal), status=503, provider=provider)
