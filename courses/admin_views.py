"""Admin views of courses for those who may edit the page: the path map of a lesson's
branching cases, drawn from the lesson's latest revision so an author checks it while editing."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import branching
from .models import LessonPage


def lesson_cases(lesson: LessonPage) -> list[dict]:
    """Every branching case in the lesson's body, audience variants included, in reading order:
    its title, block id, path map and the rules it breaks (``branching.problems``)."""
    found = []
    for block in lesson.body:
        children = block.value["content"] if block.block_type == "audience_variant" else [block]
        for child in children:
            if child.block_type != "branching_case":
                continue
            found.append(
                {
                    "title": child.value["title"],
                    "block_id": str(child.id),
                    "audiences": block.value["audiences"] if child is not block else [],
                    "map": branching.path_map(branching.plan_of(child.value)),
                    "problems": [str(problem) for problem in branching.problems(child.value)],
                }
            )
    return found


def path_map(request, page_id: int):
    """The path map of each branching case in the lesson as last saved (its latest revision,
    a draft included)."""
    lesson = get_object_or_404(LessonPage, pk=page_id)
    if not lesson.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    latest = lesson.get_latest_revision_as_object()
    return TemplateResponse(
        request,
        "courses/admin/path_map.html",
        {
            "lesson": lesson,
            "cases": lesson_cases(latest),
            "has_unpublished_changes": lesson.has_unpublished_changes,
            "header_title": _("Path map"),
        },
    )
