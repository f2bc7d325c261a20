from django.utils import timezone

from .models import Certificate


def holder_certificates(user) -> list[Certificate]:
    """The holder's certificates, newest first, each with its status as of now."""
    now = timezone.now()
    certificates = list(Certificate.objects.filter(holder=user).select_related("superseded_by"))
    for certificate in certificates:
        certificate.current_status = certificate.status_on(now)
    return certificates
