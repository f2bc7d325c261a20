"""Celery tasks: small, idempotent, given ids."""

from datetime import timedelta

from django.utils import timezone

from celery import shared_task

from frontline.tasks import enqueue

# A PDF not stored this long after issue was lost on the way (broker down at issue, worker
# killed more times than the task retries): the sweep renders it.
PDF_GRACE = timedelta(minutes=2)
SWEEP_LIMIT = 500


@shared_task(
    ignore_result=True,
    # A worker killed mid-render puts the message back instead of acknowledging it...
    acks_late=True,
    reject_on_worker_lost=True,
    # ...and a render that fails (storage, fonts) is tried again, 10 s, 20 s, 40 s… later.
    autoretry_for=(Exception,),
    retry_backoff=10,
    retry_backoff_max=600,
    max_retries=6,
)
def render_certificate_pdf(certificate_id: int) -> None:
    from .models import Certificate
    from .pdf import certificate_pdf_ensure

    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        certificate_pdf_ensure(certificate)


@shared_task(ignore_result=True)
def render_missing_pdfs() -> int:
    """Queue a render for every certificate whose PDF was never stored (beat, every 5 minutes).
    Erased holders' certificates keep no PDF and are left alone. Returns how many."""
    from .selectors import certificates_missing_pdf

    missing = certificates_missing_pdf(timezone.now() - PDF_GRACE)[:SWEEP_LIMIT]
    queued = 0
    for certificate_id in missing:
        queued += enqueue(render_certificate_pdf, certificate_id)
    return queued


@shared_task(ignore_result=True)
def expire_and_remind() -> None:
    from .services import certificates_expire, expiry_reminders_send

    certificates_expire()
    expiry_reminders_send()
