"""Every certificate course of the demo curriculum as seed_demo publishes it — one seed for all
of them (the ``seeded_demo`` fixture is built once for tests/home/demo), where each course's
own test file used to seed the demo again for its one journey.

For each course: English and Swedish live, with the spec's titles and slugs, modules and
lessons, the cases in the Swedish lessons written in Swedish, and the final assessment with its
whole pool and draw; then a new learner of the course's first audience reads every lesson,
walks the assessed case on its recommended path, passes with 100 % and holds the certificate
(a course that requires another one's certificate has it earned first, the same way)."""

from django.utils.html import escape

import pytest

from tests.home.test_curriculum_bar import COURSES, blocks_of, lessons

pytestmark = pytest.mark.django_db

by_course = pytest.mark.parametrize("spec", COURSES, ids=[c["slug"] for c in COURSES])


def seeded_cases(page) -> list:
    """The branching cases of a seeded lesson in body order, those in audience variants too."""
    cases = []
    for block in page.body:
        if block.block_type == "audience_variant":
            cases += [c.value for c in block.value["content"] if c.block_type == "branching_case"]
        elif block.block_type == "branching_case":
            cases.append(block.value)
    return cases


def earn_certificate(learner, course):
    """The learner's clicks through the services: enrol, read every lesson, walk the cases,
    answer the final assessment right."""
    from courses import services
    from courses.models import CoursePrerequisite, LessonPage
    from quizzes import services as quiz_services
    from quizzes.models import QuizPage
    from tests.quizzes.conftest import answer_post, walk_cases

    for link in CoursePrerequisite.objects.filter(course=course).select_related("required_course"):
        earn_certificate(learner, link.required_course)
    services.enrolment_create(learner, course)
    for lesson in LessonPage.objects.descendant_of(course).live().order_by("path"):
        services.lesson_complete(learner, lesson)
    for quiz in QuizPage.objects.descendant_of(course).live().order_by("path"):
        attempt, _ = quiz_services.attempt_start(learner, quiz)
        walk_cases(learner, attempt)
        outcome = quiz_services.attempt_submit(learner, attempt.pk, answer_post(attempt))
        assert outcome.attempt.percent == 100, quiz.title
    return outcome


@by_course
def test_the_demo_publishes_the_course_and_a_learner_earns_its_certificate(
    seeded_demo, client, spec
):
    from certificates.models import Certificate
    from courses.models import Audience, CoursePage, LessonPage, ModulePage
    from quizzes.demo_curriculum import final_assessment
    from quizzes.models import QuizPage, QuizQuestion
    from tests.factories import UserFactory

    english = CoursePage.objects.get(slug=spec["slug"], locale__language_code="en")
    swedish = english.get_translations().get().specific
    assert english.live and swedish.live
    assert (swedish.title, swedish.slug) == (spec["title_sv"], spec["slug_sv"])
    assert english.issues_certificate
    assert {a.slug for a in english.audiences.all()} == set(spec["audiences"])
    assessment = final_assessment(spec["slug"])
    for course in (english, swedish):
        assert ModulePage.objects.child_of(course).live().count() == len(spec["modules"])
        assert LessonPage.objects.descendant_of(course).live().count() == len(lessons(spec))
        final = QuizPage.objects.child_of(course).live().get()
        assert final.draw_count == assessment["settings"]["draw_count"]
        assert final.pass_mark == assessment["settings"]["pass_mark"]
        assert QuizQuestion.objects.filter(quiz=final).count() == len(assessment["questions"])
    # The Swedish lessons hold the Swedish cases.
    with_cases = []
    for lesson in lessons(spec):
        written_cases = blocks_of(lesson["body_sv"], "branching_case")
        if written_cases:
            page = LessonPage.objects.descendant_of(swedish).get(slug=lesson["slug"])
            seeded = seeded_cases(page)
            assert [case["title"] for case in seeded] == [c["title"] for c in written_cases]
            with_cases.append((page, written_cases[0]["title"]))
    assert with_cases

    learner = UserFactory(audience=Audience.objects.get(slug=spec["audiences"][0]))
    outcome = earn_certificate(learner, english)
    assert outcome.course_completed
    assert Certificate.objects.filter(holder=learner, course_key=english.translation_key).exists()
    # And reads a case in Swedish, after its content warning.
    page, title = with_cases[0]
    client.force_login(learner)
    html = client.get(page.url).content.decode()
    assert escape(title) in html
    assert html.index("callout--content-warning") < html.index(escape(title))
