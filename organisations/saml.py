"""SAML 2.0 sign-in through an agency's identity provider, with pysaml2.

Each ``AgencyIdentityProvider`` with protocol ``saml`` is its own service provider here: its
entity ID is the address of its metadata (``agency-saml:metadata``), which the administrator
gives the agency, and its assertion consumer service is ``agency-saml:acs``. The IdP's metadata
is the provider's ``saml_metadata_xml`` (pasted, or fetched from ``saml_metadata_url`` when
the provider is saved). We sign nothing and hold no SAML key (docs/decisions/0018): the
AuthnRequest goes by redirect unsigned, answers come by POST over HTTPS, unencrypted.

pysaml2 checks (saml2.response): the assertion's signature against the IdP's certificate from
its metadata (``want_assertions_signed``: an unsigned assertion is a SignatureError), the
audience (our entity ID), the recipient and destination (our ACS), NotBefore/NotOnOrAfter
(``accepted_time_diff`` of leeway) and InResponseTo against the requests this session sent
(``allow_unsolicited`` off). An answer is used once: its request is taken out of the session
before the sign-in. What the attributes then do is ``agencies.agency_sign_in``."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import IntegrityError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

import httpx
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.client import Saml2Client
from saml2.config import SPConfig
from saml2.mdstore import MetadataStore
from saml2.metadata import create_metadata_string
from saml2.saml import NAMEID_FORMAT_PERSISTENT

from accounts.views import sign_in_complete

from . import agencies
from .agencies import AgencySignInRefused
from .models import AgencyIdentityProvider
from .oidc import BACKEND, not_checked, refused

logger = logging.getLogger(__name__)

XMLSEC = "/usr/bin/xmlsec1"
LEEWAY_SECONDS = 60
SESSION_KEY = "saml_requests"
MAX_REQUESTS = 10
# SAML attribute (friendly) names and the claims agency_sign_in reads.
ATTRIBUTES = {"mail": "email", "givenName": "given_name", "sn": "family_name"}


class MetadataError(Exception):
    """The IdP's metadata cannot be used; the message says why, for the administrator."""


def metadata_fetch(url: str) -> str:
    try:
        response = httpx.get(url, timeout=agencies.DISCOVERY_TIMEOUT, follow_redirects=False)
    except httpx.HTTPError as error:
        raise MetadataError(
            _("The metadata cannot be fetched from %(url)s (%(error)s).")
            % {"url": url, "error": error.__class__.__name__}
        ) from error
    if response.status_code != 200:
        raise MetadataError(
            _("%(url)s answered %(status)s, not metadata.")
            % {"url": url, "status": response.status_code}
        )
    return response.text


def _idp(xml: str) -> tuple[MetadataStore, str]:
    """The metadata read, and the one identity provider it describes, with a signing
    certificate and a sign-in address. MetadataError says what is wrong otherwise."""
    store = MetadataStore(attrc=None, config=SPConfig())
    try:
        store.load("inline", xml)
    except Exception as error:  # pysaml2 raises many kinds for bad XML
        raise MetadataError(_("This is not SAML metadata that can be read.")) from error
    idps = list(store.identity_providers())
    if len(idps) != 1:
        raise MetadataError(
            _("The metadata must describe exactly one identity provider; it describes %(n)s.")
            % {"n": len(idps)}
        )
    if not store.certs(idps[0], "idpsso", "signing"):
        raise MetadataError(_("The metadata has no signing certificate."))
    if not store.single_sign_on_service(idps[0], BINDING_HTTP_REDIRECT):
        raise MetadataError(_("The identity provider offers no HTTP-Redirect sign-in address."))
    return store, idps[0]


def idp_entity_id(xml: str) -> str:
    return _idp(xml)[1]


def sso_location(provider: AgencyIdentityProvider) -> str:
    """The IdP's sign-in address (HTTP-Redirect), or "" when its metadata cannot be used."""
    try:
        store, idp = _idp(provider.saml_metadata_xml)
    except MetadataError:
        return ""
    return store.single_sign_on_service(idp, BINDING_HTTP_REDIRECT)[0]["location"]


def sp_config(request, provider: AgencyIdentityProvider, with_idp: bool = True) -> SPConfig:
    acs = request.build_absolute_uri(reverse("agency-saml:acs", args=[provider.pk]))
    config = SPConfig()
    config.load(
        {
            "entityid": request.build_absolute_uri(
                reverse("agency-saml:metadata", args=[provider.pk])
            ),
            "xmlsec_binary": XMLSEC,
            "metadata": {"inline": [provider.saml_metadata_xml]}
            if provider.saml_metadata_xml
            else {},
            "accepted_time_diff": LEEWAY_SECONDS,
            "allow_unknown_attributes": True,
            "service": {
                "sp": {
                    "name": provider.name,
                    "endpoints": {"assertion_consumer_service": [(acs, BINDING_HTTP_POST)]},
                    "allow_unsolicited": False,
                    "authn_requests_signed": False,
                    "want_assertions_signed": True,
                    "want_response_signed": False,
                    "name_id_format": [NAMEID_FORMAT_PERSISTENT],
                }
            },
        }
    )
    return config


