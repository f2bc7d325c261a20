"""Two tabs submitting (or starting) at the same moment: the row lock lets exactly one win.
Needs real concurrent connections, so it runs on PostgreSQL (``make test``)."""

import threading

from django.db import connection, connections

import pytest

from courses import services as course_services
from quizzes import services
from quizzes.models import QuizAttempt
from tests.factories import AudienceFactory, UserFactory, lessons_of, make_course, make_quiz, single

from .conftest import answer_post

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs concurrent connections (PostgreSQL)"
    ),
]


def race(target, count=2):
    """Run ``target(i)`` in ``count`` threads released together; return results or errors."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(i):
        try:
            barrier.wait()
            results[i] = target(i)
        except Exception as error:  # noqa: BLE001 - reported to the test below
            results[i] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.fixture
def learner_at_quiz():
    learner = UserFactory(audience=AudienceFactory(slug="consular-staff"))
    course = make_course(modules=1, lessons_per_module=1)
    quiz = make_quiz(course.get_children().live().first().specific, [single(), single()])
    course_services.enrolment_create(learner, course)
    course_services.lesson_complete(learner, lessons_of(course)[0])
    return learner, quiz


def test_concurrent_submits_grade_the_attempt_once(learner_at_quiz):
    learner, quiz = learner_at_quiz
    attempt, _ = services.attempt_start(learner, quiz)
    forms = [answer_post(attempt), answer_post(attempt, correct=False)]

    outcomes = race(lambda i: services.attempt_submit(learner, attempt.pk, forms[i]))

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert sorted(o.graded_now for o in outcomes) == [False, True]
    winner = next(o for o in outcomes if o.graded_now)
    attempt.refresh_from_db()
    assert attempt.percent == winner.attempt.percent
    assert attempt.submitted_at == winner.attempt.submitted_at
    assert QuizAttempt.objects.filter(user=learner).count() == 1


def test_concurrent_starts_open_one_attempt(learner_at_quiz):
    learner, quiz = learner_at_quiz
    outcomes = race(lambda i: services.attempt_start(learner, quiz), count=3)
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert len({attempt.pk for attempt, _created in outcomes}) == 1
    assert sorted(created for _attempt, created in outcomes) == [False, False, True]
    assert QuizAttempt.objects.filter(user=learner).count() == 1
