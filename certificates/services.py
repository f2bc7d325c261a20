"""Business rules for certificates: issue, revoke, expire, remind, look up, check a credential.

Issuing runs inside the transaction that completes the course (``courses.services``), under the
enrolment's row lock, so a completion and its certificate exist together or not at all, and a
second completion (another tab, a retried request) finds the certificate already there."""

from __future__ import annotations

import calendar
import hashlib
import hmac
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from courses.selectors import titles_by_language
from frontline import dates
from frontline.site import base_url
from frontline.tasks import enqueue_on_commit
from frontline.text import printable

from . import codes, credentials, events, score, signing
from .models import AuditEntry, Certificate

REMINDER_DAYS = (60, 14)


class CertificateError(Exception):
    """A request the certificate rules refuse; the message says why."""


def add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def holder_name_of(user) -> str:
    return user.get_full_name().strip() or user.email


def course_score(outline) -> Decimal | None:
    """The best percentage on the quizzes the completion rule requires, averaged; none when
    the course has no graded quiz. Shown as ``certificates.score`` says."""
    records = [q.record for q in outline.required_quizzes if q.record is not None]
    if not records:
        return None
    return (sum(Decimal(r.best_percent) for r in records) / len(records)).quantize(Decimal("0.01"))


def _log(certificate, action, channel, actor=None, reason="", outcome=""):
    AuditEntry.objects.create(
        certificate=certificate,
        action=action,
        channel=channel,
        code_entered=certificate.code,
        actor=actor if actor is not None and actor.is_authenticated else None,
        reason=reason,
        outcome=outcome or certificate.status,
    )


def _supersede_previous(user, course_key, now) -> list[Certificate]:
    previous = list(
        Certificate.objects.select_for_update().filter(
            holder=user,
            course_key=course_key,
            status__in=[Certificate.Status.VALID, Certificate.Status.EXPIRED],
        )
    )
    for old in previous:
        old.status = Certificate.Status.SUPERSEDED
        old.status_changed_at = now
        old.save(update_fields=["status", "status_changed_at"])
    return previous


def certificate_issue(
    user,
    course,
    *,
    when: datetime | None = None,
    enrolment=None,
    score: Decimal | None = None,
    issued_by=None,
    reason: str = "",
    refresher=None,
) -> Certificate:
    """Issue a certificate of ``course`` to ``user``; an earlier one of the same course is
    superseded (and stays verifiable as such)."""
    now = when or timezone.now()
    # Both titles, whichever language the course was completed in.
    titles = titles_by_language(course)
    with transaction.atomic():
        previous = _supersede_previous(user, course.translation_key, now)
        months = course.certificate_validity_months
        certificate = Certificate.objects.create(
            code=codes.generate(),
            holder=user,
            holder_name=holder_name_of(user),
            course=course,
            course_key=course.translation_key,
            course_title=titles.get("en", course.title),
            course_title_sv=titles.get("sv", ""),
            course_version=course.version_label,
            refresher_title=refresher.title if refresher is not None else "",
            registration=enrolment.registration if enrolment is not None else None,
            score=score,
            issued_at=now,
            expires_at=add_months(now, months) if months else None,
            status_changed_at=now,
            issuer_name=settings.CERTIFICATE_ISSUER_NAME,
            issued_by=issued_by,
            issue_reason=reason,
        )
        certificate.credential, certificate.signing_kid = credentials.sign_certificate(certificate)
        certificate.save(update_fields=["credential", "signing_kid"])
        for old in previous:
            old.superseded_by = certificate
            old.save(update_fields=["superseded_by"])
            _log(
                old,
                AuditEntry.Action.SUPERSEDED,
                AuditEntry.Channel.SYSTEM,
                reason=certificate.code,
            )
        channel = AuditEntry.Channel.ADMIN if issued_by else AuditEntry.Channel.SYSTEM
        _log(certificate, AuditEntry.Action.ISSUED, channel, actor=issued_by, reason=reason)
        events.certificate_earned(certificate)
        _queue_pdf(certificate.pk)
    return certificate


