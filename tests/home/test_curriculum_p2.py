"""Course P2 "Victim-centred interviewing" (issue 16, item 7): what only this course teaches —
for police and migration officers, its assessed case fails when the "boyfriend" interprets or
when the woman is pressed with a leading question, and passes on the recommended path — and
seed_demo publishes it in English and Swedish, where a learner can take it to a certificate.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches.
The seeded journey every course shares is ``test_curriculum_seeded.py``."""

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
