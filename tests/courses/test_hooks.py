"""Courses let the apps above it react without knowing them: a completed course calls the
``course_completed`` handlers inside the completion's transaction, and *My learning* shows the
panels other apps register, above or below the learner's courses."""

from django.db import connection

from wagtail import hooks

import pytest

from courses import services
from courses.dashboard import DashboardPanel
from courses.models import Enrolment, LessonProgress
from readiness.models import Requirement, RequirementSet


@pytest.fixture
def one_lesson_left(enrolled, course, lessons):
    for lesson in lessons[:-1]:
        services.lesson_complete(enrolled, lesson)
    return lessons[-1]


def test_completing_the_course_calls_each_handler_once_inside_the_completion(
    enrolled, course, one_lesson_left
):
    calls = []

    def handler(enrolment, completed_course, outline, when):
        calls.append((enrolment, completed_course, outline, when, connection.in_atomic_block))

    with hooks.register_temporarily("course_completed", handler):
        services.lesson_complete(enrolled, one_lesson_left)
        services.lesson_complete(enrolled, one_lesson_left)  # a second tab: nothing more

    ((enrolment, completed_course, outline, when, in_transaction),) = calls
    assert enrolment.user == enrolled and enrolment.completed_at == when
    assert completed_course.pk == course.pk and outline.is_completed
    assert in_transaction


def test_a_handler_that_fails_leaves_the_course_and_the_last_lesson_undone(
    enrolled, one_lesson_left
):
    def broken(enrolment, course, outline, when):
        raise RuntimeError("the certificate could not be signed")

    with (
        hooks.register_temporarily("course_completed", broken),
        pytest.raises(RuntimeError),
    ):
        services.lesson_complete(enrolled, one_lesson_left)

    assert Enrolment.objects.get(user=enrolled).completed_at is None
    assert not LessonProgress.objects.filter(
        lesson_key=one_lesson_left.translation_key, completed_at__isnull=False
    ).exists()


def test_panels_of_other_apps_sit_above_and_below_the_courses(learner_client, enrolled, course):
    duty = RequirementSet.objects.create(name="Before visa duty", audience=None)
    Requirement.objects.create(requirement_set=duty, course=course)

    html = learner_client.get("/dashboard/").content.decode()

    readiness, in_progress = html.index("Readiness for duty"), html.index("In progress")
    completed, certificates = html.index("Completed"), html.index("My certificates")
    assert readiness < in_progress < completed < certificates


def test_a_panel_with_nothing_to_show_adds_nothing(learner_client, enrolled):
    before = learner_client.get("/dashboard/").content.decode()
    with hooks.register_temporarily("learner_dashboard_panels", lambda request, rows: None):
        after = learner_client.get("/dashboard/").content.decode()
    assert after.count("<section") == before.count("<section")


def test_a_panel_is_given_the_courses_on_the_dashboard(learner_client, enrolled, course):
    seen = {}

    def panel(request, rows):
        seen["courses"] = [row.course.pk for row in rows]
        return DashboardPanel("readiness/dashboard_panel.html", {"readiness": []})

    with hooks.register_temporarily("learner_dashboard_panels", panel):
        assert learner_client.get("/dashboard/").status_code == 200
    assert seen["courses"] == [course.pk]
