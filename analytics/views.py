"""Course analytics in the Wagtail admin, for whoever may edit the course page."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.text import slugify

from courses.models import CoursePage
from frontline.spreadsheets import csv_download

from .selectors import TABLES, course_analytics, table_rows


def _editable_course(request, page_id: int) -> CoursePage:
    course = get_object_or_404(CoursePage, pk=page_id)
    if not course.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return course


def course_list(request):
    courses = [
        course
        for course in CoursePage.objects.filter(locale__language_code="en").order_by("title")
        if course.permissions_for_user(request.user).can_edit()
    ]
    if not courses and not request.user.is_superuser:
        raise PermissionDenied
    return TemplateResponse(request, "analytics/course_list.html", {"courses": courses})


def course_detail(request, page_id: int):
    course = _editable_course(request, page_id)
    return TemplateResponse(
        request,
        "analytics/course.html",
        {"course": course, "analytics": course_analytics(course), "tables": TABLES},
    )


def course_csv(request, page_id: int, table: str):
    course = _editable_course(request, page_id)
    if table not in TABLES:
        raise Http404("No such table.")
    return csv_download(
        table_rows(course, table), f"{slugify(course.title) or 'course'}-{table}.csv"
    )