def _queue_pdf(certificate_id: int) -> None:
    """Render the PDF after the issue commits; if the broker is down then, the sweep
    (``tasks.render_missing_pdfs``) renders it later, or the first download does."""
    from .tasks import render_certificate_pdf

    enqueue_on_commit(render_certificate_pdf, certificate_id)


def certificate_issue_on_completion(enrolment, course, outline, when) -> Certificate | None:
    """Called by ``courses.services`` when an enrolment is completed (inside its transaction).
    The completion rule, which already requires passing the graded quizzes, is the rule.
    Completing a refresher renews the certificate of the course it refreshes."""
    if Certificate.objects.filter(
        holder=enrolment.user, registration=enrolment.registration
    ).exists():
        return None  # this run has its certificate already
    certified, refresher = course, None
    if course.refresher_for_id is not None:
        certified, refresher = course.refresher_for.specific, course
    return certificate_issue(
        enrolment.user,
        certified,
        when=when,
        enrolment=enrolment,
        score=course_score(outline),
        refresher=refresher,
    )


def certificate_issue_manually(user, course, issued_by, reason: str) -> Certificate:
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give the reason for issuing this certificate by hand."))
    try:
        return certificate_issue(user, course, issued_by=issued_by, reason=reason)
    except IntegrityError as error:  # pragma: no cover - the row locks make this a race only
        raise CertificateError(_("A certificate was issued at the same moment.")) from error


def certificate_revoke(certificate: Certificate, by, reason: str) -> Certificate:
    """Revoke with a public reason. The record stays: the code keeps answering "revoked"."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give the public reason for revoking this certificate."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.status == Certificate.Status.REVOKED:
            raise CertificateError(_("This certificate is already revoked."))
        certificate.status = Certificate.Status.REVOKED
        certificate.status_changed_at = timezone.now()
        certificate.revocation_reason = reason[:300]
        certificate.save(update_fields=["status", "status_changed_at", "revocation_reason"])
        _log(certificate, AuditEntry.Action.REVOKED, AuditEntry.Channel.ADMIN, by, reason)
        events.certificate_revoked(certificate)
    return certificate


ERASED_REASON = "Holder erased"
ERASED_NAME = "(erased)"


def certificates_erase_holder(user, by=None) -> int:
    """When a holder is erased: their certificates are revoked with the public reason "Holder
    erased" and lose the name, the signed credential and the PDF (all three carry it); the
    codes keep answering "revoked". Call inside the erasure's transaction; returns how many."""
    now = timezone.now()
    certificates = list(Certificate.objects.select_for_update().filter(holder=user))
    files = [c.pdf.name for c in certificates if c.pdf]
    channel = AuditEntry.Channel.ADMIN if by is not None else AuditEntry.Channel.SYSTEM
    for certificate in certificates:
        if certificate.status != Certificate.Status.REVOKED:
            certificate.status = Certificate.Status.REVOKED
            certificate.status_changed_at = now
            certificate.revocation_reason = ERASED_REASON
        certificate.holder_name = ERASED_NAME
        certificate.credential = ""
        certificate.pdf = ""
        certificate.save()
        _log(certificate, AuditEntry.Action.REVOKED, channel, actor=by, reason=ERASED_REASON)
    if files:
        storage = Certificate._meta.get_field("pdf").storage
        transaction.on_commit(lambda: [storage.delete(name) for name in files])
    return len(certificates)


def certificates_expire(now: datetime | None = None) -> int:
    """Mark every valid certificate past its expiry date expired; returns how many."""
    now = now or timezone.now()
    count = 0
    due = Certificate.objects.filter(status=Certificate.Status.VALID, expires_at__lte=now)
    for pk in due.values_list("pk", flat=True).iterator():
        with transaction.atomic():
            certificate = (
                Certificate.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(pk=pk, status=Certificate.Status.VALID)
                .select_related("holder")
                .first()
            )
            if certificate is None:
                continue
            certificate.status = Certificate.Status.EXPIRED
            certificate.status_changed_at = certificate.expires_at
            certificate.save(update_fields=["status", "status_changed_at"])
            _log(certificate, AuditEntry.Action.EXPIRED, AuditEntry.Channel.SYSTEM)
            events.certificate_expired(certificate)
            count += 1
    return count


