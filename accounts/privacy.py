"""A learner's own data (GDPR articles 15, 17 and 20): everything the platform holds about them
as JSON, and erasure.

The profile is this app's; everything else is held by the apps above (and tracking below), each
of which registers what it holds with the ``learner_data`` hook (``frontline.learner_data``):
its section of the export, and what erasing the person means for it. Erasure keeps what others
rely on and drops the person: certificates and readiness statements stay, revoked or withdrawn
with the public reason "Holder erased" and without a name, so their codes keep answering for
certifying bodies; the signed credential and PDF, which carry the name, are deleted;
invitations to the address are deleted; delivered xAPI statements are voided at the LRS; the
account, with its enrolments, progress and attempts, is deleted. The person ("My data"), the
``erase_learner`` command and an administrator deleting the account in the admin all erase
through ``learner_erase``."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from wagtail import hooks

from frontline.learner_data import LEARNER_DATA, LearnerData


def _when(moment):
    return moment.isoformat() if moment else None


def learner_data_providers() -> list[LearnerData]:
    """What every app registered about a person, in its order."""
    return sorted((hook() for hook in hooks.get_hooks(LEARNER_DATA)), key=lambda p: p.order)


def learner_data(user) -> dict:
    """Everything held about ``user``, as plain JSON-ready data: the profile, then each app's
    section in its order. Answer keys are left out, and per-question results follow the quiz's
    review settings (``quizzes``' section)."""
    data = {
        "exported_at": timezone.now().isoformat(),
        "profile": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "organisation": user.organisation.name if user.organisation_id else None,
            "role": user.audience.slug if user.audience_id else None,
            "did": user.did or None,
            "joined": _when(user.date_joined),
            "last_sign_in": _when(user.last_login),
        },
    }
    for provider in learner_data_providers():
        if provider.section:
            data[provider.section] = provider.export(user)
    return data


def learner_erase(user, by=None) -> dict:
    """Erase ``user`` (by themselves, or by an administrator ``by``): each app forgets them in
    its order, then the account is deleted, all in one transaction. Returns what was done (the
    counts the apps report: ``certificates_revoked``, ``statements_voided``)."""
    by = by if by is not None and by != user else None
    done: dict[str, int] = {}
    with transaction.atomic():
        for provider in learner_data_providers():
            if provider.erase is not None:
                done.update(provider.erase(user, by) or {})
        user.delete()
    return done
