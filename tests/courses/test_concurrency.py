"""Two tabs finishing a course's last two steps at the same moment: the course is completed
once, with one "completed" statement, whichever tab commits last.

Under linear sequencing only one lesson is open at a time, so the last two steps that can be
done at once are a module's quiz (open once that module's lessons are read) and the last lesson
of a later module. A final assessment opens only after every lesson, so such a course has none,
and since a certificate rests on a passed final assessment (decision 0013) it issues none: the
race is about completion and its statement. Needs real concurrent connections, so it runs on
PostgreSQL (``make test``)."""

import threading
import time

from django.db import connection, connections, transaction

import pytest

from certificates.models import Certificate
from courses import services
from courses.models import Enrolment
from quizzes import services as quiz_services
from tests.factories import UserFactory, lessons_of, make_course, make_quiz, single
from tests.quizzes.conftest import answer_post
from tracking.models import Statement

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs concurrent connections (PostgreSQL)"
    ),
]


def waiting_for_locks() -> int:
    """How many other connections are waiting for a lock right now."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE wait_event_type = 'Lock' AND datname = current_database()"
        )
        return cursor.fetchone()[0]


def wait_until(condition, seconds=20):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the other tab never reached the enrolment's lock")
        time.sleep(0.02)


class Tab(threading.Thread):
    """A browser tab: runs ``action`` on its own connection and keeps what it returned."""

    def __init__(self, action):
        super().__init__()
        self.action = action
        self.outcome = None

    def run(self):
        try:
            self.outcome = self.action()
        except Exception as error:  # noqa: BLE001 - reported to the test below
            self.outcome = error
        finally:
            connections.close_all()


def test_the_last_lesson_and_the_last_quiz_finished_at_once_complete_the_course_once():
    learner = UserFactory()
    course = make_course(modules=2, lessons_per_module=1, certificate_validity_months=24)
    first_module = course.get_children().live().first().specific
    quiz = make_quiz(first_module, [single()])
    first_lesson, last_lesson = lessons_of(course)
    services.enrolment_create(learner, course)
    services.lesson_complete(learner, first_lesson)
    attempt, _ = quiz_services.attempt_start(learner, quiz)
    passing = answer_post(attempt, correct=True)
    enrolment = Enrolment.objects.get(user=learner)

    # The enrolment's row lock orders the two tabs: whatever they read before taking it is
    # read while the other tab has not committed yet. The quiz tab reaches the lock first, so
    # it commits first; the lesson tab must then see the passed quiz.
    locked, release = threading.Event(), threading.Event()

    def hold_the_lock():
        with transaction.atomic():
            Enrolment.objects.select_for_update().get(pk=enrolment.pk)
            locked.set()
            release.wait(30)

    holder = Tab(hold_the_lock)
    quiz_tab = Tab(lambda: quiz_services.attempt_submit(learner, attempt.pk, passing))
    lesson_tab = Tab(lambda: services.lesson_complete(learner, last_lesson))
    holder.start()
    assert locked.wait(20)
    quiz_tab.start()
    wait_until(lambda: waiting_for_locks() == 1)
    lesson_tab.start()
    wait_until(lambda: waiting_for_locks() == 2)
    release.set()
    for tab in (holder, quiz_tab, lesson_tab):
        tab.join(timeout=60)

    errors = [t.outcome for t in (holder, quiz_tab, lesson_tab) if isinstance(t.outcome, Exception)]
    assert not errors, errors
    assert quiz_tab.outcome.course_completed is False  # the last lesson was not read yet
    _access, completed_by_lesson = lesson_tab.outcome
    assert completed_by_lesson is True
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    course_completed = Statement.objects.filter(
        user=learner, verb="completed", object_id__contains="/activities/course/"
    )
    assert course_completed.count() == 1
    assert not Certificate.objects.filter(holder=learner).exists()
