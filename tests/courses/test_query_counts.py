"""Course, lesson and dashboard pages issue a fixed number of queries, however many modules,
lessons, enrolled learners or enrolments there are."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from certificates.services import certificate_issue
from courses import services
from courses.models import ModulePage
from tests.factories import (
    UserFactory,
    lessons_of,
    make_course,
    make_lesson,
    make_module,
    make_quiz,
    single,
)

# Measured bounds. Per request: the session and the user. The learner's permissions
# (accounts.backends), the site, the page at its address with its view restrictions
# (home.routing), the navigation's catalogue and language links, the site settings, the
# course's outline, its catalogue link, audiences, topics and whether it has prerequisites, and
# a lesson's sources come from the shared cache (under their generations), so a page reads
# itself in one query. Then the learner's own rows, each by a query built once per connection
# (frontline.prepared): their progress, their quiz results (for a course with quizzes) and
# their enrolment. Issue 17: a signed-in lesson page at most 12 queries, the same for a 6- and
# a 60-lesson course.
COURSE_PAGE_MAX = 6
LESSON_PAGE_MAX = 6
# The enrolments, progress, quiz results, certificates (one read for both panels), managed
# organisations and the learner's own organisation (the heading names it; their role and the
# readiness requirement sets come from the cache).
DASHBOARD_MAX = 8


def grow(course, modules, lessons_per_module, learners):
    for _ in range(modules):
        module = make_module(course)
        for _ in range(lessons_per_module):
            make_lesson(module)
        make_quiz(module, [single(), single()])
    for _ in range(learners):
        other = UserFactory()
        services.enrolment_create(other, course)
        services.lesson_complete(other, lessons_of(course)[0])


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.slow
def test_course_and_lesson_pages_do_not_grow_with_data(
    client, django_assert_max_num_queries, learner
):
    course = make_course(modules=2, lessons_per_module=3)
    make_quiz(ModulePage.objects.child_of(course).first(), [single()])  # as grow() adds
    services.enrolment_create(learner, course)
    first = lessons_of(course)[0]
    services.lesson_complete(learner, first)
    client.force_login(learner)
    second_url = lessons_of(course)[1].url

    small = (count_queries(client, course.url), count_queries(client, second_url))
    grow(course, modules=2, lessons_per_module=3, learners=6)
    large = (count_queries(client, course.url), count_queries(client, second_url))

    assert small == large
    with django_assert_max_num_queries(COURSE_PAGE_MAX):
        client.get(course.url)
    with django_assert_max_num_queries(LESSON_PAGE_MAX):
        client.get(second_url)


@pytest.mark.slow
def test_a_lesson_of_sixty_costs_what_a_lesson_of_six_costs(
    client, django_assert_max_num_queries, learner
):
    """The signed-in lesson page reads a course's outline from the cache: the same queries for
    a 6-lesson and a 60-lesson course (with quizzes), within the bound."""
    counts = []
    for modules, lessons_per_module in ((1, 6), (6, 10)):
        course = make_course(modules=modules, lessons_per_module=lessons_per_module)
        make_quiz(ModulePage.objects.child_of(course).first(), [single()])
        services.enrolment_create(learner, course)
        first, second = lessons_of(course)[:2]
        services.lesson_complete(learner, first)
        client.force_login(learner)
        counts.append(count_queries(client, second.url))
        with django_assert_max_num_queries(LESSON_PAGE_MAX):
            client.get(second.url)
    assert counts[0] == counts[1]


@pytest.mark.slow
def test_dashboard_does_not_grow_with_courses_or_lessons(
    client, django_assert_max_num_queries, learner
):
    client.force_login(learner)
    for _ in range(2):
        course = make_course(modules=1, lessons_per_module=2)
        services.enrolment_create(learner, course)
    small = count_queries(client, "/dashboard/")

    for _ in range(2):
        course = make_course(modules=2, lessons_per_module=2)
        services.enrolment_create(learner, course)
        services.lesson_complete(learner, lessons_of(course)[0])
        certificate_issue(learner, course)
    large = count_queries(client, "/dashboard/")

    assert small == large
    with django_assert_max_num_queries(DASHBOARD_MAX):
        client.get("/dashboard/")


def writes_of(captured) -> list[str]:
    return [
        query["sql"]
        for query in captured
        if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]


def test_reading_a_lesson_again_writes_nothing_and_moving_on_is_recorded(client, learner):
    """Opening a lesson records it once (progress, 'Continue', the launched statement);
    re-reading it is a page read, not a write transaction per request."""
    from courses.models import Enrolment

    course = make_course(modules=1, lessons_per_module=2)
    services.enrolment_create(learner, course)
    first, second = lessons_of(course)
    client.force_login(learner)
    client.get(first.url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(first.url).status_code == 200
    assert writes_of(captured) == []

    services.lesson_complete(learner, first)
    with CaptureQueriesContext(connection) as captured:
        client.get(second.url)  # another lesson: 'Continue' moves on
    assert writes_of(captured)
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.last_lesson_id == second.pk
    with CaptureQueriesContext(connection) as captured:
        client.get(first.url)  # back to a completed lesson: only the enrolment is touched
    assert [sql.split()[0].upper() for sql in writes_of(captured)] == ["UPDATE"]
    enrolment.refresh_from_db()
    assert enrolment.last_lesson_id == first.pk


def test_last_activity_is_touched_again_after_its_resolution(learner):
    from datetime import timedelta

    from courses.models import Enrolment

    course = make_course(modules=1, lessons_per_module=1)
    services.enrolment_create(learner, course)
    (lesson,) = lessons_of(course)
    access = services.lesson_check_access(learner, lesson)
    services.lesson_open(learner, lesson, access)
    opened_at = Enrolment.objects.get(user=learner).last_activity_at
    later = opened_at + services.LAST_ACTIVITY_RESOLUTION + timedelta(seconds=1)
    access = services.lesson_check_access(learner, lesson)
    services.lesson_open(learner, lesson, access, now=later)
    assert Enrolment.objects.get(user=learner).last_activity_at == later
