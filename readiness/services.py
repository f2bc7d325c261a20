"""Is this person ready for duty? Each requirement set that applies to their role is checked
against their certificates: met, met within the grace period after expiry, expiring soon,
version too old, or missing — and the set is ready only when every requirement holds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Q
from django.utils import timezone

from certificates.models import Certificate

from .models import Requirement, RequirementSet

EXPIRING_SOON = timedelta(days=60)

MET = "met"
EXPIRING = "expiring"
IN_GRACE = "in_grace"
VERSION_TOO_OLD = "version_too_old"
EXPIRED = "expired"
MISSING = "missing"
HOLDS = {MET, EXPIRING, IN_GRACE}


def version_key(version: str) -> tuple:
    """'2026.1' < '2026.10' < '2027': numbers compare as numbers, the rest as text."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"[.\-_ ]+", version.strip()))


@dataclass
class RequirementStatus:
    requirement: Requirement
    status: str
    certificate: Certificate | None = None
    until: datetime | None = None  # expiry, or the end of the grace period

    @property
    def holds(self) -> bool:
        return self.status in HOLDS


@dataclass
class Readiness:
    requirement_set: RequirementSet
    items: list[RequirementStatus] = field(default_factory=list)

    @property
    def is_ready(self) -> bool:
        return all(item.holds for item in self.items)

    @property
    def missing(self) -> list[RequirementStatus]:
        return [item for item in self.items if not item.holds]


def evaluate(requirement: Requirement, certificates: list[Certificate], now) -> RequirementStatus:
    """The best standing among the holder's certificates of the required course."""
    mine = [c for c in certificates if c.course_key == requirement.course.translation_key]
    if not mine:
        return RequirementStatus(requirement, MISSING)
    statuses = []
    for certificate in mine:
        current = certificate.status_on(now)
        if current in (Certificate.Status.REVOKED, Certificate.Status.SUPERSEDED):
            continue
        if requirement.minimum_version and version_key(certificate.course_version) < version_key(
            requirement.minimum_version
        ):
            statuses.append(RequirementStatus(requirement, VERSION_TOO_OLD, certificate))
        elif current == Certificate.Status.VALID:
            soon = (
                certificate.expires_at is not None and certificate.expires_at - now < EXPIRING_SOON
            )
            statuses.append(
                RequirementStatus(
                    requirement, EXPIRING if soon else MET, certificate, certificate.expires_at
                )
            )
        else:
            grace_end = certificate.expires_at + timedelta(days=requirement.grace_days)
            status = IN_GRACE if requirement.grace_days and grace_end > now else EXPIRED
            statuses.append(RequirementStatus(requirement, status, certificate, grace_end))
    if not statuses:
        return RequirementStatus(requirement, MISSING)
    order = [MET, EXPIRING, IN_GRACE, VERSION_TOO_OLD, EXPIRED]
    return min(statuses, key=lambda s: order.index(s.status))


def readiness_for(user, now=None) -> list[Readiness]:
    """Every requirement set for the user's role (and those for everyone), evaluated; four
    queries whatever the number of sets and certificates."""
    now = now or timezone.now()
    sets = (
        RequirementSet.objects.filter(Q(audience__isnull=True) | Q(audience=user.audience_id))
        .prefetch_related("requirements__course")
        .order_by("name")
    )
    sets = list(sets)
    if not sets:
        return []
    certificates = list(Certificate.objects.filter(holder=user))
    return [
        Readiness(s, [evaluate(r, certificates, now) for r in s.requirements.all()]) for s in sets
    ]
