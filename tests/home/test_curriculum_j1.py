"""Course J1 "Trafficking law in court" is for judges, a recommended path rather than a
required one, and its assessed case fails when a frightened injured party is heard face to face
with the defendant without the court considering any protective measure — or when a change in
her account is taken as proof that she lies.

The bar every curriculum course keeps (modules, words, sources, cases, the pool) is checked in
``test_curriculum_bar.py``; this file holds what only this course teaches. One test seeds the
demo and walks a judge through the course."""

import pytest

from courses import branching
from courses.demo.curriculum import COURSES
from courses.demo.curriculum.j1 import COURSE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS, final_assessment

SLUG = "trafficking-law-in-court"
LESSONS = [lesson for module in COURSE["modules"] for lesson in module["lessons"]]


def assessed_plan():
    (question,) = BRANCHING_QUESTIONS[SLUG]
    assert question["kind"] == "branching" and question["points"] == 3
    return branching.plan_of(question["case"][0])


def test_the_course_is_registered_for_judges_with_its_slugs_and_no_prerequisite():
    assert COURSES[-1] is COURSE
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


@pytest.mark.django_db
def test_a_judge_finds_the_course_in_english_and_swedish_and_earns_its_certificate(
    seeded_demo, client
):
    """seed_demo publishes J1 in both languages with its final assessment; a learner enrols
    (no prerequisite), reads the Swedish non-punishment lesson with its case, completes the
    lessons, walks the assessed case and passes: a certificate valid for 24 months."""
    from wagtail.models import Locale

    from accounts.models import User
    from certificates.models import Certificate
    from courses import services
    from courses.models import CoursePage, LessonPage, ModulePage
    from quizzes import services as quiz_services
    from quizzes.models import QuizPage, QuizQuestion
    from tests.quizzes.conftest import answer_post, walk_cases

    english = CoursePage.objects.get(slug=SLUG, locale__language_code="en")
    swedish = english.get_translation(Locale.objects.get(language_code="sv"))
    assert english.live and swedish.live
    assert (swedish.title, swedish.slug) == ("Människohandel i domstol", "manniskohandel-i-domstol")
    assert english.issues_certificate and english.certificate_validity_months == 24
    assert {a.slug for a in english.audiences.all()} == {"judges"}
    assert not english.prerequisites.exists()
    expected = final_assessment(SLUG)
    for course in (english, swedish):
        assert ModulePage.objects.child_of(course).live().count() == len(COURSE["modules"])
        assert LessonPage.objects.descendant_of(course).live().count() == len(LESSONS)
        quiz = QuizPage.objects.child_of(course).live().get()
        assert quiz.draw_count == 8 and quiz.pass_mark == 80
        assert QuizQuestion.objects.filter(quiz=quiz).count() == len(expected["questions"])

    learner = User.objects.get(email="learner@example.org")
    services.enrolment_create(learner, english)
    for lesson in LessonPage.objects.descendant_of(english).live().order_by("path"):
        services.lesson_complete(learner, lesson)
    client.force_login(learner)
    dock = LessonPage.objects.descendant_of(swedish).live().get(slug="non-punishment-at-trial")
    html = client.get(dock.url).content.decode()
    assert "En tilltalad som säger att hon tvingades" in html
    assert "Lektionen beskriver exploatering" in html
    final = QuizPage.objects.child_of(english).live().get()
    attempt, _ = quiz_services.attempt_start(learner, final)
    assert attempt.answers.count() == 8  # the case, always asked, and seven of sixteen
    walk_cases(learner, attempt)  # the assessed case, always asked: the recommended path
    outcome = quiz_services.attempt_submit(learner, attempt.pk, answer_post(attempt))
    assert outcome.attempt.percent == 100
    assert Certificate.objects.filter(holder=learner, course_key=english.translation_key).exists()
