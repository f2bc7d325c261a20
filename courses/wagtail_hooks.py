"""Courses in the admin: *Courses* in the menu takes trainers to the course catalogue of each
language in the page explorer, where they add courses, modules, lessons and quizzes, without
hunting through the page tree for it, and to the review pages (content due for review, facts
awaiting an expert); audiences, topics, sources and reference facts are snippets."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from frontline.learner_data import LEARNER_DATA, LearnerData
from frontline.page_buttons import register_editor_page_button

from . import admin_views, privacy
from .models import (
    Audience,
    CourseCataloguePage,
    CoursePage,
    LessonPage,
    ReferenceFact,
    Source,
    Topic,
)
from .selectors import live_final_assessments

# Trainers edit these lists in the admin (Snippets): who a course or lesson is for, and what
# it is about.
register_snippet(Audience)
register_snippet(Topic)


class SourceViewSet(SnippetViewSet):
    model = Source
    icon = "doc-full"
    list_display = ["title", "publisher", "year"]
    search_fields = ["title", "title_sv", "publisher"]


class ReferenceFactViewSet(SnippetViewSet):
    model = ReferenceFact
    icon = "calendar-alt"
    list_display = ["label", "kind", "as_of", "source"]
    list_filter = ["kind"]
    search_fields = ["label", "label_sv"]


# What lessons cite and the dated facts they show: kept once, corrected once.
register_snippet(SourceViewSet)
register_snippet(ReferenceFactViewSet)


def catalogue_in_explorer(request, language):
    """The catalogue of ``language`` in the page explorer (its page id differs per database,
    hence this address instead of a fixed one in the menu)."""
    catalogue = get_object_or_404(CourseCataloguePage, locale__language_code=language)
    return redirect("wagtailadmin_explore", catalogue.pk)


@hooks.register("register_admin_urls")
def register_catalogue_urls():
    return [
        path(
            "courses/review/due/",
            admin_views.content_due_for_review,
            name="courses_content_due_for_review",
        ),
        path(
            "courses/review/awaiting-confirmation/",
            admin_views.facts_awaiting_confirmation,
            name="courses_facts_awaiting_confirmation",
        ),
        path("courses/<str:language>/", catalogue_in_explorer, name="courses_catalogue"),
        path(
            "courses/lessons/<int:page_id>/path-map/",
            admin_views.path_map,
            name="courses_path_map",
        ),
    ]


# An author checks a lesson's branching cases on their map while editing (courses.admin_views).
register_editor_page_button(
    LessonPage, _("Path map"), "courses_path_map", priority=40, icon="resubmit"
)


class CatalogueMenuItem(MenuItem):
    """For those who may edit pages, as trainers and administrators may: the check reads the
    page permissions Wagtail has already cached on the user for its own menus, so it adds no
    query to every admin page."""

    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, {"add", "change"})


class ReviewMenuItem(MenuItem):
    """For trainers and subject-matter experts (``admin_views.may_review_content``)."""

    def is_shown(self, request):
        return admin_views.may_review_content(request.user)


@hooks.register("register_admin_menu_item")
def register_courses_menu_item():
    catalogues = [
        CatalogueMenuItem(
            name,
            reverse("courses_catalogue", args=[code]),
            name=f"courses-{code}",
            icon_name="folder-open-inverse",
            order=order,
        )
        for order, (code, name) in enumerate(settings.WAGTAIL_CONTENT_LANGUAGES)
    ]
    reviews = [
        ReviewMenuItem(
            _("Content due for review"),
            reverse("courses_content_due_for_review"),
            name="courses-due-for-review",
            icon_name="date",
            order=100,
        ),
        ReviewMenuItem(
            _("Facts awaiting confirmation"),
            reverse("courses_facts_awaiting_confirmation"),
            name="courses-awaiting-confirmation",
            icon_name="help",
            order=101,
        ),
    ]
    return SubmenuMenuItem(
        _("Courses"),
        Menu(items=catalogues + reviews),
        name="courses",
        icon_name="doc-full",
        order=150,
    )


@hooks.register("construct_homepage_panels")
def add_due_for_review_panel(request, panels):
    if admin_views.may_review_content(request.user):
        panels.append(admin_views.DueForReviewPanel())


# What a learner's export holds of courses (``accounts.privacy``); erasing them needs nothing
# here: enrolments and progress go with the account.
@hooks.register(LEARNER_DATA)
def learner_enrolments():
    return LearnerData(order=10, section="enrolments", export=privacy.enrolments_export)


@hooks.register(LEARNER_DATA)
def learner_lesson_progress():
    return LearnerData(order=20, section="lesson_progress", export=privacy.lesson_progress_export)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_unassessed_courses(request, action_type, objects, action_view):
    """The explorer's bulk publish skips the course's editor form: the same rule here — a
    course that issues certificates is published only with a final assessment its completion
    rule requires passed."""
    if action_type != "publish":
        return None
    # What gets published is each course's latest revision, not its live row.
    drafts = [
        obj.specific.get_latest_revision_as_object()
        for obj in objects
        if isinstance(obj, Page) and isinstance(obj.specific, CoursePage)
    ]
    unassessed = [
        draft.title
        for draft in drafts
        if draft.issues_certificate
        and (
            draft.completion_rule == CoursePage.COMPLETION_LESSONS
            or not live_final_assessments(draft)
        )
    ]
    if not unassessed:
        return None
    messages.error(
        request,
        gettext_now(
            "Nothing was published: %(courses)s issue certificates but have no published "
            "final assessment that their completion rule requires passed."
        )
        % {"courses": ", ".join(f"“{title}”" for title in unassessed)},
    )
    return redirect(action_view.next_url)
