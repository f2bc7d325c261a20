from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Page

from frontline.learner_data import LEARNER_DATA, LearnerData
from frontline.page_buttons import register_editor_page_button

from . import admin_views, privacy
from .models import QuizPage
from .selectors import (
    certificate_course_resting_on,
    certificate_courses_resting_on,
    quizzes_awaiting_confirmation,
)
from .steps import QuizSteps


@hooks.register("register_admin_urls")
def register_quiz_report_urls():
    return [
        path("quizzes/<int:page_id>/report/", admin_views.report, name="quizzes_report"),
        path("quizzes/<int:page_id>/report.csv", admin_views.report_csv, name="quizzes_report_csv"),
    ]


register_editor_page_button(QuizPage, _("Quiz report"), "quizzes_report", priority=45)


@hooks.register("course_outline_steps")
def quiz_steps():
    """Course outlines list the quizzes after the lessons they follow (``courses.steps``)."""
    return QuizSteps()


# Courses → Facts awaiting confirmation lists quizzes with open points too.
hooks.register("facts_awaiting_confirmation", quizzes_awaiting_confirmation)


# What a learner's export holds of quizzes (``accounts.privacy``); attempts go with the account.
@hooks.register(LEARNER_DATA)
def learner_quiz_attempts():
    return LearnerData(order=30, section="quiz_attempts", export=privacy.quiz_attempts_export)


# A certificate always rests on a summative assessment: a live course that issues certificates
# keeps at least one live final assessment. The course's editor form refuses to publish one
# without; these refuse taking the last one away afterwards, with a message instead of a 500.


def _refuse_taking_away(request, quiz, doing: str):
    course = certificate_course_resting_on(quiz)
    if course is None:
        return None
    messages.error(
        request,
        gettext_now(
            "You cannot %(doing)s “%(quiz)s”: it is the only published final assessment of "
            "“%(course)s”, which issues certificates, and a certificate must rest on an "
            "assessment. Publish another final assessment first, or untick “Completing it "
            "issues a certificate” on the course and publish it."
        )
        % {"doing": doing, "quiz": quiz.title, "course": course.title},
    )
    return redirect("wagtailadmin_pages:edit", quiz.pk)


@hooks.register("before_unpublish_page")
def keep_assessment_published(request, page):
    return _refuse_taking_away(request, page.specific, gettext_now("unpublish"))


@hooks.register("before_delete_page")
def keep_assessment_from_deletion(request, page):
    return _refuse_taking_away(request, page.specific, gettext_now("delete"))


@hooks.register("before_move_page")
def keep_assessment_under_its_course(request, page, destination):
    if destination.pk == page.get_parent().pk:
        return None
    return _refuse_taking_away(request, page.specific, gettext_now("move"))


@hooks.register("before_bulk_action")
def keep_assessments_in_bulk(request, action_type, objects, action_view):
    """The same rule for the page explorer's bulk unpublish, move and delete: refused when the
    selection holds every live final assessment of a live certificate-issuing course. Bulk
    actions on other models (users, snippets) pass through the same hook."""
    if action_type not in ("unpublish", "move", "delete"):
        return None
    pages = [obj.specific for obj in objects if isinstance(obj, Page)]
    courses = certificate_courses_resting_on(pages)
    if not courses:
        return None
    messages.error(
        request,
        gettext_now(
            "Nothing was changed: the selection holds the only published final assessment of "
            "%(courses)s, which issue certificates, and a certificate must rest on an "
            "assessment. Publish another final assessment first, or untick “Completing it "
            "issues a certificate” on the course and publish it."
        )
        % {"courses": ", ".join(f"“{course.title}”" for course in courses)},
    )
    return redirect(action_view.next_url)
