"""Open Badges 3.0 credentials for certificates, secured as VC-JWT, and the revocation list.

The payload is the ``OpenBadgeCredential`` itself (W3C VC 2.0 data model) with the registered
JWT claims ``iss``, ``jti``, ``sub``, ``nbf`` and ``exp`` mirroring ``issuer.id``, ``id``,
``credentialSubject.id``, ``validFrom`` and ``validUntil``, so a plain JOSE library can check the
dates as well as the signature. ``credentialStatus`` points at a W3C Bitstring Status List
credential (purpose ``revocation``) signed by the same issuer: a certifying body can check a
downloaded credential without ever telling us whose it is."""

from __future__ import annotations

import base64
import gzip
from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from frontline.site import base_url

from . import score, signing

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# The spec's minimum, so that one certificate's bit hides among 131,072 others.
STATUS_LIST_SIZE = 131_072
# The list of the largest primary key a database can hold (a signed 64-bit integer).
MAX_STATUS_LIST_NUMBER = (2**63 - 1) // STATUS_LIST_SIZE


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _url(name: str, *args) -> str:
    return base_url() + reverse(name, args=args)


def issuer_id() -> str:
    return _url("certificates_api:issuer")


def issuer_profile() -> dict:
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": issuer_id(),
        "type": ["Profile"],
        "name": settings.CERTIFICATE_ISSUER_NAME,
        "url": base_url() + "/",
        "description": (
            "Training for the professionals who first meet victims of human trafficking."
        ),
    }


def _issuer_claim() -> dict:
    profile = issuer_profile()
    return {key: profile[key] for key in ("id", "type", "name", "url")}


def credential_id(certificate) -> str:
    return _url("certificates_api:certificate", certificate.code)


def status_list_url(list_number: int) -> str:
    return _url("certificates_api:status-list", list_number)


def _criteria(certificate) -> str:
    if certificate.issued_by_id is not None:
        return "Issued by a trainer of the programme: " + certificate.issue_reason
    text = (
        "Every lesson of the course completed and the quizzes its completion rule requires passed."
    )
    if certificate.refresher_title:
        text += f" Renewed through the refresher course “{certificate.refresher_title}”."
    return text


def open_badge(certificate) -> dict:
    """The unsigned ``OpenBadgeCredential`` of a certificate."""
    course_url = base_url() + f"/xapi/activities/course/{certificate.course_key}"
    list_number, bit = divmod(certificate.status_list_index, STATUS_LIST_SIZE)
    achievement = {
        "id": course_url,
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": certificate.course_title,
        "description": f"{certificate.course_title} (version {certificate.course_version})",
        "criteria": {"narrative": _criteria(certificate)},
        "version": certificate.course_version,
        "inLanguage": "en",
    }
    credential = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_id(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{certificate.course_title} — {certificate.holder_name}",
        "issuer": _issuer_claim(),
        "validFrom": _iso(certificate.issued_at),
        "credentialSubject": {
            "id": f"urn:frontline:certificate:{certificate.code}",
            "type": ["AchievementSubject"],
            "name": certificate.holder_name,
            "achievement": achievement,
        },
        "credentialStatus": {
            "id": f"{status_list_url(list_number)}#{bit}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(bit),
            "statusListCredential": status_list_url(list_number),
        },
    }
    if certificate.score is not None:
        # OB 3.0: the achievement says what the result is, the subject's result refers to it.
        achievement["resultDescription"] = [
            {
                "id": f"{course_url}#score",
                "type": ["ResultDescription"],
                "name": f"Score: {score.BASIS}",
                "resultType": "Percent",
                "valueMin": "0",
                "valueMax": "100",
            }
        ]
        credential["credentialSubject"]["result"] = [
            {
                "type": ["Result"],
                "resultDescription": f"{course_url}#score",
                "value": str(score.whole_percent(certificate.score)),
            }
        ]
    if certificate.expires_at:
        credential["validUntil"] = _iso(certificate.expires_at)
    return credential


def _jwt_claims(credential: dict, subject: str, valid_from: datetime, valid_until) -> dict:
    claims = dict(credential)
    claims.update(
        iss=credential["issuer"]["id"],
        jti=credential["id"],
        sub=subject,
        nbf=int(valid_from.timestamp()),
    )
    if valid_until is not None:
        claims["exp"] = int(valid_until.timestamp())
    return claims


def sign_certificate(certificate) -> tuple[str, str]:
    """(VC-JWT, kid) for the certificate."""
    credential = open_badge(certificate)
    claims = _jwt_claims(
        credential,
        credential["credentialSubject"]["id"],
        certificate.issued_at,
        certificate.expires_at,
    )
    return signing.sign(claims)


def encode_bits(revoked_bits) -> str:
    """A Bitstring Status List value: bit 0 is the most significant bit of the first byte."""
    bits = bytearray(STATUS_LIST_SIZE // 8)
    for bit in revoked_bits:
        bits[bit // 8] |= 0x80 >> (bit % 8)
    return "u" + base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).decode().rstrip("=")


def decode_bits(encoded: str) -> bytes:
    data = encoded[1:] if encoded.startswith("u") else encoded
    return gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))


def bit_is_set(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(list_number: int) -> str:
    """The signed revocation list ``list_number``, computed from the certificates' status."""
    from .models import Certificate

    first = list_number * STATUS_LIST_SIZE
    revoked = Certificate.objects.filter(
        status=Certificate.Status.REVOKED, pk__gte=first, pk__lt=first + STATUS_LIST_SIZE
    ).values_list("pk", flat=True)
    now = timezone.now()
    url = status_list_url(list_number)
    credential = {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": _issuer_claim(),
        "validFrom": _iso(now),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_bits(pk - first for pk in revoked),
        },
    }
    token, _kid = signing.sign(_jwt_claims(credential, f"{url}#list", now, None))
    return token
