from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from frontline.learner_data import LEARNER_DATA, LearnerData
from frontline.page_buttons import register_editor_page_button

from . import admin_views, privacy
from .models import QuizPage
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


# What a learner's export holds of quizzes (``accounts.privacy``); attempts go with the account.
@hooks.register(LEARNER_DATA)
def learner_quiz_attempts():
    return LearnerData(order=30, section="quiz_attempts", export=privacy.quiz_attempts_export)
