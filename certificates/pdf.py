"""The printable certificate: A4, English and Swedish labels, a QR code to the verify page.

WeasyPrint is imported here, not at start-up: it takes about half a second to load."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

import segno

from .models import Certificate
from .verification import verify_url


def render_pdf(certificate: Certificate) -> bytes:
    from weasyprint import HTML

    url = verify_url(certificate)
    site_zone = timezone.get_default_timezone()
    qr = segno.make(url, error="m")
    html = render_to_string(
        "certificates/certificate_pdf.html",
        {
            "certificate": certificate,
            "verify_url": url,
            "qr_svg": qr.svg_data_uri(scale=4, border=2),
            # The document says the same whoever downloads it first: dates in the site's zone.
            "issued": timezone.localtime(certificate.issued_at, site_zone).date(),
            "expires": (
                timezone.localtime(certificate.expires_at, site_zone).date()
                if certificate.expires_at
                else None
            ),
        },
    )
    return HTML(string=html).write_pdf()


def certificate_pdf_ensure(certificate: Certificate) -> Certificate:
    """Render and store the PDF unless it is already stored (a retried task does nothing)."""
    if certificate.pdf and certificate.pdf.storage.exists(certificate.pdf.name):
        return certificate
    seen = certificate.pdf.name or ""
    data = render_pdf(certificate)
    name = certificate.pdf.storage.save(f"certificates/{certificate.code}.pdf", ContentFile(data))
    with transaction.atomic():
        updated = Certificate.objects.filter(pk=certificate.pk, pdf=seen).update(pdf=name)
    if not updated:
        # Another worker stored one first: keep theirs, drop ours.
        certificate.pdf.storage.delete(name)
        certificate.refresh_from_db(fields=["pdf"])
    else:
        certificate.pdf.name = name
    return certificate
