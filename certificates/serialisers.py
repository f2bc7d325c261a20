"""The API's JSON for a code (``GET /api/v1/certificates/<code>``), as its OpenAPI document
(``openapi.json``) describes it."""

from __future__ import annotations

from . import credentials, data_integrity, score
from .verification import Lookup, verify_url


def public_record(lookup: Lookup) -> dict:
    """What a certifying body's system gets for a code: the status always; the certificate's
    facts, or those of the other document with the code (``Lookup.record``), when found."""
    data = {"code": lookup.code, "status": lookup.outcome}
    if lookup.document is not None:
        return data | lookup.record
    certificate = lookup.certificate
    if certificate is None:
        return data
    data.update(
        holder_name=certificate.holder_name,
        course={
            "title": certificate.course_title,
            "title_sv": certificate.course_title_sv or None,
            "version": certificate.course_version,
        },
        score=(
            str(score.whole_percent(certificate.score)) if certificate.score is not None else None
        ),
        score_basis=score.BASIS if certificate.score is not None else None,
        issued_at=certificate.issued_at.isoformat(),
        expires_at=certificate.expires_at.isoformat() if certificate.expires_at else None,
        status_changed_at=certificate.status_changed_at.isoformat(),
        revocation_reason=certificate.revocation_reason or None,
        superseded_by=certificate.superseded_by.code if certificate.superseded_by_id else None,
        issuer={"name": certificate.issuer_name, "id": credentials.issuer_id()},
        verify_url=verify_url(certificate),
        # Erased with its holder's data (the record stays, revoked): no credential, not "".
        credential=certificate.credential or None,
        # The same credential with a Data Integrity proof made now (eddsa-rdfc-2022); null
        # once erased, like the VC-JWT.
        credential_ldp=data_integrity.certificate_credential(certificate),
    )
    return data
