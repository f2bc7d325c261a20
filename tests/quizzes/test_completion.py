"""Passing, not attempting, is what counts: a module quiz must be passed for the module to be
complete, and the course's completion rule says which quizzes count."""

import pytest

from courses import services as course_services
from courses.models import CoursePage, Enrolment
from courses.selectors import course_outline
from quizzes.models import AttemptAnswer
from tests.factories import lessons_of, make_course, make_quiz, single, true_false

from .conftest import finish_lessons, quizzes_of
from .conftest import take_quiz as take


def enrolment(learner, course):
    return Enrolment.objects.get(user=learner, course_key=course.translation_key)


@pytest.fixture
def quizzed_course(db):
    course = make_course(modules=1, lessons_per_module=2)
    module = course.get_children().live().first().specific
    make_quiz(module, [single()], title="Module check")
    make_quiz(course, [true_false()], title="Final assessment")
    return course


def test_failed_quiz_never_completes_a_course(learner, quizzed_course):
    course_services.enrolment_create(learner, quizzed_course)
    finish_lessons(learner, quizzed_course)
    quizzes = quizzes_of(quizzed_course)
    take(learner, quizzes["Module check"], correct=False)
    take(learner, quizzes["Final assessment"], correct=False)
    assert enrolment(learner, quizzed_course).completed_at is None
    outline = course_outline(quizzed_course, learner)
    assert not outline.modules[0].is_completed
    assert outline.completed_count == 2 and outline.total == 4


def test_passing_every_quiz_completes_the_course(learner, quizzed_course):
    course_services.enrolment_create(learner, quizzed_course)
    finish_lessons(learner, quizzed_course)
    quizzes = quizzes_of(quizzed_course)
    assert not take(learner, quizzes["Module check"], correct=True).course_completed
    assert take(learner, quizzes["Final assessment"], correct=True).course_completed
    assert enrolment(learner, quizzed_course).completed_at is not None
    assert course_outline(quizzed_course, learner).modules[0].is_completed


def test_final_passed_rule_treats_module_quizzes_as_practice(learner, quizzed_course):
    quizzed_course.completion_rule = CoursePage.COMPLETION_FINAL_PASSED
    quizzed_course.save_revision().publish()
    course_services.enrolment_create(learner, quizzed_course)
    finish_lessons(learner, quizzed_course)
    quizzes = quizzes_of(quizzed_course)
    take(learner, quizzes["Module check"], correct=False)
    assert take(learner, quizzes["Final assessment"], correct=True).course_completed


def test_lessons_rule_completes_on_the_last_lesson(learner, quizzed_course):
    quizzed_course.completion_rule = CoursePage.COMPLETION_LESSONS
    quizzed_course.save_revision().publish()
    course_services.enrolment_create(learner, quizzed_course)
    finish_lessons(learner, quizzed_course)
    assert enrolment(learner, quizzed_course).completed_at is not None


def test_lesson_after_passed_quizzes_completes_the_course(learner, db):
    """Quizzes passed early (the rule lets them open once earlier lessons are done) still count
    when the last lesson is completed later."""
    course = make_course(modules=2, lessons_per_module=1)
    first_module = course.get_children().live().first().specific
    quiz = make_quiz(first_module, [single()])
    course_services.enrolment_create(learner, course)
    first, last = lessons_of(course)
    course_services.lesson_complete(learner, first)
    take(learner, quiz, correct=True)
    _access, completed = course_services.lesson_complete(learner, last)
    assert completed


def test_outline_shows_quizzes_and_their_status(learner_client, learner, quizzed_course):
    course_services.enrolment_create(learner, quizzed_course)
    html = learner_client.get(quizzed_course.url).content.decode()
    assert "Module check" in html and "Final assessment" in html
    assert "0% complete (0 of 4 steps)" in html


def test_editing_a_published_quiz_keeps_past_grades(learner, quizzed_course):
    course_services.enrolment_create(learner, quizzed_course)
    finish_lessons(learner, quizzed_course)
    quiz = quizzes_of(quizzed_course)["Module check"]
    graded = take(learner, quiz, correct=True).attempt
    question = quiz.questions.get()
    answer = AttemptAnswer.objects.get(attempt=graded)
    # The trainer flips which option is correct, rewords it, then deletes the question.
    options = question.answer[0].value["options"]
    options[0]["is_correct"], options[1]["is_correct"] = False, True
    question.prompt = "Reworded"
    question.save()
    graded.refresh_from_db()
    answer.refresh_from_db()
    assert graded.percent == 100 and answer.is_correct
    assert answer.asked["prompt"] == "Question 1"
    question.delete()
    answer.refresh_from_db()
    assert answer.question is None and answer.key["correct"]


def test_after_a_modules_last_lesson_the_learner_is_sent_to_its_quiz(
    learner_client, learner, quizzed_course
):
    course_services.enrolment_create(learner, quizzed_course)
    first, last = lessons_of(quizzed_course)
    course_services.lesson_complete(learner, first)
    response = learner_client.post(f"/learn/lessons/{last.pk}/complete/")
    assert response["Location"] == quizzes_of(quizzed_course)["Module check"].url
    # Passing it leads on to the final assessment.
    outcome = take(learner, quizzes_of(quizzed_course)["Module check"], correct=True)
    html = learner_client.get(f"/learn/attempts/{outcome.attempt.pk}/review/").content.decode()
    assert "Next: Final assessment" in html
