"""Trainers' review pages in the Wagtail admin (*Courses* menu): what is due for review, and
the facts still awaiting an expert's confirmation. Reads only; each item links to its editor."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone

from wagtail.permission_policies.pages import PagePermissionPolicy

from . import selectors


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
