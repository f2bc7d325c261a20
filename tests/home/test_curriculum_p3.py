"""P3 "Threat and risk assessment in investigations" (issue 16, item 7): the police course on
risk through an investigation — the victim-witness, the family at home, a child found in forced
criminality, re-trafficking and the team's safety — registered with its slugs for police, with
an assessed case that fails when the family at home is warned behind the person's back, and
published by seed_demo in English and Swedish with its final assessment.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches. One test seeds the demo; the rest read the spec."""

import pytest

from courses import branching
from courses.demo.curriculum import COURSES
from courses.demo.curriculum.p3 import COURSE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS, final_assessment

SLUG = "threat-and-risk-in-investigations"
LESSONS = [lesson for module in COURSE["modules"] for lesson in module["lessons"]]


def test_the_course_is_registered_for_police_with_its_slugs():
    assert COURSE in COURSES
    assert (COURSE["slug"], COURSE["slug_sv"]) == (SLUG, "hot-och-risk-i-utredningar")
    assert COURSE["title_sv"] == "Hot- och riskbedömning i utredningar"
    assert COURSE["audiences"] == ["police"]
    assert COURSE["issues_certificate"] and COURSE["certificate_months"] == 24
    assert SLUG in FINAL_ASSESSMENTS and 4 <= len(LESSONS) <= 7


def test_the_assessed_case_fails_on_warning_the_family_without_consent():
    (question,) = BRANCHING_QUESTIONS[SLUG]
    assert question["kind"] == "branching" and question["points"] == 3
    plan = branching.plan_of(question["case"][0])
    choices = plan["situations"]["release"]["choices"]
    calls_brother = next(choice for choice in choices if "brother" in choice["label"])
    assert calls_brother["critical"] and "consent" in calls_brother["remediation"]
    assert branching.grade(plan, [calls_brother["id"]]) == 0
    assert branching.grade(plan, branching.best_path(plan)) == 1


def test_the_lesson_case_fails_on_releasing_the_child_to_the_network():
    from courses.demo.curriculum.p3 import GROW_CASE

    plan = branching.plan_of(GROW_CASE)
    keep_apart, _ = plan["situations"]["found"]["choices"]
    release = next(c for c in plan["situations"]["night"]["choices"] if "Release" in c["label"])
    assert release["critical"] and release["remediation"]
    assert branching.grade(plan, [keep_apart["id"], release["id"]]) == 0
    assert branching.grade(plan, branching.best_path(plan)) == 1


@pytest.mark.django_db
def test_the_seeded_demo_has_the_course_in_english_and_swedish_and_a_police_officer_passes_it(
    seeded_demo,
):
    """Jonas, a police officer, finds P3 in both languages, reads its lessons (the child at the
    cannabis grow in Swedish too), walks the assessed case on the recommended path and passes
    the final assessment: the course issues his certificate."""
    from accounts.models import User
    from certificates.models import Certificate
    from courses import services
    from courses.models import CoursePage, LessonPage, ModulePage
    from quizzes import services as quiz_services
    from quizzes.models import QuizPage, QuizQuestion
    from tests.quizzes.conftest import answer_post, walk_cases

    english = CoursePage.objects.get(slug=SLUG, locale__language_code="en")
    swedish = english.get_translations().get().specific
    assert english.live and swedish.live
    assert swedish.title == COURSE["title_sv"] and swedish.slug == COURSE["slug_sv"]
    assert english.issues_certificate and english.certificate_validity_months == 24
    assert {a.slug for a in english.audiences.all()} == {"police"}
    expected = final_assessment(SLUG)
    for course in (english, swedish):
        assert ModulePage.objects.child_of(course).live().count() == len(COURSE["modules"])
        assert LessonPage.objects.descendant_of(course).live().count() == len(LESSONS)
        quiz = QuizPage.objects.child_of(course).live().get()
        assert quiz.is_final_assessment and quiz.draw_count == 8 and quiz.pass_mark == 80
        assert QuizQuestion.objects.filter(quiz=quiz).count() == len(expected["questions"])
    grow = LessonPage.objects.descendant_of(swedish).get(slug="a-child-in-the-network")
    case = next(block for block in grow.body if block.block_type == "branching_case")
    assert case.value["title"] == "Pojken i cannabisodlingen"

    jonas = User.objects.get(email="police@example.org")
    services.enrolment_create(jonas, english)
    for lesson in LessonPage.objects.descendant_of(english).live().order_by("path"):
        services.lesson_complete(jonas, lesson)
    final = QuizPage.objects.child_of(english).live().get()
    attempt, _ = quiz_services.attempt_start(jonas, final)
    assert attempt.answers.count() == 8  # the assessed case, and seven drawn from the pool
    walk_cases(jonas, attempt)  # the assessed case, always asked: the recommended path
    outcome = quiz_services.attempt_submit(jonas, attempt.pk, answer_post(attempt))
    assert outcome.attempt.percent == 100
    assert Certificate.objects.filter(holder=jonas, course_key=english.translation_key).exists()
