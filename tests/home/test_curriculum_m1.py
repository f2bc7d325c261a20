"""Course M1 "Identification in migration cases" keeps the curriculum's bar (issue 16, item 7):
3–6 modules, lessons of substance in both languages with their sources, sound branching cases
with a critical error in English and Swedish alike, a final assessment drawn from a pool at
least twice what an attempt asks and holding no phone number.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches.
The seeded journey every course shares is ``test_curriculum_seeded.py``."""

from courses import branching
from courses.demo.curriculum.m1 import COURSE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS

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
