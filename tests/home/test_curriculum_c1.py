"""C1 "The consular section as first filter" — the consular course of ``courses.demo.content``
(slug ``identifying-victims-consular``) — beyond the bar every course keeps
(test_curriculum_bar.py): its slugs, kept since records and links depend on them; the
modules of the curriculum's C1 row; the critical errors of its two new cases; and the demo
learners' journey through its final assessment, a draw of seven with the case always asked."""

from decimal import Decimal

import pytest

from courses import branching
from courses.demo.content import COURSES
from quizzes.demo import BRANCHING_QUESTIONS, FINAL_ASSESSMENT

COURSE = COURSES[0]
SLUG = "identifying-victims-consular"
DEMO_COURSES = [SLUG]  # seeded_demo: this course, not the whole curriculum


def lesson_slugs():
    return [lesson["slug"] for module in COURSE["modules"] for lesson in module["lessons"]]


def blocks(body, block_type):
    return [value for kind, value in body if kind == block_type]


def critical_choices(case):
    plan = branching.plan_of(case)
    return sorted(
        (key, choice["leads_to"])
        for key, situation in plan["situations"].items()
        for choice in situation["choices"]
        if choice["critical"]
    )


def test_the_course_keeps_every_slug_and_holds_the_modules_of_the_c1_row():
    assert COURSE["slug"] == SLUG
    assert [module["slug"] for module in COURSE["modules"]] == [
        "understanding-trafficking",
        "recognising-indicators",  # its module quiz, check-recognising-indicators, follows it
        "the-private-conversation",
        "deciding-and-recording",
        "responding-and-referring",
    ]
    # The lessons records point to, in their order: lesson 4 is still Marina's case.
    assert lesson_slugs()[:4] == [
        "what-is-trafficking",
        "the-consular-filter",
        "indicators-at-the-interview",
        "case-the-au-pair-offer",
    ]
    assert {"rights-and-non-punishment", "referral-and-risk"} <= set(lesson_slugs())
    indicators = " ".join(str(v) for v in COURSE["modules"][1]["lessons"][0]["body"])
    for permit in ("Au pairs", "berry pickers", "Domestic workers", "Marriage-based sponsorship"):
        assert permit in indicators


def test_the_berry_pickers_case_fails_on_an_agency_interpreter_or_a_confrontation():
    """The second lesson case, after its content warning: letting the agency's representative
    interpret and confronting him are critical errors; the recommended path takes each picker
    alone, then informs."""
    (lesson,) = [
        lesson
        for module in COURSE["modules"]
        for lesson in module["lessons"]
        if lesson["slug"] == "case-the-berry-pickers"
    ]
    for body in ("body", "body_sv"):
        (case,) = blocks(lesson[body], "branching_case")
        assert critical_choices(case) == [
            ("at-the-counter", "agency-in-the-room"),
            ("at-the-counter", "agency-in-the-room"),
        ]
        plan = branching.plan_of(case)
        best = branching.walk(plan, branching.best_path(plan))
        assert [situation["key"] for situation, _ in best.steps] == [
            "at-the-counter",
            "one-picker-talks",
        ]
        assert best.ending["key"] == "informed"
    english = " ".join(c["remediation"] for s in blocks(lesson["body"], "branching_case")[0][
        "situations"] for c in s["choices"])  # fmt: skip
    assert "interpret" in english and "confront" in english


def test_the_assessed_case_fails_on_confronting_the_sponsor_refusing_as_protection_or_the_family():
    (question,) = BRANCHING_QUESTIONS
    assert question["kind"] == "branching" and question["points"] == 3
    for case in question["case"]:
        assert critical_choices(case) == [
            ("the-interview", "decided-for-her"),
            ("the-interview", "sponsor-warned"),
            ("what-nadia-knows", "family-told"),
        ]
        plan = branching.plan_of(case)
        best = branching.best_path(plan)
        assert branching.walk(plan, best).ending["key"] == "informed-choice"
        assert branching.grade(plan, best) == 1
    remediations = [
        choice["remediation"]
        for situation in question["case"][0]["situations"]
        for choice in situation["choices"]
        if choice["critical"]
    ]
    assert any("A refusal is not protection" in text for text in remediations)
    assert any("without the person's consent" in text for text in remediations)


def test_the_final_assessment_draws_seven_from_a_pool_of_fourteen_of_one_point_each():
    """Six drawn, each worth one point, and the case (three points) always asked: every
    attempt weighs the same, so the demo stories' scores do not depend on the draw."""
    assert FINAL_ASSESSMENT["settings"]["draw_count"] == 7
    assert len(FINAL_ASSESSMENT["questions"]) == 14
    assert {question["points"] for question in FINAL_ASSESSMENT["questions"]} == {1}


@pytest.mark.django_db
@pytest.mark.usefixtures("seeded_demo")
def test_the_demo_learners_pass_and_fail_the_final_assessment_as_their_stories_say():
    """seed_demo's DEMO_LEARNERS: of the 7 questions asked, Lina answers 6 right (89 %, a pass),
    Oleksandr 5 then 7 (78 %, a fail, then 100 %), Mikael 4 (67 %, a fail); each attempt asks
    the assessed case and six drawn questions, and Lina's certificate rests on it."""
    from certificates.models import Certificate
    from courses.models import CoursePage
    from quizzes.models import QuizAttempt, QuizPage

    course = CoursePage.objects.get(slug=SLUG, locale__language_code="en")
    final = QuizPage.objects.child_of(course).live().get(slug="final-assessment")
    assert final.draw_count == 7 and final.questions.count() == 15

    def scores(first_name):
        attempts = QuizAttempt.objects.filter(
            quiz_key=final.translation_key, user__first_name=first_name
        ).order_by("pk")
        for attempt in attempts:
            kinds = [answer.key["kind"] for answer in attempt.answers.all()]
            assert len(kinds) == 7 and kinds.count("branching") == 1
        return [(attempt.percent.quantize(Decimal("1")), attempt.passed) for attempt in attempts]

    assert scores("Lina") == [(Decimal("89"), True)]
    assert scores("Oleksandr") == [(Decimal("78"), False), (Decimal("100"), True)]
    assert scores("Mikael") == [(Decimal("67"), False)]
    assert Certificate.objects.filter(
        holder__first_name="Lina", course_key=course.translation_key
    ).exists()
