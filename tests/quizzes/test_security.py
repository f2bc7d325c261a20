"""Correct answers never reach the browser before submission, and a tampered POST is refused
with a clear 400 and changes nothing."""

import re
from urllib.parse import urlencode

import pytest

from quizzes.models import AttemptAnswer, QuizAttempt
from tests.factories import make_quiz, matching, ordering, scenario, short_answer, single

from .conftest import EVERY_KIND, answer_form

SECRETS = ["EXPLANATION-SECRET", "FEEDBACK-SECRET", "ACCEPTED-SECRET"]


@pytest.fixture
def quiz(module):
    questions = [
        (single("Refer to the coordinator", "Send home", feedback="FEEDBACK-SECRET"), {}),
        (short_answer("ACCEPTED-SECRET"), {}),
        (scenario(("What now?", short_answer("ACCEPTED-SECRET"))), {}),
        (matching(), {}),
        (ordering(), {}),
    ]
    questions = [(answer, {"explanation": "EXPLANATION-SECRET"}) for answer, _ in questions]
    return make_quiz(module, questions + EVERY_KIND, feedback_mode="immediate")


@pytest.fixture
def attempt(learner_client, ready, quiz):
    learner_client.post(f"/learn/quizzes/{quiz.pk}/start/")
    return QuizAttempt.objects.get()


def assert_no_key(text: str, attempt, questions_shown=True):
    for secret in SECRETS:
        assert secret not in text
    assert "choice--correct" not in text
    assert "Correct answer" not in text
    assert "is_correct" not in text
    if not questions_shown:
        return
    for answer in AttemptAnswer.objects.filter(attempt=attempt):
        if answer.key["kind"] == "ordering":
            # Steps are never shown already in the correct order.
            shown = re.findall(rf'name="q{answer.question_pk}-([0-9a-f-]+)"', text)
            assert shown and shown != answer.key["order"]


def test_rendered_pages_and_json_carry_no_answer_key(learner_client, quiz, attempt):
    url = f"/learn/attempts/{attempt.pk}/"
    assert_no_key(learner_client.get(quiz.url).content.decode(), attempt, questions_shown=False)
    assert_no_key(learner_client.get(url).content.decode(), attempt)
    saved = learner_client.post(
        url,
        {**answer_form(attempt, correct=False), "action": "save"},
        headers={"X-Requested-With": "fetch"},
    )
    assert saved.status_code == 200
    assert_no_key(saved.content.decode(), attempt, questions_shown=False)
    # Saved answers come back, still without the key.
    assert_no_key(learner_client.get(url).content.decode(), attempt)


def test_review_shows_the_key_after_submission(learner_client, attempt):
    url = f"/learn/attempts/{attempt.pk}/"
    learner_client.post(url, {**answer_form(attempt, correct=False), "action": "submit"})
    html = learner_client.get(f"{url}review/").content.decode()
    assert "EXPLANATION-SECRET" in html
    assert "FEEDBACK-SECRET" in html  # the wrong option chosen explains itself
    assert "ACCEPTED-SECRET" in html


def _post(client, attempt, form):
    return client.post(f"/learn/attempts/{attempt.pk}/", form)


def _unchanged(attempt):
    attempt.refresh_from_db()
    assert not attempt.is_submitted and attempt.last_saved_at is None
    assert not AttemptAnswer.objects.filter(attempt=attempt, response__isnull=False).exists()


@pytest.mark.parametrize("action", ["save", "submit"])
def test_option_from_another_question_is_refused(learner_client, attempt, action):
    first, second = AttemptAnswer.objects.filter(attempt=attempt).order_by("position")[:2]
    other_option = next(
        a for a in AttemptAnswer.objects.filter(attempt=attempt) if a.asked["kind"] == "multiple"
    ).asked["options"][0]["id"]
    form = {**answer_form(attempt), f"q{first.question_pk}": other_option, "action": action}
    response = _post(learner_client, attempt, form)
    assert response.status_code == 400
    assert "is not an option of this question" in response.content.decode()
    _unchanged(attempt)


@pytest.mark.parametrize("action", ["save", "submit"])
def test_undrawn_question_is_refused(learner_client, attempt, module, action):
    other = make_quiz(module, [single()])
    foreign = other.questions.get().pk
    response = _post(learner_client, attempt, {f"q{foreign}": "x", "action": action})
    assert response.status_code == 400
    assert f"Question {foreign} is not part of this attempt" in response.content.decode()
    _unchanged(attempt)


def test_extra_fields_are_refused(learner_client, attempt):
    response = _post(learner_client, attempt, {**answer_form(attempt), "score": "100"})
    assert response.status_code == 400
    assert "Unexpected field" in response.content.decode()
    _unchanged(attempt)


def test_unknown_action_is_refused(learner_client, attempt):
    response = _post(learner_client, attempt, {"action": "grade-me"})
    assert response.status_code == 400
    assert "Unknown action" in response.content.decode()


def test_tampered_background_save_answers_json_400(learner_client, attempt):
    response = learner_client.post(
        f"/learn/attempts/{attempt.pk}/",
        {"q999999": "x", "action": "save"},
        headers={"X-Requested-With": "fetch"},
    )
    assert response.status_code == 400
    assert "not part of this attempt" in response.json()["error"]
    _unchanged(attempt)


def test_checking_a_question_outside_the_attempt_is_refused(learner_client, attempt):
    response = _post(learner_client, attempt, {"action": "check-999999"})
    assert response.status_code == 400
    response = _post(learner_client, attempt, {"action": "check-abc"})
    assert response.status_code == 400
    _unchanged(attempt)


def test_anonymous_visitors_are_sent_to_sign_in(client, attempt):
    client.logout()
    assert client.get(f"/learn/attempts/{attempt.pk}/")["Location"].startswith("/accounts/login/")


def _field_of(attempt, kind):
    answer = next(
        a for a in AttemptAnswer.objects.filter(attempt=attempt) if a.asked["kind"] == kind
    )
    if kind == "ordering":
        return f"q{answer.question_pk}-{answer.asked['steps'][0]['id']}"
    return f"q{answer.question_pk}"


@pytest.mark.parametrize("action", ["save", "submit"])
@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("ordering", "²", "Positions go from 1 to 4"),  # a digit to str.isdigit(), not to int()
        ("ordering", "٣", "Positions go from 1 to 4"),  # an Arabic-Indic three
        ("short_answer", "non\x00punishment", "Null characters are not allowed"),
        (None, "q" + "9" * 5000, "Unexpected field “q99999"),  # more digits than int() reads
    ],
)
def test_odd_characters_in_answers_are_refused_with_a_reason(
    learner_client, attempt, action, kind, value, message
):
    if kind is None:
        form = {**answer_form(attempt), value: "x"}
    else:
        form = {**answer_form(attempt), _field_of(attempt, kind): value}
    # Sent url-encoded, as a browser sends this form (multipart caps a field name's length).
    response = learner_client.post(
        f"/learn/attempts/{attempt.pk}/",
        urlencode({**form, "action": action}, doseq=True),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    _unchanged(attempt)
