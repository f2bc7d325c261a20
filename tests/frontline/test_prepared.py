"""A prepared query answers as the ORM's queryset would, with the ORM's conversions, for any
values (frontline.prepared)."""

from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses import services
from courses.models import LessonProgress
from frontline.prepared import PreparedQuery
from quizzes import selectors as quiz_selectors
from quizzes import services as quiz_services
from quizzes.steps import _records, _records_prepared
from tests.factories import UserFactory, lessons_of, make_course, make_quiz, single
from tests.quizzes.conftest import answer_post

progress = PreparedQuery(
    lambda user_id, course_keys: (
        LessonProgress.objects.filter(user_id=user_id, course_key__in=course_keys)
        .order_by("lesson_key")
        .values_list("lesson_key", "completed_at", "first_opened_at")
    ),
    user_id=LessonProgress._meta.get_field("user"),
    course_keys=LessonProgress._meta.get_field("course_key"),
)


def orm_progress(user, courses):
    rows = LessonProgress.objects.filter(
        user=user, course_key__in=[course.translation_key for course in courses]
    )
    return [
        list(row)
        for row in rows.order_by("lesson_key").values_list(
            "lesson_key", "completed_at", "first_opened_at"
        )
    ]


def test_the_same_rows_as_the_orm_for_each_learner_and_course(db):
    first, second = make_course(modules=1, lessons_per_module=3), make_course()
    anna, olle = UserFactory(), UserFactory()
    for learner, course, done in ((anna, first, 2), (olle, first, 1), (anna, second, 1)):
        services.enrolment_create(learner, course)
        for lesson in lessons_of(course)[:done]:
            services.lesson_complete(learner, lesson)

    for learner in (anna, olle):
        for courses in ([first], [second], [first, second], [second, first, second]):
            keys = [course.translation_key for course in courses]
            assert progress(user_id=learner.pk, course_keys=keys) == orm_progress(learner, courses)
    rows = progress(user_id=anna.pk, course_keys=[first.translation_key])
    assert len(rows) == 2
    lesson_key, completed_at, _opened = rows[0]
    assert lesson_key in {lesson.translation_key for lesson in lessons_of(first)}  # a UUID
    assert completed_at.tzinfo is not None  # an aware datetime, as the ORM converts it
    assert progress(user_id=olle.pk, course_keys=[second.translation_key]) == []
    assert progress(user_id=anna.pk, course_keys=[]) == []


def test_it_is_a_query_like_any_other(db):
    learner, course = UserFactory(), make_course()
    with CaptureQueriesContext(connection) as captured:
        progress(user_id=learner.pk, course_keys=[course.translation_key])
    assert len(captured) == 1 and "courses_lessonprogress" in captured[0]["sql"]


def test_a_value_the_query_does_not_use_is_a_programming_error(db):
    unused = PreparedQuery(
        lambda user_id, course_key: LessonProgress.objects.filter(user_id=user_id).values_list(
            "lesson_key"
        ),
        user_id=LessonProgress._meta.get_field("user"),
        course_key=LessonProgress._meta.get_field("course_key"),
    )
    with pytest.raises(ImproperlyConfigured, match="course_key"):
        unused(user_id=1, course_key=make_course().translation_key)


def test_quiz_standings_and_attempts_read_as_the_orm_reads_them(db):
    course = make_course(modules=1, lessons_per_module=1)
    module = course.get_children().first()
    quiz = make_quiz(module, [single(), single()])
    learner = UserFactory()
    services.enrolment_create(learner, course)
    services.lesson_complete(learner, lessons_of(course)[0])
    quiz = quiz.specific
    for right in (False, True):
        attempt, _created = quiz_services.attempt_start(learner, quiz)
        quiz_services.attempt_submit(learner, attempt.pk, answer_post(attempt, correct=right))
    open_attempt, _created = quiz_services.attempt_start(learner, quiz)

    keys = [course.translation_key]
    prepared = _records_prepared(user_id=learner.pk, course_keys=keys)
    assert prepared == [list(row) for row in _records(learner.pk, keys)]
    assert prepared[0][1] == 2  # two submitted attempts

    submitted, current = quiz_selectors.attempts_at(learner, quiz)
    assert [a.pk for a in submitted] == [
        a.pk for a in quiz_selectors.submitted_attempts(learner, quiz)
    ]
    assert current.pk == quiz_selectors.open_attempt(learner, quiz).pk == open_attempt.pk
