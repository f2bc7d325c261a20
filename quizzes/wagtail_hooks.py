from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from . import admin_views
from .models import QuizPage


@hooks.register("register_admin_urls")
def register_quiz_report_urls():
    return [
        path("quizzes/<int:page_id>/report/", admin_views.report, name="quizzes_report"),
        path("quizzes/<int:page_id>/report.csv", admin_views.report_csv, name="quizzes_report_csv"),
    ]


class QuizReportButton(PageMenuItem):
    label = _("Quiz report")
    icon_name = "table"
    priority = 45

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()

    @property
    def url(self):
        return reverse("quizzes_report", args=[self.page.pk])


def _is_quiz(page) -> bool:
    return page.specific_class is QuizPage


@hooks.register("register_page_header_buttons")
def quiz_report_header_button(page, user, view_name, next_url=None):
    if _is_quiz(page):
        yield QuizReportButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def quiz_report_listing_button(page, user, next_url=None):
    if _is_quiz(page):
        yield QuizReportButton(page=page)
