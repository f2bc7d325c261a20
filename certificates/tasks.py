"""Celery tasks: small, idempotent, given ids."""

from celery import shared_task


@shared_task(ignore_result=True)
def render_certificate_pdf(certificate_id: int) -> None:
    from .models import Certificate
    from .pdf import certificate_pdf_ensure

    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        certificate_pdf_ensure(certificate)


@shared_task(ignore_result=True)
def expire_and_remind() -> None:
    from .services import certificates_expire, expiry_reminders_send

    certificates_expire()
    expiry_reminders_send()
