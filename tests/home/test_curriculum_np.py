"""NP, "Non-punishment in practice" (issue 16, item 7): the course an officer, prosecutor,
migration officer or judge takes before deciding what to do with a suspect who may be a victim.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches.
The seeded journey every course shares is ``test_curriculum_seeded.py``."""

import re

from courses import branching
from courses.demo.curriculum import COURSES
from courses.demo.curriculum import np as course_np
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS
from quizzes.demo_curriculum import np as assessment_np

SLUG = "non-punishment-principle"
PHONE_LIKE = re.compile(r"\d[\d\s-]{4,}\d")
TAG = re.compile(r"<[^>]+>")
# Keys of a case or a block that are structure, not text a learner reads.
STRUCTURE = {"key", "leads_to", "kind", "audiences", "image", "image_alt", "points", "critical"}


def text_of(value) -> str:
    """Every string a learner reads in ``value`` (a lesson body, a block, a case, a question),
    markup removed."""
    found = []

    def walk(item):
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            for key, inner in item.items():
                if key not in STRUCTURE:
                    walk(inner)
        elif isinstance(item, list | tuple):
            for inner in item:
                walk(inner)

    walk(value)
    return TAG.sub(" ", " ".join(found))


def written(body) -> list:
    """The blocks the author wrote: without the reviewers' list of facts to confirm that
    ``lesson()`` appends."""
    return [block for block in body if block[0] != "expert_check"]


def lessons():
    return [lesson for module in course_np.COURSE["modules"] for lesson in module["lessons"]]


def test_the_course_is_registered_and_keeps_the_placeholders_slugs():
    assert course_np.COURSE in COURSES
    assert course_np.COURSE["slug"] == SLUG
    assert course_np.COURSE["slug_sv"] == "principen-om-icke-bestraffning"
    slugs = [lesson["slug"] for lesson in lessons()]
    assert {"compelled-offences", "case-the-shoplifting-charge"} <= set(slugs)
    assert course_np.COURSE["issues_certificate"] is True
    assert course_np.COURSE["certificate_months"] == 24


def test_begging_is_not_called_a_crime_and_judges_are_not_told_about_charging_decisions():
    compelled = next(lesson for lesson in lessons() if lesson["slug"] == "compelled-offences")
    assert "Begging itself is not a crime under Swedish national law" in text_of(
        compelled["body"]
    ).replace("  ", " ")
    assert "Att tigga är inte brottsligt enligt svensk nationell lag" in str(compelled["body_sv"])
    for lesson in lessons():
        assert "charging decision" not in str(lesson["body"])


def test_the_assessment_draws_from_a_pool_twice_its_size_and_fails_a_critical_error():
    spec = FINAL_ASSESSMENTS[SLUG]
    assert spec is assessment_np.FINAL_ASSESSMENT and spec["slug"] == "final-assessment"
    settings = spec["settings"]
    assert settings["pass_mark"] == 80 and settings["max_attempts"] == 3
    assert settings["time_limit_minutes"]
    assert len(spec["questions"]) >= 2 * settings["draw_count"]
    for question in spec["questions"] + BRANCHING_QUESTIONS[SLUG]:
        assert all(question["explanation"]), question["prompt"][0]
    (case_question,) = BRANCHING_QUESTIONS[SLUG]
    assert case_question["kind"] == "branching"
    english, _swedish = case_question["case"]
    plan = branching.plan_of(english)
    confronting = next(c for c in plan["situations"][plan["start"]]["choices"] if c["critical"])
    assert "owner" in confronting["label"] and confronting["remediation"]
    assert branching.grade(plan, [confronting["id"]]) == 0
    assert branching.grade(plan, branching.best_path(plan)) == 1


def test_no_graded_question_holds_a_phone_number_or_a_statistic():
    for question in FINAL_ASSESSMENTS[SLUG]["questions"] + BRANCHING_QUESTIONS[SLUG]:
        said = text_of(question)
        assert not PHONE_LIKE.search(said), question["prompt"][0]
        assert "%" not in said.replace("80%", ""), question["prompt"][0]
