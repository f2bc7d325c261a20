"""Agency sign-in: an organisation's own identity provider vouches for its people.

The rules, whatever the protocol (OpenID Connect, ``oidc``; SAML 2.0, ``saml``): which
provider serves an address, what its discovery document must say, and what a sign-in it
vouches for does here — ``agency_sign_in`` creates the account the first time (just in time),
links an existing one by a verified address, keeps name and address current, sets the
membership (never the person's to change) and the role from the provider's claim. Everything
it refuses, it refuses before writing anything (docs/decisions/0018)."""

from __future__ import annotations

import os
from datetime import timedelta
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

import httpx

from accounts.models import User

from .models import AgencyAccount, AgencyIdentityProvider

DISCOVERY_PATH = "/.well-known/openid-configuration"
DISCOVERY_TIMEOUT = 5
# The discovery document is fetched again after this long (providers rotate keys and, rarely,
# move endpoints); the keys themselves are fetched at each sign-in.
METADATA_MAX_AGE = timedelta(hours=12)
REQUIRED_ENDPOINTS = ("authorization_endpoint", "token_endpoint", "jwks_uri", "userinfo_endpoint")


class AgencySignInRefused(Exception):
    """A sign-in through an agency is refused; the message says why, for the person."""


class DiscoveryError(Exception):
    """The provider's discovery document cannot be used; the message says why, for the
    administrator."""


def enabled_providers():
    return AgencyIdentityProvider.objects.filter(enabled=True).select_related("organisation")


def provider_for_email(email: str) -> AgencyIdentityProvider | None:
    """The enabled provider that vouches for the domain of ``email`` (exact match)."""
    domain = email.rpartition("@")[2].strip().lower()
    if not domain:
        return None
    for provider in enabled_providers().filter(email_domains__icontains=domain):
        if domain in provider.domains:
            return provider
    return None


def discovery_fetch(issuer: str) -> dict:
    """The provider's OpenID Connect discovery document, checked: reachable, JSON, naming
    this very issuer, with the endpoints the authorization code flow needs. DiscoveryError
    says what is wrong otherwise."""
    url = issuer.rstrip("/") + DISCOVERY_PATH
    try:
        response = httpx.get(url, timeout=DISCOVERY_TIMEOUT, follow_redirects=False)
    except httpx.HTTPError as error:
        raise DiscoveryError(
            _("The provider cannot be reached at %(url)s (%(error)s).")
            % {"url": url, "error": error.__class__.__name__}
        ) from error
    if response.status_code != 200:
        raise DiscoveryError(
            _("%(url)s answered %(status)s, not a discovery document. Check the issuer URL.")
            % {"url": url, "status": response.status_code}
        )
    try:
        document = response.json()
    except ValueError:
        document = None
    if not isinstance(document, dict):
        raise DiscoveryError(
            _("%(url)s did not answer with a discovery document (JSON).") % {"url": url}
        )
    if document.get("issuer") != issuer:
        raise DiscoveryError(
            _(
                "The discovery document names the issuer “%(named)s”, not “%(issuer)s”: "
                "enter the issuer exactly as the provider names it."
            )
            % {"named": document.get("issuer", ""), "issuer": issuer}
        )
    missing = [name for name in REQUIRED_ENDPOINTS if not document.get(name)]
    if missing:
        raise DiscoveryError(
            _("The discovery document lacks %(names)s.") % {"names": ", ".join(missing)}
        )
    if "code" not in document.get("response_types_supported", ["code"]):
        raise DiscoveryError(_("The provider does not offer the authorization code flow."))
    methods = document.get("code_challenge_methods_supported")
    if methods is not None and "S256" not in methods:
        raise DiscoveryError(_("The provider does not accept PKCE with S256."))
    return document


def client_secret(provider: AgencyIdentityProvider) -> str:
    return os.environ.get(provider.client_secret_env, "")


def provider_error_record(provider: AgencyIdentityProvider, text: str) -> None:
    """Keep what went wrong for the administrator (the provider's page in the admin)."""
    AgencyIdentityProvider.objects.filter(pk=provider.pk).update(
        last_error=text, last_error_at=timezone.now()
    )


def provider_metadata(provider: AgencyIdentityProvider, now=None) -> dict:
    """The endpoints to use for ``provider``, fetched again when stale. A provider that cannot
    be reached refuses the sign-in with a message for the person and a recorded error for
    the administrator."""
    now = now or timezone.now()
    fresh = provider.metadata_fetched_at and now - provider.metadata_fetched_at < METADATA_MAX_AGE
    if provider.metadata and fresh:
        return provider.metadata
    try:
        document = discovery_fetch(provider.issuer)
    except DiscoveryError as error:
        provider_error_record(provider, str(error))
        raise AgencySignInRefused(_unavailable(provider)) from error
    provider.metadata, provider.metadata_fetched_at = document, now
    AgencyIdentityProvider.objects.filter(pk=provider.pk).update(
        metadata=document, metadata_fetched_at=now
    )
    return document


def _unavailable(provider) -> str:
    return _(
        "Signing in through %(agency)s does not work at the moment. The administrators "
        "can see what went wrong. Try again later, or sign in with your password."
    ) % {"agency": provider.name}


def configuration_failed(provider: AgencyIdentityProvider, text: str) -> AgencySignInRefused:
    """A sign-in that failed through the configuration (a refused secret): recorded for the
    administrator; the refusal to raise for the person."""
    provider_error_record(provider, text)
    return AgencySignInRefused(_unavailable(provider))


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def mapped_audience(provider: AgencyIdentityProvider, claims: dict):
    """The role the provider's role claim maps to here, or None (the first mapping that
    matches one of the claim's values: a string or a list of them)."""
    if not provider.role_claim:
        return None
    values = claims.get(provider.role_claim)
    values = [values] if isinstance(values, str) else values
    if not isinstance(values, list):
        return None
    values = {value for value in values if isinstance(value, str)}
    for mapping in provider.role_mappings.select_related("audience"):
        if mapping.value in values:
            return mapping.audience
    return None


