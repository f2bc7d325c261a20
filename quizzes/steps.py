"""Quizzes as steps of course outlines: the provider this app registers with courses'
``course_outline_steps`` hook (``quizzes/wagtail_hooks.py``; the interface is in
``courses.steps``)."""

from __future__ import annotations

from django.db.models import Count, F, Max, OuterRef, Q, Subquery

from courses.models import Enrolment
from courses.selectors import QuizRecord
from frontline.prepared import PreparedQuery

from .models import QuizAttempt, QuizPage


class QuizSteps:
    def live_steps(self, under: Q):
        """The live quizzes under the outlined courses (their expected minutes are stored on
        the page): one query."""
        return QuizPage.objects.live().filter(under).order_by("path")

    def records(self, user, course_keys: list) -> dict:
        """Each quiz's standing for ``user`` by quiz translation key, from the submitted
        attempts of their current run through each course: one query, built once per
        connection (``frontline.prepared``)."""
        rows = _records_prepared(user_id=user.pk, course_keys=list(course_keys))
        return {
            quiz_key: QuizRecord(attempts=attempts, best_percent=best, passed=passes > 0)
            for quiz_key, attempts, best, passes in rows
        }


def _records(user_id, course_keys: list):
    """(quiz key, attempts, best percent, passes) of the learner's submitted attempts in
    their current run through each of these courses."""
    run_start = Enrolment.objects.filter(
        user=OuterRef("user"), course_key=OuterRef("course_key")
    ).values("run_started_at")[:1]
    return (
        QuizAttempt.objects.filter(
            user_id=user_id, course_key__in=course_keys, submitted_at__isnull=False
        )
        .alias(run_start=Subquery(run_start))
        .filter(Q(run_start__isnull=True) | Q(started_at__gte=F("run_start")))
        .values("quiz_key")
        .annotate(
            attempts=Count("pk"),
            best=Max("percent"),
            passes=Count("pk", filter=Q(passed=True)),
        )
        .values_list("quiz_key", "attempts", "best", "passes")
    )


_records_prepared = PreparedQuery(
    _records,
    user_id=QuizAttempt._meta.get_field("user"),
    course_keys=QuizAttempt._meta.get_field("course_key"),
)
