"""PR1 "Prosecuting trafficking and exploitation" is registered for prosecutors with its
slugs; its assessed case fails when the prosecutor closes the investigation the moment the
victim withdraws and passes on the recommended path; and seed_demo publishes it in English
and Swedish with a final assessment a learner can pass for a certificate.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches."""

from courses import branching
from courses.demo.curriculum import COURSES
from courses.demo.curriculum.pr1 import COURSE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS

SLUG = "prosecuting-trafficking"
LESSONS = [lesson for module in COURSE["modules"] for lesson in module["lessons"]]


def test_the_course_is_registered_for_prosecutors_with_its_slugs():
    assert COURSE in COURSES
    assert (COURSE["slug"], COURSE["slug_sv"]) == (SLUG, "att-aklaga-for-manniskohandel")
    assert COURSE["title_sv"] == "Att åtala människohandel och exploatering"
    assert COURSE["audiences"] == ["prosecutors"]
    assert COURSE["issues_certificate"] and COURSE["certificate_months"] == 24
    settings = FINAL_ASSESSMENTS[SLUG]["settings"]
    assert settings["pass_mark"] == 80 and settings["max_attempts"] == 3
    assert 6 <= settings["draw_count"] <= 8


def test_the_assessed_case_fails_when_the_case_is_closed_as_the_victim_withdraws():
    (question,) = BRANCHING_QUESTIONS[SLUG]
    assert question["kind"] == "branching" and question["points"] == 3
    english, _ = question["case"]
    plan = branching.plan_of(english)
    closes = next(
        choice
        for choice in plan["situations"]["withdrawal"]["choices"]
        if choice["label"].startswith("Close the preliminary investigation")
    )
    assert closes["critical"] and "beyond his testimony" in closes["remediation"]
    assert branching.grade(plan, [closes["id"]]) == 0
    assert branching.grade(plan, branching.best_path(plan)) == 1
