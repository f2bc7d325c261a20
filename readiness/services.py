"""Is this person ready for duty? Each requirement set that applies to their role is checked
against their certificates: met, met within the grace period after expiry, expiring soon,
version too old, or missing — and the set is ready only when every requirement holds.

A *recommended* set (a path, not a condition of duty: judges') is evaluated the same way but
only counts what is done ("1 of 3 done"): it never makes anyone not ready, is never a gap in a
manager's overview, and gives no readiness statement (decision 0015)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from certificates import codes, credentials
from certificates.models import Certificate
from certificates.selectors import holder_certificates
from certificates.verification import Lookup, verify_url
from courses.outline_cache import COURSE_FIELDS, cached_many, page_from, page_snapshot, snapshot

from .models import ReadinessStatement, Requirement, RequirementSet

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
    path: PathToReady | None = None  # what remains to do, when something does
    # The required course as published in the reader's language (attach_paths sets it).
    course: object | None = None

    @property
    def holds(self) -> bool:
        return self.status in HOLDS

    @property
    def needs_action(self) -> bool:
        """Anything short of met, expiring soon included: the learner has something to do."""
        return self.status != MET


@dataclass
class Readiness:
    requirement_set: RequirementSet
    items: list[RequirementStatus] = field(default_factory=list)

    @property
    def is_recommended(self) -> bool:
        """A recommended path: shown with what is done, never "not ready" (decision 0015)."""
        return self.requirement_set.recommended

    @property
    def is_complete(self) -> bool:
        """Every course of the set holds a valid certificate (or is within its grace)."""
        return all(item.holds for item in self.items)

    @property
    def is_ready(self) -> bool:
        """Ready for duty: a required set whose every requirement holds. A recommended path is
        never "ready" nor "not ready": read ``is_complete`` and ``done`` for it."""
        return not self.is_recommended and self.is_complete

    @property
    def missing(self) -> list[RequirementStatus]:
        """What keeps the person from duty; nothing for a recommended path, which gates none."""
        if self.is_recommended:
            return []
        return [item for item in self.items if not item.holds]

    @property
    def done(self) -> int:
        return sum(1 for item in self.items if item.holds)

    @property
    def total(self) -> int:
        return len(self.items)


def required(readiness: list[Readiness]) -> list[Readiness]:
    """The sets that are conditions of duty, without the recommended paths."""
    return [ready for ready in readiness if not ready.is_recommended]


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


def requirement_sets() -> list[RequirementSet]:
    """Every set with its requirements and their courses, by name: from the shared cache
    (``courses.outline_cache``: a set or a requirement saved or deleted, or any page saved,
    starts a new generation: ``ReadinessConfig.ready``), else three queries. The sets are
    read-only copies: an administrator edits them in the admin, never through these."""

    def read(keys):
        sets = RequirementSet.objects.prefetch_related("requirements__course").order_by("name")
        return {
            "all": [
                (
                    snapshot(requirement_set),
                    [
                        (snapshot(requirement), page_snapshot(requirement.course, COURSE_FIELDS))
                        for requirement in requirement_set.requirements.all()
                    ],
                )
                for requirement_set in sets
            ]
        }

    found = []
    for set_row, requirement_rows in cached_many("requirement-sets", ["all"], read)["all"]:
        requirement_set = page_from(set_row)
        requirements = []
        for requirement_row, course_row in requirement_rows:
            requirement = page_from(requirement_row)
            requirement.course = page_from(course_row)
            requirements.append(requirement)
        # What ``requirements.all()`` answers (modelcluster's in-memory relation): no query.
        requirement_set._cluster_related_objects = {"requirements": requirements}
        found.append(requirement_set)
    return found


def applies_to(requirement_set: RequirementSet, user) -> bool:
    return requirement_set.audience_id is None or requirement_set.audience_id == user.audience_id


def readiness_for(user, now=None, sets=None, certificates=None) -> list[Readiness]:
    """Every requirement set for the user's role (and those for everyone), evaluated; four
    queries whatever the number of sets and certificates (none when a caller evaluating many
    people passes the sets and this person's certificates)."""
    now = now or timezone.now()
    sets = [s for s in (requirement_sets() if sets is None else sets) if applies_to(s, user)]
    if not sets:
        return []
    if certificates is None:
        certificates = holder_certificates(user)
    return [
        Readiness(s, [evaluate(r, certificates, now) for r in s.requirements.all()]) for s in sets
    ]


@dataclass
class PathToReady:
    """The least a learner still has to do for one requirement: the modules (and final
    assessment) of the course they have not finished, with the reading time left."""

    course: object
    modules: list = field(default_factory=list)
    final_quizzes: list = field(default_factory=list)
    reading_minutes: int = 0
    quiz_minutes: int = 0  # the required quizzes and final assessment still to pass
    enrolled: bool = False
    take_again: bool = False

    @property
    def steps(self) -> int:
        return len(self.modules) + len(self.final_quizzes)

    @property
    def minutes(self) -> int:
        return self.reading_minutes + self.quiz_minutes


def _remaining(outline, course, enrolled: bool, take_again: bool) -> PathToReady:
    modules = [m for m in outline.modules if (m.lessons or m.quizzes) and not m.is_completed]
    finals = [q for q in outline.final_quizzes if q.counts_for_completion and not q.is_passed]
    reading = sum(
        lesson.minutes for module in modules for lesson in module.lessons if not lesson.is_completed
    )
    quizzes = [q for m in modules for q in m.quizzes if q.counts_for_completion] + finals
    return PathToReady(
        course,
        modules,
        finals,
        reading_minutes=reading,
        quiz_minutes=sum(q.minutes for q in quizzes if not q.is_passed),
        enrolled=enrolled,
        take_again=take_again,
    )


def attach_paths(user, readiness: list[Readiness], dashboard_rows) -> None:
    """Give each requirement that needs action its shortest path (``item.path``).

    A course in progress continues where the learner is (its outline is already on the
    dashboard); a course not started, or one whose certificate must be earned again, is the
    whole course. Every course is the one published in the active language (its title, its
    modules, its address), as the rest of the dashboard. Five queries at most, for all of
    them together."""
    from courses.selectors import build_outlines, in_active_language, learner_audience_id

    here = in_active_language(
        item.requirement.course for ready in readiness for item in ready.items
    )
    for ready in readiness:
        for item in ready.items:
            item.course = here[item.requirement.course.translation_key]
    in_progress = {
        row.enrolment.course_key: row for row in dashboard_rows if not row.enrolment.is_completed
    }
    enrolled_keys = {row.enrolment.course_key for row in dashboard_rows}
    fresh = {}
    for ready in readiness:
        for item in ready.items:
            key = item.requirement.course.translation_key
            if item.needs_action and key not in in_progress:
                fresh[key] = item.course
    outlines = (
        build_outlines(fresh.values(), learner_audience_id(user), frozenset(), {}) if fresh else {}
    )
    for ready in readiness:
        for item in ready.items:
            if not item.needs_action:
                continue
            course = item.course
            row = in_progress.get(course.translation_key)
            if row is not None:
                item.path = _remaining(row.outline, row.course, True, False)
            else:
                taken = course.translation_key in enrolled_keys
                item.path = _remaining(outlines[course.pk], course, taken, taken)


class NotReady(Exception):
    """A statement was asked for a set the person does not (or no longer) meet."""


def _statement_code() -> str:
    """A fresh code, distinct from every certificate's and statement's: both answer on the
    same verification page."""
    while True:
        code = codes.generate()
        if not (
            Certificate.objects.filter(code=code).exists()
            or ReadinessStatement.objects.filter(code=code).exists()
        ):
            return code


def _item_record(item: RequirementStatus) -> dict:
    certificate = item.certificate
    return {
        "course_title": certificate.course_title,
        "course_title_sv": certificate.course_title_sv,
        "course_version": certificate.course_version,
        "certificate_code": certificate.code,
        "status": item.status,
        "until": item.until.isoformat() if item.until else None,
    }


@transaction.atomic
def statement_issue(user, requirement_set_id: int, now=None) -> ReadinessStatement:
    """The statement for a set the user meets now; the same one again when nothing changed
    since the last (so a double click or a reprint never makes two)."""
    now = now or timezone.now()
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    ready = next(
        (r for r in readiness_for(user, now) if r.requirement_set.pk == requirement_set_id), None
    )
    if ready is None:
        raise NotReady(_("This requirement set does not apply to you."))
    if ready.is_recommended:
        # Decision 0015: a statement says "ready for duty"; a recommended path is no duty.
        raise NotReady(
            _(
                "A recommended path gives no readiness statement: the certificate of each "
                "course is its record."
            )
        )
    if not ready.is_ready:
        raise NotReady(_("You do not meet every requirement of this set yet."))
    certificates = sorted({item.certificate.pk for item in ready.items})
    dates = [item.until for item in ready.items if item.until is not None]
    valid_until = min(dates) if dates else None
    for earlier in ReadinessStatement.objects.filter(
        holder=user, requirement_set=ready.requirement_set, withdrawn_at__isnull=True
    ).prefetch_related("certificates"):
        same = sorted(c.pk for c in earlier.certificates.all()) == certificates
        if same and earlier.valid_until == valid_until:
            return earlier
    statement = ReadinessStatement.objects.create(
        code=_statement_code(),
        holder=user,
        holder_name=user.get_full_name() or user.email,
        # Only a verified membership: a self-declared one would be published on /verify/.
        organisation_name=getattr(user.verified_organisation, "name", ""),
        requirement_set=ready.requirement_set,
        set_name=ready.requirement_set.name,
        set_name_sv=ready.requirement_set.name_sv,
        items=[_item_record(item) for item in ready.items],
        issued_at=now,
        valid_until=valid_until,
    )
    statement.certificates.set(certificates)
    return statement


# Stored and sent in English (the API's language); pages translate it when they show it.
RELIES_ON_REVOKED = gettext_noop("A certificate it relies on was revoked.")


def statement_status(statement: ReadinessStatement, now=None) -> tuple[str, str]:
    """(outcome, public reason) on the certificate scale: valid, expired or revoked."""
    now = now or timezone.now()
    if statement.withdrawn_at is not None:
        return Certificate.Status.REVOKED, statement.withdrawn_reason
    if any(c.status == Certificate.Status.REVOKED for c in statement.certificates.all()):
        return Certificate.Status.REVOKED, RELIES_ON_REVOKED
    if statement.valid_until is not None and statement.valid_until <= now:
        return Certificate.Status.EXPIRED, ""
    return Certificate.Status.VALID, ""


def statement_look_up(code: str) -> Lookup | None:
    """A readiness statement answering for ``code`` on the certificate verify page and API
    (registered with the ``certificate_code_lookups`` hook)."""
    statement = (
        ReadinessStatement.objects.filter(code=code).prefetch_related("certificates").first()
    )
    if statement is None:
        return None
    outcome, reason = statement_status(statement)
    return Lookup(
        outcome=outcome,
        code=code,
        document=statement,
        template="readiness/verified_statement.html",
        record=statement_record(statement, reason),
        reason=reason,
    )


def statement_record(statement: ReadinessStatement, reason: str) -> dict:
    """A statement's fields in the API's JSON (the ``ReadinessStatement`` variant of
    certificates/openapi.json)."""
    return {
        "kind": "readiness_statement",
        "holder_name": statement.holder_name,
        "organisation": statement.organisation_name or None,
        "requirement_set": {"name": statement.set_name, "name_sv": statement.set_name_sv or None},
        "issued_at": statement.issued_at.isoformat(),
        "valid_until": statement.valid_until.isoformat() if statement.valid_until else None,
        "revocation_reason": reason or None,
        "requirements": statement.items,
        "issuer": {"name": settings.CERTIFICATE_ISSUER_NAME, "id": credentials.issuer_id()},
        "verify_url": verify_url(statement),
    }


def statements_erase_holder(user, reason: str, erased_name: str, now=None) -> int:
    """Withdraw the holder's statements and take their name off; the codes keep answering."""
    return ReadinessStatement.objects.filter(holder=user).update(
        holder_name=erased_name,
        organisation_name="",
        withdrawn_reason=reason,
        withdrawn_at=now or timezone.now(),
    )
