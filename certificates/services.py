"""Business rules for certificates: issue, revoke, expire, remind, erase a holder (writes).
Looking a code up and checking a credential are in ``verification``; the API's JSON in
``serialisers``.

Issuing runs inside the transaction that completes the course (``courses.services``), under the
enrolment's row lock, so a completion and its certificate exist together or not at all, and a
second completion (another tab, a retried request) finds the certificate already there."""

from __future__ import annotations

import calendar
import math
import secrets
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from courses.selectors import titles_by_language
from frontline import dates
from frontline.site import base_url
from frontline.tasks import enqueue_on_commit

from . import codes, credentials, events
from .models import AuditEntry, Certificate

REMINDER_DAYS = (60, 14)
# Random bits tried in a list before choosing among its free ones (a nearly full list).
RANDOM_BIT_TRIES = 8


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


def _bit_taken(list_number: int, bit: int) -> bool:
    return Certificate.objects.filter(status_list=list_number, status_list_index=bit).exists()


def _free_bits(list_number: int) -> list[int]:
    taken = set(
        Certificate.objects.filter(status_list=list_number).values_list(
            "status_list_index", flat=True
        )
    )
    return [bit for bit in range(credentials.STATUS_LIST_SIZE) if bit not in taken]


def _create_with_status_entry(**fields) -> Certificate:
    """Create the certificate with a bit of its own in the revocation lists, drawn at random.

    W3C Bitstring Status List v1.0 (statusListIndex): "Implementations SHOULD assign indexes
    randomly, such that inferences — such as the recency of the assignment or the size of the
    group — cannot be easily drawn from that position." So the bit is random within the newest
    list; a bit already taken (or taken at the same moment by another issue: the unique
    constraint) is drawn again. When random draws keep missing, the list is nearly full: the
    bit is chosen among its free ones, and when none is free the next list is opened. Bits are
    never reused, so a full list stays full."""
    list_number = Certificate.objects.aggregate(newest=Max("status_list"))["newest"] or 0
    draws = 0
    while True:
        if draws < RANDOM_BIT_TRIES:
            draws += 1
            bit = secrets.randbelow(credentials.STATUS_LIST_SIZE)
            if _bit_taken(list_number, bit):
                continue
        else:
            free = _free_bits(list_number)
            if not free:
                list_number, draws = list_number + 1, 0
                continue
            bit = secrets.choice(free)
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    status_list=list_number, status_list_index=bit, **fields
                )
        except IntegrityError:
            if not _bit_taken(list_number, bit):
                raise  # another rule refused it, not the bit


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
        salt = secrets.token_hex(16)
        certificate = _create_with_status_entry(
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
            holder_did=user.did,
            identity_salt=salt,
            identity_hash=credentials.identity_hash(user.email, salt),
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


def final_assessment_passed(course, outline) -> bool:
    """Whether completing ``course`` rests on a summative assessment: it issues certificates
    and the learner passed a final assessment in this run (``outline`` is of that run)."""
    return course.issues_certificate and any(quiz.is_passed for quiz in outline.final_quizzes)


def certificate_issue_on_completion(enrolment, course, outline, when) -> Certificate | None:
    """Called by ``courses.services`` when an enrolment is completed (inside its transaction).
    Issues nothing when the course does not issue certificates, or when this run's final
    assessment was not passed: the editor refuses to publish a certificate-issuing course
    without one, and this keeps the rule whatever the pages became since. Completing a
    refresher renews the certificate of the course it refreshes."""
    if not final_assessment_passed(course, outline):
        return None
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
        # The statement's actor is who revoked it, not the holder.
        person = by if by is not None and by.is_authenticated else None
        events.certificate_revoked(certificate, by=person)
    return certificate


ERASED_REASON = "Holder erased"
ERASED_NAME = "(erased)"


def certificates_erase_holder(user, by=None) -> int:
    """When a holder is erased: their certificates are revoked with the public reason "Holder
    erased" and lose the name, the signed credential and the PDF (all three carry it) and the
    holder's identifiers (DID, hashed address); the
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
        # The hash of their address and their DID name them as much as the name does.
        certificate.holder_did = certificate.identity_hash = certificate.identity_salt = ""
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
