"""P1 "First response", for police officers, border police included: what only this course
teaches — its slugs and audience, the critical errors of its cases (confronting the boyfriend at
the door of the flat; handing the boy in the storeroom back to the owner), and its seeded
journey: a police officer finds the course in English and Swedish, reads it and passes its final
assessment.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``."""

import pytest

from courses import branching
from courses.demo.curriculum import COURSES
from courses.demo.curriculum.p1 import COURSE, FLAT_CASE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS

SLUG = "first-response"
LESSONS = [lesson for module in COURSE["modules"] for lesson in module["lessons"]]


def test_the_course_is_registered_for_the_police_with_its_slugs():
    assert COURSE in COURSES
    assert (COURSE["slug"], COURSE["slug_sv"]) == (SLUG, "forsta-insatsen")
    assert COURSE["title_sv"] == "Första insatsen"
    assert COURSE["audiences"] == ["police"]
    assert COURSE["issues_certificate"] and COURSE["certificate_months"] == 24
    settings = FINAL_ASSESSMENTS[SLUG]["settings"]
    assert settings["pass_mark"] == 80 and settings["max_attempts"] == 3


def test_confronting_the_boyfriend_at_the_door_is_a_critical_error():
    plan = branching.plan_of(FLAT_CASE)
    confront = next(
        choice
        for choice in plan["situations"]["at-the-door"]["choices"]
        if "pimp" in choice["label"]
    )
    assert confront["critical"] and "confront" in confront["remediation"].lower()
    assert branching.grade(plan, [confront["id"]]) == 0


def test_the_assessed_case_fails_when_the_boy_is_handed_back_to_the_owner():
    (question,) = BRANCHING_QUESTIONS[SLUG]
    assert question["kind"] == "branching" and question["points"] == 3
    plan = branching.plan_of(question["case"][0])
    talk_apart = plan["situations"]["storeroom"]["choices"][0]
    hand_back = next(
        choice
        for choice in plan["situations"]["apart"]["choices"]
        if "take Tariq home" in choice["label"]
    )
    assert hand_back["critical"] and "social services at once" in hand_back["remediation"]
    assert branching.grade(plan, [talk_apart["id"], hand_back["id"]]) == 0
    best = branching.best_path(plan)
    assert branching.grade(plan, best) == 1
    assert branching.walk(plan, best).ending["key"] == "child-protected"


@pytest.mark.django_db
def test_a_police_officer_finds_the_course_in_both_languages_and_is_certified(seeded_demo, client):
    """Jonas, a police officer, finds P1 live in English and Swedish with its final assessment,
    reads its lessons (the flat in Swedish too), walks the assessed case on its recommended path
    and passes: the course issues a certificate."""
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
    assert (swedish.title, swedish.slug) == ("Första insatsen", "forsta-insatsen")
    assert {a.slug for a in english.audiences.all()} == {"police"}
    assert english.issues_certificate and english.certificate_validity_months == 24
    pool = len(FINAL_ASSESSMENTS[SLUG]["questions"]) + 1  # and the assessed case
    for course in (english, swedish):
        assert ModulePage.objects.child_of(course).live().count() == len(COURSE["modules"])
        assert LessonPage.objects.descendant_of(course).live().count() == len(LESSONS)
        final = QuizPage.objects.child_of(course).live().get()
        assert final.is_final_assessment and final.draw_count == 8
        assert QuizQuestion.objects.filter(quiz=final).count() == pool

    jonas = User.objects.get(email="police@example.org")
    services.enrolment_create(jonas, english)
    for lesson in LessonPage.objects.descendant_of(english).live().order_by("path"):
        services.lesson_complete(jonas, lesson)
    client.force_login(jonas)
    flat = (
        LessonPage.objects.descendant_of(swedish).live().get(slug="interventions-and-inspections")
    )
    html = client.get(flat.url).content.decode()
    assert "Lägenheten och telefonen" in html and "Lektionen beskriver exploatering" in html

    final = QuizPage.objects.child_of(english).live().get()
    attempt, _ = quiz_services.attempt_start(jonas, final)
    assert attempt.answers.count() == 8  # the case, always asked, and seven drawn from the pool
    walk_cases(jonas, attempt)
    outcome = quiz_services.attempt_submit(jonas, attempt.pk, answer_post(attempt))
    assert outcome.attempt.percent == 100
    assert Certificate.objects.filter(holder=jonas, course_key=english.translation_key).exists()
