"""C2 "Threat, risk and safe return" keeps the curriculum's bar (issue 16, item 7): four modules
for consular staff, lessons long enough to teach, written in Swedish too, every lesson citing
its sources, branching cases an author may publish, and a final assessment drawn from a pool
twice its draw, with a case that fails when the family is contacted behind the person's back.

The checks over the spec are fast; one test seeds the demo and finds the course there.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches."""

import pytest

from courses import branching
from courses.demo.curriculum import COURSES
from courses.demo.curriculum.c2 import COURSE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS

SLUG = "threat-and-risk-assessment"
ASSESSMENT = FINAL_ASSESSMENTS[SLUG]


def lessons():
    return [lesson for module in COURSE["modules"] for lesson in module["lessons"]]


def test_the_course_is_registered_with_the_placeholders_slugs():
    assert COURSE in COURSES
    assert (COURSE["slug"], COURSE["slug_sv"]) == (SLUG, "hot-och-riskbedomning")
    slugs = [lesson["slug"] for lesson in lessons()]
    assert slugs[:2] == ["sources-of-threat", "planning-safe-steps"]
    assert COURSE["modules"][0]["slug"] == "assessing-risk"
    assert COURSE["audiences"][0] == "consular-staff"
    assert COURSE["issues_certificate"] and COURSE["certificate_months"] == 24


def test_the_assessed_case_fails_on_contacting_the_family_without_consent():
    (question,) = BRANCHING_QUESTIONS[SLUG]
    english, _ = question["case"]
    plan = branching.plan_of(english)
    calls_family = next(
        choice
        for choice in plan["situations"]["request"]["choices"]
        if "parents" in choice["label"]
    )
    assert calls_family["critical"] and "consent" in calls_family["remediation"]
    assert branching.grade(plan, [calls_family["id"]]) == 0
    assert branching.grade(plan, branching.best_path(plan)) == 1


def test_the_assessment_draws_from_a_pool_twice_the_draw():
    settings = ASSESSMENT["settings"]
    assert ASSESSMENT["slug"] == "final-assessment"
    assert settings["pass_mark"] == 80 and settings["max_attempts"] == 3
    assert settings["time_limit_minutes"]
    assert len(ASSESSMENT["questions"]) >= 2 * settings["draw_count"]


@pytest.mark.django_db
def test_the_seeded_demo_has_the_course_in_english_and_swedish_with_its_assessment(
    seeded_demo, client
):
    """A consular officer who holds the identification course's certificate finds C2 in both
    languages, reads its lessons (the night call in Swedish too), and passes its final
    assessment: the course then issues a certificate valid for 24 months."""
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
    assert swedish.title == "Hot, risk och säkert återvändande"
    assert english.issues_certificate and english.certificate_validity_months == 24
    for course in (english, swedish):
        assert ModulePage.objects.child_of(course).live().count() == len(COURSE["modules"])
        assert LessonPage.objects.descendant_of(course).live().count() == len(lessons())
        (final,) = QuizPage.objects.child_of(course).live()
        assert final.draw_count == 6
        assert QuizQuestion.objects.filter(quiz=final).count() >= 12
    swedish_lessons = LessonPage.objects.descendant_of(swedish).live()
    assert "branching_case" in {block.block_type for page in swedish_lessons for block in page.body}
    assert [p.required_course.slug for p in english.prerequisites.all()] == [
        "identifying-victims-consular"
    ]

    # Jonas holds the identification course's certificate, so he may enrol.
    jonas = User.objects.get(email="police@example.org")
    services.enrolment_create(jonas, english)
    for lesson in LessonPage.objects.descendant_of(english).live().order_by("path"):
        services.lesson_complete(jonas, lesson)
    client.force_login(jonas)
    call = (
        LessonPage.objects.descendant_of(swedish).live().get(slug="when-someone-from-sweden-calls")
    )
    html = client.get(call.url).content.decode()
    assert "Ett samtal mitt i natten" in html and "Lektionen beskriver exploatering" in html
    final = QuizPage.objects.child_of(english).live().get()
    attempt, _ = quiz_services.attempt_start(jonas, final)
    assert attempt.answers.count() == 6  # drawn from the pool of twelve
    walk_cases(jonas, attempt)  # the assessed case, always asked: the recommended path
    outcome = quiz_services.attempt_submit(jonas, attempt.pk, answer_post(attempt))
    assert outcome.attempt.percent == 100
    assert Certificate.objects.filter(holder=jonas, course_key=english.translation_key).exists()
