"""Admin views of courses: for those who may edit the lesson, the path map of its branching
cases, drawn from the lesson's latest revision so an author checks it while editing; for
trainers and subject-matter experts, the review pages (*Courses* menu) of what is due for review
and of the facts still awaiting an expert's confirmation. Reads only; each item links to its
editor."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import branching, selectors
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


def may_review_content(user) -> bool:
    """Trainers (who may edit some page) and subject-matter experts. Reads the page
    permissions Wagtail caches on the user for its menus, so the menu adds no query for them."""
    return PagePermissionPolicy().user_has_any_permission(
        user, {"add", "change"}
    ) or selectors.is_subject_matter_expert(user)


def content_due_for_review(request):
    if not may_review_content(request.user):
        raise PermissionDenied
    today = timezone.localdate()
    due = selectors.content_due_for_review(today)
    return TemplateResponse(
        request, "courses/admin/content_due_for_review.html", {"due": due, "today": today}
    )


def facts_awaiting_confirmation(request):
    if not may_review_content(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "courses/admin/facts_awaiting_confirmation.html",
        {
            "pages": selectors.facts_awaiting_confirmation(),
            "facts": selectors.reference_facts_awaiting_confirmation(),
        },
    )


class DueForReviewPanel(Component):
    """On the admin's home page, for trainers and subject-matter experts: how many courses and
    reference facts are due for review, linking to the list; nothing when none is."""

    name = "content_due_for_review"
    template_name = "courses/admin/due_for_review_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        courses, facts = selectors.due_for_review_counts(timezone.localdate())
        return {"courses": courses, "facts": facts}
