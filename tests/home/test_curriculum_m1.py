"""Course M1 "Identification in migration cases" keeps the curriculum's bar (issue 16, item 7):
3–6 modules, lessons of substance in both languages with their sources, sound branching cases
with a critical error in English and Swedish alike, a final assessment drawn from a pool at
least twice what an attempt asks and holding no phone number — and seed_demo publishes it in
English and Swedish.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches."""

import pytest

from courses import branching
from courses.demo.curriculum.m1 import COURSE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS, final_assessment

SLUG = COURSE["slug"]
LESSONS = [lesson for module in COURSE["modules"] for lesson in module["lessons"]]


def test_the_course_is_for_migration_officers_and_certifies_for_24_months():
    assert 3 <= len(COURSE["modules"]) <= 6
    assert COURSE["audiences"] == ["migration-officers"]
    assert COURSE["issues_certificate"] and COURSE["certificate_months"] == 24
    assert SLUG in FINAL_ASSESSMENTS


def test_the_assessment_draws_from_a_pool_at_least_twice_its_size():
    spec = FINAL_ASSESSMENTS[SLUG]
    settings = spec["settings"]
    assert settings["pass_mark"] == 80 and settings["max_attempts"] == 3
    assert settings["time_limit_minutes"]
    assert len(spec["questions"]) >= 2 * settings["draw_count"]
    assert all(q["explanation"][0] and q["explanation"][1] for q in spec["questions"])
    assert all(q["tags"] for q in spec["questions"])


def test_an_assessed_branching_case_can_be_failed_by_a_critical_error():
    (question,) = BRANCHING_QUESTIONS[SLUG]
    assert question["kind"] == "branching" and question["points"] == 3
    plan = branching.plan_of(question["case"][0])
    transfer = next(
        choice for choice in plan["situations"]["dublin-interview"]["choices"] if choice["critical"]
    )
    assert branching.grade(plan, [transfer["id"]]) == 0
    assert branching.grade(plan, branching.best_path(plan)) == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("seeded_demo")
def test_seed_demo_publishes_the_course_in_english_and_swedish_with_its_final_assessment():
    from courses.models import CoursePage, LessonPage, ModulePage
    from quizzes.models import QuizPage, QuizQuestion

    english = CoursePage.objects.get(slug=SLUG, locale__language_code="en")
    swedish = english.get_translations().get().specific
    assert english.live and swedish.live
    assert swedish.title == COURSE["title_sv"] and swedish.slug == COURSE["slug_sv"]
    assert english.issues_certificate and english.certificate_validity_months == 24
    assert {a.slug for a in english.audiences.all()} == {"migration-officers"}
    expected = final_assessment(SLUG)
    for course in (english, swedish):
        modules = ModulePage.objects.child_of(course).live()
        assert modules.count() == len(COURSE["modules"])
        lessons = LessonPage.objects.descendant_of(course).live()
        assert lessons.count() == len(LESSONS)
        quiz = QuizPage.objects.child_of(course).live().get()
        assert quiz.is_final_assessment and quiz.draw_count == 8 and quiz.pass_mark == 80
        assert QuizQuestion.objects.filter(quiz=quiz).count() == len(expected["questions"])
    english_bodies = {
        lesson.translation_key: str(lesson.body)
        for lesson in LessonPage.objects.descendant_of(english)
    }
    for lesson in LessonPage.objects.descendant_of(swedish):
        assert str(lesson.body) != english_bodies[lesson.translation_key], lesson.title
    case = next(
        block
        for block in LessonPage.objects.descendant_of(swedish).get(slug="the-interview").body
        if block.block_type == "branching_case"
    )
    assert case.value["title"] == "Leila och hennes moster"
