"""A learner takes a module quiz: starts, leaves and resumes the same draw, saves, submits
once and sees the result the quiz's settings allow."""

import re
from datetime import timedelta

from django.utils import timezone

import pytest

from quizzes import services
from quizzes.models import AttemptAnswer, QuizAttempt
from tests.factories import make_quiz, single, true_false

from .conftest import EVERY_KIND, answer_form, as_post


@pytest.fixture
def quiz(module):
    return make_quiz(module, EVERY_KIND, title="Indicators check", pass_mark=80)


def fields(html: str) -> list[str]:
    """Every answer input and option in page order (the CSRF token differs per request)."""
    return re.findall(r'(?:name|value)="(q\d+[^"]*|[0-9a-f-]{8,36})"', html)


def start(client, quiz):
    response = client.post(f"/learn/quizzes/{quiz.pk}/start/")
    assert response.status_code == 302, response.content
    return QuizAttempt.objects.get(quiz=quiz, submitted_at__isnull=True)


def test_quiz_is_locked_until_the_lessons_before_it_are_done(learner_client, enrolled, quiz):
    response = learner_client.get(quiz.url)
    assert response.status_code == 403
    assert "Finish the lessons before this quiz first" in response.content.decode()
    assert learner_client.post(f"/learn/quizzes/{quiz.pk}/start/").status_code == 403
    assert not QuizAttempt.objects.exists()


def test_learner_not_enrolled_is_sent_to_the_course(learner_client, learner, course, quiz):
    response = learner_client.get(quiz.url)
    assert response.status_code == 302
    assert response["Location"] == course.url


def test_quiz_page_explains_the_rules_and_offers_a_start(learner_client, ready, quiz):
    html = learner_client.get(quiz.url).content.decode()
    assert "You pass with 80% or more." in html
    assert "Start the quiz" in html


def test_reload_shows_the_same_draw_and_option_order(learner_client, ready, quiz):
    attempt = start(learner_client, quiz)
    first = learner_client.get(f"/learn/attempts/{attempt.pk}/").content.decode()
    again = learner_client.get(f"/learn/attempts/{attempt.pk}/").content.decode()
    assert fields(first) == fields(again)
    assert len(fields(first)) > len(EVERY_KIND)
    # Starting again resumes the open attempt rather than drawing a new one.
    assert start(learner_client, quiz).pk == attempt.pk
    assert QuizAttempt.objects.count() == 1
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == len(EVERY_KIND)


def test_saved_answers_come_back_when_the_learner_resumes(learner_client, ready, quiz):
    attempt = start(learner_client, quiz)
    form = answer_form(attempt, only={1})
    response = learner_client.post(f"/learn/attempts/{attempt.pk}/", {**form, "action": "save"})
    assert response.status_code == 302
    (chosen,) = form.values()
    html = learner_client.get(f"/learn/attempts/{attempt.pk}/").content.decode()
    assert f'value="{chosen}" checked' in html
    attempt.refresh_from_db()
    assert attempt.last_saved_at is not None and not attempt.is_submitted


def test_background_save_answers_with_json(learner_client, ready, quiz):
    attempt = start(learner_client, quiz)
    response = learner_client.post(
        f"/learn/attempts/{attempt.pk}/",
        {**answer_form(attempt, only={6}), "action": "save"},
        headers={"X-Requested-With": "fetch"},
    )
    assert response.status_code == 200
    assert set(response.json()) == {"saved_at"}
    saved = AttemptAnswer.objects.get(attempt=attempt, position=6)
    assert saved.response == "NON-PUNISHMENT PRINCIPLE"


def test_all_right_passes_and_shows_feedback(learner_client, ready, quiz):
    attempt = start(learner_client, quiz)
    response = learner_client.post(
        f"/learn/attempts/{attempt.pk}/", {**answer_form(attempt), "action": "submit"}
    )
    assert response["Location"] == f"/learn/attempts/{attempt.pk}/review/"
    attempt.refresh_from_db()
    assert attempt.passed is True
    assert attempt.percent == 100
    assert attempt.score == attempt.max_score == len(EVERY_KIND)
    html = learner_client.get(response["Location"]).content.decode()
    assert "Passed" in html
    assert "100% — 7 of 7 points" in html


def test_all_wrong_fails_and_the_quiz_stays_open(learner_client, ready, quiz):
    attempt = start(learner_client, quiz)
    learner_client.post(
        f"/learn/attempts/{attempt.pk}/",
        {**answer_form(attempt, correct=False), "action": "submit"},
    )
    attempt.refresh_from_db()
    assert attempt.passed is False and attempt.percent == 0
    html = learner_client.get(quiz.url).content.decode()
    assert "Start a new attempt" in html
    assert "Not passed" in html


def test_a_submitted_attempt_cannot_be_changed(learner_client, ready, quiz):
    attempt = start(learner_client, quiz)
    url = f"/learn/attempts/{attempt.pk}/"
    learner_client.post(url, {**answer_form(attempt, correct=False), "action": "submit"})
    # Replaying the POST with right answers, or saving, changes nothing.
    replay = learner_client.post(url, {**answer_form(attempt), "action": "submit"})
    assert replay.status_code == 302
    learner_client.post(url, {**answer_form(attempt), "action": "save"})
    attempt.refresh_from_db()
    assert attempt.percent == 0
    assert QuizAttempt.objects.filter(submitted_at__isnull=False).count() == 1
    assert learner_client.get(url)["Location"] == f"{url}review/"