def _reminder(certificate: Certificate, days: int) -> None:
    holder = certificate.holder
    course_url = base_url() + (certificate.course.url if certificate.course else "/")
    # In the language they took the course in.
    language = certificate.course.locale.language_code if certificate.course else "en"
    # The date in that language's format, on the holder's calendar (their time zone).
    holder_zone = dates.zone(holder.time_zone) or dates.site_zone()
    expiry = timezone.localtime(certificate.expires_at, holder_zone).date()
    with translation.override(language):
        subject = _("Your certificate “%(course)s” expires in %(days)s days") % {
            "course": certificate.title_in(language),
            "days": days,
        }
        body = _(
            "Hello %(name)s,\n\nyour certificate %(code)s for “%(course)s” expires on "
            "%(date)s. To stay certified, take the course again before then:\n%(url)s\n\n"
            "Once you complete it, a new certificate replaces this one.\n\n— %(issuer)s"
        ) % {
            "name": certificate.holder_name,
            "code": certificate.code,
            "course": certificate.title_in(language),
            "date": formats.date_format(expiry, "DATE_FORMAT"),
            "url": course_url,
            "issuer": certificate.issuer_name,
        }
    send_mail(subject, body, None, [holder.email])


def expiry_reminders_send(now: datetime | None = None) -> int:
    """E-mail holders whose valid certificate expires within 60, then within 14 days, once
    each; returns how many were sent."""
    now = now or timezone.now()
    sent = 0
    # (60, 14): the 60-day mail goes out between 60 and 14 days before; inside 14 days only
    # the 14-day one does.
    for days, later in zip(REMINDER_DAYS, (*REMINDER_DAYS[1:], 0), strict=True):
        field = f"reminded_{days}_at"
        due = Certificate.objects.filter(
            status=Certificate.Status.VALID,
            holder__isnull=False,
            expires_at__gt=now + timedelta(days=later),
            expires_at__lte=now + timedelta(days=days),
            **{f"{field}__isnull": True},
        )
        for pk in due.values_list("pk", flat=True).iterator():
            with transaction.atomic():
                certificate = (
                    Certificate.objects.select_for_update(skip_locked=True, of=("self",))
                    .filter(pk=pk, **{f"{field}__isnull": True})
                    .select_related("holder", "course__locale")
                    .first()
                )
                if certificate is None:
                    continue
                setattr(certificate, field, now)
                # The 60-day mail is pointless once 14 days are left.
                if days == 14 and certificate.reminded_60_at is None:
                    certificate.reminded_60_at = now
                certificate.save(update_fields=["reminded_60_at", "reminded_14_at"])
                remaining = math.ceil((certificate.expires_at - now).total_seconds() / 86400)
                _log(
                    certificate,
                    AuditEntry.Action.REMINDED,
                    AuditEntry.Channel.SYSTEM,
                    reason=f"{days}-day reminder",
                )
                _reminder(certificate, remaining)
                sent += 1
    return sent


# Looking up ---------------------------------------------------------------------------------


@dataclass
class Lookup:
    """What a verifier is told about a code."""

    outcome: str  # valid, expired, revoked, superseded, not_found, malformed, typo
    code: str
    certificate: Certificate | None = None
    # A readiness statement shares the code format and answers on the same page and API.
    statement: object = None
    reason: str = ""

    @property
    def found(self) -> bool:
        return self.certificate is not None or self.statement is not None


def client_fingerprint(request) -> str:
    return hmac.new(
        settings.SECRET_KEY.encode(), client_address(request).encode(), hashlib.sha256
    ).hexdigest()[:16]


