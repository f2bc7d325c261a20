"""K0, "Human trafficking and exploitation: the essentials", keeps the bar of issue 16: every
audience can take it first, each lesson teaches in English and in Swedish (both written) and
says where its facts come from, its cases can be published and fail on a critical error, and
its final assessment draws from a pool twice the size of an attempt with no phone number or
figure to memorise.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches.
The seeded journey every course shares is ``test_curriculum_seeded.py``."""

import re

from courses import branching
from courses.demo.content import AUDIENCES
from courses.demo.curriculum import COURSES
from courses.demo.curriculum.k0 import COURSE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS
from quizzes.demo_curriculum.k0 import COURSE_SLUG

LESSONS = [lesson for module in COURSE["modules"] for lesson in module["lessons"]]
BODIES = ("body", "body_sv")
NOT_PROSE = {"kind", "audiences", "leads_to", "key", "points", "critical", "image", "image_alt"}
# A telephone number (020-39 00 00, 114 14, 112 …) or the old police estimate (400–600).
PHONE_OR_FIGURE = re.compile(r"\b0\d{1,3}[\s-]?\d{2}|\b11[24]\b|\b400\s*(–|-|to|och)\s*600")


def prose(value, key=None):
    """The words a learner reads in a block's value, without markup or the block's settings."""
    if key in NOT_PROSE:
        return
    if isinstance(value, str):
        yield re.sub(r"<[^>]+>", " ", value)
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from prose(item, name)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from prose(item)


def is_closing(block):
    """The reviewers' list of facts to confirm that ``lesson()`` appends."""
    return block[0] == "expert_check"


def test_the_essentials_are_registered_for_every_audience_with_a_24_month_certificate():
    assert COURSE in COURSES
    assert set(COURSE["audiences"]) == {slug for slug, _name, _name_sv in AUDIENCES}
    assert COURSE["issues_certificate"] and COURSE["certificate_months"] == 24
    assert COURSE["slug_sv"] == "manniskohandel-grunderna"
    assert FINAL_ASSESSMENTS[COURSE_SLUG]["slug"] == "final-assessment"
    assert COURSE["slug"] == COURSE_SLUG


def test_phone_numbers_and_the_old_estimate_stand_only_on_dated_call_outs():
    """Numbers live on the dated reference card (or in the list of facts to confirm), and the
    old police estimate only in its dated call-out — never in running text or a case."""
    dated = ("Reference card", "Referenskort", "A dated figure", "En daterad siffra")
    for lesson in LESSONS:
        for body in BODIES:
            for kind, value in lesson[body]:
                if is_closing((kind, value)):
                    continue
                if PHONE_OR_FIGURE.search(" ".join(prose(value))):
                    assert kind == "callout", lesson["slug"]
                    assert value["title"].startswith((*dated, "To be confirmed", "Ska bekr"))


def test_the_assessed_case_fails_on_a_critical_error_and_passes_on_the_recommended_path():
    question = BRANCHING_QUESTIONS[COURSE_SLUG][0]
    assert question["kind"] == "branching" and question["points"] == 3
    for case in question["case"]:
        plan = branching.plan_of(case)
        best = branching.best_path(plan)
        assert branching.grade(plan, best) == 1
        confronting = [f"{plan['start']}-1"]  # going out to the "boyfriend"
        assert branching.walk(plan, confronting).critical is not None
        assert branching.grade(plan, confronting) == 0
        # A child treated as an adult fails too, even after a good first step.
        as_an_adult = [best[0], "age-1"]
        assert branching.grade(plan, as_an_adult) == 0


def test_the_final_assessment_draws_from_a_pool_twice_its_size():
    spec = FINAL_ASSESSMENTS[COURSE_SLUG]
    settings = spec["settings"]
    assert settings["pass_mark"] == 80 and settings["max_attempts"] == 3
    assert settings["time_limit_minutes"]
    assert len(spec["questions"]) >= 2 * settings["draw_count"]


def test_no_graded_question_holds_a_phone_number_a_statistic_or_an_unconfirmed_fact():
    questions = [*FINAL_ASSESSMENTS[COURSE_SLUG]["questions"], *BRANCHING_QUESTIONS[COURSE_SLUG]]
    for question in questions:
        said = " ".join(prose(question))
        assert not PHONE_OR_FIGURE.search(said), question["prompt"]
        assert "[CHECK]" not in said and "%" not in said, question["prompt"]
