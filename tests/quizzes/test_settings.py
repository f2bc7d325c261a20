"""Each quiz setting a trainer chooses changes what the learner gets."""

import random
from datetime import timedelta

import pytest

from quizzes import selectors, services
from quizzes.models import AttemptAnswer, QuizAttempt
from tests.factories import AudienceFactory, make_quiz, single, true_false

from .conftest import answer_form, as_post


def take(learner, quiz, correct=True, now=None):
    attempt, _ = services.attempt_start(learner, quiz, now=now)
    return services.attempt_submit(
        learner, attempt.pk, as_post(answer_form(attempt, correct=correct)), now=now
    ).attempt


def test_attempts_beyond_the_allowed_number_are_refused(learner_client, ready, module):
    quiz = make_quiz(module, [single()], max_attempts=2)
    take(ready, quiz, correct=False)
    take(ready, quiz, correct=False)
    with pytest.raises(services.AttemptsExhausted):
        services.attempt_start(ready, quiz)
    response = learner_client.post(f"/learn/quizzes/{quiz.pk}/start/")
    assert response.status_code == 403
    assert "You have used all 2 attempts" in response.content.decode()
    assert "You have used all 2 attempts" in learner_client.get(quiz.url).content.decode()
    assert QuizAttempt.objects.count() == 2


def test_unlimited_attempts_number_each_one(ready, module):
    quiz = make_quiz(module, [single()])
    numbers = [take(ready, quiz, correct=False).number for _ in range(4)]
    assert numbers == [1, 2, 3, 4]


def test_cooldown_between_attempts(ready, module):
    quiz = make_quiz(module, [single()], cooldown_minutes=30)
    first = take(ready, quiz, correct=False)
    with pytest.raises(services.CoolingDown) as refusal:
        services.attempt_start(ready, quiz, now=first.submitted_at + timedelta(minutes=29))
    assert refusal.value.until == first.submitted_at + timedelta(minutes=30)
    second, created = services.attempt_start(
        ready, quiz, now=first.submitted_at + timedelta(minutes=31)
    )
    assert created and second.number == 2


def test_draws_n_questions_at_random_from_the_pool(ready, module):
    quiz = make_quiz(module, [single() for _ in range(10)], draw_count=4)
    drawn_sets = set()
    for _ in range(6):
        attempt = take(ready, quiz, correct=False)
        pks = tuple(
            AttemptAnswer.objects.filter(attempt=attempt).values_list("question_pk", flat=True)
        )
        assert len(pks) == 4 and len(set(pks)) == 4
        assert attempt.max_score == 4
        drawn_sets.add(frozenset(pks))
    # 210 possible draws: six identical ones would mean no randomness.
    assert len(drawn_sets) > 1


def test_draw_by_tags_across_the_course(ready, course, module):
    tagged = [
        (single(), {"prompt": "Debt 1", "tags": ["debt-bondage"]}),
        (single(), {"prompt": "Other", "tags": ["other"]}),
    ]
    make_quiz(module, tagged)
    later_module = course.get_children().live().last().specific
    make_quiz(later_module, [(single(), {"prompt": "Debt 2", "tags": ["debt-bondage"]})])
    final = make_quiz(course, [], draw_from="course_tags", draw_count=2)
    final.draw_tags.add("debt-bondage")
    final.save_revision().publish()
    pool = selectors.question_pool(final, None)
    assert sorted(q.prompt for q in pool) == ["Debt 1", "Debt 2"]


def test_questions_keep_their_order_unless_shuffled(module):
    quiz = make_quiz(module, [single() for _ in range(8)])
    authored = [q.pk for q in quiz.questions.order_by("sort_order")]
    assert [q.pk for q in services.draw_questions(quiz, None)] == authored
    quiz.shuffle_questions = True
    orders = {
        tuple(q.pk for q in services.draw_questions(quiz, None, random.Random(s))) for s in range(5)
    }
    assert len(orders) > 1 and all(sorted(o) == sorted(authored) for o in orders)


def test_shuffle_options_changes_the_shown_order_only(module):
    question = make_quiz(module, [single("A", "B", "C", "D", "E")]).questions.get()
    fixed, key = question.snapshot(random.Random(1), shuffle_options=False)
    assert [o["text"] for o in fixed["options"]] == ["A", "B", "C", "D", "E"]
    shown = {
        tuple(o["text"] for o in question.snapshot(random.Random(s), True)[0]["options"])
        for s in range(5)
    }
    assert len(shown) > 1
    assert key["correct"] == [fixed["options"][0]["id"]]


def test_questions_restricted_to_an_audience(ready, module):
    police = AudienceFactory(slug="police", name="Police")
    quiz = make_quiz(
        module,
        [
            (single(), {"prompt": "For everyone"}),
            (single(), {"prompt": "For police", "audiences": [police]}),
            (single(), {"prompt": "For consular staff", "audiences": [ready.audience]}),
        ],
    )
    attempt, _ = services.attempt_start(ready, quiz)
    prompts = [a.asked["prompt"] for a in AttemptAnswer.objects.filter(attempt=attempt)]
    assert prompts == ["For everyone", "For consular staff"]


def test_no_questions_for_the_learners_role_is_explained(ready, module):
    police = AudienceFactory(slug="police", name="Police")
    quiz = make_quiz(module, [(single(), {"audiences": [police]})])
    with pytest.raises(services.QuizUnavailable, match="no questions for your role"):
        services.attempt_start(ready, quiz)
    assert not QuizAttempt.objects.exists()


def test_feedback_only_after_passing(learner_client, ready, module):
    quiz = make_quiz(
        module,
        [(true_false(), {"explanation": "Why it is true"})],
        feedback_mode="after_passing",
    )
    failed = take(ready, quiz, correct=False)
    html = learner_client.get(f"/learn/attempts/{failed.pk}/review/").content.decode()
    assert "Not passed" in html
    assert "Why it is true" not in html
    assert "shown once you have passed" in html
    take(ready, quiz, correct=True)
    html = learner_client.get(f"/learn/attempts/{failed.pk}/review/").content.decode()
    assert "Why it is true" in html


def test_review_without_correct_answers(learner_client, ready, module):
    quiz = make_quiz(
        module,
        [(single("Refer", "Ignore"), {"explanation": "Referral protects"})],
        show_correct_answers=False,
    )
    attempt = take(ready, quiz, correct=False)
    html = learner_client.get(f"/learn/attempts/{attempt.pk}/review/").content.decode()
    assert "Not correct." in html
    assert "Referral protects" in html
    assert "Correct answer" not in html


def test_settings_are_kept_by_the_attempt_when_the_quiz_changes(ready, module):
    quiz = make_quiz(module, [single()], pass_mark=50)
    attempt, _ = services.attempt_start(ready, quiz)
    quiz.pass_mark = 100
    quiz.save_revision().publish()
    attempt = services.attempt_submit(ready, attempt.pk, as_post(answer_form(attempt))).attempt
    assert attempt.pass_mark == 50
