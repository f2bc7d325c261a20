"""Thin learner views: parse the request, call one service, render or redirect."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import branching, cases
from .dashboard import dashboard_panels
from .models import CoursePage, LessonPage
from .selectors import audiences_and_topics, course_outline, learner_dashboard, resume_lesson
from .services import (
    CaseChoiceRefused,
    LearningRuleError,
    NotEnrolled,
    PrerequisitesNotMet,
    case_choose,
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
    audiences, _topics = audiences_and_topics()  # the heading names the role: from the cache
    return TemplateResponse(
        request,
        "courses/dashboard.html",
        {
            "in_progress": [row for row in rows if not row.enrolment.is_completed],
            "completed": [row for row in rows if row.enrolment.is_completed],
            "panels_above": [panel for panel in panels if panel.above_courses],
            "panels_below": [panel for panel in panels if not panel.above_courses],
            "audience": next((a for a in audiences if a.pk == request.user.audience_id), None),
        },
    )


def _case_in_lesson(request, lesson_id: int, block_id):
    """The lesson, the reader's access through its gate and the case's value (None when the
    lesson has no such case for them), or the response that refuses them."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    course = course_of(lesson)
    try:
        access = lesson.reader_access(request.user, course)
    except NotEnrolled as refusal:
        messages.info(request, str(refusal))
        return lesson, None, None, redirect(course.url)
    except LearningRuleError:
        # The lesson's own page explains the refusal, with the step to do first.
        return lesson, None, None, redirect(lesson.url)
    audience = None if access.trainer_view else getattr(request.user, "audience", None)
    value = cases.case_value(lesson, str(block_id), audience, access.trainer_view)
    if value is None:
        messages.error(
            request, _("This case is no longer in the lesson. Read the lesson as it is now.")
        )
        return lesson, None, None, redirect(lesson.url)
    return lesson, access, value, None


def _back_to_case(lesson, block_id):
    # The fragment brings the learner (and, with branching-case.js, the focus) to where the
    # case now stands.
    return redirect(f"{lesson.url}#case-{block_id}-now")


@require_POST
@login_required
def case_choice(request, lesson_id: int, block_id):
    """Commit to one choice of a branching case in a lesson (``courses.cases``)."""
    lesson, access, value, refused = _case_in_lesson(request, lesson_id, block_id)
    if refused:
        return refused
    block_id = str(block_id)
    choice_id = request.POST.get("choice", "")
    if not choice_id:
        messages.error(request, _("Choose one of the options, then press “Choose”."))
        return _back_to_case(lesson, block_id)
    play = cases.play_in(request.session, lesson.pk, block_id)
    try:
        played = case_choose(lesson, access, block_id, branching.plan_of(value), play, choice_id)
    except CaseChoiceRefused as refusal:
        messages.error(request, str(refusal))
        return _back_to_case(lesson, block_id)
    cases.play_store(request.session, lesson.pk, block_id, played)
    return _back_to_case(lesson, block_id)


@require_POST
@login_required
def case_restart(request, lesson_id: int, block_id):
    """Play a branching case again from its first situation (earlier plays' statements stay)."""
    lesson, access, value, refused = _case_in_lesson(request, lesson_id, block_id)
    if refused:
        return refused
    cases.play_store(request.session, lesson.pk, str(block_id), cases.CasePlay())
    return _back_to_case(lesson, str(block_id))
