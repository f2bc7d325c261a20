"""The certificates' background work (declared and queued as ``frontline.tasks`` says)."""

from datetime import timedelta

from django.utils import timezone

from frontline.tasks import background_task, enqueue

# A PDF not stored this long after issue was lost on the way (broker down at issue, worker
# killed more times than the task retries): the sweep renders it.
PDF_GRACE = timedelta(minutes=2)
SWEEP_LIMIT = 500


# A worker killed mid-render puts the message back; a render that fails is tried again.
@background_task(retry=True)
def render_certificate_pdf(certificate_id: int) -> None:
    """Store the certificate's PDF unless it is there (idempotent)."""
    from .models import Certificate
    from .pdf import certificate_pdf_ensure

    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        certificate_pdf_ensure(certificate)


@background_task
def render_missing_pdfs() -> int:
    """Queue a render for every certificate whose PDF was never stored (beat, every 5 minutes).
    Erased holders' certificates keep no PDF and are left alone. Returns how many."""
    from .selectors import certificates_missing_pdf

    missing = certificates_missing_pdf(timezone.now() - PDF_GRACE)[:SWEEP_LIMIT]
    queued = 0
    for certificate_id in missing:
        queued += enqueue(render_certificate_pdf, certificate_id)
    return queued


@background_task
def expire_and_remind() -> None:
    """Mark certificates past their expiry date and send the due reminders (idempotent: a
    certificate expires once, each reminder is sent once; beat, nightly)."""
    from .services import certificates_expire, expiry_reminders_send

    certificates_expire()
    expiry_reminders_send()