@transaction.atomic
def agency_sign_in(provider: AgencyIdentityProvider, claims: dict, now=None) -> User:
    """The account ``provider`` vouches for with these (verified) claims, created or linked,
    updated, a member of the provider's organisation. AgencySignInRefused if it cannot be,
    and then nothing has changed."""
    now = now or timezone.now()
    subject = _text(claims.get("sub"))
    email = _text(claims.get("email")).lower()
    if not subject or not email or "@" not in email:
        raise AgencySignInRefused(
            _("%(agency)s did not tell us your e-mail address, so you cannot sign in this way.")
            % {"agency": provider.name}
        )
    domain = email.rpartition("@")[2]
    if domain not in provider.domains:
        raise AgencySignInRefused(
            _(
                "%(agency)s does not vouch for addresses at %(domain)s here. Sign in with "
                "your password, or ask your administrator."
            )
            % {"agency": provider.name, "domain": domain}
        )
    verified = claims.get("email_verified") is True
    link = (
        AgencyAccount.objects.select_for_update()
        .select_related("user")
        .filter(provider=provider, subject=subject)
        .first()
    )
    same_address = User.objects.select_for_update().filter(email__iexact=email).first()
    if link is not None:
        user = link.user
        if same_address is not None and same_address.pk != user.pk:
            raise AgencySignInRefused(
                _(
                    "Your agency gives you the address %(email)s, but another account here "
                    "has it. Ask your administrator."
                )
                % {"email": email}
            )
    elif same_address is not None:
        # An account someone made with this address before: theirs only if the agency
        # confirms the address is this person's.
        if not verified:
            raise AgencySignInRefused(
                _(
                    "An account with the address %(email)s exists here, and %(agency)s has not "
                    "confirmed that the address is yours. Sign in with your password, or ask "
                    "your agency to confirm your address."
                )
                % {"email": email, "agency": provider.name}
            )
        if AgencyAccount.objects.filter(provider=provider, user=same_address).exists():
            raise AgencySignInRefused(
                _("The account %(email)s is linked to another person at %(agency)s.")
                % {"email": email, "agency": provider.name}
            )
        user = same_address
    else:
        user = User.objects.create_user(email)  # no password: they sign in through the agency
    if not user.is_active:
        raise AgencySignInRefused(_("This account is closed. Ask your administrator."))
    if link is None:
        link = AgencyAccount.objects.create(provider=provider, subject=subject, user=user)
    user.email = email
    user.first_name = _text(claims.get("given_name"))[:150] or user.first_name
    user.last_name = _text(claims.get("family_name"))[:150] or user.last_name
    user.organisation = provider.organisation
    user.organisation_source = User.OrganisationSource.IDENTITY_PROVIDER
    audience = mapped_audience(provider, claims)
    if audience is not None:
        user.audience = audience
    user.save()
    link.last_sign_in_at = now
    link.sets_role = audience is not None
    link.save(update_fields=["last_sign_in_at", "sets_role"])
    return user


# RFC 8176's authentication method references: something the person knows, and the others
# (something they have or are). "mfa" says it outright.
KNOWLEDGE = {"pwd", "pin", "kba"}
OTHER_FACTORS = {"otp", "hwk", "swk", "sc", "sms", "tel", "fpt", "face", "iris", "retina", "vbm"}


def mfa_asserted(provider: AgencyIdentityProvider, id_token_claims: dict) -> bool:
    """Whether ``provider`` is trusted to say so and says this sign-in used a second factor
    (``amr`` in the ID token)."""
    if not provider.trust_mfa:
        return False
    amr = id_token_claims.get("amr")
    if not isinstance(amr, list):
        return False
    methods = {value for value in amr if isinstance(value, str)}
    return "mfa" in methods or bool(methods & KNOWLEDGE and methods & OTHER_FACTORS)


# SAML authentication contexts that name more than a password: the REFEDS MFA profile (research
# and education federations), Microsoft Entra ID's "multipleauthn", and the OASIS SAML 2.0
# authentication context classes defined as two-factor (saml-authn-context-2.0-os:
# MobileTwoFactorUnregistered, MobileTwoFactorContract) or as a smartcard with its PKI key.
SAML_MFA_CONTEXTS = frozenset(
    {
        "https://refeds.org/profile/mfa",
        "http://schemas.microsoft.com/claims/multipleauthn",
        "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorUnregistered",
        "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract",
        "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI",
    }
)


def saml_mfa_asserted(provider: AgencyIdentityProvider, context_classes: list[str]) -> bool:
    """Whether ``provider`` is trusted to say so and its SAML answer's authentication context
    (``AuthnContextClassRef``) names a second factor."""
    return provider.trust_mfa and bool(SAML_MFA_CONTEXTS & set(context_classes))


def form_action_origins(providers) -> list[str]:
    """Where a page's agency forms may lead (its Content-Security-Policy ``form-action``):
    each provider's authorization endpoint's origin, or its issuer's before discovery."""
    origins = set()
    for provider in providers:
        if provider.protocol == AgencyIdentityProvider.Protocol.SAML:
            from .saml import sso_location

            url = sso_location(provider)
        else:
            url = (provider.metadata or {}).get("authorization_endpoint") or provider.issuer
        parsed = urlsplit(url)
        if parsed.scheme in ("http", "https") and parsed.netloc:
            origins.add(f"{parsed.scheme}://{parsed.netloc}")
    return sorted(origins)