def client_address(request) -> str:
    """The client's address, trusting only as many X-Forwarded-For hops as there are proxies."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


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
    """Find a certificate (or a readiness statement, which shares the code format) by its code
    as typed, and write the lookup to the audit log (with what was entered, made printable:
    a NUL in a URL is refused as not a code, and still audited)."""
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
            lookup = _statement_look_up(code) or Lookup(outcome="not_found", code=code)
    _log_lookup(request, channel, lookup.certificate, entered, lookup.outcome)
    return lookup


def _statement_look_up(code: str) -> Lookup | None:
    from readiness.models import ReadinessStatement
    from readiness.services import statement_status

    statement = (
        ReadinessStatement.objects.filter(code=code).prefetch_related("certificates").first()
    )
    if statement is None:
        return None
    outcome, reason = statement_status(statement)
    return Lookup(outcome=outcome, code=code, statement=statement, reason=reason)


def verify_url(record) -> str:
    """Where anyone checks a certificate or a readiness statement (anything with a code)."""
    return base_url() + reverse("certificates:verify-code", args=[record.code])


def public_record(lookup: Lookup) -> dict:
    """The JSON a certifying body's system gets for a code (the API's schema)."""
    data = {"code": lookup.code, "status": lookup.outcome}
    if lookup.statement is not None:
        return data | statement_record(lookup)
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
        credential=certificate.credential,
    )
    return data


def statement_record(lookup: Lookup) -> dict:
    statement = lookup.statement
    return {
        "kind": "readiness_statement",
        "holder_name": statement.holder_name,
        "organisation": statement.organisation_name or None,
        "requirement_set": {"name": statement.set_name, "name_sv": statement.set_name_sv or None},
        "issued_at": statement.issued_at.isoformat(),
        "valid_until": statement.valid_until.isoformat() if statement.valid_until else None,
        "revocation_reason": lookup.reason or None,
        "requirements": statement.items,
        "issuer": {"name": settings.CERTIFICATE_ISSUER_NAME, "id": credentials.issuer_id()},
        "verify_url": verify_url(statement),
    }


def credential_check(token: str, request) -> dict:
    """Check a VC-JWT as a certifying body would: signature and key, dates, revocation status.

    Each check is reported on its own; ``verified`` only when all hold. The check is written
    to the audit log."""
    report, certificate = _credential_report(token)
    outcome = "verified" if report["verified"] else "not verified"
    code = certificate.code if certificate is not None else ""
    _log_lookup(request, AuditEntry.Channel.CREDENTIAL, certificate, code, outcome)
    return report


def _credential_report(token: str) -> tuple[dict, Certificate | None]:
    now = timezone.now()
    report = {
        "verified": False,
        "checks": {"signature": "not checked", "dates": "not checked", "status": "not checked"},
    }
    try:
        claims, kid = signing.verify(token)
    except signing.SignatureInvalid as error:
        report["checks"]["signature"] = f"failed: {error}"
        return report, None
    report["checks"]["signature"] = f"valid (key {kid})"
    report["credential"] = {
        key: claims.get(key) for key in ("id", "type", "validFrom", "validUntil", "issuer")
    }
    issuer = claims.get("issuer", {})
    if claims.get("iss") != credentials.issuer_id() or issuer.get("id") != claims.get("iss"):
        report["checks"]["signature"] = "failed: issued by someone else"
        return report, None
    nbf, exp = claims.get("nbf"), claims.get("exp")
    if not isinstance(nbf, int) or nbf > now.timestamp():
        report["checks"]["dates"] = "failed: not yet valid"
    elif exp is not None and (not isinstance(exp, int) or exp <= now.timestamp()):
        report["checks"]["dates"] = "failed: expired"
    else:
        report["checks"]["dates"] = "valid"
    status = claims.get("credentialStatus") or {}
    certificate = _certificate_for_status(status, claims)
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


def _certificate_for_status(status: dict, claims: dict) -> Certificate | None:
    try:
        list_number = int(str(status["statusListCredential"]).rstrip("/").rsplit("/", 1)[1])
        index = int(status["statusListIndex"])
    except (KeyError, ValueError, IndexError, TypeError):
        return None
    pk = list_number * credentials.STATUS_LIST_SIZE + index
    certificate = Certificate.objects.select_related("superseded_by").filter(pk=pk).first()
    if certificate is None or claims.get("jti") != credentials.credential_id(certificate):
        return None
    return certificate
