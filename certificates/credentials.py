"""Open Badges 3.0 credentials for certificates, secured as VC-JWT, and the revocation list.

The payload is the ``OpenBadgeCredential`` itself (W3C VC 2.0 data model) with the registered
JWT claims ``iss``, ``jti``, ``sub``, ``nbf`` and ``exp`` mirroring ``issuer.id``, ``id``,
``credentialSubject.id``, ``validFrom`` and ``validUntil``, so a plain JOSE library can check the
dates as well as the signature. ``credentialStatus`` points at a W3C Bitstring Status List
credential (purpose ``revocation``) signed by the same issuer: a certifying body can check a
downloaded credential without ever telling us whose it is.

The holder is named in ``credentialSubject``: by their DID (``id``) when they gave one on their
profile, else by the certificate's URN; and always, when an address was known, by an Open
Badges 3.0 ``IdentityObject`` (``identifier``): the salted SHA-256 hash of their e-mail address,
which a verifier who knows the address can check (``identifier_matches``) and nobody else can
read."""

from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from frontline.site import base_url

from . import did, score, signing

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# The spec's minimum, so that one certificate's bit hides among 131,072 others.
STATUS_LIST_SIZE = 131_072
# The last list whose number a signed 64-bit integer of bits can name; lists are opened in
# order, so it is never reached.
MAX_STATUS_LIST_NUMBER = (2**63 - 1) // STATUS_LIST_SIZE
# How long a status list may be cached (HTTP Cache-Control max-age) and how long its credential
# is valid (validUntil, ttl): the same five minutes, which is also how long a revocation may
# take to reach a verifier. Bitstring Status List v1.0 (ttl): publishers "SHOULD align
# any protocol-specific caching information, such as the HTTP Cache-Control header" with it.
STATUS_LIST_CACHE_SECONDS = 300
# Open Badges 3.0 IdentifierTypeEnum, the type of a known e-mail address (OB 3.0,
# "Verify the Recipient Using an Identifier").
EMAIL_IDENTITY_TYPE = "emailAddress"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _url(name: str, *args) -> str:
    return base_url() + reverse(name, args=args)


def issuer_id() -> str:
    """Who issues credentials and status lists: the issuer's ``did:web`` DID, the controller of
    every signing key in its DID document, so a verifier that requires the key's controller to
    be ``issuer.id`` (Digital Bazaar's default) accepts ours (docs/decisions/0016)."""
    return did.issuer_did()


def issuer_profile_url() -> str:
    """Where the issuer's Open Badges ``Profile`` is served (``/api/v1/issuer``): the issuer's id
    in credentials issued before it became the DID, which the DID document still names in
    ``alsoKnownAs``."""
    return _url("certificates_api:issuer")


def issuer_ids() -> tuple[str, ...]:
    """Every id this platform has issued under, the current one first: a credential that names
    either is ours (those issued before the DID carry the profile URL and keep verifying)."""
    return (issuer_id(), issuer_profile_url())


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


def identity_hash(email: str, salt: str) -> str:
    """An Open Badges 3.0 ``IdentityHash`` of an e-mail address: "sha256$" and the hex SHA-256
    of the address (trimmed, lower case, UTF-8) with the salt appended (OB 3.0 data model,
    IdentityHash: "a hash across an identifier and an optionally appended salt string")."""
    digest = hashlib.sha256((email.strip().lower() + salt).encode("utf-8")).hexdigest()
    return f"sha256${digest}"


def identity_object(certificate) -> dict:
    """The holder's e-mail address as an OB 3.0 ``IdentityObject`` (hashed, salted)."""
    return {
        "type": "IdentityObject",
        "identityHash": certificate.identity_hash,
        "identityType": EMAIL_IDENTITY_TYPE,
        "hashed": True,
        "salt": certificate.identity_salt,
    }


