"""C2 "Threat, risk and safe return" keeps the curriculum's bar (issue 16, item 7): four modules
for consular staff, lessons long enough to teach, written in Swedish too, every lesson citing
its sources, branching cases an author may publish, and a final assessment drawn from a pool
twice its draw, with a case that fails when the family is contacted behind the person's back.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches.
The seeded journey every course shares is ``test_curriculum_seeded.py``."""

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