def test_double_submit_grades_once(learner, ready, quiz):
    attempt, _ = services.attempt_start(learner, quiz)
    form = answer_form(attempt)
    first = services.attempt_submit(learner, attempt.pk, as_post(form))
    second = services.attempt_submit(learner, attempt.pk, as_post(answer_form(attempt, False)))
    assert first.graded_now and not second.graded_now
    assert second.attempt.submitted_at == first.attempt.submitted_at
    assert second.attempt.percent == 100


def test_another_learners_attempt_is_not_found(client, learner_client, ready, quiz):
    from tests.factories import UserFactory

    attempt = start(learner_client, quiz)
    client.force_login(UserFactory())
    assert client.get(f"/learn/attempts/{attempt.pk}/").status_code == 404
    assert client.post(f"/learn/attempts/{attempt.pk}/", {"action": "submit"}).status_code == 404
    assert client.get(f"/learn/attempts/{attempt.pk}/review/").status_code == 404


def test_immediate_feedback_checks_one_answer_and_makes_it_final(learner_client, ready, module):
    quiz = make_quiz(module, [single(), true_false()], feedback_mode="immediate")
    attempt = start(learner_client, quiz)
    first = AttemptAnswer.objects.get(attempt=attempt, position=1)
    url = f"/learn/attempts/{attempt.pk}/"
    response = learner_client.post(
        url, {**answer_form(attempt, only={1}), "action": f"check-{first.question_pk}"}
    )
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.checked_at is not None and first.is_correct
    html = learner_client.get(url).content.decode()
    assert "Correct." in html
    # The checked answer cannot be changed afterwards.
    response = learner_client.post(
        url, {**answer_form(attempt, correct=False, only={1}), "action": "save"}
    )
    assert response.status_code == 400
    assert "already been checked" in response.content.decode()


def test_time_limit_submit_within_grace_is_graded_with_what_it_carries(learner, ready, module):
    quiz = make_quiz(module, [single(), true_false()], time_limit_minutes=10)
    attempt, _ = services.attempt_start(learner, quiz)
    assert attempt.deadline == attempt.started_at + timedelta(minutes=10)
    late_but_in_grace = attempt.deadline + timedelta(seconds=20)
    outcome = services.attempt_submit(
        learner, attempt.pk, as_post(answer_form(attempt)), now=late_but_in_grace
    )
    assert outcome.attempt.percent == 100
    assert not outcome.attempt.graded_from_saved


def test_submit_after_the_time_limit_is_graded_with_saved_answers(learner, ready, module):
    quiz = make_quiz(module, [single(), true_false()], time_limit_minutes=10)
    attempt, _ = services.attempt_start(learner, quiz)
    services.attempt_save(learner, attempt.pk, as_post(answer_form(attempt, only={1})))
    too_late = attempt.deadline + timedelta(minutes=5)
    outcome = services.attempt_submit(
        learner, attempt.pk, as_post(answer_form(attempt)), now=too_late
    )
    assert outcome.attempt.graded_from_saved
    assert outcome.attempt.percent == 50  # the saved first answer; the late second is dropped
    assert AttemptAnswer.objects.get(attempt=attempt, position=2).response is None


def test_an_attempt_left_open_past_its_time_is_graded_when_the_learner_returns(
    learner_client, learner, ready, module
):
    quiz = make_quiz(module, [single(), true_false()], time_limit_minutes=5)
    attempt = start(learner_client, quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - timedelta(minutes=1), started_at=timezone.now() - timedelta(6)
    )
    response = learner_client.get(f"/learn/attempts/{attempt.pk}/")
    assert response["Location"] == f"/learn/attempts/{attempt.pk}/review/"
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.graded_from_saved and attempt.percent == 0


def test_attempt_page_shows_the_countdown_from_the_server(learner_client, ready, module):
    quiz = make_quiz(module, [single()], time_limit_minutes=15)
    attempt = start(learner_client, quiz)
    html = learner_client.get(f"/learn/attempts/{attempt.pk}/").content.decode()
    assert 'data-quiz-timer data-seconds-left="' in html
    seconds = int(html.split('data-seconds-left="')[1].split('"')[0])
    assert 890 <= seconds <= 900


def test_close_overdue_attempts_grades_abandoned_ones(learner, ready, module):
    quiz = make_quiz(module, [single()], time_limit_minutes=1)
    attempt, _ = services.attempt_start(learner, quiz)
    assert services.close_overdue_attempts() == 0
    later = attempt.deadline + timedelta(minutes=2)
    assert services.close_overdue_attempts(now=later) == 1
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.graded_from_saved


def test_management_command_and_task_grade_overdue_attempts(learner, ready, module):
    from django.core.management import call_command

    from quizzes.tasks import close_overdue_attempts

    quiz = make_quiz(module, [single()], time_limit_minutes=1)
    attempt, _ = services.attempt_start(learner, quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=5))
    call_command("close_overdue_attempts")
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.graded_from_saved
    assert close_overdue_attempts.delay().get() == 0  # nothing left; grading is not repeated
