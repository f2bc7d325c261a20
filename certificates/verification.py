"""Verifying: what anyone who holds a code or a credential is told, and the audit of every
lookup. Reads only, but each lookup is written to the audit log.

A code may also belong to a document of a higher app that shares the code format (a readiness
statement): such apps register a lookup with the ``certificate_code_lookups`` hook — a
function ``(code) -> Lookup | None`` — and are asked, in order, when no certificate has it."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone

from wagtail import hooks

from frontline.http import client_fingerprint
from frontline.site import base_url
from frontline.text import printable

from . import codes, credentials, data_integrity, signing
from .models import AuditEntry, Certificate

CODE_LOOKUPS = "certificate_code_lookups"


@dataclass
class Lookup:
    """What a verifier is told about a code."""

    outcome: str  # valid, expired, revoked, superseded, not_found, malformed, typo
    code: str
    certificate: Certificate | None = None
    # Another document with this code (registered by its app): the object, the template that
    # shows it on the verify page, and its fields for the API.
    document: object = None
    template: str = ""
    record: dict = field(default_factory=dict)
    reason: str = ""

    @property
    def found(self) -> bool:
        return self.certificate is not None or self.document is not None


def _log_lookup(request, channel, certificate, entered: str, outcome: str) -> None:
    AuditEntry.objects.create(
        action=AuditEntry.Action.LOOKUP,
        channel=channel,
        certificate=certificate,
        code_entered=printable(entered, 40),
        outcome=outcome,
        actor=request.user if request.user.is_authenticated else None,
        client=client_fingerprint(request),
    )


def certificate_look_up(text: str, request, channel: str) -> Lookup:
    """Find a certificate (or another document with a code, see the module docstring) by its
    code as typed, and write the lookup to the audit log (with what was entered, made
    printable: a NUL in a URL is refused as not a code, and still audited)."""
    entered = text or ""
    try:
        code = codes.normalise(entered)
    except codes.InvalidCode as error:
        outcome = "typo" if error.is_typo else "malformed"
        lookup = Lookup(outcome=outcome, code=printable(entered, codes.MAX_INPUT_LENGTH))
    else:
        certificate = Certificate.objects.select_related("superseded_by").filter(code=code).first()
        if certificate is not None:
            lookup = Lookup(outcome=certificate.status_on(), code=code, certificate=certificate)
        else:
            lookup = _other_document(code) or Lookup(outcome="not_found", code=code)
    _log_lookup(request, channel, lookup.certificate, entered, lookup.outcome)
    return lookup


def _other_document(code: str) -> Lookup | None:
    for look_up in hooks.get_hooks(CODE_LOOKUPS):
        found = look_up(code)
        if found is not None:
            return found
    return None


def verify_url(record) -> str:
    """Where anyone checks a certificate or another document with a code."""
    return base_url() + reverse("certificates:verify-code", args=[record.code])


def credential_check(token: str, request) -> dict:
    """Check a VC-JWT as a certifying body would: signature and key, dates, revocation status.

    Each check is reported on its own; ``verified`` only when all hold. The check is written
    to the audit log."""
    return _audited(_credential_report(token), request)


def credential_check_data_integrity(secured: dict, request) -> dict:
    """Check a credential secured with a Data Integrity proof (eddsa-rdfc-2022) exactly as a
    VC-JWT: the proof and its key, the dates (``validFrom``, ``validUntil``), the revocation
    status. Raises ``data_integrity.ProofUnreadable`` for what is no such credential at all
    (the API answers 400); a proof that does not hold is reported, like a JWT's signature."""
    return _audited(_data_integrity_report(secured), request)


def _audited(checked: tuple[dict, Certificate | None], request) -> dict:
    report, certificate = checked
    outcome = "verified" if report["verified"] else "not verified"
    code = certificate.code if certificate is not None else ""
    _log_lookup(request, AuditEntry.Channel.CREDENTIAL, certificate, code, outcome)
    return report


def _empty_report() -> dict:
    return {
        "verified": False,
        "checks": {"signature": "not checked", "dates": "not checked", "status": "not checked"},
    }


