"""What readiness holds about a holder, for their export and erasure (``accounts.privacy``).
Erased, a holder's statements stay (their codes keep answering) but are withdrawn as "Holder
erased", as their certificates are revoked, and lose the name and organisation."""

from certificates.services import ERASED_NAME, ERASED_REASON

from .models import ReadinessStatement
from .services import statements_erase_holder


def _when(moment):
    return moment.isoformat() if moment else None


def readiness_statements_export(user) -> list[dict]:
    return [
        {
            "code": r.code,
            "requirement_set": r.set_name,
            "issued_at": _when(r.issued_at),
            "valid_until": _when(r.valid_until),
            "withdrawn_at": _when(r.withdrawn_at),
            "requirements": r.items,
        }
        for r in ReadinessStatement.objects.filter(holder=user)
    ]


def readiness_statements_erase(user, by=None) -> None:
    statements_erase_holder(user, ERASED_REASON, ERASED_NAME)
