"""A trainer builds a quiz in the Wagtail admin — questions edited inline on the page —
previews it with its answer key and reads its report."""

import csv
import io

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from courses import services as course_services
from quizzes import services
from quizzes.models import QuizPage
from tests.factories import (
    UserFactory,
    lessons_of,
    make_course,
    make_quiz,
    single,
    true_false,
)

from .conftest import answer_form, as_post


def list_block(items):
    return {
        "count": len(items),
        **{
            str(i): {"value": item, "deleted": "", "order": i, "id": ""}
            for i, item in enumerate(items)
        },
    }


def option(text, correct=False, feedback=""):
    return {"text": text, "feedback": feedback, **({"is_correct": "on"} if correct else {})}


def quiz_form(questions, **settings):
    fields = {
        "title": "Module 1 check",
        "slug": "module-1-check",
        "intro": rich_text("<p>Ten minutes, three questions.</p>"),
        "pass_mark": "80",
        "max_attempts": "3",
        "cooldown_minutes": "0",
        "time_limit_minutes": "",
        "shuffle_options": "on",
        "draw_count": "",
        "draw_from": "quiz",
        "draw_tags": "",
        "feedback_mode": "after_submission",
        "show_correct_answers": "on",
        "questions": inline_formset(questions),
        "action-publish": "publish",
        **settings,
    }
    return nested_form_data(fields)


def question(prompt, answer, points="1", tags="", explanation="Because."):
    return {
        "prompt": prompt,
        "answer": streamfield([answer]),
        "points": points,
        "tags": tags,
        "explanation": explanation,
    }


SINGLE = (
    "single",
    {
        "options": list_block(
            [option("Refer to the NMR coordinator", correct=True), option("Send them home")]
        )
    },
)
ORDERING = ("ordering", {"steps": list_block(["Notice", "Talk alone", "Refer"])})
SCENARIO = (
    "scenario",
    {
        "case": rich_text("<p>A nail-bar worker sleeps at the salon.</p>"),
        "sub_questions": list_block(
            [
                {
                    "prompt": "Is sleeping at work an indicator?",
                    "answer": streamfield([("true_false", {"correct_answer": "true"})]),
                }
            ]
        ),
    },
)


@pytest.fixture
def trainer_client(db, client):
    client.force_login(UserFactory(role="Trainers"))
    return client


@pytest.fixture
def module(db):
    return make_course(modules=1, lessons_per_module=1).get_children().live().first().specific


