"""A learner's enrolments and per-lesson progress.

Progress is keyed by the pages' ``translation_key`` as well as linked to the page itself, so a
learner who switches between English and Swedish keeps one enrolment and one record per
lesson, whichever language they read it in."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    course_key = models.UUIDField(_("course translation key"), editable=False)
    # The xAPI registration: every statement of this learner's run through the course carries
    # it, so an LRS can tell one run from another.
    registration = models.UUIDField(
        _("registration"), default=uuid.uuid4, unique=True, editable=False
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("last lesson opened"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    # Set when a learner takes the course again (to re-certify): lessons and quiz attempts
    # before it belong to the earlier run and no longer count.
    run_started_at = models.DateTimeField(_("current run started"), null=True, blank=True)

    # Learner records, not content: kept out of Wagtail's reference index, which would
    # otherwise add four queries to every save.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-last_activity_at", "-enrolled_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="courses_one_enrolment")
        ]
        # Course analytics count a course's enrolments by month.
        indexes = [models.Index(fields=["course_key", "enrolled_at"])]

    def __str__(self):
        return f"{self.user} → {self.course}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="progress_records"
    )
    lesson_key = models.UUIDField(editable=False)
    course_key = models.UUIDField(editable=False)
    first_opened_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    # Learner records, not content: kept out of Wagtail's reference index, which would
    # otherwise add four queries to every save.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="courses_one_progress")
        ]
        indexes = [
            models.Index(fields=["user", "course_key"]),
            # The analytics funnel groups a course's completed lessons by learner.
            models.Index(fields=["course_key", "user"]),
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson}"
