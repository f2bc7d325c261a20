"""Thin learner views: parse the request, call one service, render or redirect."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .dashboard import dashboard_panels
from .models import CoursePage, LessonPage
from .selectors import course_outline, learner_dashboard, resume_lesson
from .services import (
    LearningRuleError,
    NotEnrolled,
    PrerequisitesNotMet,
    course_of,
    enrolment_create,
    enrolment_restart,
    lesson_complete,
)


@require_POST
@login_required
def enrol(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        enrolment, created = enrolment_create(request.user, course)
    except PrerequisitesNotMet as refusal:
        messages.error(request, str(refusal))
        return redirect(course.url)
    if created:
        messages.success(request, _("You are enrolled in “%(course)s”.") % {"course": course.title})
    target = resume_lesson(course_outline(course, request.user), enrolment)
    return redirect(target.url if target else course.url)


@require_POST
@login_required
def restart(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        enrolment_restart(request.user, course)
    except LearningRuleError as refusal:
        messages.error(request, str(refusal))
        return redirect(course.url)
    messages.success(
        request,
        _(
            "You are taking “%(course)s” again. Complete it to receive a new certificate; "
            "your current one stays valid until then."
        )
        % {"course": course.title},
    )
    return redirect(course.url)


@require_POST
@login_required
def complete_lesson(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        access, course_completed = lesson_complete(request.user, lesson)
    except NotEnrolled as refusal:
        messages.info(request, str(refusal))
        return redirect(course_of(lesson).url)
    except LearningRuleError as refusal:
        return HttpResponseBadRequest(str(refusal))
    if course_completed:
        messages.success(
            request,
            _("You have completed “%(course)s”. Well done.") % {"course": access.course.title},
        )
        return redirect("courses:dashboard")
    nxt = access.outline.next_step
    if nxt is None:
        return redirect(access.course.url)
    messages.success(request, _("Lesson completed. Next: %(lesson)s") % {"lesson": nxt.page.title})
    return redirect(nxt.page.url)


@login_required
def dashboard(request):
    rows = learner_dashboard(request.user)
    panels = dashboard_panels(request, rows)
    return TemplateResponse(
        request,
        "courses/dashboard.html",
        {
            "in_progress": [row for row in rows if not row.enrolment.is_completed],
            "completed": [row for row in rows if row.enrolment.is_completed],
            "panels_above": [panel for panel in panels if panel.above_courses],
            "panels_below": [panel for panel in panels if not panel.above_courses],
            "managed": list(request.user.managed_organisations.order_by("name")),
        },
    )
