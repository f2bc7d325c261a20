"""A learner's own data (GDPR articles 15, 17 and 20): everything the platform holds about them
as JSON, and erasure.

Erasure keeps what others rely on and drops the person: certificates and readiness statements
stay, revoked with the public reason "Holder erased" and without a name, so their codes keep
answering (as revoked) for certifying bodies; the signed credential and PDF, which carry the
name, are deleted; delivered xAPI statements are voided at the LRS
(``tracking.services.forget_learner``); the account, with its enrolments, progress and attempts,
is deleted."""

from __future__ import annotations

import copy

from django.db import transaction
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import (  # noqa: F401  (the names erasure leaves, for callers)
    ERASED_NAME,
    ERASED_REASON,
    certificates_erase_holder,
)
from certificates.verification import verify_url
from courses.models import Enrolment, LessonProgress
from organisations.models import Invitation
from quizzes.models import AttemptAnswer, QuizAttempt
from quizzes.selectors import review_visibility
from readiness.models import ReadinessStatement
from readiness.services import statements_erase_holder
from tracking.models import Statement
from tracking.services import forget_learner


def _when(moment):
    return moment.isoformat() if moment else None


# What an xAPI interaction definition carries of a question's answer key: the correct
# response patterns, and the lists of choices, matching sources and targets and steps, which
# are written in the key's order (the steps in their right order, the pairs side by side).
INTERACTION_KEY_FIELDS = (
    "correctResponsesPattern",
    "choices",
    "source",
    "target",
    "steps",
    "scale",
)


def statement_without_answer_key(payload: dict) -> dict:
    """A learning record as its learner may read it. An *answered* statement (an interaction)
    loses what gives the answer away: the key fields of its definition, and whether the answer
    was right (``result.success`` and ``score``) — the attempts in the export say that, as far
    as the quiz's review settings allow. Every other statement is unchanged."""
    definition = (payload.get("object") or {}).get("definition")
    if not isinstance(definition, dict) or "interactionType" not in definition:
        return payload
    payload = copy.deepcopy(payload)
    definition = payload["object"]["definition"]
    for name in INTERACTION_KEY_FIELDS:
        definition.pop(name, None)
    result = payload.get("result")
    if isinstance(result, dict):
        result.pop("success", None)
        result.pop("score", None)
    return payload


def _attempt_answers(user) -> dict[int, list]:
    """Each attempt's answers, with the points they earned and whether they were right only
    where the learner's review shows it (a quiz may show feedback only once passed): the export
    never tells more than the quiz's own pages do."""
    attempts = {a.pk: a for a in QuizAttempt.objects.filter(user=user)}
    shown = {pk: review_visibility(a).feedback for pk, a in attempts.items() if a.is_submitted}
    answers: dict[int, list] = {}
    for answer in AttemptAnswer.objects.filter(attempt__user=user).order_by("position"):
        # While an attempt is open, only answers checked as the learner went (immediate
        # feedback) have shown their result.
        feedback = shown.get(answer.attempt_id, answer.checked_at is not None)
        answers.setdefault(answer.attempt_id, []).append(
            {
                "position": answer.position,
                "question": answer.asked.get("prompt") if isinstance(answer.asked, dict) else None,
                "response": answer.response,
                "points": answer.points,
                "score": str(answer.score) if feedback and answer.score is not None else None,
                "correct": answer.is_correct if feedback else None,
                "saved_at": _when(answer.saved_at),
            }
        )
    return answers


def learner_data(user) -> dict:
    """Everything held about ``user``, as plain JSON-ready data. Answer keys are left out, and
    per-question results follow the quiz's review settings: a quiz may keep its correct answers
    (or all feedback until passed) hidden even after submission."""
    answers = _attempt_answers(user)
    return {
        "exported_at": timezone.now().isoformat(),
        "profile": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "organisation": user.organisation.name if user.organisation_id else None,
            "role": user.audience.slug if user.audience_id else None,
            "joined": _when(user.date_joined),
            "last_sign_in": _when(user.last_login),
        },
        "enrolments": [
            {
                "course": e.course.title,
                "course_key": str(e.course_key),
                "registration": str(e.registration),
                "enrolled_at": _when(e.enrolled_at),
                "completed_at": _when(e.completed_at),
                "current_run_started_at": _when(e.run_started_at),
            }
            for e in Enrolment.objects.filter(user=user).select_related("course")
        ],
        "lesson_progress": [
            {
                "lesson": p.lesson.title,
                "lesson_key": str(p.lesson_key),
                "course_key": str(p.course_key),
                "first_opened_at": _when(p.first_opened_at),
                "completed_at": _when(p.completed_at),
            }
            for p in LessonProgress.objects.filter(user=user).select_related("lesson")
        ],
        "quiz_attempts": [
            {
                "quiz": a.quiz_title,
                "quiz_key": str(a.quiz_key),
                "number": a.number,
                "started_at": _when(a.started_at),
                "submitted_at": _when(a.submitted_at),
                "score": str(a.score) if a.score is not None else None,
                "max_score": a.max_score,
                "percent": str(a.percent) if a.percent is not None else None,
                "passed": a.passed,
                "answers": answers.get(a.pk, []),
            }
            for a in QuizAttempt.objects.filter(user=user).order_by("started_at")
        ],
        "certificates": [
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
        ],
        "readiness_statements": [
            {
                "code": r.code,
                "requirement_set": r.set_name,
                "issued_at": _when(r.issued_at),
                "valid_until": _when(r.valid_until),
                "withdrawn_at": _when(r.withdrawn_at),
                "requirements": r.items,
            }
            for r in ReadinessStatement.objects.filter(holder=user)
        ],
        "learning_records": [
            statement_without_answer_key(s.payload)
            for s in Statement.objects.filter(user=user).order_by("stored_at")
        ],
    }


def learner_erase(user, by=None) -> dict:
    """Erase ``user`` (by themselves, or by an administrator ``by``); returns what was done."""
    with transaction.atomic():
        revoked = certificates_erase_holder(user, by=by if by is not None and by != user else None)
        statements_erase_holder(user, ERASED_REASON, ERASED_NAME)
        # Invitations carry the address (and the name a manager typed) of the person.
        Invitation.objects.filter(email__iexact=user.email).delete()
        voided = forget_learner(user)
        user.delete()
    return {"certificates_revoked": revoked, "statements_voided": voided}
