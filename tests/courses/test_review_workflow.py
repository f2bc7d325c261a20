"""The Subject-matter review: course content goes live only when a subject-matter expert
approves it. A trainer edits and submits; the reviewer finds it on their dashboard, approves
(it goes live) or requests changes with a comment (it stays a draft). Neither the trainer
nor the reviewer can publish around it, and the reviewer reaches nothing else in the admin."""

import importlib

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    PageLogEntry,
    TaskState,
    Workflow,
)
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest

from accounts import roles
from courses import review
from courses.models import CourseCataloguePage, LessonPage
from quizzes.models import QuizPage
from tests.factories import UserFactory, lessons_of, make_course, make_quiz, true_false

pytestmark = pytest.mark.django_db

migration = importlib.import_module("courses.migrations.0013_subject_matter_review")


@pytest.fixture
def trainer():
    return UserFactory(role=roles.TRAINERS, first_name="Sara", last_name="Holm")


@pytest.fixture
def reviewer():
    return UserFactory(role=roles.SUBJECT_MATTER_EXPERTS, first_name="Lena", last_name="Dahl")


@pytest.fixture
def lesson():
    course = make_course(modules=1, lessons_per_module=1, title="Identifying victims")
    return lessons_of(course)[0]


def lesson_form(lesson, title, action):
    """The lesson's editor form with a new title, sent with the button named ``action``."""
    return nested_form_data(
        {
            "title": title,
            "slug": lesson.slug,
            "body": streamfield([("text", rich_text("<p>Talk to the applicant alone.</p>"))]),
            "sources": inline_formset([]),
            action: "on",
        }
    )


def submit(client, lesson, title="Talking to the applicant alone"):
    return client.post(
        f"/admin/pages/{lesson.pk}/edit/", lesson_form(lesson, title, "action-submit")
    )


def review_task_state(page):
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def act(client, page, action, comment=""):
    """The reviewer's *Approve* / *Request changes* (with its comment), from the dashboard."""
    state = review_task_state(page)
    return client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/", {"comment": comment}
    )


def live_title(page):
    return type(page).objects.get(pk=page.pk).title


def test_a_trainer_cannot_publish_a_lesson_directly_and_submits_it_for_review(
    client, trainer, lesson
):
    client.force_login(trainer)

    editor = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in editor
    assert "Submit to Subject-matter review" in editor

    # Sending *Publish* anyway only saves a draft: the live lesson is unchanged.
    client.post(
        f"/admin/pages/{lesson.pk}/edit/",
        lesson_form(lesson, "Published behind the reviewer's back", "action-publish"),
    )
    assert live_title(lesson) == lesson.title
    assert LessonPage.objects.get(pk=lesson.pk).has_unpublished_changes

    response = submit(client, lesson)

    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.workflow_in_progress
    assert lesson.current_workflow_task.name == "Subject-matter review"
    assert live_title(lesson) != "Talking to the applicant alone"


def test_the_reviewer_approves_from_the_dashboard_and_the_lesson_goes_live(
    client, trainer, reviewer, lesson
):
    client.force_login(trainer)
    submit(client, lesson)
    client.force_login(reviewer)

    dashboard = client.get("/admin/").content.decode()
    assert "Awaiting your review" in dashboard
    assert "Talking to the applicant alone" in dashboard
    # The reviewer reads the draft in the editor and its preview.
    assert client.get(f"/admin/pages/{lesson.pk}/edit/").status_code == 200
    task = review_task_state(lesson).task
    preview = client.get(f"/admin/pages/workflow/preview/{lesson.pk}/{task.pk}/")
    assert preview.status_code == 200
    assert "Talk to the applicant alone." in preview.content.decode()

    response = act(client, lesson, "approve", comment="Checked against the UNODC manual.")

    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.live and lesson.title == "Talking to the applicant alone"
    assert not lesson.has_unpublished_changes and not lesson.workflow_in_progress
    # Written by the trainer, published in the reviewer's name.
    assert lesson.live_revision.user == trainer
    published = PageLogEntry.objects.filter(page=lesson, action="wagtail.publish")
    assert published.latest("timestamp").user == reviewer


def test_a_rejection_leaves_the_lesson_unpublished_with_the_comment(
    client, trainer, reviewer, lesson
):
    client.force_login(trainer)
    submit(client, lesson)
    client.force_login(reviewer)

    act(client, lesson, "reject", comment="Cite the source of the indicator list.")

    lesson.refresh_from_db()
    assert live_title(lesson) != "Talking to the applicant alone"
    workflow_state = lesson.current_workflow_state
    assert workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES
    state = TaskState.objects.get(workflow_state=workflow_state)
    assert state.status == TaskState.STATUS_REJECTED
    assert state.comment == "Cite the source of the indicator list."
    # The trainer reads it where they work: the page's editor.
    client.force_login(trainer)
    editor = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert "Changes requested" in editor
    history = client.get(f"/admin/pages/{lesson.pk}/history/").content.decode()
    assert "Cite the source of the indicator list." in history