def _saml_providers():
    return agencies.enabled_providers().filter(protocol=AgencyIdentityProvider.Protocol.SAML)


@require_GET
def sp_metadata(request, pk):
    """Our service provider's metadata for this agency: what its administrator loads."""
    provider = get_object_or_404(
        AgencyIdentityProvider.objects.filter(protocol=AgencyIdentityProvider.Protocol.SAML),
        pk=pk,
    )
    config = sp_config(request, provider, with_idp=False)
    xml = create_metadata_string(None, config=config, valid=24 * 7)
    return HttpResponse(xml, content_type="application/samlmetadata+xml")


def saml_start(request, provider: AgencyIdentityProvider, next_url: str):
    """Send the person to their agency's IdP with an AuthnRequest, remembered in the session."""
    try:
        idp = idp_entity_id(provider.saml_metadata_xml)
    except MetadataError as problem:
        raise agencies.configuration_failed(provider, str(problem)) from problem
    client = Saml2Client(sp_config(request, provider))
    request_id, info = client.prepare_for_authenticate(entityid=idp, binding=BINDING_HTTP_REDIRECT)
    pending = request.session.get(SESSION_KEY)
    pending = pending if isinstance(pending, dict) else {}
    pending[request_id] = {
        "provider": provider.pk,
        "language": translation.get_language(),
        "next": next_url,
    }
    request.session[SESSION_KEY] = dict(list(pending.items())[-MAX_REQUESTS:])
    return HttpResponseRedirect(dict(info["headers"])["Location"])


def claims_from(response, provider: AgencyIdentityProvider) -> dict:
    """The claims ``agency_sign_in`` reads, from a checked SAML answer: the (persistent)
    NameID is the subject, mail/givenName/sn the address and name, and the role attribute
    (``role_claim``) as it is."""
    attributes = response.get_identity() or {}
    claims = {"sub": response.name_id.text if response.name_id is not None else ""}
    for attribute, claim in ATTRIBUTES.items():
        values = attributes.get(attribute) or []
        if values:
            claims[claim] = values[0]
    if provider.role_claim:
        claims[provider.role_claim] = attributes.get(provider.role_claim) or []
    # SAML has no email_verified: the administrator says whether the agency's directory owns
    # the addresses it sends (``addresses_confirmed``), which decides linking to an account
    # already here (``agencies.agency_sign_in``).
    claims["email_verified"] = provider.addresses_confirmed
    return claims


def _activate(language, request) -> None:
    if language:
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


@csrf_exempt  # the IdP posts here; the answer's signature and InResponseTo stand for a token
@require_POST
def saml_acs(request, pk):
    """Where the agency's IdP posts its answer: check everything, then sign the person in (or
    refuse with the same page as OpenID Connect; nothing is created when refused)."""
    provider = get_object_or_404(_saml_providers(), pk=pk)
    if settings.SESSION_COOKIE_NAME not in request.COOKIES and "resent" not in request.POST:
        # The session cookie (SameSite=Lax) does not come with a POST from another site:
        # posted again from this site, it does.
        return TemplateResponse(
            request,
            "organisations/saml_continue.html",
            {"saml_response": request.POST.get("SAMLResponse", "")},
        )
    pending = request.session.get(SESSION_KEY)
    pending = pending if isinstance(pending, dict) else {}
    outstanding = {rid: "" for rid, entry in pending.items() if entry.get("provider") == pk}
    if outstanding:
        # In the language the person started in (this address has no language prefix).
        _activate(pending[list(outstanding)[-1]].get("language"), request)
    raw = request.POST.get("SAMLResponse", "")
    if not raw or not outstanding:
        return refused(
            request,
            _(
                "This sign-in cannot be finished: it was started in another browser or "
                "finished already. Start again from the sign-in page."
            ),
            status=400,
        )
    try:
        client = Saml2Client(sp_config(request, provider))
        response = client.parse_authn_request_response(
            raw, BINDING_HTTP_POST, outstanding=outstanding
        )
    except Exception as problem:  # pysaml2 signals each failed check with its own exception
        logger.warning("SAML sign-in refused (%s): %r", provider.name, problem)
        agencies.provider_error_record(
            provider, f"A SAML answer was refused: {problem.__class__.__name__}: {problem}"[:500]
        )
        return refused(request, not_checked(provider), provider=provider)
    if response is None or response.in_response_to not in outstanding:
        return refused(request, not_checked(provider), provider=provider)
    # Used once: taken out of the session (and saved) before the slow part.
    entry = pending.pop(response.in_response_to)
    request.session[SESSION_KEY] = pending
    request.session.save()
    _activate(entry.get("language"), request)
    try:
        user = agencies.agency_sign_in(provider, claims_from(response, provider))
    except AgencySignInRefused as refusal:
        return refused(request, str(refusal), provider=provider)
    except IntegrityError:
        return refused(request, not_checked(provider), status=409, provider=provider)
    contexts = [context for context, _authorities, _instant in response.authn_info()]
    second_factor = agencies.saml_mfa_asserted(provider, contexts)
    return sign_in_complete(request, user, BACKEND, entry.get("next") or "", second_factor)
