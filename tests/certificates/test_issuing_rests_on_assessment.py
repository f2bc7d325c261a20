"""A certificate always rests on a summative assessment: completing a course issues one only
when the course issues certificates and the learner passed its final assessment in this run.
The editor enforces it for trainers; the issuing service keeps it whatever the pages became."""

import pytest

from certificates.models import Certificate
from courses import services as course_services
from courses.models import CoursePage, Enrolment
from tests.factories import make_course, make_quiz, true_false
from tracking.models import Statement

from .conftest import finish_lessons, quizzes_of, take_quiz

pytestmark = pytest.mark.django_db


def completed(learner, course) -> bool:
    return Enrolment.objects.get(user=learner, course_key=course.translation_key).is_completed


def test_a_course_without_assessment_completes_but_issues_no_certificate(learner):
    course = make_course(
        modules=1,
        lessons_per_module=2,
        title="Non-punishment in practice",
        issues_certificate=False,
        completion_rule=CoursePage.COMPLETION_LESSONS,
        certificate_validity_months=36,
    )
    course_services.enrolment_create(learner, course)
    finish_lessons(learner, course)

    assert completed(learner, course)
    assert Statement.objects.filter(user=learner, verb="completed").exists()
    assert not Certificate.objects.filter(holder=learner).exists()


def test_the_learners_completed_page_offers_no_certificate_link(learner, learner_client):
    course = make_course(
        modules=1,
        lessons_per_module=1,
        issues_certificate=False,
        completion_rule=CoursePage.COMPLETION_LESSONS,
    )
    course_services.enrolment_create(learner, course)
    finish_lessons(learner, course)

    html = learner_client.get(course.url).content.decode()

    assert "You have completed this course." in html
    assert "Your certificates" not in html


def test_a_certificate_course_whose_final_assessment_is_gone_issues_nothing(learner):
    """Pages changed outside the editor (a script, a bulk action): the final assessment is
    unpublished, so the lessons and the module quiz complete the course — without a
    certificate."""
    course = make_course(modules=1, lessons_per_module=1, issues_certificate=True)
    make_quiz(course.get_children().live().first(), [true_false()], title="Module check")
    final = make_quiz(course, [true_false()], title="Final assessment")
    final.unpublish()
    course_services.enrolment_create(learner, course)
    finish_lessons(learner, course)
    take_quiz(learner, quizzes_of(course)["Module check"], correct=True)

    assert completed(learner, course)
    assert not Certificate.objects.filter(holder=learner).exists()


def test_a_final_assessment_not_passed_in_this_run_issues_nothing(learner):
    """A completion rule changed to lessons only, outside the editor: the final assessment is
    there but was never passed, so the completion issues nothing."""
    course = make_course(
        modules=1,
        lessons_per_module=1,
        issues_certificate=True,
        completion_rule=CoursePage.COMPLETION_LESSONS,
    )
    make_quiz(course, [true_false()], title="Final assessment")
    course_services.enrolment_create(learner, course)
    finish_lessons(learner, course)

    assert completed(learner, course)
    assert not Certificate.objects.filter(holder=learner).exists()


def test_passing_the_final_assessment_issues_the_certificate(learner, assessed_course):
    course_services.enrolment_create(learner, assessed_course)
    finish_lessons(learner, assessed_course)
    quizzes = quizzes_of(assessed_course)
    take_quiz(learner, quizzes["Module check"], correct=True)
    assert not Certificate.objects.filter(holder=learner).exists()

    take_quiz(learner, quizzes["Final assessment"], correct=True)

    assert Certificate.objects.filter(holder=learner, status="valid").count() == 1
