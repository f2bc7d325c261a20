"""Sara, a trainer, reads a quiz's report while learners are still taking it: only submitted
attempts count, a question she has since deleted keeps its row, and the page costs the same
number of queries however many attempts are stored (issue 17: 100,000 attempts)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses import services as course_services
from quizzes import services
from quizzes.models import AttemptAnswer, QuizQuestion
from quizzes.reports import quiz_report
from tests.factories import UserFactory, lessons_of, make_course, make_quiz, single, true_false

from .conftest import answer_form, as_post


@pytest.fixture
def module(db):
    return make_course(modules=1, lessons_per_module=1).get_children().live().first().specific


@pytest.fixture
def trainer_client(db, client):
    client.force_login(UserFactory(role="Trainers"))
    return client


def learner_at(quiz):
    """A learner who may take ``quiz``: enrolled, the lesson before it read."""
    learner = UserFactory()
    course = quiz.get_parent().get_parent().specific
    course_services.enrolment_create(learner, course)
    course_services.lesson_complete(learner, lessons_of(course)[0])
    return learner


def submit(quiz, right: set[int], wrong: set[int] = frozenset()):
    learner = learner_at(quiz)
    attempt, _ = services.attempt_start(learner, quiz)
    form = {
        **answer_form(attempt, correct=True, only=right),
        **answer_form(attempt, correct=False, only=wrong),
    }
    services.attempt_submit(learner, attempt.pk, as_post(form))
    return attempt


def figures(quiz) -> dict[str, tuple[int, int]]:
    return {q.prompt: (q.answered, q.correct) for q in quiz_report(quiz).questions}


def test_an_answer_checked_in_an_attempt_still_open_counts_only_once_it_is_submitted(module):
    quiz = make_quiz(
        module,
        [(single(), {"prompt": "Refer?"}), (true_false(), {"prompt": "Indicator?"})],
        feedback_mode="immediate",
    )
    submit(quiz, right={1, 2})
    learner = learner_at(quiz)
    attempt, _ = services.attempt_start(learner, quiz)
    first = AttemptAnswer.objects.get(attempt=attempt, position=1)
    services.attempt_check_question(
        learner, attempt.pk, first.question_pk, as_post(answer_form(attempt, False, {1}))
    )
    first.refresh_from_db()
    assert first.is_correct is False  # graded, final, but its attempt is not submitted

    assert figures(quiz) == {"Refer?": (1, 1), "Indicator?": (1, 1)}
    assert quiz_report(quiz).attempts == 1

    services.attempt_submit(learner, attempt.pk, as_post(answer_form(attempt, True, {2})))
    assert figures(quiz) == {"Refer?": (2, 1), "Indicator?": (2, 2)}
    assert [q.prompt for q in quiz_report(quiz).questions] == ["Refer?", "Indicator?"]


def test_a_question_deleted_after_it_was_answered_keeps_its_row_under_the_prompt_shown(module):
    quiz = make_quiz(
        module, [(single(), {"prompt": "Refer?"}), (true_false(), {"prompt": "Indicator?"})]
    )
    submit(quiz, right={1}, wrong={2})
    submit(quiz, right={1, 2})
    QuizQuestion.objects.filter(prompt="Indicator?").delete()

    (hardest, easiest) = quiz_report(quiz).questions
    assert (hardest.prompt, hardest.kind, hardest.answered, hardest.correct) == (
        "Indicator?",
        "true_false",
        2,
        1,
    )
    assert hardest.tags == []
    assert (easiest.prompt, easiest.percent_correct) == ("Refer?", 100)


def test_every_answer_carries_its_attempts_quiz(module):
    quiz = make_quiz(module, [single(), true_false()])
    attempt = submit(quiz, right={1, 2})
    keys = set(AttemptAnswer.objects.filter(attempt=attempt).values_list("quiz_key", flat=True))
    assert keys == {quiz.translation_key}


# Measured: ten are the sign-in's and Wagtail's (session, user, the second step's device, the
# quiz page and its permissions, locales, the admin's menus; the trainer's own permissions come
# from the shared cache, accounts.backends); six
# are the report's — totals, attempts per score, difficulty per question, its correction for
# the attempts still open, the questions and their tags.
REPORT_QUERIES = 16


def test_the_report_costs_the_same_queries_with_more_attempts(
    trainer_client, module, django_assert_num_queries
):
    quiz = make_quiz(module, [single(), true_false()])
    url = f"/admin/quizzes/{quiz.pk}/report/"

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert trainer_client.get(url).status_code == 200
        return len(queries)

    submit(quiz, right={1})
    count()
    small = count()
    for n in range(6):
        submit(quiz, right={1, 2} if n % 2 else {2}, wrong=set() if n % 2 else {1})
    services.attempt_start(learner_at(quiz), quiz)  # and one attempt left open
    count()  # new learners' groups start a new permission generation (accounts.backends)
    assert count() == small
    with django_assert_num_queries(REPORT_QUERIES):
        response = trainer_client.get(url)
    assert response.context["report"].attempts == 7
