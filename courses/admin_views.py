"""Trainers' review pages in the Wagtail admin (*Courses* menu): what is due for review, and
the facts still awaiting an expert's confirmation. Reads only; each item links to its editor."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone

from wagtail.admin.ui.components import Component
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


class DueForReviewPanel(Component):
    """On the admin's home page, for trainers and subject-matter experts: how many courses and
    reference facts are due for review, linking to the list; nothing when none is."""

    name = "content_due_for_review"
    template_name = "courses/admin/due_for_review_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        courses, facts = selectors.due_for_review_counts(timezone.localdate())
        return {"courses": courses, "facts": facts}
