"""Sharing a certificate from *My certificates*: the LinkedIn "Add to profile" link. (The
verify link and the wallet file are ``verification.verify_url`` and the ``wallet`` download.)

LinkedIn's Add to Profile for certifications is a plain link that opens the member's "Add
license or certification" form filled in; nothing is sent to LinkedIn until the member saves
it there, and the platform needs no LinkedIn account or key. The parameters are LinkedIn's
(``startTask=CERTIFICATION_NAME``, ``name``, ``organizationName``, ``issueYear``,
``issueMonth``, ``expirationYear``, ``expirationMonth``, ``certUrl``, ``certId``), from its
"Add to Profile for Certifications" guide as other issuers use it. The credential URL is the
public verification page, so anyone who follows it from the profile sees the certificate's
current status (revoked, superseded), not a copy."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from django.utils import timezone

from .verification import verify_url

LINKEDIN_ADD_TO_PROFILE = "https://www.linkedin.com/profile/add"


def linkedin_add_to_profile_url(certificate, language: str) -> str:
    """The link that adds ``certificate`` to the holder's LinkedIn profile, its name in
    ``language``; months and years on the site's calendar."""
    issued = timezone.localtime(certificate.issued_at)
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.title_in(language),
        "organizationName": certificate.issuer_name,
        "issueYear": issued.year,
        "issueMonth": issued.month,
    }
    if certificate.expires_at:
        expires = timezone.localtime(certificate.expires_at)
        params.update(expirationYear=expires.year, expirationMonth=expires.month)
    params.update(certUrl=verify_url(certificate), certId=certificate.code)
    # %20 rather than +, so that every reader of the query decodes spaces alike.
    return f"{LINKEDIN_ADD_TO_PROFILE}?{urlencode(params, quote_via=quote)}"
