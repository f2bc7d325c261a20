"""The result page says what comes next: after the pass that completes the course, the
certificate, readiness for duty and My learning; after a fail, when and how to try again."""

from datetime import timedelta

from django.utils import timezone

import pytest

from certificates.models import Certificate
from courses import services as course_services
from quizzes.models import QuizAttempt
from readiness.models import Requirement, RequirementSet
from tests.factories import make_course, make_quiz, single, true_false

from .conftest import finish_lessons, quizzes_of
from .conftest import take_quiz as take


@pytest.fixture
def course(learner):
    """One module with a practice-free check, and a final assessment: three attempts, ten
    minutes apart. Consular staff need the course for visa duty."""
    course = make_course(modules=1, lessons_per_module=1, title="Identification")
    module = course.get_children().live().first().specific
    make_quiz(module, [single()], title="Module check")
    make_quiz(
        course,
        [single(), true_false()],
        title="Final assessment",
        max_attempts=3,
        cooldown_minutes=10,
    )
    duty = RequirementSet.objects.create(name="Before visa duty", audience=learner.audience)
    Requirement.objects.create(requirement_set=duty, course=course)
    course_services.enrolment_create(learner, course)
    finish_lessons(learner, course)
    take(learner, quizzes_of(course)["Module check"])
    return course


def review(client, attempt) -> str:
    response = client.get(f"/learn/attempts/{attempt.pk}/review/")
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


def test_after_passing_the_final_the_learner_finds_the_certificate_and_readiness(
    learner, learner_client, course
):
    outcome = take(learner, quizzes_of(course)["Final assessment"])
    assert outcome.course_completed
    certificate = Certificate.objects.get(holder=learner)
    html = review(learner_client, outcome.attempt)
    assert "You have completed the course" in html
    assert f'href="/certificates/{certificate.code}/certificate.pdf"' in html
    assert f'href="/verify/{certificate.code}/"' in html
    assert "Before visa duty: <span" in html and ">Ready</span>" in html
    assert 'href="/dashboard/">My learning</a>' in html


def test_after_a_fail_the_learner_is_told_when_and_how_to_try_again(
    learner, learner_client, course
):
    final = quizzes_of(course)["Final assessment"]
    attempt = take(learner, final, correct=False).attempt
    html = review(learner_client, attempt)
    assert "You have completed the course" not in html
    assert "You can start your next attempt in " in html  # the cool-down's end
    assert "2 attempts left" not in html  # not startable yet: the wait is what matters
    assert "Look again at the questions you missed:" in html
    assert f'href="#question-{attempt.answers.first().question_pk}"' in html
    assert f'Go over <a href="{course.url}">Identification</a> again' in html

    QuizAttempt.objects.filter(pk=attempt.pk).update(
        submitted_at=timezone.now() - timedelta(minutes=11)
    )
    html = review(learner_client, attempt)
    assert "You can start a new attempt now. 2 attempts left." in html
    assert f'action="/learn/quizzes/{final.pk}/start/"' in html


def test_with_no_attempts_left_the_page_says_so_without_a_start_button(
    learner, learner_client, course
):
    final = quizzes_of(course)["Final assessment"]
    final.cooldown_minutes = 0
    final.save_revision().publish()
    for _ in range(3):
        attempt = take(learner, final, correct=False).attempt
    html = review(learner_client, attempt)
    assert "No attempts left" in html and "You have used all 3 attempts" in html
    assert "/start/" not in html


def test_missed_questions_are_not_listed_while_feedback_is_withheld(
    learner, learner_client, course
):
    module = course.get_children().live().first().specific
    quiz = make_quiz(module, [single()], title="Strict check", feedback_mode="after_passing")
    attempt = take(learner, quiz, correct=False).attempt
    html = review(learner_client, attempt)
    assert "Look again at the questions you missed" not in html
    assert "#question-" not in html