def test_trainer_creates_a_quiz_with_inline_questions(trainer_client, module):
    form = quiz_form(
        [
            question("What do you do?", SINGLE, points="2", tags="referral, nmr"),
            question("Put in order", ORDERING),
            question("The nail bar", SCENARIO),
        ]
    )
    # Trainers submit to the Subject-matter review; the quiz goes live when it is approved.
    del form["action-publish"]
    form["action-submit"] = "submit"
    response = trainer_client.post(f"/admin/pages/add/quizzes/quizpage/{module.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:3000]
    quiz = QuizPage.objects.get(slug="module-1-check")
    assert quiz.workflow_in_progress and quiz.max_attempts == 3
    questions = list(quiz.questions.order_by("sort_order"))
    assert [q.kind for q in questions] == ["single", "ordering", "scenario"]
    assert questions[0].points == 2
    assert sorted(questions[0].tags.names()) == ["nmr", "referral"]
    assert [o["is_correct"] for o in questions[0].answer[0].value["options"]] == [True, False]
    # Editing the page shows the questions inline.
    edit = trainer_client.get(f"/admin/pages/{quiz.pk}/edit/").content.decode()
    assert "What do you do?" in edit and "Refer to the NMR coordinator" in edit


def test_the_quiz_duration_comes_from_its_questions_not_from_the_trainer(trainer_client, module):
    """A typed estimate is ignored; the editor shows the computed one, read only."""
    form = quiz_form(
        [question("What do you do?", SINGLE), question("Put in order", ORDERING)],
        estimated_minutes="15",
    )
    response = trainer_client.post(f"/admin/pages/add/quizzes/quizpage/{module.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:3000]
    quiz = QuizPage.objects.get(slug="module-1-check")
    assert quiz.expected_minutes == 3  # single choice 45 s + ordering 90 s
    edit = trainer_client.get(f"/admin/pages/{quiz.pk}/edit/").content.decode()
    assert 'name="estimated_minutes"' not in edit
    assert "Computed when the quiz is saved" in edit


def test_single_choice_needs_exactly_one_correct_option(trainer_client, module):
    bad = (
        "single",
        {"options": list_block([option("A", correct=True), option("B", correct=True)])},
    )
    response = trainer_client.post(
        f"/admin/pages/add/quizzes/quizpage/{module.pk}/",
        quiz_form([question("Two right answers?", bad)]),
    )
    assert response.status_code == 200
    assert "Mark exactly one option as correct." in response.content.decode()
    assert not QuizPage.objects.exists()


def test_a_quiz_needs_questions_and_a_drawable_count(trainer_client, module):
    url = f"/admin/pages/add/quizzes/quizpage/{module.pk}/"
    response = trainer_client.post(url, quiz_form([]))
    assert "Add at least one question." in response.content.decode()
    response = trainer_client.post(url, quiz_form([question("Only one", SINGLE)], draw_count="5"))
    assert "Only 1 questions to draw from." in response.content.decode()
    response = trainer_client.post(url, quiz_form([], draw_from="course_tags"))
    assert "Give the tags to draw questions by." in response.content.decode()
    assert not QuizPage.objects.exists()


def test_preview_shows_the_answer_key_to_the_trainer(trainer_client, module):
    quiz = make_quiz(
        module, [(single("Refer", "Ignore"), {"explanation": "Referral protects the person"})]
    )
    response = quiz.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Referral protects the person" in html
    assert "Correct answer" in html


def test_quiz_allowed_under_modules_and_courses_only(module):
    assert QuizPage.can_create_at(module)
    assert QuizPage.can_create_at(module.get_parent().specific)
    assert not QuizPage.can_create_at(lessons_of(module.get_parent())[0])


@pytest.fixture
def taken_quiz(module):
    quiz = make_quiz(
        module,
        [
            (single(), {"prompt": "Easy one", "tags": ["referral"]}),
            (true_false(), {"prompt": "Hard one", "tags": ["debt-bondage"]}),
        ],
        pass_mark=100,
    )
    course = module.get_parent().specific
    for right_answers in [{1, 2}, {1}, {1}, set()]:
        learner = UserFactory()
        course_services.enrolment_create(learner, course)
        course_services.lesson_complete(learner, lessons_of(course)[0])
        attempt, _ = services.attempt_start(learner, quiz)
        form = {
            **answer_form(attempt, correct=True, only=right_answers),
            **answer_form(attempt, correct=False, only={1, 2} - right_answers),
        }
        services.attempt_submit(learner, attempt.pk, as_post(form))
    return quiz


def test_report_counts_attempts_pass_rate_and_hardest_questions(trainer_client, taken_quiz):
    response = trainer_client.get(f"/admin/quizzes/{taken_quiz.pk}/report/")
    assert response.status_code == 200
    report = response.context["report"]
    assert (report.attempts, report.attempts_passed) == (4, 1)
    assert (report.learners, report.learners_passed, report.pass_rate) == (4, 1, 25)
    assert [q.prompt for q in report.questions] == ["Hard one", "Easy one"]
    assert [q.percent_correct for q in report.questions] == [25, 75]
    assert {b.low: b.count for b in report.bands if b.count} == {0: 1, 50: 2, 90: 1}
    html = response.content.decode()
    assert "<svg" in html and "Questions, hardest first" in html


def test_report_csv_exports(trainer_client, taken_quiz):
    url = f"/admin/quizzes/{taken_quiz.pk}/report.csv"
    response = trainer_client.get(f"{url}?rows=attempts")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["attempt_id", "learner_email", "organisation"]
    assert len(rows) == 5
    assert sorted(row[9] for row in rows[1:]) == ["no", "no", "no", "yes"]
    response = trainer_client.get(f"{url}?rows=questions")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row[1] for row in rows[1:]] == ["Hard one", "Easy one"]
    assert trainer_client.get(f"{url}?rows=passwords").status_code == 400


def test_learners_cannot_read_the_report(client, taken_quiz):
    client.force_login(UserFactory())
    response = client.get(f"/admin/quizzes/{taken_quiz.pk}/report/")
    assert response.status_code in (302, 403)
    assert response.status_code != 200


def test_the_report_button_is_on_the_quiz_page_header(trainer_client, taken_quiz):
    html = trainer_client.get(f"/admin/pages/{taken_quiz.pk}/edit/").content.decode()
    assert f"/admin/quizzes/{taken_quiz.pk}/report/" in html