def identifier_matches(credential: dict, email: str) -> bool:
    """Whether a credential names the holder of ``email``, as a verifier checks it (OB 3.0,
    "Verify the Recipient Using an Identifier"): an ``identifier`` of type emailAddress whose
    hash of the known address and the identifier's salt is its ``identityHash`` (or, unhashed,
    is the address)."""
    subject = credential.get("credentialSubject") if isinstance(credential, dict) else None
    identifiers = subject.get("identifier", []) if isinstance(subject, dict) else []
    if isinstance(identifiers, dict):
        identifiers = [identifiers]
    known = (email or "").strip().lower()
    for identifier in identifiers:
        if not isinstance(identifier, dict):
            continue
        if identifier.get("identityType") != EMAIL_IDENTITY_TYPE:
            continue
        stated = str(identifier.get("identityHash", ""))
        if identifier.get("hashed") is True:
            expected = identity_hash(known, str(identifier.get("salt", "")))
        else:
            expected, stated = known, stated.strip().lower()
        # The algorithm name is case-insensitive, the hex digits may be upper case (OB 3.0).
        if hmac.compare_digest(expected.lower(), stated.lower()):
            return True
    return False


def subject_id(certificate) -> str:
    """Whom the credential is about: the holder's DID when they had given one, else the
    certificate itself."""
    return certificate.holder_did or f"urn:frontline:certificate:{certificate.code}"


def open_badge(certificate) -> dict:
    """The unsigned ``OpenBadgeCredential`` of a certificate."""
    course_url = base_url() + f"/xapi/activities/course/{certificate.course_key}"
    list_number, bit = certificate.status_list, certificate.status_list_index
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
            "id": subject_id(certificate),
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
    if certificate.identity_hash:
        credential["credentialSubject"]["identifier"] = [identity_object(certificate)]
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


def status_list_document(list_number: int, now: datetime | None = None) -> dict:
    """The unsigned revocation list ``list_number``, computed from the certificates' status.

    Valid from now until the end of the time it may be cached (``validUntil``; ``ttl`` in
    milliseconds), so that no cache serves a list a verifier should no longer trust: VC Data
    Model 2.0, "Validity Period"; Bitstring Status List v1.0, "BitstringStatusListCredential"
    (ttl)."""
    from .models import Certificate

    revoked = Certificate.objects.filter(
        status=Certificate.Status.REVOKED, status_list=list_number
    ).values_list("status_list_index", flat=True)
    now = (now or timezone.now()).replace(microsecond=0)
    until = now + timedelta(seconds=STATUS_LIST_CACHE_SECONDS)
    url = status_list_url(list_number)
    return {
        # The OB context too: the issuer claim is an Open Badges Profile, a term VC 2.0 lacks
        # (a linked-data verifier refuses an undefined type; decision 0019).
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": _issuer_claim(),
        "validFrom": _iso(now),
        "validUntil": _iso(until),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_bits(revoked),
            "ttl": STATUS_LIST_CACHE_SECONDS * 1000,
        },
    }


def status_list_credential(list_number: int) -> str:
    """The revocation list ``list_number`` as a VC-JWT (its ``nbf`` and ``exp`` mirror
    ``validFrom`` and ``validUntil``). The same list with a Data Integrity proof is
    ``data_integrity.status_list_credential``."""
    now = timezone.now().replace(microsecond=0)
    credential = status_list_document(list_number, now)
    until = now + timedelta(seconds=STATUS_LIST_CACHE_SECONDS)
    subject = credential["credentialSubject"]["id"]
    token, _kid = signing.sign(_jwt_claims(credential, subject, now, until))
    return token


def enveloped_credential(certificate) -> dict:
    """The signed credential as JSON a wallet imports: a VC Data Model 2.0
    ``EnvelopedVerifiableCredential`` ("Enveloped Verifiable Credentials") whose ``id`` is the
    VC-JWT as a data: URL."""
    return {
        "@context": VC_CONTEXT,
        "id": f"data:application/vc+jwt,{certificate.credential}",
        "type": "EnvelopedVerifiableCredential",
    }
