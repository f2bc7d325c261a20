"""The quiz report in the Wagtail admin, for whoever may edit the quiz page."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from frontline.spreadsheets import csv_download

from .models import QuizPage
from .reports import attempt_rows, question_rows, quiz_report


def _editable_quiz(request, page_id: int) -> QuizPage:
    quiz = get_object_or_404(QuizPage, pk=page_id)
    if not quiz.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return quiz


def report(request, page_id: int):
    quiz = _editable_quiz(request, page_id)
    return TemplateResponse(
        request,
        "quizzes/admin/report.html",
        {"quiz": quiz, "report": quiz_report(quiz), "header_title": _("Quiz report")},
    )


def report_csv(request, page_id: int):
    quiz = _editable_quiz(request, page_id)
    what = request.GET.get("rows", "attempts")
    if what == "questions":
        rows = question_rows(quiz_report(quiz))
    elif what == "attempts":
        rows = attempt_rows(quiz)
    else:
        return TemplateResponse(
            request,
            "quizzes/admin/report.html",
            {"quiz": quiz, "report": quiz_report(quiz), "error": _("Unknown export.")},
            status=400,
        )
    return csv_download(rows, f"{slugify(quiz.title) or 'quiz'}-{what}.csv")