def test_the_reviewer_cannot_publish_or_edit_outside_a_review(client, reviewer, lesson):
    client.force_login(reviewer)

    assert not lesson.permissions_for_user(reviewer).can_publish()
    assert client.get(f"/admin/pages/{lesson.pk}/edit/").status_code in (302, 403)
    client.post(f"/admin/pages/{lesson.pk}/unpublish/")
    assert LessonPage.objects.get(pk=lesson.pk).live


def test_the_reviewer_cannot_reach_user_management_or_settings(client, reviewer):
    client.force_login(reviewer)

    assert client.get("/admin/").status_code == 200
    for address in (
        "/admin/users/",
        "/admin/groups/",
        "/admin/settings/home/sitesettings/",
        "/admin/workflows/list/",
        f"/admin/pages/{CourseCataloguePage.objects.first().pk}/edit/",
    ):
        response = client.get(address)
        assert response.status_code in (302, 403), address
        if response.status_code == 302:
            assert "/users/" not in response["Location"], address


@pytest.mark.parametrize("kind", ["lesson", "quiz", "course", "swedish course"])
def test_the_review_is_required_for_every_kind_of_course_page(client, trainer, kind):
    course = make_course(modules=1, lessons_per_module=1, issues_certificate=False)
    page = {
        "lesson": lambda: lessons_of(course)[0],
        "quiz": lambda: make_quiz(course, [true_false()], title="Final assessment"),
        "course": lambda: course,
        "swedish course": lambda: translated(course),
    }[kind]()

    assert page.get_workflow().name == "Subject-matter review"
    assert not page.permissions_for_user(trainer).can_publish()
    client.force_login(trainer)
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in editor
    assert 'name="action-submit"' in editor


def translated(course):
    from wagtail.models import Locale

    copy = course.copy_for_translation(Locale.objects.get(language_code="sv"))
    copy.save_revision().publish()
    return copy


def test_a_trainer_cannot_submit_a_certificate_course_without_a_final_assessment(client, trainer):
    course = make_course(modules=1, lessons_per_module=1, title="Threat and risk assessment")
    client.force_login(trainer)

    response = client.post(
        f"/admin/pages/{course.pk}/edit/",
        {
            "title": course.title,
            "slug": course.slug,
            "summary": course.summary,
            "learning_outcomes-count": "0",
            "version_label": "2026.2",
            "completion_rule": course.completion_rule,
            "issues_certificate": "on",
            "certificate_validity_months": "24",
            "refresher_for": "",
            "prerequisites-TOTAL_FORMS": "0",
            "prerequisites-INITIAL_FORMS": "0",
            "prerequisites-MIN_NUM_FORMS": "0",
            "prerequisites-MAX_NUM_FORMS": "1000",
            "action-submit": "submit",
        },
    )

    assert response.status_code == 200
    assert "needs a published final assessment" in response.content.decode()
    course.refresh_from_db()
    assert not course.workflow_in_progress


def test_the_migration_is_idempotent_and_reversible(trainer):
    executor = MigrationExecutor(connection)
    state_apps = executor.loader.project_state(("courses", "0013_subject_matter_review")).apps

    migration.create_review(state_apps, None)
    migration.create_review(state_apps, None)

    assert Workflow.objects.filter(name="Subject-matter review").count() == 1
    assert GroupApprovalTask.objects.filter(name="Subject-matter review").count() == 1
    catalogues = CourseCataloguePage.objects.all()
    assert {c.get_workflow().name for c in catalogues} == {"Subject-matter review"}

    migration.remove_review(state_apps, None)

    assert not Workflow.objects.filter(name="Subject-matter review").exists()
    for catalogue in catalogues:
        assert catalogue.permissions_for_user(UserFactory(role=roles.TRAINERS)).can_publish()

    migration.create_review(state_apps, None)
    assert not GroupPagePermission.objects.filter(
        group__name=roles.TRAINERS, permission__codename="publish_page"
    ).exists()


def test_the_seed_assigns_the_review_to_a_catalogue_made_after_the_migration():
    """On a database whose catalogues came after the migration (the seed's own call)."""
    from wagtail.models import WorkflowPage

    WorkflowPage.objects.all().delete()
    Workflow.objects.filter(name="Subject-matter review").delete()

    workflow = review.review_workflow_ensure()
    review.review_workflow_ensure()

    assert Workflow.objects.filter(name="Subject-matter review").count() == 1
    for catalogue in CourseCataloguePage.objects.all():
        assert catalogue.get_workflow() == workflow


def test_a_quiz_goes_live_when_the_reviewer_approves_it(client, trainer, reviewer):
    course = make_course(modules=1, lessons_per_module=1, issues_certificate=False)
    quiz = make_quiz(course, [true_false()], title="Final assessment")
    quiz.title = "Final assessment: identifying victims"
    quiz.save_revision(user=trainer)
    quiz.get_workflow().start(quiz, trainer)
    client.force_login(reviewer)

    act(client, quiz, "approve")

    assert live_title(quiz) == "Final assessment: identifying victims"
    assert QuizPage.objects.get(pk=quiz.pk).questions.count() == 1
