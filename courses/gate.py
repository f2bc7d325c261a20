"""One gate for the pages that are steps of a course: lessons, and the quizzes of the quizzes app.

``StepPage.serve()`` decides who reads a step and how, in one place for every kind of step:

- anonymous visitors go to sign-in;
- those who may edit the step (``frontline.permissions.may_edit``) get the *trainer view*:
  nothing is enforced or recorded, and the page shows what a trainer reviews;
- an enrolled learner whose turn it is gets the page, and the step records that it was opened;
- a learner who is not enrolled is sent to the course page with the reason;
- any other refusal (the step is locked, or not on the learner's path) answers 403 with the
  reason and the step to do first.

Wagtail's preview, in the admin, is the trainer view too. The access found is passed to
``get_context(request, access=...)``, so the page's context never has to guess who reads it.

This module imports nothing of courses at load time: the page models use the mixin, and
``courses.services`` imports ``StepAccess`` from here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from frontline.permissions import may_edit

if TYPE_CHECKING:
    from .models import CoursePage, Enrolment
    from .selectors import CourseOutline, LessonEntry, QuizEntry


@dataclass
class StepAccess:
    """What the gate found for the reader of a step.

    A learner whose turn it is has the ``course``, their ``outline`` of it, their
    ``enrolment`` and the step's ``entry`` in the outline. The trainer view (``trainer_view``)
    and the preview (``is_preview``, also a trainer view) have none of the learner's records,
    and a preview no course either."""

    course: CoursePage | None
    outline: CourseOutline | None = None
    enrolment: Enrolment | None = None
    entry: LessonEntry | QuizEntry | None = None
    trainer_view: bool = False
    is_preview: bool = False

    @classmethod
    def for_trainer(cls, course: CoursePage | None, is_preview: bool = False) -> StepAccess:
        return cls(course=course, trainer_view=True, is_preview=is_preview)


class StepPage:
    """A page that is a step of a course. List it before ``Page`` in the bases.

    A step says how a learner may open it (``check_access``), what opening it records
    (``opened``), where its refusals are explained (``refused_template``) and, if its preview
    is not the page itself, which template previews it (``preview_template``)."""

    #: The 403 page: it gets ``page``, ``course``, ``reason``, ``blocking`` (the step to do
    #: first, if the refusal names one) and ``is_locked``.
    refused_template: str
    preview_template: str | None = None

    #: Whether those who may edit the step get the trainer view even when enrolled. A lesson's
    #: trainer view shows every audience variant, labelled, which is what they review; a quiz's
    #: trainer view cannot be taken, so an enrolled editor takes the quiz as learners do.
    trainer_view_when_enrolled = True

    def check_access(self, user, course: CoursePage) -> StepAccess:
        """The learner's access to this step now; raises a ``LearningRuleError`` (its message
        says why) when they may not open it."""
        raise NotImplementedError

    def opened(self, user, access: StepAccess) -> None:
        """Record that the learner opened the step (nothing by default)."""

    def reader_access(self, user, course: CoursePage) -> StepAccess:
        """The trainer view for those who may edit the step, else the learner's access (the
        step then records that it was opened). Raises a ``LearningRuleError`` otherwise."""
        from .services import NotEnrolled

        if self.trainer_view_when_enrolled and may_edit(user, self):
            return StepAccess.for_trainer(course)
        try:
            access = self.check_access(user, course)
        except NotEnrolled:
            if self.trainer_view_when_enrolled or not may_edit(user, self):
                raise
            return StepAccess.for_trainer(course)
        self.opened(user, access)
        return access

    def serve(self, request, *args, **kwargs):
        from .services import LearningRuleError, NotEnrolled, StepLocked, course_of

        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        course = course_of(self)
        try:
            access = self.reader_access(request.user, course)
        except NotEnrolled as refusal:
            messages.info(request, str(refusal))
            return redirect(course.url)
        except LearningRuleError as refusal:
            context = {
                "page": self,
                "course": course,
                "reason": str(refusal),
                "blocking": getattr(refusal, "blocking", None),
                "is_locked": isinstance(refusal, StepLocked),
            }
            return TemplateResponse(request, self.refused_template, context, status=403)
        request.is_preview = False
        return TemplateResponse(
            request,
            self.get_template(request, *args, **kwargs),
            self.get_context(request, *args, access=access, **kwargs),
        )

    def get_context(self, request, *args, access: StepAccess | None = None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if access is None:
            # Rendered without the gate (Wagtail's password form): no one's records, and not
            # the trainer view.
            access = StepAccess(course=None)
        context.update(
            {
                "access": access,
                "course": access.course,
                "outline": access.outline,
                "entry": access.entry,
                "trainer_view": access.trainer_view,
            }
        )
        return context

    def get_preview_context(self, request, mode_name):
        # Previews are reached from the admin by those editing the page: the trainer view,
        # without the course (a page being added has no place in the tree yet).
        return self.get_context(request, access=StepAccess.for_trainer(None, is_preview=True))

    def get_preview_template(self, request, mode_name):
        return self.preview_template or self.get_template(request)
