"""Course J1 "Trafficking law in court" is for judges, a recommended path rather than a
required one, and its assessed case fails when a frightened injured party is heard face to face
with the defendant without the court considering any protective measure — or when a change in
her account is taken as proof that she lies.

The bar every curriculum course keeps (modules, words, sources, cases, the pool) is checked in
``test_curriculum_bar.py``; this file holds what only this course teaches.
The seeded journey every course shares is ``test_curriculum_seeded.py``."""

from courses import branching
from courses.demo.curriculum import COURSES
from courses.demo.curriculum.j1 import COURSE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS

SLUG = "trafficking-law-in-court"
LESSONS = [lesson for module in COURSE["modules"] for lesson in module["lessons"]]


def assessed_plan():
    (question,) = BRANCHING_QUESTIONS[SLUG]
    assert question["kind"] == "branching" and question["points"] == 3
    return branching.plan_of(question["case"][0])


def test_the_course_is_registered_for_judges_with_its_slugs_and_no_prerequisite():
    assert COURSE in COURSES
    assert (COURSE["slug"], COURSE["slug_sv"]) == (SLUG, "manniskohandel-i-domstol")
    assert COURSE["title_sv"] == "Människohandel i domstol"
    assert COURSE["audiences"] == ["judges"]
    # A recommended path (K0 + J1 + NP): nothing gates it.
    assert not COURSE.get("prerequisites")
    assert COURSE["issues_certificate"] and COURSE["certificate_months"] == 24
    assert FINAL_ASSESSMENTS[SLUG]["settings"]["draw_count"] == 8


def test_hearing_a_frightened_witness_face_to_face_without_considering_measures_fails_the_case():
    plan = assessed_plan()
    face_to_face = next(
        choice
        for choice in plan["situations"]["before-hearing"]["choices"]
        if choice["leads_to"] == "face-to-face"
    )
    assert face_to_face["critical"] and "protective measures" in face_to_face["remediation"]
    assert branching.grade(plan, [face_to_face["id"]]) == 0


def test_treating_a_changed_account_as_proof_of_lying_fails_the_case_and_weighing_passes():
    plan = assessed_plan()
    weigh_measures = plan["situations"]["before-hearing"]["choices"][0]
    dismissed = next(
        choice
        for choice in plan["situations"]["her-account"]["choices"]
        if choice["leads_to"] == "dismissed"
    )
    assert dismissed["critical"] and "S.M. v. Croatia" in dismissed["remediation"]
    assert branching.grade(plan, [weigh_measures["id"], dismissed["id"]]) == 0
    best = branching.best_path(plan)
    assert branching.walk(plan, best).ending["key"] == "weighed"
    assert branching.grade(plan, best) == 1
