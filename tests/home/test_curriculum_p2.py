"""Course P2 "Victim-centred interviewing" (issue 16, item 7): what only this course teaches —
for police and migration officers, its assessed case fails when the "boyfriend" interprets or
when the woman is pressed with a leading question, and passes on the recommended path — and
seed_demo publishes it in English and Swedish, where a learner can take it to a certificate.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches. One test seeds the demo; the others read the spec."""

import pytest

from courses import branching
from courses.demo.curriculum import COURSES
from courses.demo.curriculum.p2 import COURSE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS

SLUG = "victim-centred-interviewing"
LESSONS = [lesson for module in COURSE["modules"] for lesson in module["lessons"]]


def assessed_plan():
    (question,) = BRANCHING_QUESTIONS[SLUG]
    assert question["kind"] == "branching" and question["points"] == 3
    return branching.plan_of(question["case"][0])


def test_the_course_is_registered_for_police_and_migration_officers():
    assert COURSE in COURSES
    assert (COURSE["slug"], COURSE["slug_sv"]) == (SLUG, "forhor-med-brottsoffret-i-centrum")
    assert COURSE["title_sv"] == "Förhör med brottsoffret i centrum"
    assert COURSE["audiences"] == ["police", "migration-officers"]
    assert COURSE["issues_certificate"] and COURSE["certificate_months"] == 24
    assert FINAL_ASSESSMENTS[SLUG]["settings"]["pass_mark"] == 80


def test_letting_the_boyfriend_interpret_fails_the_assessed_case():
    plan = assessed_plan()
    boyfriend_interprets = next(
        choice
        for choice in plan["situations"]["planning"]["choices"]
        if "boyfriend interpret" in choice["label"]
    )
    assert boyfriend_interprets["critical"]
    assert "Never let a companion interpret" in boyfriend_interprets["remediation"]
    assert branching.grade(plan, [boyfriend_interprets["id"]]) == 0


def test_pressing_her_with_a_leading_question_fails_the_case_even_after_a_good_start():
    plan = assessed_plan()
    waits_for_interpreter = next(
        choice for choice in plan["situations"]["planning"]["choices"] if choice["points"] == 2
    )
    leading_question = next(
        choice
        for choice in plan["situations"]["account"]["choices"]
        if "Just say yes" in choice["label"]
    )
    assert leading_question["critical"] and "leading questions" in leading_question["remediation"]
    path = [waits_for_interpreter["id"], leading_question["id"]]
    assert branching.grade(plan, path) == 0


def test_the_recommended_path_waits_for_an_interpreter_lets_her_speak_and_promises_nothing():
    plan = assessed_plan()
    best = branching.best_path(plan)
    assert branching.grade(plan, best) == 1
    taken = [step[1]["label"] for step in branching.walk(plan, best).steps]
    assert "Wait for the video interpreter" in taken[0]
    assert "in her own way" in taken[1]
    assert not any("Promise" in label for label in taken)


@pytest.mark.django_db
def test_the_seeded_demo_has_the_course_in_english_and_swedish_and_certifies_a_learner(
    seeded_demo, client
):
    """A police officer finds P2 in both languages, reads its lessons (the interpreter case in
    Swedish too), walks the assessed case on the recommended path and passes the final
    assessment: the course then issues a certificate."""
    from wagtail.models import Locale

    from accounts.models import User
    from certificates.models import Certificate
    from courses import services
    from courses.models import CoursePage, LessonPage, ModulePage
    from quizzes import services as quiz_services
    from quizzes.models import QuizPage, QuizQuestion
    from tests.quizzes.conftest import answer_post, walk_cases

    english = CoursePage.objects.get(slug=SLUG, locale__language_code="en")
    swedish = english.get_translation(Locale.objects.get(language_code="sv"))
    assert english.live and swedish.live
    assert swedish.title == "Förhör med brottsoffret i centrum"
    assert swedish.slug == "forhor-med-brottsoffret-i-centrum"
    assert {a.slug for a in english.audiences.all()} == {"police", "migration-officers"}
    assert english.issues_certificate and english.certificate_validity_months == 24
    draw = FINAL_ASSESSMENTS[SLUG]["settings"]["draw_count"]
    for course in (english, swedish):
        assert ModulePage.objects.child_of(course).live().count() == len(COURSE["modules"])
        assert LessonPage.objects.descendant_of(course).live().count() == len(LESSONS)
        (final,) = QuizPage.objects.child_of(course).live()
        assert final.draw_count == draw and final.pass_mark == 80
        assert QuizQuestion.objects.filter(quiz=final).count() >= 2 * draw

    officer = User.objects.get(email="police@example.org")
    services.enrolment_create(officer, english)
    for lesson in LessonPage.objects.descendant_of(english).live().order_by("path"):
        services.lesson_complete(officer, lesson)
    client.force_login(officer)
    interpreters = (
        LessonPage.objects.descendant_of(swedish).live().get(slug="working-with-interpreters")
    )
    html = client.get(interpreters.url).content.decode()
    assert "Den enda tolken" in html and "Lektionen beskriver exploatering" in html
    final = QuizPage.objects.child_of(english).live().get()
    attempt, _ = quiz_services.attempt_start(officer, final)
    assert attempt.answers.count() == draw
    walk_cases(officer, attempt)  # the assessed case, always asked: the recommended path
    outcome = quiz_services.attempt_submit(officer, attempt.pk, answer_post(attempt))
    assert outcome.attempt.percent == 100
    assert Certificate.objects.filter(holder=officer, course_key=english.translation_key).exists()
