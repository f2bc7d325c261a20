from django.utils import timezone

from frontline.prepared import PreparedQuery

from .models import Certificate

_COLUMNS = [f.attname for f in Certificate._meta.concrete_fields]
# My learning's certificates panel on every visit: built once per connection.
_holder_query = PreparedQuery(
    lambda holder_id: Certificate.objects.filter(holder_id=holder_id).values_list(*_COLUMNS),
    holder_id=Certificate._meta.get_field("holder"),
)


def holder_certificates(user) -> list[Certificate]:
    """The holder's certificates, newest first, each with its status as of now."""
    now = timezone.now()
    certificates = [
        Certificate.from_db("default", _COLUMNS, row) for row in _holder_query(holder_id=user.pk)
    ]
    for certificate in certificates:
        certificate.current_status = certificate.status_on(now)
    return certificates


def request_holder_certificates(request) -> list[Certificate]:
    """``holder_certificates`` of the person signed in, read once for the request: the panels
    of *My learning* (their certificates, their readiness) share them."""
    found = getattr(request, "_holder_certificates", None)
    if found is None:
        found = request._holder_certificates = holder_certificates(request.user)
    return found


def certificates_missing_pdf(issued_before):
    """Ids of certificates issued before ``issued_before`` whose PDF was never stored, oldest
    first. An erased holder's certificate (no holder) keeps no PDF on purpose."""
    return (
        Certificate.objects.filter(pdf="", holder__isnull=False, issued_at__lt=issued_before)
        .order_by("issued_at")
        .values_list("pk", flat=True)
    )


def holder_course_certificate(user, course_key) -> Certificate | None:
    """The holder's newest valid certificate of a course (by translation key), if any."""
    return (
        Certificate.objects.filter(
            holder=user, course_key=course_key, status=Certificate.Status.VALID
        )
        .order_by("-issued_at")
        .first()
    )
