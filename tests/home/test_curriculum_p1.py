"""P1 "First response", for police officers, border police included: what only this course
teaches — its slugs and audience, the critical errors of its cases (confronting the boyfriend at
the door of the flat; handing the boy in the storeroom back to the owner).

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``.
The seeded journey every course shares is ``test_curriculum_seeded.py``."""

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
