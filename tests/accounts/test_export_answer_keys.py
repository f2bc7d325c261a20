"""A learner fails a quiz that shows feedback only once passed, and never its correct answers.
They download their data: it holds their answers, but nothing of the answer key — no correct
response patterns, no option lists in the key's order, not even which answers were right —
so the export cannot be used to pass the next attempt."""

import json

from django.urls import reverse

import pytest

from courses import services as course_services
from quizzes.models import QuizAttempt
from tests.factories import lessons_of, make_quiz, matching, ordering, short_answer, single
from tests.quizzes.conftest import take_quiz

QUESTIONS = [
    single("Refer to the NMR coordinator", "Ask for proof", "Close the case"),
    matching(pairs=(("Debt bondage", "Recruitment fee"), ("Control", "Passport kept"))),
    ordering(steps=("Notice", "Talk alone", "Assess risk", "Refer")),
    short_answer("Non-punishment principle"),
]


@pytest.fixture
def quiz_ready(enrolled, course):
    for lesson in lessons_of(course)[:2]:
        course_services.lesson_complete(enrolled, lesson)
    return course.get_children().live().first().specific


def export(client) -> tuple[str, dict]:
    response = client.get(reverse("accounts:my_data_export"))
    assert response.status_code == 200
    return response.content.decode(), json.loads(response.content)


def test_a_failed_learner_finds_no_answer_key_in_the_export(learner_client, enrolled, quiz_ready):
    quiz = make_quiz(
        quiz_ready, QUESTIONS, feedback_mode="after_passing", show_correct_answers=False
    )
    take_quiz(enrolled, quiz, correct=False)
    text, data = export(learner_client)

    assert "correctResponsesPattern" not in text
    for secret in ("Refer to the NMR coordinator", "Recruitment fee", "Non-punishment principle"):
        assert secret not in text, secret
    answered = [s for s in data["learning_records"] if s["verb"]["id"].endswith("/answered")]
    assert len(answered) == len(QUESTIONS)
    for statement in answered:
        definition = statement["object"]["definition"]
        assert not {"choices", "source", "target", "steps"} & set(definition)
        assert "success" not in statement.get("result", {})
        assert "score" not in statement.get("result", {})
    # Their own answers are there, but not whether each was right: the review does not say
    # that either until they pass.
    (attempt,) = data["quiz_attempts"]
    assert attempt["passed"] is False
    assert [a["response"] for a in attempt["answers"]] == [
        a.response for a in QuizAttempt.objects.get().answers.order_by("position")
    ]
    assert all(a["correct"] is None and a["score"] is None for a in attempt["answers"])
    review = learner_client.get(reverse("quizzes:review", args=[QuizAttempt.objects.get().pk]))
    assert "shown once you have passed" in review.content.decode()


def test_the_export_says_which_answers_were_right_where_the_review_does(
    learner_client, enrolled, quiz_ready
):
    quiz = make_quiz(quiz_ready, [single()], show_correct_answers=False)
    take_quiz(enrolled, quiz, correct=False)
    text, data = export(learner_client)
    (answer,) = data["quiz_attempts"][0]["answers"]
    assert answer["correct"] is False and float(answer["score"]) == 0
    assert "correctResponsesPattern" not in text
    # Statements other than answers are whole: the attempt's result is the learner's own.
    failed = next(s for s in data["learning_records"] if s["verb"]["id"].endswith("/failed"))
    assert failed["result"]["success"] is False and "score" in failed["result"]