def _credential_report(token: str) -> tuple[dict, Certificate | None]:
    report = _empty_report()
    try:
        claims, kid = signing.verify(token)
    except signing.SignatureInvalid as error:
        report["checks"]["signature"] = f"failed: {error}"
        return report, None
    report["checks"]["signature"] = f"valid (key {kid})"
    issuer = claims.get("issuer", {})
    # Either of our issuer ids: the DID now, the profile URL before (decision 0016).
    ours = claims.get("iss") in credentials.issuer_ids()
    if not ours or not isinstance(issuer, dict) or issuer.get("id") != claims.get("iss"):
        report["checks"]["signature"] = "failed: issued by someone else"
        return report, None
    nbf, exp = claims.get("nbf"), claims.get("exp")
    nbf = nbf if isinstance(nbf, int) else "invalid"
    exp = exp if exp is None or isinstance(exp, int) else "invalid"
    return _claims_report(report, claims, claims.get("jti"), nbf, exp)


def _data_integrity_report(secured: dict) -> tuple[dict, Certificate | None]:
    report = _empty_report()
    try:
        credential, kid = data_integrity.verify_proof(secured)
    except data_integrity.ProofInvalid as error:
        report["checks"]["signature"] = f"failed: {error}"
        return report, None
    report["checks"]["signature"] = f"valid (key {kid}, {data_integrity.CRYPTOSUITE})"
    issuer = credential.get("issuer")
    if not isinstance(issuer, dict) or issuer.get("id") not in credentials.issuer_ids():
        report["checks"]["signature"] = "failed: issued by someone else"
        return report, None
    valid_from = data_integrity.parse_time(credential.get("validFrom"))
    valid_until = credential.get("validUntil")
    nbf = int(valid_from.timestamp()) if valid_from else "invalid"
    if valid_until is None:
        exp = None
    else:
        until = data_integrity.parse_time(valid_until)
        exp = int(until.timestamp()) if until else "invalid"
    return _claims_report(report, credential, credential.get("id"), nbf, exp)


def _claims_report(report, credential, credential_id, nbf, exp) -> tuple[dict, Certificate | None]:
    """The dates (``nbf``/``exp`` as epoch seconds, "invalid" when unreadable) and status checks
    of a credential whose proof held, alike for both proof formats."""
    now = timezone.now()
    report["credential"] = {
        key: credential.get(key) for key in ("id", "type", "validFrom", "validUntil", "issuer")
    }
    if nbf == "invalid" or nbf > now.timestamp():
        report["checks"]["dates"] = "failed: not yet valid"
    elif exp is not None and (exp == "invalid" or exp <= now.timestamp()):
        report["checks"]["dates"] = "failed: expired"
    else:
        report["checks"]["dates"] = "valid"
    status = credential.get("credentialStatus") or {}
    certificate = _certificate_for_status(status, credential_id)
    if certificate is None:
        report["checks"]["status"] = "failed: unknown certificate"
    else:
        current = certificate.status_on(now)
        report["status"] = current
        report["code"] = certificate.code
        if current == Certificate.Status.REVOKED:
            report["checks"]["status"] = "failed: revoked"
            report["revocation_reason"] = certificate.revocation_reason
        elif current == Certificate.Status.SUPERSEDED:
            # Superseded is not a fault of the credential: it was valid and its holder holds a
            # newer one. Reported, not failed.
            report["checks"]["status"] = "valid (superseded by a newer certificate)"
            report["superseded_by"] = certificate.superseded_by.code
        else:
            report["checks"]["status"] = "valid (not revoked)"
    report["verified"] = all(value.startswith("valid") for value in report["checks"].values())
    return report, certificate


def _certificate_for_status(status, credential_id) -> Certificate | None:
    if not isinstance(status, dict):
        return None
    try:
        list_number = int(str(status["statusListCredential"]).rstrip("/").rsplit("/", 1)[1])
        index = int(status["statusListIndex"])
    except (KeyError, ValueError, IndexError, TypeError):
        return None
    certificate = (
        Certificate.objects.select_related("superseded_by")
        .filter(status_list=list_number, status_list_index=index)
        .first()
    )
    if certificate is None or credential_id != credentials.credential_id(certificate):
        return None
    return certificate
