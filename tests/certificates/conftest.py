from django.contrib.auth.models import Group

import pytest

from accounts import roles
from certificates.models import Certificate
from courses import services as course_services
from tests.factories import UserFactory, make_course, make_quiz, single, true_false
from tests.quizzes.conftest import finish_lessons, quizzes_of, take_quiz


def make_assessed_course():
    """One module (2 lessons + a module quiz) and a final assessment; valid for 24 months."""
    course = make_course(
        modules=1, lessons_per_module=2, title="Identifying victims", certificate_validity_months=24
    )
    module = course.get_children().live().first().specific
    make_quiz(module, [single()], title="Module check")
    make_quiz(course, [true_false()], title="Final assessment", max_attempts=3)
    return course


@pytest.fixture
def assessed_course(db):
    return make_assessed_course()


def complete(learner, course) -> Certificate:
    """Enrol, read every lesson and pass every quiz; returns the certificate it earns."""
    course_services.enrolment_create(learner, course)
    finish_lessons(learner, course)
    for quiz in quizzes_of(course).values():
        take_quiz(learner, quiz, correct=True)
    return Certificate.objects.get(holder=learner, registration__isnull=False, status="valid")


@pytest.fixture
def certificate(learner, assessed_course, django_capture_on_commit_callbacks):
    """Åsa's certificate, with what runs after the commit (its PDF task) run too."""
    learner.first_name, learner.last_name = "Åsa", "Öberg-Lindqvist"
    learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        return complete(learner, assessed_course)


@pytest.fixture
def trainer(db):
    """A member of Trainers: may revoke and issue certificates by hand in the admin."""
    user = UserFactory()
    user.groups.add(Group.objects.get(name=roles.TRAINERS))
    return user


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
