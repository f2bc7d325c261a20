"""The quiz report in the Wagtail admin, for whoever may edit the quiz page."""

from __future__ import annotations

import csv

from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from frontline.spreadsheets import safe_cell

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


class _Echo:
    def write(self, value):
        return value


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
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow([safe_cell(cell) for cell in row]) for row in rows),
        content_type="text/csv; charset=utf-8",
    )
    filename = f"{slugify(quiz.title) or 'quiz'}-{what}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
