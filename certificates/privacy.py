"""What certificates hold about a holder, for their export and erasure (``accounts.privacy``).
Erased, a holder's certificates stay (certifying bodies rely on their codes) but are revoked as
"Holder erased" and lose the name (``services.certificates_erase_holder``)."""

from .models import Certificate
from .services import certificates_erase_holder
from .verification import verify_url


def _when(moment):
    return moment.isoformat() if moment else None


def certificates_export(user) -> list[dict]:
    return [
        {
            "code": c.code,
            "holder_name": c.holder_name,
            "course": c.course_title,
            "course_version": c.course_version,
            "score": str(c.score) if c.score is not None else None,
            "status": c.status,
            "issued_at": _when(c.issued_at),
            "expires_at": _when(c.expires_at),
            "revocation_reason": c.revocation_reason or None,
            "verify_url": verify_url(c),
        }
        for c in Certificate.objects.filter(holder=user)
    ]


def certificates_erase(user, by=None) -> dict[str, int]:
    return {"certificates_revoked": certificates_erase_holder(user, by=by)}
