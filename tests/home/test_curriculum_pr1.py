"""PR1 "Prosecuting trafficking and exploitation" is registered for prosecutors with its
slugs; its assessed case fails when the prosecutor closes the investigation the moment the
victim withdraws and passes on the recommended path; and seed_demo publishes it in English
and Swedish with a final assessment a learner can pass for a certificate.

The bar every curriculum course keeps is checked in ``test_curriculum_bar.py``; this file
holds what only this course teaches."""

import pytest

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


@pytest.mark.django_db
def test_the_seeded_demo_has_the_course_in_english_and_swedish_and_a_learner_passes_it(
    seeded_demo, client
):
    """A learner finds PR1 in both languages, reads its lessons (the charging case in
    Swedish too), walks the assessed case on the recommended path and passes the final
    assessment: the course then issues a certificate."""
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
    assert swedish.title == COURSE["title_sv"] and swedish.slug == COURSE["slug_sv"]
    assert {a.slug for a in english.audiences.all()} == {"prosecutors"}
    assert english.issues_certificate and english.certificate_validity_months == 24
    draw = FINAL_ASSESSMENTS[SLUG]["settings"]["draw_count"]
    for course in (english, swedish):
        assert ModulePage.objects.child_of(course).live().count() == len(COURSE["modules"])
        assert LessonPage.objects.descendant_of(course).live().count() == len(LESSONS)
        (final,) = QuizPage.objects.child_of(course).live()
        assert final.draw_count == draw
        assert QuizQuestion.objects.filter(quiz=final).count() >= 2 * draw

    jonas = User.objects.get(email="police@example.org")
    services.enrolment_create(jonas, english)
    for lesson in LessonPage.objects.descendant_of(english).live().order_by("path"):
        services.lesson_complete(jonas, lesson)
    client.force_login(jonas)
    charging = LessonPage.objects.descendant_of(swedish).live().get(slug="choosing-the-charge")
    html = client.get(charging.url).content.decode()
    assert "Vera i samtalslägenheten" in html and "Lektionen beskriver exploatering" in html
    final = QuizPage.objects.child_of(english).live().get()
    attempt, _ = quiz_services.attempt_start(jonas, final)
    assert attempt.answers.count() == draw  # the assessed case counts towards the draw
    walk_cases(jonas, attempt)  # the assessed case, always asked: the recommended path
    outcome = quiz_services.attempt_submit(jonas, attempt.pk, answer_post(attempt))
    assert outcome.attempt.percent == 100
    assert Certificate.objects.filter(holder=jonas, course_key=english.translation_key).exists()
