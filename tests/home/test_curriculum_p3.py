"""P3 "Threat and risk assessment in investigations" (issue 16, item 7): the police course on
risk through an investigation — the victim-witness, the family at home, a child found in forced
criminality, re-trafficking and the team's safety — registered with its slugs for police, with
an assessed case that fails when the family at home is warned behind the person's back, and
published by seed_demo in English and Swedish with its final assessment.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches.
The seeded journey every course shares is ``test_curriculum_seeded.py``."""

from courses import branching
from courses.demo.curriculum import COURSES
from courses.demo.curriculum.p3 import COURSE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS

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
